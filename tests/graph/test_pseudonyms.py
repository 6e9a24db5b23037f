"""Keyed pseudonyms: stable per secret, different across secrets, nothing personal left."""

from __future__ import annotations

import hashlib
import hmac
import re

import networkx as nx
import pandas as pd
import pytest

from graph.export import PseudonymLeakError, export_graph, read_provenance
from graph.pseudonyms import (
    new_secret,
    person_pseudonym,
    pseudonymise_graph,
    scrub_query,
    scrub_text,
)
from tests.graph.test_export_samples import (
    DESCRIPTION,
    LEARNING_QUESTION,
    OTHER_SECRET,
    PERSON_KEY,
    PERSON_NAME,
    SECRET,
    STORY_TITLE,
    provenance,
    sample,
)

PSEUDONYM = re.compile(r"^P-[0-9a-f]{10}$")
FORMATS = [
    ("graphml", "net.graphml"),
    ("gexf", "net.gexf"),
    ("pajek", "net.net"),
    ("csv", "net.csv"),
    ("metrics-csv", "m.csv"),
    ("metrics-xlsx", "m.xlsx"),
]


def test_pseudonym_is_hmac_sha256_of_the_database_id():
    # independent computation straight from the documented rule (docs/exports.md)
    digest = hmac.new(SECRET, b"collabnet-person:3", hashlib.sha256).hexdigest()
    assert person_pseudonym(SECRET, 3) == "P-" + digest[:10]
    assert PSEUDONYM.match(person_pseudonym(SECRET, 3))


def test_pseudonym_stable_for_same_secret_and_id_type():
    assert person_pseudonym(SECRET, 3) == person_pseudonym(SECRET, 3)
    assert person_pseudonym(SECRET, 3) == person_pseudonym(SECRET, "3")
    assert person_pseudonym(SECRET, 3) != person_pseudonym(SECRET, 4)


def test_pseudonym_differs_across_secrets():
    assert person_pseudonym(SECRET, 3) != person_pseudonym(OTHER_SECRET, 3)
    a, b = new_secret(), new_secret()
    assert len(a) == 32 and a != b
    assert person_pseudonym(a, 3) != person_pseudonym(b, 3)


def test_empty_secret_is_refused():
    with pytest.raises(ValueError, match="secret"):
        person_pseudonym(b"", 3)


def test_export_without_secret_is_refused(tmp_path):
    with pytest.raises(ValueError, match="secret"):
        export_graph(
            sample(False), tmp_path / "x.graphml", "graphml", provenance(), pseudonymise=True
        )
    assert not (tmp_path / "x.graphml").exists()


def test_pseudonymise_graph_rules():
    H = pseudonymise_graph(sample(False), SECRET)
    alias = person_pseudonym(SECRET, 3)
    assert set(H.nodes) == {1, 2, alias}
    # organisations keep name and key: they are not natural persons
    assert H.nodes[1]["name"] == "Basisschool De Zonnewijzer" and H.nodes[1]["key"] == "S01"
    assert H.nodes[alias] == {
        "kind": "person",
        "type": "teacher",
        "sector": "PO",
        "region": "Zuid",
        "career_phase": "starting",
        "organisation_ids": (1, 2),
        "degree": 1,
        "betweenness": 0.5,
        "articulation_point": False,
        "constraint": 0.75,
    }
    assert H.edges[alias, 1] == {"weight": 1, "count": 1, "themes": (), "voluntary": True}
    assert "tie_ids" not in H.edges[1, 2] and H.edges[1, 2]["themes"] == ("reading", "ict")
    assert H.graph == {}


def test_actor_id_attribute_wins_over_node_id():
    G = nx.Graph()
    G.add_node("person:3", kind="person", actor_id=3)
    H = pseudonymise_graph(G, SECRET)
    assert list(H.nodes) == [person_pseudonym(SECRET, 3)]


def test_nodes_of_unknown_kind_are_treated_as_persons():
    G = nx.Graph([("Els", "Bram")])  # a plain researcher edge list: kinds unknown
    H = pseudonymise_graph(G, SECRET)
    assert set(H.nodes) == {person_pseudonym(SECRET, "Els"), person_pseudonym(SECRET, "Bram")}


def test_filter_sentence_and_query_are_scrubbed():
    G = sample(False)
    alias = person_pseudonym(SECRET, 3)
    assert scrub_text(f"Ego-netwerk van {PERSON_NAME}", G, SECRET) == f"Ego-netwerk van {alias}"
    assert scrub_query("ego=3&radius=1&sector=PO", G, SECRET) == f"ego={alias}&radius=1&sector=PO"
    assert scrub_query(f"actor={PERSON_KEY},1", G, SECRET) == f"actor={alias},1"
    encoded = "focus=Anna+de+Vries-%C4%B2zerman&level=mixed"
    assert scrub_query(encoded, G, SECRET) == f"focus={alias}&level=mixed"


@pytest.mark.parametrize("fmt,name", FORMATS)
@pytest.mark.parametrize("directed", [False, True])
def test_no_person_data_in_any_pseudonymised_file(tmp_path, fmt, name, directed):
    metrics = pd.DataFrame({"id": [1, 2, 3], "name": ["a", "b", PERSON_NAME], "degree": [2, 1, 1]})
    written = export_graph(
        sample(directed),
        tmp_path / name,
        fmt,
        provenance(directed),
        pseudonymise=True,
        secret=SECRET,
        metrics=metrics,
    )
    alias = person_pseudonym(SECRET, 3)
    texts = []
    for path in written:
        if path.suffix == ".xlsx":
            sheets = pd.read_excel(path, sheet_name=None, header=None, dtype=str)
            texts.append("\n".join(f.fillna("").to_csv() for f in sheets.values()))
        else:
            texts.append(path.read_text(encoding="utf-8"))
    everything = "\n".join(texts)
    for secret_text in (PERSON_NAME, PERSON_KEY, LEARNING_QUESTION, STORY_TITLE, DESCRIPTION):
        assert secret_text not in everything
    assert "Anna" not in everything and "tie_ids" not in everything
    assert alias in everything  # the person is there, under the pseudonym
    assert "Basisschool De Zonnewijzer" in everything  # organisations keep their names
    prov = read_provenance(written[0])
    assert prov.pseudonymised is True
    assert prov.filter_sentence.startswith(f"Ego-netwerk van {alias}")


@pytest.mark.parametrize(
    "fmt,name", [("graphml", "a.graphml"), ("gexf", "a.gexf"), ("csv", "a.csv")]
)
def test_same_secret_same_pseudonyms_across_exports(tmp_path, fmt, name):
    first = export_graph(
        sample(False), tmp_path / "1" / name, fmt, provenance(), pseudonymise=True, secret=SECRET
    )
    again = export_graph(
        sample(True), tmp_path / "2" / name, fmt, provenance(True), pseudonymise=True, secret=SECRET
    )
    other = export_graph(
        sample(False),
        tmp_path / "3" / name,
        fmt,
        provenance(),
        pseudonymise=True,
        secret=OTHER_SECRET,
    )
    alias = person_pseudonym(SECRET, 3)
    assert alias in first[0].read_text(encoding="utf-8")
    assert alias in again[0].read_text(encoding="utf-8")
    other_text = other[0].read_text(encoding="utf-8")
    assert alias not in other_text and person_pseudonym(OTHER_SECRET, 3) in other_text


def test_pseudonymised_graphml_round_trips(tmp_path):
    path = tmp_path / "p.graphml"
    export_graph(sample(True), path, "graphml", provenance(True), pseudonymise=True, secret=SECRET)
    H = nx.read_graphml(path)
    alias = person_pseudonym(SECRET, 3)
    assert set(H.nodes) == {"1", "2", alias}
    assert set(H.edges) == {("1", "2"), (alias, "1")}
    assert H.nodes[alias]["organisation_ids"] == "1|2"
    assert H.graph["provenance_pseudonymised"] is True


def test_leak_check_removes_files(tmp_path):
    # a person whose name occurs inside an organisation's name cannot be hidden: refuse
    G = nx.Graph()
    G.add_node(1, name="Basisschool Pieter Zandt", kind="organisation")
    G.add_node(2, name="Pieter Zandt", kind="person")
    G.add_edge(1, 2)
    with pytest.raises(PseudonymLeakError):
        export_graph(G, tmp_path / "l.csv", "csv", provenance(), pseudonymise=True, secret=SECRET)
    assert list(tmp_path.iterdir()) == []
