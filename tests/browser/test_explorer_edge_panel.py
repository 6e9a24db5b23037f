"""The explorer's edge panel in headless Chromium on the demo: ties folded until opened."""

from __future__ import annotations

from selenium.webdriver.support.wait import WebDriverWait

from app.i18n import t
from graph.filters import NetworkFilter, network_for
from graph.labels import Labels
from tests.browser.test_readable_layout import TAP_EDGE_JS, _severe, _start
from tests.demo_database import read_records

EDGES_JS = """
const el = document.getElementById('explorer-graph');
return el && el._cyreg && el._cyreg.cy ? el._cyreg.cy.edges().length : 0;
"""
# What the renderer mounted in the panel, counted once the browser has drawn it.
PANEL_JS = """
const done = arguments[arguments.length - 1];
requestAnimationFrame(() => requestAnimationFrame(() => {
  const panel = document.getElementById('explorer-details');
  done({elements: panel.querySelectorAll('*').length,
        tables: panel.querySelectorAll('table').length});
}));
"""
TABLES_JS = "return document.querySelectorAll('#explorer-details table').length;"


def test_busiest_edge_draws_tie_tables_only_when_opened(dash_duo, demo_url: str) -> None:
    """The busiest organisation edge (18 ties on the demo) took 2.5-4.3 s to draw its
    panel: every tie's table at once, about 800 elements, a mounting cost that grows
    with their square. Its ties are listed folded; an opened tie shows its attributes."""
    records = read_records(demo_url)
    G = network_for(records, NetworkFilter(), "organisation")
    u, v = max(((u, v) for u, v in G.edges() if u != v), key=lambda e: len(G.edges[e]["tie_ids"]))
    tie_ids = G.edges[u, v]["tie_ids"]
    assert len(tie_ids) >= 10
    _start(dash_duo, demo_url, "/explorer?level=organisation")
    WebDriverWait(dash_duo.driver, 30).until(lambda d: d.execute_script(EDGES_JS) > 0)
    dash_duo.driver.execute_script(TAP_EDGE_JS, str(u), str(v))
    blocks = "#explorer-details .cn-tie"
    WebDriverWait(dash_duo.driver, 20).until(
        lambda d: len(d.find_elements("css selector", blocks)) == len(tie_ids)
    )
    drawn = dash_duo.driver.execute_async_script(PANEL_JS)
    assert drawn["tables"] == 0
    # a handful of elements per tie, not a whole table per tie (before: 799 in all)
    assert drawn["elements"] < 6 * len(tie_ids) + 60, drawn

    # opening the first tie draws its attributes, in its own block, and only its own
    first = records.ties[[x.id for x in records.ties].index(tie_ids[0])]
    summary = dash_duo.find_element(f"{blocks} summary")
    assert summary.text.startswith("1. ")
    summary.click()
    WebDriverWait(dash_duo.driver, 10).until(lambda d: d.execute_script(TABLES_JS) == 1)
    table = dash_duo.find_element(f"{blocks}[open] table")
    assert t("details.period", "nl") in table.text
    if first.start:
        assert first.start.isoformat() in table.text
    if first.frequency:
        frequency = Labels.from_records(records).label("frequency", first.frequency, "nl")
        assert t("details.frequency", "nl") in table.text and frequency in table.text
    opened = dash_duo.find_elements(f"{blocks}[open]")
    assert len(opened) == 1 and opened[0].find_element("css selector", "table") == table
    assert _severe(dash_duo) == []
