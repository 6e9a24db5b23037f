"""School years (1 August - 31 July) and ties active in a window."""

from __future__ import annotations

from datetime import date

import pytest

from graph.errors import FilterError
from graph.timeslice import (
    is_active,
    parse_school_year,
    school_year_of,
    school_years,
    slices_by_school_year,
    ties_active,
)


def test_school_year_boundaries():
    assert school_year_of(date(2024, 7, 31)) == "2023-2024"
    assert school_year_of(date(2024, 8, 1)) == "2024-2025"
    assert school_year_of(date(2024, 1, 1)) == "2023-2024"
    assert parse_school_year("2023-2024") == (date(2023, 8, 1), date(2024, 7, 31))


@pytest.mark.parametrize("bad", ["2023-2025", "2023/2024", "23-24", "", "2023-2024x", None, 2023])
def test_bad_school_year_is_a_clear_error(bad):
    with pytest.raises(FilterError, match="school_year"):
        parse_school_year(bad)


def ids(ties):
    return sorted(t.id for t in ties)


def test_ties_active_at_the_31_july_1_august_boundary(small):
    assert ids(ties_active(small, *parse_school_year("2022-2023"))) == [2, 6]
    assert ids(ties_active(small, *parse_school_year("2023-2024"))) == [1, 3, 6]
    assert ids(ties_active(small, date(2023, 7, 31), date(2023, 7, 31))) == [2, 6]
    assert ids(ties_active(small, date(2023, 8, 1), date(2023, 8, 1))) == [3, 6]
    assert ids(ties_active(small, None, None)) == [1, 2, 3, 4, 5, 6]
    assert ids(ties_active(small, date(2025, 1, 1), None)) == [1, 4, 6]


def test_is_active_rule(make):
    t = make.tie(1, 1, 2, start=date(2023, 1, 1), end=date(2023, 6, 30))
    assert is_active(t, date(2023, 6, 30), date(2023, 12, 31))
    assert not is_active(t, date(2023, 7, 1), date(2023, 12, 31))
    assert is_active(t, date(2022, 1, 1), date(2023, 1, 1))
    assert not is_active(t, date(2022, 1, 1), date(2022, 12, 31))


def test_school_years_covered(small, make):
    assert school_years(small) == ["2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025"]
    assert school_years(small, as_of=date(2026, 1, 1))[-1] == "2025-2026"
    assert school_years(make.records()) == []
    assert school_years(make.records(ties=[make.tie(1, 1, 2)])) == []


def test_slices_by_school_year(small):
    slices = slices_by_school_year(small)
    assert list(slices) == school_years(small)
    assert ids(slices["2023-2024"].ties) == [1, 3, 6]
    assert ids(slices["2020-2021"].ties) == [5, 6]
    assert slices["2023-2024"].actors == small.actors
