"""A 20 MB edge list through ``collabnet import --dry-run``: limits lifted vs default limits.

    .venv/bin/python bench/bench_import_limits.py              # 1,300,000 rows
    .venv/bin/python bench/bench_import_limits.py --rows 300000

Generates a deterministic edge list (``source,target``, unique pairs among 30,000
actors, about 18 MB: under the 20 MiB upload limit), migrates an empty SQLite file
and runs the real CLI twice under ``/usr/bin/time -v``: once with the row and cell
limits lifted through ``COLLABNET_IMPORT_MAX_*`` (what the importer did before it had
limits) and once with the defaults (refused before parsing). Prints the wall time and
peak RSS of each and their ratios. Not a test: run it by hand.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db import migrate  # noqa: E402

ACTORS = 30_000
LIFTED = {"COLLABNET_IMPORT_MAX_ROWS": "1000000000", "COLLABNET_IMPORT_MAX_CELLS": "1000000000"}
COLLABNET = Path(sys.executable).parent / "collabnet"


def write_edge_list(path: Path, rows: int) -> None:
    """Unique pairs: row i joins actor i mod n to the one (i div n) + 1 places further."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("source,target\n")
        for i in range(rows):
            a, step = i % ACTORS, i // ACTORS + 1
            handle.write(f"P{a},P{(a + step) % ACTORS}\n")


def timed_import(path: Path, url: str, env: dict[str, str], timeout: int) -> tuple[float, int, int]:
    """(wall seconds, peak RSS in MB, exit status) of one ``collabnet import --dry-run``."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("COLLABNET_")}
    full_env.update(env)
    command = ["/usr/bin/time", "-v", str(COLLABNET), "import", "--dry-run", str(path)]
    done = subprocess.run(
        [*command, "--database-url", url],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
    )
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):(\d+\.\d+)", done.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    if wall is None or rss is None:
        raise SystemExit(f"no /usr/bin/time figures in:\n{done.stderr[-2000:]}")
    hours, minutes, seconds = wall.groups()
    total = int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds)
    return total, int(rss.group(1)) // 1024, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_300_000)
    parser.add_argument("--timeout", type=int, default=900, help="seconds per run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="collabnet-bench-limits-") as tmp:
        path, db = Path(tmp) / "randen.csv", Path(tmp) / "bench.db"
        write_edge_list(path, args.rows)
        url = f"sqlite:///{db}"
        migrate.upgrade(url)
        print(f"edge list: {args.rows:,} rows, {path.stat().st_size / 1e6:.1f} MB")
        before = timed_import(path, url, LIFTED, args.timeout)
        after = timed_import(path, url, {}, args.timeout)
    for label, (wall, rss, status) in (("limits lifted", before), ("default limits", after)):
        print(f"{label:>15}: {wall:7.2f} s wall, {rss:6d} MB peak RSS, exit status {status}")
    print(
        f"ratio lifted/default: time {before[0] / after[0]:.1f}x, RSS {before[1] / after[1]:.1f}x"
    )


if __name__ == "__main__":
    main()
