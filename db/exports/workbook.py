"""Write sheets of typed values to one XLSX workbook (export and templates).

Numbers stay numbers and dates stay dates, so Excel sorts and filters them; text is
neutralised against formula injection and stripped of the control characters XLSX
cannot store. The importer reads the workbook back to the same strings as the CSV.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from db.imports.values import format_bool, neutralise

Value = str | float | int | date | None


def _cell(value: Value) -> object:
    if isinstance(value, bool):
        return format_bool(value)
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", neutralise(value))
    return value


def write_workbook(
    sheets: Mapping[str, tuple[Sequence[str], Sequence[Sequence[Value]]]], path: Path
) -> Path:
    """One sheet per entry (name -> (header, rows)), a bold frozen header row."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    for name, (header, rows) in sheets.items():
        sheet = book.create_sheet(title=name[:31])
        sheet.append(list(header))
        for cell in sheet[1]:
            cell.font = bold
        sheet.freeze_panes = "A2"
        for row in rows:
            sheet.append([_cell(v) for v in row])
        for cell in sheet[1]:
            if isinstance(cell.column_letter, str):
                sheet.column_dimensions[cell.column_letter].width = max(
                    10, len(str(cell.value)) + 2
                )
    book.save(path)
    return path
