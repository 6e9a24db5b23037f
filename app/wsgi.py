"""WSGI entry point for production servers: ``gunicorn app.wsgi:server``.

Settings come from COLLABNET_* environment variables, as everywhere else.
"""

from __future__ import annotations

from app.main import create_app
from app.settings import Settings

app = create_app(Settings())
server = app.server
