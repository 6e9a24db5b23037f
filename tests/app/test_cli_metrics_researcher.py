"""The researcher's path, end to end as a shell user runs it (issue 4, "CLI").

A plain ``source,target`` edge list -> ``collabnet db upgrade`` -> ``collabnet import``
-> ``collabnet metrics --out m.csv``, then the betweenness column is compared with
python-igraph on the same edge list, matched by id.

The oracle and its normalisation (cited):
- python-igraph ``Graph.betweenness()`` returns raw Brandes counts, each unordered pair
  counted once on an undirected graph (igraph reference manual,
  ``igraph_betweenness``: "the number of geodesics going through the vertex";
  Brandes, U. (2001). J. Math. Sociol. 25(2), 163-177).
- networkx ``betweenness_centrality(normalized=True)`` (the default) divides by
  ``(n-1)(n-2)/2`` on undirected graphs (networkx docs, "normalized: ... normalized by
  2/((n-1)(n-2)) for graphs"), so the expected value is ``raw * 2/((n-1)(n-2))``.
- Zachary, W. W. (1977). An information flow model for conflict and fission in small
  groups. J. Anthropol. Res. 33(4), 452-473 (the karate club, as shipped by networkx).
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import igraph as ig
import networkx as nx
import pytest
from sqlalchemy import select

from db.engine import make_engine
from db.models import Actor

COLLABNET = Path(sys.executable).parent / "collabnet"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COLLABNET_")}
    return subprocess.run(
        [str(COLLABNET), *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=300
    )


def karate() -> nx.Graph:
    G = nx.karate_club_graph()
    return nx.relabel_nodes(G, {v: f"k{v + 1:02d}" for v in G})


def holme_kim() -> nx.Graph:
    G = nx.powerlaw_cluster_graph(300, 4, 0.5, seed=20241)
    return nx.relabel_nodes(G, {v: f"hk{v:03d}" for v in G})


def igraph_betweenness(edges: list[tuple[str, str]]) -> dict[str, float]:
    """igraph's raw betweenness on the same edge list, normalised the networkx way."""
    g = ig.Graph.TupleList(edges, directed=False)
    n = g.vcount()
    scale = 2.0 / ((n - 1) * (n - 2))
    return {name: raw * scale for name, raw in zip(g.vs["name"], g.betweenness(), strict=True)}


@pytest.mark.parametrize("make", [karate, holme_kim], ids=["zachary_karate", "holme_kim_300"])
def test_edge_list_to_metrics_matches_igraph(make, tmp_path: Path) -> None:
    G = make()
    edges = [(str(u), str(v)) for u, v in G.edges()]
    edge_file = tmp_path / "edges.csv"
    with edge_file.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "target"])
        writer.writerows(edges)
    url = f"sqlite:///{tmp_path / 'research.db'}"

    upgraded = run("db", "upgrade", "--database-url", url, cwd=tmp_path)
    assert upgraded.returncode == 0, upgraded.stderr
    imported = run("import", str(edge_file), "--database-url", url, cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    out = tmp_path / "m.csv"
    result = run(
        "metrics", "--out", str(out), "--language", "en", "--database-url", url, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr

    # edge-list actors became persons of type external_expert, id and name = the text
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            actors = conn.execute(select(Actor.key, Actor.name, Actor.kind, Actor.type)).all()
    finally:
        engine.dispose()
    assert {a.key for a in actors} == set(G.nodes)
    assert {(a.kind, a.type) for a in actors} == {("person", "external_expert")}
    assert all(a.key == a.name for a in actors)

    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == G.number_of_nodes()
    expected = igraph_betweenness(edges)
    got = {row["id"]: float(row["betweenness"]) for row in rows}
    assert set(got) == set(expected)
    for node, value in expected.items():
        assert got[node] == pytest.approx(value, abs=1e-9), node
    # degree too, straight from the edge list
    assert {row["id"]: int(row["degree"]) for row in rows} == dict(G.degree())
    assert all(row["name"] == row["id"] for row in rows)

    # the terminal shows the network's figures with their explanations
    assert "All collaborations." in result.stdout
    assert re.search(rf"^nodes\s+{G.number_of_nodes()}\s", result.stdout, re.MULTILINE)
    assert re.search(rf"^ties\s+{G.number_of_edges()}\s", result.stdout, re.MULTILINE)
    assert "The number of actors in the network." in result.stdout
    provenance = json.loads((tmp_path / "m.csv.provenance.json").read_text(encoding="utf-8"))
    assert provenance["level"] == "person" and provenance["directed"] is False
