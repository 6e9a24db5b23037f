"""Export -> import into an empty database -> export gives identical files (issue 3).

Runs on SQLite and PostgreSQL with the 'rich' sample (Dutch headers, ; and , files,
Windows-1252, formula-like names, every file kind) and with the demo partnership's
import files.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine, select

from db.engine import make_engine
from db.exports import TABLE_FILES, export_csv, export_xlsx
from db.exports.dump import logical_dump
from db.imports import import_files
from db.migrate import upgrade
from db.models import Actor

RICH = Path(__file__).resolve().parents[1] / "data" / "import" / "rich"
SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "files"


def _counts(engine: Engine) -> dict[str, int]:
    """Rows per table (ids and timestamps differ between databases, counts must not)."""
    return {name: len(rows) for name, rows in logical_dump(engine).items()}


def _workbook_values(path: Path) -> dict[str, list[tuple]]:
    book = load_workbook(path, read_only=True)
    try:
        return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in book}
    finally:
        book.close()


@pytest.fixture
def second_engine(db_url: str, request: pytest.FixtureRequest, tmp_path: Path):
    """Another migrated, empty database on the same backend as ``db_url``."""
    if db_url.startswith("sqlite"):
        path = tmp_path / "second.db"
        template = request.getfixturevalue("sqlite_template")
        with sqlite3.connect(template) as src, sqlite3.connect(path) as dst:
            src.backup(dst)
        src.close()
        dst.close()
        engine = make_engine(f"sqlite:///{path}")
        yield engine
        engine.dispose()
        return
    server = request.getfixturevalue("pg_server")
    name = server.create_database(template=request.getfixturevalue("pg_template"))
    engine = make_engine(server.url(name))
    yield engine
    engine.dispose()
    server.drop_database(name)


@pytest.mark.parametrize("source", [RICH, SEEDS], ids=["rich", "demo"])
def test_csv_round_trip_is_byte_identical(
    engine: Engine, second_engine: Engine, tmp_path: Path, source: Path
):
    import_files(engine, sorted(source.glob("*.csv")))
    first = export_csv(engine, tmp_path / "first")
    assert [p.name for p in first] == [f"{name}.csv" for name in TABLE_FILES]
    report = import_files(second_engine, first)
    assert report.created["actor"] == len(logical_dump(engine)["actor"])
    second = export_csv(second_engine, tmp_path / "second")
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    assert _counts(second_engine) == _counts(engine)
    # and importing the export again into the same database changes nothing
    before = logical_dump(second_engine)
    again = import_files(second_engine, first)
    assert again.created == {} and again.updated == {}
    assert logical_dump(second_engine) == before


def test_xlsx_round_trip_equal_cells_and_same_csv(engine: Engine, tmp_path: Path):
    import_files(engine, sorted(RICH.glob("*.csv")))
    book = export_xlsx(engine, tmp_path / "all.xlsx")
    csv_first = export_csv(engine, tmp_path / "csv1")
    second = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    upgrade(str(second.url))
    try:
        import_files(second, [book])
        book2 = export_xlsx(second, tmp_path / "again.xlsx")
        assert _workbook_values(book) == _workbook_values(book2)
        csv_second = export_csv(second, tmp_path / "csv2")
        for a, b in zip(csv_first, csv_second, strict=True):
            assert a.read_bytes() == b.read_bytes(), a.name
    finally:
        second.dispose()
    sheets = _workbook_values(book)
    assert list(sheets) == list(TABLE_FILES)
    ties = {row[0]: row for row in sheets["ties"][1:]}
    header = sheets["ties"][0]
    assert ties["T2"][header.index("weight")] == 2.5  # a number cell, not text
    assert ties["T1"][header.index("start")].date().isoformat() == "2023-09-01"


def test_export_neutralises_formulas(engine: Engine, tmp_path: Path):
    import_files(engine, sorted(RICH.glob("*.csv")))
    with engine.connect() as conn:
        names = set(conn.execute(select(Actor.__table__.c.name)).scalars())
    assert '=HYPERLINK("http://x")' in names  # stored without the protective quote
    actors = (tmp_path / "out").joinpath("actors.csv")
    export_csv(engine, tmp_path / "out")
    text = actors.read_text(encoding="utf-8-sig")
    assert '"\'=HYPERLINK(""http://x"")"' in text
    assert ",'-min is geen formule," in text
    stories = (tmp_path / "out" / "stories.csv").read_text(encoding="utf-8-sig")
    assert "'+plus in de PLG,'@iedereen leest mee" in stories
    cells = _workbook_values(export_xlsx(engine, tmp_path / "b.xlsx"))
    formula_like = [
        v
        for rows in cells.values()
        for row in rows
        for v in row
        if isinstance(v, str) and v[:1] in "=+-@\t\r"
    ]
    assert formula_like == []


def test_export_content_of_rich_sample(engine: Engine, tmp_path: Path):
    import_files(engine, sorted(RICH.glob("*.csv")))
    paths = {p.stem: p for p in export_csv(engine, tmp_path)}
    lines = paths["ties"].read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("id,source,target,directed,frequency,voluntariness,mode")
    assert lines[4] == (
        "T1,P01,P02,yes,monthly,voluntary,hybrid,active,local,individual,permanent,informal,"
        "yes,initiator,executor,2023-09-01,2024-06-30,dyslexia|reading_language,co_creation,"
        "reciprocity,Hoe signaleren we dyslexie eerder?,"
    )
    codebook = paths["codebook"].read_text(encoding="utf-8-sig").splitlines()
    assert codebook == [
        "category,code,label_nl,label_en,parent,value,description",
        "theme,healthy_school,gezonde school,healthy school,,,Vignet Gezonde School",
    ]
    assessments = paths["assessments"].read_text(encoding="utf-8-sig").splitlines()
    assert assessments[1:] == [
        "S01,learning_organisation,2024-03-01,lo_sc_1,2,Samen ingevuld",
        "S01,learning_organisation,2024-03-01,lo_sc_2,3,Samen ingevuld",
        "S02,learning_partnership,2024-04-01,lp_1,1,",
    ]
