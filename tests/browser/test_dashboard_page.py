"""The network dashboard in headless Chromium on the demo partnership.

The expected figures are computed independently in the test: networkx on the graph
built from the demo records (the page computes them with graph.metrics on igraph).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import networkx as nx
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.wait import WebDriverWait

from app import ids
from app.main import create_app
from app.settings import Settings
from db.engine import make_engine
from db.queries import read_network
from graph.build import build_graph
from seeds.demo import GATEWAY_PERSON

P = "dashboard-"  # the page's element ids (app/pages/dashboard.py; importing it needs an app)
SCOPE, SUMMARY, GRID, CUTS = P + "scope", P + "summary", P + "grid", P + "cuts"
DEGREE, MIXING, DIRECTED = P + "degree", P + "mixing", P + "directed"
ROW_COUNT_JS = "return dash_ag_grid.getApi(arguments[0]).getDisplayedRowCount();"
FIRST_ROW_JS = "return dash_ag_grid.getApi(arguments[0]).getDisplayedRowAtIndex(0).data;"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> str:
    """One demo database for the module (seeding takes seconds on a shared machine)."""
    from seeds.demo import seed_demo

    path = tmp_path_factory.mktemp("dashboard") / "demo.db"
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


def _expected(url: str, level: str) -> tuple[int, int, int, str]:
    engine = make_engine(url)
    try:
        records = read_network(engine)
    finally:
        engine.dispose()
    G = build_graph(records, level=level)
    simple = nx.Graph(G)
    simple.remove_edges_from(list(nx.selfloop_edges(simple)))
    top = max(nx.betweenness_centrality(simple).items(), key=lambda kv: kv[1])[0]
    return (
        G.number_of_nodes(),
        simple.number_of_edges(),  # self-loops (internal ties) are not counted
        nx.number_connected_components(simple),
        G.nodes[top]["name"],
    )


def _cell(dash_duo, metric: str) -> str:
    return dash_duo.find_element(f"#{SUMMARY}-{metric} td:nth-child(2)").text


def test_dashboard_shows_demo_figures_then_english(dash_duo, demo_db: str) -> None:
    nodes, ties, components, top_name = _expected(demo_db, "person")
    app = create_app(Settings(database_url=demo_db, secret_key="test", language="nl"))
    dash_duo.start_server(app)
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}/dashboard?lang=nl", timeout=20)

    dash_duo.wait_for_contains_text(f"#{SCOPE}", f"{nodes} actoren", timeout=30)
    assert f"{ties} banden" in dash_duo.find_element(f"#{SCOPE}").text
    assert _cell(dash_duo, "nodes") == str(nodes)
    assert _cell(dash_duo, "ties") == str(ties)
    assert _cell(dash_duo, "components") == str(components)
    WebDriverWait(dash_duo.driver, 20).until(
        lambda d: d.execute_script(ROW_COUNT_JS, GRID) == nodes
    )
    assert dash_duo.driver.execute_script(FIRST_ROW_JS, GRID)["name"] == top_name
    # CSV export of the ranked table: a header and one line per actor
    button = dash_duo.find_element(f"#{P}export")
    dash_duo.driver.execute_script("arguments[0].scrollIntoView(); arguments[0].click();", button)
    exported = Path(dash_duo.download_path) / "netwerkmaten.csv"
    WebDriverWait(dash_duo.driver, 20).until(
        lambda _d: exported.is_file() and exported.stat().st_size
    )
    assert len(exported.read_text(encoding="utf-8-sig").strip().splitlines()) == nodes + 1
    # the gateway of the Kromwijker Lyceum is named as a single point of failure
    cuts = dash_duo.find_element(f"#{CUTS}").text
    assert "Als Ingrid Vlasveld wegvalt" in cuts and "Kromwijker Lyceum" in cuts
    # plotly drew the degree distribution and the mixing heatmap
    WebDriverWait(dash_duo.driver, 20).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, f"#{MIXING} .heatmaplayer")
    )
    assert dash_duo.driver.find_elements(By.CSS_SELECTOR, f"#{DEGREE} .bars")

    # English
    english = dash_duo.find_element(
        f"label[for='_dbcprivate_radioitems_{ids.LANGUAGE_SWITCH}_input_en']"
    )
    dash_duo.driver.execute_script("arguments[0].click();", english)  # page is scrolled
    dash_duo.wait_for_text_to_equal(f"#{P}title", "Network dashboard", timeout=10)
    dash_duo.wait_for_contains_text(f"#{CUTS}", "If Ingrid Vlasveld leaves", timeout=10)
    assert GATEWAY_PERSON == "P003"
    assert dash_duo.get_logs() == []


def test_dashboard_state_in_url(dash_duo, demo_db: str) -> None:
    nodes, ties, _components, _top = _expected(demo_db, "organisation")
    app = create_app(Settings(database_url=demo_db, secret_key="test", language="nl"))
    dash_duo.start_server(app)
    dash_duo.wait_for_page(
        url=f"{dash_duo.server_url}/dashboard?level=organisation&attribute=sector", timeout=20
    )
    dash_duo.wait_for_contains_text(f"#{SCOPE}", "Netwerk van organisaties", timeout=30)
    assert _cell(dash_duo, "nodes") == str(nodes)
    assert _cell(dash_duo, "ties") == str(ties)
    # switch direction on: the URL follows and reciprocity appears
    switch = dash_duo.find_element(f"#{DIRECTED} input")
    dash_duo.driver.execute_script("arguments[0].click();", switch)
    dash_duo.wait_for_contains_text(f"#{SCOPE}", "met richting", timeout=20)
    WebDriverWait(dash_duo.driver, 10).until(lambda d: "directed=1" in d.current_url)
    assert "level=organisation" in dash_duo.driver.current_url
    assert "attribute=sector" in dash_duo.driver.current_url
    assert dash_duo.find_element(f"#{SUMMARY}-reciprocity")
    assert dash_duo.get_logs() == []
