"""``collabnet user``: a real process on a real database; the password via stdin."""

from __future__ import annotations

from sqlalchemy import select

from app.auth.passwords import verify_password
from db.engine import make_engine
from db.exports.dump import logical_dump
from db.models import User
from tests.app.test_cli import run

PW = "een-lang-wachtwoord"


def _users(url: str) -> dict[str, tuple[str, str]]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(User.name, User.role, User.password_hash)).all()
        return {name: (role, hashed) for name, role, hashed in rows}
    finally:
        engine.dispose()


def _dump(url: str) -> dict:
    engine = make_engine(url)
    try:
        return logical_dump(engine)
    finally:
        engine.dispose()


def test_add_list_set_role_remove(sqlite_url: str) -> None:
    db = ("--database-url", sqlite_url)
    added = _run_with_stdin(f"{PW}\n", "user", "add", "ana", "--role", "editor", *db)
    assert (added.returncode, added.stdout.strip()) == (0, "added user ana (editor)")
    role, hashed = _users(sqlite_url)["ana"]
    assert role == "editor" and hashed.startswith("$argon2id$") and verify_password(hashed, PW)

    listed = run("user", "list", *db)
    assert listed.returncode == 0
    assert listed.stdout.split("\t")[:2] == ["ana", "editor"]
    assert "argon2" not in listed.stdout and PW not in listed.stdout

    changed = run("user", "set-role", "ana", "researcher", *db)
    assert (changed.returncode, changed.stdout.strip()) == (0, "user ana is now researcher")
    removed = run("user", "remove", "ana", *db)
    assert (removed.returncode, _users(sqlite_url)) == (0, {})


def test_refused_commands_say_why_and_change_nothing(sqlite_url: str) -> None:
    db = ("--database-url", sqlite_url)
    assert _run_with_stdin(f"{PW}\n", "user", "add", "ana", *db).returncode == 0
    before = _dump(sqlite_url)
    cases = [
        (_run_with_stdin("kort\n", "user", "add", "bob", *db), "at least 10 characters"),
        (_run_with_stdin(f"{PW}\n", "user", "add", "ana", *db), "already exists"),
        (_run_with_stdin(f"{PW}\n", "user", "add", "bob", "--role", "god", *db), "unknown role"),
        (_run_with_stdin(f"{PW}\n", "user", "add", "bad name", *db), "invalid user name"),
        (run("user", "set-role", "ana", "root", *db), "unknown role 'root'"),
        (run("user", "set-role", "nobody", "admin", *db), "no user named 'nobody'"),
        (run("user", "remove", "nobody", *db), "no user named 'nobody'"),
    ]
    for result, message in cases:
        assert result.returncode == 1, result.stdout
        assert message in result.stderr, result.stderr
    assert _dump(sqlite_url) == before


def _run_with_stdin(text: str, *args: str):
    import os
    import subprocess

    from tests.app.test_cli import COLLABNET

    env = {k: v for k, v in os.environ.items() if not k.startswith("COLLABNET_")}
    return subprocess.run(
        [str(COLLABNET), *args], input=text, capture_output=True, text=True, env=env, timeout=120
    )
