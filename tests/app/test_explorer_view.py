"""The explorer's orchestration on the demo partnership: counts, sentences, caching, state.

Expected figures come from graph/ (network_for, two_mode_graph, describe_result) on
the same records, so the tests check the presenter's plumbing, not copied numbers.
"""

from __future__ import annotations

import networkx as nx
import pytest

from app.presenters import explorer_view as ev
from app.presenters.explorer_elements import too_large
from app.presenters.explorer_view import (
    ExplorerRequest,
    effective_filter,
    explorer_view,
    full_metrics,
    parse_request,
    strongest_ties,
    tidy_isolates,
)
from app.presenters.explorer_view_controls import control_values, request_from_controls
from app.presenters.explorer_view_shape import BACKBONE_ELEMENTS
from app.viewer import LOCAL_USER
from graph.counts import tie_count
from graph.filter_text import describe_result
from graph.filters import NetworkFilter, network_for
from graph.labels import Labels
from graph.projections import two_mode_graph
from graph.records import NetworkRecords
from graph.timeslice import school_years


@pytest.fixture(autouse=True)
def _fresh_caches():
    ev.clear_caches()
    yield
    ev.clear_caches()


def _view(records: NetworkRecords, query: str, language: str = "nl"):
    return explorer_view(records, parse_request(query), LOCAL_USER, language)


def _drawn_edges(G: nx.Graph) -> int:
    return G.number_of_edges() - nx.number_of_selfloops(G)


@pytest.mark.parametrize("level", ["person", "organisation", "mixed"])
def test_every_level_counts_match_graph_functions(records: NetworkRecords, level: str) -> None:
    expected = network_for(records, NetworkFilter(), level)
    view = _view(records, "" if level == "person" else f"level={level}")
    assert view.level == level
    assert (view.nodes, view.ties) == (expected.number_of_nodes(), tie_count(expected))
    nodes = [e for e in view.elements if "position" in e]
    edges = [e for e in view.elements if "source" in e["data"]]
    assert len(nodes) == expected.number_of_nodes() > 30
    assert len(edges) == _drawn_edges(expected)
    assert view.message is None


def test_two_mode_level_is_the_membership_graph(records: NetworkRecords) -> None:
    B = two_mode_graph(records)
    view = _view(records, "level=two_mode")
    assert (view.nodes, view.ties) == (B.number_of_nodes(), B.number_of_edges())
    kinds = {e["classes"].split()[0] for e in view.elements if "position" in e}
    assert "group" in kinds


def test_theme_filter_drops_ties_and_says_so(records: NetworkRecords) -> None:
    flt = NetworkFilter(themes=("dyslexia",), hide_isolates=True)
    expected = network_for(records, flt, "person")
    view = _view(records, "theme=dyslexia&hide_isolates=1")
    everything = network_for(records, NetworkFilter(), "person")
    assert 0 < view.nodes == expected.number_of_nodes() < everything.number_of_nodes()
    assert view.ties == expected.number_of_edges() < everything.number_of_edges()
    labels = Labels.from_records(records)
    assert view.sentence == describe_result(expected, flt, language="nl", labels=labels)
    assert "dyslexie" in view.sentence.lower()
    english = _view(records, "theme=dyslexia&hide_isolates=1", "en")
    assert english.sentence == describe_result(expected, flt, language="en", labels=labels)


def test_one_school_year_equals_the_timeslice(records: NetworkRecords) -> None:
    years = school_years(records)
    first = int(years[1][:4])
    expected = network_for(records, NetworkFilter(school_year=years[1]), "person")
    view = _view(records, f"years={first}")
    assert view.filter.school_year == years[1]
    assert (view.nodes, view.ties) == (expected.number_of_nodes(), expected.number_of_edges())
    assert view.years == tuple(years)


def test_year_range_becomes_a_window(records: NetworkRecords) -> None:
    years = school_years(records)
    a, b = int(years[0][:4]), int(years[1][:4])
    flt = effective_filter(parse_request(f"years={a}-{b}").state)
    window = flt.window()
    assert window is not None and window[0].isoformat() == f"{a}-08-01"
    assert window[1].isoformat() == f"{b + 1}-07-31"
    expected = network_for(records, flt, "person")
    assert _view(records, f"years={a}-{b}").ties == expected.number_of_edges()


def test_positions_stay_put_across_school_years(records: NetworkRecords) -> None:
    everything = _view(records, "")
    where = {e["data"]["id"]: e["position"] for e in everything.elements if "position" in e}
    for year in school_years(records):
        view = _view(records, f"years={year[:4]}")
        for e in view.elements:
            if "position" in e:
                assert e["position"] == where[e["data"]["id"]]


def test_same_view_twice_is_the_same_object(records: NetworkRecords) -> None:
    first = _view(records, "theme=ict")
    assert _view(records, "theme=ict") is first
    recoloured = _view(records, "theme=ict&color=sector")
    assert recoloured is not first
    assert recoloured.graph is first.graph  # the graph stage was reused
    assert [e.get("position") for e in recoloured.elements] == [
        e.get("position") for e in first.elements
    ]


def test_full_metrics_are_computed_on_the_filtered_network(records: NetworkRecords) -> None:
    view = _view(records, "theme=ict&hide_isolates=1")
    metrics = full_metrics(records, view)
    assert metrics is not None
    assert set(metrics.index) == set(view.graph)
    expected = dict(nx.degree(view.graph))
    assert {n: int(metrics.at[n, "degree"]) for n in view.graph} == expected
    assert full_metrics(records, view) is metrics  # cached


def test_forged_queries_never_raise(records: NetworkRecords) -> None:
    for query in (
        "level=evil&theme=%00",
        "ego=99999999",
        "years=abc",
        "x" * 5000,
        "size=__class__",
    ):
        view = _view(records, query)
        assert view.nodes >= 0
    assert _view(records, "ego=99999999").filter.ego is None


def test_request_round_trips_through_url_and_panel(records: NetworkRecords) -> None:
    actor = records.actors[3].id
    query = (
        f"level=organisation&color=community&size=betweenness&layout=concentric&seed=3"
        f"&years=2023-2024&theme=dyslexia,ict&freq_min=monthly&hide_isolates=1"
        f"&ego={actor}&radius=2&directed=1"
    )
    request = parse_request(query)
    assert request.directed and request.state.level == "organisation"
    assert parse_request(request.to_query()) == request
    assert request_from_controls(control_values(request, records), records) == request
    assert parse_request("") == ExplorerRequest()


def test_panel_values_are_rechecked(records: NetworkRecords) -> None:
    forged = {
        "themes": ["dyslexia", "no_such_theme", 7, "x" * 500],
        "ego": 10**12,
        "radius": 9,
        "years": [1, 99999],
        "level": "<script>",
        "frequency": [0, "weekly"],
        "min_weight": float("nan"),
        "k_core": -3,
        "flags": "isolates",
    }
    request = request_from_controls(forged, records)
    flt = NetworkFilter.from_query(request.state.filter_query)
    assert flt.themes == ("dyslexia",)
    assert flt.ego is None and flt.k_core is None and flt.min_weight is None
    assert flt.hide_isolates is True
    assert request.state.level == "person" and request.state.years is None


def test_strongest_ties_fit_the_limit() -> None:
    G = nx.Graph()
    G.add_weighted_edges_from([(i, i + 1, float(i % 5)) for i in range(40)])
    kept = strongest_ties(G, NetworkFilter(), limit=G.number_of_nodes() + 10)
    assert kept is not None and kept.min_weight is not None
    H = kept.apply(G)
    assert H.number_of_edges() <= 10
    assert all(w >= kept.min_weight for _u, _v, w in H.edges(data="weight"))
    assert strongest_ties(G, NetworkFilter(), limit=10) is None  # nodes alone too many


def test_isolates_are_lined_up_under_the_network() -> None:
    G = nx.path_graph(4)
    G.add_nodes_from([10, 11])
    positions = {0: (0.0, 0.0), 1: (100.0, 0.0), 2: (100.0, 100.0), 3: (0.0, 100.0)}
    positions |= {10: (900.0, -900.0), 11: (-900.0, 900.0)}
    tidy = tidy_isolates(G, positions)
    assert all(tidy[n] == positions[n] for n in range(4))
    assert all(0 <= tidy[n][0] <= 100 and tidy[n][1] > 100 for n in (10, 11))


def test_same_revision_different_data_never_shares_a_cache(records: NetworkRecords) -> None:
    from dataclasses import replace

    fewer = replace(records, ties=records.ties[: len(records.ties) // 2])
    assert fewer.revision == records.revision
    assert _view(fewer, "").ties < _view(records, "").ties
    assert ev.data_key(fewer) != ev.data_key(records)
    assert ev.data_key(records) == ev.data_key(replace(records))  # same data, same key


def test_a_5000_actor_partnership_opens_aggregated_with_its_backbone() -> None:
    from bench.synthetic import synthetic_partnership

    big = synthetic_partnership(5000)
    persons = network_for(big, NetworkFilter(), "person")
    assert too_large(persons)  # the person level would stall the browser
    view = _view(big, "")
    assert view.level == "organisation" and view.message
    assert "organisatieniveau" in view.message
    whole = network_for(big, NetworkFilter(), "organisation")
    assert view.filter.min_weight is not None and view.ties < whole.number_of_edges()
    assert len(view.elements) <= BACKBONE_ELEMENTS
    expected = network_for(big, NetworkFilter(min_weight=view.filter.min_weight), "organisation")
    assert (view.nodes, view.ties) == (expected.number_of_nodes(), expected.number_of_edges())
    assert "gewicht" in view.sentence
    narrowed = _view(big, "sector=po")  # a filter brings persons back
    assert narrowed.level == "person" and narrowed.message is None
