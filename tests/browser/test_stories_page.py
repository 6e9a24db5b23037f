"""The stories page in headless Chromium on the demo: filter by theme via the URL."""

from __future__ import annotations

import pytest

from tests.browser.expertise_demo import demo_app, demo_database


@pytest.fixture(scope="module")
def demo_url(sqlite_template, tmp_path_factory) -> str:
    return demo_database(sqlite_template, tmp_path_factory.mktemp("stories"))


def test_stories_filtered_by_theme_and_level(dash_duo, demo_url) -> None:
    from db.engine import make_engine
    from db.queries import read_network

    engine = make_engine(demo_url)
    try:
        stories = read_network(engine).stories
    finally:
        engine.dispose()
    expected = [s for s in stories if "dyslexia" in s.themes]
    assert expected, "the demo has a story on its planted dyslexia question"
    dash_duo.start_server(demo_app(demo_url))
    dash_duo.wait_for_page(f"{dash_duo.server_url}/stories?theme=dyslexia")
    dash_duo.wait_for_text_to_equal("#stories-count", f"{len(expected)} verhalen", timeout=15)
    cards = dash_duo.find_elements(".cn-story")
    assert sorted(c.text.splitlines()[0] for c in cards) == sorted(s.title for s in expected)
    assert all("dyslexieprotocol" in c.text for c in cards)
    assert dash_duo.get_logs() == []
