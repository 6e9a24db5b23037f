"""The whole explorer view in the URL: ``ExplorerState`` <-> query string.

Why: a bookmark, a shared link, reload, back and forward must give the same view
(issue 5). The query string is forged input: unknown keys are ignored, a bad value
falls back to its default (never an exception), lengths are capped. The network
filter's own keys (``theme``, ``sector``, ``from``...) sit beside ours in one flat,
readable query; ``graph.filters.NetworkFilter`` parses and canonicalises them.
Our keys never collide with the filter's: see ``STATE_KEYS``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final
from urllib.parse import parse_qsl, urlencode

from app.presenters.explorer_elements import COLOR_BY, LABEL_MODES
from graph.layout import LAYOUT_KINDS

LEVELS: Final[tuple[str, ...]] = ("person", "organisation", "mixed", "two_mode")
LANGUAGES: Final[tuple[str, ...]] = ("nl", "en")
#: Size-by choices a URL may name (metric columns); anything else -> no sizing.
SIZE_BY: Final[tuple[str, ...]] = (
    "degree",
    "in_degree",
    "out_degree",
    "strength",
    "betweenness",
    "closeness",
    "harmonic",
    "eigenvector",
    "katz",
    "pagerank",
    "clustering",
    "constraint",
    "effective_size",
    "core_number",
    "boundary_share",
)
STATE_KEYS: Final[tuple[str, ...]] = (
    "level",
    "color",
    "size",
    "layout",
    "seed",
    "labels",
    "actor",
    "lang",
    "years",
)
MAX_QUERY: Final = 4000
MAX_VALUE: Final = 200
MIN_YEAR, MAX_YEAR = 1990, 2100
_YEARS_RE = re.compile(r"^(\d{4})(?:-(\d{4}))?$")
_INT_RE = re.compile(r"^\d{1,9}$")


@dataclass(frozen=True, slots=True)
class ExplorerState:
    """What the explorer shows. ``filter_query`` is ``NetworkFilter.to_query()``;
    ``years`` are school years by starting year (2023 = 2023-2024), inclusive."""

    level: str = "person"
    filter_query: str = ""
    color_by: str = "type"
    size_by: str | None = "degree"
    layout: str = "force"
    seed: int = 0
    labels: str = "auto"
    selected: int | None = None
    language: str = "nl"
    years: tuple[int, int] | None = None

    def changed(self, **changes: object) -> ExplorerState:
        """A copy with ``changes``, re-validated like a URL would be."""
        return ExplorerState.from_query(replace(self, **changes).to_query())  # type: ignore[arg-type]

    def to_query(self) -> str:
        """Canonical query string: only non-default values, fixed key order."""
        default = ExplorerState()
        pairs: list[tuple[str, str]] = []
        if self.level != default.level:
            pairs.append(("level", self.level))
        if self.color_by != default.color_by:
            pairs.append(("color", self.color_by))
        if self.size_by != default.size_by:
            pairs.append(("size", self.size_by or "none"))
        if self.layout != default.layout:
            pairs.append(("layout", self.layout))
        if self.seed != default.seed:
            pairs.append(("seed", str(self.seed)))
        if self.labels != default.labels:
            pairs.append(("labels", self.labels))
        if self.selected is not None:
            pairs.append(("actor", str(self.selected)))
        if self.language != default.language:
            pairs.append(("lang", self.language))
        if self.years is not None:
            a, b = self.years
            pairs.append(("years", str(a) if a == b else f"{a}-{b}"))
        ours = urlencode(pairs, safe=",")
        return "&".join(p for p in (ours, self.filter_query) if p)

    @classmethod
    def from_query(cls, query: object) -> ExplorerState:
        """Parse a (forged) query string; never raises. A leading ``?`` is allowed."""
        if not isinstance(query, str) or len(query) > MAX_QUERY:
            return cls()
        try:
            pairs = parse_qsl(query.lstrip("?"), keep_blank_values=False, max_num_fields=64)
        except ValueError:
            return cls()
        ours: dict[str, str] = {}
        rest: list[tuple[str, str]] = []
        for key, value in pairs:
            if len(key) > 40 or len(value) > MAX_VALUE:
                continue
            if key in STATE_KEYS:
                ours.setdefault(key, value)  # first wins: repeated keys are not a list
            else:
                rest.append((key, value))
        d = cls()
        return cls(
            level=_choice(ours.get("level"), LEVELS, d.level),
            filter_query=canonical_filter(urlencode(rest, safe=",")),
            color_by=_choice(ours.get("color"), COLOR_BY, d.color_by),
            size_by=_size(ours.get("size"), d.size_by),
            layout=_choice(ours.get("layout"), LAYOUT_KINDS, d.layout),
            seed=_int(ours.get("seed"), d.seed, high=1_000_000),
            labels=_choice(ours.get("labels"), LABEL_MODES, d.labels),
            selected=_int(ours.get("actor"), None, high=2**31 - 1),
            language=_choice(ours.get("lang"), LANGUAGES, d.language),
            years=_years(ours.get("years")),
        )


def _choice(value: str | None, allowed: tuple[str, ...], default):
    return value if value in allowed else default


def _size(value: str | None, default: str | None) -> str | None:
    if value == "none":
        return None
    return value if value in SIZE_BY else default


def _int(value: str | None, default, *, high: int):
    if value is None or not _INT_RE.match(value):
        return default
    number = int(value)
    return number if number <= high else default


def _years(value: str | None) -> tuple[int, int] | None:
    match = _YEARS_RE.match(value or "")
    if not match:
        return None
    a = int(match.group(1))
    b = int(match.group(2) or a)
    if not (MIN_YEAR <= a <= MAX_YEAR and MIN_YEAR <= b <= MAX_YEAR):
        return None
    return (min(a, b), max(a, b))


def canonical_filter(query: str) -> str:
    """The filter part through ``NetworkFilter`` (unknown keys dropped, stable order).

    A bad parameter is dropped on its own (a broken date keeps the theme filter);
    if the surviving parameters still do not combine, the filter is empty rather
    than an error page.
    """
    if not query:
        return ""
    from graph.filters import NetworkFilter

    def parse(q: str) -> str | None:
        try:
            return NetworkFilter.from_query(q).to_query()
        except Exception:  # noqa: BLE001 - forged input must never crash the page
            return None

    whole = parse(query)
    if whole is not None:
        return whole
    good = [pair for pair in parse_qsl(query) if parse(urlencode([pair], safe=",")) is not None]
    return parse(urlencode(good, safe=",")) or ""
