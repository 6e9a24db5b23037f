"""The actor page in headless Chromium against a real ``collabnet serve``: when can it be used?

    .venv/bin/python bench/bench_actor_page.py --repeats 7

Loads the demo partnership (``collabnet seed demo``) into a temporary SQLite file,
serves it with ``collabnet serve`` on a free port and opens, in the
same run and alternating, the busiest person's page (``/actor/40`` on the demo, 39
partners) and the peer: the organisation with the most ties. Medians over
``--repeats`` of, from navigation start:

- ready: the actor's name is shown and every ego-network node is on the Cytoscape
  canvas (+2 frames);
- responsive: ready, and the main thread free for good, i.e. the end of the last
  animation-frame gap longer than 50 ms in a 2 s window after ready (a blocked tab
  draws no frames, so this is when a click would be answered);
- tie opened: a click on the first tie's summary -> its attribute table drawn.

Target (issue 14): the person's page responsive in under 1.5 s, like the peer. The
machine is shared (2 cores): the 1-minute load average is printed with the results.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from bench.bench_explorer import COLLABNET, browser, serve  # noqa: E402
from db.engine import make_engine  # noqa: E402
from db.queries import read_network  # noqa: E402
from graph.records import NetworkRecords  # noqa: E402

# Injected before any page script: frame gaps, and the moment the page is drawn.
PROBE_JS = """
window.__ap = {expect: null, readyAt: null, lastGapEnd: null};
(function () {
  let prev = performance.now();
  function frame(now) {
    const b = window.__ap;
    if (now - prev > 50) { b.lastGapEnd = now; }
    prev = now;
    const el = document.getElementById('actor-ego');
    const cy = el && el._cyreg && el._cyreg.cy;
    if (b.readyAt === null && b.expect !== null && document.getElementById('actor-title')
        && cy && cy.nodes().length === b.expect) {
      requestAnimationFrame(() => requestAnimationFrame((t) => {
        if (b.readyAt === null) { b.readyAt = t; }
      }));
    }
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
})();
"""
OPEN_TIE_JS = """
const done = arguments[arguments.length - 1], t0 = performance.now();
document.querySelector('#actor-content details summary').click();
(function loop() {
  if (document.querySelector('#actor-content .cn-tie')) {
    requestAnimationFrame(() => requestAnimationFrame((t) => done(t - t0)));
    return;
  }
  requestAnimationFrame(loop);
})();
"""


def ego_size(records: NetworkRecords, actor_id: int) -> int:
    """Nodes the page's ego network draws (the presenter's own elements)."""
    from app.presenters.actor_page import actor_page

    page = actor_page(records, actor_id, None)
    assert page is not None, actor_id
    return sum("position" in e for e in page.elements)


def busiest_organisation(records: NetworkRecords) -> int:
    ties = {a.id: 0 for a in records.actors if a.kind == "organisation"}
    for t in records.ties:
        for end in (t.source, t.target):
            if end in ties:
                ties[end] += 1
    return max(ties, key=lambda a: (ties[a], -a))


def open_page(driver, base: str, actor_id: int, expect: int, timeout: float = 120) -> dict:
    """(ready, responsive, tie opened) in ms for one fresh load of the actor page."""
    driver.get("about:blank")
    driver.get(f"{base}/actor/{actor_id}")
    driver.execute_script(f"window.__ap.expect = {expect};")
    deadline = time.time() + timeout
    while (ready := driver.execute_script("return window.__ap.readyAt;")) is None:
        if time.time() > deadline:
            raise TimeoutError(f"/actor/{actor_id} never drew {expect} nodes")
        time.sleep(0.02)
    time.sleep(2.0)  # the settle window
    gap_end = driver.execute_script("return window.__ap.lastGapEnd;") or 0.0
    opened = driver.execute_async_script(OPEN_TIE_JS)
    return {"ready": ready, "responsive": max(ready, gap_end), "tie": opened}


def seeded_demo(directory: Path) -> tuple[str, NetworkRecords]:
    """A demo database in ``directory`` (``collabnet seed demo``): its URL and records."""
    url = f"sqlite:///{directory / 'demo.db'}"
    env = {**os.environ, "COLLABNET_DATABASE_URL": url}
    for cmd in (["db", "upgrade"], ["seed", "demo"]):
        subprocess.run([COLLABNET, *cmd], env=env, check=True, capture_output=True)
    engine = make_engine(url)
    try:
        return url, read_network(engine)
    finally:
        engine.dispose()


def med(values: list[float]) -> str:
    return f"{statistics.median(values):7.0f} ms (min {min(values):.0f}, max {max(values):.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--person", type=int, default=40, help="actor id of the person")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url, records = seeded_demo(Path(tmp))
        person, peer = args.person, busiest_organisation(records)
        names = records.actor_by_id()
        sides = {person: ego_size(records, person), peer: ego_size(records, peer)}
        proc, base = serve(url)
        driver = browser()
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": PROBE_JS})
        results: dict[int, list[dict]] = {person: [], peer: []}
        try:
            for actor_id, expect in sides.items():  # warm the server's caches, untimed
                open_page(driver, base, actor_id, expect)
            for _ in range(args.repeats):
                for actor_id, expect in sides.items():
                    results[actor_id].append(open_page(driver, base, actor_id, expect))
        finally:
            driver.quit()
            proc.terminate()
            proc.wait(10)
    print(f"load average (1 min): {os.getloadavg()[0]:.1f}; repeats: {args.repeats}")
    for actor_id in (person, peer):
        a = names[actor_id]
        ties = sum(actor_id in (t.source, t.target) for t in records.ties)
        print(f"/actor/{actor_id} {a.kind} {a.name!r}: {ties} ties, {sides[actor_id]} ego nodes")
        for key, label in (("ready", "ready"), ("responsive", "responsive"),
                           ("tie", "tie opened")):  # fmt: skip
            print(f"  {label:<12} {med([r[key] for r in results[actor_id]])}")
    ratio = statistics.median(r["responsive"] for r in results[person]) / statistics.median(
        r["responsive"] for r in results[peer]
    )
    print(f"responsive, person / organisation: {ratio:.2f}x")


if __name__ == "__main__":
    main()
