"""Pajek .net: numbered vertices with quoted labels, *Arcs/*Edges with weights, provenance."""

from __future__ import annotations

import networkx as nx
import pytest

from graph.export import export_graph, read_provenance
from tests.graph.test_export_samples import PERSON_NAME, provenance, sample


@pytest.mark.parametrize("directed", [False, True])
def test_pajek_reads_back_with_networkx(tmp_path, directed):
    path = tmp_path / "net.net"
    assert export_graph(sample(directed), path, "pajek", provenance(directed)) == [path]
    H = nx.read_pajek(path)
    assert H.is_directed() is directed
    assert set(H.nodes) == {"Basisschool De Zonnewijzer", "Café Ĳssel", PERSON_NAME}
    weights = {(u, v): d["weight"] for u, v, d in H.edges(data=True)}
    expected = {
        ("Basisschool De Zonnewijzer", "Café Ĳssel"): 2.5,
        (PERSON_NAME, "Basisschool De Zonnewijzer"): 1.0,
    }
    if not directed:
        weights = {tuple(sorted(k)): w for k, w in weights.items()}
        expected = {tuple(sorted(k)): w for k, w in expected.items()}
    assert weights == expected
    assert {H.nodes[n]["id"] for n in H} == {"1", "2", "3"}


@pytest.mark.parametrize("directed,section", [(False, "*Edges"), (True, "*Arcs")])
def test_pajek_layout(tmp_path, directed, section):
    path = tmp_path / "net.net"
    export_graph(sample(directed), path, "pajek", provenance(directed))
    lines = path.read_text(encoding="utf-8").splitlines()
    body = lines[lines.index("*Vertices 3") :]
    assert body == [
        "*Vertices 3",
        '1 "Basisschool De Zonnewijzer"',
        '2 "Café Ĳssel"',
        f'3 "{PERSON_NAME}"',
        section,
        "1 2 2.5",
        "3 1 1.0" if directed else "1 3 1.0",
    ]


def test_pajek_provenance_header(tmp_path):
    path = tmp_path / "net.net"
    expected = provenance(True)
    export_graph(sample(True), path, "pajek", expected)
    head = path.read_text(encoding="utf-8").splitlines()[:3]
    assert head[0] == "% collabnet network export"
    assert head[1].startswith('% filter_sentence: "Ego-netwerk van')
    assert read_provenance(path) == expected


def test_pajek_duplicate_and_quoted_labels_stay_distinct(tmp_path):
    G = nx.Graph()
    G.add_node(1, name='School "De Regenboog"')
    G.add_node(2, name="Jan Smit")
    G.add_node(3, name="Jan Smit")
    G.add_node(4)  # no name: the id is the label
    G.add_edges_from([(1, 2), (2, 3), (3, 4)])
    path = tmp_path / "dup.net"
    export_graph(G, path, "pajek", provenance())
    H = nx.read_pajek(path)
    assert set(H.nodes) == {"School 'De Regenboog'", "Jan Smit [2]", "Jan Smit [3]", "4"}
    assert H.number_of_edges() == 3
    assert all(d["weight"] == 1.0 for _u, _v, d in H.edges(data=True))


@pytest.mark.parametrize("directed", [False, True])
def test_pajek_empty_and_single_node(tmp_path, directed):
    G = nx.DiGraph() if directed else nx.Graph()
    empty = tmp_path / "empty.net"
    export_graph(G, empty, "pajek", provenance(directed))
    assert nx.read_pajek(empty).number_of_nodes() == 0
    G.add_node(5, name="Pabo Noord")
    one = tmp_path / "one.net"
    export_graph(G, one, "pajek", provenance(directed))
    H = nx.read_pajek(one)
    assert list(H.nodes) == ["Pabo Noord"] and H.number_of_edges() == 0
