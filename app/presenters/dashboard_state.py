"""The dashboard's view state (level, direction, grouping attribute) and its URL form.

Why a value object: the same three choices arrive from the URL (bookmarked, shared,
possibly forged) and from the controls, and both must be validated the same way.
Anything unknown falls back to the default instead of raising, so a broken link
still opens the dashboard.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final
from urllib.parse import parse_qs, urlencode

LEVELS: Final = ("person", "organisation", "mixed")
ATTRIBUTES: Final = ("type", "sector", "region")
MAX_QUERY_LENGTH: Final = 2000
_TRUE: Final = ("1", "true", "yes", "ja", "on")


@dataclass(frozen=True, slots=True)
class DashboardState:
    """What the dashboard shows; the default is the person network, undirected, by type."""

    level: str = "person"
    directed: bool = False
    attribute: str = "type"

    def to_query(self) -> str:
        """Only what differs from the default, in a stable order (short, shareable URLs)."""
        parts: dict[str, str] = {}
        if self.level != "person":
            parts["level"] = self.level
        if self.directed:
            parts["directed"] = "1"
        if self.attribute != "type":
            parts["attribute"] = self.attribute
        return urlencode(parts)


def state_from_values(level: object, directed: object, attribute: object) -> DashboardState:
    """Validate raw control values (strings, booleans, lists from a checklist)."""
    return DashboardState(
        level=level if isinstance(level, str) and level in LEVELS else "person",
        directed=_flag(directed),
        attribute=attribute if isinstance(attribute, str) and attribute in ATTRIBUTES else "type",
    )


def state_from_query(query: object) -> DashboardState:
    """Parse ``level=...&directed=1&attribute=...`` (a leading ``?`` is allowed)."""
    if isinstance(query, Mapping):
        values = {str(k): v for k, v in query.items()}
    elif isinstance(query, str) and len(query) <= MAX_QUERY_LENGTH:
        values = {k: v[0] for k, v in parse_qs(query.lstrip("?")).items() if v}
    else:
        values = {}
    return state_from_values(values.get("level"), values.get("directed"), values.get("attribute"))


def _flag(value: object) -> bool:
    """A checkbox list (``["directed"]``), a bool or a URL string ("1", "true")."""
    if isinstance(value, bool):
        return value
    if isinstance(value, list):
        return len(value) <= 4 and "directed" in value
    if isinstance(value, str) and len(value) <= 8:
        return value.strip().lower() in _TRUE
    return False
