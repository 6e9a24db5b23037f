"""The network dashboard (``/dashboard``): every figure behind the picture, explained.

Thin: one callback hands the raw control values to ``app.presenters.dashboard``
(which validates them) and lays the worded result out. Level, direction and the
grouping attribute live in the URL (``?level=organisation&directed=1&attribute=sector``).
Every sentence and name is rendered as text, never as HTML.
"""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, callback, dcc, html

from app import ids
from app.components.address_bar import mirror_query_in_address_bar
from app.components.grid import data_grid
from app.i18n import normalise_language, t
from app.presenters import dashboard as presenter
from app.presenters.dashboard_state import state_from_query
from app.services import current
from app.viewer import current_viewer

dash.register_page(
    __name__,
    path="/dashboard",
    name="Dashboard",
    title="collabnet · dashboard",
    order=1,
    nav="nav.dashboard",
)

P = "dashboard-"
LEVEL, DIRECTED, ATTRIBUTE, QUERY = P + "level", P + "directed", P + "attribute", P + "query"
SCOPE, ALERT, SUMMARY, GRID, EXPORT = (
    P + "scope",
    P + "alert",
    P + "summary",
    P + "grid",
    P + "export",
)
DEGREE, MIXING, HOMOPHILY = P + "degree", P + "mixing", P + "homophily"
MOVERS, MOVERS_TITLE = P + "movers", P + "movers-title"
CUTS, COMMUNITIES, YEARS, YEARS_CHART, TURNOVER = (
    P + "cuts",
    P + "communities",
    P + "years",
    P + "years-chart",
    P + "turnover",
)

# element id -> message id of its static text
LABELS = {
    P + "title": "dashboard.title",
    P + "intro": "dashboard.intro",
    P + "level-label": "dashboard.level",
    P + "attribute-label": "dashboard.attribute",
    P + "summary-title": "dashboard.summary",
    P + "nodes-title": "dashboard.nodes",
    P + "nodes-intro": "dashboard.nodes_intro",
    P + "homophily-title": "dashboard.homophily",
    P + "vulnerable-title": "dashboard.vulnerable",
    P + "vulnerable-intro": "dashboard.vulnerable_intro",
    P + "communities-title": "dashboard.communities",
    P + "communities-intro": "dashboard.communities_intro",
    P + "years-title": "dashboard.years",
    P + "years-intro": "dashboard.years_intro",
    P + "turnover-title": "dashboard.turnover",
    EXPORT: "dashboard.export_csv",
}
GRAPH_CONFIG = {"displaylogo": False}


def _text(element_id: str, language: str, tag=html.P, className: str = "") -> html.Component:
    return tag(t(LABELS[element_id], language), id=element_id, className=className)


def layout(**query: object) -> html.Div:
    """Controls filled from the URL; the figures come from :func:`show_dashboard`."""
    language = current().settings.language
    state = state_from_query({k: v for k, v in query.items() if isinstance(v, str)})
    controls = html.Div(
        [
            _text(P + "level-label", language, html.Span, "fw-semibold me-2"),
            dbc.RadioItems(
                id=LEVEL,
                options=presenter.level_options(language),
                value=state.level,
                inline=True,
            ),
            dbc.Checklist(
                id=DIRECTED,
                options=[{"label": t("dashboard.directed", language), "value": "directed"}],
                value=["directed"] if state.directed else [],
                switch=True,
                className="ms-3",
            ),
        ],
        className="d-flex flex-wrap align-items-center gap-2 mb-2",
    )
    return html.Div(
        [
            _text(P + "title", language, html.H1, "h3 mt-3"),
            _text(P + "intro", language, html.P, "text-muted"),
            controls,
            html.P(id=SCOPE, className="lead"),
            dbc.Alert(id=ALERT, color="info", is_open=False),
            _text(P + "summary-title", language, html.H2, "h4 mt-3"),
            html.Div(id=SUMMARY),
            dbc.Row(
                [
                    dbc.Col(dcc.Graph(id=DEGREE, config=GRAPH_CONFIG), lg=5),
                    dbc.Col(
                        [
                            html.Div(
                                [
                                    _text(P + "attribute-label", language, html.Span, "me-2"),
                                    dbc.RadioItems(
                                        id=ATTRIBUTE,
                                        options=presenter.attribute_options(language),
                                        value=state.attribute,
                                        inline=True,
                                    ),
                                ],
                                className="d-flex flex-wrap align-items-center",
                            ),
                            dcc.Graph(id=MIXING, config=GRAPH_CONFIG),
                        ],
                        lg=7,
                    ),
                ],
                className="mt-3",
            ),
            _text(P + "homophily-title", language, html.H2, "h4 mt-3"),
            html.Div(id=HOMOPHILY),
            html.Div(
                [
                    _text(P + "nodes-title", language, html.H2, "h4 mb-0"),
                    dbc.Button(
                        t("dashboard.export_csv", language),
                        id=EXPORT,
                        color="primary",
                        size="sm",
                        className="ms-auto",
                    ),
                ],
                className="d-flex align-items-center mt-4",
            ),
            _text(P + "nodes-intro", language, html.P, "text-muted"),
            data_grid(GRID, height="480px", language=language),
            _text(P + "vulnerable-title", language, html.H2, "h4 mt-4"),
            _text(P + "vulnerable-intro", language, html.P, "text-muted"),
            html.Div(id=CUTS),
            _text(P + "communities-title", language, html.H2, "h4 mt-4"),
            _text(P + "communities-intro", language, html.P, "text-muted"),
            html.Div(id=COMMUNITIES),
            _text(P + "years-title", language, html.H2, "h4 mt-4"),
            _text(P + "years-intro", language, html.P, "text-muted"),
            html.Div(id=YEARS),
            dcc.Graph(id=YEARS_CHART, config=GRAPH_CONFIG),
            _text(P + "turnover-title", language, html.H3, "h5 mt-3"),
            html.Div(id=TURNOVER),
            html.H3(id=MOVERS_TITLE, className="h5 mt-3"),
            html.Div(id=MOVERS, className="mb-5"),
            dcc.Store(id=QUERY),
        ]
    )


def table(columns: list[tuple[str, str]], rows: list[dict[str, str]], table_id: str = ""):
    """A plain Bootstrap table; every cell is text."""
    head = html.Thead(html.Tr([html.Th(header) for _, header in columns]))
    body = html.Tbody([html.Tr([html.Td(row.get(f, "")) for f, _ in columns]) for row in rows])
    return dbc.Table([head, body], id=table_id or None, bordered=False, hover=True, size="sm")


def summary_table(view: presenter.DashboardView) -> dbc.Table:
    lang = view.language
    head = html.Thead(
        html.Tr(
            [
                html.Th(t(f"dashboard.col.{k}", lang))
                for k in ("metric", "value", "explanation", "reference")
            ]
        )
    )
    body = html.Tbody(
        [
            html.Tr(
                [
                    html.Td(row["name"], className="fw-semibold"),
                    html.Td(row["value"], className="text-end cn-metric-value"),
                    html.Td(row["explanation"]),
                    html.Td(row["reference"], className="small text-muted"),
                ],
                id=f"{SUMMARY}-{row['metric']}",
            )
            for row in view.summary_rows
        ]
    )
    return dbc.Table([head, body], hover=True, size="sm", responsive=True)


@callback(
    *[Output(element_id, "children") for element_id in LABELS],
    Output(SCOPE, "children"),
    Output(ALERT, "children"),
    Output(ALERT, "is_open"),
    Output(SUMMARY, "children"),
    Output(GRID, "columnDefs"),
    Output(GRID, "rowData"),
    Output(GRID, "csvExportParams"),
    Output(DEGREE, "figure"),
    Output(MIXING, "figure"),
    Output(HOMOPHILY, "children"),
    Output(CUTS, "children"),
    Output(COMMUNITIES, "children"),
    Output(YEARS, "children"),
    Output(YEARS_CHART, "figure"),
    Output(TURNOVER, "children"),
    Output(MOVERS_TITLE, "children"),
    Output(MOVERS, "children"),
    Output(LEVEL, "options"),
    Output(ATTRIBUTE, "options"),
    Output(DIRECTED, "options"),
    Output(QUERY, "data"),
    Input(LEVEL, "value"),
    Input(DIRECTED, "value"),
    Input(ATTRIBUTE, "value"),
    Input(ids.LANGUAGE_STORE, "data"),
)
def show_dashboard(level: object, directed: object, attribute: object, language: object):
    services = current()
    lang = normalise_language(language, services.settings.language)
    view = presenter.dashboard_view(
        services.engine, current_viewer(), lang, level, directed, attribute
    )
    homophily_cols = [
        ("attribute", t("dashboard.col.attribute", lang)),
        ("ei_index", t("dashboard.metric.ei_index", lang)),
        ("assortativity", t("dashboard.metric.attribute_assortativity", lang)),
    ]
    cuts = [
        html.Li([html.Span(sentence), html.Br(), html.Small(names, className="text-muted")])
        for sentence, names in view.cuts
    ] or [html.Li(t("dashboard.no_cuts", lang))]
    communities = [
        html.Li(
            [
                html.Strong(heading) if heading else None,
                html.Div(themes) if themes else None,
                html.Small(members, className="text-muted"),
            ],
            className="mb-2",
        )
        for heading, themes, members in view.communities
    ]
    years = (
        table(presenter.year_columns(lang), view.year_rows, P + "years-table")
        if view.year_rows
        else html.P(t("dashboard.years_empty", lang))
    )
    return (
        *[t(message, lang) for message in LABELS.values()],
        view.scope,
        view.message,
        view.message is not None,
        summary_table(view),
        view.node_columns,
        view.node_rows,
        {"fileName": t("dashboard.export_filename", lang)},
        view.degree_figure,
        view.mixing_figure,
        html.Div(
            [
                table(homophily_cols, view.homophily_rows, P + "homophily-table"),
                *[html.P(note, className="small text-muted mb-1") for note in view.homophily_notes],
            ]
        ),
        html.Ul(cuts, id=P + "cuts-list"),
        html.Ul(communities, className="list-unstyled", id=P + "communities-list"),
        years,
        view.years_figure,
        table(presenter.turnover_columns(lang), view.turnover_rows, P + "turnover-table"),
        view.movers_title,
        table(presenter.mover_columns(lang), view.mover_rows, P + "movers-table")
        if view.mover_rows
        else None,
        presenter.level_options(lang),
        presenter.attribute_options(lang),
        [{"label": t("dashboard.directed", lang), "value": "directed"}],
        view.query,
    )


@callback(
    Output(GRID, "exportDataAsCsv"),
    Input(EXPORT, "n_clicks"),
    prevent_initial_call=True,
)
def export_csv(n_clicks: object) -> bool:
    return isinstance(n_clicks, int) and n_clicks > 0


# Keep the state in the address bar (bookmarks) without re-running the page router.
mirror_query_in_address_bar(QUERY)
