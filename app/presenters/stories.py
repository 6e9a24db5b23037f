"""Value-creation stories (waardecreatieverhalen): find, filter and word them.

Why: stories are the "WAARTOE?" of a collaboration; a board reads them per tie,
group, actor or theme, filtered by level and kind of outcome. ``stories_for_actor``
is the one function the explorer's actor panel calls, so "which stories involve this
actor" has a single definition.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import Engine

from app.i18n import normalise_language, t
from app.messages import stories as _messages  # noqa: F401 - registers the messages
from app.presenters.expertise_records import network_records
from app.viewer import Viewer
from graph.labels import Labels
from graph.records import NetworkRecords, StoryRecord

MAX_KEY: Final = 80


def stories_for_actor(records: NetworkRecords, actor_id: int) -> tuple[StoryRecord, ...]:
    """Stories that involve ``actor_id``, newest first.

    A story involves an actor when it is told about a tie the actor is an end of, or
    about a group the actor is (or is a member of). For an organisation, the ties
    and groups of the people who work there count too. Unknown ids give ``()``.
    """
    actors = records.actor_by_id()
    actor = actors.get(actor_id)
    if actor is None:
        return ()
    people = {actor_id}
    if actor.kind == "organisation":
        people |= {a.id for a in records.actors if actor_id in a.organisation_ids}
    ties = {t.id for t in records.ties if t.source in people or t.target in people}
    groups = {m.group_id for m in records.memberships if m.actor_id in people}
    if actor.kind == "group":
        groups.add(actor_id)
    found = [
        s
        for s in records.stories
        if s.tie_id in ties or (s.group_id is not None and s.group_id in groups)
    ]
    return tuple(sorted(found, key=_newest_first))


def _newest_first(story: StoryRecord) -> tuple[int, int, int]:
    """Dated stories newest first, then undated ones; ties broken by id."""
    ordinal = story.told_on.toordinal() if story.told_on else 0
    return (0 if story.told_on else 1, -ordinal, story.id)


@dataclass(frozen=True, slots=True)
class StoryFilter:
    """Validated filter: ids re-checked against the records, codes against the codebook."""

    tie_id: int | None = None
    group_id: int | None = None
    actor_id: int | None = None
    theme: str | None = None
    level: str | None = None
    outcome_kind: str | None = None


def _key(value: object) -> str | None:
    return value if isinstance(value, str) and 0 < len(value) <= MAX_KEY else None


def filter_from_inputs(
    records: NetworkRecords,
    *,
    tie: object = None,
    group: object = None,
    actor: object = None,
    theme: object = None,
    level: object = None,
    outcome: object = None,
) -> StoryFilter:
    """Forged keys and codes -> a filter; anything unknown is ignored (no filter)."""
    labels = Labels.from_records(records)
    by_key = {a.key: a for a in records.actors}
    tie_ids = {t.key: t.id for t in records.ties if t.key}
    group_key, actor_key = _key(group), _key(actor)
    group_actor = by_key.get(group_key) if group_key else None
    return StoryFilter(
        tie_id=tie_ids.get(_key(tie) or ""),
        group_id=group_actor.id if group_actor and group_actor.kind == "group" else None,
        actor_id=by_key[actor_key].id if actor_key in by_key else None,
        theme=_code(labels, "theme", theme),
        level=_code(labels, "story_level", level),
        outcome_kind=_code(labels, "outcome_kind", outcome),
    )


def _code(labels: Labels, category: str, value: object) -> str | None:
    return value if isinstance(value, str) and value in labels.codes(category) else None


def filter_stories(records: NetworkRecords, chosen: StoryFilter) -> tuple[StoryRecord, ...]:
    """Stories matching every set field of ``chosen``, newest first."""
    pool = (
        stories_for_actor(records, chosen.actor_id)
        if chosen.actor_id is not None
        else tuple(sorted(records.stories, key=_newest_first))
    )
    return tuple(
        s
        for s in pool
        if (chosen.tie_id is None or s.tie_id == chosen.tie_id)
        and (chosen.group_id is None or s.group_id == chosen.group_id)
        and (chosen.theme is None or chosen.theme in s.themes)
        and (chosen.level is None or s.level == chosen.level)
        and (chosen.outcome_kind is None or s.outcome_kind == chosen.outcome_kind)
    )


@dataclass(frozen=True, slots=True)
class StoryCard:
    id: int
    title: str
    text: str
    about: str
    meta: str


@dataclass(frozen=True, slots=True)
class StoriesView:
    language: str
    cards: tuple[StoryCard, ...]
    count: str
    message: str | None


def story_card(
    records: NetworkRecords, labels: Labels, story: StoryRecord, language: str
) -> StoryCard:
    actors = records.actor_by_id()
    ties = {t.id: t for t in records.ties}
    if story.tie_id in ties:
        tie = ties[story.tie_id]
        about = t(
            "stories.about_tie",
            language,
            a=actors[tie.source].name if tie.source in actors else "?",
            b=actors[tie.target].name if tie.target in actors else "?",
        )
    elif story.group_id in actors:
        about = t("stories.about_group", language, group=actors[story.group_id].name)
    else:
        about = ""
    meta = [story.told_on.isoformat()] if story.told_on else []
    if story.level:
        meta.append(labels.label("story_level", story.level, language))
    if story.outcome_kind:
        meta.append(labels.label("outcome_kind", story.outcome_kind, language))
    meta += [labels.label("theme", theme, language) for theme in story.themes]
    title = story.title or t("stories.untitled", language)
    return StoryCard(story.id, title, story.text, about, " · ".join(meta))


def stories_view(engine: Engine, viewer: Viewer, language: object, **raw: object) -> StoriesView:
    """The page's one entry point: cached records, validated filter, worded cards."""
    lang = normalise_language(language)
    records = network_records(engine, viewer)
    labels = Labels.from_records(records)
    chosen = filter_from_inputs(records, **raw)
    found = filter_stories(records, chosen)
    cards = tuple(story_card(records, labels, s, lang) for s in found)
    message = None if cards else t("stories.none", lang)
    return StoriesView(lang, cards, t("stories.count", lang, count=len(cards)), message)


def tie_options(records: NetworkRecords) -> list[dict[str, str]]:
    """Only ties that have a story: a few dozen, not every tie of the partnership."""
    actors = records.actor_by_id()
    with_story = {s.tie_id for s in records.stories if s.tie_id is not None}
    options = []
    for tie in records.ties:
        if tie.id in with_story and tie.key and tie.source in actors and tie.target in actors:
            label = f"{actors[tie.source].name} – {actors[tie.target].name}"
            options.append({"label": label, "value": tie.key})
    return sorted(options, key=lambda o: o["label"].casefold())


def actor_options(records: NetworkRecords, kinds: tuple[str, ...]) -> list[dict[str, str]]:
    return [
        {"label": a.name, "value": a.key}
        for a in sorted(records.actors, key=lambda a: a.name.casefold())
        if a.kind in kinds
    ]
