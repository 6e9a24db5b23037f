"""From ``NetworkRecords`` to a networkx graph at the level the user chooses.

Rules (also in docs/metrics.md, "Tie weight and stability"):

- Levels. ``person``: person actors, ties between two persons. ``organisation``:
  organisation actors; a tie's person ends are folded into the organisations they
  work at. ``mixed``: persons and organisations each as themselves. Group actors are
  never nodes here: membership is two-mode data (graph.projections).
- Persons at several organisations (``multi_affiliation``): ``"split"`` (default)
  divides the tie's weight equally over the organisation pairs, so a person's ties
  weigh the same in total whatever the number of employers; ``"each"`` gives every
  organisation pair the full weight. A person with no (known) organisation drops out
  of the organisation level.
- Internal ties: both ends in the same organisation (organisation level), or two
  persons sharing an organisation / a person and their own organisation (person and
  mixed level). ``keep_internal=True`` keeps them (as self-loops at organisation
  level), ``False`` drops them. Every edge carries ``internal``.
- Multi-ties: all ties between one pair end up on one edge with
  ``weight`` = sum of tie weights (times the split share), ``count`` = number of ties,
  ``tie_ids``, ``themes``, ``motives``, ``modes``: sorted tuples (union),
  ``frequency`` = the most frequent code (``frequency_value`` its ordinal, the max),
  ``start`` = earliest start, ``end`` = latest end or None if any tie is open.
- Direction: undirected by default (collaboration is mutual). ``directed=True`` gives
  initiator -> partner arcs; a tie coded ``directed=False`` gives both arcs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Literal

import networkx as nx

from graph.errors import FilterError, UnknownLevel
from graph.records import ActorRecord, NetworkRecords, TieRecord
from graph.weights import WeightScheme

Level = Literal["person", "organisation", "mixed"]
LEVELS: tuple[str, ...] = ("person", "organisation", "mixed")
MULTI_AFFILIATION_RULES: tuple[str, ...] = ("split", "each")

_NODE_FIELDS = ("key", "name", "short_name", "kind", "type", "sector", "region", "career_phase")


def organisations_of(records: NetworkRecords) -> dict[int, tuple[int, ...]]:
    """Person id -> sorted ids of the organisations (present in records) they work at.

    Union of ``ActorRecord.organisation_ids`` and the affiliations, any date.
    """
    kinds = {a.id: a.kind for a in records.actors}
    orgs: dict[int, set[int]] = defaultdict(set)
    for actor in records.actors:
        if actor.kind == "person":
            orgs[actor.id].update(actor.organisation_ids)
    for aff in records.affiliations:
        if kinds.get(aff.person_id) == "person":
            orgs[aff.person_id].add(aff.organisation_id)
    return {
        pid: tuple(sorted(o for o in ids if kinds.get(o) == "organisation"))
        for pid, ids in orgs.items()
    }


def node_attributes(actor: ActorRecord, organisations: tuple[int, ...] = ()) -> dict:
    """Node data for one actor; None values are left out (GraphML cannot store None)."""
    data = {f: getattr(actor, f) for f in _NODE_FIELDS if getattr(actor, f) is not None}
    data["id"] = actor.id
    if actor.kind == "person":
        data["organisation_ids"] = organisations
    if actor.pseudonym is not None:
        data["pseudonym"] = actor.pseudonym
    return data


class _EdgeAggregate:
    """Accumulates every tie that lands on one (u, v) edge."""

    __slots__ = ("weight", "tie_ids", "themes", "motives", "modes", "freq", "starts", "ends")

    def __init__(self) -> None:
        self.weight = 0.0
        self.tie_ids: set[int] = set()
        self.themes: set[str] = set()
        self.motives: set[str] = set()
        self.modes: set[str] = set()
        self.freq: tuple[float, str] | None = None
        self.starts: list[date] = []
        self.ends: list[date | None] = []

    def add(self, tie: TieRecord, weight: float, freq_value: float | None) -> None:
        self.weight += weight
        if tie.id in self.tie_ids:
            return
        self.tie_ids.add(tie.id)
        self.themes.update(tie.themes)
        self.motives.update(tie.motives)
        if tie.mode is not None:
            self.modes.add(tie.mode)
        if freq_value is not None and tie.frequency is not None:
            candidate = (freq_value, tie.frequency)
            if self.freq is None or candidate > self.freq:
                self.freq = candidate
        if tie.start is not None:
            self.starts.append(tie.start)
        self.ends.append(tie.end)

    def data(self, internal: bool) -> dict:
        data = {
            "weight": self.weight,
            "count": len(self.tie_ids),
            "tie_ids": tuple(sorted(self.tie_ids)),
            "themes": tuple(sorted(self.themes)),
            "motives": tuple(sorted(self.motives)),
            "modes": tuple(sorted(self.modes)),
            "internal": internal,
        }
        if self.freq is not None:
            data["frequency_value"], data["frequency"] = self.freq
        if self.starts:
            data["start"] = min(self.starts)
        if self.ends and all(e is not None for e in self.ends):
            data["end"] = max(e for e in self.ends if e is not None)
        return data


def _endpoint_shares(
    level: str, rule: str, actors: dict[int, ActorRecord], orgs: dict[int, tuple[int, ...]]
) -> dict[int, list[tuple[int, float]]]:
    """Actor id -> the nodes it stands for at ``level`` with their share of a tie."""
    shares: dict[int, list[tuple[int, float]]] = {}
    for aid, actor in actors.items():
        if actor.kind == "group":
            continue
        if level == "person" and actor.kind != "person":
            continue
        if level == "organisation" and actor.kind == "person":
            homes = orgs.get(aid, ())
            if homes:
                share = 1.0 / len(homes) if rule == "split" else 1.0
                shares[aid] = [(o, share) for o in homes]
            continue
        shares[aid] = [(aid, 1.0)]
    return shares


def _is_internal(level: str, u: int, v: int, orgs: dict[int, tuple[int, ...]]) -> bool:
    if u == v:
        return True
    if level == "organisation":
        return False
    home_u = set(orgs.get(u, ())) | {u}
    home_v = set(orgs.get(v, ())) | {v}
    return bool(set(orgs.get(u, ())) & home_v or set(orgs.get(v, ())) & home_u)


def build_graph(
    records: NetworkRecords,
    *,
    level: Level = "person",
    directed: bool = False,
    keep_internal: bool = True,
    weighting: WeightScheme | None = None,
    multi_affiliation: Literal["split", "each"] = "split",
) -> nx.Graph | nx.DiGraph:
    """Build the collaboration graph of ``records`` at ``level`` (see module docstring).

    Every actor of the level is a node, also without ties (isolated schools matter).
    Ties naming an actor that is missing from ``records.actors`` are skipped.
    """
    if level not in LEVELS:
        raise UnknownLevel(level)
    if multi_affiliation not in MULTI_AFFILIATION_RULES:
        raise FilterError("multi_affiliation", multi_affiliation, "choose 'split' or 'each'")
    scheme = weighting or WeightScheme.from_codebook(records.codebook)
    actors = records.actor_by_id()
    orgs = organisations_of(records)
    shares = _endpoint_shares(level, multi_affiliation, actors, orgs)

    G: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    G.graph.update(
        level=level,
        directed=directed,
        keep_internal=keep_internal,
        multi_affiliation=multi_affiliation,
        revision=records.revision,
    )
    for aid in sorted(shares):
        actor = actors[aid]
        if level == "organisation" and actor.kind == "person":
            continue
        G.add_node(aid, **node_attributes(actor, orgs.get(aid, ())))
    if level == "organisation":
        persons = defaultdict(int)
        for pid, homes in orgs.items():
            if pid in actors:
                for o in homes:
                    persons[o] += 1
        for node in G:
            G.nodes[node]["persons"] = persons.get(node, 0)

    edges: dict[tuple[int, int], _EdgeAggregate] = {}
    internal_flags: dict[tuple[int, int], bool] = {}
    for tie in records.ties:
        ends_s, ends_t = shares.get(tie.source), shares.get(tie.target)
        if not ends_s or not ends_t:
            continue
        weight = scheme.weight(tie)
        freq_value = scheme.frequency_value(tie.frequency)
        for pairs in _arc_pairs(tie, ends_s, ends_t, directed):
            for (u, su), (v, sv) in pairs:
                internal = _is_internal(level, tie.source, tie.target, orgs) or u == v
                if internal and not keep_internal:
                    continue
                key = (u, v) if directed or u <= v else (v, u)
                agg = edges.get(key)
                if agg is None:
                    agg = edges[key] = _EdgeAggregate()
                    internal_flags[key] = internal
                agg.add(tie, weight * su * sv, freq_value)
                internal_flags[key] = internal_flags[key] and internal
    for (u, v), agg in edges.items():
        G.add_edge(u, v, **agg.data(internal_flags[(u, v)]))
    return G


def _arc_pairs(
    tie: TieRecord,
    ends_s: list[tuple[int, float]],
    ends_t: list[tuple[int, float]],
    directed: bool,
) -> Iterable[list[tuple[tuple[int, float], tuple[int, float]]]]:
    """The (u, v) node pairs a tie contributes to; both arcs for a mutual tie."""
    yield [(a, b) for a in ends_s for b in ends_t]
    if directed and not tie.directed:
        yield [(b, a) for a in ends_s for b in ends_t if a[0] != b[0]]
