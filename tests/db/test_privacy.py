"""Right to erasure: a person and everything about them go, nothing else does."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func, select

from db.models import Actor, Affiliation, Membership, Story, StoryTheme, Tie, TieCode
from db.privacy import erase_actor
from db.queries import read_network
from db.session import transaction


def _count(engine: Engine, model: type) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(model.__table__)).scalar_one())


def test_erase_person_removes_everything_about_them(
    engine: Engine, small_network: dict[str, int]
) -> None:
    ids = small_network
    with transaction(engine) as session:
        counts = erase_actor(session, ids["P01"])
    assert counts == {
        "story_theme": 2,  # the story on T1 had two themes
        "story": 1,  # ST1 was told about T1; ST2 on the group stays
        "tie_code": 4,
        "tie": 1,
        "membership": 1,
        "affiliation": 2,
        "actor_theme": 1,
        "assessment_score": 0,
        "assessment": 0,
        "actor": 1,
    }
    net = read_network(engine)
    assert ids["P01"] not in {a.id for a in net.actors}
    assert [a.key for a in net.actors] == ["S01", "S02", "G01", "P02"]
    assert [t.key for t in net.ties] == ["T2"]
    assert [s.id for s in net.stories] == [ids["ST2"]]
    assert all(ids["P01"] not in (m.actor_id, m.group_id) for m in net.memberships)
    assert all(ids["P01"] != a.person_id for a in net.affiliations)
    assert all(ids["P01"] != t.actor_id for t in net.actor_themes)
    assert _count(engine, TieCode) == 1
    assert _count(engine, StoryTheme) == 0
    with engine.connect() as conn:
        names = conn.execute(select(Actor.name)).scalars().all()
    assert "Fenna Fictief" not in names


def test_erase_organisation_keeps_its_people(engine: Engine, small_network: dict[str, int]) -> None:
    ids = small_network
    with transaction(engine) as session:
        counts = erase_actor(session, ids["S01"])
    assert (counts["affiliation"], counts["tie"], counts["assessment"]) == (2, 1, 1)
    assert counts["assessment_score"] == 2
    net = read_network(engine)
    assert {a.key for a in net.actors} == {"S02", "G01", "P01", "P02"}
    assert next(a for a in net.actors if a.key == "P02").organisation_ids == ()
    assert [t.key for t in net.ties] == ["T1"]


def test_erasure_is_all_or_nothing(engine: Engine, small_network: dict[str, int]) -> None:
    before = read_network(engine)
    with pytest.raises(RuntimeError), transaction(engine) as session:
        erase_actor(session, small_network["P01"])
        raise RuntimeError("crash after the deletes, before commit")
    after = read_network(engine)
    assert after == before
    assert _count(engine, Tie) == 2 and _count(engine, Story) == 2
    assert _count(engine, Membership) == 2 and _count(engine, Affiliation) == 3


def test_erase_unknown_actor_raises(engine: Engine) -> None:
    with pytest.raises(LookupError), transaction(engine) as session:
        erase_actor(session, 12345)
