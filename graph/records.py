"""Plain records: the only types db/ hands to graph/.

graph/ never sees the ORM. Repository functions in db/queries return these frozen
dataclasses; tests and notebooks can build them by hand. Codebook values are stable
English codes (``"voluntary"``, ``"face_to_face"``); labels live in the codebook.
Ids are the database's integer ids; ``key`` is the stable external id used by the
import files (e.g. ``"S01"``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class CodeRecord:
    """One codebook entry: a category (``frequency``), a code (``monthly``), labels.

    ``parent`` links an actor type to its kind, a motive to its dimension, a condition
    to its family. ``value`` is the ordinal of ordered scales (frequency 1-5).
    """

    category: str
    code: str
    label_nl: str
    label_en: str
    parent: str | None = None
    value: float | None = None

    def label(self, language: str = "nl") -> str:
        return self.label_en if language == "en" else self.label_nl


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """An organisation, person or group.

    ``organisation_ids`` are the organisations a person works at (any date); groups
    and organisations have none. ``attributes`` holds partnership-specific fields.
    ``nameable`` is False for a person who may not be shown by name (graph.naming).
    """

    id: int
    key: str
    kind: str  # organisation | person | group
    type: str  # actor_type code
    name: str
    short_name: str | None = None
    sector: str | None = None
    region: str | None = None
    career_phase: str | None = None
    organisation_ids: tuple[int, ...] = ()
    pseudonym: str | None = None
    attributes: tuple[tuple[str, str], ...] = ()
    nameable: bool = True  # False: a person shown only by pseudonym below admin


@dataclass(frozen=True, slots=True)
class TieRecord:
    """A collaboration between two actors, from the initiator (source) to the partner.

    Every codebook attribute of DOMAIN.md is a code or None when not coded.
    ``weight`` overrides the weight derived from ``frequency`` when set.
    """

    id: int
    source: int
    target: int
    directed: bool = True
    frequency: str | None = None
    voluntariness: str | None = None
    mode: str | None = None
    participation: str | None = None
    scope: str | None = None
    intake: str | None = None
    follow_up: str | None = None
    decision_making: str | None = None
    autonomy: bool | None = None
    source_role: str | None = None
    target_role: str | None = None
    start: date | None = None
    end: date | None = None
    themes: tuple[str, ...] = ()
    motives: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    learning_question: str | None = None
    weight: float | None = None
    key: str | None = None


@dataclass(frozen=True, slots=True)
class AffiliationRecord:
    """A person works at an organisation (a person may work at several)."""

    person_id: int
    organisation_id: int
    function: str | None = None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True, slots=True)
class MembershipRecord:
    """An actor is a member of a group: two-mode (affiliation) data."""

    actor_id: int
    group_id: int
    role: str = "member"  # coordinator | member | expert
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True, slots=True)
class ActorThemeRecord:
    """An actor's relation to a theme: expertise, learning need, priority, research topic."""

    actor_id: int
    theme: str
    relation: str
    level: str | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class StoryRecord:
    """A value-creation story on a tie or a group."""

    id: int
    text: str
    tie_id: int | None = None
    group_id: int | None = None
    level: str | None = None  # pupils | teachers | school
    outcome_kind: str | None = None
    told_on: date | None = None
    title: str | None = None
    themes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AssessmentRecord:
    """One filled-in checklist: scores per statement code for one actor on one date.

    ``actor_id`` is an organisation or the partnership actor.
    """

    id: int
    actor_id: int
    checklist: str  # learning_organisation | learning_partnership
    assessed_on: date
    scores: tuple[tuple[str, int], ...] = ()  # (statement code, 1..3)
    note: str | None = None


@dataclass(frozen=True, slots=True, weakref_slot=True)
class NetworkRecords:
    """Everything graph/ needs about one partnership, read in one go.

    ``revision`` changes whenever the data changes; derived figures are cached by it.
    """

    actors: tuple[ActorRecord, ...] = ()
    ties: tuple[TieRecord, ...] = ()
    affiliations: tuple[AffiliationRecord, ...] = ()
    memberships: tuple[MembershipRecord, ...] = ()
    actor_themes: tuple[ActorThemeRecord, ...] = ()
    stories: tuple[StoryRecord, ...] = ()
    assessments: tuple[AssessmentRecord, ...] = ()
    codebook: tuple[CodeRecord, ...] = ()
    revision: str = "0"
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def actor_by_id(self) -> dict[int, ActorRecord]:
        return {a.id: a for a in self.actors}

    def codes(self, category: str) -> tuple[CodeRecord, ...]:
        return tuple(c for c in self.codebook if c.category == category)
