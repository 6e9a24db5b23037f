"""The actor page in headless Chromium on the demo partnership."""

from __future__ import annotations

from selenium.webdriver.support.wait import WebDriverWait

from app.i18n import t
from app.main import create_app
from app.settings import Settings
from db.engine import make_engine
from db.queries import read_network
from graph.filters import NetworkFilter, network_for

EGO_NODES_JS = """
const el = document.getElementById('actor-ego');
return el && el._cyreg && el._cyreg.cy ? el._cyreg.cy.nodes().map(n => n.id()) : null;
"""


def _severe(dash_duo) -> list[dict]:
    return [e for e in dash_duo.get_logs() if e.get("level") == "SEVERE"]


def test_actor_page_shows_the_actor_and_its_ego_network(dash_duo, demo_url: str) -> None:
    engine = make_engine(demo_url)
    try:
        records = read_network(engine)
    finally:
        engine.dispose()
    school = next(a for a in records.actors if a.key == "S01")
    ties = [x for x in records.ties if school.id in (x.source, x.target)]
    app = create_app(Settings(database_url=demo_url, secret_key="test", language="nl"))
    dash_duo.start_server(app)
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/actor/{school.id}", timeout=30)
    dash_duo.wait_for_text_to_equal("#actor-title", school.name, timeout=20)
    dash_duo.wait_for_contains_text(
        "#actor-content", t("details.ties", "nl", count=len(ties)), timeout=10
    )
    ego = network_for(records, NetworkFilter(ego=school.id), "organisation")
    WebDriverWait(dash_duo.driver, 20).until(
        lambda d: (
            d.execute_script(EGO_NODES_JS) is not None
            and set(d.execute_script(EGO_NODES_JS)) == {str(n) for n in ego}
        )
    )
    # English, remembered by the shell's language switch
    dash_duo.find_element("label[for='_dbcprivate_radioitems_cn-language-switch_input_en']").click()
    dash_duo.wait_for_contains_text(
        "#actor-content", t("details.ties", "en", count=len(ties)), timeout=10
    )
    assert _severe(dash_duo) == []

    # an unknown id is a clear message, not a crash
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/actor/999999", timeout=30)
    dash_duo.wait_for_contains_text("#actor-not-found", t("actor.not_found", "en"), timeout=20)
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/actor/%3Cscript%3E", timeout=30)
    dash_duo.wait_for_contains_text("#actor-not-found", t("actor.not_found", "en"), timeout=20)
    assert _severe(dash_duo) == []


# Answered once the main thread is free again: two animation frames after the call.
FRAMES_ANSWER_JS = """
const done = arguments[arguments.length - 1];
requestAnimationFrame(() => requestAnimationFrame(() => done(document.querySelectorAll(
  '#actor-content *').length)));
"""
TIE_TABLES_JS = "return document.querySelectorAll('#actor-content .cn-tie').length;"


def test_busiest_person_page_draws_tie_tables_only_when_opened(dash_duo, demo_url: str) -> None:
    """The person with the most ties (39 on the demo) froze the tab for 11-13 s: Dash
    mounted every tie's attribute table at once (about 1,700 components, a cost that
    grows with their square). Only the opened tie's table may be drawn."""
    engine = make_engine(demo_url)
    try:
        records = read_network(engine)
    finally:
        engine.dispose()
    persons = [a for a in records.actors if a.kind == "person"]
    person = max(persons, key=lambda a: sum(a.id in (x.source, x.target) for x in records.ties))
    ties = [x for x in records.ties if person.id in (x.source, x.target)]
    assert len(ties) >= 30
    app = create_app(Settings(database_url=demo_url, secret_key="test", language="nl"))
    dash_duo.start_server(app)
    dash_duo.driver.set_script_timeout(30)
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/actor/{person.id}", timeout=30)
    dash_duo.wait_for_text_to_equal("#actor-title", person.name, timeout=20)
    dash_duo.wait_for_contains_text(
        "#actor-content", t("details.ties", "nl", count=len(ties)), timeout=10
    )
    drawn = dash_duo.driver.execute_async_script(FRAMES_ANSWER_JS)
    summaries = dash_duo.find_elements("#actor-content details summary")
    assert len(summaries) == len(ties)
    assert dash_duo.driver.execute_script(TIE_TABLES_JS) == 0
    # a handful of elements per tie row, not a whole table per tie (today ~45 per tie)
    assert drawn < 12 * len(ties) + 400, drawn

    # opening a tie draws its table, with its coded attributes, and only that one
    newest = max(ties, key=lambda x: (x.start.isoformat() if x.start else "", x.id))
    summaries[0].click()
    WebDriverWait(dash_duo.driver, 10).until(lambda d: d.execute_script(TIE_TABLES_JS) == 1)
    table = dash_duo.find_element("#actor-content details[open] .cn-tie")
    assert t("details.period", "nl") in table.text
    if newest.frequency:
        assert t("details.frequency", "nl") in table.text
    summaries[0].click()  # closing keeps its table; another tie adds its own
    summaries[1].click()
    WebDriverWait(dash_duo.driver, 10).until(lambda d: d.execute_script(TIE_TABLES_JS) == 2)
    assert _severe(dash_duo) == []
