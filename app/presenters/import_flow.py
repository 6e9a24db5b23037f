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

import base64
import binascii
import io
import re
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from sqlalchemy import Engine

from app.i18n import normalise_language, t
from app.messages import import_page as _messages  # noqa: F401 - registers the messages
from app.viewer import Viewer
from db.imports import ImportFailed, ImportReport, RowError, import_files, write_error_report
from db.imports.errors import row_error
from db.templates import WORKBOOK_NAME, write_templates

MAX_FILES: Final = 20
MAX_NAME: Final = 100
ENVELOPE_BYTES: Final = 8 * 1024  # multipart headers and the JSON around the data URLs
ERROR_FIELDS: Final = ("file", "row", "column", "value", "reason", "accepted", "suggestion")
_UNSAFE = re.compile(r"[^A-Za-z0-9._ ()\-]+")


@dataclass(frozen=True, slots=True)
class Upload:
    """One received file: its sanitised name and its bytes."""

    name: str
    data: bytes


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

    @property
    def can_confirm(self) -> bool:
        return self.ok and self.dry_run


def sanitise_name(name: object, index: int = 0) -> str:
    """A safe basename that keeps the extension the importer needs (``ties.csv``).

    Directory parts (``../``, ``C:\\``), control characters and anything outside a
    small character set go; an empty result becomes ``upload-<n>``.
    """
    text = name if isinstance(name, str) else ""
    text = text.replace("\\", "/").rsplit("/", 1)[-1]
    text = _UNSAFE.sub("_", text).strip(" ._")
    if len(text) > MAX_NAME:
        stem, dot, suffix = text.rpartition(".")
        text = (stem[: MAX_NAME - len(suffix) - 1] + dot + suffix) if dot else text[:MAX_NAME]
    return text or f"upload-{index + 1}"


def decode_uploads(
    contents: object, filenames: object, max_bytes: int
) -> tuple[list[Upload], list[RowError]]:
    """Uploads from ``dcc.Upload`` (``contents`` data URLs, ``filename`` names).

    Returns the files that could be received and a RowError for each that could not
    (too large, not base64), so the user sees those next to the importer's errors.
    """
    if isinstance(contents, str):
        contents = [contents]
    if isinstance(filenames, str):
        filenames = [filenames]
    if not isinstance(contents, list) or not contents:
        return [], []
    names = filenames if isinstance(filenames, list) else []
    uploads: list[Upload] = []
    problems: list[RowError] = []
    taken: set[str] = set()
    for i, content in enumerate(contents[:MAX_FILES]):
        name = _unique(sanitise_name(names[i] if i < len(names) else None, i), taken)
        data = _decode(content, max_bytes)
        if isinstance(data, RowError):
            problems.append(_with_file(data, name))
            continue
        uploads.append(Upload(name, data))
    if len(contents) > MAX_FILES:
        problems.append(
            row_error(
                "unreadable", f"+{len(contents) - MAX_FILES}", detail=f"max {MAX_FILES} files"
            )
        )
    return uploads, problems


def _decode(content: object, max_bytes: int) -> bytes | RowError:
    if not isinstance(content, str) or "," not in content:
        return row_error("unreadable", "", detail="no data")
    payload = content.split(",", 1)[1]
    if len(payload) > (max_bytes * 4) // 3 + 8:  # cheap check before decoding
        return row_error("too_large", "", size=len(payload) * 3 // 4, limit=max_bytes)
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        return row_error("unreadable", "", detail="not base64")
    if len(data) > max_bytes:
        return row_error("too_large", "", size=len(data), limit=max_bytes)
    return data


def _with_file(error: RowError, name: str) -> RowError:
    """The same error, named after the upload it belongs to."""
    return RowError(
        file=name,
        row=None,
        column=None,
        value=None,
        reason=error.reason,
        kind=error.kind,
        reason_nl=error.reason_nl,
    )


def _unique(name: str, taken: set[str]) -> str:
    """``a.csv``, ``a-2.csv``, ... so two uploads never overwrite each other."""
    candidate, n = name, 1
    stem, dot, suffix = name.rpartition(".")
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{stem}-{n}.{suffix}" if dot else f"{name}-{n}"
    taken.add(candidate.casefold())
    return candidate


def write_uploads(uploads: Sequence[Upload], directory: Path) -> list[Path]:
    """Write each upload into ``directory`` under its (already sanitised, unique) name."""
    paths = []
    for upload in uploads:
        path = directory / upload.name
        path.write_bytes(upload.data)
        paths.append(path)
    return paths


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
            if problems:  # never write part of what the user sent
                import_files(
                    engine, paths, dry_run=True, add_themes=add_themes is True, max_bytes=max_bytes
                )
            else:
                report = import_files(
                    engine,
                    paths,
                    dry_run=dry_run,
                    add_themes=add_themes is True,
                    max_bytes=max_bytes,
                )
        except ImportFailed as failed:
            errors.extend(failed.errors)
    if errors or report is None:
        return ImportOutcome(
            lang,
            False,
            dry_run,
            t("import.checked_errors", lang, count=len(errors)),
            errors=error_rows(errors, lang),
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
    )


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


def error_rows(errors: Sequence[RowError], language: str) -> list[dict[str, str]]:
    """Grid rows: every error with file, row, column, value, reason, accepted, closest."""
    nl = language == "nl"
    return [
        {
            "id": str(i),
            "file": e.file,
            "row": "" if e.row is None else str(e.row),
            "column": e.column or "",
            "value": e.value or "",
            "reason": e.reason_nl if nl and e.reason_nl else e.reason,
            "accepted": ", ".join(e.accepted),
            "suggestion": e.suggestion or "",
        }
        for i, e in enumerate(errors)
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
                    engine, paths, dry_run=True, add_themes=add_themes is True, max_bytes=max_bytes
                )
        except ImportFailed as failed:
            errors.extend(failed.errors)
        if not errors:
            return None
        return write_error_report(errors, Path(tmp) / "report.csv", language=lang).read_bytes()


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


def upload_limit(max_upload_bytes: int) -> int:
    """The largest upload (raw bytes, all files together) the server will accept.

    The browser sends files base64-encoded (4/3 larger) in one request, and the
    server caps a request at ``max_upload_bytes`` plus a small envelope (app.main),
    so the usable raw size is about three quarters of that.
    """
    from app.main import REQUEST_OVERHEAD_BYTES

    encoded = (max_upload_bytes + REQUEST_OVERHEAD_BYTES - ENVELOPE_BYTES) * 3 // 4
    return max(1, min(max_upload_bytes, encoded))


def size_text(max_bytes: int) -> str:
    """``20 MB`` for the upload limit sentence."""
    if max_bytes >= 1024 * 1024:
        return f"{max_bytes / (1024 * 1024):.0f} MB"
    return f"{max(1, max_bytes // 1024)} kB"
