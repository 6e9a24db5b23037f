"""The file kinds of docs/import-format.md: their columns, aliases and how to recognise them.

This table is the contract in code. The importer detects a file's kind from its header,
the exporter and the templates write the canonical (English) column names in this
order, so what we write is always what we read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Column:
    """A column: canonical English name, accepted aliases, the codebook category if coded."""

    name: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    category: str | None = None


@dataclass(frozen=True, slots=True)
class FileKind:
    name: str  # also the export file name without .csv
    columns: tuple[Column, ...]

    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def required(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.required)


def _c(name: str, *aliases: str, required: bool = False, category: str | None = None) -> Column:
    return Column(name, aliases, required, category)


ACTORS = FileKind(
    "actors",
    (
        _c("id", required=True),
        _c("name", "naam", required=True),
        _c("type", "soort", required=True, category="actor_type"),
        _c("short_name", "korte_naam", "afkorting"),
        _c("sector", category="sector"),
        _c("region", "regio", "gemeente"),
        _c("career_phase", "loopbaanfase", category="career_phase"),
        _c("description", "beschrijving", "omschrijving"),
        _c("consent", "toestemming"),
        _c("consent_date", "toestemming_datum", "datum_toestemming"),
        _c("organisation", "organisatie", "organization"),
        _c("function", "functie"),
        _c("expertise", category="theme"),
        _c("learning_needs", "leervragen", "leerbehoeften", category="theme"),
        _c("priorities", "speerpunten", category="theme"),
        _c("research_topics", "onderzoeksthemas", category="theme"),
        # last, so templates filled in by position before these existed still import
        _c("lawful_basis", "grondslag", "rechtsgrond"),
        _c("may_be_named", "naam_tonen", "bij_naam"),
    ),
)
# Columns of actors.csv in an export; the rest of ACTORS are import shortcuts.
ACTOR_EXPORT_COLUMNS = (
    "id",
    "name",
    "type",
    "short_name",
    "sector",
    "region",
    "career_phase",
    "description",
    "consent",
    "consent_date",
    "lawful_basis",
    "may_be_named",
)
# actors-file shortcut column -> actor_theme relation
THEME_SHORTCUTS = {
    "expertise": "expertise",
    "learning_needs": "learning_need",
    "priorities": "priority",
    "research_topics": "research_topic",
}

TIE_CODED = (
    ("frequency", ("frequentie",), "frequency"),
    ("voluntariness", ("vrijwilligheid",), "voluntariness"),
    ("mode", ("vorm",), "mode"),
    ("participation", ("participatie",), "participation"),
    ("scope", ("reikwijdte", "schaal"), "scope"),
    ("intake", ("instap",), "intake"),
    ("follow_up", ("opvolging", "opvolgingsstructuur"), "follow_up"),
    ("decision_making", ("besluitvorming",), "decision_making"),
)
TIE_LISTS = (
    ("themes", ("themas", "thema"), "theme"),
    ("motives", ("motieven", "beweegredenen"), "motive"),
    ("conditions", ("randvoorwaarden", "condities"), "condition"),
)
TIES = FileKind(
    "ties",
    (
        _c("id"),
        _c("source", "van", "bron", required=True),
        _c("target", "naar", "doel", required=True),
        _c("directed", "gericht"),
        *(_c(n, *a, category=cat) for n, a, cat in TIE_CODED),
        _c("autonomy", "autonomie"),
        _c("source_role", "rol_van", category="role"),
        _c("target_role", "rol_naar", category="role"),
        _c("start", "begin"),
        _c("end", "einde", "eind"),
        *(_c(n, *a, category=cat) for n, a, cat in TIE_LISTS),
        _c("learning_question", "leervraag"),
        _c("weight", "gewicht"),
    ),
)
EDGELIST = FileKind(
    "edgelist",
    (
        _c("source", "van", "bron", required=True),
        _c("target", "naar", "doel", required=True),
        _c("weight", "gewicht"),
    ),
)
AFFILIATIONS = FileKind(
    "affiliations",
    (
        _c("person", "persoon", required=True),
        _c("organisation", "organisatie", "organization", required=True),
        _c("function", "functie"),
        _c("start", "begin"),
        _c("end", "einde", "eind"),
    ),
)
MEMBERSHIPS = FileKind(
    "memberships",
    (
        _c("actor", required=True),
        _c("group", "groep", required=True),
        _c("role", "rol", category="membership_role"),
        _c("start", "begin"),
        _c("end", "einde", "eind"),
    ),
)
ACTOR_THEMES = FileKind(
    "actor_themes",
    (
        _c("actor", required=True),
        _c("theme", "thema", required=True, category="theme"),
        _c("relation", "relatie", required=True, category="theme_relation"),
        _c("level", "niveau", category="expertise_level"),
        _c("description", "beschrijving", "omschrijving"),
    ),
)
STORIES = FileKind(
    "stories",
    (
        _c("id"),
        _c("tie", "relatie"),
        _c("group", "groep"),
        _c("title", "titel"),
        _c("text", "tekst", required=True),
        _c("level", "niveau", category="story_level"),
        _c("outcome_kind", "opbrengst", category="outcome_kind"),
        _c("date", "datum"),
        _c("themes", "themas", "thema", category="theme"),
    ),
)
ASSESSMENTS = FileKind(
    "assessments",
    (
        _c("actor", required=True),
        _c("checklist", required=True),
        _c("date", "datum", required=True),
        _c("statement", "stelling", required=True),
        _c("score", required=True, category="assessment_score"),
        _c("note", "notitie", "opmerking"),
    ),
)
CODEBOOK = FileKind(
    "codebook",
    (
        _c("category", "categorie", required=True),
        _c("code", required=True),
        _c("label_nl", required=True),
        _c("label_en"),
        _c("parent", "ouder"),
        _c("value", "waarde"),
        _c("description", "beschrijving", "omschrijving"),
    ),
)

# Export order (and the order files are written in one transaction).
ALL_KINDS: tuple[FileKind, ...] = (
    CODEBOOK,
    ACTORS,
    AFFILIATIONS,
    MEMBERSHIPS,
    ACTOR_THEMES,
    TIES,
    STORIES,
    ASSESSMENTS,
)
# Detection tie-break: earlier wins when two kinds match equally many columns.
_PRIORITY = (CODEBOOK, ASSESSMENTS, ACTOR_THEMES, STORIES, MEMBERSHIPS, AFFILIATIONS, TIES, ACTORS)
KIND_NAMES = tuple(k.name for k in ALL_KINDS) + (EDGELIST.name,)


def normalise_header(text: str) -> str:
    """'  Learning needs ' -> 'learning_needs'; "Thema's" -> 'themas'."""
    text = text.strip().lstrip("\ufeff").casefold()
    text = re.sub(r"['’`]", "", text)
    return re.sub(r"[\s\-]+", "_", text)


def _lookup(kind: FileKind) -> dict[str, str]:
    out: dict[str, str] = {}
    for column in kind.columns:
        for alias in (column.name, *column.aliases):
            out[normalise_header(alias)] = column.name
    return out


LOOKUPS: dict[str, dict[str, str]] = {k.name: _lookup(k) for k in (*ALL_KINDS, EDGELIST)}
KINDS_BY_NAME: dict[str, FileKind] = {k.name: k for k in (*ALL_KINDS, EDGELIST)}


def canonical_columns(kind: FileKind, header: Sequence[str]) -> list[str | None]:
    """Map each header cell to its canonical column name (None when unknown)."""
    lookup = LOOKUPS[kind.name]
    return [lookup.get(normalise_header(h)) for h in header]


def known_count(header: Iterable[str]) -> int:
    """How many header cells are a column of some kind (for choosing a CSV delimiter)."""
    every = set().union(*(set(m) for m in LOOKUPS.values()))
    return sum(1 for h in header if normalise_header(h) in every)


def detect_kind(header: Sequence[str]) -> FileKind | None:
    """The kind whose columns the header matches best; None if it matches none.

    A header of only source/target(/weight) is an edge list. Otherwise the kind that
    recognises the most header cells wins (at least two), ties broken by
    :data:`_PRIORITY`; a kind found this way may still miss required columns, which
    the validator reports by name.
    """
    cells = [normalise_header(h) for h in header if h.strip()]
    edge = LOOKUPS[EDGELIST.name]
    mapped = {edge.get(c) for c in cells}
    if cells and None not in mapped and {"source", "target"} <= mapped:
        return EDGELIST
    best: FileKind | None = None
    best_score = 1
    for kind in _PRIORITY:
        lookup = LOOKUPS[kind.name]
        score = len({lookup[c] for c in cells if c in lookup})
        if score > best_score:
            best, best_score = kind, score
    return best
