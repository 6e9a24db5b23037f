"""The explorer in headless Chromium on the demo partnership, used as a person would.

Every expected count and sentence is computed independently with graph/ functions on
records read from the same SQLite file; the page must show exactly those.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.wait import WebDriverWait

from app.i18n import t
from app.main import create_app
from app.presenters import explorer_view as ev
from app.presenters.explorer_view import effective_filter, parse_request
from app.settings import Settings
from db.engine import make_engine
from db.queries import read_network
from graph.filter_text import describe_result
from graph.filters import NetworkFilter, network_for
from graph.labels import Labels
from graph.records import NetworkRecords

CY_NODES_JS = """
const el = document.getElementById('explorer-graph');
return el && el._cyreg && el._cyreg.cy ? el._cyreg.cy.nodes().length : -1;
"""
TAP_JS = """
const cy = document.getElementById('explorer-graph')._cyreg.cy;
const node = cy.getElementById(arguments[0]);
node.emit('tap');
return node.data('label');
"""
CY_IDS_JS = """
return document.getElementById('explorer-graph')._cyreg.cy.nodes().map(n => n.id());
"""


def _records(url: str) -> NetworkRecords:
    engine = make_engine(url)
    try:
        return read_network(engine)
    finally:
        engine.dispose()


def _counts(G, language: str = "nl") -> str:
    return t("explorer.counts", language, nodes=G.number_of_nodes(), ties=G.number_of_edges())


def _severe(dash_duo) -> list[dict]:
    return [e for e in dash_duo.get_logs() if e.get("level") == "SEVERE"]


def _wait(dash_duo, condition, timeout: float = 20):
    return WebDriverWait(
        dash_duo.driver,
        timeout,
        poll_frequency=0.1,
        ignored_exceptions=(StaleElementReferenceException,),
    ).until(lambda _d: condition())


def _pick_option(dash_duo, dropdown_id: str, label: str) -> None:
    """Dash 4 dropdown: open the popover, click the option with ``label``, close."""
    dash_duo.find_element(f"#{dropdown_id}").click()
    search = _wait(
        dash_duo,
        lambda: dash_duo.driver.find_elements(By.CSS_SELECTOR, ".dash-dropdown-content input"),
    )
    search[0].send_keys(label)  # long lists render only what fits: narrow first
    options = _wait(
        dash_duo,
        lambda: [
            o
            for o in dash_duo.driver.find_elements(By.CSS_SELECTOR, "[role=option]")
            if o.text.strip() == label
        ],
    )
    options[0].click()
    dash_duo.driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)


def _start(dash_duo, url: str, path: str = "/explorer") -> None:
    ev.clear_caches()
    app = create_app(Settings(database_url=url, secret_key="test", language="nl"))
    dash_duo.start_server(app)
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}{path}", timeout=30)


def test_explorer_as_a_board_member_uses_it(dash_duo, demo_url: str) -> None:
    records = _records(demo_url)
    labels = Labels.from_records(records)
    _start(dash_duo, demo_url)

    # 1. the whole partnership at person level
    everything = network_for(records, NetworkFilter(), "person")
    dash_duo.wait_for_text_to_equal("#explorer-counts", _counts(everything), timeout=30)
    _wait(dash_duo, lambda: dash_duo.driver.execute_script(CY_NODES_JS) == len(everything))

    # 2. one theme, isolates hidden: fewer actors and ties, and the sentence says so
    _pick_option(dash_duo, "explorer-f-themes", labels.label("theme", "dyslexia", "nl"))
    dash_duo.find_element(
        "label[for='_dbcprivate_checklist_explorer-f-flags_input_isolates']"
    ).click()
    flt = NetworkFilter(themes=("dyslexia",), hide_isolates=True)
    themed = network_for(records, flt, "person")
    assert 0 < themed.number_of_nodes() < everything.number_of_nodes()
    dash_duo.wait_for_text_to_equal("#explorer-counts", _counts(themed), timeout=20)
    sentence = describe_result(themed, flt, language="nl", labels=labels)
    dash_duo.wait_for_text_to_equal("#explorer-sentence", sentence, timeout=10)
    assert labels.label("theme", "dyslexia", "nl") in sentence
    _wait(dash_duo, lambda: dash_duo.driver.execute_script(CY_NODES_JS) == len(themed))

    # 3. clicking a node shows that actor
    node_id = sorted(dash_duo.driver.execute_script(CY_IDS_JS), key=int)[0]
    name = records.actor_by_id()[int(node_id)].name
    dash_duo.driver.execute_script(TAP_JS, node_id)
    dash_duo.wait_for_text_to_equal("#explorer-details-name", name, timeout=20)
    _wait(dash_duo, lambda: f"actor={node_id}" in dash_duo.driver.current_url)

    # 4. organisation level
    dash_duo.find_element(
        "label[for='_dbcprivate_radioitems_explorer-level_input_organisation']"
    ).click()
    organisations = network_for(records, flt, "organisation")
    dash_duo.wait_for_text_to_equal("#explorer-counts", _counts(organisations), timeout=20)

    # 5. the time slider: lower handle one year on, upper handle to the same year
    thumbs = dash_duo.driver.find_elements(By.CSS_SELECTOR, "#explorer-years [role=slider]")
    first = int(thumbs[0].get_attribute("aria-valuenow"))
    last = int(thumbs[1].get_attribute("aria-valuenow"))
    thumbs[0].send_keys(Keys.ARROW_RIGHT)
    for _ in range(last - first - 1):
        thumbs[1].send_keys(Keys.ARROW_LEFT)
    year = f"{first + 1}-{first + 2}"
    timed = network_for(records, flt.changed(school_year=year), "organisation")
    dash_duo.wait_for_text_to_equal("#explorer-counts", _counts(timed), timeout=20)
    _wait(dash_duo, lambda: f"years={first + 1}" in dash_duo.driver.current_url)
    url = dash_duo.driver.current_url
    request = parse_request(urlsplit(url).query)
    assert request.state.level == "organisation" and request.state.years == (first + 1,) * 2

    # 6. back gives the previous view (each change is a history entry), forward returns
    dash_duo.driver.back()
    _wait(dash_duo, lambda: dash_duo.driver.current_url != url)
    previous = parse_request(urlsplit(dash_duo.driver.current_url).query)
    expected = network_for(records, effective_filter(previous.state), previous.state.level)
    assert previous.state.years != request.state.years
    dash_duo.wait_for_text_to_equal("#explorer-counts", _counts(expected), timeout=20)
    dash_duo.driver.forward()
    dash_duo.wait_for_text_to_equal("#explorer-counts", _counts(timed), timeout=20)
    assert dash_duo.driver.current_url == url

    # 7. a copied URL reloads into the same view, selection included
    dash_duo.driver.get(url)
    dash_duo.wait_for_text_to_equal("#explorer-counts", _counts(timed), timeout=30)
    timed_sentence = describe_result(
        timed, flt.changed(school_year=year), language="nl", labels=labels
    )
    dash_duo.wait_for_text_to_equal("#explorer-sentence", timed_sentence, timeout=10)
    assert dash_duo.driver.current_url == url
    checked = dash_duo.find_element("#_dbcprivate_radioitems_explorer-level_input_organisation")
    assert checked.is_selected()

    # 8. English
    dash_duo.find_element("label[for='_dbcprivate_radioitems_cn-language-switch_input_en']").click()
    english = describe_result(timed, flt.changed(school_year=year), language="en", labels=labels)
    dash_duo.wait_for_text_to_equal("#explorer-sentence", english, timeout=20)
    dash_duo.wait_for_text_to_equal("#explorer-counts", _counts(timed, "en"), timeout=10)
    dash_duo.wait_for_text_to_equal("#explorer-title", "The network", timeout=10)
    assert _severe(dash_duo) == []


def test_play_steps_through_school_years(dash_duo, demo_url: str) -> None:
    records = _records(demo_url)
    _start(dash_duo, demo_url, "/explorer?level=organisation")
    start = network_for(records, NetworkFilter(), "organisation")
    dash_duo.wait_for_text_to_equal("#explorer-counts", _counts(start), timeout=30)
    ids_before = dash_duo.driver.execute_script(
        "const cy=document.getElementById('explorer-graph')._cyreg.cy;"
        "return Object.fromEntries(cy.nodes().map(n => [n.id(), n.position()]));"
    )
    dash_duo.find_element("#explorer-play").click()
    _wait(dash_duo, lambda: "years=" in dash_duo.driver.current_url, timeout=30)
    dash_duo.find_element("#explorer-play").click()  # pause
    request = parse_request(urlsplit(dash_duo.driver.current_url).query)
    assert request.state.years is not None
    a, b = request.state.years
    assert a == b
    expected = network_for(records, NetworkFilter(school_year=f"{a}-{a + 1}"), "organisation")
    dash_duo.wait_for_text_to_equal("#explorer-counts", _counts(expected), timeout=20)
    positions = dash_duo.driver.execute_script(
        "const cy=document.getElementById('explorer-graph')._cyreg.cy;"
        "return Object.fromEntries(cy.nodes().map(n => [n.id(), n.position()]));"
    )
    for node, where in positions.items():  # stable positions while time moves
        assert abs(where["x"] - ids_before[node]["x"]) < 0.01
        assert abs(where["y"] - ids_before[node]["y"]) < 0.01
    assert _severe(dash_duo) == []


def test_search_focuses_an_actor_and_edges_show_ties(dash_duo, demo_url: str) -> None:
    records = _records(demo_url)
    school = next(a for a in records.actors if a.key == "S01")
    _start(dash_duo, demo_url, "/explorer?level=organisation")
    G = network_for(records, NetworkFilter(), "organisation")
    dash_duo.wait_for_text_to_equal("#explorer-counts", _counts(G), timeout=30)
    # hover shows the name (Cytoscape's mouseover, as a pointer would fire it)
    dash_duo.driver.execute_script(
        "document.getElementById('explorer-graph')._cyreg.cy"
        ".getElementById(arguments[0]).emit('mouseover');",
        str(school.id),
    )
    dash_duo.wait_for_text_to_equal("#explorer-hover", school.short_name or school.name)
    _pick_option(dash_duo, "explorer-search", school.name)
    dash_duo.wait_for_text_to_equal("#explorer-details-name", school.name, timeout=20)
    _wait(dash_duo, lambda: f"actor={school.id}" in dash_duo.driver.current_url)
    u, v = next((u, v) for u, v in G.edges() if u != v)
    dash_duo.driver.execute_script(
        "const cy=document.getElementById('explorer-graph')._cyreg.cy;"
        "cy.edges().filter(e => (e.data('source') === arguments[0] && e.data('target') === "
        "arguments[1]) || (e.data('source') === arguments[1] && e.data('target') === "
        "arguments[0]))[0].emit('tap');",
        str(u),
        str(v),
    )
    actors = records.actor_by_id()
    _wait(
        dash_duo,
        lambda: (
            actors[u].name in dash_duo.find_element("#explorer-details-name").text
            and actors[v].name in dash_duo.find_element("#explorer-details-name").text
        ),
    )
    assert _severe(dash_duo) == []
