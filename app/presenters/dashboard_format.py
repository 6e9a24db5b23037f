"""How the dashboard writes a figure: Dutch decimal comma, grouped thousands, n/a."""

from __future__ import annotations

import math

from app.i18n import number_text, t


def number(value: object, language: str, digits: int = 3) -> str:
    """A figure as text: thousands grouped, decimal comma in Dutch, n/a for None."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return t("dashboard.undefined", language)
    if isinstance(value, bool):
        return t("dashboard.yes" if value else "dashboard.no", language)
    if isinstance(value, int):
        return number_text(value, language)
    return number_text(float(value), language, digits=digits)
