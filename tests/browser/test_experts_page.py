"""The expert finder in headless Chromium on the demo: the planted expert and her path."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.wait import WebDriverWait

from seeds.demo import DEMO_ASKER, DEMO_BEST_EXPERT, DEMO_INTRODUCTION_PATH, DEMO_QUESTION_THEME
from tests.browser.expertise_demo import demo_app, demo_database


@pytest.fixture(scope="module")
def demo_url(sqlite_template, tmp_path_factory) -> str:
    return demo_database(sqlite_template, tmp_path_factory.mktemp("experts"))


def _names(url: str) -> dict[str, str]:
    from db.engine import make_engine
    from db.queries import read_network

    engine = make_engine(url)
    try:
        return {a.key: a.name for a in read_network(engine).actors}
    finally:
        engine.dispose()


def test_search_the_demo_question_shows_the_planted_expert_and_path(dash_duo, demo_url) -> None:
    names = _names(demo_url)
    dash_duo.start_server(demo_app(demo_url))
    dash_duo.wait_for_page(
        f"{dash_duo.server_url}/experts?themes={DEMO_QUESTION_THEME}&asker={DEMO_ASKER}"
        "&kinds=person"
    )
    dash_duo.wait_for_element(".cn-candidate", timeout=15)
    first = dash_duo.find_elements(".cn-candidate")[0]
    assert first.find_element(By.CSS_SELECTOR, ".cn-candidate-name").text == names[DEMO_BEST_EXPERT]
    path_text = first.find_element(By.CSS_SELECTOR, ".cn-path-text").text
    positions = [path_text.index(names[key]) for key in DEMO_INTRODUCTION_PATH]
    assert positions == sorted(positions), path_text
    assert "werkt samen met" in path_text
    # the picture is drawn (a Cytoscape canvas inside the card)
    assert first.find_elements(By.CSS_SELECTOR, "canvas")
    assert dash_duo.get_logs() == []


def test_choosing_in_the_form_updates_results_and_url(dash_duo, demo_url) -> None:
    names = _names(demo_url)
    dash_duo.start_server(demo_app(demo_url))
    dash_duo.wait_for_page(f"{dash_duo.server_url}/experts?asker={DEMO_ASKER}&kinds=person")
    dash_duo.wait_for_text_to_equal("#experts-alert", "Kies een thema of typ een vraag.")
    dash_duo.select_dcc_dropdown("#experts-themes", index=None, value="dyslexieprotocol")
    dash_duo.wait_for_element(".cn-candidate", timeout=15)
    dash_duo.wait_for_text_to_equal(".cn-candidate-name", names[DEMO_BEST_EXPERT])
    WebDriverWait(dash_duo.driver, 5).until(lambda d: "themes=dyslexia" in d.current_url)
    assert f"asker={DEMO_ASKER}" in dash_duo.driver.current_url
