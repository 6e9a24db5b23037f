"""Reading files and cells: delimiters by header, encodings, Dutch habits, kinds by header."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from db.imports.kinds import detect_kind
from db.imports.reading import choose_delimiter, read_path
from db.imports.values import (
    clean,
    neutralise,
    parse_bool,
    parse_date,
    parse_float,
    split_list,
    unneutralise,
)

MB = 20_000_000


def test_semicolon_chosen_by_header_even_when_data_has_commas(tmp_path: Path):
    path = tmp_path / "a.csv"
    path.write_text("id;naam;type\nS01;School, De Linde;school\n", encoding="utf-8")
    [table], errors = read_path(path, MB)
    assert errors == []
    assert table.header == ["id", "naam", "type"]
    assert table.rows == [["S01", "School, De Linde", "school"]]


def test_comma_chosen_by_header_even_when_data_has_semicolons(tmp_path: Path):
    path = tmp_path / "a.csv"
    path.write_text("id,name,type,description\nS01,De Linde,school,a;b;c;d;e\n", encoding="utf-8")
    [table], _ = read_path(path, MB)
    assert table.rows == [["S01", "De Linde", "school", "a;b;c;d;e"]]


def test_choose_delimiter():
    assert choose_delimiter("van;naar;frequentie") == ";"
    assert choose_delimiter("source,target") == ","
    assert choose_delimiter('"id";"name, full";"type"') == ";"
    assert choose_delimiter("id\tnaam\ttype") == "\t"
    assert choose_delimiter("foo;bar;baz") == ";"
    assert choose_delimiter("foo") == ","


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path: Path):
    path = tmp_path / "unicode.csv"
    path.write_bytes("id\tnaam\ttype\r\nP1\tŁucja Nowak\tleraar\r\n".encode("utf-16"))
    [table], errors = read_path(path, MB)
    assert errors == []
    assert table.rows == [["P1", "Łucja Nowak", "leraar"]]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("id,naam,type\nP1,Zoë Çelik,leraar\n".encode(), "Zoë Çelik"),
        ("\ufeffid,naam,type\nP1,Zoë Çelik,leraar\n".encode(), "Zoë Çelik"),
        ("id;naam;type\nP1;Zoë Çelik – “juf”;leraar\n".encode("cp1252"), "Zoë Çelik – “juf”"),
    ],
    ids=["utf8", "utf8-bom", "windows-1252"],
)
def test_encodings(tmp_path: Path, raw: bytes, expected: str):
    path = tmp_path / "a.csv"
    path.write_bytes(raw)
    [table], errors = read_path(path, MB)
    assert errors == []
    assert table.header[0] == "id"  # the BOM is not part of the first header
    assert table.rows[0][1] == expected


def test_na_and_none_stay_text_and_row_numbers_survive_blank_lines(tmp_path: Path):
    path = tmp_path / "a.csv"
    path.write_text("id,name,type\nP1,NA,teacher\n\nP2,None,teacher\nP3,null,\n", encoding="utf-8")
    [table], _ = read_path(path, MB)
    assert table.rows == [
        ["P1", "NA", "teacher"],
        ["", "", ""],
        ["P2", "None", "teacher"],
        ["P3", "null", ""],
    ]


def test_xlsx_every_sheet_is_a_table_and_cells_become_text(tmp_path: Path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Actoren"
    sheet.append(["id", "naam", "type", "toestemming", "grootte"])
    sheet.append(["S01", "NA", "school", True, 450])
    sheet.append([None, None, None, None, None])
    second = book.create_sheet("Relaties")
    second.append(["van", "naar", "begin", "gewicht"])
    second.append(["S01", "S02", date(2024, 9, 1), 2.5])
    book.create_sheet("Leeg")
    path = tmp_path / "boek.xlsx"
    book.save(path)
    tables, errors = read_path(path, MB)
    assert errors == []
    assert [t.name for t in tables] == ["boek.xlsx:Actoren", "boek.xlsx:Relaties"]
    assert tables[0].rows == [["S01", "NA", "school", "yes", "450"]]
    assert tables[1].rows == [["S01", "S02", "2024-09-01", "2.5"]]


def test_not_really_xlsx(tmp_path: Path):
    path = tmp_path / "nep.xlsx"
    path.write_text("id,name,type\n", encoding="utf-8")
    [], [error] = read_path(path, MB)
    assert error.kind == "unreadable"
    assert "not a valid .xlsx" in error.reason


def test_unsupported_and_missing(tmp_path: Path):
    path = tmp_path / "a.json"
    path.write_text("{}", encoding="utf-8")
    assert read_path(path, MB)[1][0].kind == "unsupported"
    assert read_path(tmp_path / "weg.csv", MB)[1][0].kind == "not_found"


def test_ragged_row_is_a_readable_error(tmp_path: Path):
    path = tmp_path / "a.csv"
    path.write_text("id,name,type\nP1,Els,teacher,extra,cells\n", encoding="utf-8")
    [], [error] = read_path(path, MB)
    assert error.kind == "unreadable"
    assert "line 2" in error.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-09-01", date(2024, 9, 1)),
        ("01-09-2024", date(2024, 9, 1)),
        ("1-9-2024", date(2024, 9, 1)),
        ("1/9/2024", date(2024, 9, 1)),
        ("01.09.2024", date(2024, 9, 1)),
        ("2024-09-01 00:00:00", date(2024, 9, 1)),
        ("", None),
    ],
)
def test_dates(text: str, expected: date | None):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2024-02-30", "32-01-2024", "09/01/24", "sept 2024", "2024"])
def test_bad_dates(text: str):
    with pytest.raises(ValueError):
        parse_date(text)


def test_booleans_numbers_lists():
    assert [parse_bool(t) for t in ("ja", "Nee", "YES", "no", "true", "0", "1", "")] == [
        True,
        False,
        True,
        False,
        True,
        False,
        True,
        None,
    ]
    with pytest.raises(ValueError):
        parse_bool("misschien")
    assert parse_float("2,5") == 2.5 and parse_float("1.25") == 1.25 and parse_float("") is None
    with pytest.raises(ValueError):
        parse_float("nan")
    assert split_list(" ict | Dyslexie |ict||") == ["ict", "Dyslexie"]


@pytest.mark.parametrize(
    "text", ["=SUM(A1)", "+31 6", "-5", "@user", "\tx", "\rx", "'=x", "''-x", "plain", "'quoted"]
)
def test_neutralise_is_inverted_exactly(text: str):
    escaped = neutralise(text)
    assert escaped[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert unneutralise(escaped) == text


def test_clean_strips_and_unescapes():
    assert clean("  '=1+1 ") == "=1+1"
    assert clean("'plain") == "'plain"  # only the export's own prefix is removed


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        (["id", "name", "type"], "actors"),
        (["ID ", " Naam", "TYPE", "Regio"], "actors"),
        (["source", "target"], "edgelist"),
        (["Van", "Naar", "Gewicht"], "edgelist"),
        (["van", "naar", "frequentie"], "ties"),
        (["person", "organisation"], "affiliations"),
        (["actor", "groep", "rol"], "memberships"),
        (["actor", "thema", "relatie"], "actor_themes"),
        (["id", "tie", "text"], "stories"),
        (["actor", "checklist", "datum", "stelling", "score"], "assessments"),
        (["categorie", "code", "label_nl"], "codebook"),
        (["id", "naam"], "actors"),  # recognised, then reported for the missing type
        (["foo", "bar"], None),
        (["id"], None),
    ],
)
def test_kind_by_header(header: list[str], kind: str | None):
    found = detect_kind(header)
    assert (found.name if found else None) == kind
