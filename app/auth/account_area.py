"""The navbar's account area: the local-mode notice, or who is logged in and logout.

Rendered by the shell's translate callback on every page load, so it follows the
chosen language and the account of the request (never cached in the layout).
Logout is a plain POST form: no script, and the guard's origin check covers it.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import html

import app.messages.accounts  # noqa: F401  (registers the texts)
from app import ids
from app.auth.login import LOGOUT_PATH, is_local_request
from app.i18n import t
from app.viewer import Viewer, current_viewer


def account_area(language: str) -> list:
    """Children of ``ids.ACCOUNT`` for the current request, in ``language``."""
    if is_local_request():
        return [
            dbc.Badge(
                t("account.local_mode", language),
                id=ids.ACCOUNT_MODE,
                color="light",
                text_color="dark",
                className="cn-account-mode",
            )
        ]
    viewer = current_viewer()
    return signed_in(viewer, language)


def signed_in(viewer: Viewer, language: str) -> list:
    role = t(f"account.role.{viewer.role}", language)
    return [
        html.Span(
            t("account.signed_in", language, name=viewer.name, role=role),
            id=ids.ACCOUNT_NAME,
            className="text-light cn-account-name",
        ),
        html.Form(
            [
                html.Button(
                    t("account.logout", language),
                    id=ids.LOGOUT,
                    type="submit",
                    className="btn btn-outline-light btn-sm",
                ),
            ],
            action=f"{LOGOUT_PATH}?lang={language}",
            method="POST",
            className="d-inline",
        ),
    ]
