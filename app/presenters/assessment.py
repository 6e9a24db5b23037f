"""The self-assessment page in plain data: the checklist form, saving, results, indicators.

Why: a board fills in the checklist of seed text 002 together and wants to see its
self-image per section, over time and beside other schools, with the network
indicators that relate to the same ideas next to it ("indicator, not proof").
Every browser value (actor key, checklist, dates, scores) is forged input and is
re-checked here; saving goes through ``db.assessments.save_assessment`` (one
transaction, validated again there).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from sqlalchemy import Engine

from app.i18n import normalise_language, number_text, t
from app.messages import assessment as _messages  # noqa: F401 - registers the messages
from app.presenters.expertise_records import network_records
from app.viewer import Viewer
from db.assessments import (
    CHECKLISTS,
    AssessmentInvalid,
    ChecklistStatementRow,
    read_checklist_statements,
    save_assessment,
    validate_scores,
)
from graph.assessment import (
    Statement,
    StructuralIndicators,
    compare_assessments,
    section_scores,
    structural_indicators,
)
from graph.labels import Labels
from graph.records import ActorRecord, AssessmentRecord, NetworkRecords

MAX_SCORES: Final = 60
MAX_COMPARE: Final = 12
MIN_YEAR, MAX_YEAR = 1990, 2100
INDICATORS: Final = (
    "outside_share",
    "outside_partners",
    "reciprocity",
    "clustering",
    "degree_centralisation",
)


@dataclass(frozen=True, slots=True)
class StatementItem:
    code: str
    number: int
    text: str
    value: int | None


@dataclass(frozen=True, slots=True)
class SectionForm:
    section: str
    label: str
    items: tuple[StatementItem, ...]


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What saving did; ``missing`` > 0 without ``ok`` means "ask before a partial save"."""

    ok: bool
    message: str
    missing: int = 0

    @property
    def needs_confirmation(self) -> bool:
        return not self.ok and self.missing > 0


@dataclass(frozen=True, slots=True)
class IndicatorLine:
    name: str
    label: str
    value: str
    explanation: str


@dataclass(frozen=True, slots=True)
class ResultsView:
    language: str
    chart: dict[str, Any]
    compare_chart: dict[str, Any]
    date_options: list[dict[str, str]]
    changes: tuple[str, ...]
    indicators: tuple[IndicatorLine, ...]
    message: str | None
    shown_dates: tuple[str, ...] = ()  # the dates in the chart (the latest two by default)


def assessable(records: NetworkRecords) -> list[ActorRecord]:
    """Organisations (schools, institutes, the partnership itself), by name."""
    return sorted(
        (a for a in records.actors if a.kind == "organisation"), key=lambda a: a.name.casefold()
    )


def actor_options(records: NetworkRecords, language: str) -> list[dict[str, str]]:
    labels = Labels.from_records(records)
    return [
        {"label": f"{a.name} ({labels.label('actor_type', a.type, language)})", "value": a.key}
        for a in assessable(records)
    ]


def checklist_options(language: str) -> list[dict[str, str]]:
    return [{"label": t(f"assessment.checklist.{c}", language), "value": c} for c in CHECKLISTS]


def score_options(records: NetworkRecords, language: str) -> list[dict[str, Any]]:
    """The three-point scale with its codebook labels (1 start, 2 partly, 3 strongly)."""
    entries = sorted(records.codes("assessment_score"), key=lambda c: c.value or 0)
    return [{"label": e.label(language), "value": int(e.value or 0)} for e in entries]


def parse_actor(records: NetworkRecords, value: object) -> ActorRecord | None:
    if not isinstance(value, str) or len(value) > 80:
        return None
    return next((a for a in assessable(records) if a.key == value), None)


def parse_checklist(value: object) -> str | None:
    return value if isinstance(value, str) and value in CHECKLISTS else None


def parse_date(value: object) -> date | None:
    """An ISO date (the date picker sends ``2025-03-01``, sometimes with a time)."""
    if not isinstance(value, str) or not 10 <= len(value) <= 32:
        return None
    try:
        parsed = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return parsed if MIN_YEAR <= parsed.year <= MAX_YEAR else None


def _find(
    records: NetworkRecords, actor_id: int, checklist: str, on: date | None
) -> AssessmentRecord | None:
    return next(
        (
            a
            for a in records.assessments
            if a.actor_id == actor_id and a.checklist == checklist and a.assessed_on == on
        ),
        None,
    )


def checklist_form(
    engine: Engine, viewer: Viewer, language: object, actor: object, checklist: object, on: object
) -> tuple[SectionForm, ...]:
    """The statements of the checklist, prefilled when that date was saved before."""
    lang = normalise_language(language)
    records = network_records(engine, viewer)
    chosen = parse_checklist(checklist) or CHECKLISTS[0]
    who = parse_actor(records, actor)
    existing = _find(records, who.id, chosen, parse_date(on)) if who else None
    scores = dict(existing.scores) if existing else {}
    sections: dict[str, list[StatementItem]] = {}
    labels: dict[str, str] = {}
    for s in read_checklist_statements(engine):
        if s.checklist != chosen:
            continue
        labels[s.section] = s.section_label(lang)
        sections.setdefault(s.section, []).append(
            StatementItem(s.code, s.number, s.text(lang), scores.get(s.code))
        )
    return tuple(SectionForm(k, labels[k], tuple(v)) for k, v in sections.items())


def save_checklist(
    engine: Engine,
    viewer: Viewer,
    language: object,
    *,
    actor: object,
    checklist: object,
    on: object,
    codes: object,
    values: object,
    note: object = None,
    partial: object = False,
) -> SaveResult:
    """Validate the browser's values and save them in one transaction.

    A checklist with unscored statements is not saved until the user confirms
    (``partial=True``): colleagues may fill it in over several meetings, so a partial
    save is legitimate work in progress (it is prefilled again for that date), but it
    must never happen by a slip of the mouse, and the message says it is partial.
    """
    lang = normalise_language(language)
    if not viewer.can_edit:
        return SaveResult(False, t("assessment.not_allowed", lang))
    records = network_records(engine, viewer)
    who = parse_actor(records, actor)
    chosen = parse_checklist(checklist)
    when = parse_date(on)
    if who is None or chosen is None or when is None:
        return SaveResult(False, t("assessment.choose_first", lang))
    if (
        not isinstance(codes, list)
        or not isinstance(values, list)
        or len(codes) != len(values)
        or len(codes) > MAX_SCORES
    ):
        return SaveResult(False, t("assessment.invalid", lang, problems="form"))
    scores = {
        str(code): value
        for code, value in zip(codes, values, strict=True)
        if value is not None and isinstance(code, str)
    }
    if not scores:
        return SaveResult(False, t("assessment.nothing", lang))
    statements = read_checklist_statements(engine)
    problems = validate_scores(chosen, scores, statements)
    if problems:
        return SaveResult(False, t("assessment.invalid", lang, problems="; ".join(problems)))
    total = sum(1 for s in statements if s.checklist == chosen)
    missing = total - len(scores)
    if missing > 0 and partial is not True:
        return SaveResult(
            False,
            t("assessment.incomplete", lang, missing=missing, total=total, count=len(scores)),
            missing,
        )
    text = note.strip() if isinstance(note, str) and note.strip() else None
    try:
        save_assessment(engine, who.id, chosen, when, scores, text)
    except AssessmentInvalid as exc:
        return SaveResult(False, t("assessment.invalid", lang, problems="; ".join(exc.problems)))
    key = "assessment.saved_partial" if missing > 0 else "assessment.saved"
    return SaveResult(
        True,
        t(
            key,
            lang,
            count=len(scores),
            total=total,
            missing=missing,
            actor=who.name,
            date=when.isoformat(),
        ),
    )


def _statements(rows: list[ChecklistStatementRow]) -> list[Statement]:
    return [Statement(r.code, r.checklist, r.section, r.number) for r in rows]


def results_view(
    engine: Engine,
    viewer: Viewer,
    language: object,
    *,
    actor: object,
    checklist: object,
    first: object = None,
    second: object = None,
    compare: object = None,
) -> ResultsView:
    """Chart per section (one or two dates), changes, schools compared, indicators."""
    lang = normalise_language(language)
    records = network_records(engine, viewer)
    rows = read_checklist_statements(engine)
    statements = _statements(rows)
    section_label = {r.section: r.section_label(lang) for r in rows}
    text_of = {r.code: r.text(lang) for r in rows}
    chosen = parse_checklist(checklist) or CHECKLISTS[0]
    who = parse_actor(records, actor)
    if who is None:
        return ResultsView(lang, _empty(), _empty(), [], (), (), t("assessment.choose", lang))
    mine = sorted(
        (a for a in records.assessments if a.actor_id == who.id and a.checklist == chosen),
        key=lambda a: a.assessed_on,
    )
    by_date = {a.assessed_on.isoformat(): a for a in mine}
    options = [{"label": d, "value": d} for d in by_date]
    picked = [d for d in (first, second) if isinstance(d, str) and d in by_date]
    if not picked:
        picked = list(by_date)[-2:]
    picked = list(dict.fromkeys(picked))
    series = [(d, section_scores(by_date[d], statements)) for d in picked]
    chart = bar_chart(series, section_label, lang)
    changes: tuple[str, ...] = ()
    if len(picked) == 2:
        before, after = sorted((by_date[d] for d in picked), key=lambda a: a.assessed_on)
        changes = tuple(
            t(
                "assessment.change",
                lang,
                text=text_of.get(c.code, c.code),
                before=c.before,
                after=c.after,
                sign="+" if (c.change or 0) > 0 else "",
                change=c.change,
            )
            for c in compare_assessments(before, after)
            if c.change
        )
    compare_chart = schools_chart(records, statements, chosen, compare, section_label, lang, who)
    indicators = indicator_lines(records, who, lang)
    message = None if mine else t("assessment.none_yet", lang, actor=who.name)
    return ResultsView(
        lang, chart, compare_chart, options, changes, indicators, message, tuple(picked)
    )


def _empty() -> dict[str, Any]:
    return {
        "data": [],
        "layout": {"height": 120, "xaxis": {"visible": False}, "yaxis": {"visible": False}},
    }


def _layout(language: str, title: str) -> dict[str, Any]:
    return {
        "title": {"text": title},
        "barmode": "group",
        "height": 340,
        "margin": {"l": 40, "r": 10, "t": 50, "b": 40},
        "yaxis": {
            "range": [0, 3.2],
            "tickvals": [1, 2, 3],
            "title": {"text": t("assessment.mean", language)},
        },
        "legend": {"orientation": "h", "y": -0.2},
        "plot_bgcolor": "#ffffff",
    }


def bar_chart(
    series: list[tuple[str, list[Any]]], section_label: dict[str, str], language: str
) -> dict[str, Any]:
    """Mean score per section, one bar group per date."""
    if not series:
        return _empty()
    data = [
        {
            "type": "bar",
            "name": name,
            "x": [section_label.get(s.section, s.section) for s in scores],
            "y": [s.mean for s in scores],
            "customdata": [[s.answered, s.total] for s in scores],
            "hovertemplate": "%{x}: %{y:.2f} (%{customdata[0]}/%{customdata[1]})<extra>"
            + name
            + "</extra>",
        }
        for name, scores in series
    ]
    return {"data": data, "layout": _layout(language, t("assessment.chart_title", language))}


def schools_chart(
    records: NetworkRecords,
    statements: list[Statement],
    checklist: str,
    compare: object,
    section_label: dict[str, str],
    language: str,
    own: ActorRecord | None = None,
) -> dict[str, Any]:
    """The latest assessment of each chosen organisation, side by side.

    Once anything is chosen to compare with, ``own`` (the organisation on the page)
    comes first, marked as this school, so there is something to compare *with*.
    """
    keys = compare if isinstance(compare, list) else []
    chosen = [a for k in keys[:MAX_COMPARE] if (a := parse_actor(records, k)) is not None]
    if chosen and own is not None:
        chosen = [own, *(a for a in chosen if a.id != own.id)]
    series = []
    for actor in dict.fromkeys(chosen):
        latest = max(
            (a for a in records.assessments if a.actor_id == actor.id and a.checklist == checklist),
            key=lambda a: a.assessed_on,
            default=None,
        )
        if latest is not None:
            day = latest.assessed_on.isoformat()
            if own is not None and actor.id == own.id:
                mark = "school" if actor.type == "school" else "organisation"
                name = t(f"assessment.compare_own.{mark}", language, name=actor.name, date=day)
            else:
                name = f"{actor.name} ({day})"
            series.append((html.escape(name), section_scores(latest, statements)))
    chart = bar_chart(series, section_label, language)
    if series:
        chart["layout"]["title"]["text"] = t("assessment.compare_title", language)
    return chart


def _format(value: float | int | None, name: str, language: str) -> str:
    if value is None:
        return t("assessment.undefined", language)
    if name == "outside_partners":
        return str(value)
    return number_text(float(value), language, digits=2)


def indicator_lines(
    records: NetworkRecords, actor: ActorRecord, language: str
) -> tuple[IndicatorLine, ...]:
    """Structural indicators for the organisation (the whole network for the partnership)."""
    organisation = None if actor.type == "partnership" else actor.id
    values: StructuralIndicators = structural_indicators(records, organisation)
    names = INDICATORS if organisation is not None else INDICATORS[2:]
    isolated = organisation is not None and values.tie_count == 0
    return tuple(_indicator_line(name, values, isolated, language) for name in names)


def _indicator_line(
    name: str, values: StructuralIndicators, isolated: bool, language: str
) -> IndicatorLine:
    label = t(f"assessment.ind.{name}", language)
    # Without a single tie the centralisation is 0, which reads as "shared leadership";
    # an isolated organisation is told that it has no network to share instead.
    if isolated and name == "degree_centralisation":
        return IndicatorLine(
            name,
            label,
            t("assessment.ind.isolated", language),
            t("assessment.ind.degree_centralisation.isolated", language),
        )
    return IndicatorLine(
        name,
        label,
        _format(getattr(values, name), name, language),
        t(f"assessment.ind.{name}.why", language),
    )
