"""The full panel for one graph: the per-actor table plus the network summary.

This is the function other parts call: the CLI and the explorer (through
:func:`cached_metrics_panel`, keyed by data revision and filter), and
``graph/temporal.py`` once per school year.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

import networkx as nx
import pandas as pd

from graph.metrics.cache import cached_panel
from graph.metrics.summary import network_summary, node_metrics


@dataclass(frozen=True)
class MetricsPanel:
    """Per-actor metrics (index: node id) and network figures (plain dict)."""

    nodes: pd.DataFrame
    summary: dict


def metrics_panel(
    G: nx.Graph,
    *,
    directed: bool | None = None,
    grouping: str | None = None,
    attribute: str | None = None,
    seed: int = 0,
    weight: str | None = None,
    betweenness_k: int | None = None,
    community_method: str = "louvain",
    resolution: float = 1.0,
) -> MetricsPanel:
    """Compute :func:`node_metrics` and :func:`network_summary` sharing every result.

    ``attribute`` defaults to ``grouping`` so brokerage and homophily use one grouping.

    >>> panel = metrics_panel(nx.path_graph(3))
    >>> panel.summary["nodes"], list(panel.nodes.index)
    (3, [0, 1, 2])
    """
    options = dict(
        directed=directed,
        seed=seed,
        weight=weight,
        betweenness_k=betweenness_k,
        community_method=community_method,
        resolution=resolution,
    )
    nodes = node_metrics(G, grouping=grouping, **options)
    summary = network_summary(G, attribute=attribute or grouping, **options)
    return MetricsPanel(nodes=nodes, summary=summary)


def cached_metrics_panel(key: Hashable, G: nx.Graph, **options) -> MetricsPanel:
    """:func:`metrics_panel` through the results cache (second ask: a lookup).

    ``key`` should come from :func:`graph.metrics.cache.panel_key` and include every
    option that changes the result.
    """
    return cached_panel(key, lambda: metrics_panel(G, **options))
