"""The actors presenter on a real migrated SQLite file, without a browser."""

from __future__ import annotations

from sqlalchemy import Engine

from app.presenters.actors import (
    COLUMN_FIELDS,
    DEFAULT_VISIBLE,
    actors_view,
    column_defs,
    visible_columns,
)
from app.viewer import LOCAL_USER, Viewer
from db.engine import make_engine


def test_rows_carry_codebook_labels_in_dutch(small_engine: Engine) -> None:
    view = actors_view(small_engine, LOCAL_USER, "nl")
    assert view.count == 6
    assert view.count_text == "6 actoren"
    assert view.message is None
    rows = {row["key"]: row for row in view.rows}
    assert rows["S01"] == {
        "key": "S01",
        "name": "Basisschool De Fictieve Linde",
        "type": "school",
        "kind": "organisatie",
        "sector": "primair onderwijs (PO)",
        "region": "Zwolle",
        "organisations": "",
    }
    assert rows["P02"]["type"] == "schoolleider"
    assert rows["P02"]["kind"] == "persoon"
    assert rows["P02"]["organisations"] == "Basisschool De Fictieve Linde, Fantasia College"
    assert rows["G01"]["type"] == "professionele leergemeenschap (PLG)"
    assert rows["L01"]["sector"] == ""


def test_english_labels(small_engine: Engine) -> None:
    view = actors_view(small_engine, Viewer("someone", "viewer"), "en")
    rows = {row["key"]: row for row in view.rows}
    assert rows["P02"]["type"] == "school leader"
    assert rows["S02"]["sector"] == "secondary education"
    assert rows["G01"]["kind"] == "group"
    assert view.title == "Actors"
    assert view.count_text == "6 actors"


def test_rows_sorted_by_name(small_engine: Engine) -> None:
    names = [row["name"] for row in actors_view(small_engine, LOCAL_USER, "nl").rows]
    assert names == sorted(names, key=str.casefold)


def test_forged_language_falls_back_to_dutch(small_engine: Engine) -> None:
    view = actors_view(small_engine, LOCAL_USER, {"evil": 1})
    assert view.language == "nl"
    assert view.title == "Actoren"


def test_empty_database_says_what_to_do(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    try:
        view = actors_view(engine, LOCAL_USER, "en")
    finally:
        engine.dispose()
    assert view.rows == [] and view.count == 0
    assert view.message is not None and "collabnet seed demo" in view.message


def test_unmigrated_database_gives_a_message_not_a_crash(blank_sqlite_url: str) -> None:
    engine = make_engine(blank_sqlite_url)
    try:
        view = actors_view(engine, LOCAL_USER, "en")
    finally:
        engine.dispose()
    assert view.rows == []
    assert view.message is not None and "collabnet db upgrade" in view.message


def test_column_choice_is_validated() -> None:
    assert visible_columns(["region", "name", "bogus", 7, None]) == ("name", "region")
    assert visible_columns("name") == DEFAULT_VISIBLE
    assert visible_columns([]) == DEFAULT_VISIBLE
    assert visible_columns(["name"] * 1000) == DEFAULT_VISIBLE


def test_column_defs_follow_language_and_choice() -> None:
    defs = column_defs(LOCAL_USER, "en", ["name", "sector"])
    assert [d["field"] for d in defs] == list(COLUMN_FIELDS)
    shown = [d["headerName"] for d in defs if not d["hide"]]
    assert shown == ["Name", "Sector"]
    dutch = [d["headerName"] for d in column_defs(LOCAL_USER, "nl", list(DEFAULT_VISIBLE))]
    assert dutch[:6] == ["Naam", "Type", "Soort", "Sector", "Regio", "Organisatie(s)"]


def test_same_rows_on_sqlite_and_postgresql(db_url: str, insert_small_partnership) -> None:
    """The page's data is backend-independent (db_url runs on SQLite and PostgreSQL)."""
    engine = make_engine(db_url)
    try:
        insert_small_partnership(engine)
        view = actors_view(engine, LOCAL_USER, "en")
    finally:
        engine.dispose()
    names = [row["name"] for row in view.rows]
    assert names == sorted(names, key=str.casefold)
    rows = {row["key"]: row for row in view.rows}
    assert len(rows) == 6
    assert rows["P02"]["organisations"] == "Basisschool De Fictieve Linde, Fantasia College"
    assert rows["S02"]["sector"] == "secondary education"
