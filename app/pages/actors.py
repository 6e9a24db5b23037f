"""The actors page (``/actors``; ``/`` redirects here for now): AG Grid of every actor.

Thin by design: callbacks validate nothing themselves beyond passing raw input to
presenters, which treat it as forged (app.presenters.actors).
"""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, callback, html

from app import ids
from app.components.grid import data_grid
from app.i18n import t
from app.presenters import actors as presenter
from app.services import current
from app.viewer import current_viewer

dash.register_page(
    __name__,
    path="/actors",
    name="Actoren",
    title="collabnet · actoren",
    order=0,
    nav="nav.actors",
)


def layout(**_query: object) -> html.Div:
    """Skeleton only; the language-dependent content comes from the callbacks."""
    language = current().settings.language
    return html.Div(
        [
            html.Div(
                [
                    html.H1(t("actors.title", language), id=ids.ACTORS_TITLE, className="h3"),
                    html.Span(id=ids.ACTORS_COUNT, className="badge text-bg-secondary ms-3"),
                ],
                className="d-flex align-items-center mt-3",
            ),
            html.P(t("actors.intro", language), id=ids.ACTORS_INTRO, className="text-muted"),
            dbc.Alert(id=ids.ACTORS_ALERT, color="info", is_open=False),
            html.Div(
                [
                    html.Span(
                        t("actors.columns", language),
                        id=ids.ACTORS_COLUMNS_LABEL,
                        className="me-2 fw-semibold",
                    ),
                    dbc.Checklist(
                        id=ids.ACTORS_COLUMNS,
                        options=presenter.column_options(language),
                        value=list(presenter.DEFAULT_VISIBLE),
                        inline=True,
                        className="d-inline-block",
                    ),
                    dbc.Button(
                        t("actors.export_csv", language),
                        id=ids.ACTORS_EXPORT,
                        color="primary",
                        size="sm",
                        className="ms-auto",
                    ),
                ],
                className="d-flex flex-wrap align-items-center gap-2 mb-2",
            ),
            data_grid(
                ids.ACTORS_GRID,
                language=language,
                column_defs=presenter.column_defs(
                    current_viewer(), language, list(presenter.DEFAULT_VISIBLE)
                ),
            ),
        ]
    )


@callback(
    Output(ids.ACTORS_GRID, "rowData"),
    Output(ids.ACTORS_TITLE, "children"),
    Output(ids.ACTORS_INTRO, "children"),
    Output(ids.ACTORS_COUNT, "children"),
    Output(ids.ACTORS_ALERT, "children"),
    Output(ids.ACTORS_ALERT, "is_open"),
    Output(ids.ACTORS_COLUMNS_LABEL, "children"),
    Output(ids.ACTORS_COLUMNS, "options"),
    Output(ids.ACTORS_EXPORT, "children"),
    Output(ids.ACTORS_GRID, "csvExportParams"),
    Input(ids.LANGUAGE_STORE, "data"),
)
def show_actors(language: object):
    services = current()
    view = presenter.actors_view(
        services.engine, current_viewer(), language or services.settings.language
    )
    return (
        view.rows,
        view.title,
        view.intro,
        view.count_text,
        view.message,
        view.message is not None,
        view.columns_label,
        view.column_options,
        view.export_label,
        {"fileName": view.export_filename},
    )


@callback(
    Output(ids.ACTORS_GRID, "columnDefs"),
    Input(ids.LANGUAGE_STORE, "data"),
    Input(ids.ACTORS_COLUMNS, "value"),
)
def choose_columns(language: object, choice: object):
    services = current()
    return presenter.column_defs(current_viewer(), language or services.settings.language, choice)


@callback(
    Output(ids.ACTORS_GRID, "exportDataAsCsv"),
    Input(ids.ACTORS_EXPORT, "n_clicks"),
    prevent_initial_call=True,
)
def export_csv(n_clicks: object) -> bool:
    return isinstance(n_clicks, int) and n_clicks > 0
