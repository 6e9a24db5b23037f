"""What a running app needs at request time: its settings and its database engine.

Dash pages register their callbacks at import time, before any app exists, so they
cannot close over an engine. ``create_app`` installs one :class:`Services` on the
Flask server and callbacks fetch it with :func:`current` inside the request. Two apps
in one process (tests) therefore never share an engine.
"""

from __future__ import annotations

from dataclasses import dataclass

import flask
from sqlalchemy import Engine

from app.settings import Settings

EXTENSION_KEY = "collabnet"


@dataclass(frozen=True, slots=True)
class Services:
    settings: Settings
    engine: Engine


def install(server: flask.Flask, services: Services) -> None:
    server.extensions[EXTENSION_KEY] = services


def current() -> Services:
    """The services of the app handling the current request."""
    return flask.current_app.extensions[EXTENSION_KEY]
