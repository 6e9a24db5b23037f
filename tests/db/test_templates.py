"""Templates: a header-only CSV per file kind and one XLSX; each imports as is."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook

from db.engine import make_engine
from db.exports.dump import logical_dump
from db.imports import import_files
from db.imports.kinds import ACTORS, ALL_KINDS, EDGELIST, detect_kind
from db.templates import WORKBOOK_NAME, template_headers, write_templates


def test_templates_cover_every_kind(tmp_path: Path):
    paths = write_templates(tmp_path)
    names = [p.name for p in paths]
    assert names == [f"{k.name}.csv" for k in (*ALL_KINDS, EDGELIST)] + [WORKBOOK_NAME]
    for path in paths[:-1]:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        assert len(rows) == 1
        assert detect_kind(rows[0]).name == path.stem  # each header is recognised as its kind
    book = load_workbook(paths[-1], read_only=True)
    sheets = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book}
    book.close()
    assert sheets == {name: [header] for name, header in template_headers().items()}
    assert template_headers()["actors"] == list(ACTORS.column_names())
    assert template_headers()["actors"][:3] == ["id", "name", "type"]


def test_filled_in_template_imports(tmp_path: Path, sqlite_url: str):
    paths = {p.stem: p for p in write_templates(tmp_path)}
    engine = make_engine(sqlite_url)
    try:
        before = logical_dump(engine)
        report = import_files(engine, list(paths.values()))  # untouched: zero rows, no error
        assert report.created == {} and logical_dump(engine) == before
        with paths["actors"].open("a", encoding="utf-8", newline="") as handle:
            handle.write("S1,De Linde,school,,po,Zwolle,,,,,,,ict,,,\r\n")
        report = import_files(engine, [paths["actors"]])
        assert report.created == {"actor": 1, "actor_theme": 1}
    finally:
        engine.dispose()
