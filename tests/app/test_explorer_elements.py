"""Cytoscape elements and stylesheet: classes, colours, sizes, edge styles, threshold."""

from __future__ import annotations

import math

import networkx as nx
import pandas as pd
import pytest

from app.presenters.explorer_elements import (
    MAX_ELEMENTS,
    ElementsCache,
    ElementsKey,
    StartDecision,
    build_elements,
    colour_table,
    element_count,
    mode_class,
    start_decision,
    too_large,
    too_large_message,
)
from app.presenters.explorer_style import (
    DEFAULT_SECTORS,
    DEFAULT_TYPES,
    EDGE_DEFAULT_PX,
    EDGE_MAX_PX,
    EDGE_MIN_PX,
    MISSING_COLOUR,
    NODE_DEFAULT_PX,
    NODE_MAX_PX,
    NODE_MIN_PX,
    OTHER_COLOUR,
    PALETTE,
    stylesheet,
)
from graph.layout import layout_positions
from graph.projections import two_mode_graph
from tests.app.test_explorer_sample import (
    sample_graph,
    sample_labels,
    sample_metrics,
    sample_records,
)


def _elements(G=None, **kw):
    G = sample_graph() if G is None else G
    pos = layout_positions(G, "force", seed=0)
    return G, build_elements(G, pos, kw.pop("metrics", sample_metrics(G)), **kw)


def _nodes(elements):
    return {e["data"]["id"]: e for e in elements if "source" not in e["data"]}


def _edges(elements):
    return {e["data"]["id"]: e for e in elements if "source" in e["data"]}


def _style(selector):
    return next(r["style"] for r in stylesheet() if r["selector"] == selector)


def test_every_node_and_edge_once_with_preset_positions():
    G, els = _elements(codebook=sample_labels())
    pos = layout_positions(G, "force", seed=0)
    nodes, edges = _nodes(els), _edges(els)
    assert set(nodes) == {str(n) for n in G}
    assert len(edges) == G.number_of_edges() == len(els) - len(nodes)
    for n in G:
        assert nodes[str(n)]["position"] == {"x": pos[n][0], "y": pos[n][1]}
        assert nodes[str(n)]["data"]["label"] == G.nodes[n]["name"]
    assert {(e["data"]["source"], e["data"]["target"]) for e in edges.values()} == {
        (str(u), str(v)) for u, v in G.edges()
    }


def test_shape_classes_per_kind_match_the_stylesheet():
    G, els = _elements(sample_graph("mixed"))
    nodes = _nodes(els)
    assert nodes["1"]["classes"].split()[0] == "organisation"
    assert nodes["11"]["classes"].split()[0] == "person"
    assert _style("node.organisation")["shape"] == "round-rectangle"
    assert _style("node.person")["shape"] == "ellipse"
    assert _style("node.group")["shape"] == "hexagon"


def test_type_colours_follow_codebook_order_within_kind():
    G, els = _elements(sample_graph("mixed"), codebook=sample_labels())
    nodes = _nodes(els)
    colour = {n: nodes[str(n)]["data"]["colour"] for n in G}
    assert colour[1] == colour[2] == PALETTE[0]  # school: first organisation type
    assert colour[4] == PALETTE[1]  # school_board
    assert colour[3] == PALETTE[3]  # lectoraat
    assert colour[11] == colour[14] == PALETTE[0]  # teacher: first person type
    assert colour[12] == PALETTE[1]  # school_leader
    assert colour[15] == PALETTE[7]  # external_expert: eighth person type


def test_default_type_and_sector_order_matches_the_shipped_codebook():
    labels = sample_labels()
    assert [c for c, _ in DEFAULT_TYPES] == list(labels.codes("actor_type"))
    assert [k for _, k in DEFAULT_TYPES] == [
        labels.parent("actor_type", c) for c in labels.codes("actor_type")
    ]
    assert list(DEFAULT_SECTORS) == list(labels.codes("sector"))
    with_codebook = colour_table("type", [c for c, _ in DEFAULT_TYPES], codebook=labels)
    assert with_codebook == colour_table("type", [c for c, _ in DEFAULT_TYPES])


def test_colours_are_stable_when_the_filter_removes_values():
    G = sample_graph("organisation")
    full = _nodes(_elements(G, color_by="region")[1])
    H = G.subgraph([1, 2]).copy()  # Deventer and one Zwolle school gone
    part = _nodes(_elements(H, color_by="region", categories=["Deventer", "Kampen", "Zwolle"])[1])
    assert full["2"]["data"]["colour"] == part["2"]["data"]["colour"] == PALETTE[1]
    assert full["1"]["data"]["colour"] == part["1"]["data"]["colour"] == PALETTE[2]
    sectors = _nodes(_elements(G, color_by="sector")[1])
    assert sectors["1"]["data"]["colour"] == PALETTE[0]  # po
    assert sectors["2"]["data"]["colour"] == PALETTE[2]  # vo
    assert sectors["4"]["data"]["colour"] == MISSING_COLOUR  # board without sector


def test_unknown_type_gets_a_hashed_colour_that_never_changes():
    a = colour_table("type", ["made_up_type"])["made_up_type"]
    b = colour_table("type", ["school", "made_up_type"])["made_up_type"]
    assert a == b and a in PALETTE


def test_community_colours_and_overflow():
    G = nx.empty_graph(12)
    for v in G:
        G.nodes[v].update(kind="person", name=f"P{v}")
    metrics = pd.DataFrame({"community": list(range(1, 13))}, index=list(G))
    nodes = _nodes(_elements(G, metrics=metrics, color_by="community")[1])
    assert [nodes[str(v)]["data"]["colour"] for v in range(10)] == list(PALETTE)
    assert nodes["10"]["data"]["colour"] == nodes["11"]["data"]["colour"] == OTHER_COLOUR
    nodes = _nodes(_elements(G, metrics=None, color_by="community")[1])
    assert {e["data"]["colour"] for e in nodes.values()} == {MISSING_COLOUR}


def test_sizes_scale_with_the_metric_by_area():
    G = sample_graph()
    metrics = sample_metrics(G)
    nodes = _nodes(_elements(G, metrics=metrics, size_by="degree")[1])
    size = {n: nodes[str(n)]["data"]["size"] for n in G}
    assert size[13] == NODE_MAX_PX  # degree 3, the highest
    assert size[16] == NODE_MIN_PX  # degree 0
    expected = NODE_MIN_PX + math.sqrt(1 / 3) * (NODE_MAX_PX - NODE_MIN_PX)
    assert size[15] == pytest.approx(expected, abs=0.05)  # degree 1
    default = _nodes(_elements(G, metrics=metrics, size_by=None)[1])
    assert {e["data"]["size"] for e in default.values()} == {NODE_DEFAULT_PX}


def test_missing_and_constant_metric_values():
    G = nx.path_graph(3)
    metrics = pd.DataFrame({"x": [float("nan"), 2.0, 2.0]}, index=[0, 1, 2])
    nodes = _nodes(_elements(G, metrics=metrics, size_by="x")[1])
    assert nodes["0"]["data"]["size"] == NODE_MIN_PX
    assert nodes["1"]["data"]["size"] == (NODE_MIN_PX + NODE_MAX_PX) / 2
    unknown = _nodes(_elements(G, metrics=metrics, size_by="no_such_metric")[1])
    assert {e["data"]["size"] for e in unknown.values()} == {NODE_DEFAULT_PX}


def test_edge_width_from_weight_and_style_from_mode():
    G, els = _elements()
    edges = _edges(els)
    width = {e["data"]["id"]: e["data"]["width"] for e in edges.values()}
    weights = {f"e{u}-{v}": d["weight"] for u, v, d in G.edges(data=True)}
    heaviest = max(weights, key=weights.get)
    lightest = min(weights, key=weights.get)
    assert width[heaviest] == EDGE_MAX_PX and width[lightest] == EDGE_MIN_PX
    classes = {
        tuple(sorted((e["data"]["source"], e["data"]["target"]))): e["classes"]
        for e in edges.values()
    }
    assert classes[("11", "13")] == "mode-mixed"  # face-to-face and online ties
    assert classes[("12", "14")] == "mode-online"
    assert classes[("13", "14")] == "mode-hybrid"
    assert classes[("11", "12")] == "mode-unknown"
    assert classes[("13", "15")] == "mode-face_to_face"
    assert _style("edge.mode-online")["line-style"] == "dashed"
    assert _style("edge.mode-hybrid")["line-style"] == "dotted"
    assert _style("edge.mode-mixed")["line-style"] == "dotted"
    assert "line-style" not in _style("edge")  # solid is Cytoscape's default
    assert _style("edge")["curve-style"] == "haystack"


def test_equal_weights_give_the_default_width():
    G = nx.Graph([(1, 2, {"weight": 3.0}), (2, 3, {"weight": 3.0}), (3, 4, {})])
    edges = _edges(_elements(G, metrics=None)[1])
    assert [e["data"]["width"] for e in edges.values()][:2] == [(EDGE_MIN_PX + EDGE_MAX_PX) / 2] * 2
    assert edges["e3-4"]["data"]["width"] == EDGE_DEFAULT_PX


def test_arrows_only_in_the_directed_view():
    undirected = _edges(_elements()[1])
    assert not any("directed" in e["classes"] for e in undirected.values())
    directed_graph = sample_graph(directed=True)
    edges = _edges(_elements(directed_graph)[1])
    assert all(e["classes"].endswith(" directed") for e in edges.values())
    assert "e11>13" in edges and "e13>11" in edges  # both initiators
    assert len(edges) == directed_graph.number_of_edges()
    arrow = _style("edge.directed")
    assert arrow["target-arrow-shape"] == "triangle" and arrow["curve-style"] == "straight"


def test_internal_ties_are_no_edges_at_organisation_level():
    G = sample_graph("organisation")
    assert nx.number_of_selfloops(G) == 0
    # Anna and Bram both at S01: their tie counts inside S01, not as an edge
    assert max(n for _v, n in G.nodes(data="internal_ties")) > 0
    edges = _edges(_elements(G)[1])
    assert all(e["data"]["source"] != e["data"]["target"] for e in edges.values())
    assert len(edges) == G.number_of_edges() == element_count(G) - G.number_of_nodes()


def test_label_modes():
    G = nx.barabasi_albert_graph(100, 2, seed=1)
    nx.set_node_attributes(G, "person", "kind")
    m = pd.DataFrame({"degree": pd.Series(dict(G.degree()))})
    auto = _nodes(_elements(G, metrics=m, size_by="degree")[1])
    labelled = [n for n, e in auto.items() if "labelled" in e["classes"]]
    assert len(labelled) == 25
    top = sorted(G, key=lambda v: (-G.degree(v), str(v)))[:10]
    assert {str(v) for v in top} <= set(labelled)
    small = _nodes(_elements(metrics=None)[1])
    assert all("labelled" in e["classes"] for e in small.values())
    none = _nodes(_elements(labels="none")[1])
    assert not any("labelled" in e["classes"] for e in none.values())
    assert _style("node.labelled, node:selected")["label"] == "data(label)"
    assert _style("node")["label"] == ""


def test_bad_choices_are_refused():
    G = sample_graph()
    with pytest.raises(ValueError):
        build_elements(G, {}, None, color_by="shoe_size")
    with pytest.raises(ValueError):
        build_elements(G, {}, None, labels="sometimes")


def test_lean_stylesheet_has_no_shadows_or_curves():
    text = repr(stylesheet())
    assert "shadow" not in text and "bezier" not in text


def test_too_large_threshold_and_message():
    G = nx.empty_graph(MAX_ELEMENTS)
    assert not too_large(G)
    G.add_edge(0, 1)
    assert too_large(G)
    G.add_edge(2, 2)  # loops are not drawn and do not count
    assert element_count(G) == MAX_ELEMENTS + 1
    nl, en = too_large_message(G, "nl"), too_large_message(G, "en")
    assert f"{MAX_ELEMENTS} actoren, 1 banden" in nl and "organisatieniveau" in nl
    assert f"{MAX_ELEMENTS} actors, 1 ties" in en and "organisation level" in en


def test_elements_cache_builds_once_per_key():
    cache = ElementsCache()
    G = sample_graph()
    calls = []

    def build():
        calls.append(1)
        return build_elements(G, layout_positions(G), None)

    key = ElementsKey("r1", "", "person", "force", 0, "type", None)
    first = cache.get_or_build(key, build)
    assert cache.get_or_build(key, build) is first
    cache.get_or_build(ElementsKey("r1", "", "person", "force", 0, "community", None), build)
    assert len(calls) == 2 and (cache.hits, cache.misses) == (1, 2)


def test_mode_class():
    assert mode_class(()) == "mode-unknown"
    assert mode_class(None) == "mode-unknown"
    assert mode_class(("online",)) == "mode-online"
    assert mode_class(("online", "online")) == "mode-online"
    assert mode_class(("hybrid", "online")) == "mode-mixed"


def _sized(n_nodes: int, n_edges: int) -> nx.Graph:
    G = nx.empty_graph(n_nodes)
    G.add_edges_from((i, i + 1) for i in range(n_edges))
    return G


def test_start_decision_draws_what_fits():
    graphs = {"person": sample_graph(), "organisation": sample_graph("organisation")}
    decision = start_decision("person", graphs.__getitem__)
    assert decision == StartDecision("person", True, None)


def test_start_decision_falls_back_to_organisation_level_and_says_so():
    asked = []
    graphs = {"person": _sized(MAX_ELEMENTS, 5), "organisation": _sized(300, 900)}

    def graph_at(level):
        asked.append(level)
        return graphs[level]

    decision = start_decision("person", graph_at, "en")
    assert (decision.level, decision.draw) == ("organisation", True)
    assert decision.message == too_large_message(graphs["person"], "en")
    assert f"{MAX_ELEMENTS} actors, 5 ties" in decision.message
    assert asked == ["person", "organisation"]


def test_start_decision_asks_to_narrow_when_even_organisations_do_not_fit():
    big = _sized(MAX_ELEMENTS, 1)
    decision = start_decision("mixed", {"mixed": big, "organisation": big}.__getitem__, "nl")
    assert (decision.level, decision.draw) == ("mixed", False)
    assert "ook op organisatieniveau" in decision.message
    org = start_decision("organisation", {"organisation": big}.__getitem__, "en")
    assert not org.draw and "even at organisation level" in org.message


def test_two_mode_edges_are_memberships():
    B = two_mode_graph(sample_records())
    edges = _edges(_elements(B, metrics=None)[1])
    assert len(edges) == 2
    assert {e["classes"] for e in edges.values()} == {"membership"}
    nodes = _nodes(_elements(B, metrics=None)[1])
    assert nodes["21"]["classes"].split()[0] == "group"
    assert _style("node.group")["shape"] == "hexagon"
