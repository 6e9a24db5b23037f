"""Expertise map: supply/demand, gaps and should-meet on hand-built partnerships."""

from __future__ import annotations

import pytest

from graph.expertise import find_gaps, should_meet, supply_demand
from graph.records import ActorRecord, ActorThemeRecord, NetworkRecords, TieRecord


def school(i, name, sector="po", region="Veenhoven"):
    return ActorRecord(i, f"S{i}", "organisation", "school", name, sector=sector, region=region)


def teacher(i, name, org):
    return ActorRecord(i, f"P{i}", "person", "teacher", name, organisation_ids=(org,))


def theme(actor, code, relation):
    return ActorThemeRecord(actor, code, relation)


S1, S2, S3 = (
    school(1, "De Klimop"),
    school(2, "Het Anker", "vo"),
    school(3, "De Wilg", region="Kromwijk"),
)
T1, T2, T3 = teacher(11, "Anna", 1), teacher(12, "Bas", 2), teacher(13, "Cor", 3)


def test_supply_demand_counts_people_for_their_organisation_and_sector():
    records = NetworkRecords(
        actors=(S1, S2, T1, T2),
        actor_themes=(
            theme(11, "ict", "expertise"),
            theme(1, "ict", "expertise"),
            theme(12, "ict", "learning_need"),
            theme(2, "ict", "priority"),
        ),
    )
    by_org = supply_demand(records, "organisation").set_index(["theme", "unit"])
    assert by_org.loc[("ict", "De Klimop")].tolist() == [2, 0]
    assert by_org.loc[("ict", "Het Anker")].tolist() == [0, 2]
    by_sector = supply_demand(records, "sector").set_index(["theme", "unit"])
    assert by_sector.loc[("ict", "po")].tolist() == [2, 0]
    by_person = supply_demand(records, "person")
    assert set(by_person["unit"]) == {"Anna", "Bas"}
    with pytest.raises(ValueError, match="unit must be one of"):
        supply_demand(records, "galaxy")


def test_gaps_no_supply_single_supplier_and_unconnected():
    records = NetworkRecords(
        actors=(S1, S2, S3, T1, T2, T3),
        actor_themes=(
            theme(11, "citizenship", "learning_need"),  # demand, nobody supplies
            theme(12, "dyslexia", "expertise"),  # one person supplies dyslexia
            theme(13, "dyslexia", "learning_need"),
            theme(11, "ict", "expertise"),
            theme(11, "ict", "expertise"),
            theme(1, "ict", "expertise"),
            theme(3, "ict", "priority"),
        ),
        ties=(TieRecord(1, 12, 13),),  # dyslexia supplier and demander are connected
    )
    gaps = {(g.theme, g.kind) for g in find_gaps(records)}
    assert ("citizenship", "no_supply") in gaps
    assert ("dyslexia", "single_supplier") in gaps
    assert ("dyslexia", "unconnected") not in gaps
    assert ("ict", "unconnected") in gaps  # S1 and Anna supply, S3 demands, no tie
    assert ("ict", "single_supplier") not in gaps  # an organisation supplies it too


def test_should_meet_ranks_shared_priorities_without_ties():
    records = NetworkRecords(
        actors=(S1, S2, S3, T1, T2, T3),
        actor_themes=(
            theme(1, "ict", "priority"),
            theme(1, "citizenship", "priority"),
            theme(3, "ict", "priority"),
            theme(13, "citizenship", "research_topic"),
            theme(2, "ict", "priority"),
        ),
        ties=(TieRecord(1, 11, 12),),  # people of S1 and S2 already work together
    )
    suggestions = should_meet(records)
    assert [(m.first, m.second, m.shared_themes) for m in suggestions] == [
        (1, 3, ("citizenship", "ict")),
        (2, 3, ("ict",)),
    ]
    assert suggestions[0].same_sector and not suggestions[0].same_region


def test_empty_partnership_has_no_gaps_or_suggestions():
    empty = NetworkRecords()
    assert find_gaps(empty) == [] and should_meet(empty) == []
    assert supply_demand(empty).empty
