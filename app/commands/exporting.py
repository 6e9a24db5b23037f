"""``collabnet export``: every table out (CSV, XLSX) or the network for SNA tools.

Two families share one command so users learn one verb:
- table formats (``csv``, ``xlsx``) write the whole database via db.exports, the same
  shape the importer reads back;
- network formats (``graphml``, ``gexf``, ``pajek``, ``edgelist``) build the graph at a
  chosen level and write it via graph.export, with provenance.
Adding a format means adding one entry to :data:`TABLE_FORMATS` or
:data:`NETWORK_FORMATS`.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

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
    stdout,
)

XLSX_NAME = "collabnet.xlsx"


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


def _export_csv(engine: Engine, directory: Path, _level: str) -> list[Path]:
    from db.exports import export_csv

    return list(export_csv(engine, directory) or ())


def _export_xlsx(engine: Engine, directory: Path, _level: str) -> list[Path]:
    from db.exports import export_xlsx

    path = directory / XLSX_NAME
    result = export_xlsx(engine, path)
    return [Path(result)] if result else [path]


def _network_exporter(fmt: str, suffix: str) -> Callable[[Engine, Path, str], list[Path]]:
    def run(engine: Engine, directory: Path, level: str) -> list[Path]:
        from db.queries import read_network
        from db.revision import current_revision
        from graph.build import build_graph
        from graph.export import Provenance, export_graph

        records = read_network(engine)
        graph = build_graph(records, level=level)
        provenance = Provenance(level=level, data_revision=str(current_revision(engine)))
        path = directory / f"collabnet-{level}{suffix}"
        return export_graph(graph, path, fmt, provenance)

    return run


TABLE_FORMATS: dict[str, Callable[[Engine, Path, str], list[Path]]] = {
    "csv": _export_csv,
    "xlsx": _export_xlsx,
}
NETWORK_FORMATS: dict[str, Callable[[Engine, Path, str], list[Path]]] = {
    "graphml": _network_exporter("graphml", ".graphml"),
    "gexf": _network_exporter("gexf", ".gexf"),
    "pajek": _network_exporter("pajek", ".net"),
    "edgelist": _network_exporter("csv", ".csv"),
}


def export_command(
    ctx: typer.Context,
    directory: Annotated[Path, typer.Argument(help="Directory to write into (created).")],
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="csv/xlsx: every table; graphml/gexf/pajek/edgelist: the network.",
        ),
    ] = Format.csv,
    level: Annotated[
        Level, typer.Option("--level", help="Network formats only: which actors are nodes.")
    ] = Level.person,
    database_url: DatabaseUrl = None,
) -> None:
    """Export the database (csv: one file per table; xlsx: one workbook) or the network."""
    settings = load_settings(ctx, database_url)
    exporter = TABLE_FORMATS.get(fmt.value) or NETWORK_FORMATS[fmt.value]
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        fail(f"cannot create {directory}: {exc.strerror or exc}")
    with engine_for(settings) as engine:
        try:
            with progress(f"Exporting {fmt.value} to {directory}"):
                written = exporter(engine, directory, level.value)
        except SQLAlchemyError as exc:
            fail(database_problem(exc, settings.database_url))
        except OSError as exc:
            fail(f"cannot write to {directory}: {exc.strerror or exc}")
    for path in written:
        stdout.print(str(path), markup=False)
