"""The explorer view state round-trips through the URL and survives forged input."""

from __future__ import annotations

from urllib.parse import parse_qsl

import pytest

from app.presenters.explorer_state import (
    LEVELS,
    MAX_QUERY,
    SIZE_BY,
    STATE_KEYS,
    ExplorerState,
    canonical_filter,
)
from graph.filter_query import QUERY_KEYS
from graph.filters import NetworkFilter
from graph.layout import LAYOUT_KINDS

DEFAULT = ExplorerState()


def test_default_state_is_the_empty_query():
    assert DEFAULT.to_query() == ""
    assert ExplorerState.from_query("") == DEFAULT
    assert ExplorerState.from_query("?") == DEFAULT


def test_full_state_round_trips():
    flt = NetworkFilter(themes=("dyslexia", "ict"), sectors=("po",), hide_isolates=True)
    state = ExplorerState(
        level="organisation",
        filter_query=flt.to_query(),
        color_by="community",
        size_by="betweenness",
        layout="concentric",
        seed=42,
        labels="all",
        selected=12,
        language="en",
        years=(2022, 2024),
    )
    query = state.to_query()
    assert ExplorerState.from_query(query) == state
    assert ExplorerState.from_query("?" + query) == state
    assert NetworkFilter.from_query(ExplorerState.from_query(query).filter_query) == flt
    pairs = dict(parse_qsl(query))
    assert pairs["level"] == "organisation" and pairs["actor"] == "12"
    assert pairs["years"] == "2022-2024" and pairs["theme"] == "dyslexia,ict"


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("layout", LAYOUT_KINDS)
def test_every_level_and_layout_round_trips(level, layout):
    state = ExplorerState(level=level, layout=layout)
    assert ExplorerState.from_query(state.to_query()) == state


@pytest.mark.parametrize("size", [*SIZE_BY, None])
def test_every_size_choice_round_trips(size):
    state = ExplorerState(size_by=size)
    assert ExplorerState.from_query(state.to_query()) == state


def test_one_year_is_written_short_and_reversed_ranges_are_sorted():
    assert ExplorerState(years=(2023, 2023)).to_query() == "years=2023"
    assert ExplorerState.from_query("years=2023").years == (2023, 2023)
    assert ExplorerState.from_query("years=2025-2021").years == (2021, 2025)


def test_equal_states_give_equal_urls_whatever_the_key_order():
    a = ExplorerState.from_query("theme=ict&level=mixed&sector=vo&color=region")
    b = ExplorerState.from_query("color=region&sector=vo&level=mixed&theme=ict")
    assert a == b and a.to_query() == b.to_query()


def test_our_keys_never_collide_with_filter_keys():
    assert not set(STATE_KEYS) & {key for _, key, _ in QUERY_KEYS}


@pytest.mark.parametrize(
    ("query", "field", "expected"),
    [
        ("level=galaxy", "level", "person"),
        ("color=shoe", "color_by", "type"),
        ("size=__class__", "size_by", "degree"),
        ("size=none", "size_by", None),
        ("layout=cose", "layout", "force"),
        ("seed=-1", "seed", 0),
        ("seed=99999999999", "seed", 0),
        ("seed=1e3", "seed", 0),
        ("labels=<b>", "labels", "auto"),
        ("actor=abc", "selected", None),
        ("actor=-5", "selected", None),
        ("actor=99999999999", "selected", None),
        ("actor=1.5", "selected", None),
        ("lang=de", "language", "nl"),
        ("years=20x3", "years", None),
        ("years=1066", "years", None),
        ("years=2023-3000", "years", None),
        ("years=2023-2024-2025", "years", None),
    ],
)
def test_bad_values_fall_back_to_defaults(query, field, expected):
    state = ExplorerState.from_query(query)
    assert getattr(state, field) == expected
    assert ExplorerState.from_query(state.to_query()) == state


@pytest.mark.parametrize(
    "garbage",
    [
        None,
        42,
        b"level=mixed",
        ["level=mixed"],
        "level=mixed&" * 1000,
        "%" * 50,
        "&&&===&&",
        "level=%FF%FE",
        "a" * (MAX_QUERY + 1),
        "level=" + "x" * 300,
        "theme=" + "x" * 300,
        "from=not-a-date&to=2024-13-45",
        "ego=999999999999999999999999",
        "k_core=-3&radius=abc",
        "\x00level=mixed",
        "level=mixed&" + "&".join(f"k{i}=v" for i in range(200)),
    ],
)
def test_garbage_never_crashes(garbage):
    state = ExplorerState.from_query(garbage)
    assert isinstance(state, ExplorerState)
    assert ExplorerState.from_query(state.to_query()) == state
    assert len(state.to_query()) <= MAX_QUERY


def test_repeated_keys_take_the_first_value():
    assert ExplorerState.from_query("level=mixed&level=organisation").level == "mixed"


def test_unknown_keys_are_dropped_from_the_canonical_url():
    state = ExplorerState.from_query("level=mixed&utm_source=mail&theme=ict&tab=3")
    assert state.to_query() == "level=mixed&theme=ict"


def test_invalid_filter_parts_are_dropped_alone():
    assert canonical_filter("theme=ict&from=not-a-date") == "theme=ict"
    assert canonical_filter("k_core=-3&radius=abc") == ""
    assert canonical_filter("") == ""
    assert ExplorerState.from_query("theme=ict").filter_query == "theme=ict"


def test_changed_revalidates():
    state = DEFAULT.changed(level="organisation", selected=7)
    assert (state.level, state.selected) == ("organisation", 7)
    assert DEFAULT.changed(level="nonsense").level == "person"
    assert DEFAULT.changed(filter_query="theme=ict&bogus=1").filter_query == "theme=ict"


def test_state_is_frozen_and_hashable():
    with pytest.raises(AttributeError):
        DEFAULT.level = "mixed"  # type: ignore[misc]
    assert len({DEFAULT, ExplorerState(), DEFAULT.changed(seed=1)}) == 2
