"""The expertise map in headless Chromium on the demo: the planted gaps are named."""

from __future__ import annotations

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
