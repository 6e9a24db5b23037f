"""Database -> records -> networkx graph, against the same graph from in-memory tuples.

    .venv/bin/python bench/bench_db_to_graph.py --actors 25000 --ties 100000

Fills a fresh SQLite file with Core bulk inserts (the fill is not what is measured),
then times, median of ``--repeat`` runs each, in wall and in CPU seconds:
  db:        read_network(engine) + the graph built from the records
  in-memory: the same graph built from the same data kept as plain tuples
for three graphs: "lean" (nx.DiGraph of nodes and (source, target, weight)),
"attributed" (node attributes kind/type/name/sector/region, edge attributes
weight/key/frequency/.../themes/motives) and "collabnet build_graph" (the graph the
product itself builds with graph.build.build_graph at person level; the in-memory side
first turns the tuples into records, as any caller without a database must).
Each pair of graphs is checked equal. Target: ratio at most 2x. Not a test: run by hand.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import networkx as nx
from sqlalchemy import Engine, insert, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db import migrate  # noqa: E402
from db.engine import make_engine  # noqa: E402
from db.models import Actor, Affiliation, CodebookEntry, Tie, TieCode  # noqa: E402
from db.queries import read_network  # noqa: E402
from db.revision import current_revision  # noqa: E402
from graph.build import build_graph  # noqa: E402
from graph.records import (  # noqa: E402
    ActorRecord,
    AffiliationRecord,
    NetworkRecords,
    TieRecord,
)

ORG_TYPES = ("school", "school", "school", "company", "out_of_school_partner", "lectoraat")
PERSON_TYPES = ("teacher", "teacher", "teacher", "school_leader", "researcher", "student_teacher")
FREQUENCY = ("once", "yearly", "quarterly", "monthly", "weekly")
FREQUENCY_WEIGHT = {code: float(i + 1) for i, code in enumerate(FREQUENCY)}
BATCH = 10_000
# edge attributes of the "attributed" graph, after the weight
EDGE_FIELDS = (
    "key",
    "frequency",
    "voluntariness",
    "mode",
    "participation",
    "scope",
    "start",
    "end",
    "themes",
    "motives",
)
NODE_FIELDS = ("kind", "type", "name", "sector", "region")


@dataclass
class Filled:
    """What was inserted, kept in memory as plain tuples for the reference builds."""

    nodes: list[tuple[int, str, str, str, str | None, str]] = field(default_factory=list)
    edges: list[tuple] = field(default_factory=list)  # (s, t, w, *EDGE_FIELDS values)
    affiliations: list[tuple[int, int]] = field(default_factory=list)  # (person, organisation)

    def lean_edges(self) -> list[tuple[int, int, float]]:
        return [(e[0], e[1], e[2]) for e in self.edges]


def fill(engine: Engine, n_actors: int, n_ties: int, seed: int) -> Filled:
    """Insert actors, affiliations, ties and tie codes with Core bulk inserts."""
    rng = random.Random(seed)
    n_orgs = max(1, n_actors // 10)
    with engine.begin() as conn:
        entries = conn.execute(
            select(CodebookEntry.id, CodebookEntry.category).where(
                CodebookEntry.category.in_(("theme", "motive"))
            )
        ).all()
        code_of = {
            i: c for i, c in conn.execute(select(CodebookEntry.id, CodebookEntry.code)).all()
        }
        themes = [i for i, c in entries if c == "theme"]
        theme_set = set(themes)
        motives = [i for i, c in entries if c == "motive"]
        filled = Filled()
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
            a = actors[-1]
            filled.nodes.append((i, a["kind"], a["type"], a["name"], a["sector"], a["region"]))
        _bulk(conn, Actor, actors)
        affiliations = [
            {"person_id": p, "organisation_id": rng.randint(1, n_orgs), "function": "teacher"}
            for p in range(n_orgs + 1, n_actors + 1)
        ]
        _bulk(conn, Affiliation, affiliations)
        filled.affiliations = [(a["person_id"], a["organisation_id"]) for a in affiliations]
        ties, codes = [], []
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
            chosen = sorted({rng.choice(themes), rng.choice(themes), rng.choice(motives)})
            codes.extend({"tie_id": i, "entry_id": entry} for entry in chosen)
            tie = ties[-1]
            filled.edges.append(
                (source, target, FREQUENCY_WEIGHT[frequency])
                + tuple(tie.get(name) for name in EDGE_FIELDS[:-2])
                + (
                    tuple(code_of[e] for e in chosen if e in theme_set),
                    tuple(code_of[e] for e in chosen if e not in theme_set),
                )
            )
        _bulk(conn, Tie, ties)
        _bulk(conn, TieCode, codes)
    return filled


def _bulk(conn, model, rows: list[dict]) -> None:  # type: ignore[no-untyped-def]
    for i in range(0, len(rows), BATCH):
        conn.execute(insert(model), rows[i : i + BATCH])


def graph_from_edges(nodes: list[int], edges: list[tuple[int, int, float]]) -> nx.DiGraph:
    """Lean: nodes and (source, target, weight) only."""
    graph = nx.DiGraph()
    graph.add_nodes_from(nodes)
    graph.add_weighted_edges_from(edges)
    return graph


def _weight(t: TieRecord) -> float:
    return t.weight or FREQUENCY_WEIGHT.get(t.frequency or "", 1.0)


def graph_from_records(records: NetworkRecords) -> nx.DiGraph:
    edges = [(t.source, t.target, _weight(t)) for t in records.ties]
    return graph_from_edges([a.id for a in records.actors], edges)


def attributed_from_tuples(filled: Filled) -> nx.DiGraph:
    """Attributed: node and edge attribute dicts built from in-memory tuples."""
    graph = nx.DiGraph()
    graph.add_nodes_from((n[0], dict(zip(NODE_FIELDS, n[1:], strict=True))) for n in filled.nodes)
    graph.add_edges_from(
        (e[0], e[1], {"weight": e[2], **dict(zip(EDGE_FIELDS, e[3:], strict=True))})
        for e in filled.edges
    )
    return graph


def attributed_from_records(records: NetworkRecords) -> nx.DiGraph:
    graph = nx.DiGraph()
    graph.add_nodes_from(
        (a.id, {"kind": a.kind, "type": a.type, "name": a.name, "sector": a.sector,
                "region": a.region})
        for a in records.actors
    )  # fmt: skip
    graph.add_edges_from(
        (t.source, t.target, {"weight": _weight(t), "key": t.key, "frequency": t.frequency,
                              "voluntariness": t.voluntariness, "mode": t.mode,
                              "participation": t.participation, "scope": t.scope,
                              "start": t.start, "end": t.end, "themes": t.themes,
                              "motives": t.motives})
        for t in records.ties
    )  # fmt: skip
    return graph


def records_from_tuples(filled: Filled, revision: str = "0") -> NetworkRecords:
    """The same records read_network returns, made from the in-memory tuples."""
    orgs: dict[int, list[int]] = {}
    for person, organisation in filled.affiliations:
        orgs.setdefault(person, []).append(organisation)
    actors = tuple(
        ActorRecord(i, f"A{i:06d}", kind, type_, name, sector=sector, region=region,
                    organisation_ids=tuple(sorted(orgs.get(i, ()))))
        for i, kind, type_, name, sector, region in filled.nodes
    )  # fmt: skip
    ties = tuple(
        TieRecord(i, e[0], e[1], directed=True, frequency=e[4], voluntariness=e[5], mode=e[6],
                  participation=e[7], scope=e[8], start=e[9], end=e[10], themes=e[11],
                  motives=e[12], key=e[3])
        for i, e in enumerate(filled.edges, start=1)
    )  # fmt: skip
    affiliations = tuple(AffiliationRecord(p, o, "teacher") for p, o in filled.affiliations)
    return NetworkRecords(actors=actors, ties=ties, affiliations=affiliations, revision=revision)


def collabnet_graph(records: NetworkRecords) -> nx.Graph:
    """The graph the product builds (graph.build.build_graph, person level, undirected)."""
    return build_graph(records, level="person")


def median_time(action: Callable[[], object], repeat: int) -> tuple[float, float, object]:
    """Median wall and CPU seconds of ``repeat`` runs, and the last result.

    CPU time (this process only) is the fair figure on a shared machine: wall time
    also counts the time other processes held the two cores.
    """
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        result = None  # let the previous result go before timing the next run
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        result = action()
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - wall)
    return statistics.median(walls), statistics.median(cpus), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=25_000)
    parser.add_argument("--ties", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--url", help="an EMPTY database to fill instead of a temporary SQLite file"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        url = args.url or f"sqlite:///{Path(tmp) / 'bench.db'}"
        migrate.upgrade(url)
        engine = make_engine(url)
        start = time.perf_counter()
        filled = fill(engine, args.actors, args.ties, args.seed)
        print(
            f"fill: {args.actors} actors, {args.ties} ties in {time.perf_counter() - start:.1f} s"
        )
        nodes, edges = [n[0] for n in filled.nodes], filled.lean_edges()
        revision = current_revision(engine)

        w_read, c_read, records = median_time(lambda: read_network(engine), args.repeat)
        assert isinstance(records, NetworkRecords)
        print(f"records: {len(records.actors)} actors, {len(records.ties)} ties")
        print(f"median of {args.repeat}            wall s   cpu s")
        print(f"read_network alone:          {w_read:6.3f}  {c_read:6.3f}")
        del records
        for label, from_db, from_memory in (
            ("lean (s, t, w)", graph_from_records, lambda: graph_from_edges(nodes, edges)),
            ("attributed", attributed_from_records, lambda: attributed_from_tuples(filled)),
            (
                "collabnet build_graph (person level)",
                collabnet_graph,
                lambda: collabnet_graph(records_from_tuples(filled, revision)),
            ),
        ):
            w_db, c_db, g_db = median_time(lambda f=from_db: f(read_network(engine)), args.repeat)
            w_mem, c_mem, g_mem = median_time(from_memory, args.repeat)
            assert isinstance(g_db, nx.Graph) and isinstance(g_mem, nx.Graph)
            assert nx.utils.graphs_equal(g_db, g_mem), f"{label}: graphs differ"
            print(f"{label}:")
            print(f"  db -> records -> graph:    {w_db:6.3f}  {c_db:6.3f}")
            print(f"  in-memory tuples -> graph: {w_mem:6.3f}  {c_mem:6.3f}")
            print(
                f"  ratio db / in-memory:      {w_db / w_mem:5.2f}x  {c_db / c_mem:5.2f}x"
                "  (target <= 2x)"
            )
            del g_db, g_mem
        engine.dispose()


if __name__ == "__main__":
    main()
