"""Change between two school years: tie turnover and actors whose position moved.

Why by actor pair and not by tie id: a board asks "do these two still work
together?", not "is record 812 still open?". Two years are compared on the graphs
built from each year's slice (graph.timeslice), so the level (person, organisation)
and the folding rules are the same as everywhere else.

Degree and betweenness here are plain networkx (betweenness normalised, unweighted);
graph.metrics may later supply faster equal values.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from graph.build import Level, build_graph
from graph.counts import is_tie
from graph.records import NetworkRecords
from graph.timeslice import parse_school_year, records_active
from graph.weights import WeightScheme

Pair = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Turnover:
    """Actor pairs that collaborate in ``year_b`` but not ``year_a`` (started), the
    reverse (ended), and in both (persisting). Only ties count (graph.counts): a
    mixed-level affiliation is no collaboration, a self-loop no pair."""

    year_a: str
    year_b: str
    started: tuple[Pair, ...]
    ended: tuple[Pair, ...]
    persisting: tuple[Pair, ...]

    @property
    def persistence_rate(self) -> float | None:
        """Share of year-a pairs still collaborating in year b; None if year a had none."""
        before = len(self.ended) + len(self.persisting)
        return None if before == 0 else len(self.persisting) / before

    def counts(self) -> dict[str, int]:
        return {
            "started": len(self.started),
            "ended": len(self.ended),
            "persisting": len(self.persisting),
        }


@dataclass(frozen=True, slots=True)
class PositionChange:
    """One actor's degree and betweenness (with ranks, 1 = most central) in two years."""

    actor_id: int
    name: str
    degree_a: int
    degree_b: int
    betweenness_a: float
    betweenness_b: float
    degree_rank_a: int
    degree_rank_b: int
    betweenness_rank_a: int
    betweenness_rank_b: int

    @property
    def rank_change(self) -> int:
        """Sum of absolute rank moves on degree and on betweenness."""
        return abs(self.degree_rank_b - self.degree_rank_a) + abs(
            self.betweenness_rank_b - self.betweenness_rank_a
        )


def year_graph(
    records: NetworkRecords,
    year: str,
    *,
    level: Level = "person",
    weighting: WeightScheme | None = None,
) -> nx.Graph:
    """The undirected graph of the ties active in school year ``year``."""
    return build_graph(
        records_active(records, *parse_school_year(year)), level=level, weighting=weighting
    )


def _pairs(G: nx.Graph) -> set[Pair]:
    """Pairs that collaborate: ties as graph.counts defines them (no affiliations)."""
    return {(min(u, v), max(u, v)) for u, v, d in G.edges(data=True) if is_tie(u, v, d)}


def turnover(
    records: NetworkRecords, year_a: str, year_b: str, *, level: Level = "person"
) -> Turnover:
    """Ties started, ended and persisting between two school years, by actor pair."""
    a = _pairs(year_graph(records, year_a, level=level))
    b = _pairs(year_graph(records, year_b, level=level))
    return Turnover(
        year_a, year_b, tuple(sorted(b - a)), tuple(sorted(a - b)), tuple(sorted(a & b))
    )


def _ranks(values: dict[int, float]) -> dict[int, int]:
    """Competition ranks, highest first: 5, 3, 3, 1 -> 1, 2, 2, 4."""
    ordered = sorted(values.values(), reverse=True)
    first = {}
    for i, v in enumerate(ordered):
        first.setdefault(v, i + 1)
    return {k: first[v] for k, v in values.items()}


def position_changes(
    records: NetworkRecords,
    year_a: str,
    year_b: str,
    *,
    level: Level = "person",
    top: int | None = 10,
) -> list[PositionChange]:
    """Actors whose degree or betweenness rank changed most between two years.

    Every actor of the level present in either year's graph is ranked in both (an
    absent actor has degree 0 and betweenness 0). Sorted by ``rank_change``
    descending, then actor id; ``top`` limits the list (None: all).
    """
    Ga = year_graph(records, year_a, level=level)
    Gb = year_graph(records, year_b, level=level)
    nodes = sorted(set(Ga) | set(Gb))
    deg_a = {n: _degree(Ga, n) for n in nodes}
    deg_b = {n: _degree(Gb, n) for n in nodes}
    bet_a = _betweenness(Ga, nodes)
    bet_b = _betweenness(Gb, nodes)
    rda, rdb, rba, rbb = _ranks(deg_a), _ranks(deg_b), _ranks(bet_a), _ranks(bet_b)
    names = {a.id: a.name for a in records.actors}
    changes = [
        PositionChange(
            n,
            names.get(n, str(n)),
            deg_a[n],
            deg_b[n],
            bet_a[n],
            bet_b[n],
            rda[n],
            rdb[n],
            rba[n],
            rbb[n],
        )
        for n in nodes
    ]
    changes.sort(key=lambda c: (-c.rank_change, c.actor_id))
    return changes if top is None else changes[:top]


def _degree(G: nx.Graph, n: int) -> int:
    """Number of distinct partners (self-loops do not count)."""
    if n not in G:
        return 0
    return sum(1 for m in G[n] if m != n)


def _betweenness(G: nx.Graph, nodes: list[int]) -> dict[int, float]:
    simple = nx.Graph(G)
    simple.remove_edges_from(list(nx.selfloop_edges(simple)))
    values = nx.betweenness_centrality(simple) if len(simple) else {}
    return {n: values.get(n, 0.0) for n in nodes}
