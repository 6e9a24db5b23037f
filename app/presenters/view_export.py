"""The current explorer view as files: nodes, ties and metrics (CSV zip or XLSX), SVG, PNG.

Why from the view and not from the database: a researcher exports what they are
looking at, filtered and at its level, with the metrics computed on that filtered
network; the provenance sentence (graph.provenance) says which view it was. Tables
come from graph.export, so cells get the same formula neutralisation and columns as
``collabnet export``. The SVG is drawn from the very element list the browser shows
(positions, colours, sizes, line styles), so it needs no extra Cytoscape bundle.
The PNG is Cytoscape's own drawing, framed in the browser with the title and legend
of ``png_caption`` (a picture without them cannot be read in a report).
"""

from __future__ import annotations

import io
import json
import zipfile
from html import escape
from typing import Final

import pandas as pd

from app.presenters.explorer_style import EDGE_COLOUR, EDGE_UNKNOWN_COLOUR, LINE_STYLES
from app.presenters.explorer_view import ExplorerView
from app.presenters.legend import section_titles
from graph.counts import counting_rule
from graph.export import edge_table, metrics_table, node_table
from graph.export.prepare import Prepared, prepare
from graph.metrics import explain
from graph.provenance import Provenance

STEM: Final = "collabnet-netwerk"
SVG_PAD: Final = 40.0
_DASH = {"dashed": "8 5", "dotted": "2 4"}


def provenance(view: ExplorerView, revision: str) -> Provenance:
    """Which view this is: the filter sentence and query, level, direction, period."""
    window = view.filter.window()
    period = None
    if window is not None:
        start, end = window
        period = f"{start.isoformat() if start else '..'}/{end.isoformat() if end else '..'}"
    return Provenance(
        filter_sentence=view.sentence,
        filter_query=view.request.to_query(),
        level=view.level,
        directed=view.graph.is_directed(),
        window=period,
        data_revision=str(revision),
        tie_definition=counting_rule(view.level, view.language),
    )


def _prepared(view: ExplorerView, revision: str, metrics: pd.DataFrame | None) -> Prepared:
    frame = view.metrics if metrics is None else metrics
    return prepare(view.graph, provenance(view, revision), metrics=frame)


def tables(
    view: ExplorerView, revision: str, metrics: pd.DataFrame | None = None
) -> dict[str, pd.DataFrame]:
    """``nodes``, ``ties`` and ``metrics`` tables of the view, plus ``provenance`` rows.

    ``metrics``: the full node metrics (``explorer_view.full_metrics``); default the
    columns the drawing used."""
    p = _prepared(view, revision, metrics)
    rows = [(k, "" if v is None else str(v)) for k, v in p.provenance.to_dict().items()]
    return {
        "nodes": node_table(p),
        "ties": edge_table(p),
        "metrics": metrics_table(p),
        "provenance": pd.DataFrame(rows, columns=["field", "value"], dtype=object),
    }


def _explanations(view: ExplorerView, metrics: pd.DataFrame | None) -> pd.DataFrame:
    frame = view.metrics if metrics is None else metrics
    columns = [] if frame is None else list(frame.columns)
    rows = []
    for metric in columns:
        try:
            rows.append((metric, explain(metric, view.language)))
        except (KeyError, ValueError):
            continue
    return pd.DataFrame(rows, columns=["metric", "explanation"], dtype=object)


def csv_zip(view: ExplorerView, revision: str, metrics: pd.DataFrame | None = None) -> bytes:
    """A zip: nodes.csv, ties.csv, metrics.csv, provenance.json and a README line."""
    frames = tables(view, revision, metrics)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ("nodes", "ties", "metrics"):
            text = frames[name].to_csv(index=False, lineterminator="\r\n")
            archive.writestr(f"{STEM}.{name}.csv", text.encode("utf-8"))
        prov = dict(zip(frames["provenance"]["field"], frames["provenance"]["value"], strict=True))
        archive.writestr(
            f"{STEM}.provenance.json", json.dumps(prov, ensure_ascii=False, indent=2) + "\n"
        )
        archive.writestr("README.txt", view.sentence + "\n")
    return buffer.getvalue()


def xlsx(view: ExplorerView, revision: str, metrics: pd.DataFrame | None = None) -> bytes:
    """One workbook: sheets nodes, ties, metrics, explanations, provenance."""
    frames = tables(view, revision, metrics)
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name in ("nodes", "ties", "metrics"):
            frames[name].to_excel(writer, sheet_name=name, index=False)
        _explanations(view, metrics).to_excel(writer, sheet_name="explanations", index=False)
        frames["provenance"].to_excel(writer, sheet_name="provenance", index=False)
    return buffer.getvalue()


def png_caption(view: ExplorerView) -> dict:
    """Title (the filter sentence) and legend sections, as the PNG export draws them.

    Plain text for a canvas (never parsed as HTML); each entry keeps the legend's
    swatch (colour, shape, size, line style, width, arrow)."""
    titles = section_titles(view.request.state.color_by, view.language)
    sections: dict[str, list[dict]] = {}
    for entry in view.legend:
        sections.setdefault(entry["section"], []).append(
            {"label": str(entry["label"]), "swatch": dict(entry["swatch"])}
        )
    return {
        "title": view.sentence,
        "sections": [
            {"title": titles.get(name, name), "entries": entries}
            for name, entries in sections.items()
        ],
    }


def svg(view: ExplorerView) -> str:
    """The drawn elements as a standalone SVG (names of labelled nodes included)."""
    nodes = [e for e in view.elements if "position" in e]
    if not nodes:
        return '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"></svg>\n'
    where = {e["data"]["id"]: (e["position"]["x"], e["position"]["y"]) for e in nodes}
    xs = [x for x, _y in where.values()]
    ys = [y for _x, y in where.values()]
    left, top = min(xs) - SVG_PAD, min(ys) - SVG_PAD
    width, height = max(xs) - left + SVG_PAD, max(ys) - top + SVG_PAD
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{left:.1f} {top:.1f} '
        f'{width:.1f} {height:.1f}" width="{width:.0f}" height="{height:.0f}" '
        'font-family="sans-serif">',
        f"<title>{escape(view.sentence)}</title>",
        f'<rect x="{left:.1f}" y="{top:.1f}" width="{width:.1f}" height="{height:.1f}" fill="#ffffff"/>',
    ]
    for e in view.elements:
        if "position" in e:
            continue
        d, classes = e["data"], e.get("classes", "")
        (x1, y1), (x2, y2) = where[d["source"]], where[d["target"]]
        mode = next((c[5:] for c in classes.split() if c.startswith("mode-")), "unknown")
        dash = _DASH.get(LINE_STYLES.get(mode, "solid"))
        colour = EDGE_UNKNOWN_COLOUR if mode == "unknown" else EDGE_COLOUR
        out.append(
            f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{colour}" '
            f'stroke-width="{d["width"]}" stroke-opacity="0.7"'
            + (f' stroke-dasharray="{dash}"' if dash else "")
            + "/>"
        )
    for e in nodes:
        d, (x, y) = e["data"], where[e["data"]["id"]]
        r, kind = d["size"] / 2, e.get("classes", "").split()[0]
        fill = escape(d["colour"])
        if kind == "organisation":
            shape = (
                f'<rect x="{x - r}" y="{y - r}" width="{2 * r}" height="{2 * r}" rx="{r / 2}" '
                f'fill="{fill}" stroke="#333"/>'
            )
        else:
            shape = f'<circle cx="{x}" cy="{y}" r="{r}" fill="{fill}" stroke="#333"/>'
        out.append(f"<g><title>{escape(d['label'])}</title>{shape}</g>")
        if "labelled" in e.get("classes", ""):
            out.append(
                f'<text x="{x}" y="{y + r + 14}" font-size="14" text-anchor="middle">'
                f"{escape(d['label'])}</text>"
            )
    out.append("</svg>")
    return "\n".join(out) + "\n"
