"""The ties table presenter on the demo and on a small partnership imported from files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.presenters import ties as presenter
from app.viewer import LOCAL_USER
from db.engine import make_engine
from db.imports import import_files
from db.models import CodebookEntry, Tie

ACTORS = """id,name,type,sector,region
S01,De Fictieve Eik,school,po,Noord
P01,Anna Verzonnen,teacher,,
P02,Bram Bedacht,school_leader,,
"""
TIES = """id,source,target,directed,frequency,voluntariness,mode,participation,scope,intake,\
follow_up,decision_making,autonomy,source_role,target_role,start,end,themes,motives,conditions,\
learning_question
T1,P01,P02,ja,monthly,imposed,hybrid,passive,regional,collective,occasional,formal,nee,\
initiator,supporter,2024-09-01,2025-06-30,dyslexia|ict,pupil_care,reciprocity,Hoe <b>lezen</b> we?
T2,P02,S01,nee,weekly,,,,,,,,,,,2023-01-15,,,,,
"""


@pytest.fixture(scope="module")
def demo_engine(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path):
    from seeds.demo import seed_demo

    path = tmp_path_factory.mktemp("ties-demo") / "demo.db"
    with sqlite3.connect(sqlite_template) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    engine = make_engine(f"sqlite:///{path}")
    seed_demo(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def small_engine(sqlite_url: str, tmp_path: Path):
    engine = make_engine(sqlite_url)
    (tmp_path / "actors.csv").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "ties.csv").write_text(TIES, encoding="utf-8")
    import_files(engine, [tmp_path / "actors.csv", tmp_path / "ties.csv"])
    yield engine
    engine.dispose()


def _labels(engine, category: str) -> dict[str, tuple[str, str]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(CodebookEntry.code, CodebookEntry.label_nl, CodebookEntry.label_en).where(
                CodebookEntry.category == category
            )
        )
        return {code: (nl, en) for code, nl, en in rows}


def test_demo_shows_every_tie(demo_engine) -> None:
    with demo_engine.connect() as conn:
        count = conn.execute(select(func.count()).select_from(Tie)).scalar_one()
    view = presenter.ties_view(demo_engine, LOCAL_USER, "nl")
    assert view.count == count == len(view.rows)
    assert view.count_text == f"{count} relaties"
    assert view.message is None
    assert len({row["id"] for row in view.rows}) == count
    # every frequency shown is a Dutch codebook label
    frequency = {nl for nl, _ in _labels(demo_engine, "frequency").values()}
    assert {row["frequency"] for row in view.rows} <= frequency | {""}


def test_small_tie_every_attribute_as_label(small_engine) -> None:
    view = presenter.ties_view(small_engine, LOCAL_USER, "nl")
    rows = {row["key"]: row for row in view.rows}
    t1 = rows["T1"]
    nl = {cat: {c: v[0] for c, v in _labels(small_engine, cat).items()} for cat in (
        "frequency", "voluntariness", "mode", "participation", "scope", "intake", "follow_up",
        "decision_making", "role", "theme", "motive", "condition", "actor_type",
    )}  # fmt: skip
    assert t1["source"] == "Anna Verzonnen" and t1["target"] == "Bram Bedacht"
    assert t1["source_type"] == nl["actor_type"]["teacher"]
    assert t1["frequency"] == nl["frequency"]["monthly"]
    assert t1["voluntariness"] == nl["voluntariness"]["imposed"]
    assert t1["mode"] == nl["mode"]["hybrid"]
    assert t1["participation"] == nl["participation"]["passive"]
    assert t1["scope"] == nl["scope"]["regional"]
    assert t1["intake"] == nl["intake"]["collective"]
    assert t1["follow_up"] == nl["follow_up"]["occasional"]
    assert t1["decision_making"] == nl["decision_making"]["formal"]
    assert t1["source_role"] == nl["role"]["initiator"]
    assert t1["target_role"] == nl["role"]["supporter"]
    # themes in codebook order, as db.queries reads them
    assert sorted(t1["themes"].split(", ")) == sorted([nl["theme"]["dyslexia"], nl["theme"]["ict"]])
    assert t1["motives"] == nl["motive"]["pupil_care"]
    assert t1["conditions"] == nl["condition"]["reciprocity"]
    assert (t1["directed"], t1["autonomy"]) == ("ja", "nee")
    assert (t1["start"], t1["end"]) == ("2024-09-01", "2025-06-30")
    assert t1["learning_question"] == "Hoe <b>lezen</b> we?"  # kept as text, shown as text
    t2 = rows["T2"]
    assert (t2["directed"], t2["mode"], t2["end"], t2["themes"]) == ("nee", "", "", "")

    english = {row["key"]: row for row in presenter.ties_view(small_engine, LOCAL_USER, "en").rows}
    en_mode = _labels(small_engine, "mode")["hybrid"][1]
    assert english["T1"]["mode"] == en_mode and english["T1"]["directed"] == "yes"


def test_column_choice_is_validated() -> None:
    assert presenter.visible_columns(["mode", "nonsense", 3, "source"]) == ("source", "mode")
    assert presenter.visible_columns("mode") == presenter.DEFAULT_VISIBLE
    assert presenter.visible_columns([]) == presenter.DEFAULT_VISIBLE
    assert presenter.visible_columns(["mode"] * 1000) == presenter.DEFAULT_VISIBLE
    defs = presenter.column_defs(LOCAL_USER, "en", ["mode"])
    assert [d["field"] for d in defs if not d["hide"]] == ["mode"]
    assert {d["field"] for d in defs} == set(presenter.COLUMN_FIELDS)
    assert next(d for d in defs if d["field"] == "themes")["headerName"] == "Themes"


def test_empty_database_says_so(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    try:
        view = presenter.ties_view(engine, LOCAL_USER, "en")
    finally:
        engine.dispose()
    assert view.rows == [] and view.count_text == "0 ties"
    assert view.message is not None and "collabnet seed demo" in view.message
