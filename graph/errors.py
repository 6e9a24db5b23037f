"""Exceptions of graph/: one family, each with a message a user can act on.

Why a family: the app shows ``str(exc)`` to the user and catches
``GraphError`` alone, so every message names what was wrong (parameter, value,
actor id) rather than where in the code it broke.
"""

from __future__ import annotations


class GraphError(ValueError):
    """Base class: anything in graph/ that the caller asked for and cannot get."""


class FilterError(GraphError):
    """A filter value is invalid (wrong type, out of range, forged query string)."""

    def __init__(self, parameter: str, value: object, reason: str) -> None:
        shown = repr(value)
        if len(shown) > 80:
            shown = shown[:77] + "..."
        super().__init__(f"invalid filter parameter {parameter!r} = {shown}: {reason}")
        self.parameter = parameter
        self.value = value
        self.reason = reason


class UnknownActor(GraphError):
    """An actor id that is not in the records (or not a node of the graph)."""

    def __init__(self, actor_id: object, where: str = "the network") -> None:
        super().__init__(f"unknown actor {actor_id!r}: it is not in {where}")
        self.actor_id = actor_id


class EmptyNetwork(GraphError):
    """A computation needs at least one node (or tie) and the network has none."""

    def __init__(self, what: str = "this computation") -> None:
        super().__init__(f"the network is empty: {what} needs at least one actor")


class UnknownLevel(GraphError):
    """A graph level other than person, organisation or mixed."""

    def __init__(self, level: object) -> None:
        super().__init__(f"unknown level {level!r}: choose 'person', 'organisation' or 'mixed'")
        self.level = level
