"""CSV node and edge lists and the node-metrics table (CSV or XLSX).

Tables are UTF-8 CSV (no BOM: pandas and R read it as is) with a header row, one column
per attribute, and RFC 4180 CRLF line ends (so a lone CR inside a cell gets quoted).
Text cells that a spreadsheet would run as a formula (starting with ``= + - @``, tab or
CR) get a leading ``'``; numbers are never touched, so ``-0.5`` stays a number.
Provenance goes into ``<file>.provenance.json``; XLSX also has a sheet ``provenance``
(and ``explanations`` when the caller passes metric explanations).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from graph.export.prepare import Prepared
from graph.export.values import neutralise, node_id
from graph.provenance import write_sidecar

NODE_ID = "id"
FIRST_NODE_COLUMNS = ("name", "kind", "type")


def _column_order(records: list[dict], first: tuple[str, ...]) -> list[str]:
    seen: dict[str, None] = {c: None for c in first}
    for record in records:
        for key in record:
            seen.setdefault(key, None)
    return list(seen)


def _frame(records: list[dict], columns: list[str]) -> pd.DataFrame:
    rows = [[neutralise(r.get(c)) for c in columns] for r in records]
    return pd.DataFrame(rows, columns=columns, dtype=object)


def _id(node: object) -> object:
    return node if isinstance(node, int) and not isinstance(node, bool) else node_id(node)


def node_table(prepared: Prepared) -> pd.DataFrame:
    """One row per node: ``id`` then every attribute and metric."""
    records = []
    for node, attrs in prepared.nodes:
        records.append({NODE_ID: _id(node), **{k: v for k, v in attrs.items() if k != NODE_ID}})
    columns = _column_order(records, (NODE_ID,))
    return _frame(records, columns)


def edge_table(prepared: Prepared) -> pd.DataFrame:
    """One row per edge (per tie in a multigraph): ``source``, ``target``, attributes."""
    records = []
    for u, v, attrs in prepared.edges:
        extra = {k: val for k, val in attrs.items() if k not in ("source", "target")}
        records.append({"source": _id(u), "target": _id(v), **extra})
    columns = _column_order(records, ("source", "target"))
    return _frame(records, columns)


def metrics_table(prepared: Prepared) -> pd.DataFrame:
    """``id``, ``name``/``kind``/``type`` where known, then the metric columns in order."""
    present = {k for _n, a in prepared.nodes for k in a}
    labels = [c for c in FIRST_NODE_COLUMNS if c in present]
    metrics = [c for c in prepared.metric_columns if c not in labels]
    columns = [NODE_ID, *labels, *metrics]
    records = [{NODE_ID: _id(node), **attrs} for node, attrs in prepared.nodes]
    return _frame(records, columns)


def write_csv(frame: pd.DataFrame, path: Path, prepared: Prepared) -> list[Path]:
    frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\r\n")
    return [path, write_sidecar(path, prepared.provenance)]


def write_node_edge_csv(prepared: Prepared, path: Path) -> list[Path]:
    """``net.csv`` -> ``net.nodes.csv`` and ``net.edges.csv``, each with its sidecar."""
    stem = path.name[: -len(".csv")] if path.name.lower().endswith(".csv") else path.name
    nodes = path.with_name(stem + ".nodes.csv")
    edges = path.with_name(stem + ".edges.csv")
    return [
        *write_csv(node_table(prepared), nodes, prepared),
        *write_csv(edge_table(prepared), edges, prepared),
    ]


def write_metrics_csv(prepared: Prepared, path: Path) -> list[Path]:
    return write_csv(metrics_table(prepared), path, prepared)


def write_metrics_xlsx(
    prepared: Prepared, path: Path, explanations: Mapping[str, str] | None = None
) -> list[Path]:
    provenance = pd.DataFrame(
        [(k, neutralise(v)) for k, v in prepared.provenance.to_dict().items()],
        columns=["field", "value"],
        dtype=object,
    )
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        metrics_table(prepared).to_excel(writer, sheet_name="metrics", index=False)
        provenance.to_excel(writer, sheet_name="provenance", index=False)
        if explanations:
            rows = [(k, neutralise(v)) for k, v in explanations.items()]
            frame = pd.DataFrame(rows, columns=["metric", "explanation"], dtype=object)
            frame.to_excel(writer, sheet_name="explanations", index=False)
    return [path, write_sidecar(path, prepared.provenance)]
