"""The one naming policy: who sees a person's name, who sees their pseudonym.

Persons who may not be named (``ActorRecord.nameable`` is False; db.person_fields
says when) are pseudonymised for every viewer below admin, in pages, callbacks and
every export. The rule is applied once, where a request's records are loaded
(app.presenters.expertise_records.network_records), so a page never needs its own
code for it; :func:`display_name` is the same rule for a single actor.

The pseudonym is the keyed HMAC of graph.pseudonyms with the database's own secret
(db.secrets), so a viewer, a researcher's explorer download and the CLI's
``--pseudonymise`` export all show the same alias for the same person.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Engine

from app.viewer import Viewer
from db.secrets import pseudonym_secret
from graph.naming import pseudonymise_records
from graph.pseudonyms import person_pseudonym
from graph.records import ActorRecord, NetworkRecords

_LOCK = threading.Lock()
_SECRETS: dict[str, bytes] = {}
# engine url -> (revision of the named records, their pseudonymised copy)
_HIDDEN: dict[str, tuple[str, NetworkRecords]] = {}


def sees_all_names(viewer: Viewer) -> bool:
    """Only admins (who also answer access and erasure requests) see every name; the
    rule itself is the viewer's (app.viewer.Viewer.sees_all_names)."""
    return viewer.sees_all_names


def _url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def database_secret(engine: Engine) -> bytes:
    """The database's pseudonym secret, read (or created) once per process."""
    key = _url(engine)
    with _LOCK:
        found = _SECRETS.get(key)
    if found is None:
        found = pseudonym_secret(engine)
        with _LOCK:
            _SECRETS[key] = found
    return found


def display_name(actor: ActorRecord, viewer: Viewer, secret: bytes) -> str:
    """The name ``viewer`` may see for ``actor``: the name, or the person's pseudonym."""
    if actor.nameable or sees_all_names(viewer):
        return actor.name
    return person_pseudonym(secret, actor.id)


def records_for(engine: Engine, records: NetworkRecords, viewer: Viewer) -> NetworkRecords:
    """``records`` as ``viewer`` may see them; the pseudonymised copy is made once per
    revision, so a page view costs a dictionary lookup."""
    if sees_all_names(viewer) or all(a.nameable for a in records.actors):
        return records
    key = _url(engine)
    with _LOCK:
        hit = _HIDDEN.get(key)
    if hit is not None and hit[0] == records.revision:
        return hit[1]
    hidden = pseudonymise_records(records, database_secret(engine))
    with _LOCK:
        _HIDDEN[key] = (records.revision, hidden)
    return hidden


def rename_rows(rows: list[dict[str, Any]], records: NetworkRecords) -> list[dict[str, Any]]:
    """Rows read straight from the database (``id`` and ``name`` keys) with the names of
    ``records`` (as loaded for the viewer), re-sorted so the order leaks no real name."""
    names = {a.id: a.name for a in records.actors}
    out = [{**row, "name": names.get(row["id"], row["name"])} for row in rows]
    out.sort(key=lambda r: (str(r["name"]).casefold(), str(r.get("key", ""))))
    return out


def clear() -> None:
    """Forget the pseudonymised copies and secrets (erasure, rebuilt test databases)."""
    with _LOCK:
        _HIDDEN.clear()
        _SECRETS.clear()
