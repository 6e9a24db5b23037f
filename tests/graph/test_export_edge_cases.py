"""Less common inputs: multigraphs, numpy values, tuple node ids, metrics by index, size."""

from __future__ import annotations

import time

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from graph.export import export_graph, prepare
from graph.pseudonyms import person_pseudonym
from tests.graph.test_export_samples import SECRET, provenance


def test_multigraph_keeps_every_tie(tmp_path):
    G = nx.MultiGraph()
    G.add_node(1, name="Pabo Noord", kind="organisation")
    G.add_node(2, name="OBS De Linde", kind="organisation")
    G.add_edge(1, 2, weight=1.0, themes=("reading",))
    G.add_edge(1, 2, weight=3.0, themes=("ict",))
    export_graph(G, tmp_path / "m.graphml", "graphml", provenance())
    H = nx.read_graphml(tmp_path / "m.graphml")
    assert H.is_multigraph() and H.number_of_edges() == 2
    assert sorted(d["themes"] for _u, _v, d in H.edges(data=True)) == ["ict", "reading"]
    export_graph(G, tmp_path / "m.csv", "csv", provenance())
    edges = pd.read_csv(tmp_path / "m.edges.csv")
    assert list(edges["weight"]) == [1.0, 3.0]
    export_graph(G, tmp_path / "m.net", "pajek", provenance())
    assert nx.read_pajek(tmp_path / "m.net").number_of_edges() == 2


def test_numpy_values_nan_and_mixed_types_are_cleaned(tmp_path):
    G = nx.Graph()
    G.add_node(1, score=np.float64(0.5), rank=np.int64(2), hub=np.bool_(True), tag="a")
    G.add_node(2, score=np.float64("nan"), rank=3.5, hub=False, tag=7)
    G.add_edge(1, 2, weight=np.float32(2.0))
    path = tmp_path / "n.graphml"
    export_graph(G, path, "graphml", provenance())
    H = nx.read_graphml(path)
    assert H.nodes["1"] == {"score": 0.5, "rank": 2.0, "hub": True, "tag": "a"}
    assert H.nodes["2"] == {"rank": 3.5, "hub": False, "tag": "7"}
    assert type(H.nodes["1"]["rank"]) is float and type(H.nodes["1"]["hub"]) is bool
    assert H.edges["1", "2"]["weight"] == 2.0
    export_graph(G, tmp_path / "n.gexf", "gexf", provenance())
    assert nx.read_gexf(tmp_path / "n.gexf").nodes["2"]["tag"] == "7"


def test_tuple_node_ids_become_joined_strings(tmp_path):
    G = nx.Graph([(("organisation", 1), ("group", 9))])
    export_graph(G, tmp_path / "t.graphml", "graphml", provenance())
    assert set(nx.read_graphml(tmp_path / "t.graphml").nodes) == {"organisation|1", "group|9"}


def test_metrics_indexed_by_node_id():
    G = nx.Graph([(1, 2)])
    metrics = pd.DataFrame({"degree": [1, 1], "pagerank": [0.5, 0.5]}, index=[1, 2])
    prepared = prepare(G, provenance(), metrics=metrics)
    assert dict(prepared.nodes) == {
        1: {"degree": 1, "pagerank": 0.5},
        2: {"degree": 1, "pagerank": 0.5},
    }
    assert prepared.metric_columns == ["degree", "pagerank"]


def test_key_inside_a_timestamp_is_no_leak(tmp_path):
    G = nx.Graph()
    G.add_node(11, key="T11", name="Tess Bakker", kind="person")
    G.add_node(12, key="T12", name="Ravi Doorn", kind="person")
    G.add_edge(11, 12)
    prov = provenance()
    written = export_graph(G, tmp_path / "k.net", "pajek", prov, pseudonymise=True, secret=SECRET)
    assert "T11:00:00Z" in written[0].read_text(encoding="utf-8")
    assert set(nx.read_pajek(written[0]).nodes) == {
        person_pseudonym(SECRET, 11),
        person_pseudonym(SECRET, 12),
    }


@pytest.mark.parametrize("fmt,name", [("graphml", "b.graphml"), ("csv", "b.csv")])
def test_two_thousand_persons_export_quickly(tmp_path, fmt, name):
    G = nx.powerlaw_cluster_graph(2000, 4, 0.5, seed=7)
    for n in G:
        G.nodes[n].update(
            name=f"Persoon {n:04d}", key=f"P{n:04d}", kind="person", degree=G.degree(n)
        )
    started = time.perf_counter()
    export_graph(G, tmp_path / name, fmt, provenance(), pseudonymise=True, secret=SECRET)
    assert time.perf_counter() - started < 10.0
