"""Everything the dashboard computes, once per data revision, level and direction.

Why one cached object: the summary, the ranked table, the communities, the weak
spots and the school years all come from the same graph and metrics panel; the
language and the grouping attribute only change the wording, so switching them
costs no recomputation (graph.metrics.cache, keyed by the data revision).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass

import networkx as nx

from app.presenters.dashboard_cuts import Cut, actor_cuts, tie_cuts
from app.presenters.dashboard_state import ATTRIBUTES, DashboardState
from graph.counts import is_tie
from graph.filters import network_for
from graph.metrics import MetricsPanel, metrics_panel, network_summary, panel_key
from graph.metrics.cache import cached_panel
from graph.metrics.homophily import attribute_assortativity, ei_index, mixing_matrix
from graph.records import NetworkRecords
from graph.temporal import PositionChange, Turnover, position_changes, turnover
from graph.timeslice import slices_by_school_year

YEAR_FIGURES = (
    "ties",
    "articulation_points",
    "density",
    "transitivity",
    "components",
    "average_path_length",
    "degree_centralisation",
    "modularity",
)


@dataclass(frozen=True, slots=True)
class YearFigures:
    year: str
    active: int  # actors with at least one tie that year
    summary: dict


@dataclass(frozen=True, slots=True)
class DashboardData:
    """Language-independent results for one (revision, level, directed)."""

    state: DashboardState
    graph: nx.Graph
    panel: MetricsPanel
    homophily: dict[str, tuple[float | None, float | None]]  # attr -> (E-I, assortativity)
    mixing: dict[str, dict]  # attr -> {row: {col: count}}
    communities: list[tuple[tuple[Hashable, ...], list[tuple[str, int]]]]  # members, themes
    actor_cuts: list[Cut]
    tie_cuts: list[Cut]
    years: list[YearFigures]
    turnovers: list[Turnover]
    movers: list[PositionChange]  # biggest rank changes between the last two school years
    actor_names: dict[int, str]


def dashboard_data(records: NetworkRecords, state: DashboardState, source: str) -> DashboardData:
    """The cached :class:`DashboardData` of ``records`` for ``state``.

    ``source`` names the database (its URL): revisions are plain counters, so two
    databases can be at the same revision and must not share cached figures.
    """
    key = panel_key(records.revision, "dashboard", state.level, state.directed, source)
    return cached_panel(key, lambda: compute(records, state))


def compute(records: NetworkRecords, state: DashboardState) -> DashboardData:
    """Build the graph of ``state`` and every figure the dashboard shows."""
    G = network_for(records, None, state.level, state.directed)  # type: ignore[arg-type]
    panel = metrics_panel(G)
    homophily = {a: (ei_index(G, a), attribute_assortativity(G, a)) for a in ATTRIBUTES}
    mixing = {a: mixing_matrix(G, a) for a in ATTRIBUTES}
    years, turnovers = school_year_figures(records, state)
    movers = (
        position_changes(records, turnovers[-1].year_a, turnovers[-1].year_b, level=state.level)  # type: ignore[arg-type]
        if turnovers
        else []
    )
    return DashboardData(
        state=state,
        graph=G,
        panel=panel,
        homophily=homophily,
        mixing=mixing,
        communities=communities(G, panel, records),
        actor_cuts=actor_cuts(G),
        tie_cuts=tie_cuts(G),
        years=years,
        turnovers=turnovers,
        movers=movers,
        actor_names={a.id: a.name for a in records.actors},
    )


def communities(
    G: nx.Graph, panel: MetricsPanel, records: NetworkRecords, top: int = 3
) -> list[tuple[tuple[Hashable, ...], list[tuple[str, int]]]]:
    """(members, dominant themes) per community, in community number order.

    A theme counts once per member that names it (expertise, learning need, priority,
    research topic) and once per tie inside the community that carries it: what the
    group knows, wants and works on together.
    """
    column = panel.nodes["community"] if len(panel.nodes) else None
    if column is None:
        return []
    members: dict[int, list[Hashable]] = {}
    for node, number in column.items():
        members.setdefault(int(number), []).append(node)
    themes_of: dict[int, Counter] = {}
    for row in records.actor_themes:
        themes_of.setdefault(row.actor_id, Counter())[row.theme] += 1
    out = []
    for number in sorted(members):
        nodes = set(members[number])
        counts: Counter = Counter()
        for node in nodes:
            counts.update(themes_of.get(node, Counter()))
        for u, v, data in G.edges(data=True):
            if u in nodes and v in nodes:
                counts.update(data.get("themes", ()))
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        out.append((tuple(sorted(nodes, key=repr)), ranked))
    return out


def school_year_figures(
    records: NetworkRecords, state: DashboardState
) -> tuple[list[YearFigures], list[Turnover]]:
    """Key figures per school year, and turnover between consecutive years."""
    slices = slices_by_school_year(records)
    years = []
    for year, sliced in slices.items():
        G = network_for(sliced, None, state.level, state.directed)  # type: ignore[arg-type]
        active = len({n for u, v, d in G.edges(data=True) if is_tie(u, v, d) for n in (u, v)})
        years.append(YearFigures(year, active, network_summary(G)))
    labels = list(slices)
    turnovers = [
        turnover(records, a, b, level=state.level)  # type: ignore[arg-type]
        for a, b in zip(labels, labels[1:], strict=False)
    ]
    return years, turnovers
