"""The network explorer (``/explorer``): see, filter and understand the partnership.

Thin: every server callback reads its inputs, calls one presenter
(``explorer_view``, ``explorer_view_controls``, ``explorer_details``, ``view_export``)
and returns what it gave. Input is treated as forged by the presenters. The element
list is only ever an Output (never State: Cytoscape echoes it back, DESIGN.md) and the
layout stays ``preset``. Browser-only work (URL history, focusing a node, hover
names, the time player, PNG export) runs in clientside callbacks. An edge's ties are
listed folded; a tie's table is drawn when it is opened (``folded_ties``).

The view lives in the URL: ``history.pushState`` on every change, so bookmarks,
reload and back/forward give the same view (Dash pages re-render the layout from the
query on back/forward).
"""

from __future__ import annotations

import time
from dataclasses import replace
from urllib.parse import urlencode

import dash
import dash_bootstrap_components as dbc
import dash_cytoscape as cyto
from dash import Input, Output, State, callback, ctx, dcc, html

from app import ids
from app.components import explorer_clientside
from app.components.explorer_ids import (
    ALERT,
    CONTROL_NAMES,
    COUNTS,
    DETAILS,
    DETAILS_TITLE,
    DOWNLOAD,
    EDGE,
    EDGE_TIE,
    EXPORTS,
    EXTRA,
    FIT,
    FIT_BUTTON,
    GRAPH,
    HOVER,
    LEGEND,
    LEGEND_TITLE,
    PLAY,
    PNG_CAPTION,
    QUERY,
    READY,
    SEARCH,
    SELECTED,
    SENTENCE,
    SERVER_MS,
    TICK,
    TIME_LABEL,
    TITLE,
    P,
)
from app.components.explorer_panels import (
    edge_details_component,
    legend_component,
    node_details_component,
    tie_table,
)
from app.components.explorer_sidebar import LABELS, SIDEBAR_CONTROLS, choice_options, sidebar
from app.components.folded_ties import register_opener
from app.i18n import normalise_language, t
from app.messages import explorer as _messages  # noqa: F401 - registers the messages
from app.presenters import explorer_view_controls as controls
from app.presenters import view_export
from app.presenters.expertise_records import network_records
from app.presenters.explorer_details import edge_details, edge_tie, node_details, parse_edge_id
from app.presenters.explorer_style import CYTOSCAPE_PROPS, stylesheet
from app.presenters.explorer_view import (
    ExplorerRequest,
    details_index,
    explorer_view,
    full_metrics,
    parse_request,
)
from app.presenters.legend import section_titles
from app.services import current
from app.viewer import current_viewer

explorer_clientside.register()

dash.register_page(
    __name__,
    path="/explorer",
    name="Netwerk",
    title="collabnet · netwerk",
    order=-1,
    nav="nav.explorer",
)


#: Hover label on top of H8's lean stylesheet (the name shows while pointing at it).
HOVER_STYLE = {
    "selector": "node.hover",
    "style": {
        "label": "data(label)",
        "font-size": 14,
        "text-valign": "bottom",
        "text-background-color": "#FFFFFF",
        "text-background-opacity": 0.9,
        "z-index": 20,
    },
}
STYLESHEET = [*stylesheet(), HOVER_STYLE]


def view_query(request: ExplorerRequest) -> str:
    """The request without selection and language: what the drawing depends on."""
    state = replace(request.state, selected=None, language="nl")
    return ExplorerRequest(state=state, directed=request.directed).to_query()


def _records():
    return network_records(current().engine)


def _language(value: object) -> str:
    return normalise_language(value, current().settings.language)


def layout(**query: object) -> html.Div:
    """The page for a (bookmarked) query; the graph itself comes from ``draw``."""
    language = current().settings.language
    records = _records()
    request = parse_request(urlencode(query, doseq=True))
    values = controls.control_values(request, records)
    options = controls.control_options(records, language)
    options["actors"] = controls.actor_options(records)
    frequency = [{"label": c.label(language), "value": c.code} for c in records.codes("frequency")]
    frequency.sort(key=lambda f: controls.frequency_codes(records).index(f["value"]))
    first, last, marks = controls.year_marks(records)
    state = request.state
    graph_area = html.Div(
        [
            html.H1(t("explorer.title", language), id=TITLE, className="h4 mb-1"),
            html.P(id=SENTENCE, className="cn-sentence mb-1"),
            html.Div(
                [
                    html.Span(id=COUNTS, className="badge text-bg-secondary me-2"),
                    html.Span(id=HOVER, className="text-muted small me-auto"),
                    dbc.Button(
                        t("explorer.fit", language),
                        id=FIT_BUTTON,
                        size="sm",
                        color="secondary",
                        outline=True,
                        title=t("explorer.fit.title", language),
                        className="me-2",
                    ),
                    dbc.DropdownMenu(
                        [
                            dbc.DropdownMenuItem(t(f"explorer.export.{fmt}", language), id=cid)
                            for fmt, cid in EXPORTS.items()
                        ],
                        label=t("explorer.export", language),
                        size="sm",
                        color="secondary",
                        id=P + "export-menu",
                    ),
                ],
                className="d-flex align-items-center mb-1",
            ),
            dbc.Alert(id=ALERT, color="warning", is_open=False, className="py-1 mb-1"),
            cyto.Cytoscape(
                id=GRAPH,
                elements=[],
                stylesheet=STYLESHEET,
                className="cn-cytoscape",
                **CYTOSCAPE_PROPS,
                style={"width": "100%", "height": "100%"},
            ),
            html.Div(
                [
                    dbc.Button(
                        "▶",
                        id=PLAY,
                        size="sm",
                        color="primary",
                        title=t("explorer.play", language),
                        className="cn-play",
                    ),
                    html.Span(t("explorer.time", language), id=TIME_LABEL, className="mx-2"),
                    html.Div(
                        dcc.RangeSlider(
                            id=SIDEBAR_CONTROLS["years"][0],
                            min=first,
                            max=last,
                            step=1,
                            marks=marks,
                            value=values["years"],
                            allowCross=False,
                            allow_direct_input=False,
                            disabled=not marks,
                        ),
                        className="flex-grow-1",
                    ),
                ],
                className="d-flex align-items-center mt-1",
            ),
            dcc.Interval(id=TICK, interval=1600, disabled=True),
        ],
        className="cn-explorer-main",
    )
    side = sidebar(values, options, frequency, language)
    right = html.Div(
        [
            dcc.Dropdown(
                id=SEARCH,
                options=options["actors"],
                placeholder=t("explorer.search", language),
                className="mb-2",
            ),
            html.H2(t("explorer.details", language), id=DETAILS_TITLE, className="cn-side-title"),
            html.Div(t("explorer.details.hint", language), id=DETAILS, className="cn-details"),
            html.H2(t("explorer.legend", language), id=LEGEND_TITLE, className="cn-side-title"),
            html.Div(id=LEGEND),
        ],
        className="cn-explorer-right",
    )
    return html.Div(
        [
            dcc.Store(id=QUERY, data=view_query(request)),
            dcc.Store(id=SELECTED, data=state.selected),
            dcc.Store(id=EDGE, data=None),
            dcc.Store(id=READY, data=False),
            dcc.Store(id=FIT, data=None),
            dcc.Store(id=EXTRA, data={"seed": state.seed, "labels": state.labels}),
            dcc.Download(id=DOWNLOAD),
            dcc.Store(id=PNG_CAPTION, data=None),
            html.Div(id=SERVER_MS, hidden=True),
            html.Div([side, graph_area, right], className="cn-explorer"),
        ]
    )


@callback(
    Output(QUERY, "data"),
    Output(GRAPH, "elements"),
    Output(SENTENCE, "children"),
    Output(COUNTS, "children"),
    Output(ALERT, "children"),
    Output(ALERT, "is_open"),
    Output(LEGEND, "children"),
    Output(SERVER_MS, "children"),
    *[Input(cid, prop) for cid, prop in SIDEBAR_CONTROLS.values()],
    Input(ids.LANGUAGE_STORE, "data"),
    State(EXTRA, "data"),
)
def draw(*args: object):
    """Panel -> request (forged values dropped by the presenter) -> the drawn view.

    One callback, so a filter change costs one round trip; ``SERVER_MS`` reports its
    own time for the benchmark.
    """
    started = time.perf_counter()
    *panel, language, extra = args
    values = dict(zip(CONTROL_NAMES, panel, strict=True))
    extra = extra if isinstance(extra, dict) else {}
    values.update(seed=extra.get("seed"), labels=extra.get("labels"))
    records = _records()
    request = controls.request_from_controls(values, records)
    lang = _language(language)
    view = explorer_view(records, request, current_viewer(), lang)
    key = "explorer.counts.two_mode" if view.level == "two_mode" else "explorer.counts"
    counts = t(key, lang, nodes=view.nodes, ties=view.ties)  # two-mode lines: memberships
    legend = legend_component(view.legend, section_titles(request.state.color_by, lang))
    ms = f"{(time.perf_counter() - started) * 1000:.1f}"
    return (
        request.to_query(), view.elements, view.sentence, counts, view.message,
        bool(view.message), legend, ms,
    )  # fmt: skip


@callback(
    Output(SELECTED, "data"),
    Output(EDGE, "data"),
    Input(GRAPH, "tapNodeData"),
    Input(GRAPH, "tapEdgeData"),
    Input(SEARCH, "value"),
    prevent_initial_call=True,
)
def select(node: object, edge: object, searched: object):
    """A tapped node or searched actor selects it; a tapped edge selects the edge."""
    if ctx.triggered_id == GRAPH and "tapEdgeData" in (ctx.triggered[0] or {}).get("prop_id", ""):
        edge_id = edge.get("id") if isinstance(edge, dict) else None
        return None, edge_id if parse_edge_id(edge_id) else None
    picked = searched if ctx.triggered_id == SEARCH else (node or {}).get("id")
    if isinstance(picked, str) and picked.isascii() and picked.isdigit() and len(picked) < 12:
        picked = int(picked)
    if not isinstance(picked, int) or isinstance(picked, bool):
        return dash.no_update, dash.no_update
    return picked, None


@callback(
    Output(DETAILS, "children"),
    Input(SELECTED, "data"),
    Input(EDGE, "data"),
    Input(QUERY, "data"),
    Input(ids.LANGUAGE_STORE, "data"),
)
def details(selected: object, edge: object, query: object, language: object):
    lang = _language(language)
    records = _records()
    view = explorer_view(records, parse_request(query), current_viewer(), lang)
    index = details_index(records)
    ends = parse_edge_id(edge)
    if ends is not None:
        d = edge_details(*ends, view.graph, index, lang, viewer=current_viewer())
        if d is not None:
            return edge_details_component(d, lang)
    if selected is not None:
        metrics = full_metrics(records, view)
        d = node_details(
            selected, view.graph, index, metrics, language=lang, viewer=current_viewer()
        )
        if d is not None:
            return node_details_component(d, lang)
        return html.P(t("explorer.stale", lang), className="text-muted")
    return t("explorer.details.hint", lang)


def open_edge_tie(tie_id: object, edge: object, query: object, language: object):
    """The table of an edge-panel tie when opened: only a tie of the selected edge in
    the view the query describes (ids from the browser, so re-checked)."""
    ends = parse_edge_id(edge)
    if ends is None:
        return None
    lang, records = _language(language), _records()
    view = explorer_view(records, parse_request(query), current_viewer(), lang)
    index = details_index(records)
    tie = edge_tie(*ends, tie_id, view.graph, index, lang, viewer=current_viewer())
    return None if tie is None else tie_table(tie, lang)


register_opener(
    EDGE_TIE,
    [State(EDGE, "data"), State(QUERY, "data"), State(ids.LANGUAGE_STORE, "data")],
    open_edge_tie,
)


@callback(
    *[Output(cid, prop) for cid, prop in SIDEBAR_CONTROLS.values()],
    Input(P + "reset", "n_clicks"),
    prevent_initial_call=True,
)
def reset(_clicks: object):
    values = controls.control_values(ExplorerRequest(), _records())
    return [values[name] for name in CONTROL_NAMES]


@callback(
    *[Output(key, "children") for key in LABELS],
    Output(TITLE, "children"),
    Output(DETAILS_TITLE, "children"),
    Output(LEGEND_TITLE, "children"),
    Output(TIME_LABEL, "children"),
    Output(PLAY, "title"),
    Output(SEARCH, "placeholder"),
    Output(P + "export-menu", "label"),
    Output(FIT_BUTTON, "children"),
    Output(FIT_BUTTON, "title"),
    *[Output(SIDEBAR_CONTROLS[n][0], "placeholder") for n, _f, _c in controls.MULTI],
    *[Output(SIDEBAR_CONTROLS[n][0], "options") for n in ("level", "color", "size", "layout")],
    *[Output(SIDEBAR_CONTROLS[n][0], "options") for n in ("directed", "flags")],
    *[Output(SIDEBAR_CONTROLS[n][0], "options") for n, _f, c in controls.MULTI if c],
    Input(ids.LANGUAGE_STORE, "data"),
)
def translate(language: object):
    lang = _language(language)
    choices = choice_options(lang)
    options = controls.control_options(_records(), lang)
    return (
        *[t(key, lang) for key in LABELS.values()],
        t("explorer.title", lang),
        t("explorer.details", lang),
        t("explorer.legend", lang),
        t("explorer.time", lang),
        t("explorer.play", lang),
        t("explorer.search", lang),
        t("explorer.export", lang),
        t("explorer.fit", lang),
        t("explorer.fit.title", lang),
        *[t("explorer.any", lang) for _n in controls.MULTI],
        *[choices[n] for n in ("level", "color", "size", "layout", "directed", "flags")],
        *[options[n] for n, _f, c in controls.MULTI if c],
    )


@callback(
    Output(DOWNLOAD, "data"),
    Input(EXPORTS["svg"], "n_clicks"),
    Input(EXPORTS["csv"], "n_clicks"),
    Input(EXPORTS["xlsx"], "n_clicks"),
    State(QUERY, "data"),
    State(ids.LANGUAGE_STORE, "data"),
    prevent_initial_call=True,
)
def export(_svg: object, _csv: object, _xlsx: object, query: object, language: object):
    records = _records()
    view = explorer_view(records, parse_request(query), current_viewer(), _language(language))
    stem = view_export.STEM
    if ctx.triggered_id == EXPORTS["svg"]:
        return dcc.send_string(view_export.svg(view), f"{stem}.svg")
    if ctx.triggered_id == EXPORTS["csv"]:
        data = view_export.csv_zip(view, records.revision, full_metrics(records, view))
        return dcc.send_bytes(data, f"{stem}.zip")
    data = view_export.xlsx(view, records.revision, full_metrics(records, view))
    return dcc.send_bytes(data, f"{stem}.xlsx")


@callback(
    Output(PNG_CAPTION, "data"),
    Input(EXPORTS["png"], "n_clicks"),
    State(QUERY, "data"),
    State(ids.LANGUAGE_STORE, "data"),
    prevent_initial_call=True,
)
def png_caption(_png: object, query: object, language: object):
    """The title and legend that frame the PNG (drawn and downloaded in the browser)."""
    view = explorer_view(_records(), parse_request(query), current_viewer(), _language(language))
    return view_export.png_caption(view)
