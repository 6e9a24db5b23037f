"""Import 100,000 tie rows with their 25,000 actors from CSV into an empty SQLite database.

    .venv/bin/python bench/bench_import.py                 # 25,000 actors, 100,000 ties
    .venv/bin/python bench/bench_import.py --actors 2500 --ties 10000 --tracemalloc

Generates a deterministic partnership-like set of import files (random.Random(seed)):
an actors file with Dutch headers, ``;`` delimiter and theme lists, and a ties file
with every coded attribute, Dutch dates and theme/motive lists. Then migrates an empty
SQLite file and times ``import_files`` (read, validate every row, write in one
transaction). Reports wall time and peak memory: the process's peak RSS
(``resource.getrusage``, includes Python, pandas and SQLAlchemy themselves) and,
with ``--tracemalloc``, the peak of Python allocations during the import (slower).
Targets: under 20 s and 500 MB. Not a test: run it by hand.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db import migrate  # noqa: E402
from db.codebook import Codebook  # noqa: E402
from db.engine import make_engine  # noqa: E402
from db.imports import import_files  # noqa: E402

ORG_TYPES = ("school", "school", "school", "company", "out_of_school_partner", "lectoraat")
PERSON_TYPES = ("leraar", "teacher", "schoolleider", "researcher", "student_teacher", "opleider")
SECTORS = ("po", "PO", "vo", "mbo", "so")
REGIONS = ("Zwolle", "Kampen", "Deventer", "Almelo", "Hengelo", "Enschede")
TIE_VALUES = {
    "frequentie": ("eenmalig", "jaarlijks", "per kwartaal", "maandelijks", "wekelijks"),
    "vrijwilligheid": ("vrijwillig", "opgelegd"),
    "vorm": ("face-to-face", "online", "hybride"),
    "participatie": ("vrijblijvend", "passief", "actief"),
    "reikwijdte": ("lokaal", "regionaal", "internationaal"),
    "instap": ("individueel", "collectief"),
    "opvolging": ("permanent", "occasioneel"),
    "besluitvorming": ("formeel", "informeel"),
}


def generate(directory: Path, n_actors: int, n_ties: int, seed: int) -> list[Path]:
    """Write actors.csv and ties.csv; return their paths."""
    rng = random.Random(seed)
    themes = Codebook.default().codes("theme")
    motives = Codebook.default().codes("motive")
    n_orgs = max(1, n_actors // 10)
    keys = [f"O{i:05d}" for i in range(n_orgs)] + [f"P{i:06d}" for i in range(n_actors - n_orgs)]
    actors = directory / "actors.csv"
    with actors.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(["id", "naam", "type", "sector", "regio", "organisatie", "expertise"])
        for i, key in enumerate(keys):
            is_org = i < n_orgs
            out.writerow(
                [
                    key,
                    f"{'Organisatie' if is_org else 'Persoon'} {key}",
                    rng.choice(ORG_TYPES if is_org else PERSON_TYPES),
                    rng.choice(SECTORS) if is_org else "",
                    rng.choice(REGIONS),
                    "" if is_org else keys[rng.randrange(n_orgs)],
                    "|".join(rng.sample(themes, rng.randint(0, 3))),
                ]
            )
    ties = directory / "ties.csv"
    start0 = date(2022, 8, 1)
    with ties.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["id", "van", "naar", *TIE_VALUES, "begin", "einde", "themas", "motieven"])
        for i in range(n_ties):
            source, target = rng.sample(keys, 2)
            start = start0 + timedelta(days=rng.randrange(1200))
            end = start + timedelta(days=rng.randrange(30, 900)) if rng.random() < 0.5 else None
            out.writerow(
                [
                    f"T{i:06d}",
                    source,
                    target,
                    *(rng.choice(values) for values in TIE_VALUES.values()),
                    start.strftime("%d-%m-%Y"),
                    end.isoformat() if end else "",
                    "|".join(rng.sample(themes, rng.randint(1, 2))),
                    "|".join(rng.sample(motives, rng.randint(0, 1))),
                ]
            )
    return [actors, ties]


def _cpu() -> float:
    """User + system CPU seconds of this process (steadier than wall time on a busy box)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=25_000)
    parser.add_argument("--ties", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="collabnet-bench-import-") as tmp:
        directory = Path(tmp)
        started = time.perf_counter()
        files = generate(directory, args.actors, args.ties, args.seed)
        sizes = sum(p.stat().st_size for p in files)
        print(f"generated {args.actors:,} actors + {args.ties:,} ties "
              f"({sizes / 1e6:.1f} MB CSV) in {time.perf_counter() - started:.1f} s")  # fmt: skip
        url = f"sqlite:///{directory / 'bench.db'}"
        migrate.upgrade(url)
        engine = make_engine(url)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if args.tracemalloc:
            tracemalloc.start()
        cpu_before = _cpu()
        started = time.perf_counter()
        report = import_files(engine, files, max_bytes=200_000_000)
        wall = time.perf_counter() - started
        cpu = _cpu() - cpu_before
        traced = tracemalloc.get_traced_memory()[1] / 2**20 if args.tracemalloc else None
        rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        engine.dispose()
    print(f"import: {wall:.1f} s wall, {cpu:.1f} s CPU (target < 20 s wall)")
    print(f"peak RSS: {rss_peak:.0f} MB (before import {rss_before:.0f} MB; target < 500 MB)")
    if traced is not None:
        print(f"peak Python allocations during import (tracemalloc): {traced:.0f} MB")
    print("created:", ", ".join(f"{t} {n:,}" for t, n in sorted(report.created.items())))


if __name__ == "__main__":
    main()
