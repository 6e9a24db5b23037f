"""Tie weight and stability: numbers derived from coded tie attributes.

Why derived and not asked for: DOMAIN.md says stability "follows from duration,
frequency and follow-up structure"; the product computes it and shows its parts so a
board can see *why* a tie counts as stable. The rules are documented in
docs/metrics.md under "Tie weight and stability".

Weight of one tie, in order of precedence:

1. ``TieRecord.weight`` when set (a researcher's own value), unless the scheme says
   ``use_tie_override=False``;
2. the frequency mapping: once 1, yearly 2, quarterly 3, monthly 4, weekly 5, taken
   from the codebook ``value`` when the records carry one, overridable per scheme;
3. ``default`` (1.0) for a tie whose frequency is not coded or unknown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from graph.records import CodeRecord, TieRecord

DEFAULT_FREQUENCY_WEIGHTS: Mapping[str, float] = {
    "once": 1.0,
    "yearly": 2.0,
    "quarterly": 3.0,
    "monthly": 4.0,
    "weekly": 5.0,
}

#: Duration at which the duration part of stability saturates: two school years.
FULL_DURATION_DAYS = 730

#: Follow-up structure -> score in [0, 1].
FOLLOW_UP_SCORES: Mapping[str, float] = {"permanent": 1.0, "occasional": 0.0}


@dataclass(frozen=True, slots=True)
class WeightScheme:
    """How a tie's weight is derived; hashable, so it can key a cache."""

    frequency_weights: tuple[tuple[str, float], ...] = tuple(DEFAULT_FREQUENCY_WEIGHTS.items())
    default: float = 1.0
    use_tie_override: bool = True
    _lookup: dict[str, float] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_lookup", dict(self.frequency_weights))

    @classmethod
    def from_mapping(
        cls, mapping: Mapping[str, float], *, default: float = 1.0, use_tie_override: bool = True
    ) -> WeightScheme:
        """A custom frequency -> weight mapping (e.g. contacts per year)."""
        return cls(tuple(sorted(mapping.items())), default, use_tie_override)

    @classmethod
    def from_codebook(cls, codebook: tuple[CodeRecord, ...]) -> WeightScheme:
        """Default mapping, with each frequency's codebook ``value`` where present."""
        mapping = dict(DEFAULT_FREQUENCY_WEIGHTS)
        for code in codebook:
            if code.category == "frequency" and code.value is not None:
                mapping[code.code] = float(code.value)
        return cls(tuple(mapping.items()))

    def frequency_value(self, frequency: str | None) -> float | None:
        """The ordinal of a frequency code, or None when uncoded/unknown."""
        if frequency is None:
            return None
        return self._lookup.get(frequency)

    def weight(self, tie: TieRecord) -> float:
        """The weight of one tie (see module docstring for precedence)."""
        if self.use_tie_override and tie.weight is not None:
            return float(tie.weight)
        value = self.frequency_value(tie.frequency)
        return self.default if value is None else value

    @property
    def max_frequency_value(self) -> float:
        return max(self._lookup.values(), default=1.0)

    @property
    def min_frequency_value(self) -> float:
        return min(self._lookup.values(), default=1.0)


def tie_weight(tie: TieRecord, scheme: WeightScheme | None = None) -> float:
    """Weight of one tie under ``scheme`` (default mapping when None)."""
    return (scheme or DEFAULT_SCHEME).weight(tie)


def duration_days(tie: TieRecord, as_of: date) -> int | None:
    """Days the tie ran, counting both ends; an open end runs to ``as_of``.

    None when the start is not coded. A tie starting after ``as_of`` (or ending
    before it starts, a data error) gets 0 rather than a negative duration.
    """
    if tie.start is None:
        return None
    end = tie.end if tie.end is not None and tie.end < as_of else as_of
    return max(0, (end - tie.start).days + 1)


@dataclass(frozen=True, slots=True)
class Stability:
    """Stability index of one tie with its parts, each in [0, 1] or None if uncoded.

    ``index`` is the mean of the parts that are known; None when none is known.
    """

    duration_days: int | None
    duration_score: float | None
    frequency_score: float | None
    follow_up_score: float | None
    index: float | None

    def parts(self) -> dict[str, float | int | None]:
        return {
            "duration_days": self.duration_days,
            "duration": self.duration_score,
            "frequency": self.frequency_score,
            "follow_up": self.follow_up_score,
            "index": self.index,
        }


def stability(tie: TieRecord, as_of: date, scheme: WeightScheme | None = None) -> Stability:
    """Stability index = mean of the known parts among

    - duration: ``min(1, duration_days / 730)`` (two school years count as fully stable);
    - frequency: ``(value - min) / (max - min)`` over the scheme's frequency scale
      (once 0, yearly 0.25, quarterly 0.5, monthly 0.75, weekly 1 by default);
    - follow-up: permanent 1, occasional 0.

    Unknown parts are left out of the mean instead of counted as 0, so a tie is not
    called unstable merely because it was coded incompletely.
    """
    scheme = scheme or DEFAULT_SCHEME
    days = duration_days(tie, as_of)
    d_score = None if days is None else min(1.0, days / FULL_DURATION_DAYS)
    value = scheme.frequency_value(tie.frequency)
    low, high = scheme.min_frequency_value, scheme.max_frequency_value
    if value is None:
        f_score = None
    elif high > low:
        f_score = min(1.0, max(0.0, (value - low) / (high - low)))
    else:
        f_score = 1.0
    u_score = FOLLOW_UP_SCORES.get(tie.follow_up) if tie.follow_up is not None else None
    known = [s for s in (d_score, f_score, u_score) if s is not None]
    index = sum(known) / len(known) if known else None
    return Stability(days, d_score, f_score, u_score, index)


DEFAULT_SCHEME = WeightScheme()


def pair_stability(
    ties: list[TieRecord] | tuple[TieRecord, ...], as_of: date, scheme: WeightScheme | None = None
) -> Stability:
    """Stability of all ties between one pair (the ``tie_ids`` of one edge).

    The pair is treated as one collaboration: it runs from the earliest start to the
    latest end (open if any tie is open), at its most frequent frequency, and is
    permanent if any tie is permanent (else occasional if any is coded).
    """
    scheme = scheme or DEFAULT_SCHEME
    if not ties:
        return Stability(None, None, None, None, None)
    starts = [t.start for t in ties if t.start is not None]
    ends = [t.end for t in ties]
    end = None if any(e is None for e in ends) else max(e for e in ends if e is not None)
    coded = [t for t in ties if scheme.frequency_value(t.frequency) is not None]
    frequency = (
        max(coded, key=lambda t: scheme.frequency_value(t.frequency) or 0.0).frequency
        if coded
        else None
    )
    follow = {t.follow_up for t in ties}
    follow_up = (
        "permanent" if "permanent" in follow else ("occasional" if "occasional" in follow else None)
    )
    merged = TieRecord(
        id=-1,
        source=ties[0].source,
        target=ties[0].target,
        frequency=frequency,
        follow_up=follow_up,
        start=min(starts) if starts else None,
        end=end,
    )
    return stability(merged, as_of, scheme)
