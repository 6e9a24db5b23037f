"""The actor page presenter on the demo partnership, checked against the records."""

from __future__ import annotations

import pytest

from app.presenters.actor_page import actor_page, actor_tie, resolve_actor_id
from app.presenters.stories import stories_for_actor
from app.viewer import LOCAL_USER
from graph.filters import NetworkFilter, network_for
from graph.records import NetworkRecords


def _by_key(records: NetworkRecords, key: str):
    return next(a for a in records.actors if a.key == key)


def test_person_page_has_everything_known(records: NetworkRecords) -> None:
    person = next(
        a for a in records.actors
        if a.kind == "person" and any(m.actor_id == a.id for m in records.memberships)
        and sum(a.id in (t.source, t.target) for t in records.ties) > 2
    )  # fmt: skip
    page = actor_page(records, str(person.id), LOCAL_USER, "nl")
    assert page is not None and page.name == person.name and page.key == person.key
    ties = [t for t in records.ties if person.id in (t.source, t.target)]
    assert sorted(t["id"] for t in page.ties) == sorted(t.id for t in ties)
    assert {o["id"] for o in page.organisations} == set(person.organisation_ids)
    groups = {m.group_id for m in records.memberships if m.actor_id == person.id}
    assert {m["id"] for m in page.memberships} == groups
    themes = {(x.relation, x.theme) for x in records.actor_themes if x.actor_id == person.id}
    assert sum(len(v) for v in page.themes.values()) == len(themes)
    assert [s["id"] for s in page.stories] == [s.id for s in stories_for_actor(records, person.id)]
    ego = network_for(records, NetworkFilter(ego=person.id), "person")
    node_ids = {e["data"]["id"] for e in page.elements if "position" in e}
    assert node_ids == {str(n) for n in ego}
    assert any("ego" in e.get("classes", "") for e in page.elements)
    tie = page.ties[0]
    assert tie["frequency"] is not None and tie["frequency"]["label"]


def test_organisation_and_group_pages(records: NetworkRecords) -> None:
    school = _by_key(records, "S01")
    page = actor_page(records, school.id, LOCAL_USER, "en")
    staff = {f.person_id for f in records.affiliations if f.organisation_id == school.id}
    assert {p["id"] for p in page.people} == staff
    assert page.ego_level == "organisation"
    assert dict(page.rows)["kind"] == "organisation"
    group = next(a for a in records.actors if a.kind == "group")
    page = actor_page(records, group.id, LOCAL_USER, "nl")
    members = {m.actor_id for m in records.memberships if m.group_id == group.id}
    assert {m["id"] for m in page.members} == members
    assert page.ego_level == "two_mode"


@pytest.mark.parametrize(
    "raw", ["abc", "-1", "1 OR 1=1", "9" * 40, "", None, True, 99999999, "1.5", "٣"]
)
def test_unknown_or_forged_ids_give_none(records: NetworkRecords, raw: object) -> None:
    assert resolve_actor_id(raw, records) is None
    assert actor_page(records, raw, LOCAL_USER) is None


def test_one_tie_of_the_actor_with_forged_ids_refused(records: NetworkRecords) -> None:
    school = _by_key(records, "S01")
    page = actor_page(records, school.id, LOCAL_USER, "nl")
    tie = actor_tie(records, str(school.id), page.ties[0]["id"], LOCAL_USER, "nl")
    assert tie is not None and tie["id"] == page.ties[0]["id"]
    assert tie["frequency"] == page.ties[0]["frequency"]
    other = next(x for x in records.ties if school.id not in (x.source, x.target))
    for actor_id, tie_id in (
        (school.id, other.id), (school.id, 10**15), (school.id, True), (school.id, "1"),
        (school.id, None), ("abc", page.ties[0]["id"]), (None, page.ties[0]["id"]),
    ):  # fmt: skip
        assert actor_tie(records, actor_id, tie_id, LOCAL_USER, "nl") is None
