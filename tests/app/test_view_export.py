"""Exports of the current explorer view: real CSV zip, XLSX workbook and SVG, read back."""

from __future__ import annotations

import io
import json
import zipfile
from xml.etree import ElementTree

import networkx as nx
import openpyxl
import pandas as pd
import pytest

from app.presenters import explorer_view as ev
from app.presenters import view_export
from app.presenters.explorer_view import explorer_view, full_metrics, parse_request
from app.viewer import LOCAL_USER
from graph.records import NetworkRecords

QUERY = "level=organisation&theme=ict&hide_isolates=1"


@pytest.fixture
def view(records: NetworkRecords):
    ev.clear_caches()
    return explorer_view(records, parse_request(QUERY), LOCAL_USER, "nl")


def test_csv_zip_holds_the_view_and_its_provenance(records, view) -> None:
    data = view_export.csv_zip(view, records.revision, full_metrics(records, view))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        stem = view_export.STEM
        assert names == {
            f"{stem}.nodes.csv", f"{stem}.ties.csv", f"{stem}.metrics.csv",
            f"{stem}.provenance.json", "README.txt",
        }  # fmt: skip
        nodes = pd.read_csv(archive.open(f"{stem}.nodes.csv"))
        ties = pd.read_csv(archive.open(f"{stem}.ties.csv"))
        metrics = pd.read_csv(archive.open(f"{stem}.metrics.csv"))
        provenance = json.loads(archive.read(f"{stem}.provenance.json"))
        readme = archive.read("README.txt").decode("utf-8")
    G = view.graph
    assert len(nodes) == G.number_of_nodes() and set(nodes["id"]) == set(G)
    assert len(ties) == G.number_of_edges()
    partners = G.copy()
    partners.remove_edges_from(list(nx.selfloop_edges(partners)))  # internal ties
    assert dict(zip(metrics["id"], metrics["degree"], strict=True)) == dict(partners.degree())
    assert "betweenness" in metrics.columns  # the full panel, not only the drawing's columns
    assert provenance["filter_sentence"] == view.sentence == readme.strip()
    assert provenance["level"] == "organisation"
    assert parse_request(provenance["filter_query"]) == view.request
    assert provenance["data_revision"] == str(records.revision)


def test_xlsx_has_every_sheet(records, view) -> None:
    data = view_export.xlsx(view, records.revision, full_metrics(records, view))
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    assert book.sheetnames == ["nodes", "ties", "metrics", "explanations", "provenance"]
    rows = list(book["nodes"].iter_rows(values_only=True))
    assert len(rows) - 1 == view.nodes
    prov = dict(list(book["provenance"].iter_rows(values_only=True))[1:])
    assert prov["filter_sentence"] == view.sentence
    explained = dict(list(book["explanations"].iter_rows(values_only=True))[1:])
    assert explained["betweenness"]  # plain-language text for every metric column


def test_svg_draws_every_element(view) -> None:
    root = ElementTree.fromstring(view_export.svg(view))
    ns = "{http://www.w3.org/2000/svg}"
    shapes = root.findall(f"{ns}g")
    nodes = [e for e in view.elements if "position" in e]
    edges = [e for e in view.elements if "source" in e["data"]]
    assert len(shapes) == len(nodes)
    assert len(root.findall(f"{ns}line")) == len(edges)
    titles = {g.find(f"{ns}title").text for g in shapes}
    assert titles == {e["data"]["label"] for e in nodes}
    assert root.find(f"{ns}title").text == view.sentence


def test_svg_escapes_names() -> None:
    G = nx.Graph()
    G.add_node(1, name='<b>"Evil" & co</b>', kind="person", type="teacher")
    view = ev.ExplorerView(
        request=ev.ExplorerRequest(), level="person", filter=ev.NetworkFilter(), graph=G,
        metrics=None, elements=[{"data": {"id": "1", "label": G.nodes[1]["name"],
        "colour": "#fff", "size": 20}, "position": {"x": 0, "y": 0}, "classes": "person"}],
        legend=[], sentence="<script>", nodes=1, ties=0, message=None, years=(), language="nl",
    )  # fmt: skip
    text = view_export.svg(view)
    assert "<b>" not in text and "<script>" not in text
    ElementTree.fromstring(text)


def test_png_caption_is_the_sentence_and_the_whole_legend(view) -> None:
    """What the PNG export frames the drawing with (plain text, drawn on a canvas)."""
    from app.presenters.legend import section_titles

    caption = view_export.png_caption(view)
    assert caption["title"] == view.sentence
    titles = section_titles(view.request.state.color_by, "nl")
    shown = [
        (s["title"], e["label"], e["swatch"]) for s in caption["sections"] for e in s["entries"]
    ]
    assert shown == [(titles[e["section"]], e["label"], e["swatch"]) for e in view.legend]
    json.dumps(caption)  # goes to the browser as it is
