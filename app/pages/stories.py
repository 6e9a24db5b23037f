"""Value-creation stories (``/stories``): list and read, filtered six ways.

Thin: one presenter call per callback; story texts are rendered as plain text.
Filters can come from the URL (``?actor=S03&theme=dyslexia``), so the explorer's
actor panel can link here.
"""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, callback, dcc, html

from app import ids
from app.i18n import normalise_language, t
from app.presenters import stories as presenter
from app.presenters.expertise_records import network_records, readable_records
from app.presenters.experts import code_options
from app.services import current
from app.viewer import current_viewer

dash.register_page(__name__, path="/stories", name="Verhalen", title="collabnet · verhalen")

FILTERS = ("tie", "group", "actor", "theme", "level", "outcome")
CATEGORY = {"theme": "theme", "level": "story_level", "outcome": "outcome_kind"}
CARDS, COUNT, ALERT = "stories-cards", "stories-count", "stories-alert"

LABELS = {
    "stories-title": "stories.title",
    "stories-intro": "stories.intro",
    **{f"stories-{name}-label": f"stories.{name}" for name in FILTERS},
}


def _options(records, name: str, language: str) -> list[dict[str, str]]:
    if name == "tie":
        return presenter.tie_options(records)
    if name == "group":
        return presenter.actor_options(records, ("group",))
    if name == "actor":
        return presenter.actor_options(records, ("person", "organisation", "group"))
    return code_options(records, CATEGORY[name], language)


def layout(**query: object) -> html.Div:
    language = current().settings.language
    records = readable_records(current().engine)
    if records is None:
        return dbc.Alert(t("error.database", language), color="danger", className="mt-3")
    controls = dbc.Row(
        [
            dbc.Col(
                [
                    html.Label(
                        t(f"stories.{name}", language),
                        id=f"stories-{name}-label",
                        className="form-label fw-semibold",
                    ),
                    dcc.Dropdown(
                        id=f"stories-{name}",
                        options=_options(records, name, language),
                        value=query.get(name) if isinstance(query.get(name), str) else None,
                        searchable=True,
                    ),
                ],
                md=2,
            )
            for name in FILTERS
        ],
        className="g-2 mb-3",
    )
    return html.Div(
        [
            html.Div(
                [
                    html.H1(t("stories.title", language), id="stories-title", className="h3"),
                    html.Span(id=COUNT, className="badge text-bg-secondary ms-3"),
                ],
                className="d-flex align-items-center mt-3",
            ),
            html.P(t("stories.intro", language), id="stories-intro", className="text-muted"),
            controls,
            dbc.Alert(id=ALERT, color="info", is_open=False),
            html.Div(id=CARDS),
        ]
    )


@callback(
    *[Output(key, "children") for key in LABELS],
    Output("stories-theme", "options"),
    Output("stories-level", "options"),
    Output("stories-outcome", "options"),
    Input(ids.LANGUAGE_STORE, "data"),
)
def translate(language: object):
    services = current()
    lang = normalise_language(language, services.settings.language)
    records = network_records(services.engine)
    return (
        *[t(message, lang) for message in LABELS.values()],
        *[_options(records, name, lang) for name in ("theme", "level", "outcome")],
    )


@callback(
    Output(CARDS, "children"),
    Output(COUNT, "children"),
    Output(ALERT, "children"),
    Output(ALERT, "is_open"),
    *[Input(f"stories-{name}", "value") for name in FILTERS],
    Input(ids.LANGUAGE_STORE, "data"),
)
def show_stories(tie, group, actor, theme, level, outcome, language):
    services = current()
    view = presenter.stories_view(
        services.engine,
        current_viewer(),
        normalise_language(language, services.settings.language),
        tie=tie,
        group=group,
        actor=actor,
        theme=theme,
        level=level,
        outcome=outcome,
    )
    cards = [
        dbc.Card(
            dbc.CardBody(
                [
                    html.H2(card.title, className="h6 fw-bold mb-1"),
                    html.P(card.about, className="small text-muted mb-1"),
                    html.P(card.text, className="mb-1"),
                    html.P(card.meta, className="small text-muted mb-0"),
                ]
            ),
            className="mb-2 cn-story",
        )
        for card in view.cards
    ]
    return cards, view.count, view.message, view.message is not None
