"""Everything known about one actor (``/actor/<id>``), as plain data.

Why one presenter: the page is where a board member lands from the explorer ("why
does this actor sit where it sits?") and a researcher checks the coding behind a
node. It gathers attributes, organisations, people, memberships, themes by relation,
every tie with all its coded attributes, the stories (``stories_for_actor``, the one
definition of "stories involving an actor") and the small ego network (radius 1) with
Cytoscape elements. The id comes from the URL: forged input, resolved against the
records; an unknown id gives ``None`` and the page says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from app.presenters.explorer_details import DetailsIndex, checked_tie, tie_attributes
from app.presenters.explorer_elements import build_elements
from app.presenters.stories import stories_for_actor
from graph.filters import NetworkFilter, network_for
from graph.labels import Labels
from graph.layout import layout_positions
from graph.metrics import degree
from graph.projections import two_mode_graph
from graph.records import ActorRecord, NetworkRecords, StoryRecord

MAX_ID_DIGITS: Final = 12
EGO_LEVEL: Final = {"person": "person", "organisation": "organisation", "group": "two_mode"}
THEME_RELATIONS: Final = ("expertise", "learning_need", "priority", "research_topic")


@dataclass(frozen=True)
class ActorPage:
    """What the actor page shows (labels already in the asked language)."""

    id: int
    key: str
    name: str
    rows: list[tuple[str, str]]  # (attribute field, value label)
    organisations: list[dict] = field(default_factory=list)
    people: list[dict] = field(default_factory=list)
    memberships: list[dict] = field(default_factory=list)
    members: list[dict] = field(default_factory=list)
    themes: dict[str, list[dict]] = field(default_factory=dict)  # relation code -> themes
    relation_labels: dict[str, str] = field(default_factory=dict)
    ties: list[dict] = field(default_factory=list)
    stories: list[dict] = field(default_factory=list)
    elements: list[dict] = field(default_factory=list)
    ego_level: str = "person"


def story_dict(s: StoryRecord, labels: Labels, language: str) -> dict:
    """A story with its level and outcome kind labelled."""
    return {
        "id": s.id,
        "title": s.title,
        "text": s.text,
        "level": s.level and labels.label("story_level", s.level, language),
        "outcome_kind": s.outcome_kind and labels.label("outcome_kind", s.outcome_kind, language),
        "told_on": s.told_on.isoformat() if s.told_on else None,
    }


def resolve_actor_id(raw: object, records: NetworkRecords) -> int | None:
    """The actor a URL segment names (an id of digits), or None."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        number = raw
    elif isinstance(raw, str) and raw.isascii() and raw.isdigit() and len(raw) <= MAX_ID_DIGITS:
        number = int(raw)
    else:
        return None
    return number if number in records.actor_by_id() else None


def _rows(actor: ActorRecord, labels: Labels, language: str) -> list[tuple[str, str]]:
    rows = [
        ("kind", labels.label("actor_kind", actor.kind, language)),
        ("type", labels.label("actor_type", actor.type, language)),
        ("key", actor.key),
    ]
    if actor.sector:
        rows.append(("sector", labels.label("sector", actor.sector, language)))
    if actor.region:
        rows.append(("region", actor.region))
    if actor.career_phase:
        rows.append(("career_phase", labels.label("career_phase", actor.career_phase, language)))
    rows += [(name, value) for name, value in actor.attributes]
    return rows


def actor_tie(
    records: NetworkRecords, actor_id: object, tie_id: object, viewer: object, language: str = "nl"
) -> dict | None:
    """Every coded attribute of one tie of the actor, for its opened row on the page.

    Why apart from ``actor_page``: the page draws each tie's attribute table only when
    the tie is opened (drawing all of them at once costs the browser seconds for an
    actor with dozens of ties). Both ids come from the browser: the tie must exist
    and involve the actor, else ``None``.
    """
    del viewer  # privacy rules for persons will key off it here
    aid = resolve_actor_id(actor_id, records)
    if aid is None:
        return None
    index = DetailsIndex.from_records(records)
    return checked_tie(index, tie_id, lambda tie: aid in (tie.source, tie.target), language)


def ego_elements(records: NetworkRecords, actor: ActorRecord, language: str) -> list[dict]:
    """Cytoscape elements of the radius-1 ego network at the actor's own level."""
    level = EGO_LEVEL.get(actor.kind, "person")
    flt = NetworkFilter(ego=actor.id, radius=1)
    if level == "two_mode":
        G = flt.apply(two_mode_graph(records))
    else:
        G = network_for(records, flt, level)  # type: ignore[arg-type]
    if G.number_of_nodes() == 0:
        return []
    positions = layout_positions(G, "concentric", metric={actor.id: 1.0}, scale=400)
    sizes = degree(G)
    import pandas as pd  # local: only this panel needs a frame

    metrics = pd.DataFrame({"degree": pd.Series(sizes, dtype="Int64")})
    elements = build_elements(
        G, positions, metrics, size_by="degree", language=language, labels="all",
        codebook=Labels.from_records(records),
    )  # fmt: skip
    for e in elements:
        if e["data"].get("id") == str(actor.id):
            e["classes"] = e.get("classes", "") + " ego"
    return elements


def actor_page(
    records: NetworkRecords, actor_id: object, viewer: object, language: str = "nl"
) -> ActorPage | None:
    """The actor page for a (forged) id; None when it names no actor."""
    del viewer  # privacy rules for persons will key off it here
    language = "en" if language == "en" else "nl"
    aid = resolve_actor_id(actor_id, records)
    if aid is None:
        return None
    index = DetailsIndex.from_records(records)
    actors, labels = index.actors, index.labels
    actor = actors[aid]

    def ref(other: int, **extra: object) -> dict:
        a = actors.get(other)
        return {"id": other, "name": a.name if a else str(other), **extra}

    organisations = [
        ref(f.organisation_id, function=f.function)
        for f in records.affiliations
        if f.person_id == aid
    ]
    known = {o["id"] for o in organisations}
    organisations += [ref(o) for o in actor.organisation_ids if o not in known]
    people = sorted(
        (ref(f.person_id, function=f.function) for f in records.affiliations
         if f.organisation_id == aid),
        key=lambda p: p["name"],
    )  # fmt: skip
    role = lambda code: labels.label("membership_role", code, language)  # noqa: E731
    memberships = [
        ref(m.group_id, role=role(m.role)) for m in records.memberships if m.actor_id == aid
    ]
    members = sorted(
        (ref(m.actor_id, role=role(m.role)) for m in records.memberships if m.group_id == aid),
        key=lambda p: p["name"],
    )
    themes: dict[str, list[dict]] = {}
    for t in index.themes.get(aid, ()):
        themes.setdefault(t.relation, []).append(
            {
                "label": labels.label("theme", t.theme, language),
                "level": t.level and labels.label("expertise_level", t.level, language),
                "description": t.description,
            }
        )
    ordered = {r: themes[r] for r in THEME_RELATIONS if r in themes}
    ordered.update({r: v for r, v in themes.items() if r not in ordered})
    ties = []
    for tie in records.ties:
        if aid not in (tie.source, tie.target):
            continue
        other = tie.target if tie.source == aid else tie.source
        ties.append(
            {
                "other": ref(other),
                "initiated": tie.source == aid,
                **tie_attributes(tie, index, language),
            }
        )
    ties.sort(key=lambda t: (t["start"] or "", t["id"]), reverse=True)
    return ActorPage(
        id=aid,
        key=actor.key,
        name=actor.name,
        rows=_rows(actor, labels, language),
        organisations=organisations,
        people=people,
        memberships=memberships,
        members=members,
        themes=ordered,
        relation_labels={r: labels.label("theme_relation", r, language) for r in ordered},
        ties=ties,
        stories=[story_dict(s, labels, language) for s in stories_for_actor(records, aid)],
        elements=ego_elements(records, actor, language),
        ego_level=EGO_LEVEL.get(actor.kind, "person"),
    )
