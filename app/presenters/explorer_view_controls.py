"""The explorer's side panel as plain data: options, values from a request, and back.

Why here and not in the page: the control values arrive from the browser and are
forged input. :func:`request_from_controls` checks every value's type and size and
re-checks every code against the codebook and every actor id against the records;
anything unknown is dropped, never passed on. The reverse, :func:`control_values`,
fills the panel from a (bookmarked) request, so the URL and the panel always agree.
"""

from __future__ import annotations

import math
from typing import Final

from app.presenters.explorer_elements import COLOR_BY, LABEL_MODES
from app.presenters.explorer_state import LEVELS, SIZE_BY, ExplorerState
from app.presenters.explorer_view import ExplorerRequest, available_years, labels_of
from graph.errors import GraphError
from graph.filters import NetworkFilter
from graph.layout import LAYOUT_KINDS
from graph.records import NetworkRecords

#: Multi-select filters: (control name, filter field, codebook category).
MULTI: Final[tuple[tuple[str, str, str | None], ...]] = (
    ("types", "actor_types", "actor_type"),
    ("sectors", "sectors", "sector"),
    ("regions", "regions", None),  # free text values, checked against the actors
    ("themes", "themes", "theme"),
    ("voluntariness", "voluntariness", "voluntariness"),
    ("modes", "modes", "mode"),
    ("participation", "participation", "participation"),
    ("scopes", "scopes", "scope"),
    ("follow_up", "follow_up", "follow_up"),
    ("motives", "motive_dimensions", "motive_dimension"),
)
FLAGS: Final = ("isolates", "component")
MAX_ITEMS: Final = 200
MAX_WEIGHT: Final = 1e6
MAX_K: Final = 1000
MENU_SIZES: Final = ("degree", "strength", "betweenness", "closeness", "eigenvector",
                     "pagerank", "clustering", "constraint", "core_number")  # fmt: skip


def frequency_codes(records: NetworkRecords) -> tuple[str, ...]:
    """Frequency codes from least to most frequent (the range slider's stops)."""
    codes = records.codes("frequency")
    return tuple(c.code for c in sorted(codes, key=lambda c: (c.value or 0, c.code)))


def _codes(records: NetworkRecords, category: str, language: str) -> list[dict]:
    return [{"label": c.label(language), "value": c.code} for c in records.codes(category)]


def control_options(records: NetworkRecords, language: str) -> dict[str, list[dict]]:
    """Dropdown options per multi-select control, labelled in ``language``."""
    options = {
        name: _codes(records, category, language) for name, _f, category in MULTI if category
    }
    used = {a.type for a in records.actors}
    options["types"] = [o for o in options["types"] if o["value"] in used]
    options["regions"] = [
        {"label": r, "value": r} for r in sorted({a.region for a in records.actors if a.region})
    ]
    return options


def actor_options(records: NetworkRecords) -> list[dict]:
    """Search/ego options: every person and organisation by name (groups too)."""
    actors = sorted(records.actors, key=lambda a: (a.name.lower(), a.id))
    return [{"label": a.name, "value": a.id} for a in actors]


def year_marks(records: NetworkRecords) -> tuple[int, int, dict]:
    """(min, max, marks) of the school-year slider; marks read "22/23"."""
    years = [int(y[:4]) for y in available_years(records)]
    if not years:
        return 0, 0, {}
    return years[0], years[-1], {y: f"{y % 100:02d}/{(y + 1) % 100:02d}" for y in years}


def control_values(request: ExplorerRequest, records: NetworkRecords) -> dict[str, object]:
    """The value of every control for ``request`` (the panel shows the URL)."""
    state = request.state
    try:
        flt = NetworkFilter.from_query(state.filter_query)
    except GraphError:
        flt = NetworkFilter()
    codes = frequency_codes(records)
    low = codes.index(flt.frequency_min) if flt.frequency_min in codes else 0
    high = codes.index(flt.frequency_max) if flt.frequency_max in codes else len(codes) - 1
    first, last, _marks = year_marks(records)
    years = list(state.years) if state.years else [first, last]
    values: dict[str, object] = {name: list(getattr(flt, field)) for name, field, _c in MULTI}
    values.update(
        level=state.level,
        color=state.color_by,
        size=state.size_by or "none",
        layout=state.layout,
        directed=["directed"] if request.directed else [],
        frequency=[low, max(low, high)],
        min_weight=flt.min_weight,
        ego=flt.ego,
        radius=flt.radius,
        k_core=flt.k_core,
        flags=[f for f, on in (("isolates", flt.hide_isolates), ("component", flt.largest_component)) if on],
        years=years,
        seed=state.seed,
        labels=state.labels,
    )  # fmt: skip
    return values


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        return []
    return [v for v in value if isinstance(v, str) and 0 < len(v) <= 100]


def _number(value: object, high: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if not math.isfinite(value) or not 0 <= value <= high:
        return None
    return float(value)


def _range(value: object, low: int, high: int) -> tuple[int, int] | None:
    if not isinstance(value, list) or len(value) != 2:
        return None
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
        return None
    a, b = sorted(int(v) for v in value)
    return (max(a, low), min(b, high)) if a <= high and b >= low else None


def request_from_controls(values: dict[str, object], records: NetworkRecords) -> ExplorerRequest:
    """The request the panel describes; forged values are dropped one by one."""
    labels = labels_of(records)
    regions = {a.region for a in records.actors if a.region}
    parts: dict[str, object] = {}
    for name, field, category in MULTI:
        items = _strings(values.get(name))
        known = regions if category is None else set(labels.codes(category))
        parts[field] = tuple(v for v in items if v in known)
    codes = frequency_codes(records)
    stops = _range(values.get("frequency"), 0, len(codes) - 1) if codes else None
    if stops and stops[0] > 0:
        parts["frequency_min"] = codes[stops[0]]
    if stops and stops[1] < len(codes) - 1:
        parts["frequency_max"] = codes[stops[1]]
    weight = _number(values.get("min_weight"), MAX_WEIGHT)
    if weight:
        parts["min_weight"] = weight
    ego = values.get("ego")
    if isinstance(ego, int) and not isinstance(ego, bool) and ego in {a.id for a in records.actors}:
        parts["ego"] = ego
        radius = values.get("radius")
        parts["radius"] = radius if radius in (1, 2, 3) else 1
    k = _number(values.get("k_core"), MAX_K)
    if k and k >= 1:
        parts["k_core"] = int(k)
    flags = _strings(values.get("flags"))
    parts["hide_isolates"] = "isolates" in flags
    parts["largest_component"] = "component" in flags
    flt = NetworkFilter()
    for field, value in parts.items():  # one bad part never loses the others
        try:
            flt = flt.changed(**{field: value})
        except (GraphError, TypeError, ValueError):
            continue
    first, last, _marks = year_marks(records)
    years = _range(values.get("years"), first, last) if first else None
    if years == (first, last):
        years = None
    size = values.get("size")
    state = ExplorerState(
        level=_pick(values.get("level"), LEVELS, "person"),
        filter_query=flt.to_query(),
        color_by=_pick(values.get("color"), COLOR_BY, "type"),
        size_by=None if size == "none" else _pick(size, SIZE_BY, "degree"),
        layout=_pick(values.get("layout"), LAYOUT_KINDS, "force"),
        seed=int(_number(values.get("seed"), 1_000_000) or 0),
        labels=_pick(values.get("labels"), LABEL_MODES, "auto"),
        years=years,
    )
    directed = values.get("directed")
    return ExplorerRequest(
        state=state, directed=isinstance(directed, list) and "directed" in directed
    )


def _pick(value: object, allowed: tuple[str, ...], default: str) -> str:
    return value if isinstance(value, str) and value in allowed else default
