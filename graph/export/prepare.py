"""Turn a caller's graph into the exact network every writer serialises.

Metrics are joined onto nodes, the graph is pseudonymised when asked, and node and edge
attributes are cleaned to one type per key (see values.py). Writers then only format.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

import networkx as nx
import pandas as pd

from graph.export.values import Scalar, clean_records, node_id, to_scalar
from graph.provenance import Provenance
from graph.pseudonyms import pseudonymise_graph, scrub_query, scrub_text

#: metric columns that describe the node rather than measure it; never copied onto nodes
METRIC_ID_COLUMNS = ("id", "name")


@dataclass(frozen=True, slots=True)
class Prepared:
    """The cleaned network: node ids as given, attributes as scalars of one type per key."""

    directed: bool
    multigraph: bool
    nodes: list[tuple[Hashable, dict[str, Scalar]]]
    edges: list[tuple[Hashable, Hashable, dict[str, Scalar]]]
    graph_attrs: dict[str, Scalar]
    metric_columns: list[str]
    provenance: Provenance


def metrics_by_node(metrics: pd.DataFrame | None) -> dict[Hashable, dict[str, Any]]:
    """Metric rows keyed by node id: the ``id`` column when present, else the index."""
    if metrics is None or metrics.empty and len(metrics.columns) == 0:
        return {}
    frame = metrics.set_index("id") if "id" in metrics.columns else metrics
    frame = frame.drop(columns=[c for c in METRIC_ID_COLUMNS if c in frame.columns])
    rows: dict[Hashable, dict[str, Any]] = {}
    for node, row in zip(frame.index, frame.to_dict("records"), strict=True):
        rows[_plain(node)] = {str(k): to_scalar(v) for k, v in row.items()}
    return rows


def metric_columns(G: nx.Graph, metrics: pd.DataFrame | None) -> list[str]:
    """The metrics table's columns: the DataFrame's, or every numeric node attribute."""
    if metrics is not None:
        return [str(c) for c in metrics.columns if c not in METRIC_ID_COLUMNS]
    columns: dict[str, None] = {}
    for _node, data in G.nodes(data=True):
        for key, value in data.items():
            if isinstance(value, bool | int | float) and key not in ("id", "actor_id"):
                columns.setdefault(str(key), None)
    return list(columns)


def _plain(value: Any) -> Hashable:
    scalar = to_scalar(value)
    return value if scalar is None or isinstance(value, tuple) else scalar


def with_metrics(G: nx.Graph, metrics: pd.DataFrame | None) -> nx.Graph:
    """A copy of ``G`` whose nodes carry the metric values (metrics win over attributes)."""
    H = G.copy()
    rows = metrics_by_node(metrics)
    if not rows:
        return H
    for node in H.nodes:
        row = rows.get(node)
        if row is None:
            row = rows.get(str(node)) or rows.get(_try_int(node)) or {}
        H.nodes[node].update(row)
    return H


def _try_int(node: Hashable) -> Hashable:
    try:
        return int(str(node))
    except ValueError:
        return node


def prepare(
    G: nx.Graph,
    provenance: Provenance,
    *,
    pseudonymise: bool = False,
    secret: bytes | None = None,
    metrics: pd.DataFrame | None = None,
) -> Prepared:
    """Merge metrics, pseudonymise if asked, and clean every attribute for writing."""
    columns = metric_columns(G, metrics)
    H = with_metrics(G, metrics)
    if pseudonymise:
        if not secret:
            raise ValueError("pseudonymise=True needs the database's secret (bytes)")
        provenance = provenance.with_text(
            scrub_text(provenance.filter_sentence, H, secret),
            scrub_query(provenance.filter_query, H, secret),
        )
        H = pseudonymise_graph(H, secret)
        graph_attrs: dict[str, Any] = {}
        columns = [c for c in columns if any(c in d for _n, d in H.nodes(data=True))]
    else:
        graph_attrs = dict(G.graph)
    provenance = provenance.with_pseudonymised(pseudonymise)
    node_list = list(H.nodes(data=True))
    edge_list = list(H.edges(data=True))
    node_attrs = clean_records([dict(d) for _n, d in node_list])
    edge_attrs = clean_records([dict(d) for _u, _v, d in edge_list])
    graph_clean = clean_records([graph_attrs])[0]
    return Prepared(
        directed=H.is_directed(),
        multigraph=H.is_multigraph(),
        nodes=[(n, a) for (n, _d), a in zip(node_list, node_attrs, strict=True)],
        edges=[(u, v, a) for (u, v, _d), a in zip(edge_list, edge_attrs, strict=True)],
        graph_attrs=graph_clean,
        metric_columns=columns,
        provenance=provenance,
    )


def to_networkx(prepared: Prepared, *, string_ids: bool = True) -> nx.Graph:
    """The prepared network as a networkx graph (node ids as strings for XML formats)."""
    cls = {
        (False, False): nx.Graph,
        (True, False): nx.DiGraph,
        (False, True): nx.MultiGraph,
        (True, True): nx.MultiDiGraph,
    }[(prepared.directed, prepared.multigraph)]
    H = cls()
    ident = node_id if string_ids else (lambda n: n)
    for node, attrs in prepared.nodes:
        H.add_node(ident(node), **attrs)
    if len(H) != len(prepared.nodes):
        raise ValueError("two node ids have the same string form; rename nodes before export")
    for u, v, attrs in prepared.edges:
        H.add_edge(ident(u), ident(v), **attrs)
    return H
