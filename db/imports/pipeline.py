"""The import pipeline: read every file, validate every row, then write all or nothing.

Validation and writing run in one database transaction (``BEGIN IMMEDIATE`` on
SQLite), so the keys the validator checked against cannot change before the write.
Any error raises :class:`~db.imports.errors.ImportFailed` before a single row is
written; a dry run writes everything and rolls back, so its counts are exact.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from db.imports.errors import ImportFailed, RowError
from db.imports.limits import DEFAULT_LIMITS, ImportLimits
from db.imports.plan import DbState
from db.imports.reading import Table, read_path
from db.imports.validate import validate
from db.imports.writer import write_plan

DEFAULT_MAX_BYTES = 20_000_000


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    files: list[tuple[str, str, int]] = field(default_factory=list)  # (name, kind, rows)
    created: dict[str, int] = field(default_factory=dict)  # table -> rows inserted
    updated: dict[str, int] = field(default_factory=dict)  # table -> rows changed/removed
    created_actors: list[str] = field(default_factory=list)  # from edge lists
    added_themes: list[str] = field(default_factory=list)  # with add_themes=True
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False

    def summary(self, language: str = "en") -> str:
        nl = language == "nl"
        lines = [
            f"{name}: {kind}, {rows} {'rijen' if nl else 'rows'}" for name, kind, rows in self.files
        ]
        for table in sorted(set(self.created) | set(self.updated)):
            created, updated = self.created.get(table, 0), self.updated.get(table, 0)
            if created or updated:
                lines.append(
                    f"{table}: {created} {'nieuw' if nl else 'created'}, "
                    f"{updated} {'bijgewerkt' if nl else 'updated'}"
                )
        if self.created_actors:
            head = "nieuwe actoren uit randenlijst" if nl else "new actors from edge list"
            lines.append(
                f"{head} ({len(self.created_actors)}): " + ", ".join(self.created_actors[:20])
            )
        if self.added_themes:
            head = "nieuwe thema's" if nl else "themes added"
            lines.append(f"{head}: " + ", ".join(self.added_themes))
        lines.extend(self.warnings)
        if self.dry_run:
            lines.append("proefrun: niets opgeslagen" if nl else "dry run: nothing was written")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.summary()


def read_files(
    paths: Sequence[Path],
    max_bytes: int,
    progress: Callable[[str, int, int], None] | None,
    limits: ImportLimits = DEFAULT_LIMITS,
) -> tuple[list[Table], list[RowError]]:
    tables: list[Table] = []
    errors: list[RowError] = []
    for n, path in enumerate(paths):
        if progress is not None:
            progress("read", n, len(paths))
        found, problems = read_path(Path(path), max_bytes, limits)
        tables.extend(found)
        errors.extend(problems)
    if progress is not None:
        progress("read", len(paths), len(paths))
    return tables, errors


def import_files(
    engine: Engine,
    paths: Sequence[Path],
    *,
    dry_run: bool = False,
    add_themes: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[str, int, int], None] | None = None,
    limits: ImportLimits = DEFAULT_LIMITS,
) -> ImportReport:
    """Import CSV/XLSX files into the database in one transaction, or raise ImportFailed.

    ``progress(stage, done, total)`` is called while reading, validating and writing.
    ``limits`` bounds rows, columns, cells and unpacked size per file before parsing.
    """
    tables, errors = read_files(paths, max_bytes, progress, limits)
    with engine.connect() as conn:
        transaction = conn.begin()
        try:
            state = DbState.load(conn)
            plan, problems, warnings, files = validate(
                tables, state, add_themes=add_themes, progress=progress
            )
            errors.extend(problems)
            tables.clear()  # the raw cells are no longer needed: free them before writing
            if errors:
                raise ImportFailed(errors)
            counts = write_plan(conn, plan, progress)
            if dry_run:
                transaction.rollback()
            else:
                transaction.commit()
        except BaseException:
            if transaction.is_active:
                transaction.rollback()
            raise
    return ImportReport(
        files=files,
        created={t: c[0] for t, c in counts.items() if c[0]},
        updated={t: c[1] for t, c in counts.items() if c[1]},
        created_actors=list(plan.created_actors),
        added_themes=list(plan.added_themes),
        warnings=warnings,
        dry_run=dry_run,
    )
