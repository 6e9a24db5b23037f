"""``collabnet export``: every table out (CSV, XLSX) or the network for SNA tools.

Two families share one command so users learn one verb:
- table formats (``csv``, ``xlsx``) write the whole database via db.exports, the same
  shape the importer reads back;
- network formats (``graphml``, ``gexf``, ``pajek``, ``edgelist``) build the filtered
  graph at a chosen level, attach every node metric and write it via graph.export,
  with provenance and, on request, keyed pseudonyms (db.secrets holds the key).

The network choice (level, direction, filter) is shared with ``collabnet metrics``
and lives here too: :func:`parse_filter`, :func:`select_network`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from app.commands.runtime import (
    DatabaseUrl,
    database_problem,
    engine_for,
    fail,
    load_settings,
    progress,
    stderr,
    stdout,
)

if TYPE_CHECKING:
    import networkx as nx

    from graph.filters import NetworkFilter
    from graph.provenance import Provenance
    from graph.records import NetworkRecords

XLSX_NAME = "collabnet.xlsx"

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


class Format(StrEnum):
    csv = "csv"
    xlsx = "xlsx"
    graphml = "graphml"
    gexf = "gexf"
    pajek = "pajek"
    edgelist = "edgelist"


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
    )
    return Selection(records, graph, sentence, provenance)


# ---- the exporters -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NetworkChoice:
    level: str
    directed: bool
    flt: NetworkFilter
    language: str
    pseudonymise: bool


def _export_csv(engine: Engine, out: Path, _choice: NetworkChoice) -> list[Path]:
    from db.exports import export_csv

    out.mkdir(parents=True, exist_ok=True)
    return list(export_csv(engine, out) or ())


def _export_xlsx(engine: Engine, out: Path, _choice: NetworkChoice) -> list[Path]:
    from db.exports import export_xlsx

    out.mkdir(parents=True, exist_ok=True)
    path = out / XLSX_NAME
    result = export_xlsx(engine, path)
    return [Path(result)] if result else [path]


def network_path(out: Path, level: str, suffix: str) -> Path:
    """``OUT`` ending in the format's suffix is the file; otherwise a directory for it."""
    if out.suffix.lower() == suffix:
        return out
    return out / f"collabnet-{level}{suffix}"


def _network_exporter(fmt: str, suffix: str) -> Callable[[Engine, Path, NetworkChoice], list[Path]]:
    def run(engine: Engine, out: Path, choice: NetworkChoice) -> list[Path]:
        from graph.export import PseudonymLeakError, export_graph
        from graph.metrics import node_metrics

        chosen = select_network(engine, choice.flt, choice.level, choice.directed, choice.language)
        if chosen.graph.number_of_nodes() == 0:
            stderr.print(f"Warning: no actor is left: {chosen.sentence}", markup=False)
        secret = None
        if choice.pseudonymise:
            from db.secrets import pseudonym_secret

            secret = pseudonym_secret(engine)
        metrics = node_metrics(chosen.graph)
        path = network_path(out, choice.level, suffix)
        try:
            return export_graph(
                chosen.graph,
                path,
                fmt,
                chosen.provenance,
                pseudonymise=choice.pseudonymise,
                secret=secret,
                metrics=metrics,
            )
        except PseudonymLeakError as exc:
            fail(f"nothing written: {exc}")

    return run


TABLE_FORMATS: dict[str, Callable[[Engine, Path, NetworkChoice], list[Path]]] = {
    "csv": _export_csv,
    "xlsx": _export_xlsx,
}
NETWORK_FORMATS: dict[str, Callable[[Engine, Path, NetworkChoice], list[Path]]] = {
    "graphml": _network_exporter("graphml", ".graphml"),
    "gexf": _network_exporter("gexf", ".gexf"),
    "pajek": _network_exporter("pajek", ".net"),
    "edgelist": _network_exporter("csv", ".csv"),
}


def export_command(
    ctx: typer.Context,
    out: Annotated[
        Path,
        typer.Argument(
            help="csv/xlsx: a directory (created). Network formats: a file with the "
            "format's suffix (.graphml, .gexf, .net, .csv), or a directory.",
            metavar="OUT",
        ),
    ],
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="csv/xlsx: every table; graphml/gexf/pajek/edgelist: the network "
            "with every node metric and its provenance.",
        ),
    ] = Format.csv,
    level: Annotated[
        Level, typer.Option("--level", help="Network formats only: which actors are nodes.")
    ] = Level.person,
    directed: DirectedOption = False,
    filter_query: FilterOption = None,
    pseudonymise: Annotated[
        bool,
        typer.Option(
            "--pseudonymise",
            help="Network formats only: persons get keyed pseudonyms (the same in every "
            "export of this database), free text is dropped.",
        ),
    ] = False,
    language: LanguageOption = Language.nl,
    database_url: DatabaseUrl = None,
) -> None:
    """Export the database (csv: one file per table; xlsx: one workbook) or the network.

    Example: collabnet export --format graphml --filter 'theme=dyslexia' --pseudonymise
    net.graphml
    """
    table = fmt.value in TABLE_FORMATS
    if table and (pseudonymise or filter_query or directed):
        fail(
            "--pseudonymise, --filter and --directed apply to the network formats "
            "(graphml, gexf, pajek, edgelist), not to the csv/xlsx table export"
        )
    choice = NetworkChoice(
        level=level.value,
        directed=directed,
        flt=parse_filter(filter_query),
        language=language.value,
        pseudonymise=pseudonymise,
    )
    settings = load_settings(ctx, database_url)
    exporter = TABLE_FORMATS.get(fmt.value) or NETWORK_FORMATS[fmt.value]
    with engine_for(settings) as engine:
        try:
            with progress(f"Exporting {fmt.value} to {out}"):
                written = exporter(engine, out, choice)
        except SQLAlchemyError as exc:
            fail(database_problem(exc, settings.database_url))
        except OSError as exc:
            fail(f"cannot write to {out}: {exc.strerror or exc}")
    for path in written:
        stdout.print(str(path), markup=False)
