"""Free-text expert search on small partnerships: meaningful words, own evidence only."""

from __future__ import annotations

import math

import pytest

from graph.expert_text import answered_by
from graph.experts import ExpertQuery, ExpertWeights, find_experts, understand
from graph.records import (
    ActorRecord,
    ActorThemeRecord,
    AffiliationRecord,
    CodeRecord,
    NetworkRecords,
    StoryRecord,
    TieRecord,
)
from graph.text_match import analyse_query
from graph.vocabulary import default_vocabulary, vocabulary_for

EXPERTISE_ONLY = ExpertWeights(1, 0, 0, 0)
THEMES = (
    CodeRecord("theme", "dyslexia", "dyslexieprotocol", "dyslexia protocol"),
    CodeRecord("theme", "reading_language", "lezen en taal", "reading and language"),
    CodeRecord("theme", "ict", "nieuwe technologie en ICT", "new technology and ICT"),
    CodeRecord("theme", "citizenship", "burgerschap", "citizenship"),
)


def person(i: int, name: str, orgs: tuple[int, ...] = (), **kw) -> ActorRecord:
    return ActorRecord(i, f"P{i}", "person", "teacher", name, organisation_ids=orgs, **kw)


def network(actors, ties=(), themes=(), stories=()) -> NetworkRecords:
    return NetworkRecords(
        actors=tuple(actors),
        ties=tuple(ties),
        affiliations=tuple(AffiliationRecord(a.id, o) for a in actors for o in a.organisation_ids),
        actor_themes=tuple(themes),
        stories=tuple(stories),
        codebook=THEMES,
    )


def search(records: NetworkRecords, text: str, **kw) -> list:
    query = ExpertQuery(asker=1, text=text, weights=EXPERTISE_ONLY, kinds=("person",), **kw)
    return find_experts(records, query)


ASKER = person(1, "Vera Vrager")


def test_stop_words_and_grade_words_carry_no_expertise() -> None:
    analysis = analyse_query("kinderen met leesproblemen in groep 3", default_vocabulary())
    assert [w.word for w in analysis.words] == ["leesproblemen"]
    assert analysis.ignored == ("kinderen", "met", "in", "groep")
    assert not analyse_query("Hoe kunnen we dat in groep 5 doen?", default_vocabulary()).meaningful
    assert [
        w.word for w in analyse_query("robotica lessen voor groep 8", default_vocabulary()).words
    ] == ["robotica"]


def test_synonyms_and_compounds_point_to_themes() -> None:
    vocabulary = default_vocabulary()
    assert vocabulary.themes_of("leesproblemen") == {"dyslexia": 1.0, "reading_language": 0.8}
    assert vocabulary.themes_of("roboticalessen") == {"ict": 1.0}
    assert vocabulary.themes_of("dyslexiespecialist") == {"dyslexia": 1.0}
    assert "mathematics" in vocabulary.themes_of("wiskunde")
    assert vocabulary.themes_of("groep") == {}
    # a partnership's own theme is found by its codebook label, without a vocabulary row
    own = CodeRecord("theme", "outdoor", "buitenonderwijs", "outdoor education")
    assert vocabulary_for((own,)).themes_of("buitenonderwijs") == {"outdoor": 1.0}


def test_someone_elses_learning_question_is_not_the_candidates_evidence() -> None:
    asking, answering = person(2, "Mbo Collega"), person(3, "Dyslexie Kenner")
    # 2 asked 3 about dyslexia in groep 3: the question is 2's need, 3's answer
    question = TieRecord(
        1, 2, 3, learning_question="Hoe passen we het dyslexieprotocol toe in groep 3?"
    )
    records = network([ASKER, asking, answering], [question])
    ranked = search(records, "dyslexie in groep 3")
    assert [c.actor.id for c in ranked] == [3]
    assert ranked[0].evidence.questions == (question.learning_question,)
    # the grade words alone match nobody, although the question says "groep 3"
    assert search(records, "groep 3") == []


def test_the_answering_end_follows_the_roles_then_the_direction() -> None:
    assert answered_by(TieRecord(1, 2, 3)) == (3,)
    assert answered_by(TieRecord(1, 2, 3, directed=False)) == ()
    assert answered_by(TieRecord(1, 2, 3, source_role="supporter", target_role="initiator")) == (2,)


def test_stated_expertise_outranks_a_tie_on_the_theme() -> None:
    expert, tied = person(2, "Anouk Expert"), person(3, "Bram Bijrol")
    records = network(
        [ASKER, expert, tied],
        [TieRecord(1, 3, 1, themes=("reading_language",))],
        [ActorThemeRecord(2, "dyslexia", "expertise", "expert")],
    )
    ranked = search(records, "kinderen met leesproblemen in groep 3")
    assert [c.actor.id for c in ranked] == [2, 3]
    assert ranked[0].evidence.stated == (("dyslexia", "expert"),)
    assert ranked[1].evidence.topics == (("reading_language", 1, 0),)


def test_rare_words_weigh_more_than_common_ones() -> None:
    readers = [person(10 + i, f"Lezer {i}") for i in range(5)]
    rare = person(20, "Zeldzame Dyslexiekenner")
    themes = [ActorThemeRecord(r.id, "reading_language", "expertise", "expert") for r in readers]
    themes.append(ActorThemeRecord(20, "dyslexia", "expertise", "expert"))
    records = network([ASKER, *readers, rare], themes=themes)
    ranked = search(records, "dyslexie en lezen")
    assert ranked[0].actor.id == 20
    # six candidates; "dyslexie" matches one, "lezen" five: W = ln(1 + 6 / (1 + df))
    rare_w, common_w = math.log(1 + 6 / 2), math.log(1 + 6 / 6)
    stated_expert = 0.6  # 0.6 * level 1.0, no ties or stories
    assert ranked[0].expertise == pytest.approx(stated_expert * rare_w / (rare_w + common_w))
    assert [c.expertise for c in ranked[1:]] == pytest.approx(
        [stated_expert * common_w / (rare_w + common_w)] * 5
    )


def test_an_organisation_says_each_theme_once_at_its_best_level() -> None:
    school = ActorRecord(5, "S5", "organisation", "school", "De Leesschool")
    a, b = person(6, "Ada", (5,)), person(7, "Bob", (5,))
    records = network(
        [ASKER, school, a, b],
        themes=[
            ActorThemeRecord(5, "reading_language", "expertise", "experienced"),
            ActorThemeRecord(6, "reading_language", "expertise", "expert"),
            ActorThemeRecord(7, "reading_language", "expertise", "basic"),
        ],
    )
    [org] = find_experts(records, ExpertQuery(asker=1, text="leesplezier", kinds=("organisation",)))
    assert org.evidence.stated == (("reading_language", "expert"),)


def test_a_story_and_a_description_are_own_evidence() -> None:
    teller = person(2, "Verhalenverteller")
    tie = TieRecord(1, 2, 1)
    story = StoryRecord(4, "Samen robotica-lessen ontworpen voor de bovenbouw.", tie_id=1)
    described = person(3, "Beschreven Kenner")
    records = network(
        [ASKER, teller, described],
        [tie],
        [ActorThemeRecord(3, "ict", "expertise", "basic", "programmeren met robots")],
        [story],
    )
    ranked = {c.actor.id: c for c in search(records, "robotica")}
    assert ranked[2].evidence.story_ids == (4,)
    assert ranked[3].evidence.texts == ("programmeren met robots",)


def test_understand_reports_words_themes_and_what_was_dropped() -> None:
    records = network([ASKER])
    analysis = understand(records, "Burgerschap in de bovenbouw")
    assert [(w.word, w.themes) for w in analysis.words] == [
        ("burgerschap", (("citizenship", 1.0),))
    ]
    assert analysis.ignored == ("in", "de", "bovenbouw")


@pytest.mark.parametrize("text", ["", "   ", "de het een", "groep 7 en 8"])
def test_a_question_without_meaningful_words_finds_nobody(text: str) -> None:
    expert = person(2, "Iemand")
    records = network([ASKER, expert], themes=[ActorThemeRecord(2, "ict", "expertise", "expert")])
    assert search(records, text) == []


def test_a_two_word_phrase_points_to_its_own_themes() -> None:
    analysis = analyse_query("pupils with reading difficulties in year 1", default_vocabulary())
    [phrase] = analysis.words
    assert phrase.word == "reading difficulties"
    # the phrase is dyslexia first; "reading" alone would be reading and language 1.0
    assert phrase.themes == (("dyslexia", 1.0), ("reading_language", 0.8))
    assert analysis.ignored == ("pupils", "with", "in", "year")
    assert default_vocabulary().phrase_themes("digitale", "geletterdheid") == {"ict": 1.0}
