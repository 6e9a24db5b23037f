"""One immutable filter value object for the network views.

Why one value object: the same filter narrows the records (actors, ties, time), then
the graph (weight, ego network, component, k-core), describes itself in words
(graph.filter_text) and lives in the URL (graph.filter_query). Being frozen and
normalised (sorted, de-duplicated tuples) it is hashable and equal for equal
meaning, so it can key the metrics cache.

Rules:

- Actor fields (type, sector, region) select organisations and persons. A person
  matches on its own value *or* on one of its organisations' values, so "sector PO"
  keeps the teachers of PO schools. Groups are kept unless the type filter names a
  group type. A tie is kept only when both ends are kept.
- Tie fields keep a tie whose value is one of the listed codes; a tie with the
  attribute not coded is dropped once that attribute is filtered. Themes and motive
  dimensions keep a tie having at least one of them. The frequency range compares
  ordinals (once 1 .. weekly 5).
- Time: one of ``as_of`` (a day), a window (``window_start``/``window_end``, either
  may be open) or a ``school_year`` ("2023-2024" = 1 Aug 2023 to 31 Jul 2024). Ties
  and memberships active in it are kept (see graph.timeslice).
- Graph-level parts run in this order: minimum edge weight, drop isolates, ego network
  (radius 1-3, direction ignored), k-core, largest (weakly) connected component.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, fields, replace
from datetime import date, datetime

import networkx as nx

from graph.build import Level, build_graph
from graph.errors import FilterError, UnknownActor
from graph.filter_apply import apply_graph, apply_records
from graph.filter_text import describe as describe_filter
from graph.labels import Labels
from graph.records import NetworkRecords
from graph.timeslice import parse_school_year
from graph.weights import DEFAULT_FREQUENCY_WEIGHTS, WeightScheme

CODE_RE = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
MAX_VALUES = 200
MAX_TEXT = 100

#: Fields holding codebook codes (validated against CODE_RE).
CODE_TUPLES = (
    "actor_types",
    "sectors",
    "themes",
    "voluntariness",
    "modes",
    "participation",
    "scopes",
    "follow_up",
    "intake",
    "decision_making",
    "motive_dimensions",
)
GRAPH_FIELDS = ("min_weight", "hide_isolates", "ego", "radius", "largest_component", "k_core")


def _text_tuple(name: str, value: object, *, code: bool) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = (value,)
    if not isinstance(value, (tuple, list, set, frozenset)):
        raise FilterError(name, value, "expected a list of values")
    if len(value) > MAX_VALUES:
        raise FilterError(name, f"{len(value)} values", f"at most {MAX_VALUES} values")
    out = set()
    for item in value:
        if not isinstance(item, str):
            raise FilterError(name, item, "expected text")
        if code and not CODE_RE.match(item):
            raise FilterError(name, item, "a code is 1-64 letters, digits, '_', '-' or '.'")
        if not code and (
            not item.strip() or len(item) > MAX_TEXT or "," in item or not item.isprintable()
        ):
            raise FilterError(name, item, f"expected 1-{MAX_TEXT} printable characters, no comma")
        out.add(item)
    return tuple(sorted(out))


def _as_date(name: str, value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if not isinstance(value, date):
        raise FilterError(name, value, "expected a date")
    return value


def _as_int(name: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise FilterError(name, value, "expected a whole number")
    if not low <= value <= high:
        raise FilterError(name, value, f"expected {low}..{high}")
    return value


@dataclass(frozen=True, slots=True)
class NetworkFilter:
    """What part of the network to show; the empty filter shows everything."""

    actor_types: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    frequency_min: str | None = None
    frequency_max: str | None = None
    voluntariness: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()
    participation: tuple[str, ...] = ()
    scopes: tuple[str, ...] = ()
    follow_up: tuple[str, ...] = ()
    intake: tuple[str, ...] = ()
    decision_making: tuple[str, ...] = ()
    motive_dimensions: tuple[str, ...] = ()
    as_of: date | None = None
    window_start: date | None = None
    window_end: date | None = None
    school_year: str | None = None
    min_weight: float | None = None
    hide_isolates: bool = False
    ego: int | None = None
    radius: int = 1
    largest_component: bool = False
    k_core: int | None = None

    def __post_init__(self) -> None:
        put = object.__setattr__
        for name in CODE_TUPLES:
            put(self, name, _text_tuple(name, getattr(self, name), code=True))
        put(self, "regions", _text_tuple("regions", self.regions, code=False))
        for name in ("frequency_min", "frequency_max"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, str) or not CODE_RE.match(value)):
                raise FilterError(name, value, "expected a frequency code such as 'monthly'")
        low = DEFAULT_FREQUENCY_WEIGHTS.get(self.frequency_min or "")
        high = DEFAULT_FREQUENCY_WEIGHTS.get(self.frequency_max or "")
        if low is not None and high is not None and low > high:
            raise FilterError(
                "frequency_max", self.frequency_max, f"is less frequent than {self.frequency_min!r}"
            )
        for name in ("as_of", "window_start", "window_end"):
            put(self, name, _as_date(name, getattr(self, name)))
        if self.school_year is not None:
            parse_school_year(self.school_year)
        if self.window_start and self.window_end and self.window_start > self.window_end:
            raise FilterError("window_end", self.window_end, "is before window_start")
        modes = [
            self.as_of is not None,
            self.window_start is not None or self.window_end is not None,
            self.school_year is not None,
        ]
        if sum(modes) > 1:
            raise FilterError(
                "as_of", self.as_of, "choose one of a date, a window or a school year"
            )
        if self.min_weight is not None:
            w = self.min_weight
            if isinstance(w, bool) or not isinstance(w, (int, float)) or not math.isfinite(w):
                raise FilterError("min_weight", w, "expected a finite number")
            if not 0 <= w <= 1e9:
                raise FilterError("min_weight", w, "expected 0..1e9")
            put(self, "min_weight", float(w))
        for name in ("hide_isolates", "largest_component"):
            if not isinstance(getattr(self, name), bool):
                raise FilterError(name, getattr(self, name), "expected true or false")
        if self.ego is not None:
            _as_int("ego", self.ego, -(2**63), 2**63 - 1)
        _as_int("radius", self.radius, 1, 3)
        if self.ego is None:
            put(self, "radius", 1)
        if self.k_core is not None:
            _as_int("k_core", self.k_core, 1, 10_000)

    # ---- shape -------------------------------------------------------------------

    @property
    def is_empty(self) -> bool:
        """True when the filter keeps everything."""
        return self == NetworkFilter()

    @property
    def has_graph_part(self) -> bool:
        return self != replace(
            self, **{n: NetworkFilter.__dataclass_fields__[n].default for n in GRAPH_FIELDS}
        )

    def window(self) -> tuple[date | None, date | None] | None:
        """The time window [start, end] (either may be open), or None for all time."""
        if self.as_of is not None:
            return self.as_of, self.as_of
        if self.school_year is not None:
            return parse_school_year(self.school_year)
        if self.window_start is not None or self.window_end is not None:
            return self.window_start, self.window_end
        return None

    def changed(self, **changes: object) -> NetworkFilter:
        """A copy with some fields changed (validated like a new filter)."""
        return replace(self, **changes)

    def as_dict(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def apply_records(self, records: NetworkRecords) -> NetworkRecords:
        """The records this filter keeps: actors, ties, memberships and what hangs on them."""
        return apply_records(self, records)

    def apply(self, G: nx.Graph) -> nx.Graph:
        """The graph-level parts on ``G``; returns a new graph, ``G`` is untouched.

        An ego actor that is not in ``G`` (filtered away) gives an empty graph.
        """
        return apply_graph(self, G)

    # ---- words and URLs (delegated, kept here so callers need one import) ----------

    def describe(
        self,
        language: str = "nl",
        labels: Labels | NetworkRecords | None = None,
        actor_names: dict[int, str] | None = None,
    ) -> str:
        """One plain sentence saying what the filter keeps (see graph.filter_text)."""
        return describe_filter(self, language=language, labels=labels, actor_names=actor_names)

    def to_query(self) -> str:
        """URL query string with stable key order (see graph.filter_query)."""
        from graph.filter_query import to_query

        return to_query(self)

    @classmethod
    def from_query(cls, query: str, *, strict: bool = False) -> NetworkFilter:
        """Parse a query string made by ``to_query`` (input treated as forged)."""
        from graph.filter_query import from_query

        return from_query(query, strict=strict)


def network_for(
    records: NetworkRecords,
    flt: NetworkFilter | None = None,
    level: Level = "person",
    directed: bool = False,
    *,
    keep_internal: bool = True,
    weighting: WeightScheme | None = None,
) -> nx.Graph:
    """Records -> filtered graph: record-level parts, build, then graph-level parts.

    Raises UnknownActor when the ego id is no actor of ``records`` at all (a forged
    or stale id); an ego filtered away by the other parts gives an empty graph.
    """
    flt = flt or NetworkFilter()
    if flt.ego is not None and flt.ego not in {a.id for a in records.actors}:
        raise UnknownActor(flt.ego, "the partnership's actors")
    G = build_graph(
        flt.apply_records(records),
        level=level,
        directed=directed,
        keep_internal=keep_internal,
        weighting=weighting,
    )
    H = flt.apply(G)
    H.graph["filter"] = flt.to_query()
    return H
