"""The actor page (``/actor/<actor_id>``): everything known about one actor.

Thin: the layout reads the id from the path (forged input, resolved by
``app.presenters.actor_page``) and one callback renders the content in the chosen
language. An unknown id shows a plain not-found message, never an error page.
A tie's attribute table is drawn when the tie is opened (a second callback): Dash's
renderer mounts components at a cost that grows with the square of their number, and
all tables at once froze the tab for seconds on an actor with dozens of ties.
"""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
import dash_cytoscape as cyto
from dash import Input, Output, State, callback, dcc, html

from app import ids
from app.components import erase_button
from app.components.erase_button import erase_controls
from app.components.explorer_panels import tie_component
from app.components.folded_ties import folded_tie, register_opener
from app.i18n import normalise_language, t
from app.messages import explorer as _messages  # noqa: F401 - registers the messages
from app.presenters.actor_page import ActorPage, actor_page, actor_tie
from app.presenters.expertise_records import network_records
from app.presenters.explorer_style import stylesheet
from app.services import current
from app.viewer import current_viewer

dash.register_page(
    __name__,
    path_template="/actor/<actor_id>",
    name="Actor",
    title="collabnet · actor",
)

erase_button.register()  # the admin's erase dialog (its callbacks, for this app)

ACTOR_ID, CONTENT, TITLE = "actor-id", "actor-content", "actor-title"
TIE = ("actor-tie-summary", "actor-tie-body")  # a folded tie: summary, body
EGO_STYLE = [
    *stylesheet(),
    {"selector": "node.ego", "style": {"border-width": 4, "border-color": "#000000"}},
]


def layout(actor_id: object = None, **_query: object) -> html.Div:
    return html.Div(
        [
            dcc.Store(id=ACTOR_ID, data=actor_id if isinstance(actor_id, str) else None),
            html.Div(id=CONTENT, className="mt-3"),
        ]
    )


def _section(title: str, body) -> html.Div:
    return html.Div([html.H2(title, className="h6 fw-bold mt-3 mb-1"), body])


def _people(items: list[dict], language: str, key: str) -> html.Ul:
    return html.Ul(
        [
            html.Li(
                [
                    dcc.Link(p["name"], href=f"/actor/{p['id']}"),
                    html.Span(f" · {p[key]}" if p.get(key) else "", className="text-muted small"),
                ]
            )
            for p in items
        ],
        className="mb-1",
    )


def _level_query(page: ActorPage) -> str:
    return "" if page.ego_level == "person" else f"level={page.ego_level}&"


def render(page: ActorPage, language: str) -> html.Div:
    """The page body from the presenter's plain data (user text stays text)."""
    rows = [
        html.Tr(
            [
                html.Th(
                    t(f"actor.{f}", language) if f in ("kind", "key", "career_phase")
                    else t(f"details.{f}", language) if f in ("type", "sector", "region")
                    else f,
                    className="fw-normal text-muted pe-3",
                ),
                html.Td(v),
            ]
        )
        for f, v in page.rows
    ]  # fmt: skip
    left = [
        html.Table(html.Tbody(rows), className="table table-sm"),
    ]
    if page.organisations:
        left.append(
            _section(
                t("details.organisations", language),
                _people(page.organisations, language, "function"),
            )
        )
    if page.people:
        left.append(
            _section(t("actor.people", language), _people(page.people, language, "function"))
        )
    if page.memberships:
        left.append(
            _section(t("actor.memberships", language), _people(page.memberships, language, "role"))
        )
    if page.members:
        left.append(_section(t("actor.members", language), _people(page.members, language, "role")))
    for relation, themes in page.themes.items():
        items = [
            html.Li(
                [th["label"], html.Span(f" ({th['level']})" if th["level"] else "", className="text-muted")]
                + ([html.Div(th["description"], className="small text-muted")] if th["description"] else [])
            )
            for th in themes
        ]  # fmt: skip
        left.append(
            _section(page.relation_labels.get(relation, relation).capitalize(), html.Ul(items))
        )
    ties = [
        folded_tie(
            [
                ("→ " if tie["initiated"] else "← "),
                dcc.Link(tie["other"]["name"], href=f"/actor/{tie['other']['id']}"),
                html.Span(
                    f" · {tie['start'] or '?'} – {tie['end'] or t('details.open', language)}",
                    className="text-muted small",
                ),
            ],
            tie["id"],
            TIE,
            "mb-1",
        )
        for tie in page.ties
    ]
    stories = [
        html.Li(
            [
                html.Span(s["title"] or "", className="fw-semibold"),
                html.Span(
                    " · ".join(x for x in (s["level"], s["outcome_kind"], s["told_on"]) if x),
                    className="text-muted small ms-2",
                ),
                html.Div(s["text"]),
            ],
            className="mb-2",
        )
        for s in page.stories
    ]
    right = [
        _section(t("actor.ego", language), None),
        cyto.Cytoscape(
            id="actor-ego",
            elements=page.elements,
            layout={"name": "preset", "fit": True, "padding": 20},
            stylesheet=EGO_STYLE,
            className="cn-actor-ego",
            style={"width": "100%", "height": "380px"},
            boxSelectionEnabled=False,
        ),
        _section(
            t("details.ties", language, count=len(page.ties)),
            html.Div(ties) if ties else html.P(t("actor.no_ties", language)),
        ),
        _section(t("details.stories", language, count=len(stories)), html.Ul(stories)),
    ]
    return html.Div(
        [
            html.Div(
                [
                    html.H1(page.name, id=TITLE, className="h3 me-3"),
                    dcc.Link(
                        t("actor.in_explorer", language),
                        href=f"/explorer?{_level_query(page)}actor={page.id}",
                        className="btn btn-sm btn-outline-primary",
                    ),
                ],
                className="d-flex align-items-center",
            ),
            dbc.Row([dbc.Col(left, md=5), dbc.Col(right, md=7)]),
        ]
    )


@callback(
    Output(CONTENT, "children"),
    Input(ids.LANGUAGE_STORE, "data"),
    State(ACTOR_ID, "data"),
)
def show(language: object, actor_id: object):
    lang = normalise_language(language, current().settings.language)
    viewer = current_viewer()
    records = network_records(current().engine, viewer)
    page = actor_page(records, actor_id, viewer, lang)
    if page is None:
        return dbc.Alert(
            [
                html.H1(t("actor.title", lang), id=TITLE, className="h4"),
                html.P(t("actor.not_found", lang), className="mb-1"),
                dcc.Link(t("actor.back", lang), href="/explorer"),
            ],
            color="warning",
            id="actor-not-found",
        )
    return html.Div([erase_controls(records, page.id, viewer, lang), render(page, lang)])


def _open_tie(tie_id: object, actor_id: object, language: object):
    """The attribute table of the tie whose summary was clicked (ids re-checked)."""
    lang = normalise_language(language, current().settings.language)
    viewer = current_viewer()
    tie = actor_tie(network_records(current().engine, viewer), actor_id, tie_id, viewer, lang)
    return None if tie is None else tie_component(tie, lang)


register_opener(TIE, [State(ACTOR_ID, "data"), State(ids.LANGUAGE_STORE, "data")], _open_tie)
