"""Benchmark: the full metrics panel of graph.metrics versus python-igraph, side by side.

    .venv/bin/python bench/bench_metrics.py                # 1,000 and 10,000 actors
    .venv/bin/python bench/bench_metrics.py --n 1000       # one size
    .venv/bin/python bench/bench_metrics.py --n 100000 --directed no --parallel
                                                           # betweenness sampled (k=256)
    .venv/bin/python bench/bench_metrics.py --demo         # the demo partnership

Graphs: seeded Holme-Kim, ``powerlaw_cluster_graph(n, 4, 0.5, seed=42)``, weights 1-5,
undirected and directed (each tie oriented at random, a quarter both ways), built by
``graph.metrics.synthetic.holme_kim``.

Each side runs in its own fresh process (so peak memory is its own): collabnet's
``metrics_panel`` (networkx graph in, DataFrame + summary out, conversion included),
and igraph computing the same panel from the same networkx graph (conversion
included). igraph has no effective size, Katz, Gould-Fernandez brokerage, boundary
share, E-I index or mixing matrix: for those its side runs collabnet's own numpy code
(marked "shared"), so the ratio compares like with like. Per-metric times of the
collabnet side are measured stage by stage on a fresh conversion; its panel total is
one end-to-end ``metrics_panel`` call.

At 100,000 actors both sides sample betweenness over 256 sources (seed 42, the
networkx sampling rule); the script also reports that sample's error against exact
betweenness on the 10,000-actor graph. From 50,000 actors the collabnet side runs the
stages once and assembles the panel from their memoised results (total = stages +
assembly) instead of a second end-to-end run; ``--sides`` runs one side only.
``--parallel`` runs the two sides at the same time, one process (one core) each:
at 100,000 actors a side takes most of an hour, and running them together means both
see the same machine load. Use it only on a machine with two or more idle cores.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SEED = 42
SAMPLE_K = 256
SAMPLED_FROM = 50_000


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Timer:
    """Stage times; with a ``label`` each stage is also printed as it ends (long runs)."""

    def __init__(self, label: str | None = None) -> None:
        self.times: dict[str, float] = {}
        self.shared: set[str] = set()
        self.label = label

    def run(self, name: str, fn: Callable, shared: bool = False):
        t0 = time.perf_counter()
        out = fn()
        self.times[name] = self.times.get(name, 0.0) + time.perf_counter() - t0
        if self.label:
            print(f"  [{self.label}] {name}: {self.times[name]:.1f} s", flush=True)
        if shared:
            self.shared.add(name)
        return out


def _graph(n: int, directed: bool):
    from graph.metrics.synthetic import holme_kim

    return holme_kim(n, seed=SEED, directed=directed)


def collabnet_side(n: int, directed: bool, k: int | None) -> dict:
    from graph.metrics import brokerage as br
    from graph.metrics import centrality as ce
    from graph.metrics import cohesion as co
    from graph.metrics import communities as cm
    from graph.metrics import homophily as ho
    from graph.metrics.engine import forget, prepare
    from graph.metrics.panel import metrics_panel

    G = _graph(n, directed)
    base = _peak_mb()
    t = Timer("collabnet" if n >= SAMPLED_FROM else None)
    p = t.run("convert", lambda: prepare(G))
    ps = t.run("convert", lambda: prepare(G, weight="weight"))
    t.run("degree (in/out)", lambda: ce.degree_arrays(p))
    t.run("strength", lambda: ce.strength_array(ps))
    bet = t.run("betweenness", lambda: ce.betweenness_array(p, k=k, seed=SEED))
    t.run("closeness", lambda: ce.closeness_array(p))
    t.run("harmonic", lambda: ce.harmonic_array(p))
    if directed:
        t.run("katz", lambda: ce.katz_array(p))
    else:
        t.run("eigenvector", lambda: ce.eigenvector_array(p))
    t.run("pagerank", lambda: ce.pagerank_array(p))
    t.run("clustering", lambda: co.clustering_array(p))
    t.run("core number", lambda: ce.core_number_array(p))
    t.run("constraint", lambda: br.constraint_array(p))
    t.run("effective size", lambda: br.effective_size_array(p))
    memb = t.run("community (louvain)", lambda: cm.community_array(p, seed=SEED))
    t.run("articulation points", lambda: co.articulation_array(p))
    t.run("boundary share", lambda: br.boundary_share_array(p, G))
    t.run("brokerage (G-F)", lambda: br.brokerage_arrays(p, br.group_codes(p, G, "sector")))
    t.run("density/reciprocity", lambda: (co.density(G), co.reciprocity(G)))
    t.run("transitivity", lambda: co.transitivity(G))
    t.run("components", lambda: co.components(G))
    t.run("diameter + avg path", lambda: co.distances_array(p))
    t.run(
        "centralisation",
        lambda: (co.degree_centralisation(p), co.betweenness_centralisation_of(bet)),
    )
    t.run("degree assortativity", lambda: ho.degree_assortativity_of(p))
    t.run("attribute assortativity", lambda: ho.attribute_assortativity_of(p, G, "sector"))
    t.run(
        "E-I + mixing matrix",
        lambda: (ho.ei_index_of(p, G, "sector"), ho.mixing_counts(p, G, "sector")),
    )
    t.run("modularity", lambda: cm.modularity_of(p.undirected, memb))
    t.run("bridges", lambda: co.bridges(G))
    if n >= SAMPLED_FROM:
        # one pass only at this size: assemble the panel from the memoised results
        t0 = time.perf_counter()
        panel = metrics_panel(G, grouping="sector", seed=SEED, betweenness_k=k)
        total = sum(t.times.values()) + time.perf_counter() - t0
    else:
        forget(G)
        t0 = time.perf_counter()
        panel = metrics_panel(G, grouping="sector", seed=SEED, betweenness_k=k)
        total = time.perf_counter() - t0
    out = {
        "times": t.times,
        "shared": set(),
        "total": total,
        "peak_mb": _peak_mb(),
        "base_mb": base,
        "rows": len(panel.nodes),
    }
    if k is None and n == 10_000 and not directed:
        out["exact_betweenness"] = bet
    return out


def igraph_side(n: int, directed: bool, k: int | None) -> dict:
    import igraph as ig
    import numpy as np

    from graph.metrics import brokerage as br
    from graph.metrics import centrality as ce
    from graph.metrics import homophily as ho
    from graph.metrics.engine import prepare

    G = _graph(n, directed)
    base = _peak_mb()
    p = prepare(G)  # only for the metrics igraph lacks (shared code); not timed
    t = Timer("igraph" if n >= SAMPLED_FROM else None)

    def convert():
        nodes = list(G)
        idx = {v: i for i, v in enumerate(nodes)}
        edges = [(idx[u], idx[v]) for u, v in G.edges()]
        g = ig.Graph(n=len(nodes), edges=edges, directed=directed)
        g.es["weight"] = [d for *_, d in G.edges(data="weight", default=1)]
        return g

    t0 = time.perf_counter()
    g = t.run("convert", convert)
    mode = "in" if directed else "all"
    t.run("degree (in/out)", lambda: (g.degree(), g.indegree(), g.outdegree()))
    t.run("strength", lambda: g.strength(weights="weight"))
    if k is None:
        bet = t.run("betweenness", lambda: g.betweenness(directed=directed))
    else:
        src = random.Random(SEED).sample(range(g.vcount()), k)
        bet = t.run("betweenness", lambda: g.betweenness(directed=directed, sources=src))
    t.run("closeness", lambda: g.closeness(mode=mode))
    t.run("harmonic", lambda: g.harmonic_centrality(mode=mode))
    if directed:
        t.run("katz", lambda: ce.katz_array(p), shared=True)
    else:
        t.run("eigenvector", lambda: g.eigenvector_centrality())
    t.run("pagerank", lambda: g.pagerank(directed=directed))
    local = t.run("clustering", lambda: g.transitivity_local_undirected(mode="zero"))
    t.run("core number", lambda: g.coreness())
    t.run("constraint", lambda: g.constraint())
    t.run("effective size", lambda: br.effective_size_array(p), shared=True)
    u = t.run(
        "community (louvain)", lambda: g.as_undirected(combine_edges="sum") if directed else g
    )
    ig.set_random_number_generator(random.Random(SEED))
    cl = t.run("community (louvain)", lambda: u.community_multilevel())
    t.run("articulation points", lambda: g.articulation_points())
    t.run("boundary share", lambda: br.boundary_share_array(p, G), shared=True)
    t.run(
        "brokerage (G-F)",
        lambda: br.brokerage_arrays(p, br.group_codes(p, G, "sector")),
        shared=True,
    )
    t.run("density/reciprocity", lambda: (g.density(), g.reciprocity()))
    t.run("transitivity", lambda: g.transitivity_undirected())
    t.run("average clustering", lambda: float(np.mean(local)))

    def components():
        weak = g.connected_components(mode="weak")
        strong = g.connected_components(mode="strong") if directed else weak
        return weak, strong

    weak, strong = t.run("components", components)

    def distances():
        sub = g.induced_subgraph(max(strong, key=len))
        return sub.diameter(directed=directed), sub.average_path_length(directed=directed)

    t.run("diameter + avg path", distances)

    def centralisation():
        d = np.asarray(g.degree(), float)
        b = np.asarray(bet, float)
        return (d.max() - d).sum(), (b.max() - b).sum()

    t.run("centralisation", centralisation)
    t.run("degree assortativity", lambda: g.assortativity_degree(directed=directed))

    def nominal():
        codes = {}
        types = [codes.setdefault(G.nodes[v].get("sector"), len(codes)) for v in G]
        return g.assortativity_nominal(types, directed=directed)

    t.run("attribute assortativity", nominal)
    t.run(
        "E-I + mixing matrix",
        lambda: (ho.ei_index_of(p, G, "sector"), ho.mixing_counts(p, G, "sector")),
        shared=True,
    )
    t.run("modularity", lambda: u.modularity(cl.membership))
    t.run("bridges", lambda: g.bridges())
    total = time.perf_counter() - t0
    out = {
        "times": t.times,
        "shared": t.shared,
        "total": total,
        "peak_mb": _peak_mb(),
        "base_mb": base,
    }
    return out


def _child(side: str, n: int, directed: bool, k: int | None, q) -> None:
    fn = collabnet_side if side == "collabnet" else igraph_side
    q.put(fn(n, directed, k))


def run_sides(sides: list[str], n: int, directed: bool, k: int | None) -> dict:
    """The given sides at the same time, each in its own fresh process; keyed by side.

    One side at a time is ``run_sides([side], ...)``: a fresh process per run keeps the
    sides' memory and caches apart and gives each its own peak RSS.
    """
    ctx = mp.get_context("spawn")
    started = {}
    for side in sides:
        q = ctx.Queue()
        proc = ctx.Process(target=_child, args=(side, n, directed, k, q))
        proc.start()
        started[side] = (proc, q)
    results = {side: q.get() for side, (proc, q) in started.items()}
    for proc, _ in started.values():
        proc.join()
    return results


def sampling_error() -> None:
    """Sampled (k=256) vs exact betweenness on the 10,000-actor undirected graph."""
    import numpy as np

    from graph.metrics import centrality as ce
    from graph.metrics.engine import prepare

    G = _graph(10_000, False)
    p = prepare(G)
    exact = ce.betweenness_array(p)
    approx = ce.betweenness_array(p, k=SAMPLE_K, seed=SEED)
    err = np.abs(approx - exact)
    top = np.argsort(-exact)[:100]
    rank_top = len(set(top) & set(np.argsort(-approx)[:100]))
    print(f"Sampled betweenness (k={SAMPLE_K}, seed={SEED}) vs exact, n=10,000 undirected:")
    print(
        f"  max abs error {err.max():.2e}, mean abs error {err.mean():.2e}, "
        f"max exact value {exact.max():.3e}, relative error of the top actor "
        f"{err[top[0]] / exact[top[0]]:.1%}, top-100 overlap {rank_top}/100"
    )


def _best(runs: list[dict]) -> dict:
    """Fastest of several runs per metric and for the total; highest peak memory."""
    best = dict(runs[0])
    best["times"] = {m: min(r["times"][m] for r in runs) for m in runs[0]["times"]}
    best["total"] = min(r["total"] for r in runs)
    best["peak_mb"] = max(r["peak_mb"] for r in runs)
    return best


def demo_panel() -> None:
    """The demo partnership (seeds/) through SQLite, build_graph and metrics_panel."""
    import tempfile

    from db.engine import make_engine
    from db.migrate import upgrade
    from db.queries.network import read_network
    from graph.build import build_graph
    from graph.metrics import cache, panel_key
    from graph.metrics.engine import forget
    from graph.metrics.panel import cached_metrics_panel, metrics_panel
    from seeds.demo import seed_demo

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/demo.db"
        upgrade(url)
        engine = make_engine(url)
        seed_demo(engine)
        records = read_network(engine)
        engine.dispose()
    print("\nDemo partnership (seeds/), best of 5, seconds:")
    for level in ("person", "organisation", "mixed"):
        for directed in (False, True):
            G = build_graph(records, level=level, directed=directed)
            best = 1e9
            for _ in range(5):
                forget(G)
                t0 = time.perf_counter()
                metrics_panel(G, grouping="sector")
                best = min(best, time.perf_counter() - t0)
            key = panel_key(records.revision, "", level, directed)
            cache.clear()
            cached_metrics_panel(key, G, grouping="sector")
            t0 = time.perf_counter()
            cached_metrics_panel(key, G, grouping="sector")
            again = time.perf_counter() - t0
            print(
                f"  {level:<13}{'directed' if directed else 'undirected':<11}"
                f"{G.number_of_nodes():>6} actors {G.number_of_edges():>6} ties  "
                f"panel {best * 1000:7.1f} ms  cached again {again * 1000:.3f} ms"
            )


def report(
    n: int, directed: bool, ours: dict, theirs: dict, k: int | None, repeat: int = 1
) -> None:
    kind = "directed" if directed else "undirected"
    note = f"  [betweenness SAMPLED over k={k} sources, seed={SEED}]" if k else ""
    print(f"\n=== n={n:,} {kind} (Holme-Kim m=4 p=0.5 seed={SEED}), best of {repeat}{note}")
    print(f"{'metric':<26}{'collabnet s':>13}{'igraph s':>11}{'ratio':>8}")
    names = list(dict.fromkeys([*ours["times"], *theirs["times"]]))
    for name in names:
        a = ours["times"].get(name)
        b = theirs["times"].get(name)
        ratio = f"{a / b:.2f}" if a is not None and b else ""
        mark = " (shared)" if name in theirs["shared"] else ""
        a_s = f"{a:.4f}" if a is not None else "-"
        b_s = f"{b:.4f}" if b is not None else "-"
        print(f"{name:<26}{a_s:>13}{b_s:>11}{ratio:>8}{mark}")
    ratio = ours["total"] / theirs["total"]
    print(f"{'PANEL TOTAL':<26}{ours['total']:>13.3f}{theirs['total']:>11.3f}{ratio:>8.2f}")
    print(
        f"peak RSS MB: collabnet {ours['peak_mb']:.0f} (after graph build "
        f"{ours['base_mb']:.0f}), igraph {theirs['peak_mb']:.0f} "
        f"(after graph build {theirs['base_mb']:.0f})"
    )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, nargs="*", default=[1_000, 10_000])
    ap.add_argument("--directed", choices=["both", "yes", "no"], default="both")
    ap.add_argument(
        "--repeat",
        type=int,
        default=None,
        help="runs per side, best kept (default 3 up to 2,000 actors, else 1)",
    )
    ap.add_argument("--sides", choices=["both", "collabnet", "igraph"], default="both")
    ap.add_argument("--demo", action="store_true", help="only the demo partnership panel")
    ap.add_argument(
        "--parallel", action="store_true", help="run both sides at the same time (2+ idle cores)"
    )
    args = ap.parse_args(argv)
    if args.demo:
        demo_panel()
        return
    modes = {"both": [False, True], "yes": [True], "no": [False]}[args.directed]
    print(f"python {sys.version.split()[0]}; each side in a fresh process; times in seconds")
    if any(n >= SAMPLED_FROM for n in args.n):
        sampling_error()
    for n in args.n:
        k = SAMPLE_K if n >= SAMPLED_FROM else None
        repeat = args.repeat or (3 if n <= 2_000 else 1)
        for directed in modes:
            sides = ["collabnet", "igraph"] if args.sides == "both" else [args.sides]
            runs = {side: [] for side in sides}
            for _ in range(repeat):  # alternate sides so both see the same machine load
                if args.parallel:
                    done = run_sides(list(runs), n, directed, k)
                else:
                    done = {side: run_sides([side], n, directed, k)[side] for side in runs}
                for side, res in done.items():
                    runs[side].append(res)
                    print(
                        f"  [{side} n={n:,} directed={directed}: panel {res['total']:.2f} s, "
                        f"peak {res['peak_mb']:.0f} MB]",
                        flush=True,
                    )
            if len(runs) == 2:
                report(n, directed, _best(runs["collabnet"]), _best(runs["igraph"]), k, repeat)
            else:
                for side, res in runs.items():
                    print(f"\n=== n={n:,} {'directed' if directed else 'undirected'}, {side} only")
                    for name, sec in _best(res)["times"].items():
                        print(f"{name:<26}{sec:>13.4f}")
                    print(f"{'PANEL TOTAL':<26}{_best(res)['total']:>13.3f}")


if __name__ == "__main__":
    main()
