"""The network records behind the expertise pages, read once per data revision.

Why: reading the demo takes ~40 ms, more than a third of the expert finder's
100 ms budget. Asking the database for its revision is one tiny query, so every
page asks that and reuses the records until the data changes (DESIGN.md: derived
figures are cached by the data revision, never stored as truth).
"""

from __future__ import annotations

import threading

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from app.privacy_policy import records_for
from app.viewer import Viewer, current_viewer
from db.queries import read_network
from db.revision import current_revision
from graph.labels import Labels
from graph.records import NetworkRecords

_LOCK = threading.Lock()
_CACHE: dict[str, tuple[str, NetworkRecords, Labels]] = {}


def network_records(engine: Engine, viewer: Viewer | None = None) -> NetworkRecords:
    """The whole network of ``engine``'s database, fresh for its current revision, as
    ``viewer`` (default: the request's) may see it: the one place the naming policy
    (app.privacy_policy) applies, so every page, callback and export inherits it."""
    who = viewer if viewer is not None else current_viewer()
    return records_for(engine, _entry(engine)[1], who)


def readable_records(engine: Engine, viewer: Viewer | None = None) -> NetworkRecords | None:
    """The records, or None when the database cannot be read (not migrated, offline),
    so a page can say so in words instead of failing with a server error."""
    try:
        return network_records(engine, viewer)
    except SQLAlchemyError:
        return None


def network_labels(engine: Engine) -> Labels:
    """Codebook labels of the same cached records."""
    return _entry(engine)[2]


def _entry(engine: Engine) -> tuple[str, NetworkRecords, Labels]:
    key = engine.url.render_as_string(hide_password=False)
    revision = current_revision(engine)
    with _LOCK:
        hit = _CACHE.get(key)
        if hit is not None and hit[0] == revision:
            return hit
    records = read_network(engine)
    entry = (records.revision, records, Labels.from_records(records))
    with _LOCK:
        _CACHE[key] = entry
    return entry


def clear() -> None:
    """Forget every cached network (tests that rebuild a database under one URL)."""
    with _LOCK:
        _CACHE.clear()
