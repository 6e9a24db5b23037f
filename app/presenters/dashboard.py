"""The network dashboard, worded for one viewer in one language.

Reads the records once per data revision (app.presenters.expertise_records), takes
the cached figures (app.presenters.dashboard_data) and turns them into plain rows,
sentences and Plotly figure dicts. The page only lays these out, so everything a
user reads is tested here without a browser.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Final

import numpy as np
import pandas as pd
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from app.i18n import normalise_language, t
from app.messages import dashboard as _messages  # noqa: F401 - registers the messages
from app.presenters import dashboard_cuts as cuts
from app.presenters.dashboard_charts import degree_figure, mixing_figure, years_figure
from app.presenters.dashboard_data import DashboardData, dashboard_data
from app.presenters.dashboard_format import number
from app.presenters.dashboard_state import ATTRIBUTES, LEVELS, DashboardState, state_from_values
from app.presenters.dashboard_years import (
    mover_columns,
    mover_rows,
    movers_title,
    turnover_columns,
    turnover_rows,
    year_columns,
    year_rows,
)
from app.presenters.expertise_records import network_labels, network_records
from app.presenters.grid_columns import number_column
from app.viewer import Viewer
from graph.counts import counting_rule
from graph.labels import Labels
from graph.metrics import explain, reference

SUMMARY_METRICS: Final = (
    "nodes",
    "ties",
    "density",
    "reciprocity",
    "transitivity",
    "average_clustering",
    "components",
    "strong_components",
    "largest_component",
    "diameter",
    "average_path_length",
    "degree_centralisation",
    "betweenness_centralisation",
    "degree_assortativity",
    "communities",
    "modularity",
)
DIRECTED_ONLY: Final = ("reciprocity", "strong_components")
NODE_METRICS: Final = (
    "degree",
    "in_degree",
    "out_degree",
    "strength",
    "betweenness",
    "closeness",
    "eigenvector",
    "pagerank",
    "clustering",
    "constraint",
    "community",
)
MAX_CUTS: Final = 10
MAX_MEMBERS: Final = 15


@dataclass(frozen=True, slots=True)
class DashboardView:
    """Everything the dashboard shows, in one language."""

    language: str
    state: DashboardState
    query: str
    scope: str
    message: str | None
    summary_rows: list[dict[str, str]] = field(default_factory=list)
    node_columns: list[dict[str, Any]] = field(default_factory=list)
    node_rows: list[dict[str, Any]] = field(default_factory=list)
    degree_figure: dict = field(default_factory=dict)
    mixing_figure: dict = field(default_factory=dict)
    homophily_rows: list[dict[str, str]] = field(default_factory=list)
    homophily_notes: list[str] = field(default_factory=list)  # what E-I and r mean, sources
    communities: list[tuple[str, str, str]] = field(default_factory=list)  # head, themes, who
    cuts: list[tuple[str, str]] = field(default_factory=list)  # sentence, names cut off
    year_rows: list[dict[str, str]] = field(default_factory=list)
    years_figure: dict = field(default_factory=dict)
    turnover_rows: list[dict[str, str]] = field(default_factory=list)
    movers_title: str = ""
    mover_rows: list[dict[str, str]] = field(default_factory=list)


def dashboard_view(
    engine: Engine,
    viewer: Viewer,
    language: object,
    level: object = None,
    directed: object = None,
    attribute: object = None,
) -> DashboardView:
    """Read the network and word the dashboard for ``viewer`` (all input validated)."""
    lang = normalise_language(language)
    state = state_from_values(level, directed, attribute)
    try:
        records = network_records(engine, viewer)
        labels = network_labels(engine)
    except SQLAlchemyError:
        return DashboardView(lang, state, state.to_query(), "", t("error.database", lang))
    data = dashboard_data(records, state, str(engine.url))
    return view_of(data, labels, lang, state.attribute)


def view_of(data: DashboardData, labels: Labels, language: str, attribute: str) -> DashboardView:
    """Word computed figures (split from :func:`dashboard_view` for hand-built tests)."""
    lang = normalise_language(language)
    state = DashboardState(data.state.level, data.state.directed, attribute)
    summary = data.panel.summary
    message = t("dashboard.empty", lang) if not summary["ties"] else None
    G = data.graph
    return DashboardView(
        language=lang,
        state=state,
        query=state.to_query(),
        scope=scope_sentence(state, summary, lang),
        message=message,
        summary_rows=summary_rows(summary, lang),
        node_columns=node_columns(lang, state.directed),
        node_rows=node_rows(data, labels, lang),
        degree_figure=degree_figure(data.panel.nodes, lang),
        mixing_figure=mixing_figure(data.mixing[attribute], attribute, labels, lang),
        homophily_rows=homophily_rows(data, lang),
        homophily_notes=[
            f"{t(f'dashboard.metric.{m}', lang)}: {explain(m, lang)} ({reference(m)})"
            for m in ("ei_index", "attribute_assortativity", "mixing_matrix")
        ],
        communities=community_items(data, labels, lang),
        cuts=[
            (
                cuts.sentence(c, G, lang, labels, data.actor_names),
                cuts.cut_off_names(c, G, lang, data.actor_names),
            )
            for c in (data.actor_cuts[:MAX_CUTS] + data.tie_cuts[:MAX_CUTS])
        ],
        year_rows=year_rows(data, lang),
        years_figure=years_figure(data.years, lang),
        turnover_rows=turnover_rows(data, lang),
        movers_title=movers_title(data, lang),
        mover_rows=mover_rows(data, lang),
    )


def scope_sentence(state: DashboardState, summary: dict, language: str) -> str:
    """What network this is, how many ties, and what a tie is (graph.counts)."""
    direction = "directed" if state.directed else "undirected"
    counted = t(
        "dashboard.scope",
        language,
        level=t(f"dashboard.scope.{state.level}", language),
        direction=t(f"dashboard.scope.{direction}", language),
        nodes=number(summary["nodes"], language),
        ties=number(summary["ties"], language),
    )
    return f"{counted} {counting_rule(state.level, language)}"


def summary_rows(summary: dict, language: str) -> list[dict[str, str]]:
    """One row per network figure: name, value, plain explanation, reference."""
    rows = []
    for metric in SUMMARY_METRICS:
        if metric in DIRECTED_ONLY and not summary.get("directed"):
            continue
        rows.append(
            {
                "metric": metric,
                "name": t(f"dashboard.metric.{metric}", language),
                "value": number(summary.get(metric), language),
                "explanation": explain(metric, language),
                "reference": reference(metric),
            }
        )
    return rows


def node_columns(language: str, directed: bool) -> list[dict[str, Any]]:
    """AG Grid columns of the ranked table; in/out-degree only for a directed network."""
    cols: list[dict[str, Any]] = [
        {"field": "rank", "headerName": t("dashboard.col.rank", language), "maxWidth": 90},
        {"field": "name", "headerName": t("dashboard.col.name", language), "minWidth": 200},
        {"field": "type", "headerName": t("dashboard.col.type", language)},
    ]
    for metric in NODE_METRICS:
        if metric in ("in_degree", "out_degree") and not directed:
            continue
        cols.append(
            {
                "field": metric,
                "headerName": t(f"dashboard.metric.{metric}", language),
                "headerTooltip": explain(metric, language),
                "wrapHeaderText": True,  # "Makelaarsrol (betweenness)" on two lines
                "autoHeaderHeight": True,
                **number_column(),
            }
        )
    cols.append(
        {
            "field": "articulation_point",
            "headerName": t("dashboard.metric.articulation_point", language),
            "headerTooltip": explain("articulation_point", language),
        }
    )
    for col in cols[3:-1]:
        col.setdefault("minWidth", 110)
    next(c for c in cols if c["field"] == "betweenness")["sort"] = "desc"
    return cols


def node_rows(data: DashboardData, labels: Labels, language: str) -> list[dict[str, Any]]:
    """One row per actor, ranked by betweenness (then degree, then name)."""
    G, table = data.graph, data.panel.nodes
    columns = {m: table[m].tolist() for m in NODE_METRICS if m in table}
    flags = table["articulation_point"].tolist() if len(table) else []
    rows = []
    for i, node in enumerate(table.index):
        attrs = G.nodes[node]
        row: dict[str, Any] = {
            "key": str(attrs.get("key", node)),
            "name": str(attrs.get("name", node)),
            "type": labels.label("actor_type", str(attrs.get("type", "")), language),
            "articulation_point": number(bool(flags[i]), language),
        }
        for metric in NODE_METRICS:
            row[metric] = _plain(columns[metric][i]) if metric in columns else None
        rows.append(row)
    rows.sort(key=lambda r: (-(r["betweenness"] or 0), -(r["degree"] or 0), r["name"]))
    for rank, row in enumerate(rows, start=1):
        row["rank"] = rank
    return rows


def _plain(value: object) -> float | int | None:
    """A JSON-ready cell: None for missing (pd.NA, NaN), ints kept, floats to 4 decimals."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        return int(value)
    result = float(value)  # type: ignore[arg-type]
    return None if math.isnan(result) else round(result, 4)


def homophily_rows(data: DashboardData, language: str) -> list[dict[str, str]]:
    """E-I index and assortativity for every grouping attribute."""
    return [
        {
            "attribute": t(f"dashboard.attribute.{attr}", language),
            "ei_index": number(ei, language),
            "assortativity": number(assort, language),
        }
        for attr, (ei, assort) in data.homophily.items()
    ]


def community_items(
    data: DashboardData, labels: Labels, language: str
) -> list[tuple[str, str, str]]:
    """(heading, dominant themes, members) per community of two or more actors, and one
    closing line naming the actors without ties."""
    G = data.graph
    items = []
    singles: list[str] = []
    for number_, (members, themes) in enumerate(data.communities, start=1):
        names = sorted(str(G.nodes[n].get("name", n)) for n in members)
        if len(members) == 1 and not any(m != members[0] for m in G.neighbors(members[0])):
            singles.extend(names)
            continue
        theme_text = (
            t(
                "dashboard.community_themes",
                language,
                themes=", ".join(
                    f"{labels.label('theme', code, language)} ({count})" for code, count in themes
                ),
            )
            if themes
            else t("dashboard.community_no_themes", language)
        )
        shown = names[:MAX_MEMBERS]
        if len(names) > MAX_MEMBERS:
            shown.append(t("dashboard.community_more", language, count=len(names) - MAX_MEMBERS))
        heading = t("dashboard.community", language, number=number_, size=len(members))
        items.append((heading, theme_text, cuts.joined(shown, language)))
    if singles:
        line = t(
            "dashboard.community_singletons",
            language,
            count=len(singles),
            names=cuts.joined(sorted(singles), language),
        )
        items.append(("", "", line))
    return items


def level_options(language: object) -> list[dict[str, str]]:
    lang = normalise_language(language)
    return [{"label": t(f"dashboard.level.{v}", lang), "value": v} for v in LEVELS]


def attribute_options(language: object) -> list[dict[str, str]]:
    lang = normalise_language(language)
    return [{"label": t(f"dashboard.attribute.{v}", lang), "value": v} for v in ATTRIBUTES]


__all__ = [
    "DashboardView", "attribute_options", "dashboard_view", "level_options", "mover_columns",
    "mover_rows", "movers_title", "number", "turnover_columns", "turnover_rows", "view_of",
    "year_columns", "year_rows",
]  # fmt: skip
