"""Validate every row of every table against the codebook and the known actors.

Order matters only for what one file may refer to in another: codebook files first
(their codes may be used elsewhere), then all actor ids are collected from every
actors file before any reference is checked, edge lists may add actors, and ties
come before stories that name them. Nothing here writes; the result is a
:class:`~db.imports.plan.Plan` and a list of errors.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from db.codebook import Codebook
from db.imports import rules
from db.imports.cells import Cells, slug
from db.imports.errors import Place, RowError, row_error
from db.imports.kinds import (
    ACTORS,
    CODEBOOK,
    EDGELIST,
    KIND_NAMES,
    TIES,
    FileKind,
    canonical_columns,
    detect_kind,
)
from db.imports.plan import DbState, KnownActor, Plan
from db.imports.reading import Table
from db.imports.values import clean
from graph.records import CodeRecord

Progress = Callable[[str, int, int], None]


class Validator:
    """Collects errors and builds the plan; one instance per import."""

    def __init__(self, state: DbState, *, add_themes: bool = False) -> None:
        self.state = state
        self.add_themes = add_themes
        self.codebook: Codebook = state.codebook
        self.errors: list[RowError] = []
        self.warnings: list[str] = []
        self.plan = Plan()
        self.actors: dict[str, KnownActor] = dict(state.actors)
        self.tie_keys: set[str] = set(state.tie_keys)
        self._cache: dict[tuple[str, str], str | None] = {}
        self._added: dict[str, str] = {}  # casefolded theme text -> new code
        self._names: dict[str, list[str]] | None = None
        self.seen: dict[str, dict[object, Place]] = {}  # bucket -> key -> first row

    # -- lookups used by Cells --

    def resolve(self, cells: Cells, column: str, category: str, text: str) -> str | None:
        key = (category, text)
        if key in self._cache:
            code = self._cache[key]
        else:
            code = self.codebook.resolve(category, text)
            self._cache[key] = code
        if code is not None:
            return code
        if category == "theme":
            added = self._added.get(text.casefold())
            if added is not None:
                return added
            if self.add_themes:
                return self._add_theme(text)
        cells.error(
            "unknown_theme" if category == "theme" else "unknown_code",
            column,
            text,
            accepted=self.codebook.codes(category),
            suggestion=self.codebook.closest(category, text),
            category=category,
        )
        return None

    def _add_theme(self, text: str) -> str:
        base = code = slug(text)
        taken = set(self.codebook.codes("theme")) | set(self._added.values())
        n = 2
        while code in taken:
            code = f"{base[:76]}_{n}"
            n += 1
        self._added[text.casefold()] = code
        self.plan.codebook[("theme", code)] = {
            "label_nl": text[:200],
            "label_en": text[:200],
            "parent": None,
            "value": None,
            "description": None,
        }
        self.plan.added_themes.append(code)
        return code

    def check_actor(self, cells: Cells, column: str, key: str, kind: str | None) -> str | None:
        known = self.actors.get(key)
        if known is None:
            names = self.names().get(key, [])
            cells.error(
                "unknown_actor", column, key, suggestion=names[0] if len(names) == 1 else None
            )
            return None
        if kind is not None and known.kind != kind:
            cells.error("wrong_kind", column, key, key=key, actual=known.kind, expected=kind)
            return None
        return key

    def names(self) -> dict[str, list[str]]:
        """Exact name -> actor keys, for edge lists that name actors instead of ids."""
        if self._names is None:
            self._names = {}
            for known in self.actors.values():
                self._names.setdefault(known.name, []).append(known.key)
        return self._names

    def kind_of_type(self, type_code: str) -> str:
        parent = self.codebook.parent("actor_type", type_code)
        return parent if parent in ("organisation", "person", "group") else "organisation"


def classify(
    tables: Sequence[Table], errors: list[RowError], warnings: list[str]
) -> list[tuple[Table, FileKind]]:
    """Detect each table's kind; report unrecognised headers and missing/duplicate columns."""
    out: list[tuple[Table, FileKind]] = []
    for table in tables:
        kind = detect_kind(table.header)
        if kind is None:
            shown = ", ".join(h for h in table.header if h.strip())
            errors.append(
                row_error("unknown_header", table.name, 1, None, shown, kinds=", ".join(KIND_NAMES))
            )
            continue
        canon = canonical_columns(kind, table.header)
        seen: dict[str, int] = {}
        ok = True
        for i, name in enumerate(canon):
            if name is None:
                continue
            if name in seen:
                errors.append(row_error("duplicate_column", table.name, 1, table.header[i]))
                ok = False
            seen[name] = i
        missing = [c for c in kind.required() if c not in seen]
        if missing:
            errors.append(
                row_error("missing_columns", table.name, 1, None, columns=", ".join(missing))
            )
            ok = False
        extras = _extra_columns(table, kind)
        if ok and extras and kind is not ACTORS:
            shown = ", ".join(h for _, h in extras)
            warnings.append(f"{table.name}: column(s) ignored: {shown}")
        if ok:
            out.append((table, kind))
    return out


def _extra_columns(table: Table, kind: FileKind) -> list[tuple[int, str]]:
    """(index, header) of the cells that are no column of ``kind`` (actor attributes)."""
    canon = canonical_columns(kind, table.header)
    return [
        (i, table.header[i].strip())
        for i, name in enumerate(canon)
        if name is None and table.header[i].strip()
    ]


def iter_cells(validator: Validator, table: Table, kind: FileKind, progress: Progress | None):
    """Yield :class:`Cells` for each non-blank row (spreadsheet numbering kept)."""
    canon = canonical_columns(kind, table.header)
    index = {name: i for i, name in enumerate(canon) if name is not None}
    headers = {name: table.header[i].strip() for name, i in index.items()}
    extras = _extra_columns(table, kind)
    total = len(table.rows)
    for n, raw in enumerate(table.rows):
        if progress is not None and n % 5000 == 0:
            progress(f"validate {table.name}", n, total)
        if not any(c.strip() for c in raw):
            continue
        values = {name: clean(raw[i]) for name, i in index.items()}
        cells = Cells(validator, table.name, n + 2, values, headers)
        if kind is ACTORS and extras:
            yield cells, {h: clean(raw[i]) for i, h in extras}
        else:
            yield cells, None


def validate(
    tables: Sequence[Table],
    state: DbState,
    *,
    add_themes: bool = False,
    progress: Progress | None = None,
) -> tuple[Plan, list[RowError], list[str], list[tuple[str, str, int]]]:
    """Validate ``tables``; return the plan, the errors, warnings and (file, kind, rows)."""
    validator = Validator(state, add_themes=add_themes)
    classified = classify(tables, validator.errors, validator.warnings)
    files = [(t.name, k.name, len(t.rows)) for t, k in classified]
    for table, _kind in classified:
        if not table.rows:
            validator.warnings.append(f"{table.name}: no data rows")

    def of(*kinds: FileKind) -> list[tuple[Table, FileKind]]:
        return [(t, k) for t, k in classified if k in kinds]

    for table, kind in of(CODEBOOK):
        for cells, _ in iter_cells(validator, table, kind, progress):
            rules.codebook_row(validator, cells)
    if validator.plan.codebook:
        validator.codebook = _with_entries(state.codebook, validator.plan.codebook)
        validator._cache.clear()
    first_seen: dict[str, Place] = {}
    for table, kind in of(ACTORS):
        for cells, _ in iter_cells(validator, table, kind, None):
            rules.collect_actor(validator, cells, first_seen)
    for table, kind in of(ACTORS):
        for cells, attrs in iter_cells(validator, table, kind, progress):
            rules.actor_row(validator, cells, attrs)
    for table, kind in of(EDGELIST):
        for cells, _ in iter_cells(validator, table, kind, progress):
            rules.edge_row(validator, cells)
    for table, kind in of(TIES):
        for cells, _ in iter_cells(validator, table, kind, None):
            rules.collect_tie(validator, cells)
    handlers = {
        "ties": rules.tie_row,
        "affiliations": rules.affiliation_row,
        "memberships": rules.membership_row,
        "actor_themes": rules.actor_theme_row,
        "stories": rules.story_row,
        "assessments": rules.assessment_row,
    }
    for name, handler in handlers.items():
        for table, kind in [(t, k) for t, k in classified if k.name == name]:
            for cells, _ in iter_cells(validator, table, kind, progress):
                handler(validator, cells)
    return validator.plan, validator.errors, validator.warnings, files


def _with_entries(codebook: Codebook, entries: dict) -> Codebook:
    """The codebook with the entries of an imported codebook file added or relabelled."""
    records: dict[tuple[str, str], CodeRecord] = {}
    for category in codebook.categories():
        for record in codebook.entries(category):
            records[(record.category, record.code)] = record
    for (category, code), fields in entries.items():
        records[(category, code)] = CodeRecord(
            category,
            code,
            fields["label_nl"],
            fields["label_en"],
            fields["parent"],
            fields["value"],
        )
    return Codebook(records.values())
