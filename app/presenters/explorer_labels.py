"""Which names the explorer prints at which zoom, so that no two ever print over each other.

Why on the server: deciding is geometry over every node (a KD-tree and a greedy pass),
cheap in numpy and cached with the elements; the browser only compares each node's
``lz`` with its zoom (app/assets/explorer.js). Names are drawn at a constant size on
screen (``LABEL_FONT_PX``, whatever the node size or zoom), so zooming in shrinks
their boxes relative to the picture and more names fit: a name placed at one zoom
level stays free at every higher one, which makes the levels monotone.

For each zoom level of ``LABEL_ZOOMS`` (lowest first) the names already placed stay,
then the others are tried largest node first: a name is placed when its box meets no
placed name and covers no other node's centre (the largest few may). ``lz`` is the first level where it was placed;
a node without ``lz`` shows its name on hover, when selected or as a neighbour of the
selection only.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import Final

import networkx as nx
import numpy as np
from scipy.spatial import cKDTree

from app.presenters.explorer_style import LABEL_FONT_PX

#: Height and gap under the node of a name's box, in screen px (as the JS draws it).
LABEL_HEIGHT_PX: Final = round(LABEL_FONT_PX * 1.3) + 2
LABEL_OFFSET_PX: Final = 2
LABEL_PAD_PX: Final = 4
#: Zoom levels at which names are decided: 0.25 ... 4.5, each 1.25 times the last.
LABEL_ZOOMS: Final[tuple[float, ...]] = tuple(round(0.25 * 1.25**k, 3) for k in range(14))
#: How far past a node's centre a name may reach before it counts as hiding the node.
COVER: Final = 0.0
#: The largest nodes (this many, or one in twenty) are named even over a neighbour:
#: a board looks for the hubs first. Their names still never meet another name.
HUBS: Final = 5
#: Largest diameter a node gets on screen (explorer.js caps the fitted zoom with it):
#: a view of a few large nodes is fitted below the lowest level, so it gets its own.
MAX_NODE_PX: Final = 96
#: Names considered at all (largest nodes first); the rest show on hover only.
MAX_LABELLED: Final = 400

# Advance widths of DejaVu Sans (Chromium's sans-serif on Debian) in em, rounded up,
# so the estimate is never narrower than the drawn text.
_NARROW, _SEMI, _WIDE = " .,:;'!|ilIj", "ftr-()/[]", "mwMW@"


def text_width(text: str, font_px: float = LABEL_FONT_PX) -> float:
    """Estimated width in px of ``text`` drawn at ``font_px`` (plus padding)."""
    em = 0.0
    for ch in text:
        if ch in _NARROW:
            em += 0.33
        elif ch in _SEMI:
            em += 0.43
        elif ch in _WIDE:
            em += 1.0
        elif ch.isupper():
            em += 0.8
        else:
            em += 0.65
    return em * font_px + LABEL_PAD_PX


def _boxes(points, radii, widths, zoom):
    """Label rectangles (x0, y0, x1, y1) in model units at ``zoom``.

    From the node's bottom edge, gap included: this box holds the drawn one at this
    zoom and at every higher one, so a name free at one level stays free above it.
    """
    half = widths / (2 * zoom)
    top = points[:, 1] + radii
    return np.column_stack(
        [
            points[:, 0] - half,
            top,
            points[:, 0] + half,
            top + (LABEL_OFFSET_PX + LABEL_HEIGHT_PX) / zoom,
        ]
    )


def label_zooms(
    G: nx.Graph, positions: Mapping, sizes: Mapping, mode: str, texts: Mapping
) -> dict[Hashable, float]:
    """The explorer's label mode applied: ``all`` names every node from any zoom,
    ``none`` none, ``auto`` those :func:`label_levels` fits, largest node first."""
    if mode == "all":
        return dict.fromkeys(G, 0)
    if mode == "none":
        return {}
    ranked = sorted(G, key=lambda n: (-sizes[n], -G.degree(n), str(n)))
    return label_levels({n: positions.get(n, (0.0, 0.0)) for n in G}, sizes, texts, ranked)


def label_levels(
    positions: Mapping[Hashable, tuple[float, float]],
    sizes: Mapping[Hashable, float],
    texts: Mapping[Hashable, str],
    order: Sequence[Hashable],
) -> dict[Hashable, float]:
    """Node -> the lowest zoom (of ``LABEL_ZOOMS``) from which its name is printed.

    ``order`` ranks the candidates (largest first); nodes missing from the result
    never print their name on their own.
    """
    nodes = [n for n in positions]
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    points = np.array([positions[n] for n in nodes], dtype=float).reshape(len(nodes), 2)
    radii = np.array([float(sizes.get(n, 0.0)) / 2 for n in nodes])
    tree = cKDTree(points)
    candidates = [index[n] for n in order if n in index][:MAX_LABELLED]
    hubs = set(candidates[: max(HUBS, len(candidates) // 20)])
    widths = np.array([text_width(str(texts.get(n, ""))) for n in nodes])
    placed: dict[int, float] = {}
    capped = MAX_NODE_PX / max(float(radii.max()) * 2, 1e-9)
    levels = LABEL_ZOOMS if capped >= LABEL_ZOOMS[0] else (int(capped * 1000) / 1000, *LABEL_ZOOMS)
    for zoom in levels:
        boxes = _boxes(points, radii, widths, zoom)
        kept = [i for i in placed]
        cell = max(float(widths.max()), LABEL_OFFSET_PX + LABEL_HEIGHT_PX) / zoom
        grid: dict[tuple[int, int], list[int]] = {}

        def cells(b, cell=cell):
            for gx in range(int(b[0] // cell), int(b[2] // cell) + 1):
                for gy in range(int(b[1] // cell), int(b[3] // cell) + 1):
                    yield gx, gy

        for i in kept:
            for c in cells(boxes[i]):
                grid.setdefault(c, []).append(i)
        todo = [i for i in candidates if i not in placed]
        if not todo:
            break
        centres = (boxes[todo, :2] + boxes[todo, 2:]) / 2
        reach = np.hypot(widths[todo], LABEL_OFFSET_PX + LABEL_HEIGHT_PX) / (2 * zoom) + radii.max()
        near = tree.query_ball_point(centres, reach)
        for i, others in zip(todo, near, strict=True):
            b = boxes[i]
            if i not in hubs and _covers_a_node(b, i, others, points, radii):
                continue
            if any(_meets(b, boxes[j]) for c in cells(b) for j in grid.get(c, ())):
                continue
            placed[i] = zoom
            for c in cells(b):
                grid.setdefault(c, []).append(i)
    return {nodes[i]: z for i, z in placed.items()}


def _meets(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _covers_a_node(box, own: int, others: list[int], points, radii) -> bool:
    """Would the name hide most of another node (cover its centre, or more than a
    ``COVER`` share of its radius past it)? Grazing a circle's rim is allowed."""
    for j in others:
        if j == own:
            continue
        x, y, r = points[j, 0], points[j, 1], radii[j] * COVER
        if box[0] < x + r and x - r < box[2] and box[1] < y + r and y - r < box[3]:
            return True
    return False


def label_overlaps(
    positions: Mapping[Hashable, tuple[float, float]],
    sizes: Mapping[Hashable, float],
    texts: Mapping[Hashable, str],
    shown: Sequence[Hashable],
    zoom: float,
) -> int:
    """Pairs of printed names whose boxes intersect at ``zoom`` (benchmark and tests)."""
    nodes = [n for n in shown if n in positions]
    if len(nodes) < 2:
        return 0
    points = np.array([positions[n] for n in nodes], dtype=float)
    radii = np.array([float(sizes.get(n, 0.0)) / 2 for n in nodes])
    widths = np.array([text_width(str(texts.get(n, ""))) for n in nodes])
    b = _boxes(points, radii, widths, zoom)
    x = (b[:, None, 0] < b[None, :, 2]) & (b[None, :, 0] < b[:, None, 2])
    y = (b[:, None, 1] < b[None, :, 3]) & (b[None, :, 1] < b[:, None, 3])
    return int(np.triu(x & y, k=1).sum())
