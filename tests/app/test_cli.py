"""The ``collabnet`` command as a user runs it: a real process, real database files."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from db import migrate

COLLABNET = Path(sys.executable).parent / "collabnet"


def run(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None):
    assert COLLABNET.exists(), "the collabnet console script is missing: run `make install`"
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("COLLABNET_")}
    full_env.update(env or {})
    return subprocess.run(
        [str(COLLABNET), *args], capture_output=True, text=True, env=full_env, cwd=cwd, timeout=120
    )


@pytest.mark.parametrize(
    "command",
    [
        (),
        ("db",),
        ("db", "upgrade"),
        ("db", "downgrade"),
        ("db", "current"),
        ("seed", "demo"),
        ("import",),
        ("export",),
        ("template",),
        ("serve",),
    ],
)
def test_every_command_has_help(command: tuple[str, ...]) -> None:
    result = run(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert "Usage:" in result.stdout


def test_db_upgrade_creates_collabnet_db_in_the_working_directory(tmp_path: Path) -> None:
    result = run("db", "upgrade", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "collabnet.db").is_file()
    assert migrate.current(f"sqlite:///{tmp_path / 'collabnet.db'}") == migrate.head()
    current = run("db", "current", cwd=tmp_path)
    assert f"current: {migrate.head()}" in current.stdout
    assert "up to date" in current.stdout


def test_database_url_option_and_env_var(tmp_path: Path) -> None:
    by_option = tmp_path / "option.db"
    by_env = tmp_path / "env.db"
    assert run("db", "upgrade", "--database-url", f"sqlite:///{by_option}").returncode == 0
    assert run("--database-url", f"sqlite:///{by_env}.root", "db", "upgrade").returncode == 0
    result = run("db", "upgrade", env={"COLLABNET_DATABASE_URL": f"sqlite:///{by_env}"})
    assert result.returncode == 0, result.stderr
    for path in (by_option, by_env, Path(f"{by_env}.root")):
        assert migrate.current(f"sqlite:///{path}") == migrate.head()


def test_downgrade_to_base_and_up_again(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert run("db", "upgrade", "--database-url", url).returncode == 0
    down = run("db", "downgrade", "base", "--database-url", url)
    assert down.returncode == 0, down.stderr
    assert migrate.current(url) is None
    assert "base (empty)" in down.stdout
    assert run("db", "upgrade", "--database-url", url).returncode == 0
    assert migrate.current(url) == migrate.head()


def test_unknown_revision_is_a_plain_error(tmp_path: Path) -> None:
    result = run("db", "upgrade", "nonsense", "--database-url", f"sqlite:///{tmp_path / 'x.db'}")
    assert result.returncode == 1
    assert "Error:" in result.stderr and "nonsense" in result.stderr
    assert "Traceback" not in result.stderr


def test_unsupported_url_is_a_plain_error() -> None:
    result = run("db", "current", "--database-url", "mysql://u@localhost/x")
    assert result.returncode == 1
    assert "unsupported database driver 'mysql'" in result.stderr
    assert "Traceback" not in result.stderr


def test_unwritable_sqlite_location_is_a_plain_error(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'no' / 'such' / 'dir' / 'x.db'}"
    result = run("db", "upgrade", "--database-url", url)
    assert result.returncode == 1
    assert "cannot open the SQLite file" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_refuses_an_unmigrated_database(tmp_path: Path) -> None:
    result = run("serve", "--database-url", f"sqlite:///{tmp_path / 'empty.db'}")
    assert result.returncode == 1
    assert "collabnet db upgrade" in result.stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_answers_http(small_url: str) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("COLLABNET_")}
    proc = subprocess.Popen(
        [str(COLLABNET), "serve", "--port", str(port), "--database-url", small_url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/actors", timeout=5) as r:
                    body = r.read().decode()
                    status = r.status
                break
            except OSError:
                assert proc.poll() is None, proc.communicate()
                assert time.monotonic() < deadline, "collabnet serve did not start in 60 s"
                time.sleep(0.3)
        assert status == 200
        assert "_dash-config" in body
    finally:
        proc.terminate()
        proc.wait(timeout=20)
