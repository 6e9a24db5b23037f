"""Random filters on a random partnership: never a crash, and every kept thing obeys the filter."""

from __future__ import annotations

import random
from datetime import date, timedelta

import networkx as nx
import pytest

from graph.build import build_graph
from graph.filters import NetworkFilter, network_for
from graph.records import ActorRecord, MembershipRecord, NetworkRecords, TieRecord

FREQ = ["once", "yearly", "quarterly", "monthly", "weekly"]
RANK = {f: i for i, f in enumerate(FREQ)}
THEMES = ["ict", "dyslexia", "citizenship", "mathematics"]
SECTORS = ["po", "vo", "so"]
REGIONS = ["Utrecht", "Den Haag"]


def random_partnership(rng: random.Random, codebook) -> NetworkRecords:
    actors = [
        ActorRecord(
            i,
            f"O{i}",
            "organisation",
            rng.choice(["school", "company"]),
            f"Org {i}",
            sector=rng.choice(SECTORS),
            region=rng.choice(REGIONS),
        )
        for i in range(1, 9)
    ]
    actors += [
        ActorRecord(
            i,
            f"P{i}",
            "person",
            rng.choice(["teacher", "researcher"]),
            f"Person {i}",
            organisation_ids=tuple(rng.sample(range(1, 9), rng.choice([0, 1, 1, 2]))),
        )
        for i in range(10, 40)
    ]
    actors += [ActorRecord(i, f"G{i}", "group", "plg", f"Group {i}") for i in (50, 51)]
    ties = []
    for k in range(60):
        start = (
            date(2020, 1, 1) + timedelta(days=rng.randrange(1500)) if rng.random() < 0.9 else None
        )
        end = start + timedelta(days=rng.randrange(900)) if start and rng.random() < 0.5 else None
        ties.append(
            TieRecord(
                k,
                rng.randrange(1, 52),
                rng.randrange(1, 52),
                directed=rng.random() < 0.8,
                frequency=rng.choice(FREQ + [None]),
                voluntariness=rng.choice(["voluntary", "imposed", None]),
                mode=rng.choice(["online", "face_to_face", None]),
                follow_up=rng.choice(["permanent", "occasional", None]),
                themes=tuple(rng.sample(THEMES, rng.randint(0, 2))),
                motives=tuple(
                    rng.sample(
                        ["pupil_care", "co_creation", "quality_development"], rng.randint(0, 2)
                    )
                ),
                start=start,
                end=end,
            )
        )
    members = [MembershipRecord(rng.randrange(10, 40), rng.choice([50, 51])) for _ in range(20)]
    return NetworkRecords(
        actors=tuple(actors), ties=tuple(ties), memberships=tuple(members), codebook=codebook
    )


def random_filter(rng: random.Random) -> NetworkFilter:
    kw: dict = {}
    if rng.random() < 0.3:
        kw["sectors"] = tuple(rng.sample(SECTORS, rng.randint(1, 2)))
    if rng.random() < 0.2:
        kw["actor_types"] = (rng.choice(["school", "teacher", "plg"]),)
    if rng.random() < 0.2:
        kw["regions"] = (rng.choice(REGIONS),)
    if rng.random() < 0.4:
        kw["themes"] = tuple(rng.sample(THEMES, rng.randint(1, 2)))
    if rng.random() < 0.3:
        lo, hi = sorted(rng.sample(range(5), 2))
        kw["frequency_min"], kw["frequency_max"] = FREQ[lo], FREQ[hi]
    if rng.random() < 0.2:
        kw["voluntariness"] = (rng.choice(["voluntary", "imposed"]),)
    if rng.random() < 0.2:
        kw["motive_dimensions"] = (rng.choice(["task", "relation", "growth"]),)
    if rng.random() < 0.3:
        kw["school_year"] = f"{y}-{y + 1}" if (y := rng.randint(2019, 2024)) else None
    if rng.random() < 0.3:
        kw["min_weight"] = rng.choice([1, 2, 4.5, 9])
    if rng.random() < 0.3:
        kw["ego"], kw["radius"] = rng.choice([*range(1, 9), *range(10, 40), 50]), rng.randint(1, 3)
    if rng.random() < 0.3:
        kw["k_core"] = rng.randint(1, 3)
    kw["largest_component"] = rng.random() < 0.3
    kw["hide_isolates"] = rng.random() < 0.3
    return NetworkFilter(**kw)


@pytest.mark.parametrize("seed", range(4))
def test_random_filters_never_crash_and_results_obey_the_filter(seed, codebook):
    rng = random.Random(seed)
    recs = random_partnership(rng, codebook)
    tie_by_id = {t.id: t for t in recs.ties}
    for _ in range(60):
        flt = random_filter(rng)
        kept = flt.apply_records(recs)
        for t in kept.ties:
            if flt.themes:
                assert set(t.themes) & set(flt.themes)
            if flt.frequency_min:
                assert t.frequency is not None and RANK[t.frequency] >= RANK[flt.frequency_min]
            if flt.frequency_max:
                assert t.frequency is not None and RANK[t.frequency] <= RANK[flt.frequency_max]
            if flt.voluntariness:
                assert t.voluntariness in flt.voluntariness
        for level in ("person", "organisation", "mixed"):
            for directed in (False, True):
                full = build_graph(recs, level=level, directed=directed)
                G = network_for(recs, flt, level=level, directed=directed)
                assert set(G) <= set(full)
                assert G.is_directed() == directed
                for _u, _v, data in G.edges(data=True):
                    assert set(data["tie_ids"]) <= {t.id for t in kept.ties}
                    assert all(tie_by_id[i] in kept.ties for i in data["tie_ids"])
                    if flt.min_weight is not None:
                        assert data["weight"] >= flt.min_weight
                if flt.largest_component and len(G):
                    assert (
                        nx.number_weakly_connected_components(G) == 1
                        if directed
                        else nx.is_connected(G)
                    )
                if flt.ego is not None and len(G):
                    assert flt.ego in G
                sentence = flt.describe("en", recs)
                assert sentence.startswith("All collaborations") and sentence.endswith(".")
                assert NetworkFilter.from_query(flt.to_query()) == flt
