"""Seeded partnership-like test graphs (Holme-Kim), shared by tests and the benchmark.

Why Holme-Kim: ``powerlaw_cluster_graph(n, 4, 0.5)`` has the heavy-tailed degrees and
high clustering of real partnership networks (hubs such as school boards, tight
clusters of schools), mean degree about 8. Weights are uniform integers 1-5 (the
frequency scale). Directed variants orient each tie at random, a quarter both ways.
"""

from __future__ import annotations

import random

import networkx as nx

SECTORS = ("po", "vo", "mbo", "hbo", "wo")
REGIONS = ("noord", "oost", "zuid", "west", "vlaanderen")


def holme_kim(
    n: int,
    seed: int = 0,
    *,
    directed: bool = False,
    disconnected: bool = False,
    m: int = 4,
    p: float = 0.5,
) -> nx.Graph | nx.DiGraph:
    """A seeded Holme-Kim graph with weights 1-5, ``sector``/``region``/``organisation_ids``.

    ``disconnected`` adds a second, smaller Holme-Kim piece and three isolated actors.

    >>> G = holme_kim(50, seed=1)
    >>> G.number_of_nodes(), sorted({d["weight"] for *_, d in G.edges(data=True)})
    (50, [1, 2, 3, 4, 5])
    """
    rng = random.Random(seed)
    U = nx.powerlaw_cluster_graph(n, m, p, seed=seed)
    if disconnected:
        other = nx.powerlaw_cluster_graph(max(n // 3, m + 2), min(m, 2), p, seed=seed + 1)
        U = nx.disjoint_union(U, other)
        top = max(U) + 1
        U.add_nodes_from(range(top, top + 3))
    G: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    for v in U:
        G.add_node(
            v,
            sector=rng.choice(SECTORS),
            region=rng.choice(REGIONS),
            organisation_ids=(rng.randrange(max(n // 10, 1)),),
            kind="person",
        )
    for u, v in U.edges():
        w = rng.randint(1, 5)
        if not directed:
            G.add_edge(u, v, weight=w)
            continue
        r = rng.random()
        if r < 0.25:
            G.add_edge(u, v, weight=w)
            G.add_edge(v, u, weight=rng.randint(1, 5))
        elif r < 0.625:
            G.add_edge(u, v, weight=w)
        else:
            G.add_edge(v, u, weight=w)
    return G
