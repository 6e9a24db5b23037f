"""Pajek ``.net``: vertices 1..n with quoted labels, then ``*Arcs`` or ``*Edges`` with weights.

Pajek carries no other attributes. Provenance is written as ``%`` comment lines before
``*Vertices`` (Pajek and ``nx.read_pajek`` skip them). Labels are the node's name, else
its id; a label used twice gets `` [id]`` appended so every vertex stays distinct for
tools that key vertices by label (``nx.read_pajek`` does). Double quotes and backslashes
in labels become ``'`` and ``/``, since Pajek has no escape syntax.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from graph.export.prepare import Prepared
from graph.export.values import node_id
from graph.provenance import Provenance


def _label(raw: str) -> str:
    return raw.replace('"', "'").replace("\\", "/").replace("\n", " ").replace("\r", " ")


def pajek_labels(prepared: Prepared) -> list[str]:
    """One distinct label per vertex, in vertex order."""
    base = []
    for node, attrs in prepared.nodes:
        name = attrs.get("name")
        base.append(_label(name if isinstance(name, str) and name else node_id(node)))
    counts = Counter(base)
    return [
        f"{label} [{_label(node_id(node))}]" if counts[label] > 1 else label
        for label, (node, _attrs) in zip(base, prepared.nodes, strict=True)
    ]


def _weight(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "1"
    return repr(float(value)) if isinstance(value, float) else str(value)


def write_pajek(prepared: Prepared, path: Path) -> list[Path]:
    lines = ["% collabnet network export", *prepared.provenance.comment_lines("% ")]
    lines.append(f"*Vertices {len(prepared.nodes)}")
    number = {}
    for i, ((node, _attrs), label) in enumerate(
        zip(prepared.nodes, pajek_labels(prepared), strict=True), start=1
    ):
        number[node] = i
        lines.append(f'{i} "{label}"')
    lines.append("*Arcs" if prepared.directed else "*Edges")
    for u, v, attrs in prepared.edges:
        lines.append(f"{number[u]} {number[v]} {_weight(attrs.get('weight', 1))}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [path]


def read_pajek_provenance(path: Path) -> Provenance:
    head = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.lower().startswith("*vertices"):
            break
        head.append(line)
    return Provenance.from_comment_lines(head, prefix="%")
