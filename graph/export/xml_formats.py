"""GraphML and GEXF: networkx's own writers on a cleaned graph, plus provenance.

GraphML keeps provenance as graph attributes (``provenance_<field>``), which
``nx.read_graphml`` returns in ``G.graph``. GEXF has no graph attributes; provenance goes
into ``<meta>``: ``<creator>`` names collabnet, ``<description>`` holds the provenance as
JSON and ``<keywords>`` the filter sentence. :func:`read_gexf_provenance` reads it back.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

import networkx as nx

from graph.export.prepare import Prepared, to_networkx
from graph.export.values import clean_record
from graph.provenance import Provenance

GRAPHML_PREFIX = "provenance_"
GEXF_NS = "http://www.gexf.net/1.2draft"


def provenance_graph_attrs(provenance: Provenance) -> dict[str, str | int | float | bool]:
    """Provenance as GraphML graph attributes; unset fields are omitted like any None."""
    return {GRAPHML_PREFIX + k: v for k, v in clean_record(provenance.to_dict()).items()}


def write_graphml(prepared: Prepared, path: Path) -> list[Path]:
    H = to_networkx(prepared)
    H.graph.update(prepared.graph_attrs)
    H.graph.update(provenance_graph_attrs(prepared.provenance))
    nx.write_graphml(H, path, encoding="utf-8", prettyprint=True)
    return [path]


def read_graphml_provenance(path: Path) -> Provenance:
    G = nx.read_graphml(path)
    data = {k[len(GRAPHML_PREFIX) :]: v for k, v in G.graph.items() if k.startswith(GRAPHML_PREFIX)}
    return Provenance.from_dict(data)


def gexf_graph(prepared: Prepared) -> nx.Graph:
    """The graph handed to ``nx.write_gexf``: nodes get a ``label`` (name, else id)."""
    H = to_networkx(prepared)
    for node, data in H.nodes(data=True):
        if "label" not in data:
            name = data.get("name")
            data["label"] = name if isinstance(name, str) and name else node
    H.graph.clear()  # networkx reads G.graph["mode"]; provenance goes into <meta>
    return H


def write_gexf(prepared: Prepared, path: Path) -> list[Path]:
    H = gexf_graph(prepared)
    text = "\n".join(nx.generate_gexf(H, encoding="utf-8", prettyprint=True))
    provenance = prepared.provenance
    meta = (
        f"<creator>collabnet {escape(provenance.collabnet_version)} (NetworkX)</creator>\n"
        f"    <keywords>{escape(provenance.filter_sentence)}</keywords>\n"
        f"    <description>{escape(json.dumps(provenance.to_dict(), ensure_ascii=False))}"
        "</description>"
    )
    start = text.index("<creator>")
    end = text.index("</creator>", start) + len("</creator>")
    text = text[:start] + meta + text[end:]
    text = _restore_node_key(text)
    path.write_text(text + "\n", encoding="utf-8")
    return [path]


def _restore_node_key(text: str) -> str:
    """networkx writes a node attribute ``key`` as ``networkx_key`` and reads it back so;
    only edges need that rename (multigraph keys), so node declarations get ``key`` back."""
    start = text.find('class="node">')
    if start < 0:
        return text
    end = text.index("</attributes>", start)
    block = text[start:end].replace('title="networkx_key"', 'title="key"')
    return text[:start] + block + text[end:]


def read_gexf_provenance(path: Path) -> Provenance:
    root = ET.parse(path).getroot()
    description = root.find(f"{{{GEXF_NS}}}meta/{{{GEXF_NS}}}description")
    if description is None or not description.text:
        raise ValueError(f"{path} has no collabnet provenance in <meta>")
    return Provenance.from_dict(json.loads(description.text))
