"""The demo partnership in a real migrated SQLite file, shared by the expertise browser tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.main import create_app
from app.settings import Settings
from db.engine import make_engine
from seeds.demo import seed_demo


def demo_database(template: Path, directory: Path) -> str:
    """Copy the migrated template and load the demo into it; returns the URL."""
    path = directory / "demo.db"
    shutil.copyfile(template, path)
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    try:
        seed_demo(engine, if_empty=False)
    finally:
        engine.dispose()
    return url


def demo_app(url: str, language: str = "nl"):
    return create_app(Settings(database_url=url, secret_key="test", language=language))
