"""Database -> records -> networkx graph, against the same graph from in-memory tuples.

    .venv/bin/python bench/bench_db_to_graph.py --actors 25000 --ties 100000

Fills a fresh SQLite file with Core bulk inserts (the fill is not what is measured),
then times, median of ``--repeat`` runs each:
  db:        read_network(engine) + nx.DiGraph from (source, target, weight) of the records
  in-memory: nx.DiGraph from the same (source, target, weight) tuples already in memory
and prints both and their ratio (target: at most 2x). Not a test: run it by hand.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import networkx as nx
from sqlalchemy import Engine, insert, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db import migrate  # noqa: E402
from db.engine import make_engine  # noqa: E402
from db.models import Actor, Affiliation, CodebookEntry, Tie, TieCode  # noqa: E402
from db.queries import read_network  # noqa: E402
from graph.records import NetworkRecords  # noqa: E402

ORG_TYPES = ("school", "school", "school", "company", "out_of_school_partner", "lectoraat")
PERSON_TYPES = ("teacher", "teacher", "teacher", "school_leader", "researcher", "student_teacher")
FREQUENCY = ("once", "yearly", "quarterly", "monthly", "weekly")
FREQUENCY_WEIGHT = {code: float(i + 1) for i, code in enumerate(FREQUENCY)}
BATCH = 10_000


def fill(engine: Engine, n_actors: int, n_ties: int, seed: int) -> list[tuple[int, int, float]]:
    """Insert actors, affiliations, ties and tie codes; return the (s, t, w) edges."""
    rng = random.Random(seed)
    n_orgs = max(1, n_actors // 10)
    with engine.begin() as conn:
        entries = conn.execute(
            select(CodebookEntry.id, CodebookEntry.category).where(
                CodebookEntry.category.in_(("theme", "motive"))
            )
        ).all()
        themes = [i for i, c in entries if c == "theme"]
        motives = [i for i, c in entries if c == "motive"]
        actors = []
        for i in range(1, n_actors + 1):
            org = i <= n_orgs
            actors.append(
                {
                    "id": i,
                    "key": f"A{i:06d}",
                    "kind": "organisation" if org else "person",
                    "type": rng.choice(ORG_TYPES if org else PERSON_TYPES),
                    "name": f"Actor {i}",
                    "sector": rng.choice(("po", "vo", "mbo", None)),
                    "region": rng.choice(("Noordstad", "Zuidveen", "Oosterwijk", "Westdam")),
                    "attributes": {},
                }
            )
        _bulk(conn, Actor, actors)
        affiliations = [
            {"person_id": p, "organisation_id": rng.randint(1, n_orgs), "function": "teacher"}
            for p in range(n_orgs + 1, n_actors + 1)
        ]
        _bulk(conn, Affiliation, affiliations)
        ties, codes, edges = [], [], []
        for i in range(1, n_ties + 1):
            source = rng.randint(1, n_actors)
            target = rng.randint(1, n_actors - 1)
            target += target >= source
            frequency = rng.choice(FREQUENCY)
            start = date(2022, 9, 1) + timedelta(days=rng.randrange(1200))
            ties.append(
                {
                    "id": i,
                    "key": f"T{i:07d}",
                    "source_id": source,
                    "target_id": target,
                    "directed": True,
                    "frequency": frequency,
                    "voluntariness": rng.choice(("voluntary", "imposed")),
                    "mode": rng.choice(("face_to_face", "online", "hybrid")),
                    "participation": rng.choice(("non_committal", "passive", "active")),
                    "scope": rng.choice(("local", "regional")),
                    "start": start,
                    "end": start + timedelta(days=365) if rng.random() < 0.5 else None,
                }
            )
            for entry in {rng.choice(themes), rng.choice(themes), rng.choice(motives)}:
                codes.append({"tie_id": i, "entry_id": entry})
            edges.append((source, target, FREQUENCY_WEIGHT[frequency]))
        _bulk(conn, Tie, ties)
        _bulk(conn, TieCode, codes)
    return edges


def _bulk(conn, model, rows: list[dict]) -> None:  # type: ignore[no-untyped-def]
    for i in range(0, len(rows), BATCH):
        conn.execute(insert(model), rows[i : i + BATCH])


def graph_from_edges(nodes: list[int], edges: list[tuple[int, int, float]]) -> nx.DiGraph:
    graph = nx.DiGraph()
    graph.add_nodes_from(nodes)
    graph.add_weighted_edges_from(edges)
    return graph


def graph_from_records(records: NetworkRecords) -> nx.DiGraph:
    edges = [
        (t.source, t.target, t.weight or FREQUENCY_WEIGHT.get(t.frequency or "", 1.0))
        for t in records.ties
    ]
    return graph_from_edges([a.id for a in records.actors], edges)


def median_time(action: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=25_000)
    parser.add_argument("--ties", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        migrate.upgrade(url)
        engine = make_engine(url)
        start = time.perf_counter()
        edges = fill(engine, args.actors, args.ties, args.seed)
        print(
            f"fill: {args.actors} actors, {args.ties} ties in {time.perf_counter() - start:.1f} s"
        )
        nodes = list(range(1, args.actors + 1))

        t_read, records = median_time(lambda: read_network(engine), args.repeat)
        t_db, g_db = median_time(lambda: graph_from_records(read_network(engine)), args.repeat)
        t_mem, g_mem = median_time(lambda: graph_from_edges(nodes, edges), args.repeat)
        assert isinstance(g_db, nx.DiGraph) and isinstance(g_mem, nx.DiGraph)
        assert isinstance(records, NetworkRecords)
        same = nx.utils.graphs_equal(g_db, g_mem)
        print(f"records: {len(records.actors)} actors, {len(records.ties)} ties")
        print(f"read_network alone:           {t_read:.3f} s (median of {args.repeat})")
        print(f"db -> records -> graph:       {t_db:.3f} s")
        print(f"in-memory tuples -> graph:    {t_mem:.3f} s")
        print(f"ratio db / in-memory:         {t_db / t_mem:.2f}x (target <= 2x)")
        print(f"graphs identical: {same}")
        engine.dispose()


if __name__ == "__main__":
    main()
