"""Free-text evidence for the expert finder: only a candidate's *own* evidence counts.

A candidate's evidence items, read once per records object:

- stated expertise: the theme, its level and the candidate's own description;
- ties: the tie's themes, for both ends (they collaborated on it), and its learning
  question only for the end that was asked, the one that answered it (role
  executor or supporter; without roles the target of a directed tie). Someone else's
  question on a tie is that person's need, not the candidate's expertise;
- stories on the candidate's ties and groups: themes, title and text.

For a question (``graph.text_match.analyse_query``) each meaningful word ``w`` gets,
per candidate, the strength of the best concept it matches, times the concept's
affinity to the word; a concept's strength counts the evidence like the theme search
does: ``0.6 * best stated level + 0.25 * (1 - 0.5^ties) + 0.15 * (1 - 0.5^stories)``.
Rare words weigh more: ``W(w) = ln(1 + N / (1 + df(w)))`` with N candidates and df(w)
of them matching ``w``; words nobody matches drop out. The text score is
``sum(W * match) / sum(W)``, between 0 and 1.
"""

from __future__ import annotations

import math
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from graph.records import NetworkRecords, TieRecord
from graph.text_match import THEME, QueryAnalysis, text_concepts
from graph.vocabulary import Vocabulary

LEVEL_SCORE = {"basic": 0.5, "experienced": 0.75, "expert": 1.0, None: 0.75}
STATED_SHARE, TIE_SHARE, STORY_SHARE = 0.6, 0.25, 0.15
ANSWERING_ROLES = ("executor", "supporter")


@dataclass(frozen=True, slots=True)
class _Item:
    kind: str  # stated | tie | story
    ref: int  # the tie or story id (0 for stated expertise)
    concepts: frozenset[str]
    text: str | None = None  # the description, or the learning question this actor answered
    text_concepts: frozenset[str] = frozenset()  # what ``text`` itself says
    theme: str | None = None  # stated expertise: its theme and level
    level: str | None = None


@dataclass(frozen=True, slots=True)
class TextMatch:
    """A candidate's text score and the distinct pieces of its own evidence behind it."""

    score: float
    stated: tuple[tuple[str, str | None], ...] = ()
    tie_ids: tuple[int, ...] = ()
    story_ids: tuple[int, ...] = ()
    texts: tuple[str, ...] = ()  # own expertise descriptions that match the question
    questions: tuple[str, ...] = ()  # learning questions the candidate answered that match
    topics: tuple[tuple[str, int, int], ...] = ()  # (asked theme, ties on it, stories on it)


def answered_by(tie: TieRecord) -> tuple[int, ...]:
    """The end(s) that answered the tie's learning question (asked, not asking)."""
    by_role = tuple(
        end
        for end, role in ((tie.source, tie.source_role), (tie.target, tie.target_role))
        if role in ANSWERING_ROLES
    )
    if by_role:
        return by_role
    return (tie.target,) if tie.directed else ()


class TextIndex:
    """Every actor's evidence items with their concepts, and concept -> actors."""

    def __init__(self, records: NetworkRecords, vocabulary: Vocabulary) -> None:
        self.items: dict[int, list[_Item]] = defaultdict(list)
        for link in records.actor_themes:
            if link.relation == "expertise":
                own = text_concepts(link.description or "", vocabulary)
                self.items[link.actor_id].append(
                    _Item(
                        "stated",
                        0,
                        own | {f"{THEME}{link.theme}"},
                        link.description,
                        own,
                        link.theme,
                        link.level,
                    )
                )
        ties = {t.id: t for t in records.ties}
        for tie in records.ties:
            themes = frozenset(f"{THEME}{t}" for t in tie.themes)
            question = tie.learning_question or ""
            asked = set(answered_by(tie)) if question else set()
            for end in dict.fromkeys((tie.source, tie.target)):
                if end in asked:
                    own = text_concepts(question, vocabulary)
                    self.items[end].append(_Item("tie", tie.id, themes | own, question, own))
                elif themes:
                    self.items[end].append(_Item("tie", tie.id, themes))
        group_members: dict[int, list[int]] = defaultdict(list)
        for member in records.memberships:
            group_members[member.group_id].append(member.actor_id)
        for story in records.stories:
            concepts = frozenset(f"{THEME}{t}" for t in story.themes) | text_concepts(
                f"{story.title or ''} {story.text}", vocabulary
            )
            tie = ties.get(story.tie_id) if story.tie_id is not None else None
            ends = (tie.source, tie.target) if tie else ()
            for actor_id in dict.fromkeys((*ends, *group_members.get(story.group_id, ()))):
                self.items[actor_id].append(_Item("story", story.id, concepts))
        self.by_concept: dict[str, set[int]] = defaultdict(set)
        for actor_id, items in self.items.items():
            for item in items:
                for concept in item.concepts:
                    self.by_concept[concept].add(actor_id)


_INDEXES: dict[tuple[int, int], tuple[weakref.ref, Vocabulary, TextIndex]] = {}


def text_index(records: NetworkRecords, vocabulary: Vocabulary) -> TextIndex:
    """The index of ``records``, built once per records object and vocabulary (the app
    keeps one records object per data revision, so a search pays only for scoring)."""
    key = (id(records), id(vocabulary))
    cached = _INDEXES.get(key)
    if cached is not None and cached[0]() is records and cached[1] is vocabulary:
        return cached[2]
    index = TextIndex(records, vocabulary)
    ref = weakref.ref(records, lambda _ref: _INDEXES.pop(key, None))
    _INDEXES[key] = (ref, vocabulary, index)
    return index


def match_text(
    index: TextIndex,
    analysis: QueryAnalysis,
    pool: Iterable[int],
    people_of: Callable[[int], list[int]],
) -> dict[int, TextMatch]:
    """Text score and evidence of every candidate in ``pool`` with any matching evidence.

    ``people_of(candidate)`` lists whose evidence counts for it (an organisation:
    itself and its people except the asker).
    """
    wanted = analysis.concepts()
    hit_people = set().union(*(index.by_concept.get(c, set()) for c in wanted)) if wanted else set()
    candidates = list(pool)
    found: dict[int, tuple[list[float], list[_Item]]] = {}
    for candidate in candidates:
        people = [p for p in people_of(candidate) if p in hit_people]
        if not people:
            continue
        items = [i for p in people for i in index.items[p] if i.concepts & wanted]
        found[candidate] = ([_word_match(items, w.concepts) for w in analysis.words], items)
    weights = []
    for position in range(len(analysis.words)):
        df = sum(1 for matches, _ in found.values() if matches[position] > 0)
        weights.append(math.log(1 + len(candidates) / (1 + df)) if df else 0.0)
    total = sum(weights)
    result = {}
    for candidate, (matches, items) in found.items():
        score = sum(w * m for w, m in zip(weights, matches, strict=True)) / total if total else 0.0
        if score > 0:
            result[candidate] = _evidence(score, items, wanted)
    return result


def _word_match(items: list[_Item], concepts: Mapping[str, float]) -> float:
    """The strength of the best concept of one word, times its affinity."""
    best = 0.0
    for concept, affinity in concepts.items():
        covering = [i for i in items if concept in i.concepts]
        if not covering:
            continue
        levels = [LEVEL_SCORE.get(i.level, 0.75) for i in covering if i.kind == "stated"]
        ties = len({i.ref for i in covering if i.kind == "tie"})
        stories = len({i.ref for i in covering if i.kind == "story"})
        strength = (
            STATED_SHARE * max(levels, default=0.0)
            + TIE_SHARE * (1 - 0.5**ties)
            + STORY_SHARE * (1 - 0.5**stories)
        )
        best = max(best, strength * affinity)
    return best


def _evidence(score: float, items: list[_Item], wanted: frozenset[str]) -> TextMatch:
    """Each distinct piece of evidence once: a theme, the ties and stories per asked
    theme, and a text only when the text itself (not just its tie) matches."""
    stated = best_levels((i.theme, i.level) for i in items if i.kind == "stated" and i.theme)
    topics = []
    for concept in sorted(c for c in wanted if c.startswith(THEME)):
        on = [i for i in items if concept in i.concepts]
        ties = len({i.ref for i in on if i.kind == "tie"})
        stories = len({i.ref for i in on if i.kind == "story"})
        if ties or stories:
            topics.append((concept[len(THEME) :], ties, stories))
    quoted = [i for i in items if i.text and i.text_concepts & wanted]
    return TextMatch(
        score,
        stated,
        tuple(sorted({i.ref for i in items if i.kind == "tie"})),
        tuple(sorted({i.ref for i in items if i.kind == "story"})),
        tuple(dict.fromkeys(i.text or "" for i in quoted if i.kind == "stated")),
        tuple(dict.fromkeys(i.text or "" for i in quoted if i.kind == "tie")),
        tuple(topics),
    )


def best_levels(
    stated: Iterable[tuple[str, str | None]],
) -> tuple[tuple[str, str | None], ...]:
    """Each theme once, at its best stated level (an organisation and its people may
    state one theme at several levels), ordered by theme."""
    best: dict[str, str | None] = {}
    for theme, level in stated:
        if theme not in best or LEVEL_SCORE.get(level, 0.75) > LEVEL_SCORE.get(best[theme], 0.75):
            best[theme] = level
    return tuple(sorted(best.items()))
