"""Build frozen records at the speed of plain ones, for the 100,000-row hot paths.

``graph.records`` classes are ``@dataclass(frozen=True, slots=True)``: their ``__init__``
sets every field through ``object.__setattr__``, about 4x the cost of a plain slots
class, and for a TieRecord (23 fields) that alone is the whole "database -> graph
at most 2x the in-memory build" budget. :func:`twin` makes a non-frozen slots class
with the same fields in the same order, hence the same memory layout; an instance is
built with it and then re-labelled (``obj.__class__ = cls``). The result *is* a
``cls`` instance: frozen, equal to and hashing like one built the normal way
(tests/db/test_queries_fast.py proves it for every record type used here). If a
future change made the layouts differ, :func:`twin` notices at import and falls back
to the record class itself, so correctness never depends on the trick.
"""

from __future__ import annotations

import dataclasses
from typing import Any

_cache: dict[type, tuple[type, bool]] = {}


def twin(cls: type) -> tuple[type, bool]:
    """(class to construct with, whether instances need ``__class__ = cls`` afterwards)."""
    found = _cache.get(cls)
    if found is not None:
        return found
    names = [f.name for f in dataclasses.fields(cls)]
    fast = dataclasses.make_dataclass(
        f"_Fast{cls.__name__}", names, slots=True, eq=False, repr=False, match_args=False
    )
    try:
        probe = fast(*([None] * len(names)))
        probe.__class__ = cls
        ok = type(probe) is cls and all(getattr(probe, n) is None for n in names)
    except TypeError:
        ok = False
    result = (fast, True) if ok else (cls, False)
    _cache[cls] = result
    return result


def build(cls: type, *values: Any) -> Any:
    """One record from all field values, positionally (convenience; loops inline this)."""
    fast, relabel = twin(cls)
    obj = fast(*values)
    if relabel:
        obj.__class__ = cls
    return obj
