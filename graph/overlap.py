"""Nodes drawn as circles that never cover each other: separate, fit and count.

Why apart from the layouts: every layout places points, but the explorer draws circles
of different sizes; a force layout of a dense partnership piles them into one ball
(Gephi's answer is ForceAtlas2's "prevent overlap"). This module takes any positions
and diameters (same units) and moves the circles apart as little as needed, so the
layouts stay what they are and the picture becomes readable. Pure geometry on numpy
and scipy's KD-tree: pairs are only looked for among near neighbours, so a pass costs
milliseconds at thousands of nodes.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping

import numpy as np
from scipy.spatial import cKDTree

Positions = dict[Hashable, tuple[float, float]]
_GOLDEN = math.pi * (3 - math.sqrt(5))


def _arrays(pos: Mapping, diameters: Mapping) -> tuple[list, np.ndarray, np.ndarray]:
    nodes = list(pos)
    points = np.array([pos[n] for n in nodes], dtype=float).reshape(len(nodes), 2)
    radii = np.array([float(diameters.get(n, 0.0)) / 2 for n in nodes], dtype=float)
    return nodes, points, radii


def _overlapping(points: np.ndarray, radii: np.ndarray, gap: float):
    """Index pairs (i, j) whose circles (plus ``gap``) intersect, with their distances."""
    if len(points) < 2:
        return np.empty((0, 2), dtype=int), np.empty(0), np.empty(0)
    reach = 2 * float(radii.max()) + gap
    pairs = cKDTree(points).query_pairs(r=reach, output_type="ndarray")
    if len(pairs) == 0:
        return pairs, np.empty(0), np.empty(0)
    i, j = pairs[:, 0], pairs[:, 1]
    dist = np.hypot(*(points[j] - points[i]).T)
    need = radii[i] + radii[j] + gap
    hit = dist < need - 1e-9
    return pairs[hit], dist[hit], need[hit]


def separate(
    pos: Mapping[Hashable, tuple[float, float]],
    diameters: Mapping[Hashable, float],
    *,
    gap: float = 0.0,
    iterations: int = 25,
    uniform: bool = False,
) -> Positions:
    """Positions where no two circles (``diameters``, plus ``gap``) intersect.

    ``uniform=False`` (force and grouped layouts): overlapping pairs push each other
    apart along the line between them, a few dozen rounds, so a dense ball opens up
    locally and clusters stay clusters. ``uniform=True`` (circle, grid, rings, tree)
    and whatever the rounds left: the whole picture is stretched about its centre by
    the smallest factor that frees every pair, which keeps a regular shape regular.
    Deterministic: coincident points part along fixed angles.
    """
    nodes, points, radii = _arrays(pos, diameters)
    if len(nodes) < 2:
        return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, points, strict=True)}
    for _ in range(0 if uniform else iterations):
        pairs, dist, need = _overlapping(points, radii, gap)
        if len(pairs) == 0:
            break
        i, j = pairs[:, 0], pairs[:, 1]
        delta = points[j] - points[i]
        angle = (i * _GOLDEN + j) % (2 * math.pi)
        unit = np.where(
            dist[:, None] > 1e-9,
            delta / np.maximum(dist, 1e-9)[:, None],
            np.column_stack([np.cos(angle), np.sin(angle)]),
        )
        push = unit * ((need - dist) * 0.5 * 1.05)[:, None]
        moves = np.zeros_like(points)
        np.add.at(moves, i, -push)
        np.add.at(moves, j, push)
        points += moves
    pairs, dist, need = _overlapping(points, radii, gap)
    if len(pairs):
        if float(dist.min()) <= 1e-9:  # still coincident: part them first
            points += (
                np.column_stack(
                    [
                        np.cos(np.arange(len(points)) * _GOLDEN),
                        np.sin(np.arange(len(points)) * _GOLDEN),
                    ]
                )
                * 1e-3
            )
            pairs, dist, need = _overlapping(points, radii, gap)
        factor = float((need / dist).max()) * (1 + 1e-6) if len(pairs) else 1.0
        centre = points.mean(axis=0)
        points = centre + (points - centre) * factor
    return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, points, strict=True)}


def fit_sized(
    pos: Mapping[Hashable, tuple[float, float]],
    diameters: Mapping[Hashable, float],
    scale: float,
) -> tuple[Positions, float]:
    """Centre on (0, 0) and scale the positions so the drawn picture (circles of
    ``diameters`` included) spans ``scale`` on its longest side; returns the positions
    and the factor by which the caller must scale the diameters too.

    Why both: scaling positions alone would let circles overlap again; one factor for
    both keeps every gap, and the camera then shows the same picture at any zoom.
    """
    if not pos:
        return {}, 1.0
    nodes, points, radii = _arrays(pos, diameters)
    lo = (points - radii[:, None]).min(axis=0)
    hi = (points + radii[:, None]).max(axis=0)
    span = float((hi - lo).max())
    factor = scale / span if span > 0 else 1.0
    points = (points - (lo + hi) / 2) * factor
    out = {
        n: (round(float(x), 2), round(float(y), 2)) for n, (x, y) in zip(nodes, points, strict=True)
    }
    return out, factor


def node_overlaps(
    pos: Mapping[Hashable, tuple[float, float]], diameters: Mapping[Hashable, float]
) -> int:
    """How many pairs of drawn circles intersect (touching does not count)."""
    _nodes, points, radii = _arrays(pos, diameters)
    pairs, _dist, _need = _overlapping(points, radii, -1e-6)
    return len(pairs)
