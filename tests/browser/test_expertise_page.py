"""The expertise map in headless Chromium on the demo: the planted gaps are named."""

from __future__ import annotations

import html

import pytest
from selenium.webdriver.common.by import By

from db.codebook import load_default_codebook
from seeds.demo import NO_SUPPLY_THEMES, SINGLE_SUPPLY_THEME, UNCONNECTED_THEME
from tests.browser.expertise_demo import demo_app, demo_database


@pytest.fixture(scope="module")
def demo_url(sqlite_template, tmp_path_factory) -> str:
    return demo_database(sqlite_template, tmp_path_factory.mktemp("expertise"))


def _theme_label(code: str, language: str) -> str:
    entries, _ = load_default_codebook()
    entry = next(e for e in entries if e["category"] == "theme" and e["code"] == code)
    return entry[f"label_{language}"]


def test_the_planted_gaps_are_named_in_words(dash_duo, demo_url) -> None:
    dash_duo.start_server(demo_app(demo_url))
    dash_duo.wait_for_page(f"{dash_duo.server_url}/expertise")
    dash_duo.wait_for_element(".cn-gap-no_supply", timeout=15)
    no_supply = dash_duo.find_element(".cn-gap-no_supply").text
    citizenship = _theme_label(NO_SUPPLY_THEMES[0], "nl")
    assert no_supply.startswith(f"Er is vraag naar {citizenship}")
    assert no_supply.endswith("maar niemand in het partnerschap noemt het als expertise.")
    single = dash_duo.find_element(".cn-gap-single_supplier").text
    assert _theme_label(SINGLE_SUPPLY_THEME, "nl") in single
    unconnected = dash_duo.find_element(".cn-gap-unconnected").text
    assert _theme_label(UNCONNECTED_THEME, "nl") in unconnected
    # the heatmap is drawn with one row per theme that has supply or demand
    dash_duo.wait_for_element("#expertise-heatmap .heatmaplayer", timeout=15)
    rows = dash_duo.driver.find_elements(By.CSS_SELECTOR, "#expertise-heatmap .ytick")
    assert any(r.text == citizenship for r in rows)
    assert dash_duo.find_elements(".cn-meet-item")
    assert dash_duo.get_logs() == []


def test_english_via_the_language_switch(dash_duo, demo_url) -> None:
    dash_duo.start_server(demo_app(demo_url))
    dash_duo.wait_for_page(f"{dash_duo.server_url}/expertise?lang=en")
    citizenship = _theme_label(NO_SUPPLY_THEMES[0], "en")
    dash_duo.wait_for_contains_text(
        ".cn-gap-no_supply", f"There is demand for {citizenship}", timeout=15
    )
    dash_duo.wait_for_text_to_equal("#expertise-title", "Expertise in view")


def test_changing_the_unit_redraws_and_is_bookmarkable(dash_duo, demo_url) -> None:
    from selenium.webdriver.support.wait import WebDriverWait

    dash_duo.start_server(demo_app(demo_url))
    dash_duo.wait_for_page(f"{dash_duo.server_url}/expertise")
    dash_duo.wait_for_element("#expertise-heatmap .heatmaplayer", timeout=15)
    radio = dash_duo.driver.find_element(By.CSS_SELECTOR, "#expertise-unit input[value='region']")
    dash_duo.driver.execute_script("arguments[0].click();", radio)
    dash_duo.wait_for_text_to_equal("#expertise-scope", "Het hele partnerschap, per regio.")
    WebDriverWait(dash_duo.driver, 5).until(lambda d: "unit=region" in d.current_url)
    columns = {
        t.text for t in dash_duo.driver.find_elements(By.CSS_SELECTOR, "#expertise-heatmap .xtick")
    }
    assert {"Veenhoven", "Lindeburg", "Kromwijk", "Zandmere"} <= columns


TICKS_JS = """
const box = (e) => { const r = e.getBoundingClientRect();
  return {text: e.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
const graph = document.querySelector('#expertise-heatmap .main-svg');
const scroller = document.querySelector('.cn-heatmap-scroll');
return {
  x: [...document.querySelectorAll('#expertise-heatmap .xtick text')].map(box),
  y: [...document.querySelectorAll('#expertise-heatmap .ytick text')].map(box),
  svg: graph ? box(graph) : null,
  scroll: scroller ? [scroller.scrollWidth, scroller.clientWidth] : null,
};
"""


@pytest.mark.parametrize("unit", ["person", "organisation", "sector", "region"])
def test_every_heatmap_column_is_named_without_overlap(dash_duo, demo_url, unit) -> None:
    """20 of 39 organisations and 32 of 192 persons had a name: every column has one,
    drawn apart from its neighbours and inside the chart (which scrolls sideways)."""
    from selenium.webdriver.support.wait import WebDriverWait

    from app.presenters import expertise as presenter
    from app.viewer import LOCAL_USER
    from tests.demo_database import read_records

    records = read_records(demo_url)
    form = presenter.form_from_inputs(records, unit, None, None, None)
    expected = presenter.build_view(records, LOCAL_USER, form, "nl")
    columns = sorted(set(expected.table["unit"]), key=str.casefold)
    themes = expected.figure["data"][0]["y"]
    dash_duo.start_server(demo_app(demo_url))
    dash_duo.wait_for_page(f"{dash_duo.server_url}/expertise?unit={unit}")
    dash_duo.wait_for_element("#expertise-heatmap .heatmaplayer", timeout=15)
    ticks = WebDriverWait(dash_duo.driver, 15).until(
        lambda d: (lambda r: r if len(r["x"]) == len(columns) else None)(
            d.execute_script(TICKS_JS)
        ),
        message=f"{unit}: expected {len(columns)} column names",
    )
    assert sorted(x["text"] for x in ticks["x"]) == sorted(columns)
    assert sorted(y["text"] for y in ticks["y"]) == sorted(html.unescape(y) for y in themes)
    for axis in ("x", "y"):
        boxes = sorted(ticks[axis], key=lambda b: b["left"] if axis == "x" else b["top"])
        for one, two in zip(boxes, boxes[1:], strict=False):
            if axis == "x":
                assert two["left"] >= one["right"] - 0.5, (one, two)
            else:
                assert two["top"] >= one["bottom"] - 0.5, (one, two)
    svg = ticks["svg"]
    for b in ticks["x"] + ticks["y"]:  # not cut off by the chart's own edges
        assert svg["left"] - 0.5 <= b["left"] and b["right"] <= svg["right"] + 0.5, b
        assert svg["top"] - 0.5 <= b["top"] and b["bottom"] <= svg["bottom"] + 0.5, b
    scroll_width, client_width = ticks["scroll"]
    assert scroll_width >= svg["right"] - svg["left"] - 1  # the scroller reaches every name
    if unit == "person":
        assert scroll_width > client_width  # 192 names: the chart scrolls sideways
    assert dash_duo.get_logs() == []
