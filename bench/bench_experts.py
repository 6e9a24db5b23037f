"""Expert search and expertise map timings (median of 10).

    .venv/bin/python bench/bench_experts.py [--sizes 10000] [--demo]

Targets (issue 6): an expert search under 100 ms on the demo and under 1 s on a
synthetic partnership of 10,000 actors; the expertise map of the demo under 200 ms.
The peer in the same run is a plain networkx shortest-path search from the asker
(what any tool must do at least once), so the ratio shows the finder's overhead.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic import synthetic_partnership  # noqa: E402
from graph.expertise import find_gaps, should_meet, supply_demand  # noqa: E402
from graph.experts import ExpertQuery, find_experts  # noqa: E402
from graph.introductions import introduction_graph  # noqa: E402
from graph.records import NetworkRecords  # noqa: E402


def median_ms(fn, repeat: int = 10) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def report(label: str, records: NetworkRecords, asker: int, themes: tuple[str, ...]) -> None:
    query = ExpertQuery(
        asker=asker,
        themes=themes,
        outside_own_organisation=True,
        text="begeleiding van leerlingen",
        limit=10,
    )
    search = median_ms(lambda: find_experts(records, query))
    # free text only, the page's own example: every candidate's evidence is scored
    free = ExpertQuery(asker=asker, text="kinderen met leesproblemen in groep 3", limit=10)
    free_text = median_ms(lambda: find_experts(records, free))
    graph = introduction_graph(records)
    peer = median_ms(lambda: nx.single_source_dijkstra(graph, asker, weight="cost"))
    emap = median_ms(lambda: (supply_demand(records), find_gaps(records), should_meet(records)))
    print(f"{label}: actors={len(records.actors)} ties={len(records.ties)}")
    print(f"  expert search       {search:9.1f} ms (median of 10)")
    print(f"  free-text search    {free_text:9.1f} ms   ratio {free_text / peer:5.1f}x")
    print(f"  peer: nx dijkstra   {peer:9.1f} ms   ratio {search / peer:5.1f}x")
    print(f"  expertise map       {emap:9.1f} ms (supply/demand + gaps + should-meet)")


def demo_records() -> tuple[NetworkRecords, int]:
    """The demo partnership, imported into a temporary SQLite file and read back."""
    import tempfile

    from db.engine import make_engine
    from db.migrate import upgrade
    from db.queries import read_network
    from seeds.demo import DEMO_ASKER, seed_demo

    url = f"sqlite:///{tempfile.mkdtemp()}/bench.db"
    upgrade(url)
    engine = make_engine(url)
    seed_demo(engine)
    records = read_network(engine)
    asker = next(a.id for a in records.actors if a.key == DEMO_ASKER)
    return records, asker, engine


def report_pages(engine) -> None:
    """What a page request costs on the demo: the presenters with the records cached
    per data revision (the revision query included), cards worded, figure built."""
    from app.presenters.expertise import expertise_view
    from app.presenters.experts import experts_view
    from app.viewer import LOCAL_USER
    from db.queries import read_network
    from seeds.demo import DEMO_ASKER, DEMO_QUESTION_THEME

    read = median_ms(lambda: read_network(engine))
    finder = median_ms(
        lambda: experts_view(
            engine, LOCAL_USER, "nl", themes=[DEMO_QUESTION_THEME], asker=DEMO_ASKER
        )
    )
    emap = median_ms(lambda: expertise_view(engine, LOCAL_USER, "nl"))
    print("demo pages (presenter, records cached by revision):")
    print(f"  read_network (cache miss)       {read:9.1f} ms")
    print(f"  expert finder page (10 cards)   {finder:9.1f} ms")
    print(f"  expertise map page              {emap:9.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000])
    parser.add_argument("--demo", action="store_true", help="also time the demo partnership")
    args = parser.parse_args()
    if args.demo:
        records, asker, engine = demo_records()
        report("demo", records, asker, ("dyslexia",))
        report_pages(engine)
    for size in args.sizes:
        records = synthetic_partnership(size)
        asker = next(a.id for a in records.actors if a.kind == "person")
        report(f"synthetic {size}", records, asker, ("dyslexia", "reading_language"))


if __name__ == "__main__":
    main()
