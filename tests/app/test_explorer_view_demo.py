"""The demo partnership as records, read from a real migrated SQLite file (no tests here).

Tests of the explorer, actor page and view export compare the presenters against
counts computed independently here with graph/ functions, never hard-coded.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from db.engine import make_engine
from db.queries import read_network
from graph.records import NetworkRecords
from seeds.demo import seed_demo


def demo_database(template: Path, directory: Path) -> str:
    """Copy the migrated template into ``directory`` and load the demo; return its URL."""
    path = directory / "demo.db"
    shutil.copyfile(template, path)
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    try:
        seed_demo(engine, if_empty=False)
    finally:
        engine.dispose()
    return url


def read_records(url: str) -> NetworkRecords:
    engine = make_engine(url)
    try:
        return read_network(engine)
    finally:
        engine.dispose()
