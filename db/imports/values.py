"""Cell values: dates, booleans, numbers, lists, and the formula-injection prefix.

Everything arrives as text (``NA`` stays a name). These parsers return ``None`` for
an empty cell and raise ``ValueError`` for a value they cannot read; the validator
turns that into a :class:`~db.imports.errors.RowError`. The export writes the
canonical form of each (ISO dates, ``yes``/``no``, ``|`` lists) so a round trip is
exact.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime

_FORMULA = re.compile(r"^'*[=+\-@\t\r]")
_ESCAPED = re.compile(r"^'+[=+\-@\t\r]")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?)?$")

TRUE = frozenset({"ja", "j", "yes", "y", "true", "waar", "1", "x"})
FALSE = frozenset({"nee", "n", "no", "false", "onwaar", "0"})


def neutralise(text: str) -> str:
    """Prefix ``'`` to text a spreadsheet would run as a formula (= + - @ tab CR).

    Text that already starts with quotes before such a character gets one more, so
    :func:`unneutralise` is its exact inverse.
    """
    return "'" + text if _FORMULA.match(text) else text


def unneutralise(text: str) -> str:
    """Undo :func:`neutralise`: drop one leading ``'`` before quotes and = + - @ tab CR."""
    return text[1:] if text[:1] == "'" and _ESCAPED.match(text) else text


def clean(text: str) -> str:
    """Strip surrounding spaces and undo the export's formula prefix."""
    text = text.strip(" \u00a0")
    return text[1:] if text[:1] == "'" and _ESCAPED.match(text) else text


def parse_date(text: str) -> date | None:
    """ISO ``2024-09-01`` or Dutch ``01-09-2024`` / ``1-9-2024`` / ``1/9/2024``."""
    text = text.strip()
    if not text:
        return None
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return date(year, month, day)
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    raise ValueError(text)


def parse_bool(text: str) -> bool | None:
    key = text.strip().casefold()
    if not key:
        return None
    if key in TRUE:
        return True
    if key in FALSE:
        return False
    raise ValueError(text)


def parse_float(text: str) -> float | None:
    """A number; a Dutch decimal comma (``2,5``) is accepted."""
    text = text.strip()
    if not text:
        return None
    value = float(text.replace(",", ".") if text.count(",") == 1 and "." not in text else text)
    if math.isnan(value) or math.isinf(value):
        raise ValueError(text)
    return value


def split_list(text: str) -> list[str]:
    """``'ict | dyslexia|'`` -> ``['ict', 'dyslexia']`` (order kept, duplicates dropped)."""
    out: list[str] = []
    for part in text.split("|"):
        part = part.strip()
        if part and part not in out:
            out.append(part)
    return out


# -- canonical text for the export (the inverse of the parsers above) --


def format_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat()


def format_bool(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def format_number(value: float | int | None) -> str:
    """``2.0`` -> ``'2'``, ``2.5`` -> ``'2.5'``: the shortest text that reads back equal."""
    if value is None:
        return ""
    number = float(value)
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)


def join_list(codes: list[str] | tuple[str, ...] | set[str]) -> str:
    return "|".join(sorted(codes))
