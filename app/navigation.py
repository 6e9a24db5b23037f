"""The navbar's entries: one row per page, shown only when that page is registered.

Pages register themselves with Dash; this table gives their order and message key.
Adding a page means adding a row here and a ``nav.<name>`` message in the page's own
catalogue, never editing the shell.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class NavEntry:
    name: str  # also the message key suffix: nav.<name>
    path: str


NAV_ENTRIES: Final = (
    NavEntry("explorer", "/explorer"),
    NavEntry("dashboard", "/dashboard"),
    NavEntry("actors", "/actors"),
    NavEntry("ties", "/ties"),
    NavEntry("expertise", "/expertise"),
    NavEntry("experts", "/experts"),
    NavEntry("assessment", "/assessment"),
    NavEntry("stories", "/stories"),
    NavEntry("import", "/import"),
)


def nav_id(name: str) -> dict[str, str]:
    """Pattern-matching id of a nav link, so one callback translates them all."""
    return {"type": "cn-nav-link", "page": name}


def visible_entries(registered_paths: set[str]) -> list[NavEntry]:
    """The entries whose page exists in this app, in navbar order."""
    return [entry for entry in NAV_ENTRIES if entry.path in registered_paths]
