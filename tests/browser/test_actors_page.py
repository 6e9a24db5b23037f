"""The actors page in headless Chromium on the demo partnership, as a user sees it."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.wait import WebDriverWait
from sqlalchemy import func, select

from app import ids
from app.i18n import count_text
from app.main import create_app
from app.settings import Settings
from db.engine import make_engine
from db.models import Actor, CodebookEntry

ROW_VALUES_JS = """
const api = dash_ag_grid.getApi(arguments[0]);
const out = [];
api.forEachNode(node => out.push(node.data));
return out;
"""
DISPLAYED_JS = "return dash_ag_grid.getApi(arguments[0]).getDisplayedRowCount();"
HEADERS_JS = """
return Array.from(document.querySelectorAll('#' + arguments[0] + ' .ag-header-cell-text'))
  .map(e => e.textContent);
"""


def _facts(url: str) -> tuple[int, Counter, dict[str, tuple[str, str]]]:
    """Actor count, types in use, and each type's (nl, en) label, read from the database."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            count = conn.execute(select(func.count()).select_from(Actor)).scalar_one()
            types = Counter(conn.execute(select(Actor.type)).scalars())
            labels = {
                code: (nl, en)
                for code, nl, en in conn.execute(
                    select(
                        CodebookEntry.code, CodebookEntry.label_nl, CodebookEntry.label_en
                    ).where(CodebookEntry.category == "actor_type")
                )
            }
    finally:
        engine.dispose()
    return int(count), types, labels


def _grid_rows(dash_duo, expected: int) -> list[dict]:
    dash_duo.wait_for_text_to_equal(f"#{ids.ACTORS_COUNT}", count_text(expected, "nl"), timeout=20)
    return dash_duo.driver.execute_script(ROW_VALUES_JS, ids.ACTORS_GRID)


def test_actors_list_in_dutch_then_english(dash_duo, demo_url: str) -> None:
    count, types, labels = _facts(demo_url)
    assert count > 100  # the demo is loaded
    app = create_app(Settings(database_url=demo_url, secret_key="test", language="nl"))
    dash_duo.start_server(app)
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/actors?lang=nl", timeout=20)

    rows = _grid_rows(dash_duo, count)
    assert len(rows) == count
    assert dash_duo.driver.execute_script(DISPLAYED_JS, ids.ACTORS_GRID) == count
    shown_types = Counter(row["type"] for row in rows)
    assert shown_types == Counter({labels[code][0]: n for code, n in types.items()})
    assert dash_duo.find_element(f"#{ids.ACTORS_TITLE}").text == "Actoren"
    headers = dash_duo.driver.execute_script(HEADERS_JS, ids.ACTORS_GRID)
    assert headers[:6] == ["Naam", "Type", "Soort", "Sector", "Regio", "Organisatie(s)"]

    # switch to English: labels come from the codebook's English column
    dash_duo.find_element(
        f"label[for='_dbcprivate_radioitems_{ids.LANGUAGE_SWITCH}_input_en']"
    ).click()
    dash_duo.wait_for_text_to_equal(f"#{ids.ACTORS_TITLE}", "Actors", timeout=10)
    dash_duo.wait_for_text_to_equal(f"#{ids.ACTORS_COUNT}", count_text(count, "en"), timeout=10)
    rows = dash_duo.driver.execute_script(ROW_VALUES_JS, ids.ACTORS_GRID)
    assert Counter(row["type"] for row in rows) == Counter(
        {labels[code][1]: n for code, n in types.items()}
    )
    headers = dash_duo.driver.execute_script(HEADERS_JS, ids.ACTORS_GRID)
    assert headers[:6] == ["Name", "Type", "Kind", "Sector", "Region", "Organisation(s)"]
    assert dash_duo.find_element("#cn-navbar a.nav-link[href='/actors']").text == "Actors"

    # the choice is remembered across a reload
    dash_duo.driver.get(f"{dash_duo.server_url}/actors")
    dash_duo.wait_for_text_to_equal(f"#{ids.ACTORS_TITLE}", "Actors", timeout=20)
    assert dash_duo.get_logs() == []


def test_home_redirects_and_column_choice(dash_duo, demo_url: str) -> None:
    count, _types, _labels = _facts(demo_url)
    app = create_app(Settings(database_url=demo_url, secret_key="test"))
    dash_duo.start_server(app)
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/?lang=nl", timeout=20)
    assert dash_duo.driver.current_url.endswith("/actors?lang=nl")
    _grid_rows(dash_duo, count)

    # hide the "region" column through the column checklist
    region_box = dash_duo.find_element(f"#{ids.ACTORS_COLUMNS} input[value='region']")
    dash_duo.driver.execute_script("arguments[0].click();", region_box)
    WebDriverWait(dash_duo.driver, 10).until(
        lambda driver: "Regio" not in driver.execute_script(HEADERS_JS, ids.ACTORS_GRID)
    )
    headers = dash_duo.driver.execute_script(HEADERS_JS, ids.ACTORS_GRID)
    assert headers == ["Naam", "Type", "Soort", "Sector", "Organisatie(s)"]

    # CSV export downloads the visible columns of every row
    dash_duo.find_element(f"#{ids.ACTORS_EXPORT}").click()
    target = Path(dash_duo.download_path) / "actoren.csv"
    WebDriverWait(dash_duo.driver, 15).until(lambda _d: target.is_file() and target.stat().st_size)
    with target.open(encoding="utf-8-sig") as handle:
        exported = list(csv.reader(handle))
    assert exported[0] == headers
    assert len(exported) - 1 == count
    assert dash_duo.get_logs() == []


def test_unknown_page_is_translated_404(dash_duo, demo_url: str) -> None:
    app = create_app(Settings(database_url=demo_url, secret_key="test", language="nl"))
    dash_duo.start_server(app)
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/nowhere?lang=en", timeout=20)
    dash_duo.wait_for_text_to_equal(f"#{ids.NOTFOUND_TITLE}", "Page not found", timeout=10)
    links = dash_duo.driver.find_elements(By.CSS_SELECTOR, "#cn-navbar a.nav-link")
    assert "Actors" in [link.text for link in links]
    assert "Actoren" not in [link.text for link in links]
    checked = dash_duo.driver.find_elements(
        By.CSS_SELECTOR, f"#{ids.LANGUAGE_SWITCH} input:checked"
    )
    assert [box.get_attribute("value") for box in checked] == ["en"]
    active = dash_duo.driver.find_elements(By.CSS_SELECTOR, f"#{ids.LANGUAGE_SWITCH} label.active")
    assert [label.text for label in active] == ["EN"]
    assert dash_duo.get_logs() == []


def test_external_requests_fail_in_the_test_browser(dash_duo, demo_url: str) -> None:
    """Proves the dead-proxy flag works, so 'no console errors' means 'nothing external'."""
    app = create_app(Settings(database_url=demo_url, secret_key="test"))
    dash_duo.start_server(app)
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/actors", timeout=20)
    status = dash_duo.driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        fetch('https://cdn.jsdelivr.net/npm/bootstrap@5.3.6/dist/css/bootstrap.min.css')
          .then(r => done('fetched ' + r.status)).catch(e => done('failed'));
        """
    )
    assert status == "failed"
