"""Erasure leaves no byte of the person's name in any file, and no row about them.

The demo is seeded into a real SQLite file (WAL mode, as the app runs it); P141 Teun
Dijkbergh has ties, a membership, an affiliation, themes and is named in the free text
of a group story (V25) that is not about their own ties.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text

from db.engine import make_engine
from db.erasure import MARKER, erase_person
from db.models import Actor, Affiliation, Membership, Story, Tie
from db.person_access import resolve_actor
from seeds.demo import seed_demo
from tests.demo_database import demo_database

KEY = "P141"
NAME = "Teun Dijkbergh"
STORY = "V25"


def _files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.is_file())


def _encodings(name: str) -> list[bytes]:
    return [name.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]


def _hits(directory: Path, name: str) -> list[str]:
    found = []
    for path in _files(directory):
        data = path.read_bytes()
        found += [f"{path.name}:{enc!r}" for enc in _encodings(name) if enc in data]
    return found


def _id(engine: Engine, key: str) -> int:
    with engine.connect() as conn:
        found = resolve_actor(conn, key)
    assert found is not None
    return found


def _rows_about(engine: Engine, actor_id: int) -> dict[str, int]:
    with engine.connect() as conn:

        def count(model: type, *where: object) -> int:
            query = select(func.count()).select_from(model.__table__).where(*where)
            return int(conn.execute(query).scalar_one())

        return {
            "actor": count(Actor, Actor.id == actor_id),
            "tie": count(Tie, (Tie.source_id == actor_id) | (Tie.target_id == actor_id)),
            "membership": count(Membership, Membership.actor_id == actor_id),
            "affiliation": count(Affiliation, Affiliation.person_id == actor_id),
        }


def _story_text(engine: Engine, key: str) -> str:
    with engine.connect() as conn:
        return str(conn.execute(select(Story.text).where(Story.key == key)).scalar_one())


def test_no_byte_of_the_name_is_left_in_any_sqlite_file(
    sqlite_template: Path, tmp_path: Path
) -> None:
    directory = tmp_path / "data"
    directory.mkdir()
    url = demo_database(sqlite_template, directory)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:  # the app's files as it leaves them: WAL in use
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        actor_id = _id(engine, KEY)
        before = _rows_about(engine, actor_id)
        assert min(before.values()) >= 1, before
        assert NAME in _story_text(engine, STORY)
        assert _hits(directory, NAME), "the scan must see the name before erasure"

        report = erase_person(engine, actor_id)

        assert report.checkpointed
        assert _rows_about(engine, actor_id) == dict.fromkeys(before, 0)
        story = _story_text(engine, STORY)
        assert NAME not in story and MARKER in story
        assert report.scrubbed.get("story") == 1
    finally:
        engine.dispose()
    names = [p.name for p in _files(directory)]
    assert "demo.db" in names
    assert _hits(directory, NAME) == []
    # the name's parts are common words elsewhere; the full name is what identifies


def test_erasing_twice_is_a_lookup_error(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    try:
        seed_demo(engine, if_empty=False)
        actor_id = _id(engine, KEY)
        erase_person(engine, actor_id)
        with pytest.raises(LookupError):
            erase_person(engine, actor_id)
    finally:
        engine.dispose()


def test_erasure_on_postgresql_removes_rows_and_mentions(pg_url: str) -> None:
    """PostgreSQL: rows and mentions are gone for every query at commit; the bytes of
    dead tuples stay in the heap until VACUUM (docs/privacy.md), so no file scan here."""
    engine = make_engine(pg_url)
    try:
        seed_demo(engine, if_empty=False)
        actor_id = _id(engine, KEY)
        report = erase_person(engine, actor_id)
        assert report.checkpointed  # nothing to checkpoint outside SQLite
        assert _rows_about(engine, actor_id) == dict.fromkeys(
            ("actor", "tie", "membership", "affiliation"), 0
        )
        with engine.connect() as conn:
            leftovers = conn.execute(
                text("SELECT count(*) FROM story WHERE text LIKE :n OR title LIKE :n"),
                {"n": f"%{NAME}%"},
            ).scalar_one()
        assert leftovers == 0
        assert MARKER in _story_text(engine, STORY)
    finally:
        engine.dispose()
