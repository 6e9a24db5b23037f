"""The data inventory (``/privacy``) for the data protection officer, nl or en.

Thin: the table comes from app.presenters.privacy, re-rendered when the language
changes. The shell's footer links here from every page.
"""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, callback, dcc, html

from app import ids
from app.i18n import normalise_language, t
from app.presenters import privacy as presenter
from app.services import current

dash.register_page(__name__, path="/privacy", name="Privacy", title="collabnet · privacy")

CONTENT = "privacy-content"


def render(language: str) -> html.Div:
    head = html.Thead(html.Tr([html.Th(h) for h in presenter.header(language)]))
    body = html.Tbody(
        [
            html.Tr([html.Td(getattr(row, c)) for c in presenter.COLUMNS])
            for row in presenter.inventory_rows(language)
        ]
    )
    return html.Div(
        [
            html.H1(t("privacy.title", language), className="h3 mt-3", id="privacy-title"),
            dcc.Markdown(t("privacy.intro", language), className="mb-3"),
            dbc.Table([head, body], bordered=True, hover=True, size="sm", id="privacy-table"),
        ]
    )


def layout(**_query: object) -> html.Div:
    return html.Div(render(current().settings.language), id=CONTENT)


@callback(Output(CONTENT, "children"), Input(ids.LANGUAGE_STORE, "data"))
def translate(language: object):
    return render(normalise_language(language, current().settings.language))


@callback(Output(ids.PRIVACY_LINK, "children"), Input(ids.LANGUAGE_STORE, "data"))
def translate_footer(language: object):
    return t("privacy.footer", normalise_language(language, current().settings.language))
