"""Accounts in headless Chromium on the demo: login, rate limit, roles, logout, CSP.

Local mode is covered by every other browser test (they run without accounts and
assert a clean console under the same security headers); here it is the navbar text.
"""

from __future__ import annotations

import time

from selenium.webdriver.common.by import By

from app.i18n import t
from app.main import create_app
from app.navigation import NAV_ENTRIES
from app.settings import Settings
from tests.browser.accounts_demo import PASSWORDS, account_settings, add_accounts
from tests.browser.test_explorer_page import _wait

CY_NODES_JS = """
const el = document.getElementById('explorer-graph');
return el && el._cyreg && el._cyreg.cy ? el._cyreg.cy.nodes().length : -1;
"""


def _path(dash_duo) -> str:
    return dash_duo.driver.current_url.removeprefix(dash_duo.server.url)


def _login(dash_duo, name: str, password: str) -> None:
    driver = dash_duo.driver
    field = _wait(dash_duo, lambda: driver.find_elements(By.ID, "login-name"))[0]
    field.clear()
    field.send_keys(name)
    driver.find_element(By.ID, "login-password").send_keys(password)
    driver.execute_script("window.cnOldPage = true")
    driver.find_element(By.ID, "login-submit").click()
    # the form posts and a new document loads: wait for it, so no attempt overtakes another
    _wait(dash_duo, lambda: driver.execute_script("return window.cnOldPage === undefined"))


def _text(dash_duo, element_id: str) -> str:
    found = _wait(dash_duo, lambda: dash_duo.driver.find_elements(By.ID, element_id))
    return found[0].text


def _shows(dash_duo, element_id: str, expected: str) -> bool:
    """Wait until ``element_id`` shows ``expected`` (the page may still be the old one)."""

    def now() -> bool:
        found = dash_duo.driver.find_elements(By.ID, element_id)
        return bool(found) and found[0].text == expected

    return _wait(dash_duo, now)


def _start(dash_duo, demo_url: str):
    add_accounts(demo_url)
    dash_duo.start_server(create_app(account_settings(demo_url)), navigate=False)


def test_login_is_required_and_leads_to_the_drawn_explorer(dash_duo, demo_url: str) -> None:
    _start(dash_duo, demo_url)
    dash_duo.driver.get(dash_duo.server.url + "/explorer")
    _wait(dash_duo, lambda: _path(dash_duo).startswith("/login"))
    assert _path(dash_duo) == "/login?next=%2Fexplorer"
    assert _shows(dash_duo, "login-title", t("login.title", "nl"))

    _login(dash_duo, "ada", "not-her-password")
    assert _shows(dash_duo, "login-error", t("login.failed", "nl"))
    _login(dash_duo, "ada", PASSWORDS["ada"][1])
    _wait(dash_duo, lambda: _path(dash_duo) == "/explorer")
    _wait(dash_duo, lambda: dash_duo.driver.execute_script(CY_NODES_JS) > 0)
    role = t("account.role.admin", "nl")
    assert _shows(dash_duo, "cn-account-name", f"ada ({role})")

    dash_duo.find_element("#cn-logout").click()
    _wait(dash_duo, lambda: _path(dash_duo).startswith("/login"))
    assert _shows(dash_duo, "login-notice", t("login.logged_out", "nl"))
    dash_duo.driver.get(dash_duo.server.url + "/actors")
    _wait(dash_duo, lambda: _path(dash_duo) == "/login?next=%2Factors")
    # the wrong password was answered 401, which Chromium logs; nothing else may be there
    refused = "/login - Failed to load resource: the server responded with a status of 401"
    assert [e for e in dash_duo.get_logs() if refused not in e["message"]] == []


def test_failed_logins_are_rate_limited(dash_duo, demo_url: str) -> None:
    _start(dash_duo, demo_url)
    dash_duo.driver.get(dash_duo.server.url + "/login?lang=en")
    for _attempt in range(5):
        _login(dash_duo, "vic", "wrong-password-guess")
        assert _shows(dash_duo, "login-error", t("login.failed", "en"))
    _login(dash_duo, "vic", "wrong-password-guess")
    assert _shows(dash_duo, "login-error", t("login.too_many", "en"))
    # even the right password waits out the limit: the counter is per name too
    _login(dash_duo, "vic", PASSWORDS["vic"][1])
    assert _shows(dash_duo, "login-error", t("login.too_many", "en"))
    assert _path(dash_duo).startswith("/login")


def test_every_page_works_under_the_csp_for_an_admin(dash_duo, demo_url: str) -> None:
    """No console error (a CSP violation is one) on any navbar page, logged in."""
    _start(dash_duo, demo_url)
    dash_duo.driver.get(dash_duo.server.url + "/login")
    _login(dash_duo, "ada", PASSWORDS["ada"][1])
    _wait(dash_duo, lambda: _path(dash_duo) == "/explorer")
    for entry in NAV_ENTRIES:
        dash_duo.driver.get(dash_duo.server.url + entry.path)
        _wait(dash_duo, lambda: dash_duo.driver.find_elements(By.ID, "cn-account-name"))
        _wait(dash_duo, lambda: "ada" in _text(dash_duo, "cn-account-name"))
        time.sleep(0.5)  # let late resources (grids, charts) load and report
        assert dash_duo.get_logs() == [], entry.path


def test_a_viewer_is_refused_the_import_page_an_admin_is_not(dash_duo, demo_url: str) -> None:
    _start(dash_duo, demo_url)
    driver = dash_duo.driver
    driver.get(dash_duo.server.url + "/import")
    _login(dash_duo, "vic", PASSWORDS["vic"][1])
    _wait(dash_duo, lambda: _path(dash_duo) == "/import")
    assert _shows(dash_duo, "refused-title", t("refused.title", "nl"))
    assert not driver.find_elements(By.ID, "import-upload")
    driver.get(dash_duo.server.url + "/explorer")
    _wait(dash_duo, lambda: dash_duo.driver.execute_script(CY_NODES_JS) > 0)  # may view
    dash_duo.find_element("#cn-logout").click()
    _wait(dash_duo, lambda: _path(dash_duo).startswith("/login"))

    driver.get(dash_duo.server.url + "/login?next=/import")
    _login(dash_duo, "ada", PASSWORDS["ada"][1])
    _wait(dash_duo, lambda: _path(dash_duo) == "/import")
    _wait(dash_duo, lambda: driver.find_elements(By.ID, "import-upload"))
    assert not driver.find_elements(By.ID, "refused-title")


def test_local_mode_says_so_in_the_navbar(dash_duo, demo_url: str) -> None:
    dash_duo.start_server(create_app(Settings(database_url=demo_url)))
    dash_duo.driver.get(dash_duo.server.url + "/actors")
    assert _shows(dash_duo, "cn-account-mode", "lokale modus (één gebruiker, geen accounts)")
    assert not dash_duo.driver.find_elements(By.ID, "cn-logout")
    assert dash_duo.get_logs() == []
