"""School years and time windows over ties.

Why school years: Dutch and Flemish partnerships plan and report per school year,
1 August to 31 July. A tie is *active in a window* [start, end] when it started on or
before the window's end and has not ended before the window's start:
``tie.start <= end and (tie.end is None or tie.end >= start)``. A tie without a coded
start counts as having started before any window (it is known to exist, not when).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from graph.errors import FilterError
from graph.records import MembershipRecord, NetworkRecords, TieRecord

_SCHOOL_YEAR = re.compile(r"^(\d{4})-(\d{4})$")


def school_year_of(day: date) -> str:
    """The school year containing ``day``: 31 July 2024 -> "2023-2024", 1 August -> "2024-2025"."""
    first = day.year if day.month >= 8 else day.year - 1
    return f"{first}-{first + 1}"


def parse_school_year(label: str) -> tuple[date, date]:
    """``"2023-2024"`` -> (2023-08-01, 2024-07-31); FilterError for anything else."""
    if not isinstance(label, str):
        raise FilterError("school_year", label, "expected text like '2023-2024'")
    match = _SCHOOL_YEAR.match(label)
    if match is None:
        raise FilterError("school_year", label, "expected two years like '2023-2024'")
    first, second = int(match.group(1)), int(match.group(2))
    if second != first + 1:
        raise FilterError("school_year", label, "the second year must follow the first")
    if not 1900 <= first <= 2999:
        raise FilterError("school_year", label, "year out of range 1900-2999")
    return date(first, 8, 1), date(second, 7, 31)


def _active(start: date | None, end: date | None, w_start: date | None, w_end: date | None) -> bool:
    if w_end is not None and start is not None and start > w_end:
        return False
    if w_start is not None and end is not None and end < w_start:
        return False
    return True


def is_active(tie: TieRecord, start: date | None, end: date | None) -> bool:
    """True when ``tie`` is active somewhere in [start, end]; None = open bound."""
    return _active(tie.start, tie.end, start, end)


def membership_active(m: MembershipRecord, start: date | None, end: date | None) -> bool:
    return _active(m.start, m.end, start, end)


def ties_active(
    records: NetworkRecords, start: date | None, end: date | None
) -> tuple[TieRecord, ...]:
    """The ties of ``records`` active in the window [start, end] (inclusive)."""
    return tuple(t for t in records.ties if is_active(t, start, end))


def records_active(records: NetworkRecords, start: date | None, end: date | None) -> NetworkRecords:
    """``records`` with only the ties and memberships active in [start, end].

    Actors stay (an actor without ties that year is an isolate, which is information).
    """
    return replace(
        records,
        ties=ties_active(records, start, end),
        memberships=tuple(m for m in records.memberships if membership_active(m, start, end)),
    )


def school_years(records: NetworkRecords, as_of: date | None = None) -> list[str]:
    """Every school year in which at least one dated tie is active, in order.

    Open-ended ties run to ``as_of`` (default: the latest start or end date in the
    data, so the answer does not depend on the day it is computed).
    """
    dated = [t for t in records.ties if t.start is not None]
    if not dated:
        return []
    if as_of is None:
        candidates = [t.start for t in dated] + [t.end for t in dated if t.end is not None]
        as_of = max(d for d in candidates if d is not None)
    years: set[str] = set()
    for tie in dated:
        assert tie.start is not None
        last = tie.end if tie.end is not None else as_of
        if last < tie.start:
            last = tie.start
        first_year = int(school_year_of(tie.start)[:4])
        last_year = int(school_year_of(last)[:4])
        years.update(f"{y}-{y + 1}" for y in range(first_year, last_year + 1))
    return sorted(years)


def slices_by_school_year(
    records: NetworkRecords, as_of: date | None = None
) -> dict[str, NetworkRecords]:
    """School year -> the records with the ties and memberships active that year."""
    return {
        year: records_active(records, *parse_school_year(year))
        for year in school_years(records, as_of)
    }
