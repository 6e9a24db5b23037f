"""The expertise map (``/expertise``): supply and demand per theme, gaps, who should meet.

Thin: callbacks pass raw input to ``app.presenters.expertise`` (one call each) and
lay the worded result out. Sentences are rendered as text, never as HTML.
"""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, dcc, html

from app import ids
from app.components.address_bar import mirror_query_in_address_bar
from app.i18n import normalise_language, t
from app.presenters import expertise as presenter
from app.presenters.expertise_records import network_records, readable_records
from app.presenters.experts import code_options, region_options
from app.services import current
from app.viewer import current_viewer

dash.register_page(
    __name__, path="/expertise", name="Expertisekaart", title="collabnet · expertise"
)

UNIT, MEASURE, SECTORS, REGIONS = (
    "expertise-unit",
    "expertise-measure",
    "expertise-sectors",
    "expertise-regions",
)
HEATMAP, SCOPE, GAPS, MEET, ALERT = (
    "expertise-heatmap",
    "expertise-scope",
    "expertise-gaps",
    "expertise-meet",
    "expertise-alert",
)
EXPORT, DOWNLOAD, QUERY = "expertise-export", "expertise-download", "expertise-query"

LABELS = {
    "expertise-title": "expertise.title",
    "expertise-intro": "expertise.intro",
    "expertise-unit-label": "expertise.unit",
    "expertise-measure-label": "expertise.measure",
    "expertise-sectors-label": "expertise.sectors",
    "expertise-regions-label": "expertise.regions",
    "expertise-gaps-title": "expertise.gaps",
    "expertise-meet-title": "expertise.meet",
    "expertise-meet-intro": "expertise.meet_intro",
    EXPORT: "expertise.export",
}


def _unit_options(language: str) -> list[dict[str, str]]:
    return [{"label": t(f"expertise.unit.{u}", language), "value": u} for u in presenter.UNITS]


def _measure_options(language: str) -> list[dict[str, str]]:
    return [
        {"label": t(f"expertise.measure.{m}", language), "value": m} for m in presenter.MEASURES
    ]


def _label(key: str, language: str) -> html.Label:
    return html.Label(t(LABELS[key], language), id=key, className="form-label fw-semibold")


def layout(**query: object) -> html.Div:
    language = current().settings.language
    records = readable_records(current().engine)
    if records is None:
        return dbc.Alert(t("error.database", language), color="danger", className="mt-3")
    form = presenter.form_from_inputs(
        records,
        query.get("unit"),
        query.get("measure"),
        str(query.get("sector", "")).split(",") if query.get("sector") else None,
        str(query.get("region", "")).split(",") if query.get("region") else None,
    )
    controls = dbc.Row(
        [
            dbc.Col(
                [
                    _label("expertise-unit-label", language),
                    dbc.RadioItems(
                        id=UNIT, options=_unit_options(language), value=form.unit, inline=True
                    ),
                ],
                md=3,
            ),
            dbc.Col(
                [
                    _label("expertise-measure-label", language),
                    dbc.RadioItems(
                        id=MEASURE,
                        options=_measure_options(language),
                        value=form.measure,
                        inline=True,
                    ),
                ],
                md=3,
            ),
            dbc.Col(
                [
                    _label("expertise-sectors-label", language),
                    dcc.Dropdown(
                        id=SECTORS,
                        options=code_options(records, "sector", language),
                        value=list(form.sectors),
                        multi=True,
                    ),
                ],
                md=2,
            ),
            dbc.Col(
                [
                    _label("expertise-regions-label", language),
                    dcc.Dropdown(
                        id=REGIONS,
                        options=region_options(records),
                        value=list(form.regions),
                        multi=True,
                    ),
                ],
                md=2,
            ),
            dbc.Col(
                [
                    dbc.Button(
                        t("expertise.export", language), id=EXPORT, color="primary", size="sm"
                    ),
                    dcc.Download(id=DOWNLOAD),
                ],
                md=2,
                className="d-flex align-items-end",
            ),
        ],
        className="g-3 mb-2",
    )
    return html.Div(
        [
            html.H1(t("expertise.title", language), id="expertise-title", className="h3 mt-3"),
            html.P(t("expertise.intro", language), id="expertise-intro", className="text-muted"),
            controls,
            html.P(id=SCOPE, className="fw-semibold"),
            dbc.Alert(id=ALERT, color="info", is_open=False),
            dcc.Store(id=QUERY),
            dbc.Row(
                [
                    dbc.Col(
                        dcc.Loading(
                            # as wide as its columns need: scrolls instead of dropping names
                            html.Div(
                                dcc.Graph(id=HEATMAP, config={"displaylogo": False}),
                                className="cn-heatmap-scroll",
                            )
                        ),
                        md=8,
                    ),
                    dbc.Col(
                        [
                            html.H2(
                                t("expertise.gaps", language),
                                id="expertise-gaps-title",
                                className="h5",
                            ),
                            html.Ul(id=GAPS, className="cn-gaps"),
                            html.H2(
                                t("expertise.meet", language),
                                id="expertise-meet-title",
                                className="h5 mt-3",
                            ),
                            html.P(
                                t("expertise.meet_intro", language),
                                id="expertise-meet-intro",
                                className="small text-muted",
                            ),
                            html.Ol(id=MEET, className="cn-meet small"),
                        ],
                        md=4,
                    ),
                ]
            ),
        ]
    )


@callback(
    *[Output(key, "children") for key in LABELS],
    Output(UNIT, "options"),
    Output(MEASURE, "options"),
    Output(SECTORS, "options"),
    Input(ids.LANGUAGE_STORE, "data"),
)
def translate(language: object):
    services = current()
    lang = normalise_language(language, services.settings.language)
    records = network_records(services.engine)
    return (
        *[t(message, lang) for message in LABELS.values()],
        _unit_options(lang),
        _measure_options(lang),
        code_options(records, "sector", lang),
    )


@callback(
    Output(HEATMAP, "figure"),
    Output(SCOPE, "children"),
    Output(GAPS, "children"),
    Output(MEET, "children"),
    Output(ALERT, "children"),
    Output(ALERT, "is_open"),
    Output(QUERY, "data"),
    Input(UNIT, "value"),
    Input(MEASURE, "value"),
    Input(SECTORS, "value"),
    Input(REGIONS, "value"),
    Input(ids.LANGUAGE_STORE, "data"),
)
def show_map(unit: object, measure: object, sectors: object, regions: object, language: object):
    services = current()
    lang = normalise_language(language, services.settings.language)
    view = presenter.expertise_view(
        services.engine,
        current_viewer(),
        lang,
        unit=unit,
        measure=measure,
        sectors=sectors,
        regions=regions,
    )
    gaps = [
        html.Li(g.sentence, className=f"cn-gap cn-gap-{g.kind}", **{"data-theme": g.theme})
        for g in view.gaps
    ] or [html.Li(t("expertise.no_gaps", lang), className="text-muted")]
    shown = view.meet[: presenter.SHOWN_SUGGESTIONS]
    meet = [
        html.Li(
            [html.Span(f"{m.first} – {m.second}", className="fw-semibold"), html.Br(), m.reason],
            className="cn-meet-item",
        )
        for m in shown
    ] or [html.Li(t("expertise.no_meet", lang), className="text-muted")]
    if len(view.meet) > len(shown):
        more = len(view.meet) - len(shown)
        meet.append(html.Li(t("expertise.meet_more", lang, count=more), className="text-muted"))
    message = view.message
    return view.figure, view.scope, gaps, meet, message, message is not None, view.query_string


# Keep the state in the address bar (bookmarks) without re-running the page router.
mirror_query_in_address_bar(QUERY, prevent_initial_call=True)


@callback(
    Output(DOWNLOAD, "data"),
    Input(EXPORT, "n_clicks"),
    State(UNIT, "value"),
    State(MEASURE, "value"),
    State(SECTORS, "value"),
    State(REGIONS, "value"),
    State(ids.LANGUAGE_STORE, "data"),
    prevent_initial_call=True,
)
def export(n_clicks: object, unit, measure, sectors, regions, language: object):
    if not isinstance(n_clicks, int) or n_clicks < 1:
        return dash.no_update
    services = current()
    lang = normalise_language(language, services.settings.language)
    content = presenter.export_workbook(
        services.engine,
        current_viewer(),
        lang,
        unit=unit,
        measure=measure,
        sectors=sectors,
        regions=regions,
    )
    return dcc.send_bytes(content, t("expertise.export_filename", lang))
