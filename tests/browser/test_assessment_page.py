"""Filling in a checklist in headless Chromium, saving it, and seeing the chart."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from db.assessments import read_checklist_statements
from db.engine import make_engine
from db.queries import read_network
from tests.browser.expertise_demo import demo_app, demo_database
from tests.demo_database import read_records

UNASSESSED_SCHOOL = "S10"  # the demo has no checklist for this school


@pytest.fixture(scope="module")
def demo_url(sqlite_template, tmp_path_factory) -> str:
    return demo_database(sqlite_template, tmp_path_factory.mktemp("assessment"))


def _click(dash_duo, element) -> None:
    """Scroll to the element and click it the way a user's click arrives (DOM click)."""
    dash_duo.driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    dash_duo.driver.execute_script("arguments[0].click();", element)


def test_fill_in_save_and_see_the_chart(dash_duo, demo_url) -> None:
    dash_duo.start_server(demo_app(demo_url))
    dash_duo.wait_for_page(
        f"{dash_duo.server_url}/assessment?actor={UNASSESSED_SCHOOL}"
        "&checklist=learning_organisation&date=2026-01-15"
    )
    dash_duo.wait_for_element(".cn-statement", timeout=15)
    dash_duo.wait_for_contains_text("#assessment-alert", "nog niet ingevuld")
    statements = dash_duo.find_elements(".cn-statement")
    assert len(statements) == 18
    # score 1, 2, 3, 1, 2, 3 ... : every section mean is exactly 2
    for i, statement in enumerate(statements):
        labels = statement.find_elements(By.CSS_SELECTOR, "label")
        assert [label.text for label in labels] == [
            "nog in startfase",
            "gedeeltelijk ontwikkeld",
            "sterk ontwikkeld",
        ]
        _click(dash_duo, statement.find_elements(By.CSS_SELECTOR, "input")[i % 3])
    _click(dash_duo, dash_duo.find_element("#assessment-save"))
    dash_duo.wait_for_contains_text("#assessment-status", "18 scores opgeslagen", timeout=10)
    dash_duo.wait_for_element("#assessment-chart .barlayer .point", timeout=10)
    bars = dash_duo.driver.find_elements(By.CSS_SELECTOR, "#assessment-chart .barlayer .point")
    assert len(bars) == 3  # three sections, one date
    legend = dash_duo.find_element("#assessment-chart").text
    assert "Ondersteunende cultuur" in legend
    # what the chart shows is what the database holds
    engine = make_engine(demo_url)
    try:
        records = read_network(engine)
        codes = [
            s.code
            for s in read_checklist_statements(engine)
            if s.checklist == "learning_organisation"
        ]
    finally:
        engine.dispose()
    school = next(a for a in records.actors if a.key == UNASSESSED_SCHOOL)
    (saved,) = [a for a in records.assessments if a.actor_id == school.id]
    assert saved.assessed_on.isoformat() == "2026-01-15"
    assert dict(saved.scores) == {code: (i % 3) + 1 for i, code in enumerate(codes)}
    assert dash_duo.find_element(".cn-indicators").text
    assert dash_duo.get_logs() == []


def _scores_of(url: str, key: str, on: str) -> dict[str, int] | None:
    records = read_records(url)
    actor = next(a for a in records.actors if a.key == key)
    found = [
        a for a in records.assessments if a.actor_id == actor.id and a.assessed_on.isoformat() == on
    ]
    return dict(found[0].scores) if found else None


def test_a_partial_save_asks_first_and_then_says_it_is_partial(dash_duo, demo_url) -> None:
    dash_duo.start_server(demo_app(demo_url))
    dash_duo.wait_for_page(
        f"{dash_duo.server_url}/assessment?actor={UNASSESSED_SCHOOL}"
        "&checklist=learning_organisation&date=2026-02-01"
    )
    dash_duo.wait_for_element(".cn-statement", timeout=15)
    partial_button = dash_duo.find_element("#assessment-save-partial")
    assert not partial_button.is_displayed()
    first = dash_duo.find_elements(".cn-statement")[0]
    _click(dash_duo, first.find_elements(By.CSS_SELECTOR, "input")[1])
    _click(dash_duo, dash_duo.find_element("#assessment-save"))
    dash_duo.wait_for_contains_text(
        "#assessment-status", "17 van de 18 uitspraken hebben nog geen score", timeout=10
    )
    assert "alert-warning" in dash_duo.find_element("#assessment-status").get_attribute("class")
    assert _scores_of(demo_url, UNASSESSED_SCHOOL, "2026-02-01") is None
    partial_button = dash_duo.find_element("#assessment-save-partial")
    assert partial_button.is_displayed() and partial_button.text == "Toch gedeeltelijk opslaan"
    _click(dash_duo, partial_button)
    dash_duo.wait_for_contains_text(
        "#assessment-status", "Gedeeltelijk opgeslagen: 1 van de 18 uitspraken", timeout=10
    )
    assert "17 ontbreken nog" in dash_duo.find_element("#assessment-status").text
    assert _scores_of(demo_url, UNASSESSED_SCHOOL, "2026-02-01") == {"lo_sc_1": 2}
    assert not dash_duo.find_element("#assessment-save-partial").is_displayed()
    assert dash_duo.get_logs() == []


def test_the_chosen_school_is_in_the_comparison(dash_duo, demo_url) -> None:
    names = {a.key: a.name for a in read_records(demo_url).actors}
    dash_duo.start_server(demo_app(demo_url))
    dash_duo.wait_for_page(
        f"{dash_duo.server_url}/assessment?actor=S06&checklist=learning_organisation"
    )
    dash_duo.wait_for_element("#assessment-chart .barlayer .point", timeout=15)
    _click(dash_duo, dash_duo.find_element("#assessment-compare"))
    search = dash_duo.wait_for_element(".dash-dropdown-content input", timeout=5)
    search.send_keys(names["S07"])  # long lists render only what fits: narrow first
    option = dash_duo.wait_for_element("[role=option]", timeout=5)
    assert option.text.startswith(names["S07"])
    _click(dash_duo, option)
    dash_duo.wait_for_contains_text("#assessment-compare-chart", names["S07"], timeout=10)
    legend = [
        e.text
        for e in dash_duo.driver.find_elements(
            By.CSS_SELECTOR, "#assessment-compare-chart .legendtext"
        )
    ]
    assert legend == [f"{names['S06']} (2025-03-03, deze school)", f"{names['S07']} (2025-03-17)"]
    bars = dash_duo.driver.find_elements(
        By.CSS_SELECTOR, "#assessment-compare-chart .barlayer .point"
    )
    assert len(bars) == 6  # three sections for each of the two schools
    assert dash_duo.get_logs() == []


@pytest.mark.parametrize(
    ("language", "value", "sentence", "not_said"),
    [
        ("nl", "geen samenwerkingen", "staat los van het netwerk", "hangt niet aan één actor"),
        ("en", "no collaborations", "stands apart from the network", "does not hang on one"),
    ],
)
def test_an_isolated_school_is_told_so_in_its_own_sentence(
    dash_duo, demo_url, language, value, sentence, not_said
) -> None:
    dash_duo.start_server(demo_app(demo_url, language=language))
    dash_duo.wait_for_page(
        f"{dash_duo.server_url}/assessment?actor=S06&checklist=learning_organisation"
    )
    dash_duo.wait_for_text_to_equal(".cn-ind-degree_centralisation", value, timeout=15)
    table = dash_duo.find_element(".cn-indicators").text
    assert sentence in table and not_said not in table
    assert "0,00" not in dash_duo.find_element(".cn-ind-degree_centralisation").text
    assert dash_duo.get_logs() == []
