"""The naming policy: persons who may not be named are pseudonymised below admin.

Real demo in a real SQLite file; a quarter of its persons may not be named. Every
role below admin must see their keyed pseudonym (the database's secret) and never
their name, in every presenter and in the explorer's downloads; admin sees names.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app import privacy_policy
from app.presenters import explorer_view as ev
from app.presenters import view_export
from app.presenters.actor_page import actor_page
from app.presenters.actors import actors_view
from app.presenters.dashboard import dashboard_view
from app.presenters.expertise import expertise_view
from app.presenters.expertise_records import network_records
from app.presenters.experts import experts_view
from app.presenters.explorer_view import explorer_view, full_metrics, parse_request
from app.presenters.stories import stories_view
from app.presenters.ties import ties_view
from app.viewer import LOCAL_USER, ROLES, Viewer
from db.engine import make_engine
from db.secrets import pseudonym_secret
from graph.naming import REVISION_SUFFIX, name_replacer
from graph.pseudonyms import person_pseudonym
from graph.records import ActorRecord
from tests.demo_database import demo_database

HIDDEN_KEY, HIDDEN_NAME = "P141", "Teun Dijkbergh"
NAMED_NAME = "Anouk Heidebeek"
BELOW_ADMIN = tuple(r for r in ROLES if r != "admin")
ADMIN = LOCAL_USER


@pytest.fixture(scope="module")
def engine(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory):
    url = demo_database(sqlite_template, tmp_path_factory.mktemp("privacy"))
    engine = make_engine(url)
    privacy_policy.clear()
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def hidden(engine: Engine) -> dict[str, str]:
    """name -> pseudonym of every person the demo says may not be named."""
    secret = pseudonym_secret(engine)
    admin = network_records(engine, ADMIN)
    return {a.name: person_pseudonym(secret, a.id) for a in admin.actors if not a.nameable}


def _hidden_id(engine: Engine) -> int:
    return next(a.id for a in network_records(engine, ADMIN).actors if a.key == HIDDEN_KEY)


def _leaks(text: str, hidden: dict[str, str]) -> list[str]:
    return sorted(name for name in hidden if name in text)


def test_demo_has_a_realistic_share_of_unnamed_persons(engine: Engine, hidden) -> None:
    persons = [a for a in network_records(engine, ADMIN).actors if a.kind == "person"]
    assert 0.15 < len(hidden) / len(persons) < 0.35
    assert HIDDEN_NAME in hidden and NAMED_NAME not in hidden


@pytest.mark.parametrize("role", ROLES)
def test_display_name_per_role(engine: Engine, role: str) -> None:
    viewer = Viewer(name="someone", role=role)
    secret = pseudonym_secret(engine)
    person = ActorRecord(7, "P7", "person", "teacher", "Iris Veld", nameable=False)
    named = ActorRecord(8, "P8", "person", "teacher", "Bram Dijk", nameable=True)
    school = ActorRecord(9, "S9", "organisation", "school", "Basisschool De Linde")
    expected = "Iris Veld" if viewer.role == "admin" else person_pseudonym(secret, 7)
    assert privacy_policy.display_name(person, viewer, secret) == expected
    assert privacy_policy.display_name(named, viewer, secret) == "Bram Dijk"
    assert privacy_policy.display_name(school, viewer, secret) == "Basisschool De Linde"


def test_records_for_viewer_replace_names_and_free_text(engine: Engine, hidden) -> None:
    viewer = Viewer(name="v", role="viewer")
    shown = network_records(engine, viewer)
    admin = network_records(engine, ADMIN)
    assert shown.revision == admin.revision + REVISION_SUFFIX
    assert network_records(engine, viewer) is shown  # made once per revision
    by_key = {a.key: a for a in shown.actors}
    assert by_key[HIDDEN_KEY].name == hidden[HIDDEN_NAME]
    told = next(s for s in admin.stories if HIDDEN_NAME in s.text)  # V25, on a group
    story = next(s for s in shown.stories if s.id == told.id)
    assert HIDDEN_NAME not in story.text and hidden[HIDDEN_NAME] in story.text
    texts = [s.text for s in shown.stories] + [t.learning_question or "" for t in shown.ties]
    assert _leaks(" ".join(texts), hidden) == []
    assert NAMED_NAME in {a.name for a in shown.actors}


def test_name_replacer_matches_whole_names_only() -> None:
    scrub = name_replacer({"Jan de Vries": "P-1", "Jan": "P-2"})
    assert scrub("Jan de Vries en Jan, niet Jansen.") == "P-1 en P-2, niet Jansen."
    assert scrub(None) is None


@pytest.mark.parametrize("role", BELOW_ADMIN)
def test_every_presenter_hides_unnamed_persons_below_admin(engine: Engine, hidden, role) -> None:
    viewer = Viewer(name="v", role=role)
    records = network_records(engine, viewer)
    views = {
        "actors": actors_view(engine, viewer, "nl"),
        "ties": ties_view(engine, viewer, "nl"),
        "stories": stories_view(engine, viewer, "nl"),
        "dashboard": dashboard_view(engine, viewer, "nl", "person", False, "sector"),
        "expertise": expertise_view(engine, viewer, "nl"),
        "experts": experts_view(engine, viewer, "nl"),
        "actor": actor_page(records, _hidden_id(engine), viewer, "nl"),
        "explorer": explorer_view(records, parse_request("level=person"), viewer, "nl"),
    }
    for name, view in views.items():
        assert _leaks(repr(view), hidden) == [], name
    assert views["actor"].name == hidden[HIDDEN_NAME]
    assert hidden[HIDDEN_NAME] in repr(views["actors"].rows)


def test_admin_sees_the_names(engine: Engine, hidden) -> None:
    records = network_records(engine, ADMIN)
    page = actor_page(records, _hidden_id(engine), ADMIN, "nl")
    assert page.name == HIDDEN_NAME
    assert HIDDEN_NAME in repr(stories_view(engine, ADMIN, "nl"))
    assert HIDDEN_NAME in repr(actors_view(engine, ADMIN, "nl").rows)


def test_explorer_downloads_are_pseudonymised_for_a_viewer(engine: Engine, hidden) -> None:
    viewer = Viewer(name="v", role="viewer")
    ev.clear_caches()
    records = network_records(engine, viewer)
    view = explorer_view(records, parse_request("level=person"), viewer, "nl")
    metrics = full_metrics(records, view)
    files = {"view.svg": view_export.svg(view).encode("utf-8")}
    for stem, data in (
        ("csv", view_export.csv_zip(view, records.revision, metrics)),
        ("xlsx", view_export.xlsx(view, records.revision, metrics)),
    ):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:  # an .xlsx is a zip of XML
            files.update({f"{stem}/{n}": archive.read(n) for n in archive.namelist()})
    everything = b"\n".join(files.values()).decode("utf-8", errors="replace")
    assert _leaks(everything, hidden) == []
    assert hidden[HIDDEN_NAME] in everything  # the person is there, by pseudonym
    admin_view = explorer_view(
        network_records(engine, ADMIN), parse_request("level=person"), ADMIN, "nl"
    )
    assert HIDDEN_NAME in view_export.svg(admin_view)
