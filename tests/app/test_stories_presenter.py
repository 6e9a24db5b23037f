"""Value-creation stories: who they involve, filters, cards (no browser)."""

from __future__ import annotations

import pytest

from app.presenters import stories as presenter
from tests.app.expertise_records import ANNA, BRAM, CEES, DIRK, G1, S1, S2, small_partnership


@pytest.fixture
def records():
    return small_partnership()


def ids(stories) -> list[int]:
    return [s.id for s in stories]


def test_stories_for_actor(records) -> None:
    # Bram: his tie with Cees (story 1) and his group (stories 2 and 3), newest first
    assert ids(presenter.stories_for_actor(records, BRAM)) == [2, 1, 3]
    assert ids(presenter.stories_for_actor(records, CEES)) == [1]
    # Anna's only tie (with Bram) has no story, and she is in no group
    assert ids(presenter.stories_for_actor(records, ANNA)) == []
    # an organisation: the ties and groups of its people count
    assert ids(presenter.stories_for_actor(records, S1)) == [2, 1, 3]
    assert ids(presenter.stories_for_actor(records, S2)) == [1]
    # a group: its own stories
    assert ids(presenter.stories_for_actor(records, G1)) == [2, 3]
    assert presenter.stories_for_actor(records, DIRK) == ()
    assert presenter.stories_for_actor(records, 999) == ()


def test_filters_are_validated_against_the_records(records) -> None:
    chosen = presenter.filter_from_inputs(
        records, tie="T2", group="P1", actor="nobody", theme="dyslexia", level="x", outcome=5
    )
    assert chosen == presenter.StoryFilter(tie_id=2, theme="dyslexia")
    assert ids(presenter.filter_stories(records, chosen)) == [1]
    group = presenter.filter_from_inputs(records, group="G1", level="teachers")
    assert ids(presenter.filter_stories(records, group)) == [2, 3]
    outcome = presenter.filter_from_inputs(records, actor="P2", outcome="new_insights")
    assert ids(presenter.filter_stories(records, outcome)) == [2]
    assert ids(presenter.filter_stories(records, presenter.StoryFilter())) == [2, 1, 3]
    forged = presenter.filter_from_inputs(records, tie=["T2"], actor={"x": 1}, group="G" * 500)
    assert forged == presenter.StoryFilter()


def test_cards_in_both_languages(records) -> None:
    from graph.labels import Labels

    labels = Labels.from_records(records)
    story = records.stories[0]
    card = presenter.story_card(records, labels, story, "nl")
    assert card.title == "Protocol"
    assert card.about == "Over de samenwerking van Bram Beuk en Cees Ceder"
    assert card.meta == "2024-05-01 · leerlingen · praktijkverandering · dyslexieprotocol"
    english = presenter.story_card(records, labels, records.stories[1], "en")
    assert english.about == "About the group PLG Lezen"
    assert english.meta == "2025-01-09 · teachers · new insights"


def test_tie_options_only_for_ties_with_a_story(records) -> None:
    assert presenter.tie_options(records) == [{"label": "Bram Beuk – Cees Ceder", "value": "T2"}]
