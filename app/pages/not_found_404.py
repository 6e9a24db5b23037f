"""The page for unknown paths, in the chosen language (Dash pages' 404 hook)."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, callback, html

from app import ids
from app.i18n import normalise_language, t
from app.services import current

dash.register_page(__name__, path="/404", title="collabnet · 404")


def layout(**_query: object) -> html.Div:
    language = current().settings.language
    return html.Div(
        [
            html.H1(t("notfound.title", language), id=ids.NOTFOUND_TITLE, className="h3 mt-3"),
            html.P(t("notfound.body", language), id=ids.NOTFOUND_BODY),
            dbc.Button(t("notfound.back", language), id=ids.NOTFOUND_BACK, href="/actors"),
        ]
    )


@callback(
    Output(ids.NOTFOUND_TITLE, "children"),
    Output(ids.NOTFOUND_BODY, "children"),
    Output(ids.NOTFOUND_BACK, "children"),
    Input(ids.LANGUAGE_STORE, "data"),
)
def translate(language: object):
    lang = normalise_language(language, current().settings.language)
    return t("notfound.title", lang), t("notfound.body", lang), t("notfound.back", lang)
