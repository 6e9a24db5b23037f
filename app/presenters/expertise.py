"""The expertise map in plain data: heatmap, gaps in words, who should meet, XLSX.

Why a presenter: a board reads sentences, not codes ("Er is vraag naar burgerschap
maar niemand in het partnerschap noemt het als expertise"), and the same view must
be testable and exportable without a browser. ``graph.expertise`` does the counting;
this module scopes the records to the chosen sectors/regions, words the result and
builds the Plotly figure and the workbook.
"""

from __future__ import annotations

import html
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlencode

import pandas as pd
from sqlalchemy import Engine

from app.i18n import normalise_language, t
from app.messages import expertise as _messages  # noqa: F401 - registers the messages
from app.presenters.expertise_records import network_records
from app.presenters.heatmap_layout import heatmap_layout
from app.viewer import Viewer
from db.exports.workbook import write_workbook
from graph.expertise import UNITS, Gap, find_gaps, should_meet, supply_demand
from graph.labels import Labels
from graph.provenance import Provenance
from graph.records import ActorRecord, NetworkRecords

MEASURES: Final = ("balance", "supply", "demand")
MAX_ITEMS: Final = 50
MAX_NAMES: Final = 4
SHOWN_SUGGESTIONS: Final = 15


@dataclass(frozen=True, slots=True)
class ExpertiseForm:
    unit: str = "organisation"
    measure: str = "balance"
    sectors: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GapLine:
    theme: str
    kind: str  # no_supply | single_supplier | unconnected
    sentence: str


@dataclass(frozen=True, slots=True)
class MeetLine:
    rank: int
    first: str
    second: str
    themes: str
    reason: str
    score: float


@dataclass(frozen=True, slots=True)
class ExpertiseView:
    language: str
    scope: str
    figure: dict[str, Any]
    gaps: tuple[GapLine, ...]
    meet: tuple[MeetLine, ...]
    table: pd.DataFrame
    message: str | None
    query_string: str = ""


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or len(value) > MAX_ITEMS:
        return []
    return [v for v in value if isinstance(v, str) and len(v) <= 120]


def form_from_inputs(
    records: NetworkRecords, unit: object, measure: object, sectors: object, regions: object
) -> ExpertiseForm:
    """Forged input -> a valid form: unknown units, measures, sectors, regions dropped."""
    labels = Labels.from_records(records)
    known_regions = {a.region for a in records.actors if a.region}
    return ExpertiseForm(
        unit=unit if isinstance(unit, str) and unit in UNITS else "organisation",
        measure=measure if isinstance(measure, str) and measure in MEASURES else "balance",
        sectors=tuple(dict.fromkeys(s for s in _strings(sectors) if s in labels.codes("sector"))),
        regions=tuple(dict.fromkeys(r for r in _strings(regions) if r in known_regions)),
    )


def _values(actor: ActorRecord, actors: dict[int, ActorRecord], attr: str) -> set[str]:
    own = getattr(actor, attr)
    values = {own} if own else set()
    values |= {getattr(actors[o], attr) for o in actor.organisation_ids if o in actors}
    return values - {None}


def scope_records(
    records: NetworkRecords, sectors: Sequence[str], regions: Sequence[str]
) -> NetworkRecords:
    """Only actors in the chosen sectors and regions (persons through their
    organisations), with the themes, ties and links among them."""
    if not sectors and not regions:
        return records
    actors = records.actor_by_id()
    keep = {
        a.id
        for a in records.actors
        if (not sectors or _values(a, actors, "sector") & set(sectors))
        and (not regions or _values(a, actors, "region") & set(regions))
    }
    kept = tuple(
        replace(a, organisation_ids=tuple(o for o in a.organisation_ids if o in keep))
        for a in records.actors
        if a.id in keep
    )
    return replace(
        records,
        actors=kept,
        ties=tuple(t for t in records.ties if t.source in keep and t.target in keep),
        affiliations=tuple(
            a for a in records.affiliations if a.person_id in keep and a.organisation_id in keep
        ),
        memberships=tuple(
            m for m in records.memberships if m.actor_id in keep and m.group_id in keep
        ),
        actor_themes=tuple(t for t in records.actor_themes if t.actor_id in keep),
    )


def form_to_query(form: ExpertiseForm) -> str:
    """The URL query that reproduces ``form`` (defaults left out), for bookmarks."""
    pairs = []
    if form.unit != "organisation":
        pairs.append(("unit", form.unit))
    if form.measure != "balance":
        pairs.append(("measure", form.measure))
    if form.sectors:
        pairs.append(("sector", ",".join(form.sectors)))
    if form.regions:
        pairs.append(("region", ",".join(form.regions)))
    return urlencode(pairs)


def scope_sentence(records: NetworkRecords, form: ExpertiseForm, language: str) -> str:
    labels = Labels.from_records(records)
    parts = []
    if form.sectors:
        names = ", ".join(labels.label("sector", s, language) for s in form.sectors)
        parts.append(t("expertise.scope.sector", language, values=names))
    if form.regions:
        parts.append(t("expertise.scope.region", language, values=", ".join(form.regions)))
    unit = t(f"expertise.unit.{form.unit}", language)
    where = "; ".join(parts) if parts else t("expertise.scope.all", language)
    where = where[:1].upper() + where[1:]
    return t("expertise.scope", language, where=where, unit=unit)


def expertise_view(
    engine: Engine,
    viewer: Viewer,
    language: object,
    *,
    unit: object = None,
    measure: object = None,
    sectors: object = None,
    regions: object = None,
) -> ExpertiseView:
    """The page's one entry point: cached records, validated form, worded view."""
    records = network_records(engine, viewer)
    form = form_from_inputs(records, unit, measure, sectors, regions)
    return build_view(records, viewer, form, language)


def build_view(
    records: NetworkRecords, viewer: Viewer, form: ExpertiseForm, language: object
) -> ExpertiseView:
    del viewer  # the map shows counts and names every viewer may see today
    lang = normalise_language(language)
    labels = Labels.from_records(records)
    scoped = scope_records(records, form.sectors, form.regions)
    table = supply_demand(scoped, form.unit)
    gaps = tuple(gap_line(scoped, labels, gap, lang) for gap in find_gaps(scoped))
    meet = meet_lines(scoped, labels, lang)
    message = None if len(table) else t("expertise.empty", lang)
    return ExpertiseView(
        lang,
        scope_sentence(records, form, lang),
        heatmap(table, labels, form.measure, lang),
        gaps,
        meet,
        table,
        message,
        form_to_query(form),
    )


def _names(ids: Sequence[int], actors: dict[int, ActorRecord], language: str) -> str:
    names = sorted((actors[i].name for i in ids if i in actors), key=str.casefold)
    if len(names) <= MAX_NAMES:
        return ", ".join(names)
    rest = len(names) - MAX_NAMES
    return t("expertise.names_more", language, names=", ".join(names[:MAX_NAMES]), count=rest)


def gap_line(records: NetworkRecords, labels: Labels, gap: Gap, language: str) -> GapLine:
    """One gap in plain words."""
    actors = records.actor_by_id()
    theme = labels.label("theme", gap.theme, language)
    sentence = t(
        f"expertise.gap.{gap.kind}",
        language,
        theme=theme,
        demand=_names(gap.demand_actor_ids, actors, language),
        supply=_names(gap.supply_actor_ids, actors, language),
        count=len(gap.demand_actor_ids),
    )
    return GapLine(gap.theme, gap.kind, sentence)


def meet_lines(records: NetworkRecords, labels: Labels, language: str) -> tuple[MeetLine, ...]:
    """Schools that should meet, ranked, each with its reason in words."""
    actors = records.actor_by_id()
    lines = []
    for rank, m in enumerate(should_meet(records), 1):
        themes = ", ".join(labels.label("theme", code, language) for code in m.shared_themes)
        reason = [t("expertise.meet.themes", language, themes=themes)]
        if m.same_sector:
            reason.append(t("expertise.meet.same_sector", language))
        if m.same_region:
            reason.append(t("expertise.meet.same_region", language))
        reason.append(t("expertise.meet.no_tie", language))
        lines.append(
            MeetLine(
                rank,
                actors[m.first].name,
                actors[m.second].name,
                themes,
                "; ".join(reason),
                m.score,
            )
        )
    return tuple(lines)


def heatmap(table: pd.DataFrame, labels: Labels, measure: str, language: str) -> dict[str, Any]:
    """Plotly heatmap themes x units; hover shows supply and demand. Labels are escaped
    because Plotly renders a subset of HTML in text."""
    if table.empty:
        return {"data": [], "layout": {"height": 200}}
    themes = sorted(table["theme"].unique(), key=lambda c: labels.label("theme", c, language))
    units = sorted(table["unit"].unique(), key=str.casefold)
    supply = (
        table.pivot(index="theme", columns="unit", values="supply")
        .reindex(index=themes, columns=units, fill_value=0)
        .fillna(0)
    )
    demand = (
        table.pivot(index="theme", columns="unit", values="demand")
        .reindex(index=themes, columns=units, fill_value=0)
        .fillna(0)
    )
    z = {"balance": supply - demand, "supply": supply, "demand": demand}[measure]
    limit = max(1.0, float(abs(z.to_numpy()).max()))
    scale = {
        "balance": [[0, "#b2182b"], [0.5, "#f7f7f7"], [1, "#2166ac"]],
        "supply": [[0, "#f7f7f7"], [1, "#2166ac"]],
        "demand": [[0, "#f7f7f7"], [1, "#b2182b"]],
    }[measure]
    custom = [
        [[int(s), int(d)] for s, d in zip(srow, drow, strict=True)]
        for srow, drow in zip(supply.to_numpy(), demand.to_numpy(), strict=True)
    ]
    hover = (
        "%{y}<br>%{x}<br>"
        + t("expertise.supply", language)
        + ": %{customdata[0]}<br>"
        + t("expertise.demand", language)
        + ": %{customdata[1]}<extra></extra>"
    )
    columns = [html.escape(u) for u in units]
    rows = [html.escape(labels.label("theme", c, language)) for c in themes]
    trace = {
        "type": "heatmap",
        "z": z.to_numpy().tolist(),
        "x": columns,
        "y": rows,
        "customdata": custom,
        "hovertemplate": hover,
        "colorscale": scale,
        "zmin": -limit if measure == "balance" else 0,
        "zmax": limit,
        "xgap": 1,
        "ygap": 1,
        "colorbar": {"title": {"text": t(f"expertise.measure.{measure}", language)}},
    }
    return {"data": [trace], "layout": heatmap_layout(columns, rows)}


def workbook(view: ExpertiseView, revision: str) -> bytes:
    """XLSX with supply/demand, gaps, should-meet and the provenance sentence.

    Written by db.exports.workbook, which neutralises text a spreadsheet would run
    as a formula (names come from users).
    """
    lang = view.language
    provenance = Provenance(filter_sentence=view.scope, data_revision=revision)
    table = view.table
    sheets = {
        "supply_demand": (
            [t(f"expertise.col.{c}", lang) for c in ("theme", "unit", "supply", "demand")],
            [
                (str(r.theme), str(r.unit), int(r.supply), int(r.demand))
                for r in table.itertuples(index=False)
            ],
        ),
        "gaps": (
            [t(f"expertise.col.{c}", lang) for c in ("theme", "kind", "sentence")],
            [(g.theme, g.kind, g.sentence) for g in view.gaps],
        ),
        "should_meet": (
            ["#", *(t(f"expertise.col.{c}", lang) for c in _MEET_COLUMNS)],
            [(m.rank, m.first, m.second, m.themes, m.reason, m.score) for m in view.meet],
        ),
        "provenance": (
            [t("expertise.prov.field", lang), t("expertise.prov.value", lang)],
            [
                (t("expertise.prov.sentence", lang), view.scope),
                (t("expertise.prov.exported_at", lang), provenance.exported_at),
                (t("expertise.prov.revision", lang), provenance.data_revision),
                (t("expertise.prov.version", lang), provenance.collabnet_version),
            ],
        ),
    }
    with tempfile.TemporaryDirectory() as directory:
        path = write_workbook(sheets, Path(directory) / "expertise.xlsx")
        return path.read_bytes()


_MEET_COLUMNS: Final = ("first", "second", "themes", "reason", "score")


def export_workbook(engine: Engine, viewer: Viewer, language: object, **raw: object) -> bytes:
    """The export button's one call: the same view as on screen, as XLSX bytes."""
    view = expertise_view(engine, viewer, language, **raw)
    return workbook(view, network_records(engine, viewer).revision)
