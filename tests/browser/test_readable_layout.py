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

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.support.wait import WebDriverWait

from app.i18n import t
from app.main import create_app
from app.presenters import explorer_view as ev
from app.presenters.legend import section_titles
from app.presenters.view_export import STEM, png_caption
from app.settings import Settings
from graph.filters import NetworkFilter, network_for
from seeds.demo import DEMO_ASKER, DEMO_QUESTION_THEME
from tests.browser.test_explorer_exports import _wait_file
from tests.demo_database import read_records


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
    records = read_records(demo_url)
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


BOX_JS = """
window.__box = (e) => { const r = e.getBoundingClientRect();
  return {cls: e.getAttribute('class'), text: e.textContent,
          left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
"""
CHART_JS = (
    BOX_JS
    + """
const g = document.getElementById(arguments[0]);
const bar = g.querySelector('.modebar');
return {modebar: bar ? window.__box(bar) : null,
        labels: [...g.querySelectorAll('.gtitle, .xtitle, .ytitle')].map(window.__box),
        xticks: [...g.querySelectorAll('.xtick text')].map(window.__box)};
"""
)


def _overlap(a: dict, b: dict) -> bool:
    return not (
        a["right"] <= b["left"] or b["right"] <= a["left"]
        or a["bottom"] <= b["top"] or b["bottom"] <= a["top"]
    )  # fmt: skip


def test_degree_chart_title_and_axes_clear_of_the_toolbar(dash_duo, demo_url: str) -> None:
    """The title sat under the chart toolbar and the 46 tick labels (0..45) ran together."""
    _start(dash_duo, demo_url, "/dashboard")
    dash_duo.wait_for_element("#dashboard-degree .xtick text", timeout=30)
    chart = dash_duo.find_element("#dashboard-degree")
    dash_duo.driver.execute_script("arguments[0].scrollIntoView()", chart)
    ActionChains(dash_duo.driver).move_to_element(chart).perform()  # the toolbar shows
    boxes = dash_duo.driver.execute_script(CHART_JS, "dashboard-degree")
    bar = boxes["modebar"]
    assert bar is not None and bar["right"] - bar["left"] > 100
    assert {b["cls"] for b in boxes["labels"]} == {"gtitle", "xtitle", "ytitle"}
    for label in boxes["labels"] + boxes["xticks"]:
        assert not _overlap(label, bar), (label, bar)
    ticks = sorted(boxes["xticks"], key=lambda b: b["left"])
    assert len(ticks) >= 5 and all(b["text"].isdigit() for b in ticks)
    for one, two in zip(ticks, ticks[1:], strict=False):
        assert two["left"] >= one["right"], (one, two)  # apart, and upright
        assert one["bottom"] - one["top"] < 2 * (one["right"] - one["left"]) + 20
    assert _severe(dash_duo) == []


PANEL_JS = (
    BOX_JS
    + """
const panel = document.querySelector('.cn-explorer-right');
const p = panel.getBoundingClientRect();
return {panel: {left: p.left, right: p.left + panel.clientWidth,
                scroll: panel.scrollWidth, client: panel.clientWidth},
        ties: [...panel.querySelectorAll('.cn-tie')].map(t => ({
          box: window.__box(t), border: parseFloat(getComputedStyle(t).borderTopWidth),
          title: (t.querySelector('.cn-tie-title') || {}).textContent || null,
          cells: [...t.querySelectorAll('th, td, table')].map(window.__box)}))};
"""
)
TAP_EDGE_JS = """
const cy = document.getElementById('explorer-graph')._cyreg.cy;
cy.edges().filter(e => (e.data('source') === arguments[0] && e.data('target') === arguments[1])
  || (e.data('source') === arguments[1] && e.data('target') === arguments[0]))[0].emit('tap');
"""


def test_tie_details_fit_their_panel_one_block_per_tie(dash_duo, demo_url: str) -> None:
    """An edge's ties ran off the panel's right edge and into each other."""
    records = read_records(demo_url)
    G = network_for(records, NetworkFilter(), "organisation")
    u, v = max(((u, v) for u, v in G.edges() if u != v), key=lambda e: len(G.edges[e]["tie_ids"]))
    tie_ids = G.edges[u, v]["tie_ids"]
    assert len(tie_ids) >= 2
    ties = {x.id: x for x in records.ties}
    actors = records.actor_by_id()
    _start(dash_duo, demo_url, "/explorer?level=organisation")
    WebDriverWait(dash_duo.driver, 30).until(
        lambda d: (
            d.execute_script(
                "const el = document.getElementById('explorer-graph');"
                "return el && el._cyreg && el._cyreg.cy ? el._cyreg.cy.edges().length : 0;"
            )
            > 0
        )
    )
    dash_duo.driver.execute_script(TAP_EDGE_JS, str(u), str(v))
    WebDriverWait(dash_duo.driver, 20).until(
        lambda d: len(d.find_elements("css selector", ".cn-explorer-right .cn-tie")) == len(tie_ids)
    )
    # each tie is folded until opened (its table drawn then): open them all
    for summary in dash_duo.find_elements(".cn-explorer-right .cn-tie summary"):
        summary.click()
    WebDriverWait(dash_duo.driver, 20).until(
        lambda d: (
            len(d.find_elements("css selector", ".cn-explorer-right .cn-tie[open] table"))
            == len(tie_ids)
        )
    )
    found = dash_duo.driver.execute_script(PANEL_JS)
    panel = found["panel"]
    assert panel["scroll"] <= panel["client"]  # nothing runs off to the right
    previous = None
    for number, (tie, tie_id) in enumerate(zip(found["ties"], tie_ids, strict=True), 1):
        for box in [tie["box"], *tie["cells"]]:
            assert panel["left"] - 0.5 <= box["left"] and box["right"] <= panel["right"] + 0.5
        # a block of its own: a rule above it, below the previous one, under its own title
        assert tie["border"] >= 1
        record = ties[tie_id]
        names = f"{actors[record.source].name}", f"{actors[record.target].name}"
        assert tie["title"] is not None and tie["title"].startswith(f"{number}. ")
        assert names[0] in tie["title"] and names[1] in tie["title"]
        if previous is not None:
            assert tie["box"]["top"] >= previous["bottom"]
        previous = tie["box"]
    assert _severe(dash_duo) == []


PICTURE_JS = """
return [...document.querySelectorAll('.cn-candidate')].map(card => {
  const el = [...card.querySelectorAll('div')].find(x => x._cyreg && x._cyreg.cy);
  if (!el) { return null; }
  const cy = el._cyreg.cy, bb = cy.nodes('.path').renderedBoundingBox({includeLabels: true});
  return {labels: cy.nodes().filter(n => n.data('label')).map(
            n => parseFloat(n.style('font-size')) * cy.zoom()),
          width: el.clientWidth, height: el.clientHeight, box: bb};
}).filter(Boolean);
"""


def test_expert_path_labels_are_readable(dash_duo, demo_url: str) -> None:
    """The warm-introduction pictures drew their names at about 7 px."""
    _start(dash_duo, demo_url, f"/experts?themes={DEMO_QUESTION_THEME}&asker={DEMO_ASKER}"
           "&kinds=person")  # fmt: skip
    dash_duo.wait_for_element(".cn-candidate canvas", timeout=30)
    time.sleep(0.5)  # the pictures' fit
    pictures = dash_duo.driver.execute_script(PICTURE_JS)
    assert pictures
    for picture in pictures:
        assert picture["labels"] and min(picture["labels"]) >= 11, picture
        box = picture["box"]  # the whole path, names included, is inside the picture
        assert box["x1"] >= 0 and box["y1"] >= 0, picture
        assert box["x2"] <= picture["width"] and box["y2"] <= picture["height"], picture
    assert _severe(dash_duo) == []
