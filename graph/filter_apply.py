"""How a NetworkFilter narrows records and graphs (the rules are in graph.filters).

Why apart from the value object: graph.filters holds the validated, hashable value
and its URL/word forms; this module holds the work done with it, so each stays small.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import networkx as nx

from graph.build import organisations_of
from graph.labels import Labels
from graph.records import ActorRecord, NetworkRecords, TieRecord
from graph.timeslice import is_active, membership_active
from graph.weights import WeightScheme

if TYPE_CHECKING:
    from graph.filters import NetworkFilter

TIE_FIELDS = {
    "voluntariness": "voluntariness",
    "modes": "mode",
    "participation": "participation",
    "scopes": "scope",
    "follow_up": "follow_up",
    "intake": "intake",
    "decision_making": "decision_making",
}


def apply_records(flt: NetworkFilter, records: NetworkRecords) -> NetworkRecords:
    """The records this filter keeps: actors, ties, memberships and what hangs on them."""
    labels = Labels.from_records(records)
    kept = _kept_actors(flt, records, labels)
    tie_ok = _tie_predicate(flt, records, labels)
    ties = tuple(t for t in records.ties if t.source in kept and t.target in kept and tie_ok(t))
    if flt.themes:
        kept = _involved_in_themes(set(flt.themes), records, kept, ties)
    tie_ids = {t.id for t in ties}
    window = flt.window() or (None, None)
    return replace(
        records,
        actors=tuple(a for a in records.actors if a.id in kept),
        ties=ties,
        affiliations=tuple(
            f for f in records.affiliations if f.person_id in kept and f.organisation_id in kept
        ),
        memberships=tuple(
            m
            for m in records.memberships
            if m.actor_id in kept and m.group_id in kept and membership_active(m, *window)
        ),
        actor_themes=tuple(x for x in records.actor_themes if x.actor_id in kept),
        stories=tuple(
            s
            for s in records.stories
            if (s.tie_id is not None and s.tie_id in tie_ids)
            or (s.tie_id is None and s.group_id is not None and s.group_id in kept)
        ),
        assessments=tuple(x for x in records.assessments if x.actor_id in kept),
    )


def _involved_in_themes(
    themes: set[str], records: NetworkRecords, kept: set[int], ties: tuple[TieRecord, ...]
) -> set[int]:
    """With a theme filter, the actors involved in it: ends of a matching tie, actors
    with the theme as expertise, learning need, priority or research topic, the
    organisations those people work at (so the organisation level still folds them in)
    and the groups they are members of. Everybody else is left out of the picture."""
    involved = {end for t in ties for end in (t.source, t.target)}
    involved |= {x.actor_id for x in records.actor_themes if x.theme in themes}
    involved &= kept
    orgs = organisations_of(records)
    involved |= {o for a in list(involved) for o in orgs.get(a, ()) if o in kept}
    involved |= {m.group_id for m in records.memberships if m.actor_id in involved} & kept
    return involved


def _kept_actors(flt: NetworkFilter, records: NetworkRecords, labels: Labels) -> set[int]:
    if not (flt.actor_types or flt.sectors or flt.regions):
        return {a.id for a in records.actors}
    actors = records.actor_by_id()
    orgs = organisations_of(records)
    group_types = {t for t in flt.actor_types if labels.parent("actor_type", t) == "group"}
    kept = set()
    for actor in records.actors:
        if actor.kind == "group":
            if not flt.actor_types or not group_types or actor.type in group_types:
                kept.add(actor.id)
            continue
        homes = [actors[o] for o in orgs.get(actor.id, ())] if actor.kind == "person" else []
        if _actor_ok(flt, actor, homes):
            kept.add(actor.id)
    return kept


def _actor_ok(flt: NetworkFilter, actor: ActorRecord, homes: list[ActorRecord]) -> bool:
    def matches(wanted: tuple[str, ...], attr: str) -> bool:
        if not wanted:
            return True
        values = {getattr(actor, attr)} | {getattr(h, attr) for h in homes}
        return bool(values & set(wanted))

    return (
        matches(flt.actor_types, "type")
        and matches(flt.sectors, "sector")
        and matches(flt.regions, "region")
    )


def _tie_predicate(
    flt: NetworkFilter, records: NetworkRecords, labels: Labels
) -> Callable[[TieRecord], bool]:
    scheme = WeightScheme.from_codebook(records.codebook)
    low = scheme.frequency_value(flt.frequency_min) if flt.frequency_min else None
    high = scheme.frequency_value(flt.frequency_max) if flt.frequency_max else None
    unknown_range = (flt.frequency_min is not None and low is None) or (
        flt.frequency_max is not None and high is None
    )
    motives = {m for d in flt.motive_dimensions for m in labels.children("motive", d)} | set(
        flt.motive_dimensions
    )
    window = flt.window()
    themes = set(flt.themes)

    def ok(tie: TieRecord) -> bool:
        for name, attr in TIE_FIELDS.items():
            wanted = getattr(flt, name)
            if wanted and getattr(tie, attr) not in wanted:
                return False
        if themes and not themes.intersection(tie.themes):
            return False
        if flt.motive_dimensions and not motives.intersection(tie.motives):
            return False
        if flt.frequency_min or flt.frequency_max:
            value = scheme.frequency_value(tie.frequency)
            if unknown_range or value is None:
                return False
            if (low is not None and value < low) or (high is not None and value > high):
                return False
        return window is None or is_active(tie, *window)

    return ok


def apply_graph(flt: NetworkFilter, G: nx.Graph) -> nx.Graph:
    """The graph-level parts on ``G``; returns a new graph, ``G`` is untouched.

    An ego actor that is not in ``G`` (filtered away) gives an empty graph.
    """
    H = G.copy()
    if flt.min_weight is not None:
        H.remove_edges_from(
            [(u, v) for u, v, w in H.edges(data="weight", default=1.0) if w < flt.min_weight]
        )
    if flt.hide_isolates:
        H.remove_nodes_from([n for n in H if H.degree(n) - 2 * H.has_edge(n, n) <= 0])
    if flt.ego is not None:
        if flt.ego in H:
            H = nx.ego_graph(H, flt.ego, radius=flt.radius, undirected=True).copy()
        else:
            H = H.subgraph(()).copy()
    if flt.k_core is not None and len(H):
        simple = H.copy()
        simple.remove_edges_from(list(nx.selfloop_edges(simple)))
        H = H.subgraph(nx.k_core(simple, flt.k_core)).copy()
    if flt.largest_component and len(H):
        comps = nx.weakly_connected_components(H) if H.is_directed() else nx.connected_components(H)
        best = max(comps, key=lambda c: (len(c), H.subgraph(c).number_of_edges(), -min(c)))
        H = H.subgraph(best).copy()
    H.graph.update(G.graph)
    return H
