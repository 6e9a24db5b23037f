"""The metrics on graphs built by graph.build from records (fictional partnership)."""

from __future__ import annotations

import pytest

from graph import metrics as gm
from graph.build import build_graph
from graph.records import ActorRecord, AffiliationRecord, NetworkRecords, TieRecord


def _records() -> NetworkRecords:
    actors = (
        ActorRecord(1, "O1", "organisation", "school_po", "Basisschool De Linde", sector="po"),
        ActorRecord(2, "O2", "organisation", "school_vo", "Lyceum Noord", sector="vo"),
        ActorRecord(3, "O3", "organisation", "university", "Hogeschool Oost", sector="hbo"),
        ActorRecord(11, "P1", "person", "teacher", "Anna Veld"),
        ActorRecord(12, "P2", "person", "teacher", "Bram Dijk"),
        ActorRecord(13, "P3", "person", "teacher", "Cor Wolk"),
        ActorRecord(14, "P4", "person", "researcher", "Dina Berg"),
    )
    affiliations = (
        AffiliationRecord(11, 1), AffiliationRecord(12, 1), AffiliationRecord(13, 2),
        AffiliationRecord(14, 3),
    )  # fmt: skip
    ties = (
        TieRecord(1, 11, 12), TieRecord(2, 11, 13), TieRecord(3, 13, 14),
        TieRecord(4, 12, 14), TieRecord(5, 14, 11),
    )  # fmt: skip
    return NetworkRecords(actors=actors, ties=ties, affiliations=affiliations, revision="r1")


@pytest.mark.parametrize("directed", [False, True])
def test_person_level_panel(directed):
    G = build_graph(_records(), level="person", directed=directed)
    panel = gm.metrics_panel(G, grouping="type")
    df = panel.nodes
    assert set(df.index) == {11, 12, 13, 14}
    # Anna (org 1) works with Bram (org 1), Cor (org 2), Dina (org 3): 2 of 3 outside
    assert df.loc[11, "boundary_share"] == pytest.approx(2 / 3)
    assert df.loc[12, "boundary_share"] == pytest.approx(1 / 2)
    assert panel.summary["nodes"] == 4 and panel.summary["ties"] == G.number_of_edges()
    assert panel.summary["mixing_matrix"] is not None


def test_organisation_level_boundary_share_is_total():
    G = build_graph(_records(), level="organisation")
    share = gm.boundary_share(G)
    assert all(v is None or v == 1.0 for v in share.values())


def test_mixed_level_runs():
    G = build_graph(_records(), level="mixed")
    df = gm.node_metrics(G, grouping="kind")
    assert len(df) == G.number_of_nodes()
