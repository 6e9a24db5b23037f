"""One definition of a tie, one community numbering and a mixed level that is mixed,
checked on the demo partnership in a real SQLite file and on hand-made records."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from graph.build import build_graph, organisations_of
from graph.counts import affiliation_count, count_text, counting_rule, tie_count
from graph.export import FORMATS, export_graph, read_provenance
from graph.filters import NetworkFilter, network_for
from graph.metrics import detect_communities, network_summary, node_metrics
from graph.provenance import Provenance
from graph.records import NetworkRecords
from tests.demo_database import demo_database, read_records

PERSON_40 = 40  # Marloes Brinkhorst, 39 partners in the demo


@pytest.fixture(scope="module")
def demo(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> NetworkRecords:
    return read_records(demo_database(sqlite_template, tmp_path_factory.mktemp("counts")))


def _folded_inside(records: NetworkRecords) -> Counter:
    """Organisation -> demo ties whose two ends both fold into it (counted by hand)."""
    orgs = organisations_of(records)
    kinds = {a.id: a.kind for a in records.actors}
    homes = {a: set(orgs.get(a, ())) if kinds[a] == "person" else {a} for a in kinds}
    inside: Counter = Counter()
    for tie in records.ties:
        for org in homes.get(tie.source, set()) & homes.get(tie.target, set()):
            inside[org] += 1
    return inside


def test_organisation_level_has_no_self_loops_and_counts_internal_ties(demo):
    G = network_for(demo, None, "organisation")
    assert nx.number_of_selfloops(G) == 0
    assert G.number_of_edges() == tie_count(G) == network_summary(G)["ties"] == 184
    inside = _folded_inside(demo)
    assert sum(inside.values()) > 0
    assert {n: G.nodes[n]["internal_ties"] for n in G} == {n: inside.get(n, 0) for n in G}
    assert not any(internal for _u, _v, internal in G.edges(data="internal"))


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "pajek", "csv"])
def test_every_network_export_carries_the_ties_and_no_self_loop(demo, tmp_path, fmt):
    G = network_for(demo, None, "organisation")
    rule = counting_rule("organisation", "en")
    suffix = FORMATS[fmt][1]
    paths = export_graph(
        G, tmp_path / f"net{suffix}", fmt, Provenance(level="organisation", tie_definition=rule)
    )
    data = next(p for p in paths if not p.name.endswith(".json") and "nodes" not in p.name)
    if fmt == "graphml":
        pairs = [(u, v) for u, v in nx.read_graphml(data).edges()]
    elif fmt == "gexf":
        pairs = [(u, v) for u, v in nx.read_gexf(data).edges()]
    elif fmt == "pajek":
        pairs = [(u, v) for u, v in nx.read_pajek(data).edges()]
    else:
        table = pd.read_csv(data)
        pairs = list(zip(table["source"], table["target"], strict=True))
    assert len(pairs) == 184
    assert all(u != v for u, v in pairs)
    assert read_provenance(data).tie_definition == rule


def test_mixed_level_joins_persons_to_their_organisations(demo):
    G = network_for(demo, None, "mixed")
    works_at = sum(len(v) for v in organisations_of(demo).values())
    assert affiliation_count(G) == works_at == 220
    # a tie is a pair of actors who collaborate, however often
    assert tie_count(G) == len({frozenset((t.source, t.target)) for t in demo.ties})
    assert count_text(G, "en") == f"235 actors, {tie_count(G)} ties and 220 affiliations"
    assert network_summary(G)["ties"] == tie_count(G)
    assert network_summary(G)["affiliations"] == 220


def test_mixed_ego_of_a_person_shows_persons_and_organisations(demo):
    mixed = network_for(demo, NetworkFilter(ego=PERSON_40), "mixed")
    person = network_for(demo, NetworkFilter(ego=PERSON_40), "person")
    kinds = Counter(mixed.nodes[n]["kind"] for n in mixed)
    assert kinds["person"] == person.number_of_nodes() and kinds["organisation"] >= 1
    assert set(organisations_of(demo)[PERSON_40]) <= set(mixed)
    assert not nx.utils.graphs_equal(mixed, person)


def test_mixed_ego_of_an_organisation_shows_its_people(demo):
    school = next(a for a in demo.actors if a.key == "S01")  # De Veenpluim, tied to O01
    G = network_for(demo, NetworkFilter(ego=school.id), "mixed")
    kinds = Counter(G.nodes[n]["kind"] for n in G)
    staff = {p for p, homes in organisations_of(demo).items() if school.id in homes}
    assert staff and staff <= set(G)
    assert kinds["person"] >= len(staff) and kinds["organisation"] >= 2


def test_affiliation_is_no_tie_unless_the_two_collaborate(make):
    recs = make.records(
        actors=[make.org(1, "A"), make.org(2, "B"), make.person(10, "Ann", (1, 2))],
        ties=[make.tie(1, 10, 2, frequency="weekly")],
    )
    G = build_graph(recs, level="mixed")
    assert G.edges[10, 1]["affiliation"] and G.edges[10, 1]["count"] == 0
    assert G.edges[10, 2]["affiliation"] and G.edges[10, 2]["count"] == 1
    assert (tie_count(G), affiliation_count(G)) == (1, 2)
    D = build_graph(recs, level="mixed", directed=True)
    assert tie_count(D) == 1 and tie_count(D, directed=False) == 1


def test_communities_are_numbered_from_one_everywhere(demo):
    G = network_for(demo, None, "organisation")
    table = node_metrics(G)["community"]
    assert table.min() == 1
    assert sorted(set(table)) == list(range(1, network_summary(G)["communities"] + 1))
    sizes = table.value_counts()
    assert sizes.idxmax() == 1  # community 1 is the largest
    assert detect_communities(G) == {n: int(c) for n, c in table.items()}
