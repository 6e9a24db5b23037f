"""The explorer's picture in headless Chromium on the demo: what Cytoscape really drew.

Overlaps are checked on the rendered bounding boxes from ``window.cy`` (circles of the
nodes, boxes of the printed names), the fit on the rendered nodes against the canvas,
the layout of the page against the 1366x768 window.
"""

from __future__ import annotations

import math

from selenium.webdriver.common.by import By

from graph.labels import Labels
from tests.browser.test_explorer_page import _pick_option, _records, _severe, _start, _wait

RENDERED_JS = """
const el = document.getElementById('explorer-graph');
const cy = el && el._cyreg && el._cyreg.cy;
if (!cy) { return {nodes: [], w: 0, h: 0, zoom: 0, rendered: 0}; }
const nodes = cy.nodes().map(n => {
  const b = n.renderedBoundingBox({includeLabels: false, includeOverlays: false});
  const l = n.hasClass('labelled') ? n.renderedBoundingBox(
      {includeNodes: false, includeEdges: false, includeLabels: true}) : null;
  return {id: n.id(), x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2,
          d: n.renderedWidth(), label: l && l.w > 0 ? [l.x1, l.y1, l.x2, l.y2] : null,
          font: n.hasClass('labelled') ? parseFloat(n.renderedStyle('font-size')) : null,
          focus: n.hasClass('focus'), selected: n.selected()};
});
return {nodes: nodes, w: cy.width(), h: cy.height(), zoom: cy.zoom(),
        rendered: cy.nodes().length};
"""


def _picture(dash_duo) -> dict:
    return dash_duo.driver.execute_script(RENDERED_JS)


def _settled(dash_duo, count: int | None = None) -> dict:
    """The picture once the node count is ``count`` and two reads agree (fit done)."""
    last: list = [None]

    def ready():
        p = _picture(dash_duo)
        if count is not None and p["rendered"] != count:
            return False
        key = (p["rendered"], round(p["zoom"], 4), p["w"], p["h"])
        same, last[0] = last[0] == key, key
        return p if same and p["rendered"] else False

    return _wait(dash_duo, ready, timeout=30)


def _meets(a, b, tol: float = 0.5) -> bool:
    return a[0] < b[2] - tol and b[0] < a[2] - tol and a[1] < b[3] - tol and b[1] < a[3] - tol


def _circle_overlaps(p: dict) -> list:
    n = p["nodes"]
    return [
        (a["id"], b["id"])
        for i, a in enumerate(n)
        for b in n[i + 1 :]
        if math.dist((a["x"], a["y"]), (b["x"], b["y"])) < (a["d"] + b["d"]) / 2 - 0.5
    ]


def _label_overlaps(p: dict, among=lambda node: True) -> list:
    boxes = [(n["id"], n["label"]) for n in p["nodes"] if n["label"] and among(n)]
    return [(a, b) for i, (a, x) in enumerate(boxes) for b, y in boxes[i + 1 :] if _meets(x, y)]


def _fills(p: dict) -> None:
    """The drawn nodes fill the canvas at a sensible zoom: the picture spans most of
    one side and stays inside; no node is tiny or giant on screen."""
    xs0 = min(n["x"] - n["d"] / 2 for n in p["nodes"])
    xs1 = max(n["x"] + n["d"] / 2 for n in p["nodes"])
    ys0 = min(n["y"] - n["d"] / 2 for n in p["nodes"])
    ys1 = max(n["y"] + n["d"] / 2 for n in p["nodes"])
    assert xs0 >= -1 and ys0 >= -1 and xs1 <= p["w"] + 1 and ys1 <= p["h"] + 1
    largest = max(n["d"] for n in p["nodes"])
    filled = max((xs1 - xs0) / p["w"], (ys1 - ys0) / p["h"])
    assert filled > 0.75 or largest >= 95, (filled, largest)
    assert 4 <= sorted(n["d"] for n in p["nodes"])[len(p["nodes"]) // 2]
    assert largest <= 97


def _radio(dash_duo, name: str, value: str) -> None:
    dash_duo.find_element(
        f"label[for='_dbcprivate_radioitems_explorer-{name}_input_{value}']"
    ).click()


def test_no_circle_or_name_on_another_at_every_level(dash_duo, demo_url: str) -> None:
    dash_duo.driver.set_window_size(1440, 900)
    _start(dash_duo, demo_url)
    for level in ("person", "organisation", "mixed"):
        if level != "person":
            _radio(dash_duo, "level", level)
            _wait(dash_duo, lambda lv=level: f"level={lv}" in dash_duo.driver.current_url)
        expected = {"person": 196, "organisation": 39, "mixed": 235}[level]
        p = _settled(dash_duo, expected)
        assert _circle_overlaps(p) == [], level
        named = [n for n in p["nodes"] if n["label"]]
        assert len(named) >= 5, level
        assert _label_overlaps(p) == [], level
        assert {round(n["font"], 1) for n in named} == {14.0}  # not the node's size
        _fills(p)
    # zoomed in, more names print, still apart, still 14 px
    dash_duo.driver.execute_script(
        "const cy=document.getElementById('explorer-graph')._cyreg.cy;"
        "cy.zoom({level: cy.zoom() * 2.5, renderedPosition: {x: cy.width()/2, y: cy.height()/2}});"
    )
    before = len([n for n in p["nodes"] if n["label"]])
    zoomed = _wait(dash_duo, lambda: (q := _picture(dash_duo)) and
                   len([n for n in q["nodes"] if n["label"]]) > before and q)  # fmt: skip
    assert _label_overlaps(zoomed) == []
    assert {round(n["font"], 1) for n in zoomed["nodes"] if n["label"]} == {14.0}
    # the selected actor and its neighbours are always named
    hub = max(p["nodes"], key=lambda n: n["d"])["id"]
    dash_duo.driver.execute_script(
        "document.getElementById('explorer-graph')._cyreg.cy.getElementById(arguments[0])"
        ".emit('tap');",
        hub,
    )
    focused = _wait(dash_duo, lambda: (q := _picture(dash_duo)) and
                    any(n["selected"] for n in q["nodes"]) and q)  # fmt: skip
    focus = [n for n in focused["nodes"] if n["focus"]]
    assert len(focus) > 3 and all(n["label"] for n in focus)
    others = _label_overlaps(focused, among=lambda n: True)
    assert all(
        any(x == n["id"] for n in focus) and any(y == n["id"] for n in focus) for x, y in others
    )  # only names of the selection's own neighbourhood may meet
    assert _severe(dash_duo) == []


def test_the_picture_fits_after_filters_ego_reload_resize_and_the_fit_button(
    dash_duo, demo_url: str
) -> None:
    dash_duo.driver.set_window_size(1440, 900)
    _start(dash_duo, demo_url)
    _fills(_settled(dash_duo, 196))
    # three filters: few nodes, still filling the canvas, not giant
    labels = Labels.from_records(_records(demo_url))
    _pick_option(dash_duo, "explorer-f-themes", labels.label("theme", "dyslexia", "nl"))
    _pick_option(dash_duo, "explorer-f-sectors", labels.label("sector", "po", "nl"))
    dash_duo.find_element(
        "label[for='_dbcprivate_checklist_explorer-f-flags_input_isolates']"
    ).click()
    _wait(dash_duo, lambda: "hide_isolates=1" in dash_duo.driver.current_url)
    filtered = _settled(dash_duo)
    assert filtered["rendered"] < 196
    _fills(filtered)
    assert any(n["label"] for n in filtered["nodes"])  # a few nodes: their names print
    # the same URL reloaded: the same fit
    url = dash_duo.driver.current_url
    dash_duo.driver.get(url)
    reloaded = _settled(dash_duo, filtered["rendered"])
    _fills(reloaded)
    assert (
        reloaded["zoom"] == filtered["zoom"] or abs(reloaded["zoom"] / filtered["zoom"] - 1) < 0.02
    )
    # ego focus, 1 and 2 steps
    dash_duo.find_element("#explorer-reset").click()
    _settled(dash_duo, 196)
    _pick_option(dash_duo, "explorer-f-ego", "Vera van Heidewijk")
    one = _settled(dash_duo)
    assert one["rendered"] < 196
    _fills(one)
    _radio(dash_duo, "f-radius", "2")
    two = _wait(
        dash_duo, lambda: (q := _settled(dash_duo)) and q["rendered"] > one["rendered"] and q
    )
    _fills(two)
    # window resize: fitted again
    dash_duo.driver.set_window_size(1100, 760)
    resized = _wait(dash_duo, lambda: (q := _settled(dash_duo)) and q["w"] != two["w"] and q)
    _fills(resized)
    # the fit button undoes a zoom
    dash_duo.driver.execute_script("document.getElementById('explorer-graph')._cyreg.cy.zoom(3.5);")
    dash_duo.find_element("#explorer-fit-button").click()
    _wait(dash_duo, lambda: abs(_picture(dash_duo)["zoom"] - resized["zoom"]) < 1e-3)
    _fills(_picture(dash_duo))
    assert _severe(dash_duo) == []


def test_at_1366x768_no_scrolling_and_frequency_names_apart(dash_duo, demo_url: str) -> None:
    _start(dash_duo, demo_url)
    driver = dash_duo.driver
    inner = driver.execute_script("return [window.innerWidth, window.innerHeight];")
    outer = driver.get_window_size()
    driver.set_window_size(outer["width"] + 1366 - inner[0], outer["height"] + 768 - inner[1])
    _wait(dash_duo, lambda: driver.execute_script(
        "return [window.innerWidth, window.innerHeight];") == [1366, 768])  # fmt: skip
    _settled(dash_duo, 196)
    slider = driver.find_element(By.CSS_SELECTOR, "#explorer-years")
    box = driver.execute_script("return arguments[0].getBoundingClientRect();", slider)
    assert box["bottom"] <= 768 and box["top"] >= 0
    assert driver.execute_script("return document.scrollingElement.scrollHeight;") <= 768 + 1
    marks = driver.execute_script(
        "return [...document.querySelectorAll('#explorer-f-frequency .dash-slider-mark')]"
        ".map(m => {const r = m.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];});"
    )
    assert len(marks) == 5
    assert not any(_meets(a, b, 0) for i, a in enumerate(marks) for b in marks[i + 1 :])
    panel = driver.execute_script(
        "const r = document.querySelector('.cn-explorer-side').getBoundingClientRect();"
        "return [r.left, r.right];"
    )
    assert all(panel[0] <= m[0] and m[2] <= panel[1] for m in marks)
    assert _severe(dash_duo) == []
