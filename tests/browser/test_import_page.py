"""The import page in headless Chromium: a bad CSV shows its errors, a good one imports
after confirmation. Files go in through the upload's real <input type=file>."""

from __future__ import annotations

from pathlib import Path

from selenium.webdriver.support.wait import WebDriverWait
from sqlalchemy import func, select

from app import ids
from app.main import create_app
from app.settings import Settings
from db.engine import make_engine
from db.imports import ImportFailed, import_files
from db.models import Actor

UPLOAD, CONFIRM, HEADLINE, ERRORS = (
    "import-upload",
    "import-confirm",
    "import-headline",
    "import-errors",
)
REPORT = "import-report"
ROW_COUNT_JS = "return dash_ag_grid.getApi(arguments[0]).getDisplayedRowCount();"
BAD = "id,name,type,sector,region\nS01,De Fictieve Eik,schol,po,Noord\nS02,,school,pp,Zuid\n"
GOOD = "id,name,type,sector,region\nS01,De Fictieve Eik,school,po,Noord\nS02,Het Verzinsel,school,vo,Zuid\n"


def _actors(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(Actor)).scalar_one())
    finally:
        engine.dispose()


def _expected_errors(url: str, path: Path) -> int:
    engine = make_engine(url)
    try:
        import_files(engine, [path], dry_run=True)
    except ImportFailed as failed:
        return len(failed.errors)
    finally:
        engine.dispose()
    raise AssertionError("the bad file imported")


def test_bad_upload_shows_errors_then_good_upload_imports(
    dash_duo, sqlite_url: str, tmp_path: Path
) -> None:
    bad, good = tmp_path / "bad" / "actors.csv", tmp_path / "good" / "actors.csv"
    for path, text in ((bad, BAD), (good, GOOD)):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    expected = _expected_errors(sqlite_url, bad)
    app = create_app(Settings(database_url=sqlite_url, secret_key="test", language="nl"))
    dash_duo.start_server(app)
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/import?lang=nl", timeout=20)
    dash_duo.wait_for_text_to_equal("#import-title", "Gegevens importeren", timeout=20)

    dash_duo.find_element(f"#{UPLOAD} input[type=file]").send_keys(str(bad))
    dash_duo.wait_for_contains_text(f"#{HEADLINE}", f"{expected} fout(en) gevonden", timeout=30)
    WebDriverWait(dash_duo.driver, 10).until(
        lambda d: d.execute_script(ROW_COUNT_JS, ERRORS) == expected
    )
    assert dash_duo.find_element(f"#{CONFIRM}").get_attribute("disabled") is not None
    assert _actors(sqlite_url) == 0
    # the error report downloads as a CSV with one line per error
    dash_duo.find_element(f"#{REPORT}").click()
    report = Path(dash_duo.download_path) / "importfouten.csv"
    WebDriverWait(dash_duo.driver, 20).until(lambda _d: report.is_file() and report.stat().st_size)
    lines = report.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("file,row,column,value,reason")
    assert len(lines) == expected + 1

    # a new visit: a multiple file input would otherwise add the good file to the bad one
    dash_duo.driver.get(f"{dash_duo.server_url}/import")
    dash_duo.wait_for_text_to_equal("#import-title", "Gegevens importeren", timeout=20)
    dash_duo.find_element(f"#{UPLOAD} input[type=file]").send_keys(str(good))
    dash_duo.wait_for_contains_text(f"#{HEADLINE}", "Alles in orde", timeout=30)
    assert _actors(sqlite_url) == 0  # checked, not written
    WebDriverWait(dash_duo.driver, 10).until(
        lambda d: d.find_element("id", CONFIRM).get_attribute("disabled") is None
    )
    dash_duo.find_element(f"#{CONFIRM}").click()
    dash_duo.wait_for_text_to_equal(f"#{HEADLINE}", "Geïmporteerd en opgeslagen.", timeout=30)
    assert _actors(sqlite_url) == 2

    dash_duo.find_element(
        f"label[for='_dbcprivate_radioitems_{ids.LANGUAGE_SWITCH}_input_en']"
    ).click()
    dash_duo.wait_for_text_to_equal("#import-title", "Import data", timeout=10)
    dash_duo.wait_for_text_to_equal(f"#{CONFIRM}", "Import", timeout=10)
    assert dash_duo.get_logs() == []
