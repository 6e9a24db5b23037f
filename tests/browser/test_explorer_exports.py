"""Exports and reset of the explorer in headless Chromium: real files land on disk."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pandas as pd
from selenium.webdriver.common.by import By

from app.i18n import t
from app.main import create_app
from app.presenters import explorer_view as ev
from app.presenters.view_export import STEM
from app.settings import Settings
from db.engine import make_engine
from db.queries import read_network
from graph.filters import NetworkFilter, network_for


def _wait_file(directory: Path, name: str, timeout: float = 30) -> Path:
    path = directory / name
    deadline = time.time() + timeout
    while time.time() < deadline:
        if path.exists() and path.stat().st_size > 0 and not list(directory.glob("*.crdownload")):
            return path
        time.sleep(0.2)
    raise AssertionError(f"{name} was not downloaded; found {sorted(directory.iterdir())}")


def _export(dash_duo, fmt: str) -> None:
    dash_duo.find_element("#explorer-export-menu button").click()
    dash_duo.wait_for_element(f"#explorer-export-{fmt}", timeout=10).click()


def test_exports_and_reset(dash_duo, demo_url: str) -> None:
    engine = make_engine(demo_url)
    try:
        records = read_network(engine)
    finally:
        engine.dispose()
    flt = NetworkFilter(themes=("ict",), hide_isolates=True)
    G = network_for(records, flt, "organisation")
    ev.clear_caches()
    app = create_app(Settings(database_url=demo_url, secret_key="test", language="nl"))
    dash_duo.start_server(app)
    dash_duo.wait_for_page(
        url=f"{dash_duo.server_url}/explorer?level=organisation&theme=ict&hide_isolates=1",
        timeout=30,
    )
    counts = t("explorer.counts", "nl", nodes=G.number_of_nodes(), ties=G.number_of_edges())
    dash_duo.wait_for_text_to_equal("#explorer-counts", counts, timeout=30)
    downloads = Path(dash_duo.download_path)

    _export(dash_duo, "csv")
    with zipfile.ZipFile(_wait_file(downloads, f"{STEM}.zip")) as archive:
        nodes = pd.read_csv(io.BytesIO(archive.read(f"{STEM}.nodes.csv")))
        sentence = archive.read("README.txt").decode("utf-8").strip()
    assert set(nodes["id"]) == set(G)
    assert sentence == dash_duo.find_element("#explorer-sentence").text

    _export(dash_duo, "xlsx")
    book = openpyxl.load_workbook(_wait_file(downloads, f"{STEM}.xlsx"), read_only=True)
    assert "metrics" in book.sheetnames and "provenance" in book.sheetnames

    _export(dash_duo, "svg")
    svg = ElementTree.parse(_wait_file(downloads, f"{STEM}.svg")).getroot()
    assert len(svg.findall("{http://www.w3.org/2000/svg}g")) == G.number_of_nodes()

    _export(dash_duo, "png")
    png = _wait_file(downloads, f"{STEM}.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    # reset: back to the whole partnership at person level, and the URL says so
    dash_duo.find_element("#explorer-reset").click()
    everything = network_for(records, NetworkFilter(), "person")
    expected = t(
        "explorer.counts",
        "nl",
        nodes=everything.number_of_nodes(),
        ties=everything.number_of_edges(),
    )
    dash_duo.wait_for_text_to_equal("#explorer-counts", expected, timeout=20)
    assert dash_duo.driver.current_url.rstrip("/").endswith("/explorer")
    assert not dash_duo.driver.find_elements(By.CSS_SELECTOR, "#explorer-alert.show")
    assert [e for e in dash_duo.get_logs() if e.get("level") == "SEVERE"] == []
