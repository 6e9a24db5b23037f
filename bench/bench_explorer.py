"""The explorer in headless Chromium against a real ``collabnet serve``: is it fast enough?

    .venv/bin/python bench/bench_explorer.py --repeats 10

For the demo partnership (``collabnet seed demo``) and a synthetic partnership of
5,000 actors (``bench.synthetic.synthetic_partnership``, written with Core inserts),
each in a temporary SQLite file served by ``collabnet serve`` (waitress) on a free
port, it reports medians over ``--repeats``:

- ready: navigation start -> every expected node on the Cytoscape canvas (+2 frames),
  for a fresh page load of ``/explorer`` (the server's view cache is warm after the
  first load, which is reported apart as "cold");
- filter drawn: click on a filter control -> the new node count on the canvas
  (+2 frames): the isolates switch on the demo, the sector "po" on the synthetic one;
- server: the draw callback's own time (``#explorer-server-ms``, measured in the
  server around the presenter call), for the same filter changes.

Targets (issue 5): demo ready < 1.5 s, filter drawn < 300 ms, server < 100 ms;
synthetic opens aggregated and a filter change is drawn < 1 s. The machine is shared
(2 cores): the 1-minute load average is printed with the results.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from selenium import webdriver  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from app.presenters.explorer_view import explorer_view, parse_request  # noqa: E402
from bench.synthetic import synthetic_partnership  # noqa: E402
from db import migrate  # noqa: E402
from db.engine import make_engine  # noqa: E402
from db.models import Actor, Affiliation, CodebookEntry, Membership, Tie, TieCode  # noqa: E402
from db.queries import read_network  # noqa: E402
from graph.records import NetworkRecords  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
COLLABNET = str(Path(sys.executable).with_name("collabnet"))
CHROME_ARGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--window-size=1366,768", "--no-first-run")  # fmt: skip

WATCH_JS = """
window.__cnb = {expect: arguments[0], drawn: null};
(function loop() {
  const b = window.__cnb, el = document.getElementById('explorer-graph');
  const cy = el && el._cyreg && el._cyreg.cy;
  if (b.drawn === null && cy && cy.nodes().length === b.expect) {
    requestAnimationFrame(() => requestAnimationFrame((t) => { b.drawn = t; }));
    return;
  }
  requestAnimationFrame(loop);
})();
return performance.now();
"""
DRAWN_JS = "return window.__cnb && window.__cnb.drawn;"
READY_JS = """
const done = arguments[arguments.length - 1], expect = arguments[0];
(function loop() {
  const el = document.getElementById('explorer-graph');
  const cy = el && el._cyreg && el._cyreg.cy;
  if (cy && cy.nodes().length === expect) {
    requestAnimationFrame(() => requestAnimationFrame((t) => done(t)));
    return;
  }
  requestAnimationFrame(loop);
})();
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load_synthetic(url: str, records: NetworkRecords) -> None:
    """Write synthetic records with Core inserts (the fill is not what is measured)."""
    engine = make_engine(url)
    with engine.begin() as conn:
        entry = {
            (c, code): i
            for i, c, code in conn.execute(
                select(CodebookEntry.id, CodebookEntry.category, CodebookEntry.code)
            )
        }
        conn.execute(insert(Actor), [
            {"id": a.id, "key": a.key, "kind": a.kind, "type": a.type, "name": a.name,
             "sector": a.sector, "region": a.region, "attributes": {}} for a in records.actors
        ])  # fmt: skip
        conn.execute(insert(Affiliation), [
            {"person_id": f.person_id, "organisation_id": f.organisation_id}
            for f in records.affiliations
        ])  # fmt: skip
        if records.memberships:
            conn.execute(insert(Membership), [
                {"actor_id": m.actor_id, "group_id": m.group_id, "role": m.role}
                for m in records.memberships
            ])  # fmt: skip
        conn.execute(insert(Tie), [
            {"id": t.id, "key": t.key or f"T{t.id}", "source_id": t.source,
             "target_id": t.target, "directed": t.directed, "frequency": t.frequency,
             "voluntariness": t.voluntariness, "mode": t.mode, "participation": t.participation,
             "scope": t.scope, "start": t.start, "end": t.end} for t in records.ties
        ])  # fmt: skip
        codes = [
            {"tie_id": t.id, "entry_id": entry[("theme", th)]}
            for t in records.ties
            for th in set(t.themes)
            if ("theme", th) in entry
        ]
        conn.execute(insert(TieCode), codes)
    engine.dispose()


def serve(url: str, extra_env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "COLLABNET_DATABASE_URL": url, **(extra_env or {})}
    proc = subprocess.Popen(
        [COLLABNET, "serve", "--port", str(port)], env=env, cwd=ROOT,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.time() + 60
    while time.time() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return proc, f"http://127.0.0.1:{port}"
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError("collabnet serve did not start")


def browser() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    for arg in CHROME_ARGS:
        options.add_argument(arg)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(options=options)
    driver.set_script_timeout(180)
    return driver


def ready_ms(driver, url: str, expect: int) -> float:
    driver.get(url)
    return float(driver.execute_async_script(READY_JS, expect))


def action_ms(driver, act, expect: int, timeout: float = 60) -> tuple[float, float]:
    """(ms from the action to the expected node count drawn, server ms of the draw)."""
    t0 = driver.execute_script(WATCH_JS, expect)
    act()
    deadline = time.time() + timeout
    while time.time() < deadline:
        drawn = driver.execute_script(DRAWN_JS)
        if drawn:
            server = driver.find_element(By.ID, "explorer-server-ms").get_attribute("textContent")
            return float(drawn) - float(t0), float(server or "nan")
        time.sleep(0.01)
    raise TimeoutError(f"never drew {expect} nodes")


def click_label(driver, css: str):
    return lambda: driver.find_element(By.CSS_SELECTOR, css).click()


def pick_sector(driver, label: str):
    """Open the sector dropdown and type (untimed); the timed action is the click."""
    driver.find_element(By.ID, "explorer-f-sectors").click()
    box = driver.find_element(By.CSS_SELECTOR, ".dash-dropdown-content input")
    box.send_keys(label)
    time.sleep(0.3)
    option = next(
        o for o in driver.find_elements(By.CSS_SELECTOR, "[role=option]") if o.text == label
    )

    def act() -> None:
        option.click()

    return act


def close_dropdown(driver) -> None:
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
    time.sleep(0.2)


def med(values: list[float]) -> str:
    return f"{statistics.median(values):7.0f} ms (min {min(values):.0f}, max {max(values):.0f})"


def bench_demo(url: str, repeats: int) -> dict[str, object]:
    records = read_network(make_engine(url))
    full = explorer_view(records, parse_request(""), None).nodes
    hidden = explorer_view(records, parse_request("hide_isolates=1"), None).nodes
    proc, base = serve(url)
    driver = browser()
    try:
        cold = ready_ms(driver, base + "/explorer", full)
        ready = [ready_ms(driver, base + "/explorer", full) for _ in range(repeats)]
        toggle = "label[for='_dbcprivate_checklist_explorer-f-flags_input_isolates']"
        drawn, server = [], []
        for i in range(repeats):
            expect = hidden if i % 2 == 0 else full
            ms, srv = action_ms(driver, click_label(driver, toggle), expect)
            drawn.append(ms)
            server.append(srv)
    finally:
        driver.quit()
        proc.terminate()
        proc.wait(10)
    return {"nodes": (full, hidden), "cold": cold, "ready": ready, "drawn": drawn,
            "server": server}  # fmt: skip


def bench_synthetic(directory: Path, n: int, repeats: int) -> dict[str, object]:
    url = f"sqlite:///{directory / 'synthetic.db'}"
    migrate.upgrade(url)
    load_synthetic(url, synthetic_partnership(n))
    records = read_network(make_engine(url))
    opened = explorer_view(records, parse_request(""), None)
    sector = explorer_view(records, parse_request("sector=po"), None)
    labels = {c.code: c.label_nl for c in records.codes("sector")}
    proc, base = serve(url)
    driver = browser()
    try:
        cold = ready_ms(driver, base + "/explorer", opened.nodes)
        ready = [ready_ms(driver, base + "/explorer", opened.nodes) for _ in range(repeats)]
        drawn, server = [], []
        for _ in range(repeats):
            ms, srv = action_ms(driver, pick_sector(driver, labels["po"]), sector.nodes)
            drawn.append(ms)
            server.append(srv)
            close_dropdown(driver)
            driver.get(base + "/explorer")  # back to the aggregated view
            driver.execute_async_script(READY_JS, opened.nodes)
    finally:
        driver.quit()
        proc.terminate()
        proc.wait(10)
    return {"opened": (opened.level, opened.nodes, opened.ties, opened.message),
            "sector": (sector.level, sector.nodes, sector.ties), "cold": cold, "ready": ready,
            "drawn": drawn, "server": server}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--actors", type=int, default=5000)
    parser.add_argument("--skip-synthetic", action="store_true")
    args = parser.parse_args()
    random.seed(0)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'demo.db'}"
        env = {**os.environ, "COLLABNET_DATABASE_URL": url}
        for cmd in (["db", "upgrade"], ["seed", "demo"]):
            subprocess.run([COLLABNET, *cmd], env=env, check=True, capture_output=True)
        demo = bench_demo(url, args.repeats)
        print(f"load average (1 min): {os.getloadavg()[0]:.1f}")
        print(f"demo: {demo['nodes'][0]} nodes; isolates hidden: {demo['nodes'][1]}")
        print(f"  ready (cold)          {demo['cold']:7.0f} ms")
        print(f"  ready                 {med(demo['ready'])}")
        print(f"  filter drawn          {med(demo['drawn'])}")
        print(f"  server (draw cb)      {med(demo['server'])}")
        if not args.skip_synthetic:
            syn = bench_synthetic(Path(tmp), args.actors, args.repeats)
            print(f"load average (1 min): {os.getloadavg()[0]:.1f}")
            print(f"synthetic {args.actors}: opens {syn['opened'][:3]}; sector po {syn['sector']}")
            print(f"  message: {syn['opened'][3]}")
            print(f"  ready (cold)          {syn['cold']:7.0f} ms")
            print(f"  ready                 {med(syn['ready'])}")
            print(f"  filter drawn          {med(syn['drawn'])}")
            print(f"  server (draw cb)      {med(syn['server'])}")


if __name__ == "__main__":
    main()
