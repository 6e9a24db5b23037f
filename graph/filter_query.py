"""NetworkFilter <-> URL query string.

Why its own module: the query string is an external, forgeable input (bookmarks,
shared links). Parsing caps the length, refuses repeated keys, names the parameter
and value of every error, and re-validates through the NetworkFilter constructor.
Keys come out in a fixed order so equal filters give equal URLs (cache keys, links).
"""

from __future__ import annotations

import math
import re
from datetime import date
from urllib.parse import parse_qsl, urlencode

from graph.errors import FilterError
from graph.filters import NetworkFilter

MAX_QUERY = 4000
_INT_RE = re.compile(r"^-?\d{1,19}$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FLOAT_RE = re.compile(r"^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d{1,3})?$")
_TRUE = {"1", "true", "yes"}
_FALSE = {"0", "false", "no"}

#: (filter field, query key, kind) in the order keys appear in the query string.
QUERY_KEYS: tuple[tuple[str, str, str], ...] = (
    ("actor_types", "type", "list"),
    ("sectors", "sector", "list"),
    ("regions", "region", "list"),
    ("themes", "theme", "list"),
    ("frequency_min", "freq_min", "text"),
    ("frequency_max", "freq_max", "text"),
    ("voluntariness", "voluntariness", "list"),
    ("modes", "mode", "list"),
    ("participation", "participation", "list"),
    ("scopes", "scope", "list"),
    ("follow_up", "follow_up", "list"),
    ("intake", "intake", "list"),
    ("decision_making", "decision_making", "list"),
    ("motive_dimensions", "motive_dimension", "list"),
    ("as_of", "as_of", "date"),
    ("window_start", "from", "date"),
    ("window_end", "to", "date"),
    ("school_year", "school_year", "text"),
    ("min_weight", "min_weight", "float"),
    ("hide_isolates", "hide_isolates", "bool"),
    ("ego", "ego", "int"),
    ("radius", "radius", "int"),
    ("largest_component", "largest_component", "bool"),
    ("k_core", "k_core", "int"),
)
KEY_TO_FIELD = {key: (name, kind) for name, key, kind in QUERY_KEYS}


def _encode(value: object, kind: str) -> str:
    if kind == "list":
        return ",".join(value)  # type: ignore[arg-type]
    if kind == "bool":
        return "1"
    if kind == "float":
        f = float(value)  # type: ignore[arg-type]
        return str(int(f)) if f.is_integer() else repr(f)
    if kind == "date":
        return value.isoformat()  # type: ignore[union-attr]
    return str(value)


def to_query(flt: NetworkFilter) -> str:
    """Only non-default fields, in QUERY_KEYS order; "" for the empty filter."""
    default = NetworkFilter()
    pairs = []
    for name, key, kind in QUERY_KEYS:
        value = getattr(flt, name)
        if value == getattr(default, name):
            continue
        pairs.append((key, _encode(value, kind)))
    return urlencode(pairs)


def _decode(key: str, raw: str, kind: str) -> object:
    if kind == "list":
        parts = raw.split(",")
        if any(not p for p in parts):
            raise FilterError(key, raw, "empty value in comma-separated list")
        return tuple(parts)
    if kind == "text":
        return raw
    if kind == "bool":
        lowered = raw.lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise FilterError(key, raw, "expected 1 or 0")
    if kind == "int":
        if not _INT_RE.match(raw):
            raise FilterError(key, raw, "expected a whole number")
        return int(raw)
    if kind == "float":
        if len(raw) > 32 or not _FLOAT_RE.match(raw):
            raise FilterError(key, raw, "expected a number such as 2 or 2.5")
        value = float(raw)
        if not math.isfinite(value):
            raise FilterError(key, raw, "expected a finite number")
        return value
    if kind == "date":
        if not _DATE_RE.match(raw):
            raise FilterError(key, raw, "expected a date YYYY-MM-DD")
        try:
            return date.fromisoformat(raw)
        except ValueError:
            raise FilterError(key, raw, "not a calendar date") from None
    raise AssertionError(kind)


def from_query(query: str, *, strict: bool = False) -> NetworkFilter:
    """Parse ``query`` (with or without a leading '?').

    Unknown keys are ignored so a page can keep its own parameters (level, tab) in
    the same query string; ``strict=True`` refuses them. Empty values mean "not set".
    """
    if not isinstance(query, str):
        raise FilterError("query", type(query).__name__, "expected text")
    if len(query) > MAX_QUERY:
        raise FilterError("query", f"{len(query)} characters", f"at most {MAX_QUERY} characters")
    query = query.removeprefix("?")
    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=False, max_num_fields=200)
    except ValueError as exc:
        raise FilterError("query", query, str(exc)) from None
    seen: set[str] = set()
    values: dict[str, object] = {}
    for key, raw in pairs:
        if key not in KEY_TO_FIELD:
            if strict:
                raise FilterError(key, raw, "unknown filter parameter")
            continue
        if key in seen:
            raise FilterError(key, raw, "given more than once")
        seen.add(key)
        if raw == "":
            continue
        name, kind = KEY_TO_FIELD[key]
        values[name] = _decode(key, raw, kind)
    try:
        return NetworkFilter(**values)  # type: ignore[arg-type]
    except FilterError as exc:
        # Report the query key, not the Python field name, to the person who typed it.
        key = next((k for n, k, _ in QUERY_KEYS if n == exc.parameter), exc.parameter)
        raise FilterError(key, exc.value, exc.reason) from None
