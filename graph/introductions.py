"""Warm introductions: the chain of people who know each other, from asker to expert.

The introduction network joins every non-group actor through three relations:
collaboration ties, "works at" (person - organisation) and "member of" (actor - group).
Each hop has a cost, and the path with the lowest total cost wins, so a chain of
strong voluntary ties beats a single weak imposed one:

    tie cost        = 1 + (5 - frequency value) / 2 + (2 if imposed) + (0.5 if non-committal)
                      (frequency value 1 once .. 5 weekly; uncoded frequency counts as 3)
    works at        = 1
    member of group = 1.5

A weekly voluntary tie costs 1; a once-only imposed tie costs 5. Several ties between
the same pair keep the cheapest. The costs are documented in docs/experts.md.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

import networkx as nx

from graph.records import NetworkRecords, TieRecord

FREQUENCY_VALUE = {"once": 1, "yearly": 2, "quarterly": 3, "monthly": 4, "weekly": 5}
WORKS_AT_COST = 1.0
MEMBER_OF_COST = 1.5


def tie_cost(tie: TieRecord) -> float:
    """Cost of one hop over a collaboration tie (lower is a warmer introduction)."""
    value = FREQUENCY_VALUE.get(tie.frequency or "", 3)
    cost = 1.0 + (5 - value) / 2
    if tie.voluntariness == "imposed":
        cost += 2.0
    if tie.participation == "non_committal":
        cost += 0.5
    return cost


_GRAPHS: dict[int, tuple[weakref.ref, nx.Graph]] = {}


def introduction_graph(records: NetworkRecords) -> nx.Graph:
    """Undirected graph of who knows whom, with a ``cost`` and ``relation`` per edge.

    Built once per records object (the app keeps one per data revision), so repeated
    searches pay only for Dijkstra; treat the returned graph as read-only.
    """
    cached = _GRAPHS.get(id(records))
    if cached is not None and cached[0]() is records:
        return cached[1]
    graph = _build_introduction_graph(records)
    key = id(records)
    _GRAPHS[key] = (weakref.ref(records, lambda _ref: _GRAPHS.pop(key, None)), graph)
    return graph


def _build_introduction_graph(records: NetworkRecords) -> nx.Graph:
    graph = nx.Graph()
    for actor in records.actors:
        graph.add_node(actor.id, name=actor.name, kind=actor.kind, type=actor.type)
    for tie in records.ties:
        if tie.source == tie.target or tie.source not in graph or tie.target not in graph:
            continue
        cost = tie_cost(tie)
        current = graph.get_edge_data(tie.source, tie.target)
        if current is None or cost < current["cost"]:
            graph.add_edge(
                tie.source,
                tie.target,
                cost=cost,
                relation="tie",
                frequency=tie.frequency,
                voluntariness=tie.voluntariness,
                tie_id=tie.id,
            )
    for aff in records.affiliations:
        _add_if_cheaper(graph, aff.person_id, aff.organisation_id, WORKS_AT_COST, "works_at")
    for member in records.memberships:
        _add_if_cheaper(graph, member.actor_id, member.group_id, MEMBER_OF_COST, "member_of")
    return graph


def _add_if_cheaper(graph: nx.Graph, u: int, v: int, cost: float, relation: str) -> None:
    if u == v or u not in graph or v not in graph:
        return
    current = graph.get_edge_data(u, v)
    if current is None or cost < current["cost"]:
        graph.add_edge(u, v, cost=cost, relation=relation)


@dataclass(frozen=True, slots=True)
class Hop:
    """One step of an introduction: from ``source`` to ``target`` over ``relation``."""

    source: int
    target: int
    relation: str  # tie | works_at | member_of
    cost: float
    frequency: str | None = None
    voluntariness: str | None = None


@dataclass(frozen=True, slots=True)
class IntroductionPath:
    """The warmest known chain from the asker to a candidate."""

    nodes: tuple[int, ...]
    hops: tuple[Hop, ...]
    cost: float

    @property
    def length(self) -> int:
        return len(self.hops)


class IntroductionPaths:
    """Warmest paths from one asker to every reachable actor (one Dijkstra run).

    Paths are turned into :class:`IntroductionPath` objects only when asked for, so a
    search over thousands of candidates pays only for the ones it shows.
    """

    def __init__(self, graph: nx.Graph, asker: int) -> None:
        self.graph = graph
        if asker in graph:
            self.costs, self._nodes = nx.single_source_dijkstra(graph, asker, weight="cost")
        else:
            self.costs, self._nodes = {}, {}

    def cost(self, target: int) -> float | None:
        value = self.costs.get(target)
        return None if value is None else float(value)

    def get(self, target: int) -> IntroductionPath | None:
        nodes = self._nodes.get(target)
        if nodes is None:
            return None
        hops = tuple(_hop(self.graph, u, v) for u, v in zip(nodes, nodes[1:], strict=False))
        return IntroductionPath(tuple(nodes), hops, float(self.costs[target]))

    def __getitem__(self, target: int) -> IntroductionPath:
        path = self.get(target)
        if path is None:
            raise KeyError(target)
        return path

    def __len__(self) -> int:
        return len(self._nodes)


def introduction_paths(graph: nx.Graph, asker: int) -> IntroductionPaths:
    """Warmest paths from ``asker`` to every reachable actor (one Dijkstra run)."""
    return IntroductionPaths(graph, asker)


def _hop(graph: nx.Graph, u: int, v: int) -> Hop:
    data = graph.edges[u, v]
    return Hop(
        u, v, data["relation"], data["cost"], data.get("frequency"), data.get("voluntariness")
    )


_PHRASES = {
    "nl": {
        "tie": "{a} werkt samen met {b}",
        "works_at": "{a} werkt bij {b}",
        "works_at_rev": "{a} is de organisatie van {b}",
        "member_of": "{a} is lid van {b}",
        "member_of_rev": "{a} heeft als lid {b}",
        "none": "Geen bekende verbinding.",
        "self": "Dit is de vrager zelf.",
    },
    "en": {
        "tie": "{a} works with {b}",
        "works_at": "{a} works at {b}",
        "works_at_rev": "{a} is the organisation of {b}",
        "member_of": "{a} is a member of {b}",
        "member_of_rev": "{a} has {b} as a member",
        "none": "No known connection.",
        "self": "This is the asker.",
    },
}


def describe_path(graph: nx.Graph, path: IntroductionPath | None, language: str = "nl") -> str:
    """The chain in words: "A werkt bij B; B werkt samen met C"."""
    phrases = _PHRASES["en" if language == "en" else "nl"]
    if path is None:
        return phrases["none"]
    if not path.hops:
        return phrases["self"]
    parts = []
    for hop in path.hops:
        a, b = graph.nodes[hop.source]["name"], graph.nodes[hop.target]["name"]
        kind = graph.nodes[hop.source]["kind"]
        key = hop.relation
        if (hop.relation == "works_at" and kind != "person") or (
            hop.relation == "member_of" and kind == "group"
        ):
            key = f"{hop.relation}_rev"
        parts.append(phrases[key].format(a=a, b=b))
    return "; ".join(parts) + "."
