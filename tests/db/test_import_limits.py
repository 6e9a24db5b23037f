"""Import resource limits on real generated files: refused quickly, clearly, nothing written."""

from __future__ import annotations

import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from db.engine import make_engine
from db.exports.dump import logical_dump
from db.imports import DEFAULT_LIMITS, ImportFailed, ImportLimits, import_files
from db.imports.reading import read_path
from tests.app.test_cli import run

MB = 20_000_000


@pytest.fixture
def engine(sqlite_url: str):
    engine = make_engine(sqlite_url)
    yield engine
    engine.dispose()


def _refused(engine, path: Path, **kwargs) -> ImportFailed:
    before = logical_dump(engine)
    with pytest.raises(ImportFailed) as caught:
        import_files(engine, [path], **kwargs)
    assert logical_dump(engine) == before
    return caught.value


def _edge_list(path: Path, rows: int) -> Path:
    lines = "".join(f"P{i},P{i + 1}\n" for i in range(rows))
    path.write_text("source,target\n" + lines, encoding="utf-8")
    return path


def test_edge_list_over_the_row_limit_is_refused_quickly(engine, tmp_path: Path) -> None:
    path = _edge_list(tmp_path / "randen.csv", DEFAULT_LIMITS.rows + 1)
    start = time.perf_counter()
    failed = _refused(engine, path)
    assert time.perf_counter() - start < 5
    [error] = failed.errors
    assert error.kind == "too_many_rows"
    assert error.format("en") == "randen.csv: 200001 rows, over the limit of 200000 rows"
    assert error.format("nl") == "randen.csv: 200001 rijen, meer dan de limiet van 200000 rijen"


def test_edge_list_at_the_row_limit_still_reads(tmp_path: Path) -> None:
    limits = ImportLimits(rows=50)
    [table], errors = read_path(_edge_list(tmp_path / "e.csv", 50), MB, limits)
    assert (errors, len(table.rows)) == ([], 50)
    assert read_path(_edge_list(tmp_path / "f.csv", 51), MB, limits)[1][0].kind == "too_many_rows"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_rows_are_counted_whatever_the_line_ends(tmp_path: Path, newline: str, encoding: str):
    path = tmp_path / "e.csv"
    lines = ["source,target", *(f"P{i},P{i + 1}" for i in range(11))]
    path.write_bytes(newline.join(lines).encode(encoding))
    [error] = read_path(path, MB, ImportLimits(rows=10))[1]
    assert str(error) == "e.csv: 11 rows, over the limit of 10 rows"
    path.write_bytes(newline.join(lines[:-1]).encode(encoding))
    assert read_path(path, MB, ImportLimits(rows=10))[1] == []


def test_csv_columns_cells_and_cell_length_are_bounded(tmp_path: Path) -> None:
    wide = tmp_path / "breed.csv"
    wide.write_text(",".join(f"c{i}" for i in range(101)) + "\n" + "x," * 100 + "x\n")
    [error] = read_path(wide, MB)[1]
    assert str(error) == "breed.csv, row 1: 101 columns, over the limit of 100 columns"
    cells = tmp_path / "cellen.csv"
    cells.write_text("a,b,c\n" + "1,2,3\n" * 40)
    [error] = read_path(cells, MB, ImportLimits(cells=100))[1]
    assert str(error) == "cellen.csv: 120 cells, over the limit of 100 cells"
    long = tmp_path / "lang.csv"
    long.write_text("id,name,type\nP1," + "x" * 40_000 + ",leraar\n")
    [error] = read_path(long, MB)[1]
    assert (
        str(error) == "lang.csv, row 2, column name: cell longer than the limit of 32767 characters"
    )


def _forge_dimension(source: Path, target: Path, ref: str) -> Path:
    """Copy a workbook, rewriting the sheet's declared dimension as a forger would."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                head, _, tail = data.partition(b"<dimension ")
                data = head + f'<dimension ref="{ref}"/>'.encode() + tail.partition(b"/>")[2]
                assert f'ref="{ref}"'.encode() in data
            dst.writestr(item.filename, data)
    return target


def test_forged_dimension_is_read_with_bounded_memory(engine, tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["id", "name", "type"])
    book.active.append(["S01", "De Linde", "school"])
    book.save(tmp_path / "plain.xlsx")
    forged = _forge_dimension(tmp_path / "plain.xlsx", tmp_path / "vals.xlsx", "A1:XFD1048576")
    tracemalloc.start()
    start = time.perf_counter()
    [table], errors = read_path(forged, MB)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert errors == [] and table.header == ["id", "name", "type"]
    assert table.rows == [["S01", "De Linde", "school"]]
    assert peak < 20_000_000 and time.perf_counter() - start < 5
    report = import_files(engine, [forged], dry_run=True)
    assert report.files == [("vals.xlsx:Sheet", "actors", 1)]


def test_sheet_with_a_row_beyond_the_limit_is_refused(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["id", "name", "type"])
    book.active.cell(row=1_000_000, column=1, value="laat")
    book.save(tmp_path / "ver.xlsx")
    [error] = read_path(tmp_path / "ver.xlsx", MB)[1]
    assert str(error) == "ver.xlsx:Sheet, row 200002: >200000 rows, over the limit of 200000 rows"


def test_zip_bomb_workbook_is_refused_by_unpacked_size(engine, tmp_path: Path) -> None:
    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<" * 60_000_000)
    [info] = [i for i in zipfile.ZipFile(bomb).infolist() if i.filename.endswith("sheet1.xml")]
    assert info.file_size // info.compress_size >= 1000
    [error] = _refused(engine, bomb).errors
    assert error.kind == "too_large_unpacked"
    assert str(error) == (
        "bom.xlsx: workbook unpacks to 60000008 bytes, over the limit of 50000000 bytes"
    )


def test_small_zip_bomb_is_refused_by_ratio(tmp_path: Path) -> None:
    bomb = tmp_path / "klein.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"A" * 10_000_000)
    [error] = read_path(bomb, MB)[1]
    assert error.kind == "zip_bomb"
    assert str(error).startswith("klein.xlsx: part xl/worksheets/sheet1.xml compresses ")
    assert str(error).endswith(":1, over the limit of 200:1 (not a real workbook?)")


def test_non_zip_named_xlsx_is_refused_clearly(engine, tmp_path: Path) -> None:
    fake = tmp_path / "nep.xlsx"
    fake.write_bytes(b"id;naam;type\nS01;De Linde;school\n")
    [error] = _refused(engine, fake).errors
    assert str(error) == (
        "nep.xlsx: cannot read the file: not a valid .xlsx workbook "
        "(not a zip file; save it from Excel as .xlsx or .csv)"
    )


def test_cli_refuses_over_a_limit_set_in_the_environment(sqlite_url: str, tmp_path: Path) -> None:
    path = _edge_list(tmp_path / "randen.csv", 6)
    engine = make_engine(sqlite_url)
    before = logical_dump(engine)
    env = {"COLLABNET_IMPORT_MAX_ROWS": "5"}
    refused = run("import", str(path), "--database-url", sqlite_url, env=env)
    assert refused.returncode == 1
    assert "randen.csv: 6 rows, over the limit of 5 rows" in refused.stderr
    assert logical_dump(engine) == before
    accepted = run("import", str(path), "--dry-run", "--database-url", sqlite_url)
    assert accepted.returncode == 0 and "dry run" in accepted.stdout
    engine.dispose()


def test_workbook_cells_columns_and_cell_length_are_bounded(tmp_path: Path) -> None:
    book = Workbook()
    for sheet in (book.active, book.create_sheet("tweede")):
        for row in (["id", "name", "type"], ["S01", "De Linde", "school"], ["P1", "Ana", "leraar"]):
            sheet.append(row)
    book.save(tmp_path / "twee.xlsx")
    assert read_path(tmp_path / "twee.xlsx", MB, ImportLimits(cells=18))[1] == []
    [error] = read_path(tmp_path / "twee.xlsx", MB, ImportLimits(cells=15))[1]
    assert str(error) == "twee.xlsx:tweede, row 3: >15 cells, over the limit of 15 cells"
    [error] = read_path(tmp_path / "twee.xlsx", MB, ImportLimits(columns=2))[1]
    assert str(error) == "twee.xlsx:Sheet, row 1: 3 columns, over the limit of 2 columns"
    book.active["B2"] = "x" * 21  # openpyxl itself cuts cells at Excel's 32,767
    book.save(tmp_path / "lang.xlsx")
    [error] = read_path(tmp_path / "lang.xlsx", MB, ImportLimits(cell_chars=20))[1]
    assert str(error) == (
        "lang.xlsx:Sheet, row 2, column B: cell longer than the limit of 20 characters"
    )


def test_workbook_needing_a_newer_zip_version_is_unreadable_not_a_crash(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["id", "name", "type"])
    book.save(tmp_path / "v.xlsx")
    data = bytearray((tmp_path / "v.xlsx").read_bytes())
    entry = data.index(b"PK\x01\x02")  # the first central directory entry
    data[entry + 6] = 0x40  # "version needed to extract": 6.4, which zipfile refuses
    (tmp_path / "v.xlsx").write_bytes(bytes(data))
    [error] = read_path(tmp_path / "v.xlsx", MB)[1]
    assert str(error) == (
        "v.xlsx: cannot read the file: not a valid .xlsx workbook (zip file version 6.4)"
    )
