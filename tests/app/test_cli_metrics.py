"""``collabnet metrics`` on the demo partnership (a real migrated SQLite file).

Runs in-process with Typer's CliRunner (the console script itself is exercised in
test_cli_metrics_researcher.py). Values are checked against plain networkx on the
same filtered graph (an independent implementation) and against the planted facts
of docs/demo.md.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import networkx as nx
import openpyxl
import pytest
from typer.testing import CliRunner

from app.cli import cli
from app.commands.metrics import FILE_COLUMNS
from db.engine import make_engine
from db.queries import read_network
from graph.filters import NetworkFilter, network_for
from graph.metrics import explain
from seeds.demo import BROKERS, GATEWAY_PERSON, ISOLATED_SCHOOLS, seed_demo

EXPECTED_COLUMNS = [
    "id", "name", "degree", "in_degree", "out_degree", "strength", "betweenness",
    "closeness", "harmonic", "eigenvector", "pagerank", "clustering", "core_number",
    "constraint", "effective_size", "community", "articulation_point", "boundary_share",
]  # fmt: skip
DYSLEXIA = "theme=dyslexia&school_year=2024-2025"


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> str:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copy(sqlite_template, path)
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    try:
        seed_demo(engine)
    finally:
        engine.dispose()
    return url


@pytest.fixture(scope="module")
def records(demo_url: str):
    engine = make_engine(demo_url)
    try:
        return read_network(engine)
    finally:
        engine.dispose()


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_help_documents_the_filter_with_an_example() -> None:
    result = invoke("metrics", "--help")
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "theme=dyslexia&school_year=2024-2025" in text
    for option in ("--level", "--directed", "--filter", "--attribute", "--out", "--json"):
        assert option in text
    assert "--language" in text


def test_file_columns_and_values_match_networkx(demo_url: str, records, tmp_path: Path) -> None:
    out = tmp_path / "m.csv"
    result = invoke("metrics", "--filter", DYSLEXIA, "--out", str(out), "--database-url", demo_url)
    assert result.exit_code == 0, result.stderr
    assert tuple(EXPECTED_COLUMNS) == FILE_COLUMNS
    with out.open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header == EXPECTED_COLUMNS
    rows = read_rows(out)

    flt = NetworkFilter.from_query(DYSLEXIA)
    G = network_for(records, flt, "person")
    assert G.number_of_edges() > 0  # the filter keeps some dyslexia ties
    key = {n: d["key"] for n, d in G.nodes(data=True)}
    assert {r["id"] for r in rows} == set(key.values())
    names = {d["key"]: d["name"] for _n, d in G.nodes(data=True)}
    assert all(r["name"] == names[r["id"]] for r in rows)
    by_id = {r["id"]: r for r in rows}
    # independent implementation: plain networkx on the same filtered graph
    bet = nx.betweenness_centrality(G)
    clo = nx.closeness_centrality(G)
    for node in G:
        row = by_id[key[node]]
        assert float(row["betweenness"]) == pytest.approx(bet[node], abs=1e-9)
        assert float(row["closeness"]) == pytest.approx(clo[node], abs=1e-9)
        assert int(row["degree"]) == G.degree(node)
        assert row["articulation_point"] in ("True", "False")

    provenance = json.loads(out.with_name("m.csv.provenance.json").read_text(encoding="utf-8"))
    assert provenance["filter_query"] == flt.to_query()
    assert provenance["filter_sentence"] == flt.describe("nl", labels=records)
    assert "dyslexie" in provenance["filter_sentence"]
    assert provenance["window"] == "2024-08-01/2025-07-31"
    assert provenance["level"] == "person" and provenance["directed"] is False
    assert provenance["collabnet_version"] and provenance["exported_at"].endswith("Z")


def test_terminal_shows_sentence_then_explained_figures(demo_url: str, records) -> None:
    for language in ("nl", "en"):
        result = invoke(
            "metrics", "--filter", DYSLEXIA, "--language", language, "--database-url", demo_url
        )
        assert result.exit_code == 0, result.stderr
        lines = result.stdout.splitlines()
        flt = NetworkFilter.from_query(DYSLEXIA)
        assert lines[0] == flt.describe(language, labels=records)
        for metric in ("nodes", "density", "betweenness_centralisation", "modularity"):
            line = next(x for x in lines if x.startswith(metric + " "))
            assert line.endswith(explain(metric, language)), line
    G = network_for(records, NetworkFilter.from_query(DYSLEXIA), "person")
    assert re.search(rf"^ties\s+{G.number_of_edges()}\s", result.stdout, re.MULTILINE)


def test_planted_brokers_gateway_and_isolated_schools(demo_url: str, tmp_path: Path) -> None:
    person = tmp_path / "person.csv"
    assert invoke("metrics", "--out", str(person), "--database-url", demo_url).exit_code == 0
    rows = read_rows(person)
    top5 = sorted(rows, key=lambda r: -float(r["betweenness"]))[:5]
    assert set(BROKERS) <= {r["id"] for r in top5}
    assert {r["id"]: r for r in rows}[GATEWAY_PERSON]["articulation_point"] == "True"

    org = tmp_path / "org.xlsx"
    result = invoke(
        "metrics", "--level", "organisation", "--out", str(org), "--language", "en",
        "--database-url", demo_url,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    book = openpyxl.load_workbook(org, read_only=True)
    assert book.sheetnames == ["metrics", "provenance", "explanations"]
    sheet = list(book["metrics"].iter_rows(values_only=True))
    assert list(sheet[0]) == EXPECTED_COLUMNS
    degree = {r[0]: r[2] for r in sheet[1:]}
    assert all(degree[s] == 0 for s in ISOLATED_SCHOOLS)
    provenance = dict(list(book["provenance"].iter_rows(values_only=True))[1:])
    assert provenance["level"] == "organisation"
    assert provenance["filter_sentence"] == "All collaborations."
    explanations = dict(list(book["explanations"].iter_rows(values_only=True))[1:])
    assert explanations["betweenness"] == explain("betweenness", "en")


def test_directed_view(demo_url: str, records, tmp_path: Path) -> None:
    out = tmp_path / "d.csv"
    result = invoke(
        "metrics", "--directed", "--json", "--out", str(out), "--database-url", demo_url
    )
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout[: result.stdout.rindex("}") + 1])
    D = network_for(records, NetworkFilter(), "person", directed=True)
    assert summary["directed"] is True
    assert summary["ties"] == D.number_of_edges()
    assert summary["reciprocity"] == pytest.approx(nx.reciprocity(D), abs=1e-12)
    assert summary["explanations"]["reciprocity"] == explain("reciprocity", "nl")
    rows = {r["id"]: r for r in read_rows(out)}
    key = {n: d["key"] for n, d in D.nodes(data=True)}
    bet = nx.betweenness_centrality(D)
    for node in D:
        assert int(rows[key[node]]["in_degree"]) == D.in_degree(node)
        assert float(rows[key[node]]["betweenness"]) == pytest.approx(bet[node], abs=1e-9)


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("themes=dyslexia", "themes"),
        ("as_of=2024-13-01", "as_of"),
        ("school_year=2024", "school_year"),
        ("radius=9&ego=1", "radius"),
        ("ego=999999", "999999"),
    ],
)
def test_invalid_filter_is_a_plain_error(demo_url: str, query: str, parameter: str) -> None:
    result = invoke("metrics", "--filter", query, "--database-url", demo_url)
    assert result.exit_code != 0
    assert "--filter" in result.stderr and parameter in result.stderr
    assert "Traceback" not in result.stderr
    assert isinstance(result.exception, SystemExit)  # a clean exit, no uncaught error


def test_explorer_query_is_accepted(demo_url: str) -> None:
    """A query copied from the explorer's address bar: view keys ignored with a note."""
    query = f"http://localhost:8050/explorer?level=organisation&layout=force&{DYSLEXIA}"
    result = invoke("metrics", "--json", "--filter", query, "--database-url", demo_url)
    assert result.exit_code == 0, result.stderr
    assert "layout, level ignored" in result.stderr
    summary = json.loads(result.stdout)
    assert summary["filter"]["query"] == NetworkFilter.from_query(DYSLEXIA).to_query()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_filter_away_everything_is_no_crash(demo_url: str, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"none{suffix}"
    result = invoke(
        "metrics", "--filter", "as_of=1990-01-01&hide_isolates=1", "--out", str(out),
        "--database-url", demo_url,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert re.search(r"^nodes\s+0\s", result.stdout, re.MULTILINE)
    assert re.search(r"^density\s+-\s", result.stdout, re.MULTILINE)
    assert not re.search(r"\bnan\b", result.stdout, re.IGNORECASE)
    assert "Geen enkele actor voldoet aan dit filter" in result.stdout
    if suffix == ".csv":
        with out.open(encoding="utf-8") as handle:
            assert list(csv.reader(handle)) == [EXPECTED_COLUMNS]
    else:
        book = openpyxl.load_workbook(out, read_only=True)
        assert [list(r) for r in book["metrics"].iter_rows(values_only=True)] == [EXPECTED_COLUMNS]
        assert "provenance" in book.sheetnames
