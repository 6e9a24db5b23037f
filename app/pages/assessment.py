"""Self-assessment beside the network (``/assessment``).

Left: fill in a checklist (statements from the ``checklist_statement`` table, three
radio buttons each) for an organisation or the partnership on a date, and save it.
Right: the result per section for one or two dates, the changes, other schools, and
the structural indicators ("indicators, not proof"). Callbacks are thin: one
presenter call each, the scores arrive as pattern-matched radio values.
"""

from __future__ import annotations

from datetime import date

import dash
import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, callback, dcc, html

from app import ids
from app.i18n import normalise_language, t
from app.presenters import assessment as presenter
from app.presenters.expertise_records import network_records, readable_records
from app.services import current
from app.viewer import current_viewer

dash.register_page(
    __name__, path="/assessment", name="Zelfevaluatie", title="collabnet · zelfevaluatie"
)

ACTOR, CHECKLIST, DATE, NOTE = (
    "assessment-actor",
    "assessment-checklist",
    "assessment-date",
    "assessment-note",
)
FORM, SAVE, SAVED, STATUS = (
    "assessment-form",
    "assessment-save",
    "assessment-saved",
    "assessment-status",
)
FIRST, SECOND, COMPARE = "assessment-first", "assessment-second", "assessment-compare"
CHART, COMPARE_CHART, CHANGES, INDICATORS, ALERT = (
    "assessment-chart",
    "assessment-compare-chart",
    "assessment-changes",
    "assessment-indicators",
    "assessment-alert",
)
SCORE = "assessment-score"  # pattern-matching id type, one per statement
SAVE_PARTIAL = "assessment-save-partial"  # shown only after a save was refused as partial

LABELS = {
    "assessment-title": "assessment.title",
    "assessment-intro": "assessment.intro",
    "assessment-actor-label": "assessment.actor",
    "assessment-checklist-label": "assessment.checklist",
    "assessment-date-label": "assessment.date",
    "assessment-note-label": "assessment.note",
    SAVE: "assessment.save",
    SAVE_PARTIAL: "assessment.save_partial",
    "assessment-results-title": "assessment.results",
    "assessment-first-label": "assessment.first",
    "assessment-second-label": "assessment.second",
    "assessment-changes-title": "assessment.changes",
    "assessment-compare-label": "assessment.compare",
    "assessment-indicators-title": "assessment.indicators",
    "assessment-indicators-note": "assessment.indicators_note",
}


def _label(key: str, language: str, element=html.Label, **kw: object):
    return element(t(LABELS[key], language), id=key, **kw)


def layout(**query: object) -> html.Div:
    language = current().settings.language
    records = readable_records(current().engine)
    if records is None:
        return dbc.Alert(t("error.database", language), color="danger", className="mt-3")
    actor = presenter.parse_actor(records, query.get("actor"))
    checklist = presenter.parse_checklist(query.get("checklist")) or "learning_organisation"
    on = presenter.parse_date(query.get("date")) or date.today()
    left = dbc.Col(
        [
            _label("assessment-actor-label", language, className="form-label fw-semibold"),
            dcc.Dropdown(
                id=ACTOR,
                options=presenter.actor_options(records, language),
                value=actor.key if actor else None,
                searchable=True,
            ),
            _label("assessment-checklist-label", language, className="form-label fw-semibold mt-2"),
            dbc.RadioItems(
                id=CHECKLIST, options=presenter.checklist_options(language), value=checklist
            ),
            _label("assessment-date-label", language, className="form-label fw-semibold mt-2 me-2"),
            dcc.DatePickerSingle(
                id=DATE, date=on.isoformat(), display_format="YYYY-MM-DD", first_day_of_week=1
            ),
            html.Div(id=FORM, className="mt-3 cn-checklist"),
            _label("assessment-note-label", language, className="form-label mt-2"),
            dbc.Textarea(id=NOTE, maxLength=4000, rows=2),
            dbc.Button(t("assessment.save", language), id=SAVE, color="primary", className="mt-2"),
            dbc.Button(
                t("assessment.save_partial", language),
                id=SAVE_PARTIAL,
                color="warning",
                outline=True,
                className="mt-2 ms-2",
                style={"display": "none"},
            ),
            dbc.Alert(id=STATUS, is_open=False, className="mt-2"),
            dcc.Store(id=SAVED, data=0),
        ],
        md=6,
    )
    right = dbc.Col(
        [
            _label("assessment-results-title", language, html.H2, className="h5"),
            dbc.Alert(id=ALERT, color="info", is_open=False),
            dbc.Row(
                [
                    dbc.Col(
                        [
                            _label("assessment-first-label", language, className="small"),
                            dcc.Dropdown(id=FIRST, clearable=True),
                        ]
                    ),
                    dbc.Col(
                        [
                            _label("assessment-second-label", language, className="small"),
                            dcc.Dropdown(id=SECOND, clearable=True),
                        ]
                    ),
                ]
            ),
            dcc.Graph(id=CHART, config={"displayModeBar": False}),
            _label("assessment-changes-title", language, html.H3, className="h6"),
            html.Ul(id=CHANGES, className="small"),
            _label("assessment-compare-label", language, className="form-label fw-semibold"),
            dcc.Dropdown(
                id=COMPARE, options=presenter.actor_options(records, language), multi=True
            ),
            dcc.Graph(id=COMPARE_CHART, config={"displayModeBar": False}),
            _label("assessment-indicators-title", language, html.H2, className="h5 mt-3"),
            _label("assessment-indicators-note", language, html.P, className="small text-muted"),
            html.Div(id=INDICATORS),
        ],
        md=6,
    )
    return html.Div(
        [
            html.H1(t("assessment.title", language), id="assessment-title", className="h3 mt-3"),
            html.P(t("assessment.intro", language), id="assessment-intro", className="text-muted"),
            dbc.Row([left, right]),
        ]
    )


@callback(
    *[Output(key, "children") for key in LABELS],
    Output(ACTOR, "options"),
    Output(COMPARE, "options"),
    Output(CHECKLIST, "options"),
    Input(ids.LANGUAGE_STORE, "data"),
)
def translate(language: object):
    services = current()
    lang = normalise_language(language, services.settings.language)
    records = network_records(services.engine)
    options = presenter.actor_options(records, lang)
    return (
        *[t(message, lang) for message in LABELS.values()],
        options,
        options,
        presenter.checklist_options(lang),
    )


@callback(
    Output(FORM, "children"),
    Input(ACTOR, "value"),
    Input(CHECKLIST, "value"),
    Input(DATE, "date"),
    Input(ids.LANGUAGE_STORE, "data"),
)
def show_form(actor: object, checklist: object, on: object, language: object):
    services = current()
    lang = normalise_language(language, services.settings.language)
    sections = presenter.checklist_form(
        services.engine, current_viewer(), lang, actor, checklist, on
    )
    options = presenter.score_options(network_records(services.engine), lang)
    return [
        html.Fieldset(
            [
                html.Legend(section.label, className="h6 fw-semibold"),
                *[
                    html.Div(
                        [
                            html.P(f"{item.number}. {item.text}", className="mb-1"),
                            dbc.RadioItems(
                                id={"type": SCORE, "code": item.code},
                                options=options,
                                value=item.value,
                                inline=True,
                                className="small",
                            ),
                        ],
                        className="mb-2 cn-statement",
                    )
                    for item in section.items
                ],
            ],
            className="mb-3",
        )
        for section in sections
    ]


@callback(
    Output(STATUS, "children"),
    Output(STATUS, "color"),
    Output(STATUS, "is_open"),
    Output(SAVED, "data"),
    Output(SAVE_PARTIAL, "style"),
    Input(SAVE, "n_clicks"),
    Input(SAVE_PARTIAL, "n_clicks"),
    State(ACTOR, "value"),
    State(CHECKLIST, "value"),
    State(DATE, "date"),
    State(NOTE, "value"),
    State({"type": SCORE, "code": ALL}, "value"),
    State({"type": SCORE, "code": ALL}, "id"),
    State(SAVED, "data"),
    State(ids.LANGUAGE_STORE, "data"),
    prevent_initial_call=True,
)
def save(n_clicks, n_partial, actor, checklist, on, note, values, id_dicts, saved, language):
    services = current()
    lang = normalise_language(language, services.settings.language)
    codes = [i.get("code") if isinstance(i, dict) else None for i in (id_dicts or [])]
    result = presenter.save_checklist(
        services.engine,
        current_viewer(),
        lang,
        actor=actor,
        checklist=checklist,
        on=on,
        codes=codes,
        values=values,
        note=note,
        partial=dash.ctx.triggered_id == SAVE_PARTIAL,
    )
    count = saved + 1 if isinstance(saved, int) and result.ok else dash.no_update
    if result.needs_confirmation:
        colour = "warning"
    else:
        colour = "success" if result.ok else "danger"
    partial_button = {} if result.needs_confirmation else {"display": "none"}
    return result.message, colour, True, count, partial_button


@callback(
    Output(CHART, "figure"),
    Output(COMPARE_CHART, "figure"),
    Output(FIRST, "options"),
    Output(SECOND, "options"),
    Output(FIRST, "placeholder"),
    Output(SECOND, "placeholder"),
    Output(CHANGES, "children"),
    Output(INDICATORS, "children"),
    Output(ALERT, "children"),
    Output(ALERT, "is_open"),
    Input(ACTOR, "value"),
    Input(CHECKLIST, "value"),
    Input(FIRST, "value"),
    Input(SECOND, "value"),
    Input(COMPARE, "value"),
    Input(SAVED, "data"),
    Input(ids.LANGUAGE_STORE, "data"),
)
def show_results(actor, checklist, first, second, compare, _saved, language):
    services = current()
    lang = normalise_language(language, services.settings.language)
    view = presenter.results_view(
        services.engine,
        current_viewer(),
        lang,
        actor=actor,
        checklist=checklist,
        first=first,
        second=second,
        compare=compare,
    )
    changes = [html.Li(line) for line in view.changes] or [
        html.Li(t("assessment.no_changes", lang), className="text-muted")
    ]
    indicators = dbc.Table(
        html.Tbody(
            [
                html.Tr(
                    [
                        html.Td(
                            [html.Div(i.label), html.Small(i.explanation, className="text-muted")]
                        ),
                        html.Td(i.value, className=f"text-end fw-semibold cn-ind-{i.name}"),
                    ]
                )
                for i in view.indicators
            ]
        ),
        size="sm",
        className="cn-indicators",
    )
    return (
        view.chart,
        view.compare_chart,
        view.date_options,
        view.date_options,
        view.shown_dates[0] if view.shown_dates else "",
        view.shown_dates[1] if len(view.shown_dates) > 1 else "",
        changes,
        indicators if view.indicators else None,
        view.message,
        view.message is not None,
    )
