"""Fuzz: 2,000 generated files through the real importer into a real migrated SQLite file.

Every outcome must be a clean import or :class:`ImportFailed`: never another
exception, never a hang (the 10 s deadline), never a partial write (the logical
dump is unchanged whenever the import is refused).
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from db.engine import make_engine
from db.exports.dump import logical_dump
from db.imports import ImportFailed, import_files

HEADERS = (
    "source target weight van naar gewicht id name naam type short_name mode frequentie "
    "start end themes actor group title text label_nl code parent email"
).split()
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "utf-16")
_char = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from("\n\t\"';,")
_cell = st.text(_char, max_size=12)
_quoted = st.builds(lambda s: '"' + s.replace('"', '""') + '"', _cell)
_header = st.one_of(st.sampled_from(HEADERS), _cell)


@st.composite
def csv_files(draw: st.DrawFn) -> tuple[str, bytes]:
    """CSV bytes with random headers, delimiters, encodings, quotes and line ends."""
    if draw(st.integers(0, 9)) == 0:
        return "raw.csv", draw(st.binary(max_size=300))
    delimiter = draw(st.sampled_from((",", ";", "\t", "|")))
    newline = draw(st.sampled_from(("\n", "\r\n", "\r")))
    header = draw(st.lists(_header, min_size=1, max_size=6))
    body = draw(st.lists(st.lists(st.one_of(_cell, _quoted), max_size=7), max_size=8))
    text = newline.join(delimiter.join(row) for row in [header, *body])
    encoding = draw(st.sampled_from(ENCODINGS))
    return "data.csv", text.encode(encoding, errors="replace")


def _base_workbook() -> bytes:
    book = Workbook()
    sheet = book.active
    for row in (["id", "name", "type"], ["S01", "De Linde", "school"], ["P1", "Ana", "leraar"]):
        sheet.append(row)
    book.create_sheet("ties").append(["source", "target"])
    buffer = io.BytesIO()
    book.save(buffer)
    return _rewrite_member(buffer.getvalue(), -1, b"")


FIXED_TIME = (2026, 1, 1, 0, 0, 0)
_STAMP = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def _rewrite_member(base: bytes, member: int, data: bytes) -> bytes:
    """Replace one part; fixed timestamps so every run generates the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w") as dst:
        for n, item in enumerate(src.infolist()):
            part = data if n == member else _STAMP.sub(b"2026-01-01T00:00:00Z", src.read(item))
            dst.writestr(zipfile.ZipInfo(item.filename, FIXED_TIME), part)
    return out.getvalue()


BASE_XLSX = _base_workbook()


@st.composite
def xlsx_files(draw: st.DrawFn) -> tuple[str, bytes]:
    """The small base workbook with bytes flipped, cut short, or one part rewritten."""
    how = draw(st.sampled_from(("flip", "truncate", "member", "dimension")))
    data = bytearray(BASE_XLSX)
    if how == "flip":
        for _ in range(draw(st.integers(1, 8))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return "book.xlsx", bytes(data)
    if how == "truncate":
        return "book.xlsx", bytes(data[: draw(st.integers(0, len(data) - 1))])
    with zipfile.ZipFile(io.BytesIO(BASE_XLSX)) as archive:
        names = archive.namelist()
        index = draw(st.integers(0, len(names) - 1))
        original = archive.read(names[index])
    if how == "member":
        cut = draw(st.integers(0, len(original)))
        junk = draw(st.binary(max_size=40))
        return "book.xlsx", _rewrite_member(BASE_XLSX, index, original[:cut] + junk)
    sheet = names.index("xl/worksheets/sheet1.xml")
    with zipfile.ZipFile(io.BytesIO(BASE_XLSX)) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml")
    ref = draw(st.sampled_from(("A1:XFD1048576", "A1:C1048576", "XFD1048576", "A1", "")))
    head, _, tail = xml.partition(b"<dimension ")
    forged = head + f'<dimension ref="{ref}"/>'.encode() + tail.partition(b"/>")[2]
    return "book.xlsx", _rewrite_member(BASE_XLSX, sheet, forged)


@pytest.fixture
def engine(sqlite_url: str):
    engine = make_engine(sqlite_url)
    yield engine
    engine.dispose()


@settings(
    max_examples=2000,
    deadline=timedelta(seconds=10),
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(generated=st.one_of(csv_files(), xlsx_files()))
def test_generated_files_import_cleanly_or_fail_cleanly(
    engine, tmp_path: Path, generated: tuple[str, bytes]
) -> None:
    name, data = generated
    path = tmp_path / name
    path.write_bytes(data)
    before = logical_dump(engine)
    try:
        import_files(engine, [path], add_themes=True)
    except ImportFailed as failed:
        assert failed.errors, "an ImportFailed must say what was wrong"
        assert logical_dump(engine) == before
        event(f"refused: {failed.errors[0].kind}")
    else:
        event("imported")
