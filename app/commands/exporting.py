"""``collabnet export``: every table out (CSV, XLSX) or the network for SNA tools.

Two families share one command so users learn one verb:
- table formats (``csv``, ``xlsx``) write the whole database via db.exports, the same
  shape the importer reads back;
- network formats (``graphml``, ``gexf``, ``pajek``, ``edgelist``) build the filtered
  graph at a chosen level, attach every node metric and write it via graph.export,
  with provenance and, on request, keyed pseudonyms (db.secrets holds the key).

The network choice (level, direction, filter) is shared with ``collabnet metrics``
(app.commands.network_choice).
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

from app.commands.network_choice import (
    DirectedOption,
    FilterOption,
    Language,
    LanguageOption,
    Level,
    parse_filter,
    select_network,
)
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
    from graph.filters import NetworkFilter

XLSX_NAME = "collabnet.xlsx"


class Format(StrEnum):
    csv = "csv"
    xlsx = "xlsx"
    graphml = "graphml"
    gexf = "gexf"
    pajek = "pajek"
    edgelist = "edgelist"


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
