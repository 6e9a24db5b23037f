"""Migrations agree with the models; upgrade -> downgrade -> upgrade on both backends."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, inspect, select

import db.models  # noqa: F401
from db import migrate
from db.base import Base
from db.engine import make_engine
from db.models import ChecklistStatement, CodebookEntry

REPO = Path(__file__).resolve().parents[2]


def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def _columns(url: str, table: str) -> set[str]:
    engine = make_engine(url)
    try:
        return {c["name"] for c in inspect(engine).get_columns(table)}
    finally:
        engine.dispose()


def _counts(url: str) -> tuple[int, int]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            entries = conn.execute(select(func.count()).select_from(CodebookEntry)).scalar_one()
            statements = conn.execute(
                select(func.count()).select_from(ChecklistStatement)
            ).scalar_one()
            return int(entries), int(statements)
    finally:
        engine.dispose()


def test_models_and_migrations_agree(db_url: str) -> None:
    assert migrate.current(db_url) == migrate.head() == "0004"
    assert migrate.check(db_url) == []


def test_alembic_check_command_agrees(db_url: str) -> None:
    """The same through Alembic's own `alembic check` (raises on any difference)."""
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            command.check(migrate.alembic_config(db_url, conn))
    finally:
        engine.dispose()


def test_upgrade_downgrade_upgrade(blank_db_url: str) -> None:
    url = blank_db_url
    assert migrate.current(url) is None
    migrate.upgrade(url)
    assert migrate.current(url) == "0004"
    assert _tables(url) == set(Base.metadata.tables) | {"alembic_version"}
    assert _counts(url) == (125, 27)

    migrate.downgrade(url, "0003")
    assert not {"lawful_basis", "may_be_named"} & _columns(url, "actor")
    migrate.downgrade(url, "0002")
    assert "user" not in _tables(url)
    migrate.downgrade(url, "0001")
    assert migrate.current(url) == "0001"
    assert _counts(url) == (0, 0)

    migrate.downgrade(url, "base")
    assert migrate.current(url) is None
    assert _tables(url) <= {"alembic_version"}

    migrate.upgrade(url)
    assert migrate.current(url) == "0004"
    assert {"lawful_basis", "may_be_named"} <= _columns(url, "actor")
    assert _counts(url) == (125, 27)
    assert migrate.check(url) == []


def test_check_refuses_a_database_behind_head(blank_db_url: str) -> None:
    migrate.upgrade(blank_db_url, "0001")
    with pytest.raises(RuntimeError, match="not at head"):
        migrate.check(blank_db_url)


def test_check_reports_a_schema_that_drifted(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_actor_name")
    engine.dispose()
    diffs = migrate.check(sqlite_url)
    assert [d[0] for d in diffs] == ["add_index"]
    assert diffs[0][1].name == "ix_actor_name"


def test_upgrade_works_from_any_working_directory(tmp_path: Path) -> None:
    """The scripts ship inside the package: no alembic.ini, no cwd assumptions."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = "from db import migrate; migrate.upgrade('sqlite:///x.db'); print(migrate.current('sqlite:///x.db'))"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0004"
    assert (elsewhere / "x.db").exists()
