"""Is the explorer's picture readable? Overlapping circles and names, canvas used, time.

    .venv/bin/python bench/bench_readability.py            # --canvas 820x600 --repeats 3

For the demo partnership (a temporary SQLite file, ``collabnet seed demo``) at person,
organisation and mixed level, and for a synthetic partnership of 2,000 actors
(``bench.synthetic``) at person and mixed level, it draws the default view exactly as
the explorer does (``explorer_view``: force layout, colour by type, size by degree)
and prints per view:

- node overlaps: pairs of drawn circles (positions and drawn sizes) that intersect;
- label overlaps: pairs of names printed at the fitted zoom whose boxes intersect
  (the names whose ``lz`` is at most that zoom, as app/assets/explorer.js prints them);
- labels: how many names print at that zoom;
- canvas used: area of the fitted picture (circles included) over the canvas area,
  the camera fitted as explorer.js does on a ``--canvas`` of the 1440x900 page;
- layout: today's force layout (Fruchterman-Reingold per component + tidy isolates,
  the peer, measured in the same run) and the readable one (the same, ForceAtlas2
  rounds on components up to 400 nodes, circles pushed apart and fitted),
  median of ``--repeats`` cold runs, with their ratio; names: the label pass apart.

The demo is then drawn with every colour and size choice, with the force and the
grouped layout, at each level; the last line sums the overlaps over all those views:
``demo node overlaps: N, label overlaps: M`` (targets: 0 and 0; layout ratio at 2,000
actors <= 1.5). Results: docs/benchmarks.md.
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

import pandas as pd  # noqa: E402

from app.presenters import explorer_view as ev  # noqa: E402
from app.presenters.explorer_elements import COLOR_BY, build_elements, node_sizes  # noqa: E402
from app.presenters.explorer_labels import MAX_NODE_PX, label_overlaps  # noqa: E402
from app.presenters.explorer_picture import drawn_sizes, raw_sizes, readable  # noqa: E402
from app.presenters.explorer_state import ExplorerState  # noqa: E402
from app.presenters.explorer_view import ExplorerRequest, explorer_view  # noqa: E402
from app.presenters.explorer_view_controls import MENU_SIZES  # noqa: E402
from app.presenters.explorer_view_shape import tidy_isolates  # noqa: E402
from bench.synthetic import synthetic_partnership  # noqa: E402
from db import migrate  # noqa: E402
from db.engine import make_engine  # noqa: E402
from db.queries import read_network  # noqa: E402
from graph import layout as graph_layout  # noqa: E402
from graph.filters import NetworkFilter, network_for  # noqa: E402
from graph.layout import layout_positions  # noqa: E402
from graph.metrics import degree  # noqa: E402
from graph.overlap import node_overlaps  # noqa: E402

#: What explorer.js uses: padding around the picture (and MAX_NODE_PX, the largest node).
PADDING_PX = 24


def demo_records(directory: Path):
    from seeds.demo import seed_demo

    url = f"sqlite:///{directory / 'demo.db'}"
    migrate.upgrade(url)
    engine = make_engine(url)
    try:
        seed_demo(engine, if_empty=True)
        return read_network(engine)
    finally:
        engine.dispose()


def drawn(view) -> tuple[dict, dict, dict, dict]:
    """positions, sizes, names and label zooms of the drawn nodes (string ids)."""
    nodes = [e for e in view.elements if "position" in e]
    pos = {e["data"]["id"]: (e["position"]["x"], e["position"]["y"]) for e in nodes}
    size = {e["data"]["id"]: e["data"]["size"] for e in nodes}
    text = {e["data"]["id"]: e["data"]["label"] for e in nodes}
    zoom = {e["data"]["id"]: e["data"]["lz"] for e in nodes if e["data"].get("lz") is not None}
    return pos, size, text, zoom


def fitted_zoom(pos: dict, size: dict, canvas: tuple[int, int]) -> tuple[float, float]:
    """(zoom, share of the canvas used) as explorer.js fits the nodes."""
    if not pos:
        return 1.0, 0.0
    xs0 = [x - size[n] / 2 for n, (x, _) in pos.items()]
    xs1 = [x + size[n] / 2 for n, (x, _) in pos.items()]
    ys0 = [y - size[n] / 2 for n, (_, y) in pos.items()]
    ys1 = [y + size[n] / 2 for n, (_, y) in pos.items()]
    bw, bh = max(xs1) - min(xs0), max(ys1) - min(ys0)
    w, h = canvas[0] - 2 * PADDING_PX, canvas[1] - 2 * PADDING_PX
    zoom = min(w / max(bw, 1), h / max(bh, 1), MAX_NODE_PX / max(size.values()))
    return zoom, (bw * zoom) * (bh * zoom) / (canvas[0] * canvas[1])


def judge(view, canvas) -> dict:
    pos, size, text, lz = drawn(view)
    zoom, used = fitted_zoom(pos, size, canvas)
    shown = [n for n, z in lz.items() if z <= zoom + 1e-9]
    return {
        "nodes": len(pos),
        "node_overlaps": node_overlaps(pos, size),
        "label_overlaps": label_overlaps(pos, size, text, shown, zoom),
        "labels": len(shown),
        "used": used,
        "zoom": zoom,
    }


def layout_times(records, level: str, repeats: int) -> dict:
    """Cold layout times: today's force layout (peer) and the readable one."""
    G = network_for(records, NetworkFilter(), level)
    metrics = pd.DataFrame({"degree": degree(G)})

    def today():
        # today's force layout: Fruchterman-Reingold alone, without the ForceAtlas2
        # rounds small components now get (graph.layout.CLUSTER_REFINE_MAX)
        kept, graph_layout.CLUSTER_REFINE_MAX = graph_layout.CLUSTER_REFINE_MAX, 0
        try:
            return tidy_isolates(G, layout_positions(G, "force", seed=0))
        finally:
            graph_layout.CLUSTER_REFINE_MAX = kept

    def ours():
        raw = tidy_isolates(G, layout_positions(G, "force", seed=0))
        return readable(raw, raw_sizes(G, metrics, "degree", len(G)), "force")

    def names():
        positions, factor = ours()
        sizes = drawn_sizes(raw_sizes(G, metrics, "degree", len(G)), factor)
        started = time.perf_counter()
        build_elements(G, positions, metrics, size_by="degree", sizes=sizes)
        return time.perf_counter() - started

    out: dict[str, list[float]] = {"today": [], "ours": [], "names": []}
    for _ in range(repeats):
        for name, run in (("today", today), ("ours", ours)):
            started = time.perf_counter()
            run()
            out[name].append(time.perf_counter() - started)
        out["names"].append(names())
    old = today()
    before = node_overlaps(old, node_sizes(G, metrics, "degree"))
    return {k: statistics.median(v) for k, v in out.items()} | {"today_overlaps": before}


def report(title: str, records, level: str, canvas, repeats: int) -> dict:
    ev.clear_caches()
    view = explorer_view(records, ExplorerRequest(ExplorerState(level=level)), None)
    j = judge(view, canvas)
    t = layout_times(records, level, repeats)
    print(
        f"{title:<10} {level:<12} {j['nodes']:>5} nodes  node overlaps {j['node_overlaps']:>3} "
        f"(today {t['today_overlaps']:>4})  label overlaps {j['label_overlaps']:>2} "
        f"({j['labels']:>3} names)  canvas used {j['used']:.0%}  layout {t['ours'] * 1000:6.0f} ms"
        f" vs today {t['today'] * 1000:6.0f} ms = {t['ours'] / t['today']:.2f}x"
        f"  names {t['names'] * 1000:5.0f} ms",
        flush=True,
    )
    return j | t


def every_choice(records, canvas) -> tuple[int, int, int]:
    """Summed overlaps over every level x layout x colour x size of the demo."""
    nodes = labels = views = 0
    for level in ("person", "organisation", "mixed"):
        for layout in ("force", "grouped"):
            for color in COLOR_BY:
                for size in (None, *MENU_SIZES):
                    state = ExplorerState(level=level, layout=layout, color_by=color, size_by=size)
                    j = judge(explorer_view(records, ExplorerRequest(state), None), canvas)
                    nodes += j["node_overlaps"]
                    labels += j["label_overlaps"]
                    views += 1
    return nodes, labels, views


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--canvas", default="820x600", help="canvas px (1440x900 page)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--actors", type=int, default=2000)
    args = parser.parse_args()
    canvas = tuple(int(v) for v in args.canvas.split("x"))
    print(f"load average {os.getloadavg()[0]:.2f}; canvas {canvas[0]}x{canvas[1]} px", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        demo = demo_records(Path(tmp))
        for level in ("person", "organisation", "mixed"):
            report("demo", demo, level, canvas, args.repeats)
        synthetic = synthetic_partnership(args.actors)
        for level in ("person", "mixed"):
            report(f"{args.actors} act.", synthetic, level, canvas, args.repeats)
        nodes, labels, views = every_choice(demo, canvas)
        print(f"every level x layout (force, grouped) x colour x size: {views} views")
        print(f"demo node overlaps: {nodes}, label overlaps: {labels}")


if __name__ == "__main__":
    main()
