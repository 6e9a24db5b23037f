"""Every page speaks one language: no English on a Dutch page, no Dutch on an English one.

Each test loads one page of the demo in one language, opens what a user opens (a grid's
column filter, a dropdown, the date picker; on the import page an upload with errors)
and reads everything a user can see or hear: the page text plus placeholders, titles
and aria-labels. It fails on words of the other language from a curated list: words
the grid, dropdown, date picker and chart chrome would show untranslated, and words
our own texts once leaked (CLI flags, file names, English codes, decimal style). The
lists avoid words that also occur in the demo's names and Dutch story texts.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from seeds.demo import DEMO_ASKER, DEMO_QUESTION_THEME
from tests.browser.expertise_demo import demo_app, demo_database

ORGANISATION = 1  # Basisschool De Veenpluim: an actor page that is quick to draw
PERSON = 40  # selected in the explorer: its panel shows figures and yes/no metrics

# page -> (path, CSS selector that shows the page's content has arrived)
PAGES: dict[str, tuple[str, str]] = {
    "actors": ("/actors", ".ag-row"),
    "ties": ("/ties", ".ag-row"),
    "actor": (f"/actor/{ORGANISATION}", "h1, h2, h3"),
    "explorer": (f"/explorer?actor={PERSON}", "#explorer-details-name"),
    "dashboard": ("/dashboard", ".ag-row"),
    "expertise": ("/expertise", ".js-plotly-plot"),
    # a question with results: the cards show scores (decimal style)
    "experts": (
        f"/experts?themes={DEMO_QUESTION_THEME}&asker={DEMO_ASKER}",
        ".cn-candidate-name",
    ),
    "assessment": ("/assessment", ".dash-datepicker-input-wrapper"),
    "stories": ("/stories", ".dash-dropdown"),
    "import": ("/import", "input[type=file]"),
}

# English that must not appear on a Dutch page (case-sensitive, whole words).
ENGLISH = [
    r"\bSearch",
    r"\bSelect\b",
    r"\bselected\b",
    r"\bDeselect\b",
    r"\bPage\b",
    r"\d+ to \d+ of \d+",
    r"\bFalse\b",
    r"\bTrue\b",
    r"\brows?\b",
    r"\bDate\b",
    r"\ballowed\b",
    r"\baccepted\b",
    r"\bNo Rows\b",
    r"\bLoading\b",
    r"\bContains\b",
    r"\bEquals\b",
    r"\bFilter (Input|Value|Menu)\b",
    r"\b(Previous|Next) month\b",
    r"\bClear date\b",
    r"\bDownload plot\b",
    r"\bZoom (in|out)\b",
    r"\bAutoscale\b",
    r"\bReset axes\b",
    r"\b(Decrease|Increase) value\b",
    r"\bNo options\b",
    r"\bdid you mean\b",
    r"\bDegree\b(?!-)",  # "Degree-assortativiteit" is the Dutch term
    r"\bBetweenness\b",
    r"\bCloseness\b",
    r"\bPlay\b",
    r"\bPause\b",
]
# Dutch that must not appear on an English page.
DUTCH = [
    r"\b[Zz]oek(en)?\b",
    r"\b[Kk]ies\b",
    r"\bgeselecteerd\b",
    r"\b[Pp]agina\b",
    r"\b[Rr]ij(en)?\b",
    r"\bja\b",
    r"\bnee\b",
    r"\b[Dd]atum\b",
    r"\btoegesta(an|ane)\b",
    r"\bbijv\.",
    r"\bOnwaar\b",
    r"\bBevat\b",
    r"\b(Vorige|Volgende) maand\b",
    r"\bAlles selecteren\b",
    r"\bAfspelen\b",
    r"\bGeen (rijen|opties)\b",
]
# In neither language: what only a developer could act on.
# A snake_case word is a codebook code shown where its label belongs.
DEVELOPER = [
    r"(?<![\w-])--[a-z][a-z-]+",
    r"\bdocs/",
    r"\b[\w-]+\.md\b",
    r"\b[a-z]+_[a-z_]+\b",
]
# A decimal in the other language's style: 0.5 on a Dutch page, 0,5 on an English one.
WRONG_DECIMAL = {"nl": r"(?<![\d.,])0\.\d", "en": r"(?<![\d.,])0,\d"}

VISIBLE_TEXT_JS = """
const parts = [document.body.innerText];
for (const el of document.querySelectorAll('[placeholder], [title], [aria-label]')) {
  for (const name of ['placeholder', 'title', 'aria-label']) {
    const value = el.getAttribute(name);
    if (value) parts.push(value);
  }
}
return parts.join('\\n');
"""

BAD_ACTORS = (
    "id,name,type,sector,region,expertise\n"
    "S01,De Fictieve Eik,schol,po,Noord,onbestaand vak\n"
    "S01,Het Verzinsel,school,po,Zuid,\n"
)


@pytest.fixture(scope="module")
def demo_url(sqlite_template, tmp_path_factory) -> str:
    return demo_database(sqlite_template, tmp_path_factory.mktemp("language"))


def _open(driver, selector: str) -> bool:
    """Click the first visible element matching ``selector`` the way a user would."""
    for element in driver.find_elements(By.CSS_SELECTOR, selector):
        if element.is_displayed():
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
            driver.execute_script("arguments[0].click();", element)
            time.sleep(0.4)  # let the popup render
            return True
    return False


def _close(driver) -> None:
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
    time.sleep(0.2)


def _upload_bad_file(dash_duo, tmp_path: Path) -> None:
    path = tmp_path / "actors.csv"
    path.write_text(BAD_ACTORS, encoding="utf-8")
    dash_duo.find_element("#import-upload input[type=file]").send_keys(str(path))
    dash_duo.wait_for_element("#import-errors .ag-row", timeout=20)


def _everything_a_user_sees(dash_duo, page: str, tmp_path: Path) -> str:
    """The page's text after opening a filter, a dropdown and the date picker."""
    driver = dash_duo.driver
    if page == "import":
        _upload_bad_file(dash_duo, tmp_path)
    time.sleep(1.0)  # late callbacks (labels, charts) settle
    texts = [driver.execute_script(VISIBLE_TEXT_JS)]
    for opener in (
        ".ag-floating-filter-button-button",
        ".dash-dropdown",
        ".dash-datepicker-input-wrapper",
    ):
        if _open(driver, opener):
            texts.append(driver.execute_script(VISIBLE_TEXT_JS))
            _close(driver)
    return "\n".join(texts)


def _offending(text: str, patterns: list[str]) -> list[str]:
    found = []
    for pattern in patterns:
        for match in re.finditer(pattern, text):
            start, end = max(0, match.start() - 40), match.end() + 40
            found.append(f"{pattern!r}: ...{text[start:end]!r}...")
            break
    return found


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("page", list(PAGES))
def test_page_speaks_one_language(dash_duo, demo_url, tmp_path, page: str, language: str) -> None:
    path, ready = PAGES[page]
    # The server's default is the other language: the page must follow ?lang=.
    default = "en" if language == "nl" else "nl"
    dash_duo.start_server(demo_app(demo_url, language=default))
    separator = "&" if "?" in path else "?"
    dash_duo.wait_for_page(f"{dash_duo.server_url}{path}{separator}lang={language}", timeout=20)
    dash_duo.wait_for_element(ready, timeout=30)
    lang_attr = "html[lang='" + language + "']"
    dash_duo.wait_for_element(lang_attr, timeout=10)
    text = _everything_a_user_sees(dash_duo, page, tmp_path)
    assert len(text) > 200  # the page really rendered
    other = ENGLISH if language == "nl" else DUTCH
    problems = _offending(text, [*other, *DEVELOPER, WRONG_DECIMAL[language]])
    assert problems == [], f"{page} in {language}:\n" + "\n".join(problems)
