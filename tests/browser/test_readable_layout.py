"""Nothing clipped or cramped, checked on rendered boxes in headless Chromium (demo data).

The dashboard's degree chart clear of the chart toolbar, the explorer's tie details
inside their panel and one block per tie, the expert finder's path labels readable,
and the explorer's PNG export framed with its title and legend.
"""

from __future__ import annotations

import base64
import struct
import time
from pathlib import Path

from selenium.webdriver.support.wait import WebDriverWait

from app.i18n import t
from app.main import create_app
from app.presenters import explorer_view as ev
from app.presenters.legend import section_titles
from app.presenters.view_export import STEM, png_caption
from app.settings import Settings
from db.engine import make_engine
from db.queries import read_network
from graph.records import NetworkRecords


def _records(url: str) -> NetworkRecords:
    engine = make_engine(url)
    try:
        return read_network(engine)
    finally:
        engine.dispose()


def _start(dash_duo, url: str, path: str) -> None:
    ev.clear_caches()
    dash_duo.start_server(create_app(Settings(database_url=url, secret_key="test")))
    dash_duo.driver.set_script_timeout(30)
    dash_duo.wait_for_page(url=f"{dash_duo.server_url}{path}", timeout=30)


def _severe(dash_duo) -> list[dict]:
    return [e for e in dash_duo.get_logs() if e.get("level") == "SEVERE"]


def _png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, at = [], 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        chunks.append((data[at + 4 : at + 8], data[at + 8 : at + 8 + length]))
        at += 12 + length
    return chunks


def _wait_file(directory: Path, name: str, timeout: float = 30) -> Path:
    path = directory / name
    deadline = time.time() + timeout
    while time.time() < deadline:
        if path.exists() and path.stat().st_size > 0 and not list(directory.glob("*.crdownload")):
            return path
        time.sleep(0.2)
    raise AssertionError(f"{name} was not downloaded; found {sorted(directory.iterdir())}")


# The size of Cytoscape's own drawing (what the export used to be), at the export's scale.
DRAWING_SIZE_JS = """
const done = arguments[arguments.length - 1];
const cy = document.getElementById('explorer-graph')._cyreg.cy;
const img = new Image();
img.onload = () => done([img.width, img.height]);
img.src = cy.png({output: 'base64uri', full: true, scale: 2, bg: '#ffffff'});
"""
# Decode the downloaded file with the browser's own PNG decoder and look at its pixels:
# which of the given colours occur in the right-hand legend column, and how many dark
# (text) pixels the title band above the drawing has.
PIXELS_JS = """
const [uri, colours, legendWidth, titleBand] = Array.from(arguments).slice(0, 4);
const done = arguments[arguments.length - 1];
const img = new Image();
img.onload = () => {
  const c = document.createElement('canvas');
  c.width = img.width; c.height = img.height;
  const ctx = c.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const legend = ctx.getImageData(img.width - legendWidth, 0, legendWidth, img.height).data;
  const found = new Set();
  const wanted = colours.map(h => [1, 3, 5].map(i => parseInt(h.slice(i, i + 2), 16)));
  for (let i = 0; i < legend.length; i += 4) {
    wanted.forEach((w, k) => {
      if (w[0] === legend[i] && w[1] === legend[i + 1] && w[2] === legend[i + 2]) found.add(k);
    });
  }
  const band = ctx.getImageData(0, 0, img.width, titleBand).data;
  let dark = 0;
  for (let i = 0; i < band.length; i += 4) {
    if (band[i] < 90 && band[i + 1] < 90 && band[i + 2] < 90) dark++;
  }
  done({found: [...found].map(k => colours[k]), dark});
};
img.src = uri;
"""


def test_png_export_has_a_title_and_a_legend(dash_duo, demo_url: str) -> None:
    """The PNG was Cytoscape's bare drawing: no title, no legend."""
    records = _records(demo_url)
    view = ev.explorer_view(records, ev.parse_request("level=organisation"), None, "nl")
    caption = png_caption(view)
    colour_title = section_titles("type", "nl")["colour"]
    (colour_section,) = [s for s in caption["sections"] if s["title"] == colour_title]
    colours = sorted({e["swatch"]["colour"] for e in colour_section["entries"]})
    assert len(colours) >= 3
    _start(dash_duo, demo_url, "/explorer?level=organisation")
    counts = t("explorer.counts", "nl", nodes=view.nodes, ties=view.ties)
    dash_duo.wait_for_text_to_equal("#explorer-counts", counts, timeout=30)
    time.sleep(0.5)  # the first fit
    drawing = dash_duo.driver.execute_async_script(DRAWING_SIZE_JS)
    dash_duo.find_element("#explorer-export-menu button").click()
    dash_duo.wait_for_element("#explorer-export-png", timeout=10).click()
    data = _wait_file(Path(dash_duo.download_path), f"{STEM}.png").read_bytes()

    chunks = _png_chunks(data)
    width, height = struct.unpack(">II", chunks[0][1][:8])
    titles = [body for kind, body in chunks if kind == b"iTXt" and body.startswith(b"Title\0")]
    sentence = dash_duo.find_element("#explorer-sentence").text
    assert sentence == view.sentence
    # iTXt: keyword, NUL, compression flag and method (0, 0), language NUL, keyword NUL
    assert [b.split(b"\0", 5)[5].decode("utf-8") for b in titles] == [sentence]
    # the drawing, with a legend column beside it and a title band above it
    assert width >= drawing[0] + 2 * 300 and height > drawing[1] + 2 * 24
    uri = "data:image/png;base64," + base64.b64encode(data).decode("ascii")
    pixels = dash_duo.driver.execute_async_script(PIXELS_JS, uri, colours, 2 * 300, 2 * 40)
    assert sorted(pixels["found"]) == colours  # every colour of the legend is drawn
    assert pixels["dark"] > 200  # the title's text
    assert _severe(dash_duo) == []
