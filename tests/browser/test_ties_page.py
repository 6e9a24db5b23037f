"""The ties page in headless Chromium on the demo partnership."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from selenium.webdriver.support.wait import WebDriverWait
from sqlalchemy import func, select

from app import ids
from app.main import create_app
from app.settings import Settings
from db.engine import make_engine
from db.models import Tie

GRID, COUNT, TITLE = "ties-grid", "ties-count", "ties-title"
ROW_COUNT_JS = "return dash_ag_grid.getApi(arguments[0]).getDisplayedRowCount();"
HEADERS_JS = """
return Array.from(document.querySelectorAll('#' + arguments[0] + ' .ag-header-cell-text'))
  .map(e => e.textContent);
"""


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> str:
    from seeds.demo import seed_demo

    path = tmp_path_factory.mktemp("ties-page") / "demo.db"
    with sqlite3.connect(sqlite_template) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    try:
        seed_demo(engine)
    finally:
        engine.dispose()
    return url


def test_ties_table_shows_demo_ties_in_dutch_then_english(dash_duo, demo_db: str) -> None:
    engine = make_engine(demo_db)
    with engine.connect() as conn:
        count = int(conn.execute(select(func.count()).select_from(Tie)).scalar_one())
    engine.dispose()
    assert count > 500
    app = create_app(Settings(database_url=demo_db, secret_key="test", language="nl"))
    dash_duo.start_server(app)
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/ties?lang=nl", timeout=20)
    dash_duo.wait_for_text_to_equal(f"#{COUNT}", f"{count} relaties", timeout=30)
    WebDriverWait(dash_duo.driver, 20).until(
        lambda d: d.execute_script(ROW_COUNT_JS, GRID) == count
    )
    headers = dash_duo.driver.execute_script(HEADERS_JS, GRID)
    assert headers[:3] == ["Van (initiatiefnemer)", "Met (partner)", "Frequentie"]
    button = dash_duo.find_element("#ties-export")
    dash_duo.driver.execute_script("arguments[0].scrollIntoView(); arguments[0].click();", button)
    exported = Path(dash_duo.download_path) / "relaties.csv"
    WebDriverWait(dash_duo.driver, 20).until(
        lambda _d: exported.is_file() and exported.stat().st_size
    )
    assert exported.read_text(encoding="utf-8-sig").startswith('"Van (initiatiefnemer)"')
    nav = [e.text for e in dash_duo.driver.find_elements("css selector", "#cn-navbar .nav-link")]
    assert "Relaties" in nav and "Importeren" in nav and "Dashboard" in nav

    english = dash_duo.find_element(
        f"label[for='_dbcprivate_radioitems_{ids.LANGUAGE_SWITCH}_input_en']"
    )
    dash_duo.driver.execute_script("arguments[0].click();", english)  # page is scrolled
    dash_duo.wait_for_text_to_equal(f"#{COUNT}", f"{count} ties", timeout=10)
    dash_duo.wait_for_text_to_equal(f"#{TITLE}", "Ties", timeout=10)
    WebDriverWait(dash_duo.driver, 10).until(
        lambda d: d.execute_script(HEADERS_JS, GRID)[:1] == ["From (initiator)"]
    )
    assert dash_duo.get_logs() == []
