"""The data inventory (/privacy) and the admin's erase button, in headless Chromium.

Local mode: the local user is admin, so the actor page of a person shows the button.
The database after the click must equal the same erasure done by db.erasure on a copy
taken before: the button changed the person's data and nothing else.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.wait import WebDriverWait
from sqlalchemy.engine import make_url

from app.i18n import t
from app.main import create_app
from app.messages import privacy as _messages  # noqa: F401 - registers the messages
from app.privacy_inventory import INVENTORY
from app.settings import Settings
from db.engine import make_engine
from db.erasure import erase_person
from db.exports.dump import logical_dump
from db.person_access import resolve_actor

KEY, NAME = "P141", "Teun Dijkbergh"
ERASABLE = {"actor", "tie", "tie_code", "membership", "affiliation", "actor_theme", "story"}
ERASABLE |= {"story_theme", "setting"}  # setting: the data revision moves on commit


def _severe(dash_duo) -> list[dict]:
    return [e for e in dash_duo.get_logs() if e.get("level") == "SEVERE"]


def _click(dash_duo, selector: str) -> None:
    dash_duo.wait_for_element(selector, timeout=10).click()


def _open_dialog(dash_duo) -> None:
    """Click until the dialog shows: the page body renders twice while the language
    store settles, and a click on the first rendering's button is lost with it."""

    def opened(driver) -> bool:
        if driver.find_elements(By.CSS_SELECTOR, "#actor-erase-confirm"):
            return True
        driver.find_element(By.CSS_SELECTOR, "#actor-erase-open").click()
        return False

    WebDriverWait(dash_duo.driver, 20, poll_frequency=1).until(opened)


def _copy(url: str, target: Path) -> str:
    source = sqlite3.connect(make_url(url).database)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        source.close()
        copy.close()
    return f"sqlite:///{target}"


def _dump(url: str) -> dict[str, list[tuple]]:
    engine = make_engine(url)
    try:
        return logical_dump(engine)
    finally:
        engine.dispose()


def test_privacy_page_lists_the_inventory_in_both_languages(dash_duo, demo_url: str) -> None:
    app = create_app(Settings(database_url=demo_url, secret_key="test", language="nl"))
    dash_duo.start_server(app)
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/actors", timeout=30)
    dash_duo.wait_for_text_to_equal("#cn-privacy-link", t("privacy.footer", "nl"), timeout=20)
    dash_duo.find_element("#cn-privacy-link").click()
    dash_duo.wait_for_text_to_equal("#privacy-title", t("privacy.title", "nl"), timeout=20)
    rows = dash_duo.driver.find_elements(By.CSS_SELECTOR, "#privacy-table tbody tr")
    assert len(rows) == len(INVENTORY)
    assert "actor: name, short_name" in rows[0].text
    dash_duo.find_element("label[for='_dbcprivate_radioitems_cn-language-switch_input_en']").click()
    dash_duo.wait_for_text_to_equal("#privacy-title", t("privacy.title", "en"), timeout=10)
    dash_duo.wait_for_text_to_equal("#cn-privacy-link", t("privacy.footer", "en"), timeout=10)
    assert "Visible to admins only." in dash_duo.find_element("#privacy-table").text
    assert _severe(dash_duo) == []


def test_admin_erases_a_person_from_the_actor_page(dash_duo, demo_url: str, tmp_path) -> None:
    engine = make_engine(demo_url)
    with engine.connect() as conn:
        actor_id = resolve_actor(conn, KEY)
    engine.dispose()
    assert actor_id is not None
    before = _dump(demo_url)
    expected_url = _copy(demo_url, tmp_path / "expected.db")

    app = create_app(Settings(database_url=demo_url, secret_key="test", language="nl"))
    dash_duo.start_server(app)
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/actor/{actor_id}", timeout=30)
    dash_duo.wait_for_text_to_equal("#actor-title", NAME, timeout=20)  # local user: admin
    # cancelling changes nothing
    _open_dialog(dash_duo)
    dash_duo.wait_for_contains_text(
        "#actor-erase-modal", t("privacy.erase.title", "nl", name=NAME), timeout=10
    )
    _click(dash_duo, "#actor-erase-cancel")
    dash_duo.wait_for_no_elements("#actor-erase-confirm", timeout=10)
    assert _dump(demo_url) == before
    # confirming erases
    _open_dialog(dash_duo)
    _click(dash_duo, "#actor-erase-confirm")
    dash_duo.wait_for_contains_text(
        "#actor-erase-result-alert", t("privacy.erase.done", "nl"), timeout=20
    )
    after = _dump(demo_url)
    erase_person(make_engine(expected_url), actor_id)
    expected = _dump(expected_url)
    changed = {table for table in before if before[table] != after[table]}
    assert changed <= ERASABLE and {"actor", "tie", "story"} <= changed
    assert {k: v for k, v in after.items() if k != "setting"} == {
        k: v for k, v in expected.items() if k != "setting"
    }
    assert all(NAME not in repr(rows) for rows in after.values())
    # the page of the erased person is now a plain not-found message
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/actor/{actor_id}", timeout=30)
    dash_duo.wait_for_element("#actor-not-found", timeout=20)
    assert _severe(dash_duo) == []
