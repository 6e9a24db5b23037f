"""Bounds on what one import file may contain, checked before the file is parsed.

Why: a 20 MB edge list (1.3 M rows) under the upload limit took a minute and 2.4 GB
to parse, and an .xlsx declaring ``A1:XFD1048576`` drove openpyxl past 5 GB. The
byte limit alone does not bound work, so rows, columns, cells, the unpacked size of
a workbook and the length of one cell are bounded too. CSV is measured on its bytes
(line count, header width) without building a DataFrame; a workbook's zip directory
is inspected before openpyxl opens it, and its rows are counted while streaming,
never trusting the declared dimension. See docs/import-format.md.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from db.imports.errors import RowError, row_error


@dataclass(frozen=True, slots=True)
class ImportLimits:
    """Largest table one file may hold; defaults fit a large real partnership."""

    rows: int = 200_000
    columns: int = 100
    cells: int = 5_000_000
    unpacked_bytes: int = 50_000_000
    cell_chars: int = 32_767  # Excel's own limit for one cell
    # a real sheet compresses 5-30:1; 1000:1 is repeated bytes (a zip bomb)
    max_ratio: int = 200
    ratio_floor: int = 1_000_000  # small members may compress well: not checked


DEFAULT_LIMITS = ImportLimits()


def check_csv_shape(
    raw: bytes, header_cells: int, name: str, limits: ImportLimits
) -> RowError | None:
    """Refuse a CSV whose line count or header width is over a limit, before parsing.

    Lines are counted on the bytes (a quoted line break counts too, so this only
    ever over-counts, never lets a too-long file through).
    """
    if header_cells > limits.columns:
        return row_error("too_many_columns", name, 1, count=header_cells, limit=limits.columns)
    # pandas also ends a line at a lone "\r" (old Mac files), so count both ends
    breaks = max(raw.count(b"\n"), raw.count(b"\r"))
    lines = breaks + (0 if raw.endswith((b"\n", b"\r")) else 1)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: count the two-byte line ends
        little = raw.startswith(b"\xff\xfe")
        lf, cr = (b"\n\x00", b"\r\x00") if little else (b"\x00\n", b"\x00\r")
        lines = max(raw.count(lf), raw.count(cr)) + 1
    rows = max(lines - 1, 0)
    if rows > limits.rows:
        return row_error("too_many_rows", name, count=rows, limit=limits.rows)
    if rows * max(header_cells, 1) > limits.cells:
        cells = rows * header_cells
        return row_error("too_many_cells", name, count=cells, limit=limits.cells)
    return None


def check_workbook_zip(path: Path, limits: ImportLimits) -> RowError | None:
    """Refuse a .xlsx that is not a zip, unpacks too large, or compresses like a bomb.

    Python's zipfile never inflates a member past its declared size, so the sizes in
    the central directory bound what openpyxl can read.
    """
    name = path.name
    if not zipfile.is_zipfile(path):
        detail = "not a valid .xlsx workbook (not a zip file; save it from Excel as .xlsx or .csv)"
        return row_error("unreadable", name, detail=detail)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
        return row_error("unreadable", name, detail=f"not a valid .xlsx workbook ({exc})")
    total = sum(m.file_size for m in members)
    if total > limits.unpacked_bytes:
        return row_error("too_large_unpacked", name, size=total, limit=limits.unpacked_bytes)
    for member in members:
        if member.file_size < limits.ratio_floor:
            continue
        ratio = member.file_size // max(member.compress_size, 1)
        if ratio > limits.max_ratio:
            return row_error(
                "zip_bomb", name, part=member.filename, ratio=ratio, limit=limits.max_ratio
            )
    return None


def check_cells(
    header: list[str], rows: list[list[str]], name: str, limits: ImportLimits
) -> RowError | None:
    """The first cell longer than the limit (row numbers as the spreadsheet shows them)."""
    for number, row in enumerate([header, *rows], start=1):
        for index, cell in enumerate(row):
            if len(cell) > limits.cell_chars:
                column = header[index] if index < len(header) and number > 1 else None
                return row_error("cell_too_long", name, number, column, limit=limits.cell_chars)
    return None
