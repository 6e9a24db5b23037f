"""CSV node/edge lists and node-metrics CSV/XLSX: contents, sidecars, formula neutralisation."""

from __future__ import annotations

import json
import math

import networkx as nx
import openpyxl
import pandas as pd
import pytest

from graph.export import export_graph, read_provenance
from graph.provenance import read_sidecar
from tests.graph.test_export_samples import LEARNING_QUESTION, PERSON_NAME, provenance, sample


@pytest.mark.parametrize("directed", [False, True])
def test_csv_node_and_edge_lists(tmp_path, directed):
    written = export_graph(sample(directed), tmp_path / "net.csv", "csv", provenance(directed))
    assert [p.name for p in written] == [
        "net.nodes.csv",
        "net.nodes.csv.provenance.json",
        "net.edges.csv",
        "net.edges.csv.provenance.json",
    ]
    nodes = pd.read_csv(tmp_path / "net.nodes.csv")
    assert list(nodes.columns[:5]) == ["id", "name", "key", "kind", "type"]
    assert list(nodes["id"]) == [1, 2, 3]
    assert list(nodes["name"]) == ["Basisschool De Zonnewijzer", "Café Ĳssel", PERSON_NAME]
    assert list(nodes["organisation_ids"].fillna("")) == ["", "", "1|2"]
    assert list(nodes["betweenness"]) == [0.25, 0.0, 0.5]
    assert nodes["constraint"].isna().tolist() == [True, False, False]
    assert list(nodes["articulation_point"]) == [True, False, False]
    assert nodes.loc[2, "learning_question"] == LEARNING_QUESTION
    edges = pd.read_csv(tmp_path / "net.edges.csv")
    assert list(edges.columns[:2]) == ["source", "target"]
    # an undirected edge is listed from the node networkx holds first
    assert edges[["source", "target"]].values.tolist() == [[1, 2], [3, 1] if directed else [1, 3]]
    assert list(edges["weight"]) == [2.5, 1.0]
    assert list(edges["tie_ids"].astype(str)) == ["10|11", "12"]
    assert list(edges["themes"].fillna("")) == ["reading|ict", ""]
    assert edges.loc[0, "since"] == "2024-09-01"


def test_csv_sidecars_carry_provenance(tmp_path):
    expected = provenance()
    written = export_graph(sample(False), tmp_path / "net.csv", "csv", expected)
    for data in (p for p in written if p.suffix == ".csv"):
        assert read_provenance(data) == expected
        assert read_sidecar(data) == expected
        sidecar = data.with_name(data.name + ".provenance.json")
        raw = json.loads(sidecar.read_text(encoding="utf-8"))
        assert raw["filter_sentence"] == expected.filter_sentence
        assert raw["pseudonymised"] is False and raw["as_of"] is None


def _metrics() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": [1, 2, 3],
            "name": ["ignored", "ignored", "ignored"],
            "degree": [2, 1, 1],
            "assortativity_delta": [-0.5, 0.0, float("nan")],
            "community": [0, 0, 1],
        }
    )


def test_metrics_csv_uses_the_dataframe_columns(tmp_path):
    path = tmp_path / "m.csv"
    written = export_graph(sample(False), path, "metrics-csv", provenance(), metrics=_metrics())
    assert [p.name for p in written] == ["m.csv", "m.csv.provenance.json"]
    table = pd.read_csv(path)
    assert list(table.columns) == [
        "id",
        "name",
        "kind",
        "type",
        "degree",
        "assortativity_delta",
        "community",
    ]
    assert list(table["name"]) == ["Basisschool De Zonnewijzer", "Café Ĳssel", PERSON_NAME]
    assert table["assortativity_delta"].iloc[0] == -0.5  # a negative number stays a number
    assert math.isnan(table["assortativity_delta"].iloc[2])
    assert list(table["community"]) == [0, 0, 1]


def test_metrics_csv_without_dataframe_takes_numeric_node_attributes(tmp_path):
    path = tmp_path / "m.csv"
    export_graph(sample(False), path, "metrics-csv", provenance())
    table = pd.read_csv(path)
    assert list(table.columns) == [
        "id",
        "name",
        "kind",
        "type",
        "degree",
        "betweenness",
        "articulation_point",
        "constraint",
    ]


def test_metrics_xlsx_sheets(tmp_path):
    path = tmp_path / "m.xlsx"
    written = export_graph(
        sample(True),
        path,
        "metrics-xlsx",
        provenance(True),
        metrics=_metrics(),
        explanations={"degree": "Aantal directe partners", "community": "=gemeenschap"},
    )
    assert [p.name for p in written] == ["m.xlsx", "m.xlsx.provenance.json"]
    sheets = pd.read_excel(path, sheet_name=None)
    assert list(sheets) == ["metrics", "provenance", "explanations"]
    metrics = sheets["metrics"]
    assert list(metrics["degree"]) == [2, 1, 1]
    assert metrics["assortativity_delta"].iloc[0] == -0.5
    prov = dict(zip(sheets["provenance"]["field"], sheets["provenance"]["value"], strict=True))
    assert prov["filter_sentence"] == provenance().filter_sentence
    assert prov["window"] == "2024-08-01/2025-07-31"
    assert prov["data_revision"] == "rev-17"
    assert sheets["explanations"]["explanation"].tolist() == [
        "Aantal directe partners",
        "'=gemeenschap",
    ]
    assert read_provenance(path) == provenance(True)


DANGEROUS = ['=HYPERLINK("http://x")', "+31 6 1234", "-cmd", "@SUM(A1)", "\tTab", "\rCR"]


def _dangerous_graph() -> nx.Graph:
    G = nx.Graph()
    for i, text in enumerate(DANGEROUS):
        G.add_node(i, name=text, kind="organisation", score=-1.5 * (i + 1))
    G.add_edge(0, 1, weight=-2.0, themes=("=cmd", "ok"))
    return G


def test_csv_formula_neutralisation(tmp_path):
    export_graph(_dangerous_graph(), tmp_path / "d.csv", "csv", provenance())
    nodes = pd.read_csv(tmp_path / "d.nodes.csv", keep_default_na=False)
    assert list(nodes["name"]) == ["'" + t for t in DANGEROUS]
    assert list(nodes["score"]) == [-1.5, -3.0, -4.5, -6.0, -7.5, -9.0]
    assert nodes["score"].dtype == float
    edges = pd.read_csv(tmp_path / "d.edges.csv")
    assert edges.loc[0, "weight"] == -2.0
    assert edges.loc[0, "themes"] == "'=cmd|ok"


def test_xlsx_formula_neutralisation(tmp_path):
    path = tmp_path / "d.xlsx"
    export_graph(_dangerous_graph(), path, "metrics-xlsx", provenance())
    sheet = openpyxl.load_workbook(path)["metrics"]
    header = [c.value for c in sheet[1]]
    name_col = header.index("name")
    score_col = header.index("score")
    rows = list(sheet.iter_rows(min_row=2))
    assert [r[name_col].value for r in rows] == ["'" + t for t in DANGEROUS]
    assert all(r[name_col].data_type == "s" for r in rows)
    assert [r[score_col].value for r in rows] == [-1.5, -3.0, -4.5, -6.0, -7.5, -9.0]
    assert all(r[score_col].data_type == "n" for r in rows)
    formulas = [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []


@pytest.mark.parametrize("fmt", ["csv", "metrics-csv", "metrics-xlsx"])
def test_tables_of_an_empty_graph(tmp_path, fmt):
    suffix = "xlsx" if fmt == "metrics-xlsx" else "csv"
    written = export_graph(nx.Graph(), tmp_path / f"e.{suffix}", fmt, provenance())
    data = [p for p in written if not p.name.endswith(".json")]
    for path in data:
        frame = pd.read_excel(path) if suffix == "xlsx" else pd.read_csv(path)
        assert len(frame) == 0
        assert read_provenance(path) == provenance()
