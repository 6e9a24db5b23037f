"""What a tie count means, counted and said in one place for every view and export.

Why one module: the explorer sentence, the dashboard summary, the metrics and the
provenance of every export used to count edges each their own way (with or without
the self-loops of collaborations inside one organisation), so the same network showed
two numbers. The definition (also in docs/metrics.md, "What a tie is"):

- A tie is a pair of distinct actors of the level with at least one collaboration;
  several collaborations between the same two count as one tie (an edge's ``count``
  says how many). In a directed view each direction is its own tie.
- Organisation level: a collaboration inside one organisation is no tie between
  organisations; the organisation counts it as an internal collaboration
  (``internal_ties`` on the node, graph.build).
- Mixed level: the edge from a person to an organisation they work at is an
  affiliation, not a tie, unless the two also collaborate.
- Two-mode view: every edge is a group membership; the words say so
  (:func:`count_text`), while :func:`tie_count` counts its edges like any graph's.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import networkx as nx

RULES: Final[dict[str, dict[str, str]]] = {
    "nl": {
        "person": (
            "Een band is een paar personen dat samenwerkt; meer samenwerkingen tussen "
            "dezelfde twee tellen als één band."
        ),
        "organisation": (
            "Een band is een paar organisaties die samenwerken, zelf of via hun mensen; meer "
            "samenwerkingen tussen dezelfde twee tellen als één band. Samenwerking binnen "
            "één organisatie is geen band: die telt als interne samenwerking van de "
            "organisatie."
        ),
        "mixed": (
            "Een band is een paar actoren (personen of organisaties) dat samenwerkt; meer "
            "samenwerkingen tussen dezelfde twee tellen als één band. Een lijn van een "
            "persoon naar de organisatie waar die werkt is een dienstverband, geen band."
        ),
        "two_mode": "Elke lijn is een lidmaatschap van een groep; er zijn hier geen banden.",
    },
    "en": {
        "person": (
            "A tie is a pair of persons who collaborate; several collaborations between "
            "the same two count as one tie."
        ),
        "organisation": (
            "A tie is a pair of organisations that collaborate, themselves or through their "
            "people; several collaborations between the same two count as one tie. "
            "Collaboration inside one organisation is no tie: it counts as the "
            "organisation's internal collaboration."
        ),
        "mixed": (
            "A tie is a pair of actors (persons or organisations) who collaborate; several "
            "collaborations between the same two count as one tie. A line from a person to "
            "the organisation they work at is an affiliation, not a tie."
        ),
        "two_mode": "Every line is a membership of a group; there are no ties here.",
    },
}

COUNTS: Final[dict[str, dict[str, str]]] = {
    "nl": {
        "ties": "{nodes} actoren en {ties} banden",
        "affiliations": "{nodes} actoren, {ties} banden en {affiliations} dienstverbanden",
        "memberships": "{nodes} actoren en groepen en {memberships} lidmaatschappen",
    },
    "en": {
        "ties": "{nodes} actors and {ties} ties",
        "affiliations": "{nodes} actors, {ties} ties and {affiliations} affiliations",
        "memberships": "{nodes} actors and groups and {memberships} memberships",
    },
}


def is_tie(u: object, v: object, data: Mapping) -> bool:
    """True for an edge that carries a collaboration between two distinct actors."""
    if u == v:
        return False
    return not (data.get("affiliation") and not data.get("count"))


def tie_count(G: nx.Graph, *, directed: bool | None = None) -> int:
    """Number of ties of ``G`` (see the module docstring).

    ``directed=False`` counts a DiGraph's ties as undirected pairs (its collapse),
    as the metrics do when asked to; None takes ``G`` as it is.
    """
    if G.is_directed() and directed is False:
        return len({frozenset((u, v)) for u, v, d in G.edges(data=True) if is_tie(u, v, d)})
    return sum(1 for u, v, d in G.edges(data=True) if is_tie(u, v, d))


def affiliation_count(G: nx.Graph) -> int:
    """Number of person-organisation affiliation edges (mixed level), ties or not."""
    return sum(1 for _u, _v, flag in G.edges(data="affiliation") if flag)


def level_of(G: nx.Graph) -> str:
    """The level a graph was built at; ``two_mode`` for actors x groups."""
    if G.graph.get("mode") == "two-mode":
        return "two_mode"
    return str(G.graph.get("level", "person"))


def counting_rule(level: str, language: str = "nl") -> str:
    """The definition of a tie at ``level``, in one or two plain sentences."""
    rules = RULES["en" if language == "en" else "nl"]
    return rules.get(level, rules["person"])


def count_text(G: nx.Graph, language: str = "nl") -> str:
    """``"39 actoren en 184 banden"``: what ``G`` holds, counted by the rule above."""
    words = COUNTS["en" if language == "en" else "nl"]
    nodes = G.number_of_nodes()
    if level_of(G) == "two_mode":
        return words["memberships"].format(nodes=nodes, memberships=G.number_of_edges())
    affiliations = affiliation_count(G)
    key = "affiliations" if affiliations else "ties"
    return words[key].format(nodes=nodes, ties=tie_count(G), affiliations=affiliations)
