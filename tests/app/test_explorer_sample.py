"""A small fictional partnership shared by the explorer presenter tests.

Built from real records with the real codebook (db/codebook/codebook.csv) through
graph.build.build_graph, so the presenters see exactly the node and edge attributes
the app will hand them. Metrics are computed here with networkx directly.
"""

from __future__ import annotations

from datetime import date

import networkx as nx
import pandas as pd

from db.codebook import load_default_codebook
from graph.build import build_graph
from graph.labels import Labels
from graph.records import (
    ActorRecord,
    ActorThemeRecord,
    CodeRecord,
    MembershipRecord,
    NetworkRecords,
    StoryRecord,
    TieRecord,
)


def codebook() -> tuple[CodeRecord, ...]:
    entries, _ = load_default_codebook()
    return tuple(
        CodeRecord(e["category"], e["code"], e["label_nl"], e["label_en"], e["parent"], e["value"])
        for e in entries
    )


ACTORS = (
    ActorRecord(
        1,
        "S01",
        "organisation",
        "school",
        "Basisschool De Verzonnen Eik",
        sector="po",
        region="Zwolle",
    ),
    ActorRecord(2, "S02", "organisation", "school", "Fictief Lyceum", sector="vo", region="Kampen"),
    ActorRecord(
        3,
        "L01",
        "organisation",
        "lectoraat",
        "Lectoraat Denkbeeldig Leren",
        sector="ho",
        region="Zwolle",
    ),
    ActorRecord(
        4, "B01", "organisation", "school_board", "Stichting Nergensland", region="Deventer"
    ),
    ActorRecord(11, "P01", "person", "teacher", "Anna Voorbeeld", organisation_ids=(1,)),
    ActorRecord(12, "P02", "person", "school_leader", "Bram Testman", organisation_ids=(1, 2)),
    ActorRecord(13, "P03", "person", "lector", "Cora Bedacht", organisation_ids=(3,)),
    ActorRecord(14, "P04", "person", "teacher", "Daan Fictie", organisation_ids=(2,)),
    ActorRecord(15, "P05", "person", "external_expert", "Eva Verzinsel"),
    ActorRecord(16, "P06", "person", "teacher", "Fenna Alleen", organisation_ids=(4,)),
    ActorRecord(21, "G01", "group", "plg", "PLG Lezen"),
)
TIES = (
    TieRecord(
        101,
        11,
        13,
        frequency="monthly",
        mode="face_to_face",
        themes=("reading_language",),
        voluntariness="voluntary",
        source_role="initiator",
        start=date(2023, 9, 1),
    ),
    TieRecord(102, 12, 14, frequency="weekly", mode="online", themes=("ict",)),
    TieRecord(103, 13, 14, frequency="quarterly", mode="hybrid"),
    TieRecord(104, 11, 12, frequency="once"),
    TieRecord(105, 13, 11, frequency="yearly", mode="online", themes=("dyslexia",)),
    TieRecord(106, 15, 13, frequency="monthly", mode="face_to_face", directed=False),
)
THEMES = (
    ActorThemeRecord(11, "reading_language", "expertise", level="expert"),
    ActorThemeRecord(11, "ict", "learning_need"),
    ActorThemeRecord(13, "practice_research", "expertise", level="experienced"),
)
STORIES = (
    StoryRecord(
        501,
        "Samen een leesaanpak ontworpen.",
        tie_id=101,
        level="teachers",
        outcome_kind="practice_change",
        told_on=date(2024, 3, 1),
        title="Leesaanpak",
    ),
    StoryRecord(502, "De PLG deelde materialen.", group_id=21, level="school"),
)


def sample_records() -> NetworkRecords:
    return NetworkRecords(
        actors=ACTORS,
        ties=TIES,
        memberships=(MembershipRecord(11, 21), MembershipRecord(13, 21)),
        actor_themes=THEMES,
        stories=STORIES,
        codebook=codebook(),
        revision="r1",
    )


def sample_graph(level: str = "person", directed: bool = False) -> nx.Graph:
    return build_graph(sample_records(), level=level, directed=directed)


def sample_metrics(G: nx.Graph) -> pd.DataFrame:
    """Degree, betweenness and a community number (1 = largest) per node, from networkx."""
    U = G.to_undirected() if G.is_directed() else G
    communities = sorted(
        nx.community.greedy_modularity_communities(U), key=lambda c: (-len(c), min(c))
    )
    community = {v: i for i, c in enumerate(communities, start=1) for v in c}
    return pd.DataFrame(
        {
            "degree": pd.Series(dict(U.degree())),
            "betweenness": pd.Series(nx.betweenness_centrality(U)),
            "community": pd.Series(community),
        }
    ).reindex(list(G))


def sample_labels() -> Labels:
    return Labels(codebook())


def test_sample_person_graph_has_the_persons_and_folded_ties():
    G = sample_graph()
    assert sorted(G) == [11, 12, 13, 14, 15, 16]
    assert G.edges[11, 13]["tie_ids"] == (101, 105)
    assert G.edges[11, 13]["modes"] == ("face_to_face", "online")
    assert G.edges[11, 13]["frequency"] == "monthly"
    assert G.nodes[16]["kind"] == "person"


def test_sample_metrics_are_indexed_by_node():
    G = sample_graph()
    m = sample_metrics(G)
    assert list(m.index) == list(G)
    assert m.loc[13, "degree"] == 3  # Anna, Daan, Eva
    assert m.loc[16, "degree"] == 0
