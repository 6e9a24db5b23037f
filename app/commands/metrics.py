"""``collabnet metrics``: the network summary on the terminal, node metrics to a file.

The figures come from graph.metrics (see docs/metrics.md for what each means and how
it is checked against reference implementations); this command only reads the
database, builds the graph at the chosen level and prints or writes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.exc import SQLAlchemyError

from app.commands.exporting import Level
from app.commands.runtime import (
    DatabaseUrl,
    database_problem,
    engine_for,
    fail,
    load_settings,
    progress,
    stdout,
)

LIST_PREVIEW = 10


def metrics_command(
    ctx: typer.Context,
    level: Annotated[Level, typer.Option("--level", help="Which actors are nodes.")] = Level.person,
    attribute: Annotated[
        str | None,
        typer.Option("--attribute", help="Node attribute for homophily (sector, region, type)."),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write one row per actor to this .csv or .xlsx file."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    database_url: DatabaseUrl = None,
) -> None:
    """Compute whole-network figures (density, centralisation, modularity, ...) and,
    with --out, every actor's metrics."""
    from db.queries import read_network
    from db.revision import current_revision
    from graph.build import build_graph
    from graph.export import Provenance, export_graph
    from graph.metrics import network_summary, node_metrics

    if out is not None and out.suffix.lower() not in (".csv", ".xlsx"):
        fail(f"--out must end in .csv or .xlsx, not {out.suffix or 'nothing'!r}")
    settings = load_settings(ctx, database_url)
    with engine_for(settings) as engine:
        try:
            with progress(f"Computing metrics at {level.value} level"):
                records = read_network(engine)
                revision = str(current_revision(engine))
                graph = build_graph(records, level=level.value)
                summary = network_summary(graph, attribute=attribute)
                nodes = node_metrics(graph) if out is not None else None
        except SQLAlchemyError as exc:
            fail(database_problem(exc, settings.database_url))
    if attribute and summary.get("attribute_assortativity") is None and graph.number_of_nodes():
        stdout.print(f"(no actor has a value for {attribute!r}; homophily not computed)")
    if as_json:
        stdout.print_json(json.dumps(summary, default=str))
    else:
        for key, value in summary.items():
            stdout.print(f"{key:28} {_show(value)}", markup=False)
    if out is not None:
        fmt = "metrics-xlsx" if out.suffix.lower() == ".xlsx" else "metrics-csv"
        provenance = Provenance(level=level.value, data_revision=revision)
        try:
            written = export_graph(graph, out, fmt, provenance, metrics=nodes)
        except OSError as exc:
            fail(f"cannot write {out}: {exc.strerror or exc}")
        for path in written:
            stdout.print(str(path), markup=False)


def _show(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4f}"
    if isinstance(value, list):
        head = ", ".join(str(v) for v in value[:LIST_PREVIEW])
        more = f", ... ({len(value)} in all)" if len(value) > LIST_PREVIEW else ""
        return f"[{head}{more}]"
    return str(value)
