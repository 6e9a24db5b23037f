"""How many elements can dash-cytoscape 1.0.2 (Cytoscape.js 3.28) draw before the tab stalls?

Serves a minimal Dash app with one ``dash_cytoscape.Cytoscape`` (preset positions,
the explorer's own stylesheet and ``build_elements``) and drives headless Chromium:

- ready: navigation start -> graph drawn (all nodes in ``window.cy`` + 2 frames);
- redraw: button click -> the new element list (10% of nodes dropped, like a filter)
  drawn, through the real Dash callback;
- response: click -> the callback's response fully received (server + transfer);
- settled: click -> the main thread stops blocking frames (no frame gap > 50 ms for
  the rest of a 2 s window); this catches Cytoscape echoing elements back to Dash.

Server side it also reports the seeded force layout (graph.layout), building the
element list and its orjson serialisation, per size.

Graphs are Holme-Kim (``powerlaw_cluster_graph(n, 4, 0.5)``, mean degree ~8).
Prints medians per size and the 1-minute load average (the machine is shared: a
load well above the 2 cores inflates every figure). Run::

    .venv/bin/python bench/bench_cytoscape.py --sizes 250 1000 2000 5000 --repeats 5

The machine has 2 shared cores: keep repeats low. Results: docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

import dash_cytoscape as cyto
import networkx as nx
import orjson
from dash import Dash, Input, Output, ctx, dcc, html
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from werkzeug.serving import make_server

from app.presenters.explorer_elements import build_elements
from app.presenters.explorer_style import stylesheet
from graph.layout import layout_positions

CHROME_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--window-size=1366,768",
)

# Runs from the first byte of the page: records when the expected node count is on
# the canvas (two frames after Cytoscape has it) and the last long frame gap after.
PROBE = """
<script>
window.__b = {expect: null, drawnAt: null, lastGapEnd: null, since: null};
(function () {
  let prev = performance.now();
  function frame(now) {
    const b = window.__b;
    if (now - prev > 50) { b.lastGapEnd = now; }
    prev = now;
    if (b.expect !== null && b.drawnAt === null && window.cy &&
        window.cy.nodes().length === b.expect) {
      requestAnimationFrame(() => requestAnimationFrame((t) => {
        if (b.drawnAt === null) { b.drawnAt = t; }
      }));
    }
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
})();
</script>
"""

INDEX = (
    "<!DOCTYPE html><html><head>{%metas%}<title>bench</title>{%favicon%}{%css%}"
    + PROBE
    + "</head><body>{%app_entry%}<footer>{%config%}{%scripts%}{%renderer%}</footer></body></html>"
)


def make_graph(n: int, seed: int = 1) -> nx.Graph:
    """A partnership-like graph with the node and edge attributes the explorer uses."""
    G = nx.powerlaw_cluster_graph(n, 4, 0.5, seed=seed)
    rng = random.Random(seed)
    kinds = ("person",) * 6 + ("organisation",) * 3 + ("group",)
    types = {"person": "teacher", "organisation": "school", "group": "plg"}
    for v in G:
        kind = rng.choice(kinds)
        G.nodes[v].update(name=f"Actor {v}", kind=kind, type=types[kind])
    modes = ((), ("face_to_face",), ("online",), ("hybrid",), ("face_to_face", "online"))
    for u, v in G.edges():
        G.edges[u, v].update(weight=float(rng.randint(1, 5)), modes=rng.choice(modes))
    return G


def make_app(variants: dict[int, tuple[list, list]], refresh: bool) -> Dash:
    app = Dash(__name__, compress=True)
    app.index_string = INDEX
    app.layout = html.Div(
        [
            dcc.Location(id="url"),
            html.Button("redraw", id="redraw"),
            cyto.Cytoscape(
                id="cy",
                elements=[],
                layout={"name": "preset"},
                autoRefreshLayout=refresh,
                stylesheet=stylesheet(),
                style={"width": "1200px", "height": "650px"},
            ),
        ]
    )

    @app.callback(Output("cy", "elements"), Input("url", "search"), Input("redraw", "n_clicks"))
    def elements(search, clicks):
        n = int((search or "?n=250").split("=")[1])
        full, filtered = variants[n]
        if ctx.triggered_id == "redraw" and (clicks or 0) % 2 == 1:
            return filtered
        return full

    return app


def driver() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    for arg in CHROME_ARGS:
        options.add_argument(arg)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def wait_for(browser, script: str, timeout: float = 60.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = browser.execute_script(script)
        if value is not None:
            return value
        time.sleep(0.02)
    raise TimeoutError(script)


def settle(browser, since: float, window_ms: float = 2000) -> float:
    """Wait ``window_ms`` after ``since`` and return the end of the last long frame gap."""
    time.sleep(window_ms / 1000)
    last = browser.execute_script("return window.__b.lastGapEnd;")
    return max(0.0, (last or since) - since)


def measure(browser, base: str, n: int, counts: tuple[int, int], repeats: int) -> dict:
    ready, redraw, settled, response = [], [], [], []
    for _ in range(repeats):
        browser.get("about:blank")
        browser.get(f"{base}/?n={n}")
        browser.execute_script(f"window.__b.expect = {counts[0]};")
        ready.append(wait_for(browser, "return window.__b.drawnAt;"))
        time.sleep(1.0)  # let the initial echo settle
        for clicks in (1, 2):
            expect = counts[1] if clicks == 1 else counts[0]
            t0 = browser.execute_script(
                f"window.__b.expect = {expect}; window.__b.drawnAt = null; "
                "window.__b.lastGapEnd = null; const t = performance.now(); "
                "document.getElementById('redraw').click(); return t;"
            )
            drawn = wait_for(browser, "return window.__b.drawnAt;")
            redraw.append(drawn - t0)
            response.append(
                browser.execute_script(
                    "const r = performance.getEntriesByType('resource').filter("
                    "e => e.name.includes('_dash-update-component') && e.startTime >= arguments[0]);"
                    "return r.length ? r[0].responseEnd : null;",
                    t0,
                )
                - t0
            )
            settled.append(max(drawn - t0, settle(browser, t0)))
    return {
        "ready": statistics.median(ready),
        "redraw": statistics.median(redraw),
        "settled": statistics.median(settled),
        "response": statistics.median(response),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 1000, 2000, 5000])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--no-refresh", action="store_true", help="autoRefreshLayout=False on the component"
    )
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.ERROR)

    variants, counts, build_ms, layout_ms, json_ms = {}, {}, {}, {}, {}
    for n in args.sizes:
        G = make_graph(n)
        t = time.perf_counter()
        pos = layout_positions(G, "force", seed=0)
        layout_ms[n] = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        full = build_elements(G, pos, None)
        build_ms[n] = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        orjson.dumps(full)
        json_ms[n] = (time.perf_counter() - t) * 1000
        H = G.subgraph([v for v in G if v % 10 != 0])
        variants[n] = (full, build_elements(H, pos, None))
        counts[n] = (G.number_of_nodes(), H.number_of_nodes())

    server = make_server(
        "127.0.0.1", args.port, make_app(variants, not args.no_refresh).server, threaded=True
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    browser = driver()
    try:
        browser.find_elements(By.TAG_NAME, "body")
        print(
            f"{'nodes':>6} {'elements':>9} {'layout ms':>9} {'build ms':>9} {'json ms':>8} "
            f"{'ready ms':>9} "
            f"{'response ms':>12} {'redraw ms':>10} {'settled ms':>11} {'load':>5}"
        )
        for n in args.sizes:
            r = measure(browser, f"http://127.0.0.1:{args.port}", n, counts[n], args.repeats)
            print(
                f"{n:>6} {len(variants[n][0]):>9} {layout_ms[n]:>9.0f} {build_ms[n]:>9.0f} "
                f"{json_ms[n]:>8.1f} {r['ready']:>9.0f} "
                f"{r['response']:>12.0f} {r['redraw']:>10.0f} {r['settled']:>11.0f} "
                f"{os.getloadavg()[0]:>5.1f}",
                flush=True,
            )
    finally:
        browser.quit()
        server.shutdown()


if __name__ == "__main__":
    main()
