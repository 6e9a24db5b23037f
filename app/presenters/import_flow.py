"""The import page's flow: uploaded bytes -> temporary files -> importer -> what to show.

Why files on disk: ``db.imports.import_files`` reads paths (it detects CSV/XLSX by
name and content), so uploads are written to a fresh temporary directory under
sanitised names and removed afterwards. The first pass is always a dry run (the
importer writes and rolls back, so its counts are exact); only an explicit confirm
runs the real import, which validates everything again in its own transaction.

Everything from the browser is forged until checked: the upload lists must match,
names are reduced to a safe basename, contents must be base64 and within the size
limit, and the number of files is capped.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from sqlalchemy import Engine

from app.i18n import normalise_language, t
from app.messages import import_page as _messages  # noqa: F401 - registers the messages
from app.presenters.import_errors import error_rows, read_codebook
from app.presenters.import_uploads import decode_uploads, write_uploads
from app.viewer import Viewer
from db.imports import (
    DEFAULT_LIMITS,
    ImportFailed,
    ImportLimits,
    ImportReport,
    RowError,
    import_files,
    write_error_report,
)
from db.templates import WORKBOOK_NAME, write_templates

ERROR_FIELDS: Final = ("file", "row", "column", "value", "reason", "accepted", "suggestion")


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What one pass (dry run or real import) found, worded in one language."""

    language: str
    ok: bool
    dry_run: bool
    headline: str
    files: list[dict[str, str]] = field(default_factory=list)  # file, kind, rows
    counts: list[dict[str, str]] = field(default_factory=list)  # table, created, updated
    errors: list[dict[str, str]] = field(default_factory=list)  # ERROR_FIELDS
    notes: list[str] = field(default_factory=list)  # themes added, actors created, warnings

    @property
    def can_confirm(self) -> bool:
        return self.ok and self.dry_run


def run_import(
    engine: Engine,
    viewer: Viewer,
    contents: object,
    filenames: object,
    *,
    dry_run: bool,
    language: object,
    max_bytes: int,
    add_themes: object = False,
    limits: ImportLimits = DEFAULT_LIMITS,
) -> ImportOutcome:
    """Decode, write to a temporary directory, import (or dry-run) and word the result."""
    lang = normalise_language(language)
    uploads, problems = decode_uploads(contents, filenames, max_bytes)
    if not uploads and not problems:
        return ImportOutcome(lang, False, dry_run, t("import.no_files", lang))
    if not viewer.can_edit:
        dry_run = True  # a read-only viewer may check files, never write them
    report: ImportReport | None = None
    errors: list[RowError] = list(problems)
    with tempfile.TemporaryDirectory(prefix="collabnet-upload-") as tmp:
        paths = write_uploads(uploads, Path(tmp))
        try:
            checked = import_files(
                engine,
                paths,
                dry_run=dry_run or bool(problems),  # never write part of what the user sent
                add_themes=add_themes is True,
                max_bytes=max_bytes,
                limits=limits,
            )
            report = None if problems else checked
        except ImportFailed as failed:
            errors.extend(failed.errors)
    if errors or report is None:
        return ImportOutcome(
            lang,
            False,
            dry_run,
            t("import.checked_errors", lang, count=len(errors)),
            errors=error_rows(errors, lang, read_codebook(engine, errors)),
        )
    headline = (
        t("import.checked_ok", lang, count=len(report.files))
        if dry_run
        else t("import.imported", lang)
    )
    return ImportOutcome(
        lang,
        True,
        dry_run,
        headline,
        files=[{"file": n, "kind": k, "rows": str(r)} for n, k, r in report.files],
        counts=count_rows(report),
        notes=notes(report, lang),
    )


def notes(report: ImportReport, language: str) -> list[str]:
    """What else the import did or noticed: new themes, actors made from an edge list,
    ignored columns and empty files (the importer's own warnings)."""
    out = []
    if report.added_themes:
        out.append(t("import.added_themes", language, names=", ".join(report.added_themes)))
    if report.created_actors:
        shown = ", ".join(report.created_actors[:20])
        more = len(report.created_actors) - 20
        out.append(
            t("import.created_actors", language, count=len(report.created_actors), names=shown)
            + (f" (+{more})" if more > 0 else "")
        )
    out.extend(report.warnings)
    return out


def count_rows(report: ImportReport) -> list[dict[str, str]]:
    tables = sorted(set(report.created) | set(report.updated))
    return [
        {
            "table": table,
            "created": str(report.created.get(table, 0)),
            "updated": str(report.updated.get(table, 0)),
        }
        for table in tables
        if report.created.get(table, 0) or report.updated.get(table, 0)
    ]


def error_columns(language: object) -> list[dict[str, object]]:
    lang = normalise_language(language)
    cols: list[dict[str, object]] = []
    for name in ERROR_FIELDS:
        col: dict[str, object] = {"field": name, "headerName": t(f"import.col.{name}", lang)}
        if name == "row":
            col.update(maxWidth=90, filter="agNumberColumnFilter", type="numericColumn")
        if name in ("reason", "accepted"):
            col.update(minWidth=260, flex=3, wrapText=True, autoHeight=True)
        cols.append(col)
    return cols


def error_report(
    engine: Engine,
    viewer: Viewer,
    contents: object,
    filenames: object,
    *,
    language: object,
    max_bytes: int,
    add_themes: object = False,
    limits: ImportLimits = DEFAULT_LIMITS,
) -> bytes | None:
    """The CSV error report of a dry run of the uploads (None when there are no errors)."""
    lang = normalise_language(language)
    uploads, problems = decode_uploads(contents, filenames, max_bytes)
    errors = list(problems)
    with tempfile.TemporaryDirectory(prefix="collabnet-upload-") as tmp:
        paths = write_uploads(uploads, Path(tmp))
        try:
            if paths:
                import_files(
                    engine,
                    paths,
                    dry_run=True,
                    add_themes=add_themes is True,
                    max_bytes=max_bytes,
                    limits=limits,
                )
        except ImportFailed as failed:
            errors.extend(failed.errors)
        if not errors:
            return None
        report_dir = Path(tmp) / "report"  # apart from the uploads, whatever their names
        report_dir.mkdir()
        return write_error_report(errors, report_dir / "errors.csv", language=lang).read_bytes()


def templates_zip() -> bytes:
    """Every CSV template in one zip archive."""
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="collabnet-templates-") as tmp:
        paths = write_templates(Path(tmp))
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in paths:
                if path.suffix == ".csv":
                    archive.write(path, arcname=path.name)
    return buffer.getvalue()


def templates_xlsx() -> bytes:
    """The XLSX template (one sheet per kind of file)."""
    with tempfile.TemporaryDirectory(prefix="collabnet-templates-") as tmp:
        write_templates(Path(tmp))
        return (Path(tmp) / WORKBOOK_NAME).read_bytes()
