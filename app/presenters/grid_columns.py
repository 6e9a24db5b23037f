"""AG Grid column settings shared by presenters (plain dicts, no Dash)."""

from __future__ import annotations

from typing import Any


def number_column(digits: int = 3) -> dict[str, Any]:
    """Column settings for figures: shown and typed in the page's decimal style.

    The formatter and parser live in app/assets/language.js, so a Dutch page shows
    0,251 and accepts 0,25 in the filter, an English page 0.251.
    """
    return {
        "type": "numericColumn",
        "filter": "agNumberColumnFilter",
        "valueFormatter": {"function": f"collabnetNumber(params.value, {int(digits)})"},
        "filterParams": {
            "allowedCharPattern": "\\d\\-\\,\\.",
            "numberParser": {"function": "collabnetParseNumber(text)"},
        },
    }
