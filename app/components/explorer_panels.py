"""Dash components for the explorer's legend and details panels (and the actor page).

Why components apart from the presenters: the presenters return plain dicts (tested
without a browser); these functions only lay them out. Every user-supplied text
(names, stories, learning questions) goes in as a plain string child, which Dash
renders as text, never as HTML.
"""

from __future__ import annotations

from collections.abc import Sequence

from dash import dcc, html

from app.components.explorer_ids import EDGE_TIE
from app.components.folded_ties import folded_tie
from app.i18n import number_text, t

_SHAPE_CSS = {
    "ellipse": {"borderRadius": "50%"},
    "round-rectangle": {"borderRadius": "25%"},
    "hexagon": {"clipPath": "polygon(25% 5%, 75% 5%, 100% 50%, 75% 95%, 25% 95%, 0 50%)"},
}


def _swatch(swatch: dict) -> html.Span:
    """A small drawing of one legend entry: node (colour/shape/size) or edge (line)."""
    if "line_style" in swatch and "shape" not in swatch:
        style = {
            "display": "inline-block",
            "width": "2.2rem",
            "borderTop": f"{swatch.get('width', 2)}px {swatch['line_style']} "
            f"{swatch.get('colour', '#8A8A8A')}",
            "verticalAlign": "middle",
        }
        child = "▶" if swatch.get("arrow") else None
        return html.Span(child, className="cn-swatch-line", style=style)
    size = min(float(swatch.get("size", 18)), 34)
    style = {
        "display": "inline-block",
        "width": f"{size}px",
        "height": f"{size}px",
        "background": swatch.get("colour", "#BBBBBB"),
        "border": "1px solid #333",
        "verticalAlign": "middle",
        **_SHAPE_CSS.get(swatch.get("shape", "ellipse"), {}),
    }
    return html.Span(className="cn-swatch", style=style)


def legend_component(entries: Sequence[dict], titles: dict[str, str]) -> html.Div:
    """The legend: one titled list per section, in the order of ``entries``."""
    sections: dict[str, list[dict]] = {}
    for entry in entries:
        sections.setdefault(entry["section"], []).append(entry)
    blocks = []
    for section, items in sections.items():
        blocks.append(html.Div(titles.get(section, section), className="cn-legend-title"))
        blocks.append(
            html.Ul(
                [
                    html.Li([_swatch(e["swatch"]), html.Span(e["label"], className="ms-2")])
                    for e in items
                ],
                className="cn-legend-list",
            )
        )
    return html.Div(blocks, className="cn-legend")


def _number(value: object, language: str) -> str:
    if isinstance(value, bool):
        return t("details.yes" if value else "details.no", language)
    if isinstance(value, (int, float)):
        return number_text(value, language)
    return "" if value is None else str(value)


def _labels(items: Sequence[dict]) -> str:
    return ", ".join(str(i["label"]) for i in items)


def _row(label: str, value: object) -> html.Tr:
    return html.Tr([html.Th(label, className="fw-normal text-muted pe-2"), html.Td(value)])


def node_details_component(d: dict, language: str) -> html.Div:
    """The node panel from ``explorer_details.node_details``."""
    rows = []
    for key, field in (("details.type", "type"), ("details.sector", "sector")):
        if d.get(field):
            rows.append(_row(t(key, language), d[field]["label"]))
    if d.get("region"):
        rows.append(_row(t("details.region", language), d["region"]))
    if d.get("internal_ties") is not None:
        rows.append(_row(t("details.internal_ties", language), d["internal_ties"]))
    if d.get("organisations"):
        names = ", ".join(o["name"] for o in d["organisations"])
        rows.append(_row(t("details.organisations", language), names))
    for key in ("expertise", "learning_needs", "priorities", "research_topics"):
        if d.get(key):
            rows.append(_row(t(f"details.{key}", language), _labels(d[key])))
    metrics = [
        html.Li(
            [
                html.Span(m["name"], className="fw-semibold"),
                html.Span(f": {_number(m['value'], language)}"),
                html.Span(
                    f" ({t('details.rank', language, rank=m['rank'], of=m['of'])})"
                    if m.get("rank")
                    else "",
                    className="text-muted",
                ),
                html.Div(m["explanation"], className="small text-muted"),
            ]
        )
        for m in d.get("metrics", [])
        if m["value"] is not None and m["metric"] in _SHOWN_METRICS
    ]
    ties = [
        html.Li(
            [
                html.Span(tie["other_name"], className="fw-semibold"),
                html.Span(
                    " · "
                    + t("details.weight", language, weight=_number(tie["weight"], language))
                    + (f" · {_labels(tie['themes'])}" if tie["themes"] else "")
                ),
            ]
        )
        for tie in d.get("ties", [])[:25]
    ]
    stories = [
        html.Li([html.Span(s.get("title") or "", className="fw-semibold"), html.Div(s["text"])])
        for s in d.get("stories", [])
    ]
    return html.Div(
        [
            html.H3(d.get("name") or str(d["id"]), className="h5 mb-1", id="explorer-details-name"),
            dcc.Link(
                t("details.open_actor", language), href=f"/actor/{d['id']}", className="small"
            ),
            html.Table(html.Tbody(rows), className="table table-sm mt-2 mb-2"),
            html.Details(
                [html.Summary(t("details.metrics", language)), html.Ul(metrics, className="small")],
                open=True,
            ),
            html.Details(
                [
                    html.Summary(t("details.ties", language, count=len(d.get("ties", [])))),
                    html.Ul(ties, className="small"),
                ]
            ),
            html.Details(
                [
                    html.Summary(t("details.stories", language, count=len(stories))),
                    html.Ul(stories, className="small"),
                ]
            ),
        ]
    )


#: The metrics a board member can read in the panel (the export has all of them).
_SHOWN_METRICS = frozenset(
    {"degree", "strength", "betweenness", "closeness", "eigenvector", "clustering",
     "constraint", "community", "articulation_point", "core_number", "in_degree", "out_degree"}
)  # fmt: skip

_TIE_ROWS = ("frequency", "mode", "voluntariness", "participation", "scope", "intake",
             "follow_up", "decision_making", "source_role", "target_role")  # fmt: skip


def tie_table(tie: dict, language: str) -> list:
    """Every attribute of one coded tie (``explorer_details.tie_attributes``) and its
    stories: what an opened tie shows."""
    rows = [
        _row(t(f"details.{field}", language), tie[field]["label"])
        for field in _TIE_ROWS
        if tie.get(field)
    ]
    period = f"{tie.get('start') or '?'} – {tie.get('end') or t('details.open', language)}"
    rows.append(_row(t("details.period", language), period))
    if tie.get("themes"):
        rows.append(_row(t("details.themes", language), _labels(tie["themes"])))
    if tie.get("motives"):
        rows.append(_row(t("details.motives", language), _labels(tie["motives"])))
    if tie.get("learning_question"):
        rows.append(_row(t("details.learning_question", language), tie["learning_question"]))
    stories = [html.Li(s["text"]) for s in tie.get("stories", [])]
    return [
        html.Table(html.Tbody(rows), className="table table-sm mb-1"),
        html.Ul(stories, className="small") if stories else None,
    ]


def tie_component(tie: dict, language: str) -> html.Div:
    """One coded tie with every attribute, as a block of its own."""
    return html.Div(tie_table(tie, language), className="cn-tie")


def _tie_title(number: int, tie: dict) -> str:
    """``2. Anna → Bram``: which of the edge's ties this is, and between whom."""
    ends = tie.get("ends") or ("?", "?")
    return f"{number}. {ends[0]}{' → ' if tie.get('directed') else ' – '}{ends[1]}"


def edge_details_component(d: dict, language: str) -> html.Div:
    """The edge panel from ``explorer_details.edge_details``: each tie folded under its
    heading, its table drawn when opened (``explorer.open_edge_tie``)."""
    arrow = " → " if d.get("directed") else " — "
    return html.Div(
        [
            html.H3(
                [d["source"]["name"] or "", arrow, d["target"]["name"] or ""],
                className="h5",
                id="explorer-details-name",
            ),
            html.P(
                t("details.tie_count", language, count=d.get("count") or len(d["ties"]))
                + " · "
                + t("details.weight", language, weight=_number(d.get("weight"), language)),
                className="text-muted small",
            ),
            html.P(t("details.affiliation", language), className="small")
            if d.get("affiliation")
            else None,
            *[
                folded_tie(_tie_title(number, tie), tie["id"], EDGE_TIE, "cn-tie", "cn-tie-title")
                for number, tie in enumerate(d["ties"], 1)
            ],
        ]
    )
