"""Network metrics over networkx graphs, backed by igraph/rustworkx/scipy for speed.

Public API (each also importable from its module)::

    node_metrics(G, *, directed=None, grouping=None, seed=0, ...) -> pandas.DataFrame
    network_summary(G, *, attribute=None, ...) -> dict
    metrics_panel(G, ...) -> MetricsPanel(nodes, summary)
    cached_panel(key, compute), panel_key(revision, filter_query, level, directed)
    explain(metric, language) -> str, reference(metric) -> str

and one function per metric (degree, betweenness, closeness, ... see docs/metrics.md).
"""

from graph.metrics.brokerage import (
    ROLES,
    boundary_share,
    constraint,
    effective_size,
    gould_fernandez,
)
from graph.metrics.cache import cached_panel, panel_key
from graph.metrics.centrality import (
    betweenness,
    closeness,
    core_number,
    degree,
    eigenvector,
    harmonic,
    in_degree,
    katz,
    out_degree,
    pagerank,
    strength,
)
from graph.metrics.cohesion import (
    articulation_points,
    average_clustering,
    average_path_length,
    bridges,
    clustering,
    components,
    density,
    diameter,
    reciprocity,
    transitivity,
)
from graph.metrics.communities import detect_communities, modularity
from graph.metrics.engine import as_undirected, forget
from graph.metrics.explanations import explain, reference
from graph.metrics.homophily import (
    attribute_assortativity,
    degree_assortativity,
    ei_index,
    mixing_matrix,
)
from graph.metrics.panel import MetricsPanel, cached_metrics_panel, metrics_panel
from graph.metrics.summary import NODE_COLUMNS, network_summary, node_metrics
from graph.metrics.synthetic import holme_kim

__all__ = [
    "NODE_COLUMNS", "ROLES", "MetricsPanel", "articulation_points", "as_undirected",
    "attribute_assortativity", "average_clustering", "average_path_length", "betweenness",
    "boundary_share", "bridges", "cached_metrics_panel", "cached_panel", "closeness",
    "clustering", "detect_communities", "components", "constraint", "core_number", "degree",
    "degree_assortativity", "density", "diameter", "effective_size", "ei_index",
    "eigenvector", "explain", "forget", "gould_fernandez", "harmonic", "holme_kim", "in_degree", "katz",
    "metrics_panel", "mixing_matrix", "modularity", "network_summary", "node_metrics",
    "out_degree", "pagerank", "panel_key", "reciprocity", "reference", "strength",
    "transitivity",
]  # fmt: skip
