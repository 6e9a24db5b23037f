"""Exports for researchers: one call writes a network in a format their tools read.

>>> paths = export_graph(G, Path("net.graphml"), "graphml", Provenance(level="person"))

Formats (``fmt``): ``graphml``, ``gexf``, ``pajek`` (``.net``), ``csv`` (alias
``edgelist``: ``<stem>.nodes.csv`` + ``<stem>.edges.csv``), ``metrics-csv`` and
``metrics-xlsx`` (one row per node with its metrics). Every file carries provenance; see
docs/exports.md for contents, the type mapping and the pseudonymisation rules.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import networkx as nx
import pandas as pd

from graph.export.pajek import read_pajek_provenance, write_pajek
from graph.export.prepare import Prepared, prepare
from graph.export.tables import (
    edge_table,
    metrics_table,
    node_table,
    write_metrics_csv,
    write_metrics_xlsx,
    write_node_edge_csv,
)
from graph.export.xml_formats import (
    read_gexf_provenance,
    read_graphml_provenance,
    write_gexf,
    write_graphml,
)
from graph.provenance import SIDECAR_SUFFIX, Provenance, read_sidecar, sidecar_path
from graph.pseudonyms import leaked_strings

__all__ = [
    "FORMATS",
    "PseudonymLeakError",
    "Provenance",
    "edge_table",
    "export_graph",
    "metrics_table",
    "node_table",
    "prepare",
    "read_provenance",
]

Writer = Callable[[Prepared, Path], list[Path]]

#: format name -> (writer, conventional suffix)
FORMATS: dict[str, tuple[Writer, str]] = {
    "graphml": (write_graphml, ".graphml"),
    "gexf": (write_gexf, ".gexf"),
    "pajek": (write_pajek, ".net"),
    "csv": (write_node_edge_csv, ".csv"),
    "metrics-csv": (write_metrics_csv, ".csv"),
    "metrics-xlsx": (write_metrics_xlsx, ".xlsx"),
}
ALIASES = {"edgelist": "csv", "net": "pajek", "xlsx": "metrics-xlsx", "metrics": "metrics-csv"}


class PseudonymLeakError(RuntimeError):
    """A pseudonymised export still contained a person's name or key; files were removed."""


def export_graph(
    G: nx.Graph,
    path: str | Path,
    fmt: str,
    provenance: Provenance,
    *,
    pseudonymise: bool = False,
    secret: bytes | None = None,
    metrics: pd.DataFrame | None = None,
    explanations: Mapping[str, str] | None = None,
) -> list[Path]:
    """Write ``G`` as ``fmt`` at ``path``; return every file written, sidecars included.

    ``metrics`` (index or ``id`` column = node ids) is joined onto the nodes.
    ``pseudonymise`` needs the database's ``secret``; the files are then checked for
    every person's name and key, and removed if one is found (never a silent leak).
    ``explanations`` (metric -> one line) adds a sheet to ``metrics-xlsx``.
    """
    name = ALIASES.get(fmt.lower(), fmt.lower())
    if name not in FORMATS:
        known = ", ".join(sorted([*FORMATS, *ALIASES]))
        raise ValueError(f"unknown export format {fmt!r}; choose one of {known}")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    prepared = prepare(G, provenance, pseudonymise=pseudonymise, secret=secret, metrics=metrics)
    writer, _suffix = FORMATS[name]
    if name == "metrics-xlsx":
        written = write_metrics_xlsx(prepared, path, explanations)
    else:
        written = writer(prepared, path)
    if pseudonymise:
        _check_no_leak(written, leaked_strings(G))
    return written


def _check_no_leak(paths: list[Path], forbidden: list[str]) -> None:
    for path in paths:
        if path.suffix == ".xlsx":
            text = _xlsx_text(path)
        else:
            text = path.read_text(encoding="utf-8")
        hits = [s for s in forbidden if _contains_word(text, s)]
        if hits:
            for p in paths:
                p.unlink(missing_ok=True)
            raise PseudonymLeakError(f"{path.name} still names {len(hits)} person(s)")


def _contains_word(text: str, needle: str) -> bool:
    """True when ``needle`` occurs with no letter or digit glued to it, so a key ``T11``
    is no hit inside ``2026-11-23T11:05Z``; ``str.find`` stays fast on large files."""
    start = text.find(needle)
    while start >= 0:
        end = start + len(needle)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        start = text.find(needle, start + 1)
    return False


def _xlsx_text(path: Path) -> str:
    sheets = pd.read_excel(path, sheet_name=None, header=None, dtype=str)
    return "\n".join(frame.fillna("").to_csv(index=False) for frame in sheets.values())


def read_provenance(path: str | Path) -> Provenance:
    """The provenance of any file :func:`export_graph` wrote (format from the suffix)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if path.name.endswith(SIDECAR_SUFFIX) or sidecar_path(path).exists():
        return read_sidecar(path)
    if suffix == ".graphml":
        return read_graphml_provenance(path)
    if suffix == ".gexf":
        return read_gexf_provenance(path)
    if suffix == ".net":
        return read_pajek_provenance(path)
    raise ValueError(f"no provenance found for {path}")
