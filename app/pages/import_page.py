"""The import page (``/import``): upload, see every error, then confirm.

Thin: callbacks hand the raw upload (data URLs and names, forged until checked) to
``app.presenters.import_flow``. An upload triggers a dry run only; the confirm
button runs the real import of the same upload, which the importer validates again.
Error texts and file names are rendered as grid cells or text, never as HTML.
"""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, ctx, dcc, html

from app import ids
from app.components.grid import data_grid
from app.i18n import normalise_language, t
from app.presenters import import_flow as presenter
from app.presenters import import_uploads as uploads
from app.services import current
from app.viewer import current_viewer

dash.register_page(
    __name__,
    path="/import",
    name="Importeren",
    title="collabnet · importeren",
    order=9,
    nav="nav.import",
)

P = "import-"
UPLOAD, ADD_THEMES, CONFIRM, STATUS = P + "upload", P + "add-themes", P + "confirm", P + "status"
ERRORS, REPORT, REPORT_DOWNLOAD = P + "errors", P + "report", P + "report-download"
TEMPLATE_ZIP, TEMPLATE_XLSX, TEMPLATE_DOWNLOAD = P + "zip", P + "xlsx", P + "template-download"
LIMIT, ERRORS_BOX = P + "limit", P + "errors-box"

LABELS = {
    P + "title": "import.title",
    P + "intro": "import.intro",
    P + "drop": "import.drop",
    CONFIRM: "import.confirm",
    REPORT: "import.error_report",
    P + "templates-title": "import.templates",
    P + "templates-intro": "import.templates_intro",
    TEMPLATE_ZIP: "import.template_zip",
    TEMPLATE_XLSX: "import.template_xlsx",
}


def layout(**_query: object) -> html.Div:
    settings = current().settings
    language = settings.language

    def text(element_id: str, tag=html.P, className: str = "") -> html.Component:
        return tag(t(LABELS[element_id], language), id=element_id, className=className)

    return html.Div(
        [
            text(P + "title", html.H1, "h3 mt-3"),
            text(P + "intro", html.P, "text-muted"),
            dcc.Upload(
                id=UPLOAD,
                children=html.Div([text(P + "drop", html.Span, "fw-semibold")]),
                multiple=True,
                max_size=uploads.upload_limit(settings.max_upload_bytes),
                accept=".csv,.xlsx,.xlsm,.txt",
                className="cn-upload border border-2 rounded p-4 text-center",
                style={"borderStyle": "dashed", "cursor": "pointer"},
            ),
            html.P(id=LIMIT, className="small text-muted mt-1"),
            dbc.Checklist(
                id=ADD_THEMES,
                options=[{"label": t("import.add_themes", language), "value": "add"}],
                value=[],
                switch=True,
            ),
            dcc.Loading(html.Div(id=STATUS, className="mt-3")),
            html.Div(
                [
                    dbc.Button(
                        t("import.confirm", language),
                        id=CONFIRM,
                        color="success",
                        disabled=True,
                        className="me-2",
                    ),
                    dbc.Button(
                        t("import.error_report", language),
                        id=REPORT,
                        color="secondary",
                        outline=True,
                        disabled=True,
                    ),
                ],
                className="my-2",
            ),
            html.Div(
                data_grid(
                    ERRORS,
                    language=language,
                    column_defs=presenter.error_columns(language),
                    row_id_field="id",
                    height="360px",
                ),
                id=ERRORS_BOX,
                style={"display": "none"},
            ),
            text(P + "templates-title", html.H2, "h4 mt-4"),
            text(P + "templates-intro", html.P, "text-muted"),
            dbc.Button(
                t("import.template_zip", language),
                id=TEMPLATE_ZIP,
                color="primary",
                outline=True,
                className="me-2",
            ),
            dbc.Button(
                t("import.template_xlsx", language), id=TEMPLATE_XLSX, color="primary", outline=True
            ),
            dcc.Download(id=REPORT_DOWNLOAD),
            dcc.Download(id=TEMPLATE_DOWNLOAD),
        ]
    )


@callback(
    *[Output(element_id, "children") for element_id in LABELS],
    Output(LIMIT, "children"),
    Output(ADD_THEMES, "options"),
    Output(ERRORS, "columnDefs"),
    Input(ids.LANGUAGE_STORE, "data"),
)
def translate(language: object):
    settings = current().settings
    lang = normalise_language(language, settings.language)
    return (
        *[t(message, lang) for message in LABELS.values()],
        t(
            "import.limit",
            lang,
            size=uploads.size_text(uploads.upload_limit(settings.max_upload_bytes)),
        ),
        [{"label": t("import.add_themes", lang), "value": "add"}],
        presenter.error_columns(lang),
    )


@callback(
    Output(STATUS, "children"),
    Output(ERRORS, "rowData"),
    Output(ERRORS_BOX, "style"),
    Output(CONFIRM, "disabled"),
    Output(REPORT, "disabled"),
    Input(UPLOAD, "contents"),
    Input(CONFIRM, "n_clicks"),
    State(UPLOAD, "filename"),
    State(ADD_THEMES, "value"),
    State(ids.LANGUAGE_STORE, "data"),
    prevent_initial_call=True,
)
def check_or_import(contents, _clicks, filenames, add_themes, language):
    """An upload runs a dry run; the confirm button runs the real import."""
    services = current()
    confirmed = ctx.triggered_id == CONFIRM
    outcome = presenter.run_import(
        services.engine,
        current_viewer(),
        contents,
        filenames,
        dry_run=not confirmed,
        language=normalise_language(language, services.settings.language),
        max_bytes=services.settings.max_upload_bytes,
        limits=services.settings.import_limits,
        add_themes=isinstance(add_themes, list) and "add" in add_themes,
    )
    return (
        _status(outcome),
        outcome.errors,
        {"display": "block"} if outcome.errors else {"display": "none"},
        not outcome.can_confirm,
        not outcome.errors,
    )


def _status(outcome: presenter.ImportOutcome) -> html.Div:
    lang = outcome.language
    colour = "danger" if outcome.errors else ("info" if outcome.dry_run else "success")
    parts: list = [dbc.Alert(outcome.headline, color=colour, id=P + "headline")]
    if outcome.files:
        names = ", ".join(f"{f['file']} ({f['kind']}, {f['rows']})" for f in outcome.files)
        parts.append(html.P(t("import.files", lang, names=names), className="small"))
    parts.extend(html.P(note, className="small text-muted mb-1") for note in outcome.notes)
    if outcome.ok:
        heading = t("import.would" if outcome.dry_run else "import.did", lang)
        keys = ("table", "created", "updated")
        rows = [html.Tr([html.Td(row[k]) for k in keys]) for row in outcome.counts]
        parts.append(html.P(heading, className="fw-semibold mb-1"))
        parts.append(
            dbc.Table(
                [
                    html.Thead(html.Tr([html.Th(t(f"import.col.{k}", lang)) for k in keys])),
                    html.Tbody(rows),
                ],
                id=P + "counts",
                size="sm",
                style={"maxWidth": "40rem"},
            )
            if rows
            else html.P(t("import.nothing", lang))
        )
    return html.Div(parts)


@callback(
    Output(REPORT_DOWNLOAD, "data"),
    Input(REPORT, "n_clicks"),
    State(UPLOAD, "contents"),
    State(UPLOAD, "filename"),
    State(ADD_THEMES, "value"),
    State(ids.LANGUAGE_STORE, "data"),
    prevent_initial_call=True,
)
def download_report(_clicks, contents, filenames, add_themes, language):
    services = current()
    lang = normalise_language(language, services.settings.language)
    report = presenter.error_report(
        services.engine,
        current_viewer(),
        contents,
        filenames,
        language=lang,
        max_bytes=services.settings.max_upload_bytes,
        limits=services.settings.import_limits,
        add_themes=isinstance(add_themes, list) and "add" in add_themes,
    )
    if report is None:
        return dash.no_update
    return dcc.send_bytes(report, t("import.error_report_filename", lang))


@callback(
    Output(TEMPLATE_DOWNLOAD, "data"),
    Input(TEMPLATE_ZIP, "n_clicks"),
    Input(TEMPLATE_XLSX, "n_clicks"),
    prevent_initial_call=True,
)
def download_template(_zip, _xlsx):
    if ctx.triggered_id == TEMPLATE_XLSX:
        return dcc.send_bytes(presenter.templates_xlsx(), "collabnet-template.xlsx")
    if ctx.triggered_id == TEMPLATE_ZIP:
        return dcc.send_bytes(presenter.templates_zip(), "collabnet-templates.zip")
    return dash.no_update
