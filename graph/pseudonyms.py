"""Keyed pseudonyms and the pseudonymisation policy for research exports (GDPR/AVG).

A person's pseudonym is ``P-`` + the first 10 hex digits of
HMAC-SHA256(secret, "collabnet-person:" + database id). The secret belongs to one
database (db/ stores it), so the same person gets the same pseudonym in every export of
that database, and nobody without the secret can recompute or reverse it. Organisations
and groups are not natural persons: they keep their names and ids. Persons keep only
coded categories and numbers; all free text is dropped from every node and edge.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Hashable, Mapping
from typing import Any
from urllib.parse import unquote_plus

import networkx as nx

PREFIX = "P-"
HEX_DIGITS = 10  # 40 bits: a collision among 2,000 persons has odds of about 2 in a million
_DOMAIN = b"collabnet-person:"

#: kinds that are not natural persons; any other kind, or none, is treated as a person
NON_PERSON_KINDS = frozenset({"organisation", "group"})

#: the only non-numeric attributes a person node keeps: codebook codes and organisation ids
PERSON_KEEP = frozenset(
    {
        "kind",
        "type",
        "sector",
        "region",
        "career_phase",
        "community",
        "brokerage_role",
        "organisation_ids",
        "themes",
        "expertise",
        "learning_needs",
    }
)

#: identifiers a person node never keeps, even when numeric
PERSON_DROP = frozenset({"id", "actor_id", "key", "name", "short_name", "label", "pseudonym"})

#: free text, dropped from every node, edge and graph
FREE_TEXT = frozenset(
    {
        "learning_question",
        "learning_questions",
        "description",
        "descriptions",
        "story",
        "stories",
        "story_text",
        "text",
        "title",
        "titles",
        "note",
        "notes",
        "comment",
        "comments",
        "attributes",
        "function",
        "functions",
        "email",
        "phone",
        "address",
    }
)

#: tie identifiers, dropped from every edge (a tie id leads back to the two people)
EDGE_DROP = frozenset({"id", "key", "label", "tie_id", "tie_ids", "tie_keys", "story_ids"})

_ACTOR_PARAMS = re.compile(r"(ego|actor|person|focus)", re.IGNORECASE)


def new_secret() -> bytes:
    """A fresh per-database secret (32 random bytes) for db/ to store once."""
    return secrets.token_bytes(32)


def person_pseudonym(secret: bytes, actor_id: Hashable) -> str:
    """The keyed pseudonym of one person, e.g. ``P-3f9a1c2b4d``.

    ``actor_id`` is the database id; ``12`` and ``"12"`` give the same pseudonym.
    """
    if not isinstance(secret, bytes | bytearray) or len(secret) == 0:
        raise ValueError("pseudonymisation needs a non-empty secret (bytes)")
    digest = hmac.new(bytes(secret), _DOMAIN + str(actor_id).encode("utf-8"), hashlib.sha256)
    return PREFIX + digest.hexdigest()[:HEX_DIGITS]


def is_person(data: Mapping[str, Any]) -> bool:
    """Persons, and nodes whose kind is unknown (the safe default), are pseudonymised."""
    return data.get("kind") not in NON_PERSON_KINDS


def actor_ref(node: Hashable, data: Mapping[str, Any]) -> Hashable:
    """The database id behind a node: its ``actor_id`` attribute, else the node id."""
    ref = data.get("actor_id")
    return node if ref is None else ref


def _keep_person_attr(key: str, value: Any) -> bool:
    if key in PERSON_DROP or key in FREE_TEXT:
        return False
    if key in PERSON_KEEP:
        return True
    return value is None or isinstance(value, bool | int | float)


def _clean(data: Mapping[str, Any], drop: frozenset[str]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in drop}


def pseudonym_map(G: nx.Graph, secret: bytes) -> dict[Hashable, str]:
    """Node id -> pseudonym for every person node; raises on a (very unlikely) collision."""
    mapping = {
        node: person_pseudonym(secret, actor_ref(node, data))
        for node, data in G.nodes(data=True)
        if is_person(data)
    }
    if len(set(mapping.values())) != len(mapping):
        raise ValueError("pseudonym collision: two persons share a database id or a digest")
    return mapping


def pseudonymise_graph(G: nx.Graph, secret: bytes) -> nx.Graph:
    """A copy of ``G`` with person nodes renamed to pseudonyms and free text dropped.

    Non-person node ids and names stay. Edge tie ids and free text go. Graph-level
    attributes are dropped entirely: they are metadata the exporter rewrites.
    """
    mapping = pseudonym_map(G, secret)
    H = G.__class__()
    for node, data in G.nodes(data=True):
        if node in mapping:
            kept = {k: v for k, v in data.items() if _keep_person_attr(k, v)}
            H.add_node(mapping[node], **kept)
        else:
            H.add_node(node, **_clean(data, FREE_TEXT | {"pseudonym"}))
    drop = FREE_TEXT | EDGE_DROP
    for u, v, data in G.edges(data=True):
        H.add_edge(mapping.get(u, u), mapping.get(v, v), **_clean(data, drop))
    return H


def scrub_text(text: str, G: nx.Graph, secret: bytes) -> str:
    """Replace person names/keys in free text (a filter sentence) by their pseudonyms."""
    mapping = pseudonym_map(G, secret)
    pairs: list[tuple[str, str]] = []
    for node, alias in mapping.items():
        data = G.nodes[node]
        for attr in ("name", "short_name", "key"):
            value = data.get(attr)
            if isinstance(value, str) and value.strip():
                pairs.append((value, alias))
    for value, alias in sorted(pairs, key=lambda p: -len(p[0])):
        text = text.replace(value, alias)
    return text


def scrub_query(query: str, G: nx.Graph, secret: bytes) -> str:
    """Replace person ids, keys and names in actor-like query parameters (``ego=12``)."""
    mapping = pseudonym_map(G, secret)
    lookup: dict[str, str] = {}
    for node, alias in mapping.items():
        data = G.nodes[node]
        lookup[str(actor_ref(node, data))] = alias
        lookup[str(node)] = alias
        for attr in ("name", "short_name", "key"):
            value = data.get(attr)
            if isinstance(value, str) and value.strip():
                lookup[value] = alias
    parts = []
    for part in query.split("&"):
        name, sep, value = part.partition("=")
        if sep and _ACTOR_PARAMS.search(name):
            value = ",".join(lookup.get(unquote_plus(v), v) for v in value.split(","))
        parts.append(name + sep + value)
    return scrub_text("&".join(parts), G, secret)


def leaked_strings(G: nx.Graph, min_length: int = 3) -> list[str]:
    """Strings that must not appear in a pseudonymised file: person names and keys."""
    found: set[str] = set()
    for _node, data in G.nodes(data=True):
        if not is_person(data):
            continue
        for attr in ("name", "short_name", "key"):
            value = data.get(attr)
            if isinstance(value, str) and len(value.strip()) >= min_length:
                found.add(value)
    return sorted(found)
