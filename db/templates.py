"""Empty import templates: one header-only CSV per file kind and one XLSX with a sheet each.

The headers come from :mod:`db.imports.kinds`, the same table the importer detects
kinds with, so a template filled in is always importable as is (an untouched template
imports as zero rows).
"""

from __future__ import annotations

import csv
from pathlib import Path

from db.exports.workbook import write_workbook
from db.imports.kinds import ALL_KINDS, EDGELIST

WORKBOOK_NAME = "collabnet-template.xlsx"
KINDS = (*ALL_KINDS, EDGELIST)


def template_headers() -> dict[str, list[str]]:
    """File kind -> its English column names, in documented order."""
    return {kind.name: list(kind.column_names()) for kind in KINDS}


def write_templates(directory: Path) -> list[Path]:
    """Write ``<kind>.csv`` for every kind and ``collabnet-template.xlsx``; return the paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    headers = template_headers()
    for name, header in headers.items():
        path = directory / f"{name}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle, lineterminator="\r\n").writerow(header)
        paths.append(path)
    sheets = {name: (header, []) for name, header in headers.items()}
    paths.append(write_workbook(sheets, directory / WORKBOOK_NAME))
    return paths
