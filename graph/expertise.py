"""Expertise in view: supply and demand per theme, gaps, and schools that should meet.

Supply is stated expertise; demand is learning needs and priorities (seed 002: "breng
de expertise in beeld"). A person's themes count for the organisations they work at,
so an organisation's supply is its own plus its people's.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

import pandas as pd

from graph.records import ActorRecord, NetworkRecords

SUPPLY_RELATIONS = frozenset({"expertise"})
DEMAND_RELATIONS = frozenset({"learning_need", "priority"})
SHARED_FOCUS_RELATIONS = frozenset({"priority", "research_topic"})
UNITS = ("person", "organisation", "sector", "region")


def _unit_keys(actor: ActorRecord, unit: str, actors: dict[int, ActorRecord]) -> list[str]:
    """The columns an actor's theme counts for at the chosen unit."""
    if unit == "person":
        return [actor.name] if actor.kind == "person" else []
    orgs = [actors[o] for o in actor.organisation_ids if o in actors]
    if actor.kind == "organisation":
        orgs = [actor]
    if unit == "organisation":
        return [o.name for o in orgs]
    attr = "sector" if unit == "sector" else "region"
    values = {getattr(o, attr) for o in orgs} | ({getattr(actor, attr)} - {None})
    return sorted(v for v in values if v)


def supply_demand(records: NetworkRecords, unit: str = "organisation") -> pd.DataFrame:
    """Long table: theme, unit, supply (count of actors stating expertise), demand.

    ``unit`` is person, organisation, sector or region.
    """
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
    actors = records.actor_by_id()
    cells: dict[tuple[str, str], list[set[int]]] = defaultdict(lambda: [set(), set()])
    for link in records.actor_themes:
        actor = actors.get(link.actor_id)
        if actor is None:
            continue
        side = (
            0
            if link.relation in SUPPLY_RELATIONS
            else 1
            if link.relation in DEMAND_RELATIONS
            else None
        )
        if side is None:
            continue
        for key in _unit_keys(actor, unit, actors):
            cells[(link.theme, key)][side].add(actor.id)
    rows = [
        {"theme": theme, "unit": key, "supply": len(s), "demand": len(d)}
        for (theme, key), (s, d) in sorted(cells.items())
    ]
    return pd.DataFrame(rows, columns=["theme", "unit", "supply", "demand"])


@dataclass(frozen=True, slots=True)
class Gap:
    """A theme the partnership should act on, with the reason as a code and the actors."""

    theme: str
    kind: str  # no_supply | single_supplier | unconnected
    demand_actor_ids: tuple[int, ...]
    supply_actor_ids: tuple[int, ...]


def find_gaps(records: NetworkRecords) -> list[Gap]:
    """Themes with demand and no supply, supply hanging on one person, or no tie between
    the two sides (no direct tie between a demanding and a supplying actor or their
    organisations)."""
    supply: dict[str, set[int]] = defaultdict(set)
    demand: dict[str, set[int]] = defaultdict(set)
    for link in records.actor_themes:
        if link.relation in SUPPLY_RELATIONS:
            supply[link.theme].add(link.actor_id)
        elif link.relation in DEMAND_RELATIONS:
            demand[link.theme].add(link.actor_id)
    actors = records.actor_by_id()
    linked = _linked_pairs(records)
    gaps: list[Gap] = []
    for theme in sorted(set(supply) | set(demand)):
        d, s = tuple(sorted(demand[theme])), tuple(sorted(supply[theme]))
        if d and not s:
            gaps.append(Gap(theme, "no_supply", d, s))
            continue
        persons = {a for a in s if actors.get(a) and actors[a].kind == "person"}
        if s and len(persons) == 1 and not (set(s) - persons):
            gaps.append(Gap(theme, "single_supplier", d, s))
        if d and s and not _any_link(d, s, actors, linked):
            gaps.append(Gap(theme, "unconnected", d, s))
    return gaps


def _reach(actor_id: int, actors: dict[int, ActorRecord]) -> set[int]:
    actor = actors.get(actor_id)
    return {actor_id} | (set(actor.organisation_ids) if actor else set())


def _linked_pairs(records: NetworkRecords) -> dict[int, set[int]]:
    """Adjacency of actors and their organisations joined by at least one tie."""
    actors = records.actor_by_id()
    linked: dict[int, set[int]] = defaultdict(set)
    for tie in records.ties:
        for u in _reach(tie.source, actors):
            for v in _reach(tie.target, actors):
                if u != v:
                    linked[u].add(v)
                    linked[v].add(u)
    return linked


def _any_link(
    demand: tuple[int, ...],
    supply: tuple[int, ...],
    actors: dict[int, ActorRecord],
    linked: dict[int, set[int]],
) -> bool:
    """True when a demanding and a supplying actor share an organisation or a tie."""
    demand_reach = set().union(*(_reach(d, actors) for d in demand))
    for s in supply:
        for node in _reach(s, actors):
            if node in demand_reach or linked.get(node, set()) & demand_reach:
                return True
    return False


@dataclass(frozen=True, slots=True)
class MeetingSuggestion:
    """Two schools with a shared focus and no tie between them or their people."""

    first: int
    second: int
    shared_themes: tuple[str, ...]
    same_sector: bool
    same_region: bool
    score: float


def should_meet(records: NetworkRecords, actor_type: str = "school") -> list[MeetingSuggestion]:
    """Pairs of organisations of ``actor_type`` working on the same themes (priority or
    research topic, their own or their people's) with no tie between them, ranked by
    number of shared themes, then same sector, then same region."""
    actors = records.actor_by_id()
    focus: dict[int, set[str]] = defaultdict(set)
    for link in records.actor_themes:
        if link.relation not in SHARED_FOCUS_RELATIONS or link.actor_id not in actors:
            continue
        actor = actors[link.actor_id]
        owners = [actor.id] if actor.kind == "organisation" else list(actor.organisation_ids)
        for owner in owners:
            if owner in actors and actors[owner].type == actor_type:
                focus[owner].add(link.theme)
    linked = _linked_pairs(records)
    suggestions = []
    for a, b in combinations(sorted(focus), 2):
        shared = focus[a] & focus[b]
        if not shared or b in linked.get(a, ()):
            continue
        same_sector = actors[a].sector is not None and actors[a].sector == actors[b].sector
        same_region = actors[a].region is not None and actors[a].region == actors[b].region
        score = len(shared) + 0.5 * same_sector + 0.25 * same_region
        suggestions.append(
            MeetingSuggestion(a, b, tuple(sorted(shared)), same_sector, same_region, score)
        )
    suggestions.sort(key=lambda m: (-m.score, actors[m.first].name, actors[m.second].name))
    return suggestions
