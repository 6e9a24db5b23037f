"""The demo partnership in a real migrated SQLite file, shared by the expertise browser tests."""

from __future__ import annotations

from app.main import create_app
from app.settings import Settings
from tests.demo_database import demo_database  # noqa: F401  (re-exported for the page tests)


def demo_app(url: str, language: str = "nl"):
    return create_app(Settings(database_url=url, secret_key="test", language=language))
