"""Fixtures for app tests: a migrated SQLite file with a handful of real actors.

The rows go in through the models in one transaction (db.session.transaction), the
same write path the importer uses; the database file is a real migrated SQLite file
from the shared ``sqlite_url`` fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.settings import Settings
from db.engine import make_engine
from db.models import Actor, Affiliation, Membership
from db.session import transaction
from graph.records import NetworkRecords
from tests.demo_database import demo_database, read_records

# key, kind, type, name, sector, region
SMALL_ACTORS = (
    ("S01", "organisation", "school", "Basisschool De Fictieve Linde", "po", "Zwolle"),
    ("S02", "organisation", "school", "Fantasia College", "vo", "Kampen"),
    ("L01", "organisation", "lectoraat", "Lectoraat Verzonnen Leren", None, "Zwolle"),
    ("P01", "person", "teacher", "Anna Voorbeeld", None, None),
    ("P02", "person", "school_leader", "Bram Testman", None, None),
    ("G01", "group", "plg", "PLG Lezen Verzonnen", None, None),
)
# person key -> organisation keys
SMALL_AFFILIATIONS = {"P01": ("S01",), "P02": ("S01", "S02")}


def insert_small_partnership(engine: Engine) -> dict[str, int]:
    """Insert :data:`SMALL_ACTORS` with affiliations and one membership; return key -> id."""
    with transaction(engine) as session:
        actors = {
            key: Actor(key=key, kind=kind, type=type_, name=name, sector=sector, region=region)
            for key, kind, type_, name, sector, region in SMALL_ACTORS
        }
        session.add_all(actors.values())
        session.flush()
        for person, orgs in SMALL_AFFILIATIONS.items():
            for org in orgs:
                session.add(
                    Affiliation(person_id=actors[person].id, organisation_id=actors[org].id)
                )
        session.add(Membership(actor_id=actors["P01"].id, group_id=actors["G01"].id))
        return {key: actor.id for key, actor in actors.items()}


@pytest.fixture(name="insert_small_partnership")
def insert_small_partnership_fixture():
    """The inserter itself, for tests that bring their own database (e.g. PostgreSQL)."""
    return insert_small_partnership


@pytest.fixture
def small_url(sqlite_url: str) -> str:
    """A migrated SQLite file holding the small partnership."""
    engine = make_engine(sqlite_url)
    try:
        insert_small_partnership(engine)
    finally:
        engine.dispose()
    return sqlite_url


@pytest.fixture
def small_engine(small_url: str) -> Iterator[Engine]:
    engine = make_engine(small_url)
    yield engine
    engine.dispose()


@pytest.fixture
def small_settings(small_url: str) -> Settings:
    return Settings(database_url=small_url, secret_key="test", language="nl")


@pytest.fixture(scope="module")
def records(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> NetworkRecords:
    """The demo partnership's records from a real SQLite file, once per test module
    (a module that needs other records defines its own ``records``)."""
    return read_records(demo_database(sqlite_template, tmp_path_factory.mktemp("demo")))
