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

from graph.build import Level, build_graph, organisations_of
from graph.errors import FilterError, UnknownActor
from graph.labels import Labels
from graph.records import ActorRecord, NetworkRecords, TieRecord
from graph.timeslice import is_active, membership_active, parse_school_year
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
    "motive_dimensions",
)
#: Tie attribute fields: filter field -> TieRecord attribute.
TIE_FIELDS = {
    "voluntariness": "voluntariness",
    "modes": "mode",
    "participation": "participation",
    "scopes": "scope",
    "follow_up": "follow_up",
}
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

    # ---- records -----------------------------------------------------------------

    def apply_records(self, records: NetworkRecords) -> NetworkRecords:
        """The records this filter keeps: actors, ties, memberships and what hangs on them."""
        labels = Labels.from_records(records)
        kept = self._kept_actors(records, labels)
        tie_ok = self._tie_predicate(records, labels)
        ties = tuple(t for t in records.ties if t.source in kept and t.target in kept and tie_ok(t))
        tie_ids = {t.id for t in ties}
        window = self.window() or (None, None)
        return replace(
            records,
            actors=tuple(a for a in records.actors if a.id in kept),
            ties=ties,
            affiliations=tuple(
                f for f in records.affiliations if f.person_id in kept and f.organisation_id in kept
            ),
            memberships=tuple(
                m
                for m in records.memberships
                if m.actor_id in kept and m.group_id in kept and membership_active(m, *window)
            ),
            actor_themes=tuple(x for x in records.actor_themes if x.actor_id in kept),
            stories=tuple(
                s
                for s in records.stories
                if (s.tie_id is not None and s.tie_id in tie_ids)
                or (s.tie_id is None and s.group_id is not None and s.group_id in kept)
            ),
            assessments=tuple(x for x in records.assessments if x.actor_id in kept),
        )

    def _kept_actors(self, records: NetworkRecords, labels: Labels) -> set[int]:
        if not (self.actor_types or self.sectors or self.regions):
            return {a.id for a in records.actors}
        actors = records.actor_by_id()
        orgs = organisations_of(records)
        group_types = {t for t in self.actor_types if labels.parent("actor_type", t) == "group"}
        kept = set()
        for actor in records.actors:
            if actor.kind == "group":
                if not self.actor_types or not group_types or actor.type in group_types:
                    kept.add(actor.id)
                continue
            homes = [actors[o] for o in orgs.get(actor.id, ())] if actor.kind == "person" else []
            if self._actor_ok(actor, homes):
                kept.add(actor.id)
        return kept

    def _actor_ok(self, actor: ActorRecord, homes: list[ActorRecord]) -> bool:
        def matches(wanted: tuple[str, ...], attr: str) -> bool:
            if not wanted:
                return True
            values = {getattr(actor, attr)} | {getattr(h, attr) for h in homes}
            return bool(values & set(wanted))

        return (
            matches(self.actor_types, "type")
            and matches(self.sectors, "sector")
            and matches(self.regions, "region")
        )

    def _tie_predicate(self, records: NetworkRecords, labels: Labels):
        scheme = WeightScheme.from_codebook(records.codebook)
        low = scheme.frequency_value(self.frequency_min) if self.frequency_min else None
        high = scheme.frequency_value(self.frequency_max) if self.frequency_max else None
        unknown_range = (self.frequency_min is not None and low is None) or (
            self.frequency_max is not None and high is None
        )
        motives = {m for d in self.motive_dimensions for m in labels.children("motive", d)} | set(
            self.motive_dimensions
        )
        window = self.window()
        themes = set(self.themes)

        def ok(tie: TieRecord) -> bool:
            for name, attr in TIE_FIELDS.items():
                wanted = getattr(self, name)
                if wanted and getattr(tie, attr) not in wanted:
                    return False
            if themes and not themes.intersection(tie.themes):
                return False
            if self.motive_dimensions and not motives.intersection(tie.motives):
                return False
            if self.frequency_min or self.frequency_max:
                value = scheme.frequency_value(tie.frequency)
                if unknown_range or value is None:
                    return False
                if (low is not None and value < low) or (high is not None and value > high):
                    return False
            return window is None or is_active(tie, *window)

        return ok

    # ---- graph -------------------------------------------------------------------

    def apply(self, G: nx.Graph) -> nx.Graph:
        """The graph-level parts on ``G``; returns a new graph, ``G`` is untouched.

        An ego actor that is not in ``G`` (filtered away) gives an empty graph.
        """
        H = G.copy()
        if self.min_weight is not None:
            H.remove_edges_from(
                [(u, v) for u, v, w in H.edges(data="weight", default=1.0) if w < self.min_weight]
            )
        if self.hide_isolates:
            H.remove_nodes_from([n for n in H if H.degree(n) - 2 * H.has_edge(n, n) <= 0])
        if self.ego is not None:
            if self.ego in H:
                H = nx.ego_graph(H, self.ego, radius=self.radius, undirected=True).copy()
            else:
                H = H.subgraph(()).copy()
        if self.k_core is not None and len(H):
            simple = H.copy()
            simple.remove_edges_from(list(nx.selfloop_edges(simple)))
            H = H.subgraph(nx.k_core(simple, self.k_core)).copy()
        if self.largest_component and len(H):
            comps = (
                nx.weakly_connected_components(H) if H.is_directed() else nx.connected_components(H)
            )
            best = max(comps, key=lambda c: (len(c), H.subgraph(c).number_of_edges(), -min(c)))
            H = H.subgraph(best).copy()
        H.graph.update(G.graph)
        return H

    # ---- words and URLs (delegated, kept here so callers need one import) ----------

    def describe(
        self,
        language: str = "nl",
        labels: Labels | NetworkRecords | None = None,
        actor_names: dict[int, str] | None = None,
    ) -> str:
        """One plain sentence saying what the filter keeps (see graph.filter_text)."""
        from graph.filter_text import describe

        return describe(self, language=language, labels=labels, actor_names=actor_names)

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
