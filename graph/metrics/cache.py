"""Results cache: asking twice for the same data and filter costs a dictionary lookup.

Keyed by ``(data revision, filter query, level, directed)`` (any hashable tuple;
:func:`panel_key` builds the canonical one). A new data revision is a new key, so
stale results are never served; old entries fall out in least-recently-used order.
Values are shared, not copied: treat them as read-only.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

MAX_ENTRIES = 64

_lock = threading.Lock()
_entries: OrderedDict[Hashable, Any] = OrderedDict()


def panel_key(
    revision: object, filter_query: str, level: str, directed: bool, *extra: Hashable
) -> tuple:
    """The canonical cache key (``extra`` for further options such as grouping or seed)."""
    return (revision, filter_query, level, bool(directed), *extra)


def cached_panel(key: Hashable, compute: Callable[[], Any]) -> Any:
    """Return the result stored under ``key``, computing and storing it on first ask.

    ``compute`` runs outside the lock, so a slow panel does not block other keys;
    two concurrent first asks may both compute, and the first stored result wins.

    >>> cached_panel(("r1", "", "person", False), lambda: 42)
    42
    >>> cached_panel(("r1", "", "person", False), lambda: 0)
    42
    """
    with _lock:
        if key in _entries:
            _entries.move_to_end(key)
            return _entries[key]
    value = compute()
    with _lock:
        if key in _entries:
            return _entries[key]
        _entries[key] = value
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)
    return value


def clear() -> None:
    """Forget every stored result."""
    with _lock:
        _entries.clear()


def size() -> int:
    with _lock:
        return len(_entries)
