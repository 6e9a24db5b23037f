"""Login page to explorer drawn, on the demo, in headless Chromium: is it under 2 s?

    .venv/bin/python bench/bench_login.py --repeats 10

Loads the demo into a temporary SQLite file, adds one account (``collabnet user add``),
serves it with ``collabnet serve`` (waitress) on a free port with a configured secret
key, and measures medians over ``--repeats``:

- login page: navigation to ``/login?next=/explorer`` -> the form is there;
- login -> explorer drawn: the click on "Inloggen" -> every demo node on the Cytoscape
  canvas plus two frames (wall clock around the click, the POST with its argon2 check,
  the redirect and the whole explorer page load);
- login POST: the server's answer to the form alone (argon2id verify + redirect), over
  plain HTTP from Python;
- peer, same run: a local-mode server (no account) on the same database, a fresh
  ``/explorer`` load to drawn. The ratio says what logging in adds.

Target (issue 11): login -> explorer drawn < 2 s on the demo.
"""

from __future__ import annotations

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from selenium.webdriver.common.by import By  # noqa: E402

from app.presenters.explorer_view import explorer_view, parse_request  # noqa: E402
from bench.bench_explorer import COLLABNET, READY_JS, ROOT, browser, serve  # noqa: E402
from db.engine import make_engine  # noqa: E402
from db.queries import read_network  # noqa: E402

NAME, PASSWORD = "bench-admin", "bench-wachtwoord-2026"
SECRET = "b" * 64


def run(url: str, *args: str, stdin: str | None = None) -> None:
    env = {**os.environ, "COLLABNET_DATABASE_URL": url}
    subprocess.run([COLLABNET, *args], env=env, cwd=ROOT, input=stdin, text=True,
                   check=True, capture_output=True)  # fmt: skip


def post_login_ms(base: str) -> float:
    parts = urlsplit(base)
    body = urlencode({"name": NAME, "password": PASSWORD, "next": "/explorer"})
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    start = time.perf_counter()
    conn.request("POST", "/login", body, {"Content-Type": "application/x-www-form-urlencoded",
                                          "Origin": base})  # fmt: skip
    response = conn.getresponse()
    response.read()
    elapsed = (time.perf_counter() - start) * 1000
    conn.close()
    if response.status != 303:
        raise RuntimeError(f"login answered {response.status}")
    return elapsed


def med(values: list[float]) -> str:
    return f"{statistics.median(values):7.0f} ms (min {min(values):.0f}, max {max(values):.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'demo.db'}"
        run(url, "db", "upgrade")
        run(url, "seed", "demo")
        engine = make_engine(url)
        expect = explorer_view(read_network(engine), parse_request(""), None).nodes
        engine.dispose()

        local_proc, local = serve(url)  # local mode: no account yet
        driver = browser()
        try:
            driver.get(local + "/explorer")
            driver.execute_async_script(READY_JS, expect)  # warm the view cache
            peer = []
            for _ in range(args.repeats):
                driver.get(local + "/explorer")
                peer.append(float(driver.execute_async_script(READY_JS, expect)))
        finally:
            driver.quit()
            local_proc.terminate()
            local_proc.wait(10)

        run(url, "user", "add", NAME, "--role", "admin", stdin=PASSWORD + "\n")
        proc, base = serve(url, {"COLLABNET_SECRET_KEY": SECRET})
        driver = browser()
        page, drawn, posts = [], [], []
        try:
            for i in range(args.repeats + 1):  # the first round warms the server
                driver.delete_all_cookies()
                start = time.perf_counter()
                driver.get(base + "/login?next=%2Fexplorer")
                driver.find_element(By.ID, "login-name")
                loaded = (time.perf_counter() - start) * 1000
                driver.find_element(By.ID, "login-name").send_keys(NAME)
                driver.find_element(By.ID, "login-password").send_keys(PASSWORD)
                start = time.perf_counter()
                driver.find_element(By.ID, "login-submit").click()
                while not driver.current_url.endswith("/explorer"):
                    time.sleep(0.005)
                driver.execute_async_script(READY_JS, expect)
                elapsed = (time.perf_counter() - start) * 1000
                if i:
                    page.append(loaded)
                    drawn.append(elapsed)
                    posts.append(post_login_ms(base))
        finally:
            driver.quit()
            proc.terminate()
            proc.wait(10)
    print(f"demo: {expect} nodes, {args.repeats} repeats, load average {os.getloadavg()[0]:.2f}")
    print(f"  login page loaded:              {med(page)}")
    print(f"  login -> explorer drawn:        {med(drawn)}   target < 2000 ms")
    print(f"  login POST (argon2 + redirect): {med(posts)}")
    print(f"  peer, local mode explorer ready:{med(peer)}")
    ratio = statistics.median(drawn) / statistics.median(peer)
    print(f"  ratio login->drawn / local-mode ready: {ratio:.2f}x")


if __name__ == "__main__":
    main()
