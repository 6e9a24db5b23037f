"""The explorer presenters on graph.metrics' real output (node_metrics, explain)."""

from __future__ import annotations

import pytest

from app.presenters.explorer_details import DetailsIndex, node_details
from app.presenters.explorer_elements import build_elements
from app.presenters.explorer_style import NODE_MAX_PX, NODE_MIN_PX, PALETTE
from app.presenters.legend import legend
from graph.layout import layout_positions
from graph.metrics import explain, node_metrics
from tests.app.test_explorer_sample import sample_graph, sample_records


@pytest.fixture(scope="module")
def graph_and_metrics():
    G = sample_graph()
    return G, node_metrics(G)


def test_elements_colour_communities_and_size_by_betweenness(graph_and_metrics):
    G, m = graph_and_metrics
    els = build_elements(G, layout_positions(G), m, color_by="community", size_by="betweenness")
    nodes = {e["data"]["id"]: e["data"] for e in els if "source" not in e["data"]}
    for n in G:
        assert nodes[str(n)]["colour"] == PALETTE[int(m.loc[n, "community"]) - 1]
    top = m["betweenness"].idxmax()
    assert nodes[str(top)]["size"] == NODE_MAX_PX
    assert nodes["16"]["size"] == NODE_MIN_PX  # Fenna has no ties
    legend_colours = {
        e["swatch"]["colour"]
        for e in legend(G, m, color_by="community")
        if e["section"] == "colour"
    }
    assert legend_colours == {d["colour"] for d in nodes.values()}


def test_details_use_the_library_explanations_and_rank(graph_and_metrics):
    G, m = graph_and_metrics
    index = DetailsIndex.from_records(sample_records())
    for language in ("nl", "en"):
        rows = {r["metric"]: r for r in node_details(13, G, index, m, language=language)["metrics"]}
        assert rows["betweenness"]["explanation"] == explain("betweenness", language)
        assert rows["constraint"]["explanation"] == explain("constraint", language)
    assert rows["degree"]["value"] == 3 and rows["degree"]["rank"] == 1
    assert rows["articulation_point"]["rank"] is None
    assert rows["articulation_point"]["value"] is True  # Cora holds Eva to the rest
    assert rows["community"]["value"] == int(m.loc[13, "community"])
