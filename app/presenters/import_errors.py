"""The import errors as the import page words them: in the page language, for users.

db/imports words every reason in Dutch and English for the CLI too; the page says a
few of them in its own terms (the checkbox instead of ``--add-themes``, the templates
instead of a documentation file), and shows codebook values by their label in the
page language, since the importer accepts labels as well as codes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from sqlalchemy import Engine

from app.i18n import t
from app.messages import import_page as _messages  # noqa: F401 - registers the messages
from db.codebook import Codebook
from db.imports import RowError

# error kind -> the page's own message (same parameters as the importer's)
PAGE_REASONS: Final = {
    "unknown_code": "import.reason.unknown_code",
    "unknown_theme": "import.reason.unknown_theme",
    "unknown_header": "import.reason.unknown_header",
}


def reason(error: RowError, language: str) -> str:
    """The reason in ``language``, in the page's words where it has its own."""
    key = PAGE_REASONS.get(error.kind)
    if key is not None:
        return t(key, language, **{k: v for k, v in error.params if k != "category"})
    return error.reason_nl if language == "nl" and error.reason_nl else error.reason


def _label(codebook: Codebook | None, category: str, code: str, language: str) -> str:
    return codebook.label(category, code, language) if codebook and category else code


def error_rows(
    errors: Sequence[RowError], language: str, codebook: Codebook | None = None
) -> list[dict[str, str]]:
    """Grid rows: every error with file, row, column, value, reason, accepted, closest."""
    rows = []
    for i, e in enumerate(errors):
        category = dict(e.params).get("category", "")
        rows.append(
            {
                "id": str(i),
                "file": e.file,
                "row": "" if e.row is None else str(e.row),
                "column": e.column or "",
                "value": e.value or "",
                "reason": reason(e, language),
                "accepted": ", ".join(_label(codebook, category, c, language) for c in e.accepted),
                "suggestion": _label(codebook, category, e.suggestion, language)
                if e.suggestion
                else "",
            }
        )
    return rows


def read_codebook(engine: Engine, errors: Sequence[RowError]) -> Codebook | None:
    """The codebook, read only when an error lists accepted values."""
    if not any(e.accepted for e in errors):
        return None
    with engine.connect() as conn:
        return Codebook.from_db(conn)
