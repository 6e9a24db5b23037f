"""NetworkFilter: every record-level and graph-level field on the small partnership."""

from __future__ import annotations

from datetime import date, datetime

import networkx as nx
import pytest

from graph.build import build_graph
from graph.errors import FilterError, UnknownActor
from graph.filters import NetworkFilter, network_for
from graph.records import ActorThemeRecord


def tie_ids(flt: NetworkFilter, records) -> list[int]:
    return sorted(t.id for t in flt.apply_records(records).ties)


def actor_ids(flt: NetworkFilter, records) -> list[int]:
    return sorted(a.id for a in flt.apply_records(records).actors)


def test_empty_filter_keeps_everything(small):
    f = NetworkFilter()
    assert f.is_empty and not f.has_graph_part
    assert f.apply_records(small) == small
    G = build_graph(small)
    assert nx.utils.graphs_equal(f.apply(G), G)


@pytest.mark.parametrize(
    ("kwargs", "actors", "ties"),
    [
        # Persons match on their own type or their organisations' type.
        ({"actor_types": ("school",)}, [1, 2, 10, 11, 12, 20, 21], [1, 2, 3, 5]),
        ({"actor_types": ("teacher",)}, [10, 12, 20, 21], [1, 5]),
        ({"actor_types": ("plg",)}, [20], []),
        ({"actor_types": ("school", "plg")}, [1, 2, 10, 11, 12, 20], [1, 2, 3, 5]),
        ({"sectors": ("po",)}, [1, 10, 11, 20, 21], [2]),
        ({"sectors": ("po", "vo")}, [1, 2, 10, 11, 12, 20, 21], [1, 2, 3, 5]),
        ({"regions": ("Utrecht",)}, [1, 2, 10, 11, 12, 20, 21], [1, 2, 3, 5]),
        ({"regions": ("Amersfoort",)}, [3, 11, 13, 20, 21], []),
        ({"sectors": ("nowhere",)}, [20, 21], []),
    ],
)
def test_actor_fields(small, kwargs, actors, ties):
    f = NetworkFilter(**kwargs)
    assert actor_ids(f, small) == actors
    assert tie_ids(f, small) == ties


@pytest.mark.parametrize(
    ("kwargs", "ties"),
    [
        ({"themes": ("ict",)}, [3, 4, 5]),
        ({"themes": ("dyslexia", "reading_language")}, [1, 2]),
        ({"frequency_min": "monthly"}, [1, 2]),
        ({"frequency_max": "yearly"}, [3, 5]),
        ({"frequency_min": "quarterly", "frequency_max": "monthly"}, [1, 4]),
        ({"frequency_min": "weekly", "frequency_max": "weekly"}, [2]),
        ({"frequency_min": "sometimes"}, []),  # unknown code keeps nothing
        ({"voluntariness": ("voluntary",)}, [1]),
        ({"voluntariness": ("voluntary", "imposed")}, [1, 3]),
        ({"modes": ("online",)}, [3, 5]),
        ({"participation": ("active",)}, [1]),
        ({"participation": ("passive", "active")}, [1, 4]),
        ({"scopes": ("local",)}, [3]),
        ({"follow_up": ("permanent",)}, [1]),
        ({"motive_dimensions": ("task",)}, [1]),
        ({"motive_dimensions": ("growth",)}, [3]),
        ({"motive_dimensions": ("relation",)}, []),
        ({"as_of": date(2023, 7, 31)}, [2, 6]),
        ({"as_of": date(2023, 8, 1)}, [3, 6]),
        ({"window_start": date(2021, 1, 1), "window_end": date(2021, 12, 31)}, [5, 6]),
        ({"window_start": date(2024, 8, 1)}, [1, 4, 6]),
        ({"window_end": date(2021, 12, 31)}, [5, 6]),
        ({"school_year": "2023-2024"}, [1, 3, 6]),
        ({"school_year": "2022-2023"}, [2, 6]),
        ({"school_year": "2019-2020"}, [6]),
        ({"themes": ("ict",), "modes": ("online",), "school_year": "2023-2024"}, [3]),
    ],
)
def test_tie_fields(small, kwargs, ties):
    assert tie_ids(NetworkFilter(**kwargs), small) == ties


def test_tie_filters_keep_actors_and_time_filters_memberships(make, small):
    f = NetworkFilter(voluntariness=("imposed",))
    assert actor_ids(f, small) == [a.id for a in small.actors]
    recs = make.records(
        actors=[make.person(1, "A"), make.group(20, "G")],
        memberships=[make.membership(1, 20, start=date(2020, 1, 1), end=date(2020, 12, 31))],
    )
    assert NetworkFilter(school_year="2019-2020").apply_records(recs).memberships
    assert not NetworkFilter(school_year="2021-2022").apply_records(recs).memberships


def weights(G):
    return {tuple(sorted((u, v))): w for u, v, w in G.edges(data="weight")}


def test_min_weight_and_hide_isolates(small):
    G = build_graph(small)
    H = NetworkFilter(min_weight=5).apply(G)
    assert weights(H) == {(10, 12): 5.0, (10, 11): 5.0, (12, 13): 7.0}
    assert sorted(H) == [10, 11, 12, 13, 14]
    H = NetworkFilter(min_weight=5, hide_isolates=True).apply(G)
    assert sorted(H) == [10, 11, 12, 13]
    assert G.number_of_edges() == 5  # input untouched


@pytest.mark.parametrize(
    ("radius", "nodes"), [(1, [10, 11, 12]), (2, [10, 11, 12, 13]), (3, [10, 11, 12, 13, 14])]
)
def test_ego_radius(small, radius, nodes):
    H = NetworkFilter(ego=10, radius=radius).apply(build_graph(small))
    assert sorted(H) == nodes
    D = NetworkFilter(ego=14, radius=radius).apply(build_graph(small, directed=True))
    assert 13 in D  # direction ignored: 13 -> 14 reaches 14's ego network


def test_ego_filtered_away_gives_empty_graph_and_unknown_ego_is_an_error(small):
    H = network_for(small, NetworkFilter(ego=10, sectors=("vo",)))
    assert H.number_of_nodes() == 0
    with pytest.raises(UnknownActor, match="999"):
        network_for(small, NetworkFilter(ego=999))


def test_k_core_equals_networkx(small):
    G = build_graph(small)
    H = NetworkFilter(k_core=2).apply(G)
    assert sorted(H) == [10, 11, 12]
    for seed in range(5):
        R = nx.gnp_random_graph(40, 0.12, seed=seed)
        nx.set_edge_attributes(R, 1.0, "weight")
        for k in (1, 2, 3, 4):
            assert nx.utils.graphs_equal(NetworkFilter(k_core=k).apply(R), nx.k_core(R, k))


def test_k_core_with_self_loops_keeps_them(make):
    recs = make.records(
        actors=[make.person(i, str(i)) for i in (1, 2, 3, 4)],
        ties=[
            make.tie(1, 1, 2),
            make.tie(2, 2, 3),
            make.tie(3, 1, 3),
            make.tie(4, 3, 4),
            make.tie(5, 1, 1),
        ],
    )
    H = NetworkFilter(k_core=2).apply(build_graph(recs))
    assert sorted(H) == [1, 2, 3] and H.has_edge(1, 1)


def test_largest_component(make):
    recs = make.records(
        actors=[make.person(i, str(i)) for i in range(1, 7)],
        ties=[make.tie(1, 1, 2), make.tie(2, 3, 4), make.tie(3, 4, 5)],
    )
    assert sorted(NetworkFilter(largest_component=True).apply(build_graph(recs))) == [3, 4, 5]
    D = build_graph(recs, directed=True)
    assert sorted(NetworkFilter(largest_component=True).apply(D)) == [3, 4, 5]
    # Equal size: the one with more edges, then the lowest id wins (deterministic).
    recs2 = make.records(
        actors=[make.person(i, str(i)) for i in range(1, 5)],
        ties=[make.tie(1, 3, 4), make.tie(2, 1, 2)],
    )
    assert sorted(NetworkFilter(largest_component=True).apply(build_graph(recs2))) == [1, 2]


@pytest.mark.parametrize(
    "flt",
    [
        NetworkFilter(sectors=("nowhere",), largest_component=True, k_core=2, hide_isolates=True),
        NetworkFilter(min_weight=100, hide_isolates=True, largest_component=True),
        NetworkFilter(school_year="1990-1991", hide_isolates=True, k_core=3),
    ],
)
@pytest.mark.parametrize("level", ["person", "organisation", "mixed"])
def test_everything_filtered_away_gives_an_empty_graph(small, flt, level):
    G = network_for(small, flt, level=level)
    assert G.number_of_nodes() == 0
    assert G.graph["level"] == level and G.graph["filter"] == flt.to_query()


@pytest.mark.parametrize("level", ["person", "organisation", "mixed"])
@pytest.mark.parametrize("directed", [False, True])
def test_graph_parts_on_empty_and_one_node_graphs(level, directed, make):
    f = NetworkFilter(min_weight=1, hide_isolates=False, k_core=1, largest_component=True)
    for recs in (make.records(), make.records(actors=[make.person(1, "Solo"), make.org(2, "A")])):
        G = network_for(recs, f, level=level, directed=directed)
        assert G.number_of_edges() == 0


def test_network_for_applies_record_then_graph_parts(small):
    G = network_for(
        small, NetworkFilter(school_year="2023-2024", hide_isolates=True), level="organisation"
    )
    assert weights(G) == {(1, 2): 5.0, (2, 3): 1.0}  # ties 1 and 3 (Bram split A/C)
    assert G.graph["filter"] == "school_year=2023-2024&hide_isolates=1"


@pytest.mark.parametrize(
    ("kwargs", "parameter"),
    [
        ({"radius": 4, "ego": 1}, "radius"),
        ({"radius": 0, "ego": 1}, "radius"),
        ({"k_core": 0}, "k_core"),
        ({"k_core": True}, "k_core"),
        ({"min_weight": -1}, "min_weight"),
        ({"min_weight": float("nan")}, "min_weight"),
        ({"min_weight": "3"}, "min_weight"),
        ({"ego": "10"}, "ego"),
        ({"themes": ("bad code",)}, "themes"),
        ({"themes": (1,)}, "themes"),
        ({"themes": 5}, "themes"),
        ({"regions": ("a,b",)}, "regions"),
        ({"regions": ("x" * 101,)}, "regions"),
        ({"sectors": tuple(f"s{i}" for i in range(201))}, "sectors"),
        ({"frequency_min": "weekly", "frequency_max": "once"}, "frequency_max"),
        ({"frequency_min": 3}, "frequency_min"),
        ({"as_of": "2024-01-01"}, "as_of"),
        ({"window_start": date(2024, 2, 1), "window_end": date(2024, 1, 1)}, "window_end"),
        ({"as_of": date(2024, 1, 1), "school_year": "2023-2024"}, "as_of"),
        ({"school_year": "2023-2025"}, "school_year"),
        ({"largest_component": "yes"}, "largest_component"),
    ],
)
def test_invalid_values_raise_filter_error_naming_the_parameter(kwargs, parameter):
    with pytest.raises(FilterError) as info:
        NetworkFilter(**kwargs)
    assert info.value.parameter == parameter
    assert parameter in str(info.value)


def test_normalisation_makes_equal_meaning_equal():
    a = NetworkFilter(
        themes=("ict", "dyslexia", "ict"), as_of=datetime(2024, 1, 1, 12, 0), radius=3
    )
    b = NetworkFilter(themes=["dyslexia", "ict"], as_of=date(2024, 1, 1))
    assert a == b and hash(a) == hash(b)
    assert NetworkFilter(themes="ict").themes == ("ict",)
    assert a.changed(themes=()).themes == ()
    assert NetworkFilter(ego=3, radius=2).has_graph_part


def test_intake_and_decision_making(make):
    recs = make.records(
        actors=[make.person(i, str(i)) for i in (1, 2, 3)],
        ties=[
            make.tie(1, 1, 2, intake="collective", decision_making="formal"),
            make.tie(2, 2, 3, intake="individual", decision_making="informal"),
            make.tie(3, 1, 3),
        ],
    )
    assert tie_ids(NetworkFilter(intake=("collective",)), recs) == [1]
    assert tie_ids(NetworkFilter(decision_making=("informal", "formal")), recs) == [1, 2]
    assert tie_ids(NetworkFilter(intake=("individual",), decision_making=("formal",)), recs) == []


def test_theme_filter_keeps_the_actors_involved_in_the_theme(make, small):
    # ICT ties 3 (Bram-Cor), 4 (Cor-Dina), 5 (Anna-Cor): their people, the organisations
    # they work at and their groups stay; Eva (no ICT tie, no ICT theme) goes.
    assert actor_ids(NetworkFilter(themes=("ict",)), small) == [1, 2, 3, 10, 11, 12, 13, 20, 21]
    # An actor with the theme as a learning need stays even without a tie on it.
    needs = make.records(
        actors=[make.person(1, "A"), make.person(2, "B"), make.person(3, "C")],
        actor_themes=(ActorThemeRecord(3, "ict", "learning_need"),),
    )
    assert actor_ids(NetworkFilter(themes=("ict",)), needs) == [3]
