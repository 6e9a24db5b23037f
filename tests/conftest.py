"""Shared fixtures: real SQLite files and a real PostgreSQL server, both migrated.

- ``sqlite_url``: a fresh SQLite file in ``tmp_path``, migrated to head (codebook seeded).
- ``pg_server``: one PostgreSQL 15 server per test session (per xdist worker), started
  with initdb/pg_ctl as the ``postgres`` OS user on 127.0.0.1 and a free port in a
  temporary directory, stopped and removed at the end. Missing binaries fail loudly.
- ``pg_url``: a fresh database on that server per test, migrated to head.
- ``db_url``: parametrized over sqlite and postgresql; a migrated, empty database.
- ``engine``: ``db.engine.make_engine(db_url)``, disposed after the test.
- ``blank_db_url``: like ``db_url`` but not migrated (for migration tests).

Fresh databases are cheap copies of a template migrated once per session (SQLite
backup API; PostgreSQL ``CREATE DATABASE ... TEMPLATE``). Tests that use ``pg_url`` or
``pg_server`` are marked ``postgres`` automatically.
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine

from db import migrate
from db.engine import make_engine

PG_BIN_DIRS = ("/usr/lib/postgresql/15/bin",)
PG_FIXTURES = {"pg_server", "pg_url", "pg_template"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        callspec = getattr(item, "callspec", None)
        params = callspec.params if callspec else {}
        if names & PG_FIXTURES or "postgresql" in (
            params.get("db_url"),
            params.get("blank_db_url"),
        ):
            item.add_marker(pytest.mark.postgres)


def _pg_binary(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for directory in PG_BIN_DIRS:
        candidate = Path(directory) / name
        if candidate.exists():
            return str(candidate)
    raise RuntimeError(
        f"PostgreSQL binary {name!r} not found on PATH or in {PG_BIN_DIRS}; "
        "install postgresql-15 (make test does this)"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_postgres(args: list[str]) -> list[str]:
    """initdb refuses to run as root: drop to the postgres OS user when we are root."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@dataclass(frozen=True)
class PgServer:
    host: str
    port: int
    user: str

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def admin(self) -> psycopg.Connection:
        return psycopg.connect(
            host=self.host, port=self.port, user=self.user, dbname="postgres", autocommit=True
        )

    def create_database(self, template: str | None = None) -> str:
        name = f"t_{uuid.uuid4().hex[:16]}"
        suffix = f" TEMPLATE {template}" if template else ""
        with self.admin() as conn:
            conn.execute(f"CREATE DATABASE {name}{suffix}")
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    initdb, pg_ctl = _pg_binary("initdb"), _pg_binary("pg_ctl")
    root = Path(tempfile.mkdtemp(prefix="collabnet-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, user="postgres", group="postgres")
    os.chmod(root, 0o700)
    data, log = root / "data", root / "server.log"
    subprocess.run(
        _as_postgres(
            [initdb, "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale"]
        ),
        check=True,
        capture_output=True,
    )
    for _attempt in range(3):  # a free port can be taken between probe and bind (xdist)
        port = _free_port()
        options = (
            f"-p {port} -c listen_addresses=127.0.0.1 -k {root} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        started = subprocess.run(
            _as_postgres([pg_ctl, "-D", str(data), "-l", str(log), "-o", options, "-w", "start"]),
            capture_output=True,
            text=True,
        )
        if started.returncode == 0:
            break
    else:
        detail = log.read_text() if log.exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"pg_ctl start failed: {started.stderr}\n{detail}")
    try:
        yield PgServer("127.0.0.1", port, "postgres")
    finally:
        subprocess.run(
            _as_postgres([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer) -> str:
    """A database migrated to head once per session; tests get copies of it."""
    name = pg_server.create_database()
    migrate.upgrade(pg_server.url(name))
    return name


@pytest.fixture
def pg_url(pg_server: PgServer, pg_template: str) -> Iterator[str]:
    name = pg_server.create_database(template=pg_template)
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def blank_pg_url(pg_server: PgServer) -> Iterator[str]:
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    migrate.upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    path = tmp_path / "collabnet.db"
    with sqlite3.connect(sqlite_template) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return f"sqlite:///{path}"


@pytest.fixture
def blank_sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'blank.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    """A migrated, empty database on each backend."""
    name = "sqlite_url" if request.param == "sqlite" else "pg_url"
    return str(request.getfixturevalue(name))


@pytest.fixture(params=["sqlite", "postgresql"])
def blank_db_url(request: pytest.FixtureRequest) -> str:
    """An empty, unmigrated database on each backend."""
    name = "blank_sqlite_url" if request.param == "sqlite" else "blank_pg_url"
    return str(request.getfixturevalue(name))


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def small_network(engine: Engine) -> dict[str, int]:
    """A hand-built partnership on ``engine``; returns database ids by external key.

    Two schools (S01 PO, S02 VO), a PLG (G01), a teacher (P01, works at both schools)
    and a school leader (P02, at S01); ties T1 P01->P02 (every attribute coded) and
    T2 S01-S02 (undirected, weight 2.5); memberships, actor themes, two stories, one
    assessment. Tests state the records they expect from this by hand.
    """
    from datetime import date

    from sqlalchemy import select

    from db.models import (
        Actor,
        ActorTheme,
        Affiliation,
        Assessment,
        AssessmentScore,
        ChecklistStatement,
        CodebookEntry,
        Membership,
        Story,
        StoryTheme,
        Tie,
        TieCode,
    )
    from db.session import transaction

    with transaction(engine) as s:
        entry = {(e.category, e.code): e.id for e in s.scalars(select(CodebookEntry)).all()}
        statement = {c.code: c.id for c in s.scalars(select(ChecklistStatement)).all()}
        a = {
            "S01": Actor(
                key="S01",
                kind="organisation",
                type="school",
                name="OBS De Linde",
                sector="po",
                region="Noordstad",
                attributes={"pupils": 310},
            ),
            "S02": Actor(
                key="S02",
                kind="organisation",
                type="school",
                name="Het Baken College",
                sector="vo",
                region="Zuidveen",
            ),
            "G01": Actor(key="G01", kind="group", type="plg", name="PLG Lezen"),
            "P01": Actor(
                key="P01",
                kind="person",
                type="teacher",
                name="Fenna Fictief",
                career_phase="experienced",
                consent=True,
                pseudonym="p-7f3a",
            ),
            "P02": Actor(
                key="P02",
                kind="person",
                type="school_leader",
                name="Joris Verzonnen",
                career_phase="starting",
            ),
        }
        s.add_all(a.values())
        s.flush()
        ids = {k: v.id for k, v in a.items()}
        s.add_all(
            [
                Affiliation(
                    person_id=ids["P01"],
                    organisation_id=ids["S01"],
                    function="leesspecialist",
                    start=date(2020, 8, 1),
                ),
                Affiliation(person_id=ids["P01"], organisation_id=ids["S02"], function="docent"),
                Affiliation(person_id=ids["P02"], organisation_id=ids["S01"], function="directeur"),
                Membership(
                    actor_id=ids["P01"],
                    group_id=ids["G01"],
                    role="coordinator",
                    start=date(2023, 9, 1),
                ),
                Membership(actor_id=ids["S02"], group_id=ids["G01"], role="member"),
                ActorTheme(
                    actor_id=ids["P01"],
                    theme_id=entry[("theme", "dyslexia")],
                    relation="expertise",
                    level="expert",
                ),
                ActorTheme(
                    actor_id=ids["S02"],
                    theme_id=entry[("theme", "dyslexia")],
                    relation="learning_need",
                    description="protocol invoeren",
                ),
            ]
        )
        t1 = Tie(
            key="T1",
            source_id=ids["P01"],
            target_id=ids["P02"],
            frequency="monthly",
            voluntariness="voluntary",
            mode="face_to_face",
            participation="active",
            scope="local",
            intake="individual",
            follow_up="permanent",
            decision_making="informal",
            autonomy=True,
            source_role="initiator",
            target_role="supporter",
            start=date(2023, 9, 1),
            learning_question="Hoe voeren we het dyslexieprotocol in?",
        )
        t2 = Tie(
            key="T2",
            source_id=ids["S01"],
            target_id=ids["S02"],
            directed=False,
            frequency="weekly",
            start=date(2024, 1, 15),
            end=date(2024, 12, 20),
            weight=2.5,
            autonomy=False,
        )
        s.add_all([t1, t2])
        s.flush()
        ids["T1"], ids["T2"] = t1.id, t2.id
        for code in (
            ("theme", "dyslexia"),
            ("theme", "ict"),
            ("motive", "co_creation"),
            ("condition", "reciprocity"),
        ):
            s.add(TieCode(tie_id=t1.id, entry_id=entry[code]))
        s.add(TieCode(tie_id=t2.id, entry_id=entry[("motive", "pupil_care")]))
        st1 = Story(
            key="ST1",
            tie_id=t1.id,
            title="Samen lezen",
            text="Leraren lezen samen.",
            level="teachers",
            outcome_kind="practice_change",
            told_on=date(2024, 3, 1),
        )
        st2 = Story(
            key="ST2",
            group_id=ids["G01"],
            text="De PLG deelt materialen.",
            level="school",
            outcome_kind="useful_resources",
        )
        asm = Assessment(
            actor_id=ids["S01"],
            checklist="learning_organisation",
            assessed_on=date(2024, 5, 1),
            note="teamvergadering",
        )
        s.add_all([st1, st2, asm])
        s.flush()
        ids["ST1"], ids["ST2"], ids["A1"] = st1.id, st2.id, asm.id
        s.add_all(
            [
                StoryTheme(story_id=st1.id, theme_id=entry[("theme", "dyslexia")]),
                StoryTheme(story_id=st1.id, theme_id=entry[("theme", "reading_language")]),
                AssessmentScore(assessment_id=asm.id, statement_id=statement["lo_sc_2"], score=3),
                AssessmentScore(assessment_id=asm.id, statement_id=statement["lo_sc_1"], score=2),
            ]
        )
    return ids
