"""The demo partnership in a real migrated SQLite file, for tests (no tests here).

One helper for every test module that needs the demo: copy the migrated template
(``sqlite_template`` fixture in tests/conftest.py) and load seeds/ through the importer.
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
    """The whole network of the database at ``url`` as records."""
    engine = make_engine(url)
    try:
        return read_network(engine)
    finally:
        engine.dispose()
