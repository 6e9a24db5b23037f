"""dash_duo on Debian's headless Chromium, always headless, never skipped.

dash[testing] builds Chrome options in ``Browser._get_chrome`` from whatever the
``pytest_setup_options`` hook returns and only adds ``--headless`` when pytest got
``--headless``. ``make test`` passes no such flag, so this conftest forces headless
mode and the flags Chromium needs in a container. A missing Chromium or chromedriver
is a test failure with a clear message, not a skip.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from selenium.webdriver.chrome.options import Options

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMEDRIVER = "chromedriver"
CHROME_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--window-size=1366,768",
    # No network beyond this machine: any request that is not to the test server goes
    # to a dead proxy and fails, so a CDN dependency shows up as a console error.
    "--proxy-server=http://127.0.0.1:9",
)


def chromium_binary() -> str:
    """The Chromium executable, or a failure that says how to install it."""
    for candidate in (*CHROMIUM_CANDIDATES, shutil.which("chromium") or ""):
        if candidate and Path(candidate).is_file():
            return candidate
    pytest.fail(
        "Chromium is not installed; browser tests need it. Run `make system-deps` "
        "(apt-get install chromium chromium-driver).",
        pytrace=False,
    )


def pytest_configure(config: pytest.Config) -> None:
    """Force dash[testing]'s headless mode (it then adds ``--headless`` and enables
    downloads through CDP) even when pytest was started without ``--headless``."""
    if hasattr(config.option, "headless"):
        config.option.headless = True


def pytest_setup_options() -> Options:
    options = Options()
    for arg in CHROME_ARGS:
        options.add_argument(arg)
    binary = next((c for c in CHROMIUM_CANDIDATES if Path(c).is_file()), None)
    if binary:
        options.binary_location = binary
    return options


@pytest.fixture(autouse=True)
def _require_chromium() -> None:
    """Fail (never skip) before dash_duo tries to start a browser that is not there."""
    chromium_binary()
    if shutil.which(CHROMEDRIVER) is None:
        pytest.fail(
            "chromedriver is not installed; run `make system-deps` "
            "(apt-get install chromium-driver).",
            pytrace=False,
        )


@pytest.fixture
def demo_url(sqlite_url: str) -> str:
    """A real migrated SQLite file with the demo partnership loaded through the importer."""
    from db.engine import make_engine
    from seeds.demo import seed_demo

    engine = make_engine(sqlite_url)
    try:
        seed_demo(engine, if_empty=True)
    finally:
        engine.dispose()
    return sqlite_url
