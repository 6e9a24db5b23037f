"""``collabnet metrics``: the network summary on the terminal, node metrics to a file.

The figures come from graph.metrics (see docs/metrics.md for what each means and how
it is checked against reference implementations); this command only reads the
database, builds the filtered graph at the chosen level and prints or writes. The
terminal shows which network it is (the filter sentence) before any number, and every
figure with its one-line explanation, so a board member can read it unaided.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from sqlalchemy.exc import SQLAlchemyError

from app.commands.network_choice import (
    DirectedOption,
    FilterOption,
    Language,
    LanguageOption,
    Level,
    LevelOption,
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
    stdout,
)

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

LIST_PREVIEW = 10

#: the columns of the --out file, in this order (issue 4)
FILE_COLUMNS = (
    "id", "name", "degree", "in_degree", "out_degree", "strength", "betweenness",
    "closeness", "harmonic", "eigenvector", "pagerank", "clustering", "core_number",
    "constraint", "effective_size", "community", "articulation_point", "boundary_share",
)  # fmt: skip

_WORDS = {
    "nl": {"level": "niveau", "directed": "gericht", "yes": "ja", "no": "nee"},
    "en": {"level": "level", "directed": "directed", "yes": "yes", "no": "no"},
}


def explanation(metric: str, language: str) -> str:
    """The plain-language line for ``metric``, empty for keys that are no figure."""
    from graph.errors import GraphError
    from graph.metrics import explain

    try:
        return explain(metric, language)
    except GraphError:
        return ""


def file_frame(graph: nx.Graph, nodes: pd.DataFrame) -> tuple[nx.Graph, pd.DataFrame]:
    """Nodes renamed to their import-file key with only a name, and the metric columns.

    Why rename: the database id means nothing outside this database; the key is what
    the researcher's own files (and ``collabnet import``) call the actor.
    """
    import networkx as nx

    keys = {node: str(data.get("key", node)) for node, data in graph.nodes(data=True)}
    table = nx.Graph()
    for node, data in graph.nodes(data=True):
        table.add_node(keys[node], name=data.get("name", keys[node]))
    frame = nodes.loc[:, list(FILE_COLUMNS[2:])].copy()
    frame.index = [keys[node] for node in frame.index]
    frame.index.name = "id"
    return table, frame


def with_keys(summary: dict, graph: nx.Graph) -> dict:
    """Articulation points and bridges named by actor key, the id the user knows."""
    key = {node: data.get("key", node) for node, data in graph.nodes(data=True)}
    out = dict(summary)
    out["articulation_points"] = [key[n] for n in summary.get("articulation_points") or []]
    out["bridges"] = [tuple(key[n] for n in pair) for pair in summary.get("bridges") or []]
    return out


def metrics_command(
    ctx: typer.Context,
    level: LevelOption = Level.person,
    directed: DirectedOption = False,
    filter_query: FilterOption = None,
    attribute: Annotated[
        str | None,
        typer.Option("--attribute", help="Node attribute for homophily (sector, region, type)."),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Write one row per actor to this .csv (+ .provenance.json) or .xlsx file.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    language: LanguageOption = Language.nl,
    database_url: DatabaseUrl = None,
) -> None:
    """Compute whole-network figures (density, centralisation, modularity, ...) and,
    with --out, every actor's metrics.

    Example: collabnet metrics --filter 'theme=dyslexia&school_year=2024-2025'
    --language en --out metrics.csv
    """
    from graph.export import export_graph
    from graph.metrics import network_summary, node_metrics

    if out is not None and out.suffix.lower() not in (".csv", ".xlsx"):
        fail(f"--out must end in .csv or .xlsx, not {out.suffix or 'nothing'!r}")
    flt = parse_filter(filter_query)
    lang = language.value
    settings = load_settings(ctx, database_url)
    with engine_for(settings) as engine:
        try:
            with progress(f"Computing metrics at {level.value} level"):
                chosen = select_network(engine, flt, level.value, directed, lang)
                graph = chosen.graph
                summary = with_keys(network_summary(graph, attribute=attribute), graph)
                nodes = node_metrics(graph) if out is not None else None
        except SQLAlchemyError as exc:
            fail(database_problem(exc, settings.database_url))
    if as_json:
        shown = {
            **summary,
            "filter": {"sentence": chosen.sentence, "query": chosen.provenance.filter_query},
            "level": level.value,
            "explanations": {k: explanation(k, lang) for k in summary if explanation(k, lang)},
        }
        stdout.print_json(json.dumps(shown, default=str))
    else:
        words = _WORDS[lang]
        stdout.print(chosen.sentence, markup=False)
        if graph.number_of_nodes() == 0:
            from graph.filter_text import describe_result

            empty = describe_result(graph, flt, language=lang, labels=chosen.records)
            stdout.print(empty, markup=False)
        yes_no = words["yes"] if directed else words["no"]
        stdout.print(
            f"({words['level']}: {level.value}, {words['directed']}: {yes_no})", markup=False
        )
        stdout.print(chosen.provenance.tie_definition, markup=False)
        if attribute and summary.get("attribute_assortativity") is None and len(graph):
            stdout.print(f"(no actor has a value for {attribute!r}; homophily not computed)")
        for key, value in summary.items():
            line = f"{key:28} {_show(value):>12}"
            text = explanation(key, lang)
            stdout.print(f"{line}  {text}" if text else line, markup=False)
    if out is not None and nodes is not None:
        fmt = "metrics-xlsx" if out.suffix.lower() == ".xlsx" else "metrics-csv"
        table, frame = file_frame(graph, nodes)
        texts = {c: explanation(c, lang) for c in FILE_COLUMNS[2:]}
        try:
            written = export_graph(
                table, out, fmt, chosen.provenance, metrics=frame, explanations=texts
            )
            if table.number_of_nodes() == 0:
                _header_only(out)
        except OSError as exc:
            fail(f"cannot write {out}: {exc.strerror or exc}")
        for path in written:
            stdout.print(str(path), markup=False)


def _header_only(path: Path) -> None:
    """An empty network still gets every column (the writer only knows present ones)."""
    if path.suffix.lower() == ".csv":
        path.write_text(",".join(FILE_COLUMNS) + "\r\n", encoding="utf-8")
        return
    import openpyxl

    book = openpyxl.load_workbook(path)
    sheet = book["metrics"]
    sheet.delete_rows(1, sheet.max_row)
    sheet.append(list(FILE_COLUMNS))
    book.save(path)


def _show(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return f"{value:.4f}"
    if isinstance(value, list):
        head = ", ".join(str(v) for v in value[:LIST_PREVIEW])
        more = f", ... ({len(value)} in all)" if len(value) > LIST_PREVIEW else ""
        return f"[{head}{more}]"
    return str(value)
