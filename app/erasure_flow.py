"""Erasure as the app runs it: the database part, then every in-memory cache.

Why one function: the CLI (``collabnet person erase``) and the admin button on the
actor page must do exactly the same, and a cache that still held the erased name
(records, elements, metrics, layouts, pseudonymised copies) would show it again until
the process restarts.
"""

from __future__ import annotations

from sqlalchemy import Engine

from db.erasure import ErasureReport, erase_person


def clear_app_caches() -> None:
    """Forget every derived figure kept in this process."""
    from app import privacy_policy
    from app.presenters import expertise_records, explorer_view
    from graph import layout
    from graph.metrics import cache as metrics_cache

    explorer_view.clear_caches()
    expertise_records.clear()
    privacy_policy.clear()
    metrics_cache.clear()
    layout.clear()


def erase(engine: Engine, actor_id: int) -> ErasureReport:
    """Erase one actor completely (db.erasure) and clear the caches, even on failure."""
    try:
        return erase_person(engine, actor_id)
    finally:
        clear_app_caches()
