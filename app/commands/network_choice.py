"""Which network a command works on: level, direction, filter, language of the words.

Shared by ``collabnet metrics`` and ``collabnet export`` so both read ``--filter`` the
same way (the explorer's URL query string) and describe the result in the same
sentence and provenance.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer
from sqlalchemy import Engine

from app.commands.runtime import fail, stderr

if TYPE_CHECKING:
    import networkx as nx

    from graph.filters import NetworkFilter
    from graph.provenance import Provenance
    from graph.records import NetworkRecords

FILTER_HELP = (
    "Which part of the network: the URL query string the explorer shows, e.g. "
    "'theme=dyslexia&school_year=2024-2025' (quote it in the shell; keys: theme, type, "
    "sector, region, mode, voluntariness, as_of, from, to, school_year, min_weight, "
    "ego, radius, k_core, largest_component, ...). Empty: everything."
)
#: parameters of the explorer's own view state that may ride along in a pasted query
EXPLORER_VIEW_KEYS = frozenset(
    {"level", "color", "size", "layout", "seed", "labels", "actor", "lang", "years", "directed"}
)


class Level(StrEnum):
    person = "person"
    organisation = "organisation"
    mixed = "mixed"


class Language(StrEnum):
    nl = "nl"
    en = "en"


LevelOption = Annotated[Level, typer.Option("--level", help="Which actors are nodes.")]
DirectedOption = Annotated[
    bool,
    typer.Option("--directed", help="Initiator -> partner arcs (default: undirected, mutual)."),
]
FilterOption = Annotated[str | None, typer.Option("--filter", help=FILTER_HELP, show_default=False)]
LanguageOption = Annotated[
    Language, typer.Option("--language", help="Language of the filter sentence and texts.")
]


# ---- the network choice shared with `collabnet metrics` ----------------------------


def parse_filter(query: str | None) -> NetworkFilter:
    """The filter of ``--filter``; a plain error naming the bad parameter otherwise.

    Accepts what the explorer's address bar shows (a whole URL or the part after
    ``?``): its view parameters (level, layout, colour, ...) are ignored with a note,
    since ``--level``/``--directed`` decide those here. Any other unknown key is refused
    rather than ignored: a misspelt ``themes=`` would silently give the whole network.
    """
    from urllib.parse import parse_qsl

    from graph.errors import FilterError
    from graph.filter_query import KEY_TO_FIELD
    from graph.filters import NetworkFilter

    text = (query or "").strip()
    text = text.split("?", 1)[1] if "?" in text else text
    try:
        keys = [k for k, _v in parse_qsl(text, keep_blank_values=True, max_num_fields=200)]
    except ValueError as exc:
        fail(f"--filter: cannot read {text!r} as a query string: {exc}")
    ignored = sorted({k for k in keys if k in EXPLORER_VIEW_KEYS})
    unknown = [k for k in keys if k not in KEY_TO_FIELD and k not in EXPLORER_VIEW_KEYS]
    if unknown:
        known = ", ".join(KEY_TO_FIELD)
        fail(f"--filter: unknown filter parameter {unknown[0]!r}; known parameters: {known}")
    if ignored:
        stderr.print(
            f"Note: explorer view parameter(s) {', '.join(ignored)} ignored; "
            "use --level and --directed.",
            markup=False,
        )
    try:
        return NetworkFilter.from_query(text)
    except FilterError as exc:
        fail(f"--filter: {exc}")


@dataclass(frozen=True, slots=True)
class Selection:
    """One filtered network with the words and provenance that say which it is."""

    records: NetworkRecords
    graph: nx.Graph
    sentence: str
    provenance: Provenance


def _period(flt: NetworkFilter) -> tuple[str | None, str | None]:
    """(as_of, window) for the provenance; an open end of a window is ``..`` (ISO 8601-2)."""
    if flt.as_of is not None:
        return flt.as_of.isoformat(), None
    window = flt.window()
    if window is None:
        return None, None
    start, end = window
    return None, f"{start.isoformat() if start else '..'}/{end.isoformat() if end else '..'}"


def select_network(
    engine: Engine, flt: NetworkFilter, level: str, directed: bool, language: str
) -> Selection:
    """Read the records, build the filtered graph, describe it (database errors propagate)."""
    from db.queries import read_network
    from db.revision import current_revision
    from graph.counts import counting_rule
    from graph.errors import GraphError
    from graph.filters import network_for
    from graph.provenance import Provenance

    revision = str(current_revision(engine))
    records = read_network(engine)
    try:
        graph = network_for(records, flt, level, directed)  # type: ignore[arg-type]
    except GraphError as exc:
        fail(f"--filter: {exc}")
    sentence = flt.describe(language, labels=records)
    as_of, window = _period(flt)
    provenance = Provenance(
        filter_sentence=sentence,
        filter_query=flt.to_query(),
        level=level,
        directed=directed,
        as_of=as_of,
        window=window,
        data_revision=revision,
        tie_definition=counting_rule(level, language),
    )
    return Selection(records, graph, sentence, provenance)
