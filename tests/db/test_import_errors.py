"""Bad input (issue 3): a clear error for each case, and nothing written.

Each test starts from a database that already holds data (the 'rich' sample), feeds
real bad files from tmp_path, checks the exact error (file, row, column, value,
reason, accepted values, suggestion) and that the full logical dump of every table is
unchanged afterwards.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import Engine

from db.engine import make_engine
from db.exports.dump import logical_dump
from db.imports import ImportFailed, RowError, import_files, write_error_report
from db.revision import current_revision

RICH = Path(__file__).resolve().parents[1] / "data" / "import" / "rich"


@pytest.fixture
def loaded(sqlite_url: str):
    engine = make_engine(sqlite_url)
    import_files(engine, sorted(RICH.glob("*.csv")))
    yield engine
    engine.dispose()


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def fail(engine: Engine, paths: list[Path], **kwargs) -> list[RowError]:
    """Import, expect ImportFailed, and prove the database did not change at all."""
    before, revision = logical_dump(engine), current_revision(engine)
    with pytest.raises(ImportFailed) as caught:
        import_files(engine, paths, **kwargs)
    assert logical_dump(engine) == before
    assert current_revision(engine) == revision
    return caught.value.errors


def only(errors: list[RowError]) -> RowError:
    assert len(errors) == 1, [str(e) for e in errors]
    return errors[0]


def test_unknown_codebook_value_lists_accepted_and_closest(loaded: Engine, tmp_path: Path):
    path = write(tmp_path / "ties.csv", "source,target,mode,frequency\nP01,P02,hybird,weekly\n")
    error = only(fail(loaded, [path]))
    assert (error.file, error.row, error.column, error.value) == ("ties.csv", 2, "mode", "hybird")
    assert error.accepted == ("face_to_face", "online", "hybrid")
    assert error.suggestion == "hybrid"
    assert error.kind == "unknown_code"
    assert str(error) == (
        "ties.csv, row 2, column mode: unknown mode value (value 'hybird'); "
        "accepted: face_to_face, online, hybrid; did you mean 'hybrid'?"
    )
    assert "rij 2, kolom mode: onbekende waarde voor mode" in error.format("nl")


def test_missing_required_columns(loaded: Engine, tmp_path: Path):
    path = write(tmp_path / "people.csv", "id;naam;sector\nP09;Sanne Vos;po\n")
    error = only(fail(loaded, [path]))
    assert (error.file, error.row, error.kind) == ("people.csv", 1, "missing_columns")
    assert error.reason == "missing required column(s): type"


def test_tie_to_actor_in_neither_files_nor_database(loaded: Engine, tmp_path: Path):
    actors = write(tmp_path / "a.csv", "id,name,type\nP10,Lotte Brink,teacher\n")
    ties = write(
        tmp_path / "t.csv", "source,target,frequency\nP10,P01,weekly\nP10,P99,once\nNA,P10,\n"
    )
    errors = fail(loaded, [actors, ties])
    assert [(e.row, e.column, e.value, e.kind) for e in errors] == [
        (3, "target", "P99", "unknown_actor"),
        (4, "source", "NA", "unknown_actor"),
    ]
    # "NA" is the *name* of P01: the error suggests the id
    assert errors[1].suggestion == "P01"


def test_duplicate_ids_in_one_file(loaded: Engine, tmp_path: Path):
    path = write(
        tmp_path / "actors.csv",
        "id,name,type\nP20,Kees Dam,teacher\nP21,Mila Roos,teacher\nP20,Kees Dam 2,teacher\n",
    )
    error = only(fail(loaded, [path]))
    assert (error.row, error.column, error.value, error.kind) == (4, "id", "P20", "duplicate_id")
    assert error.reason == "duplicate id (also on actors.csv row 2)"


def test_unparseable_dates_and_end_before_start(loaded: Engine, tmp_path: Path):
    path = write(
        tmp_path / "ties.csv",
        "id,source,target,start,end\n"
        "X1,P01,P02,2024-13-01,\n"
        "X2,P01,P02,1 september 2024,\n"
        "X3,P01,P02,01-09-2024,2024-08-31\n"
        "X4,P01,P02,31-02-2024,\n",
    )
    errors = fail(loaded, [path])
    assert [(e.row, e.column, e.value, e.kind) for e in errors] == [
        (2, "start", "2024-13-01", "bad_date"),
        (3, "start", "1 september 2024", "bad_date"),
        (4, "end", "2024-08-31", "end_before_start"),
        (5, "start", "31-02-2024", "bad_date"),
    ]
    assert errors[2].reason == "end date is before the start date 2024-09-01"


@pytest.mark.parametrize("content", [b"", b"   \r\n\r\n", b"\xef\xbb\xbf"])
def test_empty_file(loaded: Engine, tmp_path: Path, content: bytes):
    path = tmp_path / "leeg.csv"
    path.write_bytes(content)
    error = only(fail(loaded, [path]))
    assert (error.file, error.row, error.kind) == ("leeg.csv", None, "empty_file")


def test_binary_file_named_csv(loaded: Engine, tmp_path: Path):
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    xlsx = tmp_path / "book.csv"
    xlsx.write_bytes(b"PK\x03\x04" + b"\x14\x00" * 50)
    errors = fail(loaded, [png, xlsx])
    assert [(e.file, e.kind) for e in errors] == [
        ("photo.csv", "binary_file"),
        ("book.csv", "binary_file"),
    ]


def test_xls_file_asks_for_xlsx_or_csv(loaded: Engine, tmp_path: Path):
    xls = tmp_path / "oud.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    disguised = tmp_path / "oud.csv"
    disguised.write_bytes(xls.read_bytes())
    errors = fail(loaded, [xls, disguised])
    assert [(e.file, e.kind) for e in errors] == [("oud.xls", "xls_file"), ("oud.csv", "xls_file")]
    assert "save it as .xlsx or .csv" in errors[0].reason
    assert "sla het op als .xlsx of .csv" in errors[0].format("nl")


def test_file_over_the_size_limit(loaded: Engine, tmp_path: Path):
    path = write(tmp_path / "groot.csv", "id,name,type\n" + "P30,Ruud Klein,teacher\n" * 200)
    error = only(fail(loaded, [path], max_bytes=1000))
    assert error.kind == "too_large"
    assert error.reason == f"file is {path.stat().st_size} bytes, over the limit of 1000 bytes"


def test_half_valid_file_writes_nothing_and_reports_every_error(loaded: Engine, tmp_path: Path):
    rows = [f"N{i:02d},Nieuwe Actor {i},teacher,po" for i in range(10)]
    rows[3] = "N03,Nieuwe Actor 3,leraarr,po"
    rows[7] = "N07,Nieuwe Actor 7,teacher,hbo"
    rows[8] = "N08,,teacher,po"
    path = write(tmp_path / "half.csv", "id,name,type,sector\n" + "\n".join(rows) + "\n")
    errors = fail(loaded, [path])
    assert [(e.row, e.column, e.value, e.kind) for e in errors] == [
        (5, "type", "leraarr", "unknown_code"),
        (9, "sector", "hbo", "unknown_code"),
        (10, "name", None, "required"),
    ]
    assert errors[0].suggestion == "teacher"


def test_unknown_theme_is_an_error_without_add_themes(loaded: Engine, tmp_path: Path):
    path = write(tmp_path / "t.csv", "source,target,themes\nP01,P02,ict|Wetenschap en techniek\n")
    error = only(fail(loaded, [path]))
    assert (error.column, error.value, error.kind) == (
        "themes",
        "Wetenschap en techniek",
        "unknown_theme",
    )
    assert "--add-themes" in error.reason
    assert "ict" in error.accepted and "healthy_school" in error.accepted


def test_unrecognised_header(loaded: Engine, tmp_path: Path):
    path = write(tmp_path / "iets.csv", "foo;bar;baz\n1;2;3\n")
    error = only(fail(loaded, [path]))
    assert (error.file, error.row, error.value, error.kind) == (
        "iets.csv",
        1,
        "foo, bar, baz",
        "unknown_header",
    )


def test_errors_from_several_files_together_and_error_report(loaded: Engine, tmp_path: Path):
    good = write(tmp_path / "ok.csv", "id,name,type\nP40,Fleur Smit,teacher\n")
    bad = write(tmp_path / "ties.csv", "source,target,frequency\nP40,P01,dagelijks\n")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    errors = fail(loaded, [good, bad, old])
    assert {e.kind for e in errors} == {"unknown_code", "xls_file"}
    report = write_error_report(errors, tmp_path / "fouten.csv")
    with report.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["file"] for r in rows] == ["old.xls", "ties.csv"]
    assert rows[1]["row"] == "2" and rows[1]["value"] == "dagelijks"
    assert rows[1]["accepted"] == "once | yearly | quarterly | monthly | weekly"


def test_error_report_neutralises_formulas(tmp_path: Path):
    error = RowError("a.csv", 2, "name", "=cmd|' /C calc'!A0", "bad")
    path = write_error_report([error], tmp_path / "r.csv")
    assert "'=cmd" in path.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_bad_input_leaves_both_databases_unchanged(db_url: str, tmp_path: Path):
    engine = make_engine(db_url)
    try:
        import_files(engine, sorted(RICH.glob("*.csv")))
        ties = write(
            tmp_path / "ties.csv",
            "id,source,target,mode,start,end\nT1,P01,P02,online,2023-09-01,2024-06-30\n"
            "T9,P01,P404,online,2024-01-01,2023-01-01\n",
        )
        errors = fail(engine, [ties])
        assert [e.kind for e in errors] == ["unknown_actor", "end_before_start"]
    finally:
        engine.dispose()


def test_references_of_the_wrong_kind(loaded: Engine, tmp_path: Path):
    actors = write(tmp_path / "a.csv", "id,name,type,organisation\nP50,Eva Berg,teacher,P01|S01\n")
    members = write(tmp_path / "m.csv", "actor,group,role\nP50,S01,member\nP50,G01,baas\n")
    scores = write(
        tmp_path / "s.csv",
        "actor,checklist,date,statement,score\n"
        "P01,learning_organisation,2024-01-01,lo_sc_1,2\n"
        "S01,learning_organisation,2024-01-01,lp_1,2\n"
        "S01,learning_organisation,2024-01-01,lo_sc_3,4\n"
        "S01,zelfevaluatie,2024-01-01,lo_sc_4,1\n",
    )
    errors = fail(loaded, [actors, members, scores])
    got = [(e.file, e.row, e.column, e.value, e.kind) for e in errors]
    assert got == [
        ("a.csv", 2, "organisation", "P01", "wrong_kind"),
        ("m.csv", 2, "group", "S01", "wrong_kind"),
        ("m.csv", 3, "role", "baas", "unknown_code"),
        ("s.csv", 2, "actor", "P01", "wrong_kind"),
        ("s.csv", 3, "statement", "lp_1", "statement_checklist"),
        ("s.csv", 4, "score", "4", "bad_score"),
        ("s.csv", 5, "checklist", "zelfevaluatie", "unknown_code"),
    ]
    assert errors[0].reason == "actor P01 is a person, expected: organisation"
    assert errors[6].accepted == ("learning_organisation", "learning_partnership")


def test_story_and_codebook_errors(loaded: Engine, tmp_path: Path):
    stories = write(
        tmp_path / "st.csv",
        "id,tie,group,text\nV7,T404,,Iets\nV8,,,Zonder relatie\nV9,T1,,\n",
    )
    codebook = write(tmp_path / "cb.csv", "category,code,label_nl\nkleur,rood,rood\ntheme,,leeg\n")
    errors = fail(loaded, [stories, codebook])
    assert [(e.file, e.row, e.column, e.kind) for e in errors] == [
        ("cb.csv", 2, "category", "unknown_code"),
        ("cb.csv", 3, "code", "required"),
        ("st.csv", 2, "tie", "unknown_tie"),
        ("st.csv", 3, "tie", "story_target"),
        ("st.csv", 4, "text", "required"),
    ]


def test_duplicate_column(loaded: Engine, tmp_path: Path):
    path = write(tmp_path / "a.csv", "id,name,naam,type\nP60,A,B,teacher\n")
    error = only(fail(loaded, [path]))
    assert (error.row, error.column, error.kind) == (1, "naam", "duplicate_column")


def test_errors_in_an_xlsx_sheet_name_the_sheet(loaded: Engine, tmp_path: Path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Actoren"
    book.active.append(["id", "naam", "type"])
    book.active.append(["P70", "Bas Berg", "leraar"])
    ties = book.create_sheet("Relaties")
    ties.append(["van", "naar", "frequentie", "begin"])
    ties.append(["P70", "P01", "soms", "2024-09-01"])
    path = tmp_path / "boek.xlsx"
    book.save(path)
    error = only(fail(loaded, [path]))
    assert (error.file, error.row, error.column, error.value) == (
        "boek.xlsx:Relaties",
        2,
        "frequentie",
        "soms",
    )
