"""Expert finder: who outside our school can help with this question, and who can
introduce us?

A candidate's score is a weighted sum of four parts, each between 0 and 1, so the
ranking can be explained part by part (weights in :class:`ExpertWeights`, documented
in docs/experts.md):

- expertise: stated expertise on the asked themes (by level), ties on those themes,
  value-creation stories on those themes, and the free-text score of the candidate's
  own evidence (``graph.expert_text``: meaningful words, stems, themes, rare words
  weighing more);
- proximity: 1 / (1 + cost of the warmest introduction path); 0 when unreachable;
- availability: 1 while the candidate's number of ties is at or below the median of
  all candidates, falling linearly to 0 at the busiest actor;
- preference fit: share of the asker's preferences the candidate meets.

Candidates without any expertise evidence are never listed. Equal scores are ordered
by name, then id, so the ranking is deterministic.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field, replace

from graph.expert_text import LEVEL_SCORE, TextMatch, best_levels, match_text, text_index
from graph.introductions import (
    IntroductionPath,
    describe_path,
    introduction_graph,
    introduction_paths,
)
from graph.records import ActorRecord, NetworkRecords
from graph.text_match import QueryAnalysis, analyse_query
from graph.vocabulary import Vocabulary, vocabulary_for


@dataclass(frozen=True, slots=True)
class ExpertWeights:
    """Weights of the four score parts; they need not sum to one (scores are normalised)."""

    expertise: float = 0.5
    proximity: float = 0.2
    availability: float = 0.15
    preference: float = 0.15


@dataclass(frozen=True, slots=True)
class ExpertQuery:
    """What is asked, by whom, with which preferences."""

    asker: int
    themes: tuple[str, ...] = ()
    text: str = ""
    outside_own_organisation: bool = False
    sectors: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    face_to_face: bool = False
    career_phase: str | None = None
    kinds: tuple[str, ...] = ("person", "organisation")
    limit: int = 10
    weights: ExpertWeights = field(default_factory=ExpertWeights)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a candidate matches: the stated expertise, ties, stories and texts found."""

    stated: tuple[tuple[str, str | None], ...] = ()  # (theme, level)
    tie_ids: tuple[int, ...] = ()
    story_ids: tuple[int, ...] = ()
    texts: tuple[str, ...] = ()  # own expertise descriptions that match the question
    questions: tuple[str, ...] = ()  # learning questions the candidate answered that match
    # with free text only: (theme the question points to, ties on it, stories on it)
    topics: tuple[tuple[str, int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Candidate:
    """One ranked candidate with every part of its score and its introduction path."""

    actor: ActorRecord
    score: float
    expertise: float
    proximity: float
    availability: float
    preference: float
    evidence: Evidence
    path: IntroductionPath | None
    path_text: str
    tie_count: int


def understand(
    records: NetworkRecords, text: str, vocabulary: Vocabulary | None = None
) -> QueryAnalysis:
    """How the finder reads a free-text question on these records (words, themes)."""
    return analyse_query(text, vocabulary or vocabulary_for(records.codes("theme")))


def find_experts(
    records: NetworkRecords,
    query: ExpertQuery,
    language: str = "nl",
    vocabulary: Vocabulary | None = None,
) -> list[Candidate]:
    """Rank people and organisations for a need, best first."""
    actors = records.actor_by_id()
    if query.asker not in actors:
        raise KeyError(f"unknown asker actor id {query.asker}")
    excluded = _excluded(records, query)
    index = _EvidenceIndex(records, set(query.themes))
    tie_counts = index.tie_counts
    pool = [a for a in records.actors if a.kind in query.kinds and a.id not in excluded]
    if query.text:
        vocabulary = vocabulary or vocabulary_for(records.codes("theme"))
        index.text = match_text(
            text_index(records, vocabulary),
            analyse_query(query.text, vocabulary),
            (a.id for a in pool),
            lambda actor_id: index.people(actors[actor_id], query.asker),
        )
    counts = [tie_counts.get(a.id, 0) for a in pool]
    median = statistics.median(counts) if counts else 0
    busiest = max(counts, default=0)
    graph = introduction_graph(records)
    paths = introduction_paths(graph, query.asker)
    weights = query.weights
    total_weight = weights.expertise + weights.proximity + weights.availability + weights.preference
    results: list[Candidate] = []
    for actor in pool:
        expertise, evidence = index.expertise(actor, query)
        if expertise <= 0:
            continue
        cost = paths.cost(actor.id)
        proximity = 1.0 / (1.0 + cost) if cost is not None else 0.0
        n_ties = tie_counts.get(actor.id, 0)
        availability = _availability(n_ties, median, busiest)
        preference = _preference_fit(actor, query, index)
        score = (
            weights.expertise * expertise
            + weights.proximity * proximity
            + weights.availability * availability
            + weights.preference * preference
        ) / (total_weight or 1.0)
        results.append(
            Candidate(
                actor,
                round(score, 12),
                expertise,
                proximity,
                availability,
                preference,
                evidence,
                None,
                "",
                n_ties,
            )
        )
    results.sort(key=lambda c: (-c.score, c.actor.name.casefold(), c.actor.id))
    shown = results[: max(0, query.limit)]
    return [
        replace(c, path=(p := paths.get(c.actor.id)), path_text=describe_path(graph, p, language))
        for c in shown
    ]


def _excluded(records: NetworkRecords, query: ExpertQuery) -> set[int]:
    """The asker, and with ``outside_own_organisation`` its organisations and colleagues."""
    excluded = {query.asker}
    if not query.outside_own_organisation:
        return excluded
    actors = records.actor_by_id()
    asker = actors[query.asker]
    own_orgs = set(asker.organisation_ids) if asker.kind == "person" else {asker.id}
    excluded |= own_orgs
    excluded |= {a.id for a in records.actors if own_orgs & set(a.organisation_ids)}
    return excluded


def _availability(n_ties: int, median: float, busiest: int) -> float:
    if n_ties <= median or busiest <= median:
        return 1.0
    return max(0.0, 1.0 - (n_ties - median) / (busiest - median))


def _preference_fit(actor: ActorRecord, query: ExpertQuery, index: _EvidenceIndex) -> float:
    checks: list[bool] = []
    if query.sectors:
        checks.append(index.sector_of(actor) in query.sectors)
    if query.regions:
        checks.append(index.region_of(actor) in query.regions)
    if query.face_to_face:
        checks.append(index.meets_face_to_face(actor.id))
    if query.career_phase:
        checks.append(actor.career_phase == query.career_phase)
    return sum(checks) / len(checks) if checks else 1.0


class _EvidenceIndex:
    """Expertise evidence per actor, indexed once per search."""

    def __init__(self, records: NetworkRecords, themes: set[str]) -> None:
        self.actors = records.actor_by_id()
        self.text: dict[int, TextMatch] = {}
        self.stated: dict[int, list[tuple[str, str | None]]] = defaultdict(list)
        for link in records.actor_themes:
            if link.relation == "expertise":
                self.stated[link.actor_id].append((link.theme, link.level))
        self.members: dict[int, list[int]] = defaultdict(list)
        for actor in records.actors:
            for org in actor.organisation_ids:
                self.members[org].append(actor.id)
        self.tie_counts: dict[int, int] = defaultdict(int)
        self.theme_ties: dict[int, list[int]] = defaultdict(list)
        self.face_to_face: set[int] = set()
        themed_tie_ids: set[int] = set()
        for tie in records.ties:
            for end in (tie.source, tie.target):
                self.tie_counts[end] += 1
                if tie.mode in ("face_to_face", "hybrid"):
                    self.face_to_face.add(end)
                if themes & set(tie.themes):
                    self.theme_ties[end].append(tie.id)
                    themed_tie_ids.add(tie.id)
        self.stories: dict[int, list[int]] = defaultdict(list)
        group_members: dict[int, list[int]] = defaultdict(list)
        for member in records.memberships:
            group_members[member.group_id].append(member.actor_id)
        ties = {t.id: t for t in records.ties}
        for story in records.stories:
            if not themes & set(story.themes):
                continue
            if story.tie_id in ties:
                tie = ties[story.tie_id]
                self.stories[tie.source].append(story.id)
                self.stories[tie.target].append(story.id)
            for member_id in group_members.get(story.group_id, ()):
                self.stories[member_id].append(story.id)

    def people(self, actor: ActorRecord, asker: int) -> list[int]:
        """Whose evidence counts: an organisation knows what its people know, except
        what the asker knows."""
        members = self.members[actor.id] if actor.kind == "organisation" else []
        return [actor.id] + [m for m in members if m != asker]

    def expertise(self, actor: ActorRecord, query: ExpertQuery) -> tuple[float, Evidence]:
        themes = set(query.themes)
        people = self.people(actor, query.asker)
        stated = best_levels(s for pid in people for s in self.stated[pid] if s[0] in themes)
        if themes:
            per_theme = {
                t: max((LEVEL_SCORE.get(lv, 0.75) for th, lv in stated if th == t), default=0.0)
                for t in themes
            }
            stated_score = sum(per_theme.values()) / len(themes)
        else:
            stated_score = 0.0
        tie_ids = sorted({t for pid in people for t in self.theme_ties[pid]})
        story_ids = sorted({s for pid in people for s in self.stories[pid]})
        tie_score = 1.0 - 0.5 ** len(tie_ids)
        story_score = 1.0 - 0.5 ** len(story_ids)
        text = self.text.get(actor.id, TextMatch(0.0))
        if themes:
            score = 0.6 * stated_score + 0.25 * tie_score + 0.15 * story_score
            if query.text:
                score = 0.8 * score + 0.2 * text.score
            evidence = Evidence(
                tuple(stated),
                tuple(tie_ids),
                tuple(story_ids),
                text.texts,
                text.questions,
            )
        else:
            score = text.score
            evidence = Evidence(
                text.stated, text.tie_ids, text.story_ids, text.texts, text.questions, text.topics
            )
        return score, evidence

    def sector_of(self, actor: ActorRecord) -> str | None:
        if actor.sector or not actor.organisation_ids:
            return actor.sector
        return self.actors.get(actor.organisation_ids[0], actor).sector

    def region_of(self, actor: ActorRecord) -> str | None:
        if actor.region or not actor.organisation_ids:
            return actor.region
        return self.actors.get(actor.organisation_ids[0], actor).region

    def meets_face_to_face(self, actor_id: int) -> bool:
        return actor_id in self.face_to_face
