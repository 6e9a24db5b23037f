"""From ``NetworkRecords`` to a networkx graph at the level the user chooses.

Rules (also in docs/metrics.md, "Tie weight and stability"):

- Levels. ``person``: person actors, ties between two persons. ``organisation``:
  organisation actors; a tie's person ends are folded into the organisations they
  work at. ``mixed``: persons and organisations each as themselves, ties between any
  two of them, plus one *affiliation* edge from each person to every organisation
  they work at (``affiliation=True``, ``count`` 0, weight 1), so a person's
  neighbourhood shows their organisations and an organisation's shows its people.
  Group actors are never nodes here: membership is two-mode data (graph.projections).
- What a tie is (counted by graph.counts, the same in every view and export): a pair
  of distinct nodes with at least one collaboration. A collaboration whose two ends
  fold into one organisation is no tie between organisations: it is not an edge but
  counts on that organisation as ``internal_ties`` (distinct ties) and
  ``internal_weight``. Only a tie record naming one actor at both ends (the importer
  refuses these) stays a self-loop, so hand-made data is shown as given.
- Persons at several organisations (``multi_affiliation``): ``"split"`` (default)
  divides the tie's weight equally over the organisation pairs, so a person's ties
  weigh the same in total whatever the number of employers; ``"each"`` gives every
  organisation pair the full weight. A person with no (known) organisation drops out
  of the organisation level.
- Internal ties: both ends in the same organisation (organisation level), or two
  persons sharing an organisation / a person and their own organisation (person and
  mixed level). ``keep_internal=True`` keeps them, ``False`` drops them (and the
  affiliation edges, which join a person to their own organisation). Every edge
  carries ``internal``; at organisation level no edge is internal.
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
from typing import Literal

import networkx as nx

from graph.errors import FilterError, UnknownLevel
from graph.records import ActorRecord, NetworkRecords, TieRecord
from graph.weights import WeightScheme

Level = Literal["person", "organisation", "mixed"]
LEVELS: tuple[str, ...] = ("person", "organisation", "mixed")
MULTI_AFFILIATION_RULES: tuple[str, ...] = ("split", "each")

#: Data of a mixed-level affiliation edge (a person works at an organisation): no tie.
AFFILIATION_EDGE: dict = {
    "weight": 1.0,
    "count": 0,
    "tie_ids": (),
    "themes": (),
    "motives": (),
    "modes": (),
    "internal": True,
    "affiliation": True,
}

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


def _edge_data(weight: float, ties: list[TieRecord], internal: bool, scheme: WeightScheme) -> dict:
    """Aggregate every tie on one edge (rules in the module docstring)."""
    unique = list({t.id: t for t in ties}.values())
    data: dict = {
        "weight": weight,
        "count": len(unique),
        "tie_ids": tuple(sorted(t.id for t in unique)),
        "themes": tuple(sorted({th for t in unique for th in t.themes})),
        "motives": tuple(sorted({m for t in unique for m in t.motives})),
        "modes": tuple(sorted({t.mode for t in unique if t.mode is not None})),
        "internal": internal,
    }
    coded = [
        (v, t.frequency)
        for t in unique
        if t.frequency is not None and (v := scheme.frequency_value(t.frequency)) is not None
    ]
    if coded:
        data["frequency_value"], data["frequency"] = max(coded)
    starts = [t.start for t in unique if t.start is not None]
    if starts:
        data["start"] = min(starts)
    ends = [t.end for t in unique]
    if all(e is not None for e in ends):
        data["end"] = max(e for e in ends if e is not None)
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


def _is_internal(level: str, u: int, v: int, homes: dict[int, frozenset[int]]) -> bool:
    """Same actor, or (person/mixed level) the ends share an organisation or one end
    is the other's organisation. ``homes[a]`` = a's organisations plus a itself."""
    if u == v:
        return True
    if level == "organisation":
        return False
    home_u, home_v = homes.get(u), homes.get(v)
    if home_u is not None and home_v is not None:
        return bool((home_u - {u}) & (home_v - {v}) or v in home_u or u in home_v)
    if home_u is not None:
        return v in home_u
    if home_v is not None:
        return u in home_v
    return False


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

    # key -> [summed weight, ties, internal (all contributions internal)]
    edges: dict[tuple[int, int], list] = {}
    inside: dict[int, list] = {}  # organisation -> [weight, tie ids] folded into it
    homes = {a: frozenset(o) | {a} for a, o in orgs.items()}
    for tie in records.ties:
        ends_s, ends_t = shares.get(tie.source), shares.get(tie.target)
        if not ends_s or not ends_t:
            continue
        weight = scheme.weight(tie)
        tie_internal = _is_internal(level, tie.source, tie.target, homes)
        for pairs in _arc_pairs(tie, ends_s, ends_t, directed):
            for (u, su), (v, sv) in pairs:
                if u == v and tie.source != tie.target:
                    entry = inside.setdefault(u, [0.0, set()])
                    if tie.id not in entry[1]:  # a mutual tie's second arc adds nothing
                        entry[0] += weight * su * sv
                        entry[1].add(tie.id)
                    continue
                internal = tie_internal or u == v
                if internal and not keep_internal:
                    continue
                key = (u, v) if directed or u <= v else (v, u)
                entry = edges.get(key)
                if entry is None:
                    edges[key] = [weight * su * sv, [tie], internal]
                else:
                    entry[0] += weight * su * sv
                    entry[1].append(tie)
                    entry[2] = entry[2] and internal
    for (u, v), (weight, ties, internal) in edges.items():
        G.add_edge(u, v, **_edge_data(weight, ties, internal, scheme))
    if level == "organisation":
        for node in G:
            weight, ids = inside.get(node, (0.0, ()))
            G.nodes[node]["internal_ties"] = len(ids)
            G.nodes[node]["internal_weight"] = weight
    if level == "mixed":
        _add_affiliations(G, orgs, keep_internal)
    return G


def _add_affiliations(G: nx.Graph, orgs: dict[int, tuple[int, ...]], keep: bool) -> None:
    """Mixed level: mark every edge, and join each person to their organisations.

    A person's tie with their own organisation already is that edge (it keeps its tie
    data and is marked); otherwise the affiliation is an edge of its own without ties.
    """
    for _u, _v, data in G.edges(data=True):
        data["affiliation"] = False
    if not keep:  # affiliations join a person to their own organisation: internal
        return
    for person, homes in sorted(orgs.items()):
        if person not in G:
            continue
        for org in homes:
            if org not in G:
                continue
            if G.has_edge(person, org):
                G.edges[person, org]["affiliation"] = True
                continue
            G.add_edge(person, org, **AFFILIATION_EDGE)


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
