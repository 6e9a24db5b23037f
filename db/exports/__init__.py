"""Export every table as import files: CSV (one per table) or one XLSX workbook.

The export writes exactly the import format (docs/import-format.md): English headers,
codes instead of labels, stable external keys instead of database ids, ISO dates,
``yes``/``no``, ``|`` lists sorted by code. Rows are ordered by key, so
export -> import into an empty database -> export gives byte-identical files.
Text that a spreadsheet would run as a formula (= + - @ tab CR) is prefixed with ``'``;
the importer removes that prefix again.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from sqlalchemy import Engine

from db.exports.tables import TABLE_FILES, Value, read_tables
from db.exports.workbook import write_workbook
from db.imports.values import format_bool, format_date, format_number, neutralise

__all__ = ["TABLE_FILES", "export_csv", "export_xlsx", "read_tables", "text_cell"]


def text_cell(value: Value) -> str:
    """The CSV text of a value: canonical numbers and dates, neutralised text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return format_bool(value)
    if isinstance(value, int | float):
        return format_number(value)
    if isinstance(value, date):
        return format_date(value)
    return neutralise(value)


def export_csv(engine: Engine, directory: Path) -> list[Path]:
    """Write ``<table>.csv`` per table into ``directory`` (UTF-8 with BOM, ``,``); return paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, (header, rows) in read_tables(engine).items():
        path = directory / f"{name}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(header)
            writer.writerows([text_cell(v) for v in row] for row in rows)
        paths.append(path)
    return paths


def export_xlsx(engine: Engine, path: Path) -> Path:
    """Write one workbook with a sheet per table (same columns as the CSV files)."""
    return write_workbook(read_tables(engine), Path(path))
