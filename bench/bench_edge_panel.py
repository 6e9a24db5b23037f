"""The explorer's edge panel in headless Chromium against a real ``collabnet serve``.

    .venv/bin/python bench/bench_edge_panel.py --repeats 9

Loads the demo partnership (``collabnet seed demo``) into a temporary SQLite file,
serves it with ``collabnet serve`` on a free port and opens
``/explorer?level=organisation``. Then, alternating in the same page, it taps the
busiest edge (the most ties aggregated) and the peer: an edge with a single tie.
Medians over ``--repeats`` of:

- panel drawn: the tap -> the edge's heading and one block per tie in the details
  panel (+2 frames, so the browser has laid it out);
- elements: DOM elements in the details panel once drawn (what the renderer mounted);
- tie opened: a click on the first tie's summary -> its attribute table drawn (only
  where ties are drawn folded).

The machine is shared (2 cores): the 1-minute load average is printed with the results.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from bench.bench_actor_page import seeded_demo  # noqa: E402
from bench.bench_explorer import browser, serve  # noqa: E402
from graph.filters import NetworkFilter, network_for  # noqa: E402

GRAPH_READY_JS = """
const el = document.getElementById('explorer-graph');
return el && el._cyreg && el._cyreg.cy ? el._cyreg.cy.edges().length : 0;
"""
# Tap the edge between the two ends; resolve once the panel shows it, one block per tie.
TAP_JS = """
const [u, v, name, blocks] = Array.from(arguments).slice(0, 4);
const done = arguments[arguments.length - 1];
const cy = document.getElementById('explorer-graph')._cyreg.cy;
const edge = cy.edges().filter(e => (e.data('source') === u && e.data('target') === v)
  || (e.data('source') === v && e.data('target') === u))[0];
const t0 = performance.now();
edge.emit('tap');
(function loop() {
  const panel = document.getElementById('explorer-details');
  const head = document.getElementById('explorer-details-name');
  if (head && head.textContent.includes(name)
      && panel.querySelectorAll('.cn-tie').length === blocks) {
    requestAnimationFrame(() => requestAnimationFrame((t) =>
      done({ms: t - t0, elements: panel.querySelectorAll('*').length})));
    return;
  }
  requestAnimationFrame(loop);
})();
"""
OPEN_JS = """
const done = arguments[arguments.length - 1];
const summary = document.querySelector('#explorer-details .cn-tie summary');
if (!summary) { done(null); return; }
const t0 = performance.now();
summary.click();
(function loop() {
  if (summary.parentElement.querySelector('table')) {
    requestAnimationFrame(() => requestAnimationFrame((t) => done(t - t0)));
    return;
  }
  requestAnimationFrame(loop);
})();
"""


def med(values: list[float]) -> str:
    return f"{statistics.median(values):7.0f} (min {min(values):.0f}, max {max(values):.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url, records = seeded_demo(Path(tmp))
        G = network_for(records, NetworkFilter(), "organisation")
        edges = [(u, v) for u, v in G.edges() if u != v]
        busiest = max(edges, key=lambda e: len(G.edges[e]["tie_ids"]))
        single = min(edges, key=lambda e: (len(G.edges[e]["tie_ids"]), str(e)))
        sides = {"busiest": busiest, "single": single}
        proc, base = serve(url)
        driver = browser()
        results: dict[str, list[dict]] = {name: [] for name in sides}
        try:
            driver.get(f"{base}/explorer?level=organisation")
            deadline = time.time() + 60
            while not driver.execute_script(GRAPH_READY_JS):
                if time.time() > deadline:
                    raise TimeoutError("the explorer never drew its edges")
                time.sleep(0.05)
            for repeat in range(args.repeats + 1):  # the first round warms caches, untimed
                for name, (u, v) in sides.items():
                    ends = (str(u), str(v), G.nodes[u]["name"], len(G.edges[u, v]["tie_ids"]))
                    drawn = driver.execute_async_script(TAP_JS, *ends)
                    drawn["opened"] = driver.execute_async_script(OPEN_JS)
                    if repeat:
                        results[name].append(drawn)
        finally:
            driver.quit()
            proc.terminate()
            proc.wait(10)
    print(f"load average (1 min): {os.getloadavg()[0]:.1f}; repeats: {args.repeats}")
    for name, (u, v) in sides.items():
        rows = results[name]
        print(f"{name}: {G.nodes[u]['name']!r} - {G.nodes[v]['name']!r}, "
              f"{len(G.edges[u, v]['tie_ids'])} ties")  # fmt: skip
        print(f"  panel drawn  {med([r['ms'] for r in rows])} ms")
        print(f"  elements     {med([r['elements'] for r in rows])}")
        opened = [r["opened"] for r in rows if r["opened"] is not None]
        print(f"  tie opened   {med(opened) + ' ms' if opened else 'n/a (no folded ties)'}")
    ratio = statistics.median(r["ms"] for r in results["busiest"]) / statistics.median(
        r["ms"] for r in results["single"]
    )
    print(f"panel drawn, busiest / single-tie edge: {ratio:.2f}x")


if __name__ == "__main__":
    main()
