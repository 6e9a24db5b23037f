"""Import errors: one record per mistake, so the user sees every mistake at once.

An import never stops at the first problem. Every check appends a :class:`RowError`
that names the file, the spreadsheet row (the header is row 1, as Excel shows it),
the column and the value, and says why in Dutch or English. For an unknown codebook
value it lists what is accepted and the closest match. :class:`ImportFailed` carries
the whole list; :func:`write_error_report` turns it into a CSV the user can open next
to their own file.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from db.imports.values import neutralise

# kind -> (English, Dutch) reason templates; params are filled with str.format.
MESSAGES: dict[str, tuple[str, str]] = {
    "unknown_code": (
        "unknown {category} value",
        "onbekende waarde voor {category}",
    ),
    "unknown_theme": (
        "unknown theme (import with --add-themes to add it to the codebook)",
        "onbekend thema (importeer met --add-themes om het aan het codeboek toe te voegen)",
    ),
    "missing_columns": (
        "missing required column(s): {columns}",
        "verplichte kolom(men) ontbreken: {columns}",
    ),
    "duplicate_column": ("column appears twice", "kolom komt twee keer voor"),
    "unknown_header": (
        "header not recognised as any import file ({kinds}); see docs/import-format.md",
        "kopregel niet herkend als importbestand ({kinds}); zie docs/import-format.md",
    ),
    "required": ("value is required", "waarde is verplicht"),
    "unknown_actor": (
        "actor id not found in the imported files nor in the database",
        "actor-id niet gevonden in de bestanden en niet in de database",
    ),
    "ambiguous_name": (
        "name matches several actors ({keys}); use the id",
        "naam past bij meerdere actoren ({keys}); gebruik de id",
    ),
    "wrong_kind": (
        "actor {key} is a {actual}, expected: {expected}",
        "actor {key} is een {actual}, verwacht: {expected}",
    ),
    "self_tie": (
        "a tie needs two different actors",
        "een relatie heeft twee verschillende actoren nodig",
    ),
    "duplicate_id": ("duplicate id (also on {other})", "dubbele id (ook op {other})"),
    "bad_date": (
        "not a date (use 2024-09-01 or 01-09-2024)",
        "geen datum (gebruik 2024-09-01 of 01-09-2024)",
    ),
    "end_before_start": (
        "end date is before the start date {start}",
        "einddatum ligt voor de begindatum {start}",
    ),
    "bad_boolean": (
        "not yes/no (ja/nee, true/false, 1/0)",
        "geen ja/nee (yes/no, true/false, 1/0)",
    ),
    "bad_number": ("not a number", "geen getal"),
    "bad_lawful_basis": (
        "not a lawful basis (accepted: {accepted})",
        "geen grondslag (toegestaan: {accepted})",
    ),
    "bad_score": (
        "score must be 1, 2 or 3 or a scale label",
        "score moet 1, 2 of 3 of een schaallabel zijn",
    ),
    "unknown_tie": (
        "tie id not found in the files nor in the database",
        "relatie-id niet gevonden in de bestanden en niet in de database",
    ),
    "story_target": (
        "a story needs a tie or a group",
        "een verhaal hoort bij een relatie of een groep",
    ),
    "statement_checklist": (
        "statement belongs to checklist {checklist}",
        "stelling hoort bij checklist {checklist}",
    ),
    "conflict": ("conflicts with {other}", "in strijd met {other}"),
    "too_long": ("longer than {limit} characters", "langer dan {limit} tekens"),
    "empty_file": ("the file is empty", "het bestand is leeg"),
    "binary_file": (
        "not a text file: is it a spreadsheet or another binary file with a .csv name?",
        "geen tekstbestand: is het een spreadsheet of ander binair bestand met .csv als naam?",
    ),
    "xls_file": (
        "old Excel format (.xls): save it as .xlsx or .csv and import that",
        "oud Excel-formaat (.xls): sla het op als .xlsx of .csv en importeer dat",
    ),
    "too_large": (
        "file is {size} bytes, over the limit of {limit} bytes",
        "bestand is {size} bytes, meer dan de limiet van {limit} bytes",
    ),
    "too_many_rows": (
        "{count} rows, over the limit of {limit} rows",
        "{count} rijen, meer dan de limiet van {limit} rijen",
    ),
    "too_many_columns": (
        "{count} columns, over the limit of {limit} columns",
        "{count} kolommen, meer dan de limiet van {limit} kolommen",
    ),
    "too_many_cells": (
        "{count} cells, over the limit of {limit} cells",
        "{count} cellen, meer dan de limiet van {limit} cellen",
    ),
    "cell_too_long": (
        "cell longer than the limit of {limit} characters",
        "cel langer dan de limiet van {limit} tekens",
    ),
    "too_large_unpacked": (
        "workbook unpacks to {size} bytes, over the limit of {limit} bytes",
        "werkmap is uitgepakt {size} bytes, meer dan de limiet van {limit} bytes",
    ),
    "zip_bomb": (
        "part {part} compresses {ratio}:1, over the limit of {limit}:1 (not a real workbook?)",
        "onderdeel {part} is {ratio}:1 gecomprimeerd, meer dan de limiet van {limit}:1"
        " (geen echte werkmap?)",
    ),
    "unreadable": ("cannot read the file: {detail}", "kan het bestand niet lezen: {detail}"),
    "unsupported": (
        "unsupported file type (use .csv or .xlsx)",
        "bestandstype niet ondersteund (gebruik .csv of .xlsx)",
    ),
    "not_found": ("file not found", "bestand niet gevonden"),
}


@dataclass(frozen=True, slots=True)
class Place:
    """A spreadsheet row named in another row's message ("ook op actors.csv rij 2").

    Kept as a value, not as English text, so each language's reason says row in its
    own words.
    """

    file: str
    row: int

    def text(self, language: str = "en") -> str:
        return f"{self.file} {'rij' if language == 'nl' else 'row'} {self.row}"

    def __str__(self) -> str:
        return self.text("en")


@dataclass(frozen=True, slots=True)
class RowError:
    """One mistake in one cell (or one row, or a whole file when ``row`` is None)."""

    file: str
    row: int | None
    column: str | None
    value: str | None
    reason: str
    accepted: tuple[str, ...] = ()
    suggestion: str | None = None
    kind: str = ""
    reason_nl: str = ""
    # The message's parameters as plain text, so a caller can word the reason itself
    # (the import page says "tick the box" where the CLI says "--add-themes").
    params: tuple[tuple[str, str], ...] = ()

    def format(self, language: str = "en") -> str:
        """A one-line message, e.g. ``ties.csv, row 4, column mode: unknown mode value ...``."""
        nl = language == "nl"
        parts = [self.file]
        if self.row is not None:
            parts.append(f"{'rij' if nl else 'row'} {self.row}")
        if self.column:
            parts.append(f"{'kolom' if nl else 'column'} {self.column}")
        text = ", ".join(parts) + ": " + (self.reason_nl if nl and self.reason_nl else self.reason)
        if self.value not in (None, ""):
            text += f" ({'waarde' if nl else 'value'} '{self.value}')"
        if self.accepted:
            shown = ", ".join(self.accepted[:25]) + (", ..." if len(self.accepted) > 25 else "")
            text += f"; {'toegestaan' if nl else 'accepted'}: {shown}"
        if self.suggestion:
            text += f"; {'bedoelt u' if nl else 'did you mean'} '{self.suggestion}'?"
        return text

    def __str__(self) -> str:
        return self.format("en")


def row_error(
    kind: str,
    file: str,
    row: int | None = None,
    column: str | None = None,
    value: str | None = None,
    *,
    accepted: Sequence[str] = (),
    suggestion: str | None = None,
    **params: object,
) -> RowError:
    """Build a :class:`RowError` from a message kind of :data:`MESSAGES`."""
    en, nl = MESSAGES[kind]
    nl_params = {k: v.text("nl") if isinstance(v, Place) else v for k, v in params.items()}
    return RowError(
        file=file,
        row=row,
        column=column,
        value=value,
        reason=en.format(**params),
        accepted=tuple(accepted),
        suggestion=suggestion,
        kind=kind,
        reason_nl=nl.format(**nl_params),
        params=tuple((k, str(v)) for k, v in params.items()),
    )


@dataclass
class ImportFailed(Exception):
    """Raised when any file or row is wrong; nothing has been written."""

    errors: list[RowError] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(self.summary())

    def summary(self, language: str = "en", limit: int = 20) -> str:
        head = (
            f"import afgebroken: {len(self.errors)} fout(en), er is niets opgeslagen"
            if language == "nl"
            else f"import failed: {len(self.errors)} error(s), nothing was written"
        )
        lines = [e.format(language) for e in self.errors[:limit]]
        if len(self.errors) > limit:
            lines.append(f"... {len(self.errors) - limit} more")
        return "\n".join([head, *lines])

    def __str__(self) -> str:
        return self.summary()


REPORT_COLUMNS = ("file", "row", "column", "value", "reason", "accepted", "suggestion")


def write_error_report(errors: Sequence[RowError], path: Path, language: str = "en") -> Path:
    """Write the errors as a CSV (UTF-8 with BOM so Excel shows accents) and return the path."""
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(REPORT_COLUMNS)
        for e in errors:
            reason = e.reason_nl if language == "nl" and e.reason_nl else e.reason
            cells = [e.file, "" if e.row is None else str(e.row), e.column or "", e.value or ""]
            cells += [reason, " | ".join(e.accepted), e.suggestion or ""]
            writer.writerow([neutralise(c) for c in cells])
    return path
