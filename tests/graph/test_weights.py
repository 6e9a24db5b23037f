"""Tie weight from the frequency scale, overrides, duration and the stability index."""

from __future__ import annotations

from datetime import date

import pytest

from graph.records import CodeRecord, TieRecord
from graph.weights import (
    DEFAULT_FREQUENCY_WEIGHTS,
    WeightScheme,
    duration_days,
    pair_stability,
    stability,
    tie_weight,
)


@pytest.mark.parametrize(
    ("frequency", "expected"),
    [
        ("once", 1),
        ("yearly", 2),
        ("quarterly", 3),
        ("monthly", 4),
        ("weekly", 5),
        (None, 1),
        ("daily", 1),
    ],
)
def test_default_mapping(frequency, expected):
    assert tie_weight(TieRecord(1, 1, 2, frequency=frequency)) == expected


def test_codebook_values_are_read(codebook):
    scheme = WeightScheme.from_codebook(codebook)
    assert dict(scheme.frequency_weights) == DEFAULT_FREQUENCY_WEIGHTS
    custom = WeightScheme.from_codebook(
        (
            CodeRecord("frequency", "monthly", "maandelijks", "monthly", value=12),
            CodeRecord("frequency", "daily", "dagelijks", "daily", value=200),
        )
    )
    assert custom.weight(TieRecord(1, 1, 2, frequency="monthly")) == 12
    assert custom.weight(TieRecord(1, 1, 2, frequency="daily")) == 200
    assert custom.weight(TieRecord(1, 1, 2, frequency="weekly")) == 5


def test_tie_override_and_custom_mapping():
    t = TieRecord(1, 1, 2, frequency="weekly", weight=0.25)
    assert tie_weight(t) == 0.25
    scheme = WeightScheme.from_mapping({"weekly": 52}, default=0, use_tie_override=False)
    assert scheme.weight(t) == 52
    assert scheme.weight(TieRecord(2, 1, 2)) == 0
    assert hash(scheme) == hash(
        WeightScheme.from_mapping({"weekly": 52}, default=0, use_tie_override=False)
    )


def test_duration_counts_both_ends_and_open_end_runs_to_as_of():
    as_of = date(2024, 1, 31)
    assert duration_days(TieRecord(1, 1, 2, start=date(2024, 1, 1)), as_of) == 31
    assert (
        duration_days(TieRecord(1, 1, 2, start=date(2023, 1, 1), end=date(2023, 1, 1)), as_of) == 1
    )
    assert (
        duration_days(TieRecord(1, 1, 2, start=date(2024, 1, 1), end=date(2025, 1, 1)), as_of) == 31
    )
    assert duration_days(TieRecord(1, 1, 2, start=date(2024, 6, 1)), as_of) == 0
    assert duration_days(TieRecord(1, 1, 2), as_of) is None


def test_stability_index_and_parts():
    t = TieRecord(1, 1, 2, frequency="monthly", follow_up="permanent", start=date(2023, 1, 1))
    s = stability(t, as_of=date(2023, 12, 31))  # 365 days
    assert s.duration_days == 365
    assert s.duration_score == pytest.approx(365 / 730)
    assert s.frequency_score == pytest.approx(0.75)
    assert s.follow_up_score == 1.0
    assert s.index == pytest.approx((0.5 + 0.75 + 1.0) / 3)
    assert s.parts()["index"] == s.index


def test_stability_leaves_unknown_parts_out():
    s = stability(TieRecord(1, 1, 2, frequency="once", follow_up="occasional"), date(2024, 1, 1))
    assert s.duration_score is None and s.index == 0.0
    s = stability(TieRecord(1, 1, 2, frequency="weekly"), date(2024, 1, 1))
    assert s.index == 1.0
    s = stability(TieRecord(1, 1, 2, start=date(2020, 1, 1)), date(2024, 1, 1))
    assert s.index == 1.0  # long tie saturates at two school years
    assert stability(TieRecord(1, 1, 2), date(2024, 1, 1)).index is None


def test_pair_stability_merges_the_ties_of_one_edge(small):
    by_id = {t.id: t for t in small.ties}
    # Anna-Cor: tie 5 (once, 2021-03-01) and tie 1 (monthly, permanent, open since 2023-09-01).
    s = pair_stability([by_id[1], by_id[5]], as_of=date(2023, 12, 31))
    assert s.duration_days == (date(2023, 12, 31) - date(2021, 3, 1)).days + 1
    assert s.duration_score == 1.0 and s.frequency_score == 0.75 and s.follow_up_score == 1.0
    assert s.index == pytest.approx(2.75 / 3)
    assert pair_stability([], date(2024, 1, 1)).index is None
    assert pair_stability([by_id[6]], date(2024, 1, 1)).index is None
