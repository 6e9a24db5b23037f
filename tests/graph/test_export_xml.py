"""GraphML and GEXF round trips through networkx's own readers, and their provenance."""

from __future__ import annotations

import networkx as nx
import pytest

from graph.export import export_graph, read_provenance
from graph.provenance import Provenance
from tests.graph.test_export_samples import (
    EXPECTED_EDGES,
    EXPECTED_NODES,
    provenance,
    sample,
    typed,
)


def _edge_key(H: nx.Graph, u: str, v: str) -> tuple[str, ...]:
    return (u, v) if H.is_directed() else tuple(sorted((u, v)))


def _edges(H: nx.Graph, drop: tuple[str, ...] = ()) -> dict:
    return {
        _edge_key(H, u, v): typed({k: x for k, x in d.items() if k not in drop})
        for u, v, d in H.edges(data=True)
    }


def _expected_edges(directed: bool) -> dict:
    out = {}
    for (u, v), data in EXPECTED_EDGES.items():
        key = (u, v) if directed else tuple(sorted((u, v)))
        out[key] = typed(data)
    return out


def _expected_graph(directed: bool) -> nx.Graph:
    H = nx.DiGraph() if directed else nx.Graph()
    H.add_nodes_from(EXPECTED_NODES.items())
    H.add_edges_from((u, v, d) for (u, v), d in EXPECTED_EDGES.items())
    return H


@pytest.mark.parametrize("directed", [False, True])
def test_graphml_round_trip_same_attributes(tmp_path, directed):
    path = tmp_path / "net.graphml"
    written = export_graph(sample(directed), path, "graphml", provenance(directed))
    assert written == [path]
    H = nx.read_graphml(path)
    assert H.is_directed() is directed
    assert nx.is_isomorphic(
        H, _expected_graph(directed), node_match=dict.__eq__, edge_match=dict.__eq__
    )
    assert {n: typed(d) for n, d in H.nodes(data=True)} == {
        n: typed(d) for n, d in EXPECTED_NODES.items()
    }
    assert _edges(H) == _expected_edges(directed)


@pytest.mark.parametrize("directed", [False, True])
def test_gexf_round_trip_same_attributes(tmp_path, directed):
    path = tmp_path / "net.gexf"
    export_graph(sample(directed), path, "gexf", provenance(directed))
    H = nx.read_gexf(path)
    assert H.is_directed() is directed
    # GEXF adds a label per node (the name) and an id per edge; everything else is ours
    labels = {n: d.pop("label") for n, d in H.nodes(data=True)}
    assert labels == {n: d["name"] for n, d in EXPECTED_NODES.items()}
    assert {n: typed(d) for n, d in H.nodes(data=True)} == {
        n: typed(d) for n, d in EXPECTED_NODES.items()
    }
    assert _edges(H, drop=("id",)) == _expected_edges(directed)
    assert nx.is_isomorphic(H, _expected_graph(directed))


@pytest.mark.parametrize("fmt,suffix", [("graphml", "graphml"), ("gexf", "gexf")])
@pytest.mark.parametrize("directed", [False, True])
def test_empty_graph_round_trips(tmp_path, fmt, suffix, directed):
    G = nx.DiGraph() if directed else nx.Graph()
    path = tmp_path / f"empty.{suffix}"
    export_graph(G, path, fmt, provenance(directed))
    H = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert H.number_of_nodes() == 0 and H.number_of_edges() == 0
    assert H.is_directed() is directed
    assert read_provenance(path).directed is directed


@pytest.mark.parametrize("fmt,suffix", [("graphml", "graphml"), ("gexf", "gexf")])
def test_one_node_round_trips(tmp_path, fmt, suffix):
    G = nx.Graph()
    G.add_node("org-7", name="Lectoraat Ĳsselland", kind="organisation", size=None, degree=0)
    path = tmp_path / f"one.{suffix}"
    export_graph(G, path, fmt, provenance())
    H = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    data = dict(H.nodes["org-7"])
    data.pop("label", None)
    assert list(H.nodes) == ["org-7"]
    assert typed(data) == typed(
        {"name": "Lectoraat Ĳsselland", "kind": "organisation", "degree": 0}
    )


@pytest.mark.parametrize("fmt,suffix", [("graphml", "graphml"), ("gexf", "gexf")])
def test_provenance_is_in_the_file(tmp_path, fmt, suffix):
    path = tmp_path / f"p.{suffix}"
    expected = provenance(directed=True)
    export_graph(sample(True), path, fmt, expected)
    assert read_provenance(path) == expected
    text = path.read_text(encoding="utf-8")
    assert "schooljaar 2024-2025" in text and "rev-17" in text and "2024-08-01/2025-07-31" in text


def test_graphml_provenance_is_a_graph_attribute(tmp_path):
    path = tmp_path / "p.graphml"
    export_graph(sample(False), path, "graphml", provenance())
    graph = nx.read_graphml(path).graph
    assert graph["provenance_level"] == "mixed"
    assert graph["provenance_directed"] is False
    assert graph["provenance_pseudonymised"] is False
    assert graph["provenance_exported_at"] == "2026-11-23T11:00:00Z"
    assert graph["provenance_collabnet_version"] == "0.1.0"
    assert graph["note"] == "built for tests"
    assert "provenance_as_of" not in graph  # None is omitted


def test_gexf_meta_names_collabnet(tmp_path):
    path = tmp_path / "p.gexf"
    export_graph(sample(False), path, "gexf", provenance())
    text = path.read_text(encoding="utf-8")
    assert "<creator>collabnet 0.1.0 (NetworkX)</creator>" in text
    assert read_provenance(path).filter_query == "ego=3&radius=1&year=2024"


def test_default_provenance_has_version_and_utc_time():
    p = Provenance()
    assert p.collabnet_version and p.collabnet_version != ""
    assert p.exported_at.endswith("Z") and p.exported_at[4] == "-"


def test_unknown_format_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="unknown export format 'dot'"):
        export_graph(nx.Graph(), tmp_path / "x.dot", "dot", provenance())
