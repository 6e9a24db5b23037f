"""The erase button: rendered only for an admin on a person; a forged confirm from
anyone else, or naming no person, erases nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.components.erase_button import confirm_erase, erase_controls, valid_id
from app.main import create_app
from app.presenters.expertise_records import network_records
from app.settings import Settings
from app.viewer import LOCAL_USER, ROLES, Viewer
from db.engine import make_engine
from db.exports.dump import logical_dump
from tests.demo_database import demo_database


@pytest.fixture(scope="module")
def demo(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory):
    url = demo_database(sqlite_template, tmp_path_factory.mktemp("erase-button"))
    app = create_app(Settings(database_url=url, secret_key="test", language="nl"))
    engine = make_engine(url)
    yield app, engine
    engine.dispose()


def _ids(engine) -> tuple[int, int]:
    records = network_records(engine, LOCAL_USER)
    person = next(a.id for a in records.actors if a.key == "P141")
    school = next(a.id for a in records.actors if a.kind == "organisation")
    return person, school


@pytest.mark.parametrize("role", [r for r in ROLES if r != "admin"])
def test_no_button_and_no_erasure_below_admin(demo, role: str) -> None:
    app, engine = demo
    person, _school = _ids(engine)
    viewer = Viewer(name="v", role=role)
    assert erase_controls(network_records(engine, viewer), person, viewer, "nl") is None
    before = logical_dump(engine)
    with app.server.app_context():
        message, colour = confirm_erase(person, viewer, "nl")
    assert colour == "danger" and logical_dump(engine) == before


def test_admin_gets_the_button_only_on_a_person(demo) -> None:
    _app, engine = demo
    person, school = _ids(engine)
    records = network_records(engine, LOCAL_USER)
    assert erase_controls(records, person, LOCAL_USER, "nl") is not None
    assert erase_controls(records, school, LOCAL_USER, "nl") is None


@pytest.mark.parametrize("forged", [None, True, -3, 0, "12a", "9" * 40, 3.5, [1], {"id": 1}])
def test_forged_ids_are_refused(forged) -> None:
    assert valid_id(forged) is None


def test_a_forged_confirm_for_an_organisation_erases_nothing(demo) -> None:
    app, engine = demo
    _person, school = _ids(engine)
    before = logical_dump(engine)
    with app.server.app_context():
        _message, colour = confirm_erase(school, LOCAL_USER, "nl")
        _message, missing = confirm_erase(999_999, LOCAL_USER, "nl")
    assert colour == missing == "warning" and logical_dump(engine) == before
