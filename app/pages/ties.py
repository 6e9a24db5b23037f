"""The ties page (``/ties``): AG Grid of every collaboration with codebook labels.

Thin by design, like the actors page: the callbacks pass raw input to
``app.presenters.ties``, which treats it as forged.
"""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, callback, html

from app import ids
from app.components.grid import data_grid
from app.i18n import t
from app.presenters import ties as presenter
from app.services import current
from app.viewer import current_viewer

dash.register_page(
    __name__,
    path="/ties",
    name="Relaties",
    title="collabnet · relaties",
    order=3,
    nav="nav.ties",
)

TITLE, INTRO, COUNT, ALERT = "ties-title", "ties-intro", "ties-count", "ties-alert"
GRID, COLUMNS, COLUMNS_LABEL, EXPORT = (
    "ties-grid",
    "ties-columns",
    "ties-columns-label",
    "ties-export",
)


def layout(**_query: object) -> html.Div:
    """Skeleton only; the language-dependent content comes from the callbacks."""
    language = current().settings.language
    return html.Div(
        [
            html.Div(
                [
                    html.H1(t("ties.title", language), id=TITLE, className="h3"),
                    html.Span(id=COUNT, className="badge text-bg-secondary ms-3"),
                ],
                className="d-flex align-items-center mt-3",
            ),
            html.P(t("ties.intro", language), id=INTRO, className="text-muted"),
            dbc.Alert(id=ALERT, color="info", is_open=False),
            html.Div(
                [
                    html.Span(
                        t("ties.columns", language), id=COLUMNS_LABEL, className="me-2 fw-semibold"
                    ),
                    dbc.Checklist(
                        id=COLUMNS,
                        options=presenter.column_options(language),
                        value=list(presenter.DEFAULT_VISIBLE),
                        inline=True,
                        className="d-inline-block",
                    ),
                    dbc.Button(
                        t("ties.export_csv", language),
                        id=EXPORT,
                        color="primary",
                        size="sm",
                        className="ms-auto",
                    ),
                ],
                className="d-flex flex-wrap align-items-center gap-2 mb-2",
            ),
            data_grid(
                GRID,
                language=language,
                column_defs=presenter.column_defs(
                    current_viewer(), language, list(presenter.DEFAULT_VISIBLE)
                ),
                row_id_field="id",
            ),
        ]
    )


@callback(
    Output(GRID, "rowData"),
    Output(TITLE, "children"),
    Output(INTRO, "children"),
    Output(COUNT, "children"),
    Output(ALERT, "children"),
    Output(ALERT, "is_open"),
    Output(COLUMNS_LABEL, "children"),
    Output(COLUMNS, "options"),
    Output(EXPORT, "children"),
    Output(GRID, "csvExportParams"),
    Input(ids.LANGUAGE_STORE, "data"),
)
def show_ties(language: object):
    services = current()
    view = presenter.ties_view(
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
    Output(GRID, "columnDefs"),
    Input(ids.LANGUAGE_STORE, "data"),
    Input(COLUMNS, "value"),
)
def choose_columns(language: object, choice: object):
    services = current()
    return presenter.column_defs(current_viewer(), language or services.settings.language, choice)


@callback(
    Output(GRID, "exportDataAsCsv"),
    Input(EXPORT, "n_clicks"),
    prevent_initial_call=True,
)
def export_csv(n_clicks: object) -> bool:
    return isinstance(n_clicks, int) and n_clicks > 0
