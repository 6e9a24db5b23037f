"""Node and edge details panels: attributes, ranks, explanations, ties and stories."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest

from app.presenters.explorer_details import (
    DetailsIndex,
    edge_details,
    edge_tie,
    explain_metric,
    metric_name,
    metric_rows,
    node_details,
    parse_edge_id,
    resolve_node,
)
from app.viewer import LOCAL_USER
from tests.app.test_explorer_sample import sample_graph, sample_metrics, sample_records


@pytest.fixture(scope="module")
def index() -> DetailsIndex:
    return DetailsIndex.from_records(sample_records())


def test_person_panel_has_attributes_themes_ties_and_stories(index):
    G = sample_graph()
    d = node_details("11", G, index, sample_metrics(G), language="nl", viewer=LOCAL_USER)
    assert d["id"] == 11 and d["key"] == "P01" and d["name"] == "Anna Voorbeeld"
    assert d["kind"] == {"code": "person", "label": "persoon"}
    assert d["type"] == {"code": "teacher", "label": "leraar"}
    assert d["organisations"] == [{"id": 1, "name": "Basisschool De Verzonnen Eik"}]
    assert d["expertise"] == [
        {
            "code": "reading_language",
            "label": "lezen en taal",
            "level": "expert",
            "description": None,
        }
    ]
    assert [t["code"] for t in d["learning_needs"]] == ["ict"]
    # ties sorted by weight: Cora (monthly + yearly) before Bram (once)
    assert [t["other_name"] for t in d["ties"]] == ["Cora Bedacht", "Bram Testman"]
    cora = d["ties"][0]
    assert cora["tie_ids"] == [101, 105] and cora["count"] == 2
    assert cora["frequency"] == {"code": "monthly", "label": "maandelijks"}
    assert [m["code"] for m in cora["modes"]] == ["face_to_face", "online"]
    assert [s["title"] for s in d["stories"]] == ["Leesaanpak"]
    assert d["stories"][0]["outcome_kind"] == "praktijkverandering"
    assert d["stories"][0]["told_on"] == "2024-03-01"


def test_labels_switch_to_english(index):
    G = sample_graph()
    d = node_details(11, G, index, sample_metrics(G), language="en")
    assert d["type"]["label"] == "teacher"
    assert d["ties"][0]["frequency"]["label"] == "monthly"
    assert d["stories"][0]["level"] == "teachers"


def test_metrics_have_value_rank_and_explanation(index):
    G = sample_graph()
    m = sample_metrics(G)
    rows = {r["metric"]: r for r in node_details(13, G, index, m)["metrics"]}
    # Cora: degree 3 is the highest of six persons
    assert rows["degree"]["value"] == 3 and rows["degree"]["rank"] == 1
    assert rows["degree"]["of"] == 6
    assert rows["degree"]["name"] == "aantal partners"
    assert rows["degree"]["explanation"] == explain_metric("degree", "nl")
    assert rows["degree"]["explanation"]
    expected_rank = int((m["betweenness"] > m.loc[13, "betweenness"]).sum()) + 1
    assert rows["betweenness"]["rank"] == expected_rank == 1
    assert rows["community"]["rank"] is None
    assert rows["community"]["value"] == int(m.loc[13, "community"])


def test_tied_values_share_the_best_rank():
    m = pd.DataFrame({"degree": [3, 1, 3, float("nan")]}, index=[1, 2, 3, 4])
    rows = {n: metric_rows(n, m, "en", None)[0] for n in m.index}
    assert [rows[n]["rank"] for n in (1, 2, 3)] == [1, 3, 1]
    assert rows[4]["value"] is None and rows[4]["rank"] is None
    assert rows[1]["of"] == 3


def test_explanations_prefer_the_given_explainer_and_fall_back():
    def mine(metric, language):
        if metric == "degree":
            return f"{language}: eigen uitleg"
        raise KeyError(metric)

    assert explain_metric("degree", "nl", mine) == "nl: eigen uitleg"
    text = explain_metric("betweenness", "en", mine)
    assert text and "shortest" in text  # library or fallback, never empty
    assert explain_metric("no_such_metric", "en", mine) == ""
    assert metric_name("no_such_metric") == "no such metric"
    assert metric_name("betweenness", "en") == "broker role"


def test_every_known_metric_has_an_explanation_in_both_languages():
    for metric in ("degree", "strength", "betweenness", "closeness", "eigenvector"):
        for language in ("nl", "en"):
            assert explain_metric(metric, language)
    assert explain_metric("degree", "nl") != explain_metric("degree", "en")


def test_organisation_panel_and_group_stories(index):
    G = sample_graph("mixed")
    school = node_details(1, G, index, None, language="en")
    assert school["sector"] == {"code": "po", "label": "primary education"}
    assert school["region"] == "Zwolle" and school["organisations"] == []
    assert school["metrics"] == []
    groups = sample_graph("person").copy()
    groups.add_node(21, kind="group", type="plg", name="PLG Lezen")
    plg = node_details(21, groups, index, None)
    assert [s["text"] for s in plg["stories"]] == ["De PLG deelde materialen."]


def test_directed_view_tells_the_direction(index):
    G = sample_graph(directed=True)
    d = node_details(13, G, index, None)
    directions = {(t["other_id"], t["direction"]) for t in d["ties"]}
    assert (14, "out") in directions and (11, "in") in directions and (11, "out") in directions


@pytest.mark.parametrize(
    "forged", [None, True, "", "999", "abc", "1" * 100, 3.5, ["11"], {"id": 11}, -11]
)
def test_forged_ids_give_none(index, forged):
    G = sample_graph()
    assert node_details(forged, G, index, None) is None
    assert edge_details(forged, 13, G, index) is None


def test_resolve_node_accepts_cytoscape_strings():
    G = nx.Graph()
    G.add_nodes_from([5, "x7"])
    assert resolve_node(G, "5") == 5 and resolve_node(G, 5) == 5
    assert resolve_node(G, "x7") == "x7" and resolve_node(G, "7") is None


def test_edge_panel_lists_every_tie_with_attributes(index):
    G = sample_graph()
    d = edge_details("13", "11", G, index, language="en")
    assert d["source"] == {"id": 13, "name": "Cora Bedacht"}
    assert d["weight"] == G.edges[11, 13]["weight"] and d["count"] == 2
    assert [t["id"] for t in d["ties"]] == [101, 105]
    first = d["ties"][0]
    assert first["voluntariness"] == {"code": "voluntary", "label": "voluntary"}
    assert first["source_role"] == {"code": "initiator", "label": "initiator"}
    assert first["start"] == "2023-09-01" and first["end"] is None
    assert first["themes"] == [{"code": "reading_language", "label": "reading and language"}]
    assert [s["id"] for s in first["stories"]] == [501]
    assert d["ties"][1]["mode"]["code"] == "online"
    assert edge_details(11, 16, G, index) is None  # no such tie


def test_parse_edge_id_round_trips_element_ids():
    assert parse_edge_id("e11-13") == ("11", "13")
    assert parse_edge_id("e13>11") == ("13", "11")
    for bad in ("", "x11-13", "e-13", "e11-", None, 7, "e" + "1" * 100):
        assert parse_edge_id(bad) is None


def test_each_tie_of_an_edge_names_who_collaborates(index):
    """The heading that keeps an edge's ties apart in the panel."""
    d = edge_details("13", "11", sample_graph(), index, language="en")
    for tie in d["ties"]:
        record = index.ties[tie["id"]]
        assert tie["ends"] == [index.actors[record.source].name, index.actors[record.target].name]


def test_an_opened_tie_of_an_edge_with_forged_ids_refused(index):
    """The edge panel draws a tie's table when it is opened, by ids from the browser:
    only a tie the clicked edge of the current view carries is given."""
    G = sample_graph()
    tie = edge_tie("13", "11", 105, G, index, language="en", viewer=LOCAL_USER)
    whole = edge_details("13", "11", G, index, language="en")
    assert tie == whole["ties"][1] and tie["mode"]["code"] == "online"
    elsewhere = next(i for i in index.ties if i not in G.edges[11, 13]["tie_ids"])
    for source, target, tie_id in (
        ("13", "11", elsewhere), ("13", "11", 10**15), ("13", "11", True), ("13", "11", "105"),
        ("13", "11", None), ("13", "11", 105.0), ("11", "16", 105), ("abc", "11", 105),
        (None, "11", 101), ("13", ["11"], 101),
    ):  # fmt: skip
        assert edge_tie(source, target, tie_id, G, index) is None, (source, target, tie_id)
    # a tie of an edge that the current view does not draw (filtered out) is refused too
    H = G.copy()
    H.remove_edge(11, 13)
    assert edge_tie("13", "11", 101, H, index) is None
