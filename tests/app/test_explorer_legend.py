"""The legend explains every colour, shape, size, line style and arrow drawn, in nl and en."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest

from app.presenters.explorer_elements import build_elements
from app.presenters.explorer_style import (
    EDGE_MAX_PX,
    EDGE_MIN_PX,
    LINE_STYLES,
    MISSING_COLOUR,
    NODE_MAX_PX,
    NODE_MIN_PX,
    OTHER_COLOUR,
)
from app.presenters.legend import TEXT, legend, section_titles
from graph.layout import layout_positions
from tests.app.test_explorer_sample import sample_graph, sample_labels, sample_metrics


def _section(entries, name):
    return [e for e in entries if e["section"] == name]


def _drawn(G, metrics, **kw):
    els = build_elements(G, layout_positions(G), metrics, **kw)
    nodes = [e for e in els if "source" not in e["data"]]
    return {e["data"]["colour"] for e in nodes}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("color_by", ["type", "community", "sector", "region"])
def test_every_drawn_colour_is_explained(color_by, language):
    G = sample_graph("mixed")
    metrics = sample_metrics(G)
    labels = sample_labels()
    entries = legend(G, metrics, color_by=color_by, language=language, codebook=labels)
    colours = {e["swatch"]["colour"] for e in _section(entries, "colour")}
    assert colours == _drawn(G, metrics, color_by=color_by, codebook=labels)


def test_type_legend_uses_codebook_labels_and_shapes_in_both_languages():
    G = sample_graph("mixed")
    labels = sample_labels()
    nl = {e["label"]: e["swatch"] for e in _section(legend(G, codebook=labels), "colour")}
    en = {
        e["label"]: e["swatch"]
        for e in _section(legend(G, language="en", codebook=labels), "colour")
    }
    assert nl["schoolbestuur"]["shape"] == "round-rectangle"
    assert nl["leraar"]["shape"] == "ellipse"
    assert en["school board"] == nl["schoolbestuur"]
    assert en["teacher"] == nl["leraar"]
    assert en["external expert"]["colour"] == nl["onderwijsadviseur"]["colour"]
    assert set(en) == {
        "school",
        "school board",
        "lectoraat (research group)",
        "teacher",
        "school leader",
        "lector",
        "external expert",
    }


def test_missing_values_and_small_communities_are_explained():
    G = sample_graph("organisation")
    sector = _section(legend(G, color_by="sector", codebook=sample_labels()), "colour")
    assert sector[-1] == {
        "section": "colour",
        "label": TEXT["nl"]["missing"],
        "swatch": {"colour": MISSING_COLOUR},
    }
    assert [e["label"] for e in sector[:-1]] == [
        "hoger onderwijs",
        "primair onderwijs (PO)",
        "voortgezet onderwijs (VO)",
    ]
    H = nx.empty_graph(12)
    m = pd.DataFrame({"community": range(1, 13)}, index=list(H))
    entries = _section(legend(H, m, color_by="community", language="en"), "colour")
    assert [e["label"] for e in entries][:2] == ["community 1", "community 2"]
    assert entries[-1]["label"] == "smaller communities"
    assert entries[-1]["swatch"]["colour"] == OTHER_COLOUR
    assert len(entries) == 11


def test_shapes_for_the_kinds_present():
    mixed = _section(legend(sample_graph("mixed"), language="en"), "shape")
    assert [(e["label"], e["swatch"]["shape"]) for e in mixed] == [
        ("organisation", "round-rectangle"),
        ("person", "ellipse"),
    ]
    persons = _section(legend(sample_graph("person")), "shape")
    assert [e["label"] for e in persons] == ["persoon"]


def test_size_follows_the_chosen_metric():
    G = sample_graph()
    m = sample_metrics(G)
    nl = _section(legend(G, m, size_by="degree"), "size")
    assert [e["swatch"]["size"] for e in nl] == [NODE_MIN_PX, NODE_MAX_PX]
    assert nl[0]["label"] == "klein: laagste aantal partners (0)"
    assert nl[1]["label"] == "groot: hoogste aantal partners (3)"
    en = _section(legend(G, m, size_by="betweenness", language="en"), "size")
    assert en[1]["label"].startswith("large: highest broker role (")
    same = _section(legend(G, m, size_by=None, language="en"), "size")
    assert [e["label"] for e in same] == ["all actors the same size"]


def test_line_styles_widths_and_arrows():
    G = sample_graph()
    entries = legend(G, language="en")
    lines = {e["label"]: e["swatch"]["line_style"] for e in _section(entries, "line")}
    assert lines == {
        "face-to-face": "solid",
        "online": "dashed",
        "hybrid, or alternating face-to-face and online": LINE_STYLES["hybrid"],
        "mode not coded": "solid",
    }
    widths = _section(entries, "width")
    assert [w["swatch"]["width"] for w in widths] == [EDGE_MIN_PX, EDGE_MAX_PX]
    weights = [d["weight"] for _, _, d in G.edges(data=True)]
    assert widths[0]["label"] == f"thin: least frequent (weight {min(weights):.3g})"
    assert not _section(entries, "arrow")
    directed = legend(sample_graph(directed=True))
    assert [e["label"] for e in _section(directed, "arrow")] == [
        "pijl van initiatiefnemer naar partner"
    ]


def test_empty_graph_gives_an_honest_minimal_legend():
    entries = legend(nx.Graph(), language="en")
    assert [e["section"] for e in entries] == ["size"]


def test_both_catalogues_have_the_same_keys_and_section_titles():
    assert set(TEXT["nl"]) == set(TEXT["en"])
    assert section_titles("community", "nl")["colour"].startswith("Kleur: gemeenschap")
    assert section_titles("region", "en")["colour"] == "Colour: region"


def test_two_mode_legend_explains_memberships():
    from graph.projections import two_mode_graph
    from tests.app.test_explorer_sample import sample_records

    entries = legend(two_mode_graph(sample_records()), language="en")
    lines = _section(entries, "line")
    assert [e["label"] for e in lines] == ["member of a group (network, PLC, working group)"]
    assert not _section(entries, "width")
    shapes = [e["label"] for e in _section(entries, "shape")]
    assert shapes == ["person", "group"]
