"""Read import files into tables of strings, refusing what is not a table.

A Dutch Excel user saves CSV with ``;`` and Windows-1252; someone else exports UTF-8
with ``,``. The delimiter is chosen by which one splits the header into known column
names, never by sniffing the data. Every cell stays text (pandas ``dtype=str``,
``keep_default_na=False``) so a person called "NA" keeps their name. XLSX is read
with openpyxl; each sheet becomes a table named ``book.xlsx:sheet``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

import pandas as pd

from db.imports.errors import RowError, row_error
from db.imports.kinds import known_count
from db.imports.limits import (
    DEFAULT_LIMITS,
    ImportLimits,
    check_cells,
    check_csv_shape,
    check_workbook_zip,
)
from db.imports.values import format_number

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls (and .doc)
ZIP_MAGIC = b"PK\x03\x04"  # .xlsx, .docx, .zip


@dataclass
class Table:
    """One sheet of cells; ``rows[i]`` is spreadsheet row ``i + 2`` (the header is row 1)."""

    name: str
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)


def read_path(
    path: Path, max_bytes: int, limits: ImportLimits = DEFAULT_LIMITS
) -> tuple[list[Table], list[RowError]]:
    """Tables in ``path`` and the file-level errors that stopped reading it."""
    name = path.name
    if not path.is_file():
        return [], [row_error("not_found", name)]
    size = path.stat().st_size
    if size > max_bytes:
        return [], [row_error("too_large", name, size=size, limit=max_bytes)]
    suffix = path.suffix.casefold()
    if suffix == ".xls":
        return [], [row_error("xls_file", name)]
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, limits)
    if suffix in (".csv", ".txt"):
        return _read_csv(path.read_bytes(), name, limits)
    return [], [row_error("unsupported", name)]


def _decode(raw: bytes, name: str) -> tuple[str | None, RowError | None]:
    if raw.startswith(OLE_MAGIC):
        return None, row_error("xls_file", name)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text" is UTF-16
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            return None, row_error("binary_file", name)
        return (text, None) if text.strip() else (None, row_error("empty_file", name))
    if raw.startswith(ZIP_MAGIC) or b"\x00" in raw[:65536]:
        return None, row_error("binary_file", name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            return None, row_error("binary_file", name)
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n")
    if sample and controls / len(sample) > 0.01:
        return None, row_error("binary_file", name)
    if not text.strip():
        return None, row_error("empty_file", name)
    return text, None


DELIMITERS = (",", ";", "\t")


def choose_delimiter(first_line: str) -> str:
    """``,``, ``;`` or tab: whichever splits the header into the most known column names.

    On a tie (e.g. an unrecognised header) the one giving the most cells wins, then
    the order of :data:`DELIMITERS`.
    """

    def score(delimiter: str) -> tuple[int, int]:
        cells = next(csv.reader([first_line], delimiter=delimiter), [])
        return known_count(cells), len(cells)

    return max(DELIMITERS, key=lambda d: (*score(d), -DELIMITERS.index(d)))


def _read_csv(raw: bytes, name: str, limits: ImportLimits) -> tuple[list[Table], list[RowError]]:
    if not raw.strip():
        return [], [row_error("empty_file", name)]
    text, error = _decode(raw, name)
    if error is not None or text is None:
        return [], [error] if error else []
    first_line = text.lstrip("\r\n").splitlines()[0]
    delimiter = choose_delimiter(first_line)
    width = len(next(csv.reader([first_line], delimiter=delimiter), []))
    too_big = check_csv_shape(raw, width, name, limits)
    if too_big is not None:
        return [], [too_big]
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            header=None,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=False,
        )
    except (pd.errors.ParserError, ValueError) as exc:
        detail = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        return [], [row_error("unreadable", name, detail=detail)]
    cells = frame.to_numpy(dtype=object).tolist() if len(frame) else []
    # skip blank lines before the header (rows keep their numbers after it)
    while cells and not any(str(c).strip() for c in cells[0]):
        cells.pop(0)
    if not cells:
        return [], [row_error("empty_file", name)]
    # na_filter=False: every cell is already a str; no per-cell copy (memory at 100k rows)
    header = [str(c) for c in cells[0]]
    del cells[0]
    too_long = check_cells(header, cells, name, limits)
    if too_long is not None:
        return [], [too_long]
    return [Table(name, header, cells)], []


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        return format_number(value)
    return str(value)


def _read_xlsx(path: Path, limits: ImportLimits) -> tuple[list[Table], list[RowError]]:
    from openpyxl import load_workbook

    name = path.name
    with path.open("rb") as handle:
        raw_head = handle.read(8)
    if raw_head.startswith(OLE_MAGIC):
        return [], [row_error("xls_file", name)]
    if path.stat().st_size == 0:
        return [], [row_error("empty_file", name)]
    refused = check_workbook_zip(path, limits)
    if refused is not None:
        return [], [refused]
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile/KeyError/InvalidFileException
        return [], [row_error("unreadable", name, detail=f"not a valid .xlsx workbook ({exc})")]
    tables: list[Table] = []
    cells_left = limits.cells  # the cell limit is for the whole workbook
    try:
        for sheet in book.worksheets:
            table_name = f"{name}:{sheet.title}"
            rows, error = _sheet_rows(sheet, table_name, limits, cells_left)
            if error is not None:
                return [], [error]
            cells_left -= sum(len(r) for r in rows)
            while rows and not any(c.strip() for c in rows[-1]):
                rows.pop()
            while rows and not any(c.strip() for c in rows[0]):
                rows.pop(0)
            if not rows:
                continue  # Excel's empty extra sheets are not an error
            header = rows[0]
            while header and not header[-1].strip():
                header = header[:-1]
            width = len(header)
            body = [(r + [""] * width)[:width] for r in rows[1:]]
            tables.append(Table(table_name, header, body))
    except Exception as exc:  # a damaged part: zlib/CRC/XML errors surface only while streaming
        return [], [row_error("unreadable", name, detail=f"not a valid .xlsx workbook ({exc})")]
    finally:
        book.close()
    if not tables:
        return [], [row_error("empty_file", name)]
    return tables, []


def _sheet_rows(
    sheet: object, name: str, limits: ImportLimits, cells_left: int
) -> tuple[list[list[str]], RowError | None]:
    """Stream one sheet's rows, refusing at the first row, column or cell over a limit.

    The declared dimension is dropped first: a forged ``A1:XFD1048576`` would make
    openpyxl pad every row to 16,384 cells and emit a million empty rows.
    """
    from openpyxl.utils import get_column_letter

    sheet.reset_dimensions()  # type: ignore[attr-defined]
    rows: list[list[str]] = []
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):  # type: ignore[attr-defined]
        if number > limits.rows + 1:  # + 1: the header row
            return [], row_error(
                "too_many_rows", name, number, count=f">{limits.rows}", limit=limits.rows
            )
        width = len(values)
        while width and values[width - 1] in (None, ""):
            width -= 1
        if width > limits.columns:
            return [], row_error(
                "too_many_columns", name, number, count=width, limit=limits.columns
            )
        cells_left -= width
        if cells_left < 0:
            return [], row_error(
                "too_many_cells", name, number, count=f">{limits.cells}", limit=limits.cells
            )
        row = [_cell_text(v) for v in values[:width]]
        for index, text in enumerate(row):
            if len(text) > limits.cell_chars:
                column = get_column_letter(index + 1)
                return [], row_error("cell_too_long", name, number, column, limit=limits.cell_chars)
        rows.append(row)
    return rows, None
