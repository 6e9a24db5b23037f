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


VERA = "P068"  # a starting MBO teacher: her colleagues are not reading experts


def _cards(dash_duo) -> list[tuple[str, list[str]]]:
    """(name, evidence sentences) of every candidate card, top first."""
    return [
        (
            card.find_element(By.CSS_SELECTOR, ".cn-candidate-name").text,
            [li.text for li in card.find_elements(By.CSS_SELECTOR, ".cn-evidence li")],
        )
        for card in dash_duo.find_elements(".cn-candidate")
    ]


def test_the_pages_own_example_finds_the_dyslexia_expert(dash_duo, demo_url) -> None:
    names = _names(demo_url)
    dash_duo.start_server(demo_app(demo_url))
    dash_duo.wait_for_page(
        f"{dash_duo.server_url}/experts?asker={VERA}"
        "&text=kinderen%20met%20leesproblemen%20in%20groep%203"
    )
    dash_duo.wait_for_element(".cn-candidate", timeout=15)
    dash_duo.wait_for_contains_text("#experts-understood", "Gezocht op: leesproblemen")
    assert "groep" in dash_duo.find_element("#experts-understood").text  # said to be ignored
    cards = _cards(dash_duo)
    assert cards[0][0] == names[DEMO_BEST_EXPERT]
    assert "Noemt dyslexieprotocol als expertise (niveau: expert)" in cards[0][1]
    for name, evidence in cards:
        assert evidence and len(evidence) == len(set(evidence)), (name, evidence)
    assert dash_duo.get_logs() == []


def test_typing_a_question_updates_the_ranking(dash_duo, demo_url) -> None:
    dash_duo.start_server(demo_app(demo_url))
    dash_duo.wait_for_page(f"{dash_duo.server_url}/experts?asker={VERA}&kinds=person")
    dash_duo.wait_for_text_to_equal("#experts-alert", "Kies een thema of typ een vraag.")
    box = dash_duo.find_element("#experts-text")
    box.send_keys("robotica lessen voor groep 8\n")
    dash_duo.wait_for_contains_text("#experts-understood", "robotica", timeout=15)
    dash_duo.wait_for_element(".cn-candidate", timeout=15)
    cards = _cards(dash_duo)
    assert len(cards) == 10
    for name, evidence in cards:
        assert any("nieuwe technologie en ICT" in e for e in evidence), (name, evidence)
        assert len(evidence) == len(set(evidence)), (name, evidence)
    WebDriverWait(dash_duo.driver, 5).until(lambda d: "text=robotica" in d.current_url)
    box.clear()
    box.send_keys("hoe kunnen we dat in groep 5 doen\n")
    dash_duo.wait_for_contains_text(
        "#experts-alert", "Je vraag bevat geen woorden waar expertise bij hoort", timeout=15
    )
    assert dash_duo.find_elements(".cn-candidate") == []
    assert dash_duo.get_logs() == []


def test_an_english_question_in_english(dash_duo, demo_url) -> None:
    names = _names(demo_url)
    dash_duo.start_server(demo_app(demo_url, language="en"))
    dash_duo.wait_for_page(
        f"{dash_duo.server_url}/experts?asker={VERA}&kinds=person&text=dyslexia%20in%20year%202"
    )
    dash_duo.wait_for_element(".cn-candidate", timeout=15)
    dash_duo.wait_for_contains_text("#experts-understood", "Searched for: dyslexia")
    cards = _cards(dash_duo)
    assert cards[0][0] == names[DEMO_BEST_EXPERT]
    assert "States dyslexia protocol as expertise (level: expert)" in cards[0][1]
    assert dash_duo.get_logs() == []
