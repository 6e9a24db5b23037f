"""The import page's flow on real CSV/XLSX bytes and a real migrated SQLite file.

Uploads are built exactly as ``dcc.Upload`` sends them (base64 data URLs plus the
browser's file names); the importer behind them is the real one.
"""

from __future__ import annotations

import base64
import csv
import io
import zipfile

import openpyxl
import pytest
from sqlalchemy import func, select

from app.presenters import import_flow as flow
from app.presenters import import_uploads as receive
from app.viewer import LOCAL_USER, Viewer
from db.engine import make_engine
from db.imports.errors import REPORT_COLUMNS
from db.models import Actor, Tie
from db.templates import template_headers

GOOD_ACTORS = b"id,name,type,sector,region\nS01,De Fictieve Eik,school,po,Noord\n" + (
    b"P01,Anna Verzonnen,teacher,,\nP02,Bram Bedacht,school_leader,,\n"
)
GOOD_TIES = b"id,source,target,frequency,mode\nT1,P01,P02,monthly,online\n"
BAD_ACTORS = (
    b"id,name,type,sector,region\n"
    b"S01,De Fictieve Eik,schol,po,Noord\n"  # row 2: type misspelt
    b"S02,,school,pp,Zuid\n"  # row 3: name missing, sector unknown
)
BAD_TIES = b"id,source,target,frequency,mode\nT1,S01,X99,monthly,fax\n"


def data_url(data: bytes, mime: str = "text/csv") -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


@pytest.fixture
def engine(sqlite_url: str):
    eng = make_engine(sqlite_url)
    yield eng
    eng.dispose()


def _count(engine, model) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(model)).scalar_one())


def _run(engine, files: dict[str, bytes], *, dry_run: bool, language="nl", viewer=LOCAL_USER):
    return flow.run_import(
        engine,
        viewer,
        [data_url(b) for b in files.values()],
        list(files),
        dry_run=dry_run,
        language=language,
        max_bytes=1_000_000,
    )


def test_bad_files_show_every_error_and_write_nothing(engine) -> None:
    outcome = _run(engine, {"actors.csv": BAD_ACTORS, "ties.csv": BAD_TIES}, dry_run=True)
    assert not outcome.ok and not outcome.can_confirm
    found = {(e["file"], e["row"], e["column"]): e for e in outcome.errors}
    assert {
        ("actors.csv", "2", "type"),
        ("actors.csv", "3", "name"),
        ("actors.csv", "3", "sector"),
        ("ties.csv", "2", "target"),
        ("ties.csv", "2", "mode"),
    } <= set(found)
    typo = found[("actors.csv", "2", "type")]
    assert typo["value"] == "schol"
    assert typo["suggestion"] == "school"
    assert "schoolbestuur" in typo["accepted"].split(", ")  # labels in the page language
    assert typo["reason"] == "onbekende waarde voor deze kolom"
    assert outcome.headline.startswith(f"{len(outcome.errors)} fout(en) gevonden")
    # even a forged confirm of the same files writes nothing
    again = _run(engine, {"actors.csv": BAD_ACTORS, "ties.csv": BAD_TIES}, dry_run=False)
    assert not again.ok
    assert _count(engine, Actor) == 0 and _count(engine, Tie) == 0


def test_good_files_import_only_after_confirmation(engine) -> None:
    files = {"actors.csv": GOOD_ACTORS, "ties.csv": GOOD_TIES}
    checked = _run(engine, files, dry_run=True, language="en")
    assert checked.ok and checked.can_confirm and checked.errors == []
    assert checked.headline.startswith("All fine: 2 file(s) checked. Nothing has been saved")
    assert {c["table"]: c["created"] for c in checked.counts} == {"actor": "3", "tie": "1"}
    assert [f["kind"] for f in checked.files] == ["actors", "ties"]
    assert _count(engine, Actor) == 0  # the dry run rolled back

    done = _run(engine, files, dry_run=False, language="en")
    assert done.ok and not done.can_confirm
    assert done.headline == "Imported and saved."
    assert {c["table"]: c["created"] for c in done.counts} == {"actor": "3", "tie": "1"}
    assert _count(engine, Actor) == 3 and _count(engine, Tie) == 1


def test_xlsx_upload_imports(engine, tmp_path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "actors"
    for line in GOOD_ACTORS.decode().splitlines():
        sheet.append(line.split(","))
    path = tmp_path / "partners.xlsx"
    book.save(path)
    outcome = _run(engine, {"partners.xlsx": path.read_bytes()}, dry_run=False)
    assert outcome.ok, outcome.errors
    assert _count(engine, Actor) == 3


def test_read_only_viewer_can_check_but_not_write(engine) -> None:
    outcome = _run(
        engine, {"actors.csv": GOOD_ACTORS}, dry_run=False, viewer=Viewer("gast", "viewer")
    )
    assert outcome.ok and outcome.dry_run
    assert _count(engine, Actor) == 0


def test_names_are_sanitised() -> None:
    assert receive.sanitise_name("../../etc/passwd") == "passwd"
    assert receive.sanitise_name("C:\\Users\\x\\ties.csv") == "ties.csv"
    assert receive.sanitise_name("act<script>ors.csv") == "act_script_ors.csv"
    assert receive.sanitise_name("..") == "upload-1"
    assert receive.sanitise_name(None, 2) == "upload-3"
    long = receive.sanitise_name("a" * 500 + ".xlsx")
    assert len(long) == receive.MAX_NAME and long.endswith(".xlsx")


def test_forged_uploads_are_refused_one_by_one() -> None:
    received, problems = receive.decode_uploads(
        [data_url(b"x" * 50), "data:text/csv;base64,@@@", data_url(b"ok"), 7],
        ["big.csv", "broken.csv", "big.csv"],
        max_bytes=10,
    )
    assert [u.name for u in received] == ["big-2.csv"]
    assert [(p.file, p.kind) for p in problems] == [
        ("big.csv", "too_large"),
        ("broken.csv", "unreadable"),
        ("upload-4", "unreadable"),
    ]
    assert receive.decode_uploads(None, None, 10) == ([], [])
    many, refused = receive.decode_uploads([data_url(b"a")] * 25, None, 10)
    assert len(many) == receive.MAX_FILES and len(refused) == 1


def test_nothing_uploaded(engine) -> None:
    outcome = flow.run_import(
        engine, LOCAL_USER, None, None, dry_run=True, language="en", max_bytes=10
    )
    assert outcome.headline == "Choose one or more files first." and not outcome.ok


def test_error_report_lists_every_error(engine) -> None:
    report = flow.error_report(
        engine,
        LOCAL_USER,
        [data_url(BAD_ACTORS)],
        ["actors.csv"],
        language="nl",
        max_bytes=1_000_000,
    )
    assert report is not None
    rows = list(csv.reader(io.StringIO(report.decode("utf-8-sig"))))
    assert tuple(rows[0]) == REPORT_COLUMNS
    outcome = _run(engine, {"actors.csv": BAD_ACTORS}, dry_run=True)
    assert len(rows) - 1 == len(outcome.errors)
    assert ["actors.csv", "2", "type", "schol"] == rows[1][:4]
    assert (
        flow.error_report(
            engine, LOCAL_USER, [data_url(GOOD_ACTORS)], ["a.csv"], language="en", max_bytes=10**6
        )
        is None
    )


def test_templates_download() -> None:
    headers = template_headers()
    with zipfile.ZipFile(io.BytesIO(flow.templates_zip())) as archive:
        assert sorted(archive.namelist()) == sorted(f"{k}.csv" for k in headers)
        first = archive.read("actors.csv").decode("utf-8-sig").splitlines()[0]
        assert first.split(",") == headers["actors"]
    book = openpyxl.load_workbook(io.BytesIO(flow.templates_xlsx()), read_only=True)
    assert set(book.sheetnames) == set(headers)
    assert receive.size_text(20 * 1024 * 1024) == "20 MB"


def test_upload_limit_fits_the_request_limit() -> None:
    from app.main import request_limit

    limit = 20 * 1024 * 1024
    raw = receive.upload_limit(limit)
    encoded = len(base64.b64encode(b"x" * raw))  # the data-URL prefix is in the envelope
    assert raw == limit  # the whole configured size is usable despite base64
    assert encoded + receive.ENVELOPE_BYTES <= request_limit(limit)
    assert receive.upload_limit(10) >= 1


def test_unknown_theme_needs_the_switch(engine) -> None:
    ties = b"id,source,target,themes\nT1,P01,P02,robotica\n"
    files = {"actors.csv": GOOD_ACTORS, "ties.csv": ties}
    refused = _run(engine, files, dry_run=True, language="en")
    assert [(e["column"], e["value"]) for e in refused.errors] == [("themes", "robotica")]
    added = flow.run_import(
        engine,
        LOCAL_USER,
        [data_url(b) for b in files.values()],
        list(files),
        dry_run=False,
        language="en",
        max_bytes=1_000_000,
        add_themes=True,
    )
    assert added.ok, added.errors
    assert added.notes == ["New themes in the codebook: robotica"]
    assert _count(engine, Tie) == 1
