"""``install_auth``: accounts, the guard and the security headers on one Dash app."""

from __future__ import annotations

import secrets

import dash
import flask
from sqlalchemy import Engine

from app.auth.guard import install_guard
from app.auth.headers import install_headers
from app.auth.login import install_login
from app.auth.mode import AccessMode, check_startup
from app.settings import Settings


def session_secret(settings: Settings) -> str:
    """The key that signs session cookies.

    The development default is public (it is in the source), so it never signs
    anything: local mode gets a random per-process key instead, which stays safe if an
    account is added while the app runs. Outside local mode check_startup has already
    insisted on a configured key.
    """
    return settings.secret_key if settings.has_configured_secret else secrets.token_hex(32)


def configure_server(server: flask.Flask, settings: Settings, engine: Engine) -> None:
    """Refuse unsafe configurations, then set the session cookie's flags."""
    check_startup(settings, engine)
    server.config.update(
        SECRET_KEY=session_secret(settings),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.cookie_secure,
        SESSION_COOKIE_NAME="collabnet_session",
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_SECURE=settings.cookie_secure,
    )


def install_auth(app: dash.Dash, settings: Settings, engine: Engine) -> None:
    """Login routes, the guard (first before_request) and the headers (after_request)."""
    install_login(app.server, settings.login_rate_limit)
    install_guard(app, AccessMode(settings, engine), settings.trusted_origins)
    install_headers(app)
