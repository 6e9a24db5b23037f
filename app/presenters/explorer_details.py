"""Details panels for a clicked node or edge, as plain dicts.

Why plain data: the panel answers "why does this actor sit where it sits" with its
attributes, its metrics with rank and a plain-language explanation, its ties and
stories; the page only lays it out. Ids arrive from the browser, so they are treated
as forged: resolved against the graph, never trusted (unknown id -> ``None``).
Explanations come from ``graph.metrics.explanations.explain`` when available, with a
short built-in fallback so the panel never shows a bare column name.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

import networkx as nx
import numpy as np
import pandas as pd

from graph.counts import is_tie
from graph.labels import Labels
from graph.records import ActorRecord, ActorThemeRecord, NetworkRecords, StoryRecord, TieRecord

Explain = Callable[[str, str], str | None]

#: Readable metric names (graph.metrics.explanations explains, it does not name).
_NAMES: dict[str, tuple[str, str]] = {
    "degree": ("aantal partners", "number of partners"),
    "in_degree": ("gevraagd door", "asked by"),
    "out_degree": ("zelf benaderd", "reached out to"),
    "strength": ("samenwerkingsintensiteit", "collaboration strength"),
    "betweenness": ("makelaarsrol", "broker role"),
    "closeness": ("nabijheid", "closeness"),
    "harmonic": ("harmonische nabijheid", "harmonic closeness"),
    "eigenvector": ("invloed via partners", "influence through partners"),
    "katz": ("Katz-invloed", "Katz influence"),
    "pagerank": ("PageRank", "PageRank"),
    "clustering": ("onderlinge verbondenheid partners", "partners' interconnection"),
    "core_number": ("kerngetal", "core number"),
    "constraint": ("beperking (Burt)", "constraint (Burt)"),
    "effective_size": ("effectieve netwerkomvang", "effective size"),
    "community": ("gemeenschap", "community"),
    "articulation_point": ("scharnierpunt", "articulation point"),
    "boundary_share": ("aandeel banden buiten eigen groep", "share of ties outside own group"),
}

#: Used only when graph.metrics.explanations cannot explain a metric.
_FALLBACK_TEXT: dict[str, tuple[str, str]] = {
    "degree": (
        "Met hoeveel anderen deze actor rechtstreeks samenwerkt.",
        "How many others this actor works with directly.",
    ),
    "betweenness": (
        "Hoe vaak deze actor op de kortste weg tussen twee anderen ligt.",
        "How often this actor lies on the shortest path between two others.",
    ),
}

#: Metric columns that are labels or flags, not magnitudes: shown but not ranked.
CATEGORICAL = frozenset({"community", "articulation_point"})


def _library_explain() -> Explain | None:
    try:
        from graph.metrics.explanations import explain  # H5's module, when present
    except ImportError:
        return None
    return explain


def explain_metric(metric: str, language: str = "nl", explain: Explain | None = None) -> str:
    """Plain-language explanation: the given/library explainer, else the fallback."""
    for fn in (explain, _library_explain()):
        if fn is None:
            continue
        try:
            text = fn(metric, language)
        except (KeyError, ValueError, LookupError):
            text = None
        if isinstance(text, str) and text:
            return text
    entry = _FALLBACK_TEXT.get(metric)
    return entry[1 if language == "en" else 0] if entry else ""


def metric_name(metric: str, language: str = "nl") -> str:
    """Readable name of a metric column, falling back to the column name."""
    entry = _NAMES.get(metric)
    return entry[1 if language == "en" else 0] if entry else metric.replace("_", " ")


@dataclass(frozen=True)
class DetailsIndex:
    """Per-revision lookups the panels need; build once with ``from_records``."""

    actors: dict[int, ActorRecord] = field(default_factory=dict)
    themes: dict[int, tuple[ActorThemeRecord, ...]] = field(default_factory=dict)
    ties: dict[int, TieRecord] = field(default_factory=dict)
    tie_stories: dict[int, tuple[StoryRecord, ...]] = field(default_factory=dict)
    group_stories: dict[int, tuple[StoryRecord, ...]] = field(default_factory=dict)
    labels: Labels = field(default_factory=Labels)

    @classmethod
    def from_records(cls, records: NetworkRecords) -> DetailsIndex:
        themes: dict[int, list] = defaultdict(list)
        for t in records.actor_themes:
            themes[t.actor_id].append(t)
        by_tie: dict[int, list] = defaultdict(list)
        by_group: dict[int, list] = defaultdict(list)
        for s in records.stories:
            if s.tie_id is not None:
                by_tie[s.tie_id].append(s)
            if s.group_id is not None:
                by_group[s.group_id].append(s)
        return cls(
            actors=records.actor_by_id(),
            themes={k: tuple(v) for k, v in themes.items()},
            ties={t.id: t for t in records.ties},
            tie_stories={k: tuple(v) for k, v in by_tie.items()},
            group_stories={k: tuple(v) for k, v in by_group.items()},
            labels=Labels.from_records(records),
        )


def resolve_node(G: nx.Graph, node_id: object) -> Hashable | None:
    """The graph node a browser-supplied id names (Cytoscape ids are strings)."""
    if isinstance(node_id, bool) or node_id is None:
        return None
    if isinstance(node_id, int | str) and node_id in G:
        return node_id
    text = str(node_id)
    if len(text) > 40:
        return None
    if text.lstrip("-").isdigit() and int(text) in G:
        return int(text)
    return text if text in G else None


def metric_rows(
    node: Hashable, metrics: pd.DataFrame | None, language: str, explain: Explain | None
) -> list[dict]:
    """Every metric of ``node``: value, rank (1 = highest, ties share the best rank)."""
    if metrics is None or node not in metrics.index:
        return []
    rows = []
    for column in metrics.columns:
        value = metrics.at[node, column]
        rank = None
        numeric = pd.to_numeric(metrics[column], errors="coerce")
        if column not in CATEGORICAL and numeric.notna().any():
            v = numeric.get(node)
            if v is None or pd.isna(v):
                value = None
            else:
                value = float(v)
                rank = int((numeric > v).sum()) + 1
        elif column == "community" and not pd.isna(value):
            value = int(value)  # numbered from 1 in graph.metrics, as everywhere
        elif column in CATEGORICAL and not pd.isna(value):
            value = bool(value) if isinstance(value, bool | np.bool_) else value
        else:
            value = None if pd.isna(value) else value
        if isinstance(value, float) and not math.isfinite(value):
            value, rank = None, None
        rows.append(
            {
                "metric": column,
                "name": metric_name(column, language),
                "value": value,
                "rank": rank,
                "of": int(numeric.notna().sum()) if rank is not None else None,
                "explanation": explain_metric(column, language, explain),
            }
        )
    return rows


def _story(s: StoryRecord, labels: Labels, language: str) -> dict:
    return {
        "id": s.id,
        "title": s.title,
        "text": s.text,
        "level": s.level and labels.label("story_level", s.level, language),
        "outcome_kind": s.outcome_kind and labels.label("outcome_kind", s.outcome_kind, language),
        "told_on": s.told_on.isoformat() if s.told_on else None,
    }


def _codes(labels: Labels, category: str, codes, language: str) -> list[dict]:
    return [{"code": c, "label": labels.label(category, c, language)} for c in codes or ()]


def _edge_summary(G: nx.Graph, u, v, labels: Labels, language: str) -> dict:
    d = G.edges[u, v]
    freq = d.get("frequency")
    return {
        "weight": d.get("weight"),
        "count": d.get("count"),
        "frequency": freq and {"code": freq, "label": labels.label("frequency", freq, language)},
        "modes": _codes(labels, "mode", d.get("modes"), language),
        "themes": _codes(labels, "theme", d.get("themes"), language),
        "motives": _codes(labels, "motive", d.get("motives"), language),
        "tie_ids": list(d.get("tie_ids", ())),
        "internal": bool(d.get("internal", False)),
        "affiliation": bool(d.get("affiliation", False)),
    }


def _neighbours(G: nx.Graph, node) -> list[tuple[Hashable, Hashable, str | None]]:
    if not G.is_directed():
        return [(node, w, None) for w in G.neighbors(node) if w != node]
    out = [(node, w, "out") for w in G.successors(node) if w != node]
    return out + [(w, node, "in") for w in G.predecessors(node) if w != node]


def node_details(
    node_id: object,
    G: nx.Graph,
    index: DetailsIndex,
    metrics: pd.DataFrame | None = None,
    explanations: Explain | None = None,
    language: str = "nl",
    *,
    viewer: object | None = None,
) -> dict | None:
    """Everything the node panel shows, or None when the id names no node of ``G``.

    ``viewer`` is the asking Viewer (app.viewer); no field is hidden yet, but privacy
    rules for persons will key off it here.
    """
    del viewer
    node = resolve_node(G, node_id)
    if node is None:
        return None
    data, labels = G.nodes[node], index.labels
    actor = index.actors.get(node) if isinstance(node, int) else None
    kind = data.get("kind")
    themes: dict[str, list[dict]] = defaultdict(list)
    for t in index.themes.get(node, ()):
        themes[t.relation].append(
            {
                "code": t.theme,
                "label": labels.label("theme", t.theme, language),
                "level": t.level and labels.label("expertise_level", t.level, language),
                "description": t.description,
            }
        )
    org_ids = data.get("organisation_ids") or (actor.organisation_ids if actor else ())
    ties = []
    for a, b, direction in _neighbours(G, node):
        if not is_tie(a, b, G.edges[a, b]):
            continue  # a mixed-level affiliation: "works at", not a tie
        other = b if a == node else a
        ties.append(
            {
                "other_id": other,
                "other_name": G.nodes[other].get("name", str(other)),
                "direction": direction,
                **_edge_summary(G, a, b, labels, language),
            }
        )
    ties.sort(key=lambda t: (-(t["weight"] or 0), str(t["other_name"])))
    tie_ids = {i for t in ties for i in t["tie_ids"]}
    stories = [s for i in sorted(tie_ids) for s in index.tie_stories.get(i, ())]
    if kind == "group" and isinstance(node, int):
        stories += index.group_stories.get(node, ())
    sector, typ = data.get("sector"), data.get("type")
    return {
        "id": node,
        "key": data.get("key"),
        "name": data.get("name"),
        "kind": kind and {"code": kind, "label": labels.label("actor_kind", kind, language)},
        "type": typ and {"code": typ, "label": labels.label("actor_type", typ, language)},
        "sector": sector and {"code": sector, "label": labels.label("sector", sector, language)},
        "region": data.get("region"),
        "internal_ties": data.get("internal_ties"),
        "organisations": [
            {"id": o, "name": index.actors[o].name if o in index.actors else str(o)}
            for o in org_ids
        ],
        "expertise": themes.get("expertise", []),
        "learning_needs": themes.get("learning_need", []),
        "priorities": themes.get("priority", []),
        "research_topics": themes.get("research_topic", []),
        "metrics": metric_rows(node, metrics, language, explanations),
        "ties": ties,
        "stories": [_story(s, labels, language) for s in stories],
    }


_TIE_FIELDS = (
    ("frequency", "frequency"),
    ("mode", "mode"),
    ("voluntariness", "voluntariness"),
    ("participation", "participation"),
    ("scope", "scope"),
    ("intake", "intake"),
    ("follow_up", "follow_up"),
    ("decision_making", "decision_making"),
    ("source_role", "role"),
    ("target_role", "role"),
)


def tie_attributes(tie: TieRecord, index: DetailsIndex, language: str) -> dict:
    """One coded tie with labels for every codebook attribute."""
    labels = index.labels
    out: dict = {"id": tie.id, "key": tie.key, "directed": tie.directed}
    # who collaborates (the tie's heading when an edge lists several)
    out["ends"] = [getattr(index.actors.get(a), "name", str(a)) for a in (tie.source, tie.target)]
    for name, category in _TIE_FIELDS:
        code = getattr(tie, name)
        out[name] = code and {"code": code, "label": labels.label(category, code, language)}
    out["start"] = tie.start.isoformat() if tie.start else None
    out["end"] = tie.end.isoformat() if tie.end else None
    out["themes"] = _codes(labels, "theme", tie.themes, language)
    out["motives"] = _codes(labels, "motive", tie.motives, language)
    out["learning_question"] = tie.learning_question
    out["stories"] = [_story(s, labels, language) for s in index.tie_stories.get(tie.id, ())]
    return out


def checked_tie(
    index: DetailsIndex, tie_id: object, belongs: Callable[[TieRecord], bool], language: str
) -> dict | None:
    """``tie_attributes`` of a tie named by the browser, if it exists and ``belongs``.

    Why: a folded tie's table is fetched by its id alone, so the id is forged until it
    is shown to be a tie of what the page shows (the actor, the clicked edge).
    """
    if isinstance(tie_id, bool) or not isinstance(tie_id, int):
        return None
    tie = index.ties.get(tie_id)
    if tie is None or not belongs(tie):
        return None
    return tie_attributes(tie, index, "en" if language == "en" else "nl")


def parse_edge_id(edge_id: object) -> tuple[str, str] | None:
    """Endpoints of an element id made by build_elements (``e12-15`` / ``e12>15``)."""
    if not isinstance(edge_id, str) or len(edge_id) > 90 or not edge_id.startswith("e"):
        return None
    for sep in (">", "-"):
        head, found, tail = edge_id[1:].partition(sep)
        if found and head and tail:
            return head, tail
    return None


def resolve_edge(G: nx.Graph, source: object, target: object) -> tuple[Hashable, Hashable] | None:
    """The edge of ``G`` between two browser-supplied node ids, or None."""
    u, v = resolve_node(G, source), resolve_node(G, target)
    return None if u is None or v is None or not G.has_edge(u, v) else (u, v)


def edge_details(
    source: object,
    target: object,
    G: nx.Graph,
    index: DetailsIndex,
    language: str = "nl",
    *,
    viewer: object | None = None,
) -> dict | None:
    """The edge panel: both ends, the aggregated edge and every tie on it; None if absent."""
    del viewer
    ends = resolve_edge(G, source, target)
    if ends is None:
        return None
    u, v = ends
    summary = _edge_summary(G, u, v, index.labels, language)
    ties = [index.ties[i] for i in summary["tie_ids"] if i in index.ties]
    return {
        "source": {"id": u, "name": G.nodes[u].get("name")},
        "target": {"id": v, "name": G.nodes[v].get("name")},
        "directed": G.is_directed(),
        **summary,
        "ties": [tie_attributes(t, index, language) for t in ties],
    }


def edge_tie(
    source: object,
    target: object,
    tie_id: object,
    G: nx.Graph,
    index: DetailsIndex,
    language: str = "nl",
    *,
    viewer: object | None = None,
) -> dict | None:
    """One tie of the edge panel, drawn when opened: only a tie the edge of ``G`` carries."""
    del viewer  # privacy rules for persons will key off it here
    ends = resolve_edge(G, source, target)
    if ends is None:
        return None
    u, v = ends
    on_edge = set(G.edges[u, v].get("tie_ids", ()))
    return checked_tie(index, tie_id, lambda tie: tie.id in on_edge, language)
