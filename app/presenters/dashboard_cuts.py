"""Single points of failure in board language: what a removal actually disconnects.

Why compute it here instead of listing ``articulation_points``: a board does not act
on "node 17 is a cut vertex", it acts on "if Ingrid leaves, the seven people of the
Kromwijker Lyceum lose their only link to the rest of the partnership". So for every
articulation point and bridge we remove it from its component and name the actors
that end up in a piece without the rest (every piece but the largest one).

Direction is ignored: a collaboration is a link whichever side started it, and
self-loops connect nobody. At mixed level a person's line to their organisation
connects (it is how they reach colleagues) but is no tie that can end.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

import networkx as nx

from app.i18n import t
from graph.counts import is_tie
from graph.labels import Labels

MAX_NAMED = 12
MAX_REST_NAMED = 2
MAX_ORGANISATIONS = 3


@dataclass(frozen=True, slots=True)
class Cut:
    """Removing ``removed`` (one actor, or the two ends of one tie) cuts ``cut_off`` loose
    from ``rest`` (the largest piece that remains of the component)."""

    kind: str  # "actor" | "tie"
    removed: tuple[Hashable, ...]
    cut_off: tuple[Hashable, ...]
    rest: tuple[Hashable, ...]


def connection_graph(G: nx.Graph) -> nx.Graph:
    """The undirected, loop-free graph in which 'connected' is decided."""
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from((u, v) for u, v in G.edges() if u != v)
    return H


def _pieces(H: nx.Graph, nodes: Iterable[Hashable]) -> list[set]:
    """Connected pieces of ``H`` restricted to ``nodes``, largest first (stable order)."""
    pieces = [set(c) for c in nx.connected_components(H.subgraph(nodes))]
    return sorted(pieces, key=lambda c: (-len(c), sorted(map(repr, c))[0]))


def actor_cuts(G: nx.Graph) -> list[Cut]:
    """One :class:`Cut` per articulation point, the most disconnecting first."""
    H = connection_graph(G)
    cuts = []
    for v in nx.articulation_points(H):
        component = nx.node_connected_component(H, v) - {v}
        pieces = _pieces(H, component)
        cut_off = set().union(*pieces[1:])
        cuts.append(Cut("actor", (v,), _ordered(cut_off), _ordered(pieces[0])))
    return _ranked(cuts)


def tie_cuts(G: nx.Graph) -> list[Cut]:
    """One :class:`Cut` per bridge; the smaller side is the one cut loose."""
    H = connection_graph(G)
    cuts = []
    for u, v in nx.bridges(H):
        if not _carries_tie(G, u, v):
            continue  # a mixed-level affiliation: nobody loses a collaboration
        component = nx.node_connected_component(H, u)
        H.remove_edge(u, v)
        pieces = _pieces(H, component)
        H.add_edge(u, v)
        ends = (u, v) if repr(u) <= repr(v) else (v, u)
        cuts.append(Cut("tie", ends, _ordered(pieces[1]), _ordered(pieces[0])))
    return _ranked(cuts)


def _carries_tie(G: nx.Graph, u: Hashable, v: Hashable) -> bool:
    """True when the line between ``u`` and ``v`` (either direction) is a tie."""
    return any(is_tie(a, b, G.edges[a, b]) for a, b in ((u, v), (v, u)) if G.has_edge(a, b))


def _ordered(nodes: Iterable[Hashable]) -> tuple[Hashable, ...]:
    return tuple(sorted(nodes, key=repr))


def _ranked(cuts: list[Cut]) -> list[Cut]:
    return sorted(cuts, key=lambda c: (-len(c.cut_off), repr(c.removed)))


# ---- words ------------------------------------------------------------------------


def joined(items: list[str], language: str) -> str:
    """``a, b en c`` / ``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {t('dashboard.and', language)} {items[-1]}"


def sentence(
    cut: Cut,
    G: nx.Graph,
    language: str,
    labels: Labels,
    actor_names: Mapping[Hashable, str],
) -> str:
    """The board-language sentence for one cut (Dutch or English)."""
    one = len(cut.cut_off) == 1
    key = f"dashboard.cut.{cut.kind}{'_one' if one else ''}"
    names = [_name(G, n, actor_names) for n in cut.removed]
    params = {"subject": subject(cut.cut_off, G, language, actor_names)}
    params["rest"] = rest_phrase(cut, G, language, labels)
    if cut.kind == "actor":
        return t(key, language, name=names[0], **params)
    return t(key, language, a=names[0], b=names[1], **params)


def subject(
    nodes: tuple[Hashable, ...], G: nx.Graph, language: str, actor_names: Mapping[Hashable, str]
) -> str:
    """Who is cut off, as briefly as is true: a name, people of named organisations, or
    a count of organisations or actors."""
    if len(nodes) == 1:
        return t("dashboard.subject.one", language, name=_name(G, nodes[0], actor_names))
    kinds = {G.nodes[n].get("kind") for n in nodes}
    if kinds == {"person"}:
        orgs = sorted({o for n in nodes for o in G.nodes[n].get("organisation_ids", ())})
        if 0 < len(orgs) <= MAX_ORGANISATIONS:
            where = joined([actor_names.get(o, str(o)) for o in orgs], language)
            return t(
                "dashboard.subject.persons_at", language, count=len(nodes), organisations=where
            )
    if kinds == {"organisation"}:
        return t("dashboard.subject.organisations", language, count=len(nodes))
    return t("dashboard.subject.actors", language, count=len(nodes))


def rest_phrase(cut: Cut, G: nx.Graph, language: str, labels: Labels) -> str:
    """'the rest of the network (N actors, including <its best-connected actors>)'.

    Naming the two actors with the most partners on the other side tells a board
    concretely what is lost (a lector, the pabo) instead of a bare count.
    """
    H = connection_graph(G)
    best = sorted(cut.rest, key=lambda n: (-H.degree(n), str(G.nodes[n].get("name", n))))
    named = [
        f"{G.nodes[n].get('name', n)} ({labels.label('actor_type', str(G.nodes[n]['type']), language)})"
        if G.nodes[n].get("type")
        else str(G.nodes[n].get("name", n))
        for n in best[:MAX_REST_NAMED]
        if H.degree(n) > 0
    ]
    if not named:
        return t("dashboard.rest", language, count=len(cut.rest))
    return t("dashboard.rest_with", language, count=len(cut.rest), names=joined(named, language))


def cut_off_names(cut: Cut, G: nx.Graph, language: str, actor_names: Mapping) -> str:
    """'Cut off: A, B, C and 4 others' (at most :data:`MAX_NAMED` names)."""
    names = sorted(_name(G, n, actor_names) for n in cut.cut_off)
    shown = names[:MAX_NAMED]
    if len(names) > MAX_NAMED:
        shown.append(t("dashboard.community_more", language, count=len(names) - MAX_NAMED))
    return t("dashboard.cut_off", language, names=joined(shown, language))


def _name(G: nx.Graph, node: Hashable, actor_names: Mapping[Hashable, str]) -> str:
    data = G.nodes[node] if node in G else {}
    return str(data.get("name") or actor_names.get(node) or node)
