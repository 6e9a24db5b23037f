"""The page language for text that third-party components draw themselves.

AG Grid ("Page Size", "1 to 100 of 246", filter menus), Dash's dropdown ("Select All",
"2 selected") and date picker ("Select Date", month names) and Plotly's chart toolbar
("Zoom in") come with English text. This module gathers their Dutch and English texts
as data (app/locales/*.json and app/messages/chrome.py) for app/assets/language.js,
which puts them on every such component of the page in the page's language.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any, Final

from dash import dcc, html

from app.i18n import LANGUAGES, t
from app.messages import chrome as _messages  # noqa: F401 - registers the messages

LOCALES_DIR: Final = Path(__file__).resolve().parent.parent / "locales"
TEXTS_ID: Final = "language-chrome-texts"
MARKER_ID: Final = "cn-language-chrome-marker"  # cn-: a shell component (app/auth/policy.py)

DROPDOWN_LABELS: Final = (
    "select_all",
    "deselect_all",
    "selected_count",
    "search",
    "clear_search",
    "clear_selection",
    "no_options_found",
)
# aria-label that dcc hard-codes in English -> our message
DCC_ARIA: Final = {
    "Previous month": "chrome.aria.previous_month",
    "Next month": "chrome.aria.next_month",
    "Clear date": "chrome.aria.clear_date",
    "Clear Dates": "chrome.aria.clear_dates",
    "Close calendar": "chrome.aria.close_calendar",
    "Decrease value": "chrome.aria.decrease",
    "Increase value": "chrome.aria.increase",
}


@cache
def _locale_file(name: str) -> dict[str, Any]:
    return json.loads((LOCALES_DIR / name).read_text(encoding="utf-8"))


def grid_locale(language: str) -> dict[str, str]:
    """AG Grid's localeText for ``language``; English is AG Grid's own default."""
    return dict(_locale_file("ag-grid.nl.json")) if language == "nl" else {}


def plotly_locale(language: str) -> dict[str, Any]:
    """Plotly's locale (toolbar dictionary and number format) for ``language``."""
    if language == "nl":
        return _locale_file("plotly.nl.json")
    return {"dictionary": {}, "format": {"decimal": ".", "thousands": ","}}


def dropdown_labels(language: str) -> dict[str, str]:
    return {key: t(f"chrome.dropdown.{key}", language) for key in DROPDOWN_LABELS}


def aria_labels(language: str) -> dict[str, str]:
    """Every known wording of a fixed aria-label (dcc's and ours) -> ``language``'s."""
    out: dict[str, str] = {}
    for english, key in DCC_ARIA.items():
        for source in (english, *(t(key, other) for other in LANGUAGES)):
            out[source] = t(key, language)
    return out


def chrome_texts(language: str) -> dict[str, Any]:
    """Everything language.js places for one language."""
    return {
        "grid": grid_locale(language),
        "plotly": plotly_locale(language),
        "dropdown": dropdown_labels(language),
        "placeholders": {
            "date": t("chrome.date.placeholder", language),
            "start_date": t("chrome.date.start", language),
            "end_date": t("chrome.date.end", language),
        },
        "aria": aria_labels(language),
    }


def components() -> list[Any]:
    """The shell's part: the texts of both languages and the element the callback sets."""
    return [
        dcc.Store(id=TEXTS_ID, data={lang: chrome_texts(lang) for lang in LANGUAGES}),
        html.Div(id=MARKER_ID, hidden=True),
    ]


# The shell's clientside callback: the language store -> every component on the page.
APPLY_JS: Final = """
function (language, texts) {
    const known = texts && typeof language === "string" && texts.hasOwnProperty(language);
    return window.collabnetLanguage.apply(known ? language : DEFAULT, texts);
}
"""


def apply_js(default_language: str) -> str:
    return APPLY_JS.replace("DEFAULT", json.dumps(default_language))
