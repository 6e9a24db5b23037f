"""One language per page, checked without a browser: the texts each page is handed.

The browser test (tests/browser/test_one_language.py) reads the rendered pages; these
pin down the data behind them: AG Grid's Dutch locale, the component texts, the
import page's wording of importer errors and the dashboard's table headers.
"""

from __future__ import annotations

import base64

import pytest

from app.components.chrome_language import DCC_ARIA, aria_labels, chrome_texts, grid_locale
from app.components.explorer_panels import node_details_component
from app.components.grid import data_grid
from app.i18n import LANGUAGES, number_text
from app.messages import explorer as _explorer_messages  # noqa: F401 - the panel's texts
from app.presenters import import_flow as flow
from app.presenters.assessment import _format as assessment_figure
from app.presenters.dashboard import node_columns
from app.presenters.dashboard_format import number as dashboard_number
from app.presenters.grid_columns import number_column
from app.viewer import LOCAL_USER
from db.engine import make_engine
from db.imports import ImportFailed, import_files

# What AG Grid shows a user of a sortable, filterable, paginated grid, with its
# built-in English: the Dutch locale must replace every one.
AG_GRID_ENGLISH = {
    "page": "Page",
    "of": "of",
    "to": "to",
    "pageSizeSelectorLabel": "Page Size:",
    "ariaPageSizeSelectorLabel": "Page Size",
    "firstPage": "First Page",
    "previousPage": "Previous Page",
    "nextPage": "Next Page",
    "lastPage": "Last Page",
    "noRowsToShow": "No Rows To Show",
    "loadingOoo": "Loading...",
    "selectAll": "(Select All)",
    "searchOoo": "Search...",
    "contains": "Contains",
    "equals": "Equals",
    "notEqual": "Does not equal",
    "lessThan": "Less than",
    "greaterThan": "Greater than",
    "inRange": "Between",
    "blank": "Blank",
    "andCondition": "AND",
    "orCondition": "OR",
    "true": "True",
    "false": "False",
    "ariaFilterInput": "Filter Input",
    "ariaFilterValue": "Filter Value",
    "ariaLabelColumnFilter": "Column Filter",
}

BAD_ACTORS = (
    "id,name,type,sector,region,expertise\n"
    "S01,De Fictieve Eik,schol,po,Noord,onbestaand vak\n"
    "S01,Het Verzinsel,school,po,Zuid,\n"
)


def test_dutch_grid_locale_replaces_what_users_see() -> None:
    dutch = grid_locale("nl")
    for key, english in AG_GRID_ENGLISH.items():
        assert dutch.get(key), key
        assert dutch[key] != english, key
    assert (dutch["true"], dutch["false"]) == ("ja", "nee")
    assert dutch["pageSizeSelectorLabel"] == "Rijen per pagina:"
    assert grid_locale("en") == {}  # AG Grid's own English


def test_every_grid_is_built_in_its_page_language() -> None:
    for language in LANGUAGES:
        frame = data_grid("some-grid", language=language)
        grid = frame.children
        assert frame.className == "cn-grid-frame"  # language.js re-mounts grids inside it
        assert grid.dashGridOptions["localeText"] == grid_locale(language)
        assert grid.dashGridOptions["context"] == {"language": language}
    forged = data_grid("some-grid", language="xx").children
    assert forged.dashGridOptions["context"] == {"language": "nl"}


def test_component_texts_exist_in_both_languages() -> None:
    nl, en = chrome_texts("nl"), chrome_texts("en")
    assert set(nl) == set(en)
    assert nl["dropdown"]["select_all"] == "Alles kiezen"
    assert nl["dropdown"]["selected_count"] == "{num_selected} gekozen"
    assert en["dropdown"]["selected_count"] == "{num_selected} selected"
    assert nl["placeholders"]["date"] == "Kies een datum"
    assert nl["plotly"]["format"]["decimal"] == "," and nl["plotly"]["format"]["thousands"] == "."
    assert nl["plotly"]["dictionary"]["Zoom in"] == "Inzoomen"
    assert en["plotly"]["format"]["decimal"] == "."


def test_fixed_aria_labels_translate_back_and_forth() -> None:
    nl, en = aria_labels("nl"), aria_labels("en")
    for english in DCC_ARIA:
        dutch = nl[english]
        assert dutch != english
        assert en[dutch] == english  # a page switched back to English says it again


def test_grid_figures_use_the_page_decimal_style() -> None:
    column = number_column()
    assert column["valueFormatter"] == {"function": "collabnetNumber(params.value, 3)"}
    assert column["filterParams"]["numberParser"] == {"function": "collabnetParseNumber(text)"}


@pytest.mark.parametrize("directed", [False, True])
def test_dashboard_actor_table_headers_are_dutch(directed: bool) -> None:
    dutch = {c["field"]: c["headerName"] for c in node_columns("nl", directed)}
    english = {c["field"]: c["headerName"] for c in node_columns("en", directed)}
    for field in dutch:
        if field in ("type", "strength") or field == "rank" and dutch[field] == "Rang":
            continue
        assert dutch[field] != english[field], field
    assert dutch["betweenness"] == "Makelaarsrol (betweenness)"
    assert dutch["degree"] == "Partners (degree)"
    numeric = [c for c in node_columns("nl", directed) if c.get("type") == "numericColumn"]
    assert numeric and all("valueFormatter" in c for c in numeric)


def _upload(url: str, tmp_path, language: str) -> list[dict[str, str]]:
    engine = make_engine(url)
    try:
        outcome = flow.run_import(
            engine,
            LOCAL_USER,
            ["data:text/csv;base64," + base64.b64encode(BAD_ACTORS.encode()).decode()],
            ["actors.csv"],
            dry_run=True,
            language=language,
            max_bytes=1_000_000,
        )
    finally:
        engine.dispose()
    return outcome.errors


def test_import_errors_speak_dutch_on_a_dutch_page(sqlite_url: str, tmp_path) -> None:
    errors = {e["column"]: e for e in _upload(sqlite_url, tmp_path, "nl")}
    assert errors["id"]["reason"] == "dubbele id (ook op actors.csv rij 2)"
    assert "--add-themes" not in errors["expertise"]["reason"]
    assert "Onbekende thema's aan het codeboek toevoegen" in errors["expertise"]["reason"]
    typo = errors["type"]
    assert typo["reason"] == "onbekende waarde voor deze kolom"
    assert typo["suggestion"] == "school"
    accepted = typo["accepted"].split(", ")
    assert "schoolbestuur" in accepted and "school_board" not in accepted
    assert all("_" not in value for value in accepted)


def test_import_errors_speak_english_on_an_english_page(sqlite_url: str, tmp_path) -> None:
    errors = {e["column"]: e for e in _upload(sqlite_url, tmp_path, "en")}
    assert errors["id"]["reason"] == "duplicate id (also on actors.csv row 2)"
    assert "Add unknown themes to the codebook" in errors["expertise"]["reason"]
    assert "school board" in errors["type"]["accepted"].split(", ")


def test_the_command_line_keeps_its_own_wording(sqlite_url: str, tmp_path) -> None:
    """The CLI has a flag, not a checkbox: its message still names --add-themes."""
    path = tmp_path / "actors.csv"
    path.write_text(BAD_ACTORS, encoding="utf-8")
    engine = make_engine(sqlite_url)
    try:
        with pytest.raises(ImportFailed) as failed:
            import_files(engine, [path], dry_run=True)
    finally:
        engine.dispose()
    text = failed.value.summary("nl")
    assert "--add-themes" in text
    assert "actors.csv rij 2" in text and "row 2" not in text
    assert "actors.csv row 2" in failed.value.summary("en")


@pytest.mark.parametrize(
    ("value", "digits", "dutch", "english"),
    [
        (0.2512, None, "0,251", "0.251"),
        (0.5, 2, "0,50", "0.50"),
        (1234.5, 1, "1.234,5", "1,234.5"),
        (1234, None, "1.234", "1,234"),
        (12.345, None, "12,3", "12.3"),
    ],
)
def test_one_decimal_style_per_language(value, digits, dutch: str, english: str) -> None:
    assert number_text(value, "nl", digits) == dutch
    assert number_text(value, "en", digits) == english
    assert dashboard_number(0.25, "nl") == "0,250" and assessment_figure(0.5, "x", "nl") == "0,50"


def test_explorer_panel_says_yes_and_no_in_the_page_language() -> None:
    details = {
        "id": 40,
        "name": "Someone",
        "metrics": [
            {"metric": "articulation_point", "name": "scharnierpunt", "value": False,
             "explanation": "", "rank": None},
            {"metric": "betweenness", "name": "makelaarsrol", "value": 0.1802,
             "explanation": "", "rank": 2, "of": 196},
        ],
        "ties": [],
    }  # fmt: skip
    dutch = _text(node_details_component(details, "nl"))
    assert "scharnierpunt : nee" in dutch and "makelaarsrol : 0,18" in dutch
    assert "False" not in dutch
    english = _text(node_details_component(details, "en"))
    assert "scharnierpunt : no" in english and "makelaarsrol : 0.18" in english


def _text(component) -> str:
    """Every string inside a Dash component tree, one space between pieces."""
    if isinstance(component, str):
        return component
    if isinstance(component, (list, tuple)):
        return " ".join(_text(c) for c in component)
    children = getattr(component, "children", None)
    return "" if children is None else _text(children)
