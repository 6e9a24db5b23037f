"""Filling in a checklist in headless Chromium, saving it, and seeing the chart."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from db.assessments import read_checklist_statements
from db.engine import make_engine
from db.queries import read_network
from tests.browser.expertise_demo import demo_app, demo_database

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
