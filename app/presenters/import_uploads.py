"""Uploads from ``dcc.Upload``: forged until checked, then written as safe files.

Why a module of its own: receiving bytes from a browser has its own rules (names
reduced to a safe basename, base64 checked, sizes capped, a file count limit, the
request-size budget of base64 data URLs) that have nothing to do with importing.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from db.imports import RowError
from db.imports.errors import row_error

MAX_FILES: Final = 20
MAX_NAME: Final = 100
ENVELOPE_BYTES: Final = 8 * 1024  # multipart headers and the JSON around the data URLs
_UNSAFE = re.compile(r"[^A-Za-z0-9._ ()\-]+")


@dataclass(frozen=True, slots=True)
class Upload:
    """One received file: its sanitised name and its bytes."""

    name: str
    data: bytes


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


def upload_limit(max_upload_bytes: int) -> int:
    """The largest upload (raw bytes, all files together) the server will accept.

    The browser sends files base64-encoded (4/3 larger) in one request; the server's
    request cap (app.main.request_limit) leaves room for that and an envelope, so the
    whole ``max_upload_bytes`` is usable.
    """
    from app.main import request_limit

    encoded = (request_limit(max_upload_bytes) - ENVELOPE_BYTES) * 3 // 4
    return max(1, min(max_upload_bytes, encoded))


def size_text(max_bytes: int) -> str:
    """``20 MB`` for the upload limit sentence."""
    if max_bytes >= 1024 * 1024:
        return f"{max_bytes / (1024 * 1024):.0f} MB"
    return f"{max(1, max_bytes // 1024)} kB"
