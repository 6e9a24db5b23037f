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
