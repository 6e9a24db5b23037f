"""The actor page's "erase this person" button: admin only, behind a confirm dialog.

Why the checks are on the server: the button is only rendered for an admin viewing a
person, but a forged request can still call the confirm callback, so it re-checks
the role and re-reads the id (a number that must name a person) before erasing
through app.erasure_flow, the same function the CLI uses.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, ctx, dcc, html, no_update

from app import ids
from app.erasure_flow import erase
from app.i18n import normalise_language, t
from app.messages import privacy as _messages  # noqa: F401 - registers the messages
from app.presenters.expertise_records import network_records
from app.privacy_policy import sees_all_names
from app.services import current
from app.viewer import Viewer, current_viewer
from graph.records import NetworkRecords

OPEN, MODAL, CONFIRM, CANCEL = (
    "actor-erase-open",
    "actor-erase-modal",
    "actor-erase-confirm",
    "actor-erase-cancel",
)
TARGET, RESULT = "actor-erase-target", "actor-erase-result"
PAGE_CONTENT = "actor-content"  # app.pages.actor.CONTENT (that module imports this one)
MAX_ID_LENGTH = 20


def may_erase(viewer: Viewer) -> bool:
    """Erasure is an admin action (issue: roles)."""
    return sees_all_names(viewer)


def erase_controls(
    records: NetworkRecords, actor_id: int, viewer: Viewer, language: str
) -> html.Div | None:
    """The button and its dialog for an admin on a person's page; None otherwise."""
    actor = records.actor_by_id().get(actor_id)
    if actor is None or actor.kind != "person" or not may_erase(viewer):
        return None
    return html.Div(
        [
            dcc.Store(id=TARGET, data=actor_id),
            dbc.Button(
                t("privacy.erase.open", language), id=OPEN, color="danger", outline=True, size="sm"
            ),
            dbc.Modal(
                [
                    dbc.ModalHeader(
                        dbc.ModalTitle(t("privacy.erase.title", language, name=actor.name))
                    ),
                    dbc.ModalBody(t("privacy.erase.body", language)),
                    dbc.ModalFooter(
                        [
                            dbc.Button(t("privacy.erase.cancel", language), id=CANCEL),
                            dbc.Button(
                                t("privacy.erase.confirm", language), id=CONFIRM, color="danger"
                            ),
                        ]
                    ),
                ],
                id=MODAL,
                is_open=False,
            ),
            html.Div(id=RESULT),
        ],
        className="float-end ms-2",  # beside the title, before the page's own links
    )


def valid_id(value: object) -> int | None:
    """The store's id as an int, whatever a forged request sent."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and value > 0:
        return value
    if isinstance(value, str) and value.isdigit() and len(value) <= MAX_ID_LENGTH:
        return int(value)
    return None


def confirm_erase(actor_id: object, viewer: Viewer, language: str) -> tuple[str, str]:
    """(message, colour) after a confirm click; erases only a person, only for an admin."""
    if not may_erase(viewer):
        return t("privacy.erase.refused", language), "danger"
    aid = valid_id(actor_id)
    engine = current().engine
    actor = network_records(engine, viewer).actor_by_id().get(aid) if aid else None
    if actor is None or actor.kind != "person":
        return t("privacy.erase.gone", language), "warning"
    try:
        erase(engine, actor.id)
    except LookupError:
        return t("privacy.erase.gone", language), "warning"
    return t("privacy.erase.done", language), "success"


def toggle(_open: object, _cancel: object):
    return ctx.triggered_id == OPEN


def on_confirm(clicks: object, target: object, language: object):
    if not isinstance(clicks, int) or clicks < 1:
        return no_update, no_update
    lang = normalise_language(language, current().settings.language)
    message, colour = confirm_erase(target, current_viewer(), lang)
    alert = dbc.Alert(
        [
            html.P(message, className="mb-1"),
            dcc.Link(t("privacy.erase.back", lang), href="/actors"),
        ],
        color=colour,
        id=RESULT + "-alert",
    )
    return alert, None


def register() -> None:
    """Register the callbacks; the actor page calls this each time Dash loads it,
    because ``create_app`` resets Dash's global callback registry for every new app."""
    callback(
        Output(MODAL, "is_open"),
        Input(OPEN, "n_clicks"),
        Input(CANCEL, "n_clicks"),
        prevent_initial_call=True,
    )(toggle)
    callback(
        Output(PAGE_CONTENT, "children", allow_duplicate=True),
        Output(TARGET, "data"),  # an "actor-erase-" output: the guard asks for admin
        Input(CONFIRM, "n_clicks"),
        State(TARGET, "data"),
        State(ids.LANGUAGE_STORE, "data"),
        prevent_initial_call=True,
    )(on_confirm)
