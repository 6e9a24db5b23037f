"""``collabnet person export`` and ``person erase`` on the demo in a real SQLite file.

The commands run as a user runs them: the installed console script, a subprocess.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from db.engine import make_engine
from db.exports.dump import logical_dump
from db.models import Actor
from db.person_access import person_data, resolve_actor
from tests.app.test_cli import run
from tests.demo_database import demo_database

KEY, NAME = "P141", "Teun Dijkbergh"


def _url(sqlite_template: Path, tmp_path: Path) -> str:
    return demo_database(sqlite_template, tmp_path)


def test_person_export_writes_everything_stored_about_them(
    sqlite_template: Path, tmp_path: Path
) -> None:
    url = _url(sqlite_template, tmp_path)
    out = tmp_path / "p141.json"
    result = run("person", "export", KEY, "--out", str(out), "--database-url", url)
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            actor_id = resolve_actor(conn, KEY)
            assert actor_id is not None
            assert data == json.loads(json.dumps(person_data(conn, actor_id), default=str))
    finally:
        engine.dispose()
    assert data["actor"]["name"] == NAME and data["actor"]["key"] == KEY
    assert data["privacy"] == {
        "consent": None,
        "consent_date": None,
        "lawful_basis": "legitimate_interest",
        "may_be_named": False,
    }
    assert data["affiliations"] and all(a["person_id"] == actor_id for a in data["affiliations"])
    assert data["memberships"] and data["actor_themes"]
    assert data["ties"], "the demo gives P141 ties"
    for tie in data["ties"]:
        assert actor_id in (tie["source_id"], tie["target_id"])
        other = tie["target_name"] if tie["source_id"] == actor_id else tie["source_name"]
        assert other and other != NAME  # counterpart named beside its id
        assert isinstance(tie["codes"], list)
    # the group story V25 names them in its text, not by id
    assert "V25" in {s["key"] for s in data["stories"]}
    assert KEY in result.stdout


def test_person_erase_asks_then_erases(sqlite_template: Path, tmp_path: Path) -> None:
    url = _url(sqlite_template, tmp_path)
    engine = make_engine(url)
    try:
        before = logical_dump(engine)
        refused = run("person", "erase", KEY, "--database-url", url)  # no tty: answer is no
        assert refused.returncode != 0
        assert logical_dump(engine) == before
        done = run("person", "erase", KEY, "--yes", "--database-url", url)
        assert done.returncode == 0, done.stderr
        assert KEY in done.stdout and NAME not in done.stdout
        with engine.connect() as conn:
            assert conn.execute(select(Actor.id).where(Actor.key == KEY)).first() is None
        missing = run("person", "erase", KEY, "--yes", "--database-url", url)
        assert missing.returncode != 0 and "no actor" in missing.stderr
    finally:
        engine.dispose()
