"""The ``collabnet`` command as a user runs it: a real process, real database files.

Only ``--help`` runs in-process (Typer's CliRunner); everything else starts the
installed console script, so exit codes and stderr are what a shell sees.
"""

from __future__ import annotations

import csv
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import networkx as nx
import openpyxl
import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from app.cli import cli
from db import migrate
from db.engine import make_engine
from db.models import Actor

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
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


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


def _count_actors(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(Actor)).scalar_one())
    finally:
        engine.dispose()


def test_seed_demo_if_empty_loads_once(sqlite_url: str) -> None:
    first = run("seed", "demo", "--if-empty", "--database-url", sqlite_url)
    assert first.returncode == 0, first.stderr
    loaded = _count_actors(sqlite_url)
    assert loaded > 100
    second = run("seed", "demo", "--if-empty", "--database-url", sqlite_url)
    assert second.returncode == 0, second.stderr
    assert f"{loaded} actors already" in second.stdout
    assert _count_actors(sqlite_url) == loaded


def test_import_reports_every_error_and_writes_nothing(sqlite_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "actors.csv"
    bad.write_text(
        "id;naam;type;sector\nX1;De Verzonnen School;school;po\n"
        "X2;Nergensschool;kasteel;po\nX1;Dubbel;school;zz\n",
        encoding="utf-8",
    )
    report = tmp_path / "errors.csv"
    result = run("import", str(bad), "--error-report", str(report), "--database-url", sqlite_url)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("actors.csv")]
    assert any("row 3" in x and "column type" in x and "'kasteel'" in x for x in lines), lines
    assert any("row 4" in x and "column id" in x and "'X1'" in x for x in lines), lines
    assert any("row 4" in x and "column sector" in x and "'zz'" in x for x in lines), lines
    assert "nothing was written" in result.stderr
    with report.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert {(r["row"], r["column"], r["value"]) for r in rows} >= {
        ("3", "type", "kasteel"),
        ("4", "id", "X1"),
        ("4", "sector", "zz"),
    }
    assert _count_actors(sqlite_url) == 0


def test_import_dry_run_then_real(sqlite_url: str, tmp_path: Path) -> None:
    good = tmp_path / "actors.csv"
    good.write_text("id,name,type,region\nX1,De Verzonnen School,school,Zwolle\n", "utf-8")
    dry = run("import", str(good), "--dry-run", "--database-url", sqlite_url)
    assert dry.returncode == 0, dry.stderr
    assert "dry run" in dry.stdout
    assert _count_actors(sqlite_url) == 0
    real = run("import", str(good), "--database-url", sqlite_url)
    assert real.returncode == 0, real.stderr
    assert _count_actors(sqlite_url) == 1


def test_import_missing_file(sqlite_url: str, tmp_path: Path) -> None:
    result = run("import", str(tmp_path / "nope.csv"), "--database-url", sqlite_url)
    assert result.returncode == 1
    assert "file not found" in result.stderr


def test_import_into_unmigrated_database_says_upgrade(tmp_path: Path) -> None:
    good = tmp_path / "actors.csv"
    good.write_text("id,name,type\nX1,De Verzonnen School,school\n", "utf-8")
    result = run("import", str(good), "--database-url", f"sqlite:///{tmp_path / 'e.db'}")
    assert result.returncode == 1
    assert "collabnet db upgrade" in result.stderr
    assert "Traceback" not in result.stderr


def test_template_then_export_formats(small_url: str, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    result = run("template", str(templates))
    assert result.returncode == 0, result.stderr
    assert (templates / "actors.csv").is_file() and (templates / "ties.csv").is_file()

    out = tmp_path / "csv"
    assert run("export", "--format", "csv", str(out), "--database-url", small_url).returncode == 0
    with (out / "actors.csv").open(encoding="utf-8-sig") as handle:
        keys = sorted(row["id"] for row in csv.DictReader(handle))
    assert keys == ["G01", "L01", "P01", "P02", "S01", "S02"]

    xlsx = tmp_path / "xlsx"
    assert run("export", "-f", "xlsx", str(xlsx), "--database-url", small_url).returncode == 0
    workbook = openpyxl.load_workbook(xlsx / "collabnet.xlsx", read_only=True)
    assert "actors" in workbook.sheetnames

    net = tmp_path / "net"
    result = run(
        "export", "--format", "graphml", str(net), "--level", "person", "--database-url", small_url
    )
    assert result.returncode == 0, result.stderr
    graph = nx.read_graphml(net / "collabnet-person.graphml")
    assert graph.number_of_nodes() >= 2


def test_export_unknown_format_is_refused(small_url: str, tmp_path: Path) -> None:
    result = run("export", "--format", "docx", str(tmp_path), "--database-url", small_url)
    assert result.returncode != 0
    assert "docx" in result.stderr


def test_metrics_summary_and_node_file(sqlite_url: str, tmp_path: Path) -> None:
    import json

    from db.queries import read_network
    from graph.build import build_graph

    assert run("seed", "demo", "--database-url", sqlite_url).returncode == 0
    out = tmp_path / "nodes.csv"
    result = run(
        "metrics", "--json", "--level", "person", "--out", str(out),
        "--database-url", sqlite_url,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout[: result.stdout.rindex("}") + 1])
    engine = make_engine(sqlite_url)
    try:
        graph = build_graph(read_network(engine), level="person")
    finally:
        engine.dispose()
    # independent check with plain networkx on the same graph
    assert summary["nodes"] == graph.number_of_nodes()
    assert summary["density"] == pytest.approx(nx.density(graph), abs=1e-12)
    with out.open(encoding="utf-8-sig") as handle:
        rows = [row for row in csv.reader(handle) if row and not row[0].startswith("#")]
    assert rows[0][:2] == ["id", "name"]
    assert len(rows) - 1 == graph.number_of_nodes()


def test_metrics_refuses_unknown_output_type(sqlite_url: str, tmp_path: Path) -> None:
    result = run("metrics", "--out", str(tmp_path / "x.docx"), "--database-url", sqlite_url)
    assert result.returncode == 1
    assert ".csv or .xlsx" in result.stderr


def test_cli_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    """The same commands against PostgreSQL (psycopg 3), as docker-compose configures it."""
    current = run("db", "current", env={"COLLABNET_DATABASE_URL": pg_url})
    assert current.returncode == 0, current.stderr
    assert f"current: {migrate.head()}" in current.stdout
    good = tmp_path / "actors.csv"
    good.write_text("id;naam;type;regio\nX1;De Verzonnen School;school;Zwolle\n", "utf-8")
    result = run("import", str(good), env={"COLLABNET_DATABASE_URL": pg_url})
    assert result.returncode == 0, result.stderr
    assert _count_actors(pg_url) == 1
