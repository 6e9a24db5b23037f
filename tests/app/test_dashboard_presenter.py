"""The dashboard presenters on the demo partnership and on small hand-built networks.

Expected figures come from plain networkx on the same graph (the presenter goes
through graph.metrics on igraph/rustworkx), from the demo's planted facts
(docs/demo.md) or are stated by hand for the hand-built networks.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from app.presenters import dashboard as presenter
from app.presenters.dashboard_charts import plain_label
from app.presenters.dashboard_cuts import actor_cuts, tie_cuts
from app.presenters.dashboard_data import compute
from app.presenters.dashboard_state import DashboardState, state_from_query, state_from_values
from app.viewer import LOCAL_USER
from db.engine import make_engine
from db.queries import read_network
from graph.build import build_graph
from graph.labels import Labels
from graph.records import ActorRecord, CodeRecord, NetworkRecords, TieRecord
from graph.timeslice import parse_school_year, records_active
from seeds.demo import GATEWAY_PERSON, GATEWAY_SCHOOL, ISOLATED_SCHOOLS, SCHOOL_YEARS


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> str:
    """One migrated SQLite file with the demo, loaded through the importer, per module."""
    from seeds.demo import seed_demo

    path = tmp_path_factory.mktemp("dashboard-demo") / "demo.db"
    with sqlite3.connect(sqlite_template) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    try:
        seed_demo(engine)
    finally:
        engine.dispose()
    return url


@pytest.fixture(scope="module")
def demo_engine(demo_url: str):
    engine = make_engine(demo_url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def demo_records(demo_engine) -> NetworkRecords:
    return read_network(demo_engine)


def _simple(G: nx.Graph) -> nx.Graph:
    H = nx.Graph(G)
    H.remove_edges_from(list(nx.selfloop_edges(H)))
    return H


# ---- a hand-built partnership with an obvious single point of failure -----------

CODEBOOK = (
    CodeRecord("actor_type", "school", "school", "school", "organisation"),
    CodeRecord("actor_type", "school_board", "schoolbestuur", "school board", "organisation"),
    CodeRecord("actor_type", "lectoraat", "lectoraat", "lectoraat (research group)"),
    CodeRecord("actor_type", "university", "universiteit", "university"),
    CodeRecord("sector", "po", "primair onderwijs (PO)", "primary education"),
    CodeRecord("theme", "reading_language", "lezen en taal", "reading and language"),
)


def _board_network() -> NetworkRecords:
    """Three schools reach the lectoraat (and the universities behind it) only through
    their board: if the board leaves, the three schools lose that link."""
    actors = (
        ActorRecord(1, "S1", "organisation", "school", "De Eik", sector="po", region="Noord"),
        ActorRecord(2, "S2", "organisation", "school", "De Beuk", sector="po", region="Noord"),
        ActorRecord(3, "S3", "organisation", "school", "De Linde", sector="po", region="Zuid"),
        ActorRecord(4, "B1", "organisation", "school_board", "Stichting Bos", region="Noord"),
        ActorRecord(5, "L1", "organisation", "lectoraat", "Lectoraat Lezen", region="Zuid"),
        ActorRecord(6, "U1", "organisation", "university", "Universiteit Zuid", region="Zuid"),
        ActorRecord(7, "U2", "organisation", "university", "Universiteit West", region="Zuid"),
    )
    pairs = [(1, 2), (1, 4), (2, 4), (3, 4), (4, 5), (5, 6), (6, 7)]
    ties = tuple(
        TieRecord(i, a, b, directed=False, themes=("reading_language",) if a in (1, 2) else ())
        for i, (a, b) in enumerate(pairs, start=1)
    )
    return NetworkRecords(actors=actors, ties=ties, codebook=CODEBOOK, revision="hand")


def test_state_from_forged_input_falls_back() -> None:
    assert state_from_query("level=organisation&directed=1&attribute=sector") == DashboardState(
        "organisation", True, "sector"
    )
    assert state_from_query("?level=<script>&directed=maybe&attribute=../x") == DashboardState()
    assert state_from_query("x" * 5000) == DashboardState()
    assert state_from_query(None) == DashboardState()
    assert state_from_values(["person"], {"a": 1}, 42) == DashboardState()
    assert state_from_values("mixed", ["directed"], "region") == DashboardState(
        "mixed", True, "region"
    )
    assert DashboardState("organisation", True, "sector").to_query() == (
        "level=organisation&directed=1&attribute=sector"
    )
    assert DashboardState().to_query() == ""


def test_board_cut_named_in_board_language() -> None:
    records = _board_network()
    data = compute(records, DashboardState("organisation", False, "type"))
    labels = Labels(records.codebook)
    # networkx agrees on the articulation points: the board and the lectoraat
    G = build_graph(records, level="organisation")
    assert set(nx.articulation_points(G)) == {4, 5, 6}
    cuts = actor_cuts(data.graph)
    assert [(c.removed, set(c.cut_off)) for c in cuts] == [
        ((4,), {1, 2, 3}),
        ((5,), {6, 7}),
        ((6,), {7}),
    ]
    assert set(cuts[0].rest) == {5, 6, 7}

    view = presenter.view_of(data, labels, "nl", "type")
    sentence, names = view.cuts[0]
    assert sentence == (
        "Als Stichting Bos wegvalt, verliezen 3 organisaties hun enige verbinding met de "
        "rest van het netwerk (3 actoren, onder wie Lectoraat Lezen (lectoraat) en "
        "Universiteit Zuid (universiteit))."
    )
    assert names == "Raken los: De Beuk, De Eik en De Linde"
    assert view.cuts[1][0] == (
        "Als Lectoraat Lezen wegvalt, verliezen 2 organisaties hun enige verbinding met de "
        "rest van het netwerk (4 actoren, onder wie Stichting Bos (schoolbestuur) en "
        "De Beuk (school))."
    )
    assert view.cuts[2][0] == (
        "Als Universiteit Zuid wegvalt, verliest Universiteit West de enige verbinding met "
        "de rest van het netwerk (5 actoren, onder wie Stichting Bos (schoolbestuur) en "
        "De Beuk (school))."
    )
    english = presenter.view_of(data, labels, "en", "type")
    assert english.cuts[0][0].startswith(
        "If Stichting Bos leaves, 3 organisations lose their only link to the rest of the "
        "network (3 actors, including Lectoraat Lezen (lectoraat (research group))"
    )
    # bridges: the largest cut first; networkx finds the same four
    bridges = tie_cuts(data.graph)
    assert {tuple(sorted(e)) for e in nx.bridges(G)} == {c.removed for c in bridges}
    assert [(c.removed, set(c.cut_off)) for c in bridges] == [
        ((4, 5), {5, 6, 7}),
        ((5, 6), {6, 7}),
        ((3, 4), {3}),
        ((6, 7), {7}),
    ]
    tie_sentences = [s for s, _ in view.cuts[3:]]
    assert tie_sentences[0] == (
        "Als de samenwerking tussen Stichting Bos en Lectoraat Lezen stopt, verliezen 3 "
        "organisaties hun enige verbinding met de rest van het netwerk (4 actoren, onder "
        "wie Stichting Bos (schoolbestuur) en De Beuk (school))."
    )
    assert tie_sentences[2] == (
        "Als de samenwerking tussen De Linde en Stichting Bos stopt, verliest De Linde de "
        "enige verbinding met de rest van het netwerk (6 actoren, onder wie Stichting Bos "
        "(schoolbestuur) en De Beuk (school))."
    )


def test_hand_built_summary_mixing_and_homophily() -> None:
    records = _board_network()
    data = compute(records, DashboardState("organisation", False, "region"))
    view = presenter.view_of(data, Labels(records.codebook), "en", "region")
    values = {row["metric"]: row["value"] for row in view.summary_rows}
    # 7 nodes, 7 edges: density 7 / 21; one component; diameter S1-B1-L1-U1-U2 = 4
    assert values["nodes"] == "7" and values["ties"] == "7"
    assert values["density"] == "0.333"
    assert values["components"] == "1"
    assert values["diameter"] == "4"
    assert "reciprocity" not in values  # undirected
    # E-I by region: Noord = {S1, S2, B1}, Zuid = {S3, L1, U1, U2}; external ties S3-B1,
    # B1-L1 -> (2 - 5) / 7
    homophily = {row["attribute"]: row for row in view.homophily_rows}
    assert homophily["region"]["ei_index"] == f"{(2 - 5) / 7:.3f}"
    heatmap = view.mixing_figure["data"][0]
    assert heatmap["x"] == ["Noord", "Zuid"]
    # networkx's own mixing dict agrees cell by cell
    mix = nx.attribute_mixing_dict(build_graph(records, level="organisation"), "region")
    assert heatmap["z"] == [
        [mix[r].get(c, 0) for c in ("Noord", "Zuid")] for r in ("Noord", "Zuid")
    ]
    # themes of the community around the board come from its ties
    themes = [item[1] for item in view.communities]
    assert any("reading and language" in text for text in themes)


def test_user_text_is_never_markup_in_charts() -> None:
    records = _board_network()
    actors = tuple(
        a if a.id != 1 else ActorRecord(1, "S1", "organisation", "school", "X", region="<b>N</b>")
        for a in records.actors
    )
    data = compute(
        NetworkRecords(actors=actors, ties=records.ties, codebook=CODEBOOK),
        DashboardState("organisation", False, "region"),
    )
    figure = presenter.view_of(data, Labels(CODEBOOK), "nl", "region").mixing_figure
    assert "&lt;b&gt;N&lt;/b&gt;" in figure["data"][0]["x"]
    assert "<b>" not in str(figure["data"][0]["x"])
    assert plain_label("a & <i>") == "a &amp; &lt;i&gt;"


def test_number_formatting() -> None:
    assert presenter.number(1234, "nl") == "1.234"
    assert presenter.number(1234, "en") == "1,234"
    assert presenter.number(0.38297, "nl") == "0,383"
    assert presenter.number(1234.5, "nl") == "1.234,500"
    assert presenter.number(None, "en") == "n/a"
    assert presenter.number(float("nan"), "nl") == "n.v.t."


# ---- the demo partnership -------------------------------------------------------


def test_demo_summary_matches_networkx(demo_engine, demo_records) -> None:
    view = presenter.dashboard_view(demo_engine, LOCAL_USER, "en", "person", [], "type")
    assert view.message is None
    G = build_graph(demo_records, level="person")
    H = _simple(G)
    values = {row["metric"]: row for row in view.summary_rows}
    assert values["nodes"]["value"] == str(H.number_of_nodes())
    assert values["ties"]["value"] == str(H.number_of_edges())
    assert values["density"]["value"] == f"{nx.density(H):.3f}"
    assert values["transitivity"]["value"] == f"{nx.transitivity(H):.3f}"
    assert values["components"]["value"] == str(nx.number_connected_components(H))
    largest = H.subgraph(max(nx.connected_components(H), key=len))
    assert values["diameter"]["value"] == str(nx.diameter(largest))
    assert values["average_path_length"]["value"] == (
        f"{nx.average_shortest_path_length(largest):.3f}"
    )
    # every figure carries its explanation and reference
    assert values["density"]["explanation"] == (
        "Which share of all possible collaborations actually exists."
    )
    assert all(row["explanation"] and row["reference"] for row in view.summary_rows)
    assert view.scope == (
        f"Network of persons, undirected: {H.number_of_nodes()} actors and "
        f"{H.number_of_edges()} ties. A tie is a pair of persons who collaborate; several "
        "collaborations between the same two count as one tie."
    )


def test_demo_ranked_table_and_degree_distribution(demo_engine, demo_records) -> None:
    view = presenter.dashboard_view(demo_engine, LOCAL_USER, "nl", None, None, None)
    H = _simple(build_graph(demo_records, level="person"))
    betweenness = nx.betweenness_centrality(H)
    keys = {a.id: a.key for a in demo_records.actors}
    top = max(betweenness, key=betweenness.get)
    assert view.node_rows[0]["key"] == keys[top]
    assert view.node_rows[0]["rank"] == 1
    assert view.node_rows[0]["betweenness"] == pytest.approx(betweenness[top], abs=1e-4)
    assert {row["key"] for row in view.node_rows[:5]} >= {"P001", "P002"}  # the brokers
    assert len(view.node_rows) == H.number_of_nodes()
    by_key = {row["key"]: row for row in view.node_rows}
    gateway = next(a.id for a in demo_records.actors if a.key == GATEWAY_PERSON)
    assert by_key[GATEWAY_PERSON]["degree"] == H.degree(gateway)
    assert by_key[GATEWAY_PERSON]["articulation_point"] == "ja"
    bars = view.degree_figure["data"][0]
    assert bars["y"] == nx.degree_histogram(H)
    fields = [col["field"] for col in view.node_columns]
    assert "in_degree" not in fields and "betweenness" in fields


def test_demo_gateway_person_cuts_off_the_gateway_school(demo_engine, demo_records) -> None:
    view = presenter.dashboard_view(demo_engine, LOCAL_USER, "nl", "person", None, "type")
    data = compute(demo_records, DashboardState("person", False, "type"))
    by_id = demo_records.actor_by_id()
    school = next(a.id for a in demo_records.actors if a.key == GATEWAY_SCHOOL)
    school_people = {
        a.key for a in demo_records.actors if a.kind == "person" and school in a.organisation_ids
    }
    first = data.actor_cuts[0]
    assert by_id[first.removed[0]].key == GATEWAY_PERSON
    # independently: removing P003 separates exactly the other S11 people from the rest
    H = _simple(build_graph(demo_records, level="person"))
    gateway = first.removed[0]
    H.remove_node(gateway)
    brokers = [a.id for a in demo_records.actors if a.key in ("P001", "P002")]
    cut_off = {keys for keys in school_people if keys != GATEWAY_PERSON}
    for person in cut_off:
        pid = next(a.id for a in demo_records.actors if a.key == person)
        assert not any(nx.has_path(H, pid, b) for b in brokers)
    assert {by_id[n].key for n in first.cut_off} == cut_off
    sentence, names = view.cuts[0]
    assert sentence.startswith(
        f"Als Ingrid Vlasveld wegvalt, verliezen {len(cut_off)} personen van Kromwijker "
        "Lyceum hun enige verbinding met de rest van het netwerk"
    )
    assert "Joris Hazelbroek (lector)" in sentence  # the best-connected actor left behind
    assert all(by_id[n].name in names for n in first.cut_off)


def test_demo_communities_name_the_isolated_schools(demo_engine) -> None:
    view = presenter.dashboard_view(demo_engine, LOCAL_USER, "nl", "organisation", None, None)
    closing = view.communities[-1][2]
    assert closing.startswith("2 actoren zonder relaties")
    assert "Basisschool 't Wilgenpad" in closing and "Basisschool De Keverhof" in closing
    assert ISOLATED_SCHOOLS == ("S06", "S12")
    heading, themes, members = view.communities[0]
    assert heading.startswith("Gemeenschap 1:") and themes.startswith("Thema's: ")


def test_demo_school_years_and_turnover(demo_engine, demo_records) -> None:
    view = presenter.dashboard_view(demo_engine, LOCAL_USER, "en", "person", None, None)
    assert [row["year"] for row in view.year_rows] == list(SCHOOL_YEARS)
    pairs = {}
    for row, year in zip(view.year_rows, SCHOOL_YEARS, strict=True):
        G = _simple(build_graph(records_active(demo_records, *parse_school_year(year))))
        assert row["ties"] == f"{G.number_of_edges():,}"
        assert row["active"] == f"{sum(1 for n in G if G.degree(n) > 0):,}"
        assert row["articulation_points"] == str(len(list(nx.articulation_points(G))))
        pairs[year] = {tuple(sorted(e)) for e in G.edges()}
    first = view.turnover_rows[0]
    a, b = pairs[SCHOOL_YEARS[0]], pairs[SCHOOL_YEARS[1]]
    assert first["started"] == str(len(b - a))
    assert first["ended"] == str(len(a - b))
    assert first["persisting"] == str(len(a & b))
    assert first["persistence"] == f"{100 * len(a & b) / len(a):.1f}"
    assert view.years_figure["data"][0]["x"] == list(SCHOOL_YEARS)
    assert view.movers_title == f"Biggest shifts from {SCHOOL_YEARS[-2]} to {SCHOOL_YEARS[-1]}"
    assert 0 < len(view.mover_rows) <= 10
    names = {a.name for a in demo_records.actors if a.kind == "person"}
    assert all(row["name"] in names for row in view.mover_rows)


def test_demo_mixing_by_sector_uses_codebook_labels(demo_engine, demo_records) -> None:
    view = presenter.dashboard_view(demo_engine, LOCAL_USER, "en", "organisation", "0", "sector")
    heatmap = view.mixing_figure["data"][0]
    assert "primary education" in heatmap["x"]
    # networkx on the loop-free graph; actors without a sector are left out, as documented
    mix = nx.attribute_mixing_dict(
        _simple(build_graph(demo_records, level="organisation")), "sector"
    )
    total = sum(v for r, row in mix.items() if r for c, v in row.items() if c)
    assert sum(map(sum, heatmap["z"])) == total
    directed = presenter.dashboard_view(demo_engine, LOCAL_USER, "en", "organisation", "1", None)
    assert "reciprocity" in [row["metric"] for row in directed.summary_rows]
    assert directed.query == "level=organisation&directed=1"
    assert Counter(c["field"] for c in directed.node_columns)["in_degree"] == 1


def test_empty_database_says_so(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    try:
        view = presenter.dashboard_view(engine, LOCAL_USER, "nl", None, None, None)
    finally:
        engine.dispose()
    assert view.message is not None and "collabnet seed demo" in view.message
    assert view.node_rows == [] and view.cuts == []


def test_catalogues_of_the_three_pages_agree_between_languages() -> None:
    import string

    from app.messages import dashboard, import_page, ties

    for module in (dashboard, ties, import_page):
        nl, en = module.MESSAGES["nl"], module.MESSAGES["en"]
        assert set(nl) == set(en), module.__name__
        for key in nl:
            fields_nl = {f for _, f, _, _ in string.Formatter().parse(nl[key]) if f}
            fields_en = {f for _, f, _, _ in string.Formatter().parse(en[key]) if f}
            assert fields_nl == fields_en, key


def test_degree_chart_upright_ticks_and_title_under_the_toolbar() -> None:
    """0..45 partners in steps of 1 ran together; the title sat under the toolbar."""
    import pandas as pd

    from app.presenters.dashboard_charts import (
        MARGIN_TOP_PX,
        MAX_TICKS,
        TITLE_TOP_PX,
        degree_figure,
    )

    nodes = pd.DataFrame({"degree": pd.Series([*range(46), 3, 3], dtype="Int64")})
    figure = degree_figure(nodes, "nl")
    axis = figure["layout"]["xaxis"]
    assert axis["tickangle"] == 0 and axis["tick0"] == 0
    assert 46 / axis["dtick"] <= MAX_TICKS and axis["dtick"] == 5
    assert degree_figure(nodes.head(8), "nl")["layout"]["xaxis"]["dtick"] == 1
    title = figure["layout"]["title"]
    assert (title["yref"], title["yanchor"], title["xanchor"]) == ("container", "top", "left")
    assert title["pad"]["t"] == TITLE_TOP_PX >= 30  # the toolbar is ~26 px tall
    assert figure["layout"]["margin"]["t"] == MARGIN_TOP_PX > TITLE_TOP_PX + 30
