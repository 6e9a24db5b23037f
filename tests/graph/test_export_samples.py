"""Fictional sample networks for the export tests, with their expected serialised form.

The expected dicts are written out by hand from the documented type mapping
(docs/exports.md), not computed by the code under test.
"""

from __future__ import annotations

from datetime import date

import networkx as nx

from graph.provenance import Provenance

SECRET = b"collabnet-test-secret-0123456789"
OTHER_SECRET = b"another-database-secret-98765432"

PERSON_NAME = "Anna de Vries-Ĳzerman"
PERSON_KEY = "P0042"
LEARNING_QUESTION = "Hoe begeleid ik leerlingen met dyslexie in groep 5?"
STORY_TITLE = "Samen lezen in de bovenbouw"
DESCRIPTION = "Anna coacht startende leraren op woensdag"


def sample(directed: bool) -> nx.Graph:
    """Two organisations and a person, attributes of every type, unicode names."""
    G = nx.DiGraph() if directed else nx.Graph()
    G.graph["note"] = "built for tests"
    G.add_node(
        1,
        name="Basisschool De Zonnewijzer",
        key="S01",
        kind="organisation",
        type="school",
        sector="PO",
        region=None,
        organisation_ids=(),
        degree=2,
        betweenness=0.25,
        articulation_point=True,
        constraint=None,
    )
    G.add_node(
        2,
        name="Café Ĳssel",
        key="C01",
        kind="organisation",
        type="company",
        sector=None,
        region="Noord-Holland",
        organisation_ids=(),
        degree=1,
        betweenness=0,
        articulation_point=False,
        constraint=1.0,
    )
    G.add_node(
        3,
        name=PERSON_NAME,
        key=PERSON_KEY,
        kind="person",
        type="teacher",
        sector="PO",
        region="Zuid",
        career_phase="starting",
        organisation_ids=(1, 2),
        degree=1,
        betweenness=0.5,
        articulation_point=False,
        constraint=0.75,
        learning_question=LEARNING_QUESTION,
        description=DESCRIPTION,
    )
    G.add_edge(
        1,
        2,
        weight=2.5,
        count=2,
        tie_ids=(10, 11),
        themes=("reading", "ict"),
        modes=("face_to_face",),
        since=date(2024, 9, 1),
    )
    G.add_edge(
        3,
        1,
        weight=1,
        count=1,
        tie_ids=(12,),
        themes=(),
        voluntary=True,
        learning_question=LEARNING_QUESTION,
        title=STORY_TITLE,
    )
    return G


EXPECTED_NODES = {
    "1": {
        "name": "Basisschool De Zonnewijzer",
        "key": "S01",
        "kind": "organisation",
        "type": "school",
        "sector": "PO",
        "organisation_ids": "",
        "degree": 2,
        "betweenness": 0.25,
        "articulation_point": True,
    },
    "2": {
        "name": "Café Ĳssel",
        "key": "C01",
        "kind": "organisation",
        "type": "company",
        "region": "Noord-Holland",
        "organisation_ids": "",
        "degree": 1,
        "betweenness": 0.0,
        "articulation_point": False,
        "constraint": 1.0,
    },
    "3": {
        "name": PERSON_NAME,
        "key": PERSON_KEY,
        "kind": "person",
        "type": "teacher",
        "sector": "PO",
        "region": "Zuid",
        "career_phase": "starting",
        "organisation_ids": "1|2",
        "degree": 1,
        "betweenness": 0.5,
        "articulation_point": False,
        "constraint": 0.75,
        "learning_question": LEARNING_QUESTION,
        "description": DESCRIPTION,
    },
}

EXPECTED_EDGES = {
    ("1", "2"): {
        "weight": 2.5,
        "count": 2,
        "tie_ids": "10|11",
        "themes": "reading|ict",
        "modes": "face_to_face",
        "since": "2024-09-01",
    },
    ("3", "1"): {
        "weight": 1.0,
        "count": 1,
        "tie_ids": "12",
        "themes": "",
        "voluntary": True,
        "learning_question": LEARNING_QUESTION,
        "title": STORY_TITLE,
    },
}


def provenance(directed: bool = False) -> Provenance:
    return Provenance(
        filter_sentence=f"Ego-netwerk van {PERSON_NAME} (straal 1), schooljaar 2024-2025",
        filter_query="ego=3&radius=1&year=2024",
        level="mixed",
        directed=directed,
        window="2024-08-01/2025-07-31",
        data_revision="rev-17",
        collabnet_version="0.1.0",
        exported_at="2026-11-23T11:00:00Z",
    )


def typed(data: dict) -> dict:
    """Values with their exact type, so True never equals 1 by accident."""
    return {k: (type(v).__name__, v) for k, v in data.items()}
