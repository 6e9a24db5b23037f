"""Free-text questions on the demo partnership, as a school user types them.

The asker is Vera van Heidewijk (a starting MBO teacher); before the fix the page's
own example ranked her MBO colleagues first because someone else's learning question
said "groep", repeated one reason three times and left out the dyslexia expert.
"""

from __future__ import annotations

import pytest

from app.presenters import experts as presenter
from app.viewer import LOCAL_USER
from graph.records import NetworkRecords
from seeds.demo import DEMO_BEST_EXPERT, NO_SUPPLY_THEMES

VERA = "P068"


def ask(records: NetworkRecords, text: str, language: str = "nl", **kw) -> presenter.ExpertsView:
    form = presenter.form_from_inputs(records, asker=VERA, text=text, **kw)
    return presenter.search(records, LOCAL_USER, form, language)


def stated_themes(records: NetworkRecords, key: str) -> set[str]:
    """Themes the actor (or, for an organisation, one of its people) states as expertise."""
    actors = {a.key: a for a in records.actors}
    actor = actors[key]
    ids = {actor.id} | {
        a.id
        for a in records.actors
        if actor.kind == "organisation" and actor.id in a.organisation_ids
    }
    return {
        t.theme for t in records.actor_themes if t.actor_id in ids and t.relation == "expertise"
    }


def assert_each_reason_once(view: presenter.ExpertsView) -> None:
    for card in view.cards:
        assert len(card.evidence) == len(set(card.evidence)), card.evidence


def test_reading_problems_in_groep_3_finds_the_dyslexia_expert_first(records) -> None:
    view = ask(records, "kinderen met leesproblemen in groep 3")
    assert view.cards[0].key == DEMO_BEST_EXPERT
    assert "Noemt dyslexieprotocol als expertise (niveau: expert)" in view.cards[0].evidence
    # every card is a dyslexia or reading expert, none is there for the word "groep"
    for card in view.cards:
        assert stated_themes(records, card.key) & {"dyslexia", "reading_language"}, card.name
        assert not any("groep" in e and "leesplezier" not in e for e in card.evidence)
    assert_each_reason_once(view)
    assert view.understood == (
        "Gezocht op: leesproblemen (dyslexieprotocol, lezen en taal). Niet gebruikt, want ze "
        "zeggen niets over expertise: kinderen, met, in, groep."
    )


def test_only_people_with_the_reading_question_answered_quote_it(records) -> None:
    view = ask(records, "kinderen met leesproblemen in groep 3", kinds=["person"], limit=20)
    by_id = {t.id: t for t in records.ties}
    actors = {a.key: a for a in records.actors}
    quotes = 0
    for card in view.cards:
        quoted = [e for e in card.evidence if e.startswith("Beantwoordde de leervraag")]
        quotes += len(quoted)
        for sentence in quoted:
            ties = [
                t for t in by_id.values() if t.learning_question and t.learning_question in sentence
            ]
            assert any(t.target == actors[card.key].id for t in ties), (card.name, sentence)
    assert quotes  # the reading questions they answered are quoted


def test_robotics_for_groep_8_finds_ict_expertise_not_students(records) -> None:
    view = ask(records, "robotica lessen voor groep 8", limit=10)
    actors = {a.key: a for a in records.actors}
    assert len(view.cards) == 10
    for card in view.cards:
        assert "ict" in stated_themes(records, card.key), card.name
        assert actors[card.key].type != "student_teacher", card.name
    first = view.cards[0]
    assert any(
        e.startswith("Noemt nieuwe technologie en ICT als expertise") for e in first.evidence
    )
    assert_each_reason_once(view)
    assert view.understood.startswith("Gezocht op: robotica (nieuwe technologie en ICT).")


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("hulp bij rekenen en wiskunde in groep 5", "mathematics"),
        ("ouders betrekken bij het lezen thuis", "parents_environment"),
        ("pesten in klas 2", "social_safety"),
        ("begeleiding van stagiairs", "internships"),
        ("programmeren met chromebooks", "ict"),
    ],
)
def test_more_questions_find_the_matching_expertise_first(records, text, theme) -> None:
    view = ask(records, text, kinds=["person"])
    assert view.cards, view.message
    assert theme in stated_themes(records, view.cards[0].key), (text, view.cards[0].name)
    assert_each_reason_once(view)


def test_a_theme_nobody_has_is_a_gap_not_a_list_of_strangers(records) -> None:
    assert NO_SUPPLY_THEMES == ("citizenship",)
    view = ask(records, "burgerschap in de bovenbouw")
    assert view.cards == ()
    assert view.message.startswith("Niemand in het partnerschap")
    assert view.understood.startswith("Gezocht op: burgerschap.")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            "Je vraag bevat geen woorden waar expertise bij hoort (alleen: hoe, kunnen, we, in, groep",
        ),
        (
            "en",
            "Your question has no words that point to expertise (only: hoe, kunnen, we, in, groep",
        ),
    ],
)
def test_only_stop_words_gives_a_clear_message(records, language, expected) -> None:
    view = ask(records, "Hoe kunnen we in groep 5?", language)
    assert view.cards == ()
    assert view.message.startswith(expected)


def test_the_english_placeholder_question_finds_the_dyslexia_expert(records) -> None:
    view = ask(records, "pupils with reading difficulties in year 1", "en", kinds=["person"])
    assert view.cards[0].key == DEMO_BEST_EXPERT
    assert view.understood.startswith(
        "Searched for: reading difficulties (dyslexia protocol, reading and language)."
    )
    assert_each_reason_once(view)


def test_an_english_question_is_read_in_english(records) -> None:
    view = ask(records, "dyslexia support for pupils in year 2", "en", kinds=["person"])
    assert view.cards[0].key == DEMO_BEST_EXPERT
    assert "States dyslexia protocol as expertise (level: expert)" in view.cards[0].evidence
    assert view.understood.startswith("Searched for: dyslexia (dyslexia protocol)")
