"""The expert finder page in plain data: the validated question, the ranked cards.

Why here and not in the callback: every input of the page (themes, asker, texts,
sliders, the URL) is forged until proven otherwise, and the ranking must be testable
without a browser. ``form_from_inputs``/``form_from_query`` turn raw values into an
:class:`ExpertForm` (unknown codes and ids dropped, sizes capped, weights clamped);
``search`` runs ``graph.experts.find_experts`` and words the result.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final
from urllib.parse import urlencode

from sqlalchemy import Engine

from app.i18n import normalise_language, t
from app.messages import experts as _messages  # noqa: F401 - registers the messages
from app.presenters.expertise_records import network_records
from app.presenters.introduction_picture import path_elements
from app.viewer import Viewer
from graph.experts import Candidate, ExpertQuery, ExpertWeights, find_experts, understand
from graph.labels import Labels
from graph.records import ActorRecord, NetworkRecords
from graph.text_match import QueryAnalysis

MAX_THEMES: Final = 20
MAX_TEXT: Final = 500
MAX_ITEMS: Final = 50
MAX_LIMIT: Final = 50
MAX_QUOTES: Final = 3  # quoted texts per kind on one card
DEFAULT_LIMIT: Final = 10
KINDS: Final = ("person", "organisation")
PREFS: Final = ("outside", "f2f")
PARTS: Final = ("expertise", "proximity", "availability", "preference")
DEFAULT_WEIGHTS: Final = (
    ExpertWeights().expertise,
    ExpertWeights().proximity,
    ExpertWeights().availability,
    ExpertWeights().preference,
)


@dataclass(frozen=True, slots=True)
class ExpertForm:
    """A validated question: codes and the asker's key only, never raw input."""

    themes: tuple[str, ...] = ()
    asker: str | None = None  # actor key
    text: str = ""
    outside: bool = False
    face_to_face: bool = False
    sectors: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    career_phase: str | None = None
    kinds: tuple[str, ...] = KINDS
    weights: tuple[float, float, float, float] = DEFAULT_WEIGHTS
    limit: int = DEFAULT_LIMIT


@dataclass(frozen=True, slots=True)
class CandidateCard:
    """One ranked candidate as the page shows it."""

    rank: int
    actor_id: int
    key: str
    name: str
    kind: str
    type_label: str
    organisations: str
    score: float
    parts: tuple[tuple[str, str, float, float], ...]  # (part, label, value, share of score)
    evidence: tuple[str, ...]
    path_text: str
    has_path: bool
    elements: list[dict] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ExpertsView:
    language: str
    cards: tuple[CandidateCard, ...]
    summary: str
    message: str | None
    query_string: str
    understood: str = ""  # how the free text was read: words used, themes, words ignored


def _strings(value: object, limit: int = MAX_ITEMS) -> list[str]:
    """A list of short strings from a forged value (a string counts as one item)."""
    if isinstance(value, str):
        value = value.split(",") if "," in value else [value]
    if not isinstance(value, list | tuple) or len(value) > limit:
        return []
    return [v.strip() for v in value if isinstance(v, str) and 0 < len(v.strip()) <= 120]


def _number(value: object, default: float) -> float:
    if isinstance(value, bool):
        return default
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return default
    if not isinstance(value, int | float) or value != value:  # NaN
        return default
    return min(1.0, max(0.0, float(value)))


def _actor_by_key(records: NetworkRecords) -> dict[str, ActorRecord]:
    return {a.key: a for a in records.actors}


def form_from_inputs(
    records: NetworkRecords,
    *,
    themes: object = None,
    asker: object = None,
    text: object = None,
    prefs: object = None,
    sectors: object = None,
    regions: object = None,
    career_phase: object = None,
    kinds: object = None,
    weights: object = None,
    limit: object = None,
) -> ExpertForm:
    """Validate the page's raw inputs against the records and the codebook."""
    labels = Labels.from_records(records)
    known_themes = set(labels.codes("theme"))
    known_sectors = set(labels.codes("sector"))
    known_regions = {a.region for a in records.actors if a.region}
    by_key = _actor_by_key(records)
    asker_key = asker if isinstance(asker, str) and asker in by_key else None
    if asker_key and by_key[asker_key].kind not in KINDS:
        asker_key = None
    chosen_prefs = set(_strings(prefs)) & set(PREFS)
    raw_weights = weights if isinstance(weights, list | tuple) and len(weights) == 4 else ()
    clean_weights = tuple(
        _number(raw_weights[i] if raw_weights else None, d) for i, d in enumerate(DEFAULT_WEIGHTS)
    )
    if not any(clean_weights):
        clean_weights = DEFAULT_WEIGHTS
    phase = career_phase if isinstance(career_phase, str) else None
    limit_value = (
        int(limit) if isinstance(limit, int | str) and str(limit).isdigit() else DEFAULT_LIMIT
    )
    return ExpertForm(
        themes=tuple(dict.fromkeys(c for c in _strings(themes, MAX_THEMES) if c in known_themes)),
        asker=asker_key,
        text=(text.strip()[:MAX_TEXT] if isinstance(text, str) else ""),
        outside="outside" in chosen_prefs,
        face_to_face="f2f" in chosen_prefs,
        sectors=tuple(dict.fromkeys(s for s in _strings(sectors) if s in known_sectors)),
        regions=tuple(dict.fromkeys(r for r in _strings(regions) if r in known_regions)),
        career_phase=phase if phase in labels.codes("career_phase") else None,
        kinds=tuple(k for k in KINDS if k in _strings(kinds)) or KINDS,
        weights=clean_weights,  # type: ignore[arg-type]
        limit=min(MAX_LIMIT, max(1, limit_value)),
    )


def form_from_query(records: NetworkRecords, query: Mapping[str, object]) -> ExpertForm:
    """The form a bookmarked URL describes (``layout(**query)`` hands us strings)."""
    weights = _strings(query.get("w"), 4)
    prefs = [p for p in PREFS if str(query.get(p, "")) == "1"]
    return form_from_inputs(
        records,
        themes=query.get("themes"),
        asker=query.get("asker"),
        text=query.get("text"),
        prefs=prefs,
        sectors=query.get("sector"),
        regions=query.get("region"),
        career_phase=query.get("phase"),
        kinds=query.get("kinds"),
        weights=[float(w) if w.replace(".", "", 1).isdigit() else None for w in weights]
        if len(weights) == 4
        else None,
        limit=query.get("limit"),
    )


def form_to_query(form: ExpertForm) -> str:
    """The URL query string that reproduces ``form`` (only non-default values)."""
    pairs: list[tuple[str, str]] = []
    if form.themes:
        pairs.append(("themes", ",".join(form.themes)))
    if form.asker:
        pairs.append(("asker", form.asker))
    if form.text:
        pairs.append(("text", form.text))
    if form.outside:
        pairs.append(("outside", "1"))
    if form.face_to_face:
        pairs.append(("f2f", "1"))
    if form.sectors:
        pairs.append(("sector", ",".join(form.sectors)))
    if form.regions:
        pairs.append(("region", ",".join(form.regions)))
    if form.career_phase:
        pairs.append(("phase", form.career_phase))
    if form.kinds != KINDS:
        pairs.append(("kinds", ",".join(form.kinds)))
    if form.weights != DEFAULT_WEIGHTS:
        pairs.append(("w", ",".join(f"{w:g}" for w in form.weights)))
    if form.limit != DEFAULT_LIMIT:
        pairs.append(("limit", str(form.limit)))
    return urlencode(pairs)


def asker_options(records: NetworkRecords, language: str) -> list[dict[str, str]]:
    """Persons and organisations to ask as: "Name (type, organisation)"."""
    labels = Labels.from_records(records)
    actors = records.actor_by_id()
    options = []
    for actor in sorted(records.actors, key=lambda a: (a.kind != "person", a.name.casefold())):
        if actor.kind not in KINDS:
            continue
        detail = [labels.label("actor_type", actor.type, language)]
        detail += [actors[o].name for o in actor.organisation_ids[:2] if o in actors]
        options.append({"label": f"{actor.name} ({', '.join(detail)})", "value": actor.key})
    return options


def code_options(records: NetworkRecords, category: str, language: str) -> list[dict[str, str]]:
    """Codebook values of ``category`` as dropdown options, labelled in ``language``."""
    labels = Labels.from_records(records)
    return [
        {"label": labels.label(category, code, language), "value": code}
        for code in labels.codes(category)
    ]


def region_options(records: NetworkRecords) -> list[dict[str, str]]:
    regions = sorted({a.region for a in records.actors if a.region}, key=str.casefold)
    return [{"label": r, "value": r} for r in regions]


def search(
    records: NetworkRecords, viewer: Viewer, form: ExpertForm, language: object
) -> ExpertsView:
    """Rank candidates for ``form`` and word every card in ``language``."""
    del viewer  # every viewer may search; privacy rules will filter candidates here
    lang = normalise_language(language)
    query_string = form_to_query(form)
    by_key = _actor_by_key(records)
    if form.asker is None or form.asker not in by_key:
        return ExpertsView(lang, (), "", t("experts.need_asker", lang), query_string)
    if not form.themes and not form.text:
        return ExpertsView(lang, (), "", t("experts.need_theme", lang), query_string)
    labels = Labels.from_records(records)
    analysis = understand(records, form.text)
    if form.text and not form.themes and not analysis.meaningful:
        message = t("experts.no_terms", lang, words=", ".join(analysis.ignored))
        return ExpertsView(lang, (), "", message, query_string)
    reading = understood_text(labels, analysis, lang)
    asker = by_key[form.asker]
    query = to_query(form, asker.id)
    candidates = find_experts(records, query, lang)
    cards = tuple(
        card(records, labels, c, rank, query, lang) for rank, c in enumerate(candidates, 1)
    )
    message = None if cards else t("experts.none", lang)
    summary = t("experts.summary", lang, count=len(cards), asker=asker.name) if cards else ""
    return ExpertsView(lang, cards, summary, message, query_string, reading)


def understood_text(labels: Labels, analysis: QueryAnalysis, language: str) -> str:
    """How the question was read, so the asker can see why these candidates come up:
    "Gezocht op: leesproblemen (dyslexieprotocol, lezen en taal). Niet gebruikt: ..."."""
    parts = []
    if analysis.words:
        terms = []
        for word in analysis.words:
            themes = [labels.label("theme", code, language) for code, _ in word.themes]
            themes = [label for label in themes if label.casefold() != word.word]
            terms.append(f"{word.word} ({', '.join(themes)})" if themes else word.word)
        parts.append(t("experts.understood", language, terms="; ".join(terms)))
    if analysis.ignored:
        parts.append(t("experts.ignored", language, words=", ".join(analysis.ignored)))
    return " ".join(parts)


def experts_view(engine: Engine, viewer: Viewer, language: object, **raw: object) -> ExpertsView:
    """The page's one entry point: read the (cached) network, validate, search."""
    records = network_records(engine, viewer)
    return search(records, viewer, form_from_inputs(records, **raw), language)


def to_query(form: ExpertForm, asker_id: int) -> ExpertQuery:
    expertise, proximity, availability, preference = form.weights
    return ExpertQuery(
        asker=asker_id,
        themes=form.themes,
        text=form.text,
        outside_own_organisation=form.outside,
        sectors=form.sectors,
        regions=form.regions,
        face_to_face=form.face_to_face,
        career_phase=form.career_phase,
        kinds=form.kinds,
        limit=form.limit,
        weights=ExpertWeights(expertise, proximity, availability, preference),
    )


def card(
    records: NetworkRecords,
    labels: Labels,
    candidate: Candidate,
    rank: int,
    query: ExpertQuery,
    language: str,
) -> CandidateCard:
    """Word one candidate: score parts, evidence sentences, path in words and picture."""
    actors = records.actor_by_id()
    actor = candidate.actor
    weights = query.weights
    values = (
        candidate.expertise,
        candidate.proximity,
        candidate.availability,
        candidate.preference,
    )
    ws = (weights.expertise, weights.proximity, weights.availability, weights.preference)
    total = sum(ws) or 1.0
    parts = tuple(
        (name, t(f"experts.part.{name}", language), round(v, 3), round(w * v / total, 3))
        for name, v, w in zip(PARTS, values, ws, strict=True)
    )
    return CandidateCard(
        rank=rank,
        actor_id=actor.id,
        key=actor.key,
        name=actor.name,
        kind=actor.kind,
        type_label=labels.label("actor_type", actor.type, language),
        organisations=", ".join(actors[o].name for o in actor.organisation_ids if o in actors),
        score=round(candidate.score, 3),
        parts=parts,
        evidence=evidence_sentences(candidate, labels, language),
        path_text=candidate.path_text,
        has_path=candidate.path is not None,
        elements=path_elements(records, candidate.path, query.asker, actor.id),
    )


def evidence_sentences(candidate: Candidate, labels: Labels, language: str) -> tuple[str, ...]:
    """Why the candidate matches: each distinct piece of its own evidence, said once."""
    ev = candidate.evidence
    out: list[str] = []
    for theme, level in ev.stated:
        theme_label = labels.label("theme", theme, language)
        if level:
            level_label = labels.label("expertise_level", level, language)
            out.append(t("experts.ev.stated_level", language, theme=theme_label, level=level_label))
        else:
            out.append(t("experts.ev.stated", language, theme=theme_label))
    if ev.topics:  # free text: the ties and stories per theme the question points to
        for kind, position in (("ties", 1), ("stories", 2)):
            for topic in ev.topics:
                if topic[position]:
                    theme = labels.label("theme", topic[0], language)
                    out.append(
                        t(f"experts.ev.{kind}_on", language, theme=theme, count=topic[position])
                    )
    else:
        if ev.tie_ids:
            out.append(t("experts.ev.ties", language, count=len(ev.tie_ids)))
        if ev.story_ids:
            out.append(t("experts.ev.stories", language, count=len(ev.story_ids)))
    for key, texts in (("text", ev.texts), ("question", ev.questions)):
        for text in texts[:MAX_QUOTES]:
            short = text if len(text) <= 140 else text[:137] + "..."
            out.append(t(f"experts.ev.{key}", language, text=short))
    return tuple(dict.fromkeys(out))
