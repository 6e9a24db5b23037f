"""The planted structure of docs/demo.md, checked with plain pandas and networkx on the files."""

from __future__ import annotations

from itertools import product

import networkx as nx
import pandas as pd
import pytest

from seeds import demo as d

Frames = dict[str, pd.DataFrame]


def themes_of(demo: Frames, theme: str, *relations: str) -> set[str]:
    t = demo["actor_themes"]
    return set(t.loc[(t["theme"] == theme) & t["relation"].isin(relations), "actor"])


def staff(demo: Frames, org: str) -> set[str]:
    a = demo["affiliations"]
    return set(a.loc[a["organisation"] == org, "person"])


def region(demo: Frames, actor: str, orgs_of: dict[str, set[str]]) -> str:
    regions = dict(zip(demo["actors"]["id"], demo["actors"]["region"], strict=True))
    return regions[sorted(orgs_of[actor])[0]]


@pytest.fixture(scope="module")
def linked(demo: Frames, orgs_of: dict[str, set[str]]) -> set[frozenset[str]]:
    """Pairs of actors or their organisations joined by at least one tie."""
    pairs = set()
    for s, t in zip(demo["ties"]["source"], demo["ties"]["target"], strict=True):
        for u, v in product({s} | orgs_of.get(s, set()), {t} | orgs_of.get(t, set())):
            pairs.add(frozenset((u, v)))
    return pairs


def test_isolated_schools_have_no_ties_at_organisation_level(
    demo: Frames, org_graph: nx.Graph, tie_graph: nx.Graph
) -> None:
    assert len(d.ISOLATED_SCHOOLS) in (1, 2)
    for school in d.ISOLATED_SCHOOLS:
        assert org_graph.degree(school) == 0
        people = staff(demo, school)
        assert len(people) >= 3
        assert all(tie_graph.degree(p) == 0 for p in people | {school})
        assert not (people & set(demo["memberships"]["actor"]))
    others = set(demo["actors"].loc[demo["actors"]["type"] == "school", "id"]) - set(
        d.ISOLATED_SCHOOLS
    )
    assert all(org_graph.degree(s) > 0 for s in others)


def test_gateway_school_reaches_out_only_through_one_person(
    demo: Frames, tie_graph: nx.Graph
) -> None:
    inside = staff(demo, d.GATEWAY_SCHOOL) | {d.GATEWAY_SCHOOL}
    assert d.GATEWAY_PERSON in inside
    outside_ties = [
        (s, t)
        for s, t in zip(demo["ties"]["source"], demo["ties"]["target"], strict=True)
        if (s in inside) != (t in inside)
    ]
    assert len(outside_ties) >= 5
    assert all(d.GATEWAY_PERSON in pair for pair in outside_ties)
    assert tie_graph.degree(d.GATEWAY_SCHOOL) == 0
    assert d.GATEWAY_PERSON in set(nx.articulation_points(tie_graph))
    # with affiliation edges too, the person is still the only way out
    g = tie_graph.copy()
    g.add_edges_from(
        zip(demo["affiliations"]["person"], demo["affiliations"]["organisation"], strict=True)
    )
    g.remove_node(d.GATEWAY_PERSON)
    component = nx.node_connected_component(g, d.GATEWAY_SCHOOL)
    assert component == inside - {d.GATEWAY_PERSON}
    members = demo["memberships"]
    assert set(members["actor"]) & inside <= {d.GATEWAY_PERSON}


def test_no_supply_theme_has_demand_and_no_expertise(demo: Frames) -> None:
    for theme in d.NO_SUPPLY_THEMES:
        assert len(themes_of(demo, theme, "learning_need")) >= 5
        assert len(themes_of(demo, theme, "priority")) >= 2
        assert not themes_of(demo, theme, "expertise")
        assert not demo["ties"]["themes"].str.split("|").apply(lambda ts, t=theme: t in ts).any()
        assert not demo["stories"]["themes"].str.contains(theme).any()


def test_single_supply_theme_hangs_on_one_person(demo: Frames) -> None:
    supply = themes_of(demo, d.SINGLE_SUPPLY_THEME, "expertise")
    assert supply == {d.SINGLE_SUPPLY_PERSON}
    types = dict(zip(demo["actors"]["id"], demo["actors"]["type"], strict=True))
    assert types[d.SINGLE_SUPPLY_PERSON] == "teacher"
    assert len(themes_of(demo, d.SINGLE_SUPPLY_THEME, "learning_need")) >= 3
    carriers = demo["ties"][demo["ties"]["themes"].str.contains(d.SINGLE_SUPPLY_THEME)]
    assert len(carriers) >= 2
    assert (
        (carriers["source"] == d.SINGLE_SUPPLY_PERSON)
        | (carriers["target"] == d.SINGLE_SUPPLY_PERSON)
    ).all()


def test_unconnected_theme_has_both_sides_and_no_tie_between(
    demo: Frames, orgs_of: dict[str, set[str]], linked: set[frozenset[str]]
) -> None:
    theme = d.UNCONNECTED_THEME
    supply = themes_of(demo, theme, "expertise")
    demand = themes_of(demo, theme, "learning_need", "priority")
    assert supply == set(d.UNCONNECTED_SUPPLY)
    assert set(d.UNCONNECTED_DEMAND_ORGS) <= demand
    demand_orgs = set().union(*(orgs_of[a] for a in demand))
    assert demand_orgs == set(d.UNCONNECTED_DEMAND_ORGS)
    for dem, sup in product(demand, supply):
        reach_d, reach_s = {dem} | orgs_of[dem], {sup} | orgs_of[sup]
        assert not reach_d & reach_s
        assert not any(frozenset((u, v)) in linked for u, v in product(reach_d, reach_s))
    # the supply side is active elsewhere: it is not a gap of isolation
    assert sum(1 for pair in linked if set(d.UNCONNECTED_SUPPLY) & pair) >= 3


def test_should_meet_pairs_share_an_exclusive_priority_and_no_tie(
    demo: Frames, org_graph: nx.Graph, orgs_of: dict[str, set[str]]
) -> None:
    sectors = dict(zip(demo["actors"]["id"], demo["actors"]["sector"], strict=True))
    groups = demo["memberships"].groupby("group")["actor"].apply(set)
    for a, b, theme in d.SHOULD_MEET_PAIRS:
        assert themes_of(demo, theme, "priority") == {a, b}
        assert not org_graph.has_edge(a, b)
        assert org_graph.degree(a) > 0 and org_graph.degree(b) > 0
        assert sectors[a] == sectors[b]
        for members in groups:
            member_orgs = set().union(*(orgs_of.get(m, set()) for m in members))
            assert not {a, b} <= member_orgs


def test_brokers_bridge_every_municipality(
    demo: Frames, tie_graph: nx.Graph, orgs_of: dict[str, set[str]]
) -> None:
    bc = nx.betweenness_centrality(tie_graph)
    persons = {p for p in orgs_of if p.startswith("P")}
    top = sorted(persons, key=lambda p: -bc[p])[:5]
    for broker in d.BROKERS:
        assert broker in top
        regions = {region(demo, n, orgs_of) for n in tie_graph[broker] if n in orgs_of}
        assert set(d.MUNICIPALITIES) <= regions
    median = sorted(bc[p] for p in persons)[len(persons) // 2]
    assert all(bc[b] > 20 * median for b in d.BROKERS)


def test_ties_between_schools_stay_mostly_in_their_municipality(
    demo: Frames, orgs_of: dict[str, set[str]]
) -> None:
    regions = dict(zip(demo["actors"]["id"], demo["actors"]["region"], strict=True))
    school_ids = set(demo["actors"].loc[demo["actors"]["type"] == "school", "id"])
    same = cross = 0
    for s, t in zip(demo["ties"]["source"], demo["ties"]["target"], strict=True):
        if s in d.BROKERS or t in d.BROKERS:
            continue
        for u, v in product(orgs_of.get(s, set()) & school_ids, orgs_of.get(t, set()) & school_ids):
            if u != v:
                same += regions[u] == regions[v]
                cross += regions[u] != regions[v]
    assert same > 2 * cross
    assert {s for c in d.REGIONAL_CLUSTERS.values() for s in c} == school_ids


def test_thematic_clusters_span_regions_around_one_theme(
    demo: Frames, tie_graph: nx.Graph, orgs_of: dict[str, set[str]]
) -> None:
    members = demo["memberships"]
    t = demo["actor_themes"]
    for group, theme in d.THEMATIC_CLUSTERS.items():
        people = members.loc[members["group"] == group, "actor"].tolist()
        coordinator = members.loc[
            (members["group"] == group) & (members["role"] == "coordinator"), "actor"
        ].item()
        assert len({region(demo, p, orgs_of) for p in people}) >= 3
        assert all(tie_graph.has_edge(coordinator, p) for p in people if p != coordinator)
        assert ((t["actor"] == group) & (t["theme"] == theme)).any()


def test_demo_question_has_a_clear_best_expert(demo: Frames, orgs_of: dict[str, set[str]]) -> None:
    t = demo["actor_themes"]
    supply = t[(t["theme"] == d.DEMO_QUESTION_THEME) & (t["relation"] == "expertise")]
    levels = dict(zip(supply["actor"], supply["level"], strict=True))
    assert levels.pop(d.DEMO_BEST_EXPERT) == "expert"
    assert levels and set(levels.values()) <= {"basic", "experienced"}
    assert d.DEMO_ASKER in themes_of(demo, d.DEMO_QUESTION_THEME, "learning_need")
    assert not orgs_of[d.DEMO_ASKER] & orgs_of[d.DEMO_BEST_EXPERT]
    ties = demo["ties"]
    on_theme = ties[ties["themes"].str.contains(d.DEMO_QUESTION_THEME)]
    expert_ties = on_theme[
        (on_theme["source"] == d.DEMO_BEST_EXPERT) | (on_theme["target"] == d.DEMO_BEST_EXPERT)
    ]
    assert len(expert_ties) >= 3
    assert set(expert_ties["id"]) & set(demo["stories"]["tie"])
    for other in levels:
        n = ((on_theme["source"] == other) | (on_theme["target"] == other)).sum()
        assert n < len(expert_ties)


def test_warm_introduction_chain_of_strong_voluntary_ties(
    demo: Frames, tie_graph: nx.Graph
) -> None:
    path = d.DEMO_INTRODUCTION_PATH
    assert path[0] == d.DEMO_ASKER and path[-1] == d.DEMO_BEST_EXPERT and 3 <= len(path) <= 4
    ties = demo["ties"]
    for a, b in zip(path, path[1:], strict=False):
        row = ties[
            ((ties["source"] == a) & (ties["target"] == b))
            | ((ties["source"] == b) & (ties["target"] == a))
        ]
        assert len(row) == 1
        assert row["frequency"].item() in ("weekly", "monthly")
        assert row["voluntariness"].item() == "voluntary"
        assert row["participation"].item() == "active"
    assert not tie_graph.has_edge(d.DEMO_ASKER, d.DEMO_BEST_EXPERT)
    assert nx.shortest_path_length(tie_graph, d.DEMO_ASKER, d.DEMO_BEST_EXPERT) == len(path) - 1


def test_self_image_beside_the_network(demo: Frames, org_graph: nx.Graph) -> None:
    a = demo["assessments"]
    fd4 = a[a["statement"] == "lo_fd_4"].set_index("actor")["score"]
    assert set(fd4.loc[[d.SELF_IMAGE_MISMATCH_SCHOOL]]) == {"3"}
    assert org_graph.degree(d.SELF_IMAGE_MISMATCH_SCHOOL) == 0
    assert set(fd4.loc[[d.GATEWAY_SCHOOL]]) == {"1"}
