"""Records as a viewer below admin may see them: unnamed persons become pseudonyms.

Why one pass over the records: every page, callback and download is computed from the
same :class:`~graph.records.NetworkRecords`, so replacing names here, once per data
revision, covers all of them without per-page code. A person whose record says
``nameable=False`` gets the keyed pseudonym of :func:`graph.pseudonyms.person_pseudonym`
(the database's secret, so the same alias as in the CLI's pseudonymised exports) as
name, loses short name and free attributes, and every mention of their full or short
name in free text (stories, learning questions, theme descriptions, functions,
assessment notes) is replaced by the same alias. Ids stay: links and filters keep working.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from graph.pseudonyms import person_pseudonym
from graph.records import ActorRecord, NetworkRecords

#: appended to the data revision, so caches keyed by it never mix the two versions
REVISION_SUFFIX = "~pseudonymised"
MIN_NAME_LENGTH = 3  # shorter names ("Jo") would replace parts of ordinary words


def hidden_persons(records: NetworkRecords, secret: bytes) -> dict[int, str]:
    """Actor id -> pseudonym of every person who may not be named."""
    return {a.id: person_pseudonym(secret, a.id) for a in records.actors if not a.nameable}


def name_replacer(names: Mapping[str, str]) -> Callable[[str | None], str | None]:
    """A function replacing each whole-word occurrence of a name by its substitute.

    Longest names first, so "Anouk de Vries" is replaced before "Anouk". Matching is
    case-sensitive: names are written with capitals, ordinary words mostly are not.
    """
    usable = {n.strip(): alias for n, alias in names.items() if len(n.strip()) >= MIN_NAME_LENGTH}
    if not usable:
        return lambda text: text
    ordered = sorted(usable, key=lambda n: (-len(n), n))
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in ordered) + r")(?!\w)")

    def scrub(text: str | None) -> str | None:
        if not text:
            return text
        return pattern.sub(lambda m: usable[m.group(0)], text)

    return scrub


def _hide(actor: ActorRecord, alias: str) -> ActorRecord:
    return replace(actor, name=alias, short_name=None, pseudonym=alias, attributes=())


def pseudonymise_records(records: NetworkRecords, secret: bytes) -> NetworkRecords:
    """A copy of ``records`` with every not-nameable person pseudonymised.

    When nobody is hidden the same object comes back (caches stay shared); otherwise
    the revision gets :data:`REVISION_SUFFIX`.
    """
    hidden = hidden_persons(records, secret)
    if not hidden:
        return records
    names: dict[str, str] = {}
    for actor in records.actors:
        alias = hidden.get(actor.id)
        if alias is not None:
            names[actor.name] = alias
            if actor.short_name:
                names[actor.short_name] = alias
    scrub = name_replacer(names)
    return replace(
        records,
        actors=tuple(_hide(a, hidden[a.id]) if a.id in hidden else a for a in records.actors),
        ties=tuple(
            replace(t, learning_question=scrub(t.learning_question)) if t.learning_question else t
            for t in records.ties
        ),
        affiliations=tuple(
            replace(a, function=scrub(a.function)) if a.function else a
            for a in records.affiliations
        ),
        actor_themes=tuple(
            replace(t, description=scrub(t.description)) if t.description else t
            for t in records.actor_themes
        ),
        stories=tuple(
            replace(s, text=scrub(s.text) or "", title=scrub(s.title)) for s in records.stories
        ),
        assessments=tuple(
            replace(a, note=scrub(a.note)) if a.note else a for a in records.assessments
        ),
        revision=records.revision + REVISION_SUFFIX,
        extra=dict(records.extra),
    )
