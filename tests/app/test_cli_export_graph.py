"""``collabnet export`` of the network (graphml, gexf, pajek, edgelist) on the demo.

Real migrated SQLite files with the demo partnership; in-process CliRunner. GraphML and
GEXF are read back with networkx; metric values are checked against plain networkx on
the same filtered graph; pseudonymised files are searched for every demo person's name.
"""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from app.cli import cli
from db.engine import make_engine
from db.queries import read_network
from db.secrets import pseudonym_secret
from graph.export import read_provenance
from graph.filters import NetworkFilter, network_for
from graph.pseudonyms import person_pseudonym
from seeds.demo import BROKER_EDUCATOR, seed_demo

THEME = "theme=dyslexia"
FILES = {"graphml": "net.graphml", "gexf": "net.gexf", "pajek": "net.net", "edgelist": "net.csv"}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    """The demo, seeded once; tests that write (the secret) work on a copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copy(sqlite_template, path)
    engine = make_engine(f"sqlite:///{path}")
    try:
        seed_demo(engine)
    finally:
        engine.dispose()
    return path


@pytest.fixture
def demo_url(demo_file: Path, tmp_path: Path) -> str:
    copy = tmp_path / "demo.db"
    shutil.copy(demo_file, copy)
    return f"sqlite:///{copy}"


@pytest.fixture(scope="module")
def records(demo_file: Path):
    engine = make_engine(f"sqlite:///{demo_file}")
    try:
        return read_network(engine)
    finally:
        engine.dispose()


def export(url: str, fmt: str, out: Path, *options: str):
    result = CliRunner().invoke(
        cli, ["export", "--format", fmt, *options, str(out), "--database-url", url]
    )
    assert result.exit_code == 0, result.stderr
    return [Path(line) for line in result.stdout.splitlines() if line.strip()]


def person_names(records) -> list[str]:
    return sorted({a.name for a in records.actors if a.kind == "person"})


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize("directed", [False, True])
def test_reads_back_with_metrics_and_provenance(
    demo_url: str, records, tmp_path: Path, fmt: str, directed: bool
) -> None:
    out = tmp_path / FILES[fmt]
    options = ["--filter", THEME, "--language", "en", *(["--directed"] if directed else [])]
    assert export(demo_url, fmt, out, *options) == [out]
    H = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    flt = NetworkFilter.from_query(THEME)
    G = network_for(records, flt, "person", directed)
    assert H.is_directed() == directed
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_nodes() > 0
    assert H.number_of_edges() == G.number_of_edges() > 0
    assert nx.is_isomorphic(nx.Graph(H), nx.Graph(G))
    bet = nx.betweenness_centrality(G)
    pr = nx.pagerank(G, weight=None, tol=1e-13, max_iter=10_000)
    for node, data in G.nodes(data=True):
        attrs = H.nodes[str(node)]
        assert attrs["name"] == data["name"] and attrs["key"] == data["key"]
        assert attrs["betweenness"] == pytest.approx(bet[node], abs=1e-9)
        assert attrs["pagerank"] == pytest.approx(pr[node], abs=1e-9)
        assert int(attrs["degree"]) == G.degree(node)
    provenance = read_provenance(out)
    assert provenance.filter_sentence == flt.describe("en", labels=records)
    assert provenance.filter_query == flt.to_query()
    assert provenance.level == "person" and provenance.directed is directed
    assert provenance.pseudonymised is False and provenance.exported_at


def test_pajek_and_edge_list(demo_url: str, records, tmp_path: Path) -> None:
    G = network_for(records, NetworkFilter.from_query(THEME), "organisation")
    net = tmp_path / FILES["pajek"]
    assert export(demo_url, "pajek", net, "--filter", THEME, "--level", "organisation") == [net]
    P = nx.read_pajek(net)
    assert P.number_of_nodes() == G.number_of_nodes()
    assert read_provenance(net).level == "organisation"

    written = export(demo_url, "edgelist", tmp_path / FILES["edgelist"], "--filter", THEME)
    names = sorted(p.name for p in written)
    assert names == [
        "net.edges.csv", "net.edges.csv.provenance.json",
        "net.nodes.csv", "net.nodes.csv.provenance.json",
    ]  # fmt: skip
    with (tmp_path / "net.edges.csv").open(encoding="utf-8") as handle:
        edges = list(csv.DictReader(handle))
    person = network_for(records, NetworkFilter.from_query(THEME), "person")
    assert len(edges) == person.number_of_edges()
    with (tmp_path / "net.nodes.csv").open(encoding="utf-8") as handle:
        nodes = list(csv.DictReader(handle))
    assert {"betweenness", "community", "boundary_share"} <= set(nodes[0])
    assert "dyslexie" in read_provenance(tmp_path / "net.nodes.csv").filter_sentence


def test_directory_out_keeps_the_conventional_name(demo_url: str, tmp_path: Path) -> None:
    written = export(demo_url, "graphml", tmp_path / "exports", "--level", "mixed")
    assert written == [tmp_path / "exports" / "collabnet-mixed.graphml"]
    assert nx.read_graphml(written[0]).number_of_nodes() > 0


def test_pseudonymised_exports_name_nobody(demo_url: str, records, tmp_path: Path) -> None:
    names = person_names(records)
    assert len(names) == 196
    keys = {a.key for a in records.actors if a.kind == "person"}
    written: list[Path] = []
    for fmt, name in FILES.items():
        for level in ("person", "mixed"):
            target = tmp_path / level / name
            written += export(demo_url, fmt, target, "--pseudonymise", "--level", level)
    assert len(written) == 2 * (1 + 1 + 1 + 4)
    for path in written:
        text = path.read_text(encoding="utf-8")
        leaked = [n for n in names if n in text]
        assert leaked == [], (path.name, leaked[:3])
        assert not set(re.findall(r"\bP\d{3}\b", text)) & keys, path.name
        assert read_provenance(path).pseudonymised is True
    H = nx.read_graphml(tmp_path / "mixed" / "net.graphml")
    people = [d for _n, d in H.nodes(data=True) if d.get("kind") == "person"]
    orgs = [d for _n, d in H.nodes(data=True) if d.get("kind") == "organisation"]
    assert people and orgs
    assert all("name" not in d and "key" not in d for d in people)
    assert all(d.get("name") for d in orgs)  # organisations are no natural persons
    assert all("tie_ids" not in d for *_e, d in H.edges(data=True))


def test_same_pseudonyms_in_every_export_of_one_database(
    demo_url: str, demo_file: Path, records, tmp_path: Path
) -> None:
    first = export(demo_url, "graphml", tmp_path / "a.graphml", "--pseudonymise")[0]
    second = export(demo_url, "gexf", tmp_path / "b.gexf", "--pseudonymise")[0]
    ids_a = set(nx.read_graphml(first).nodes)
    ids_b = set(nx.read_gexf(second).nodes)
    assert ids_a == ids_b and all(n.startswith("P-") for n in ids_a)

    broker = next(a for a in records.actors if a.key == BROKER_EDUCATOR)
    engine = make_engine(demo_url)
    try:
        secret = pseudonym_secret(engine)
    finally:
        engine.dispose()
    alias = person_pseudonym(secret, broker.id)
    assert alias in ids_a

    # a filter naming the broker as ego: the sentence carries the pseudonym, not the name
    ego = export(
        demo_url, "graphml", tmp_path / "ego.graphml", "--pseudonymise",
        "--filter", f"ego={broker.id}&radius=1",
    )[0]  # fmt: skip
    provenance = read_provenance(ego)
    assert broker.name not in ego.read_text(encoding="utf-8")
    assert alias in provenance.filter_sentence and alias in set(nx.read_graphml(ego).nodes)

    # another database (a copy made before any secret existed) gives other pseudonyms
    other = tmp_path / "other.db"
    shutil.copy(demo_file, other)
    third = export(f"sqlite:///{other}", "graphml", tmp_path / "c.graphml", "--pseudonymise")[0]
    ids_c = set(nx.read_graphml(third).nodes)
    assert len(ids_c) == len(ids_a) and not ids_c & ids_a


def test_table_export_unchanged_and_network_options_refused(demo_url: str, tmp_path: Path) -> None:
    written = export(demo_url, "csv", tmp_path / "tables")
    assert (tmp_path / "tables" / "actors.csv") in written
    with (tmp_path / "tables" / "actors.csv").open(encoding="utf-8-sig") as handle:
        assert sum(1 for _ in csv.DictReader(handle)) == 246
    xlsx = export(demo_url, "xlsx", tmp_path / "book")
    assert xlsx == [tmp_path / "book" / "collabnet.xlsx"]
    refused = CliRunner().invoke(
        cli,
        ["export", "-f", "csv", "--pseudonymise", str(tmp_path / "t"), "--database-url", demo_url],
    )
    assert refused.exit_code == 1 and "network formats" in refused.stderr


def test_invalid_filter_names_the_parameter(demo_url: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["export", "-f", "gexf", "--filter", "min_weight=heavy", str(tmp_path / "x.gexf"),
         "--database-url", demo_url],
    )  # fmt: skip
    assert result.exit_code == 1
    assert "min_weight" in result.stderr and "heavy" in result.stderr
    assert not (tmp_path / "x.gexf").exists()


def test_metrics_and_pseudonymised_export_on_postgresql(
    pg_url: str, insert_small_partnership, tmp_path: Path
) -> None:
    """The same commands on PostgreSQL: the secret is created once and reused there."""
    engine = make_engine(pg_url)
    try:
        ids = insert_small_partnership(engine)
    finally:
        engine.dispose()
    out = tmp_path / "m.csv"
    result = CliRunner().invoke(
        cli, ["metrics", "--level", "mixed", "--out", str(out), "--database-url", pg_url]
    )
    assert result.exit_code == 0, result.stderr
    with out.open(encoding="utf-8") as handle:
        rows = {r["id"]: r for r in csv.DictReader(handle)}
    assert set(rows) == {"S01", "S02", "L01", "P01", "P02"}  # groups are no nodes
    assert rows["P01"]["name"] == "Anna Voorbeeld"

    first = export(pg_url, "graphml", tmp_path / "a.graphml", "--pseudonymise")[0]
    second = export(pg_url, "edgelist", tmp_path / "b.csv", "--pseudonymise")[0]
    for path in (first, second):
        text = path.read_text(encoding="utf-8")
        assert "Anna Voorbeeld" not in text and "Bram Testman" not in text
    engine = make_engine(pg_url)
    try:
        secret = pseudonym_secret(engine)
    finally:
        engine.dispose()
    expected = {person_pseudonym(secret, ids["P01"]), person_pseudonym(secret, ids["P02"])}
    assert set(nx.read_graphml(first).nodes) == expected
    with second.open(encoding="utf-8") as handle:
        assert {r["id"] for r in csv.DictReader(handle)} == expected
