"""Who is asking: the explicit argument of every presenter (DESIGN.md).

A viewer has a role, and a role grants *actions*. The server-side guard
(app.auth.guard) declares which action each page, callback and route needs and
asks :meth:`Viewer.may`; presenters ask the same object, so the rule lives here once.
In local mode (one person on 127.0.0.1, no accounts) the viewer is :data:`LOCAL_USER`;
otherwise it is the logged-in account (app.auth.login).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from db.models.users import USER_ROLES

ROLES: Final = USER_ROLES

# What each action means; editing, exports and privacy declare theirs against these.
ACTIONS: Final = ("view", "edit", "export", "admin")
ROLE_ACTIONS: Final[dict[str, frozenset[str]]] = {
    "viewer": frozenset({"view"}),  # sees the network; unnamed persons pseudonymised
    "editor": frozenset({"view", "edit"}),  # edits data (forms, imports)
    "researcher": frozenset({"view", "export"}),  # exports, pseudonymised by default
    "admin": frozenset(ACTIONS),  # accounts, codebook, erasure, audit log
}


@dataclass(frozen=True, slots=True)
class Viewer:
    """A person looking at the data, with one of :data:`ROLES`."""

    name: str
    role: str

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown role {self.role!r}; expected one of {ROLES}")

    def may(self, action: str) -> bool:
        """Whether this role grants ``action`` (one of :data:`ACTIONS`)."""
        return action in ROLE_ACTIONS[self.role]

    @property
    def can_edit(self) -> bool:
        return self.may("edit")

    @property
    def can_export(self) -> bool:
        return self.may("export")

    @property
    def sees_all_names(self) -> bool:
        """Persons who may not be named are pseudonymised for everyone below admin."""
        return self.role == "admin"


LOCAL_USER: Final = Viewer(name="local", role="admin")


def current_viewer() -> Viewer:
    """The viewer of the current request: the logged-in account, or the local user.

    Outside a request (the CLI) and in local mode this is :data:`LOCAL_USER`. A request
    that needs a login and has none never reaches a presenter (the guard refuses it);
    should one get here anyway, PermissionError rather than a silent local admin.
    """
    from app.auth.login import request_viewer

    return request_viewer(LOCAL_USER)
