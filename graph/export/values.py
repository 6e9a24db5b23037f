"""The one type mapping every export format shares.

GraphML and GEXF know only str, int, float and bool, and each attribute must have one
type across all nodes (or edges). So: None and NaN are omitted; tuples, lists and sets
become ``|``-joined strings; dates become ISO strings; numpy scalars become Python
scalars; a key with both ints and floats becomes float; a key with any other mix
becomes str. Spreadsheet cells additionally get formula neutralisation.
"""

from __future__ import annotations

import json
import math
import numbers
from collections.abc import Hashable, Iterable, Mapping
from datetime import date, datetime
from typing import Any

Scalar = str | int | float | bool

JOIN = "|"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def to_scalar(value: Any) -> Scalar | None:
    """One attribute value as str/int/float/bool, or None when it should be omitted."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if getattr(getattr(value, "dtype", None), "kind", None) == "b":  # numpy bool scalar
        return bool(value)
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        number = float(value)
        return None if math.isnan(number) else number
    if isinstance(value, str):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, set | frozenset):
        return JOIN.join(sorted(_part(v) for v in value))
    if isinstance(value, tuple | list):
        return JOIN.join(_part(v) for v in value)
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def _part(value: Any) -> str:
    scalar = to_scalar(value)
    if scalar is None:
        return ""
    if isinstance(scalar, bool):
        return "true" if scalar else "false"
    return str(scalar)


def _kind(value: Scalar) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    return "str"


def unify(records: Iterable[Mapping[str, Scalar]]) -> dict[str, str]:
    """The single type each key gets: bool, int, float (ints mixed with floats) or str."""
    seen: dict[str, set[str]] = {}
    for record in records:
        for key, value in record.items():
            seen.setdefault(key, set()).add(_kind(value))
    result = {}
    for key, kinds in seen.items():
        if len(kinds) == 1:
            result[key] = next(iter(kinds))
        elif kinds == {"int", "float"}:
            result[key] = "float"
        else:
            result[key] = "str"
    return result


def cast(value: Scalar, kind: str) -> Scalar:
    if kind == "float":
        return float(value)
    if kind == "str" and not isinstance(value, str):
        return _part(value)
    return value


def clean_record(data: Mapping[str, Any]) -> dict[str, Scalar]:
    """Attribute dict with every value mapped by :func:`to_scalar`, omitted ones removed."""
    out: dict[str, Scalar] = {}
    for key, value in data.items():
        scalar = to_scalar(value)
        if scalar is not None:
            out[str(key)] = scalar
    return out


def clean_records(records: list[dict[str, Any]]) -> list[dict[str, Scalar]]:
    """Clean a list of attribute dicts and give each key one type across the list."""
    cleaned = [clean_record(r) for r in records]
    kinds = unify(cleaned)
    return [{k: cast(v, kinds[k]) for k, v in r.items()} for r in cleaned]


def node_id(node: Hashable) -> str:
    """Node ids are written as strings (GraphML/GEXF/Pajek read them back as strings)."""
    return _part(node)


def neutralise(value: Any) -> Any:
    """Prefix text that a spreadsheet would run as a formula with ``'``; numbers stay."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value
