"""The explorer's mixed level in headless Chromium on the demo: an ego view of a person
and of an organisation draws persons, organisations and the lines between them; the
two-mode view counts memberships, not ties.

Expected node sets come from graph/ on records read from the same SQLite file.
"""

from __future__ import annotations

from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.support.wait import WebDriverWait

from app.i18n import t
from app.main import create_app
from app.presenters import explorer_view as ev
from app.settings import Settings
from graph.counts import tie_count
from graph.filters import NetworkFilter, network_for
from graph.projections import two_mode_graph
from tests.demo_database import read_records

PERSON_40 = 40
DRAWN_JS = """
const el = document.getElementById('explorer-graph');
if (!(el && el._cyreg && el._cyreg.cy)) { return null; }
const cy = el._cyreg.cy;
return {
  persons: cy.nodes('.person').map(n => n.id()).sort(),
  organisations: cy.nodes('.organisation').map(n => n.id()).sort(),
  affiliations: cy.edges('.affiliation').length,
};
"""


def _drawn(dash_duo, expected: dict, timeout: float = 30) -> dict:
    """What Cytoscape holds once it equals ``expected`` (or the last state on timeout)."""
    seen: dict = {}

    def ready(_driver) -> bool:
        seen.update(dash_duo.driver.execute_script(DRAWN_JS) or {})
        return {k: seen.get(k) for k in ("persons", "organisations")} == expected

    WebDriverWait(
        dash_duo.driver, timeout, poll_frequency=0.2,
        ignored_exceptions=(StaleElementReferenceException,),
    ).until(ready)  # fmt: skip
    return seen


def _kinds(G) -> dict:
    return {
        kind: sorted(str(n) for n in G if G.nodes[n]["kind"] == kind)
        for kind in ("person", "organisation")
    }


def test_mixed_ego_views_draw_persons_and_organisations(dash_duo, demo_url: str) -> None:
    records = read_records(demo_url)
    ev.clear_caches()
    app = create_app(Settings(database_url=demo_url, secret_key="test", language="nl"))
    dash_duo.start_server(app)

    person = network_for(records, NetworkFilter(ego=PERSON_40), "mixed")
    dash_duo.wait_for_page(
        url=f"{dash_duo.server_url}/explorer?level=mixed&ego={PERSON_40}", timeout=30
    )
    kinds = _kinds(person)
    drawn = _drawn(dash_duo, {"persons": kinds["person"], "organisations": kinds["organisation"]})
    assert drawn["organisations"] and drawn["persons"]
    assert drawn["affiliations"] >= len(drawn["organisations"]) - 1
    counts = t("explorer.counts", "nl", nodes=len(person), ties=tie_count(person))
    dash_duo.wait_for_text_to_equal("#explorer-counts", counts, timeout=20)
    assert "dienstverband" in dash_duo.find_element("#explorer-sentence").text
    legend = dash_duo.driver.execute_script(
        "return document.querySelector('.cn-legend').textContent;"
    )
    assert "werkt bij (dienstverband, geen band)" in legend

    school = next(a.id for a in records.actors if a.key == "S01")
    organisation = network_for(records, NetworkFilter(ego=school), "mixed")
    dash_duo.wait_for_page(
        url=f"{dash_duo.server_url}/explorer?level=mixed&ego={school}", timeout=30
    )
    kinds = _kinds(organisation)
    drawn = _drawn(dash_duo, {"persons": kinds["person"], "organisations": kinds["organisation"]})
    assert len(drawn["persons"]) >= 1 and len(drawn["organisations"]) >= 2
    assert drawn["affiliations"] >= 1

    # the two-mode view has memberships, not ties, and its counts say so
    memberships = two_mode_graph(records)
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/explorer?level=two_mode", timeout=30)
    counts = t(
        "explorer.counts.two_mode", "nl", nodes=len(memberships),
        ties=memberships.number_of_edges(),
    )  # fmt: skip
    dash_duo.wait_for_text_to_equal("#explorer-counts", counts, timeout=20)
    assert "lidmaatschappen" in dash_duo.find_element("#explorer-sentence").text
    assert [e for e in dash_duo.get_logs() if e.get("level") == "SEVERE"] == []
