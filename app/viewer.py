"""Who is asking: the explicit argument of every presenter (DESIGN.md).

There are no accounts yet; the only viewer is the person running collabnet locally.
Roles, privacy rules and pseudonymisation will key off this object later, so every
presenter already takes it instead of reading a global.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

ROLES: Final = ("admin", "editor", "viewer")


@dataclass(frozen=True, slots=True)
class Viewer:
    """A person looking at the data, with a role (``admin``, ``editor``, ``viewer``)."""

    name: str
    role: str

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown role {self.role!r}; expected one of {ROLES}")

    @property
    def can_edit(self) -> bool:
        return self.role in ("admin", "editor")


LOCAL_USER: Final = Viewer(name="local", role="admin")


def current_viewer() -> Viewer:
    """The viewer of the current request; always the local user until accounts exist."""
    return LOCAL_USER
