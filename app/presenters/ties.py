"""The ties table: every collaboration with each codebook attribute as a label.

The records come from the revision-cached network read (the same snapshot the other
pages use); codes become Dutch or English labels through the codebook carried by
the records, so a partnership's own codes show their own labels. The column choice
from the browser is forged input until validated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from app.i18n import count_text, normalise_language, t
from app.messages import ties as _messages  # noqa: F401 - registers the messages
from app.presenters.expertise_records import network_labels, network_records
from app.viewer import Viewer
from graph.labels import Labels
from graph.records import ActorRecord, NetworkRecords, TieRecord

# Grid field -> codebook category of its value (None: not a code).
COLUMNS: Final[tuple[tuple[str, str | None], ...]] = (
    ("source", None),
    ("source_type", "actor_type"),
    ("target", None),
    ("target_type", "actor_type"),
    ("directed", None),
    ("source_role", "role"),
    ("target_role", "role"),
    ("frequency", "frequency"),
    ("voluntariness", "voluntariness"),
    ("mode", "mode"),
    ("participation", "participation"),
    ("scope", "scope"),
    ("intake", "intake"),
    ("follow_up", "follow_up"),
    ("decision_making", "decision_making"),
    ("autonomy", None),
    ("start", None),
    ("end", None),
    ("themes", "theme"),
    ("motives", "motive"),
    ("conditions", "condition"),
    ("learning_question", None),
    ("weight", None),
    ("key", None),
)
COLUMN_FIELDS: Final = tuple(field for field, _ in COLUMNS)
CODE_FIELDS: Final = (
    "source_role",
    "target_role",
    "frequency",
    "voluntariness",
    "mode",
    "participation",
    "scope",
    "intake",
    "follow_up",
    "decision_making",
)
LIST_FIELDS: Final = ("themes", "motives", "conditions")
DEFAULT_VISIBLE: Final = (
    "source",
    "target",
    "frequency",
    "voluntariness",
    "mode",
    "participation",
    "start",
    "end",
    "themes",
    "motives",
)
MAX_CHOICE_ITEMS: Final = 64


@dataclass(frozen=True, slots=True)
class TiesView:
    """Everything the ties page shows that depends on the data and the language."""

    language: str
    title: str
    intro: str
    count: int
    count_text: str
    rows: list[dict[str, Any]]
    message: str | None
    columns_label: str
    column_options: list[dict[str, str]]
    export_label: str
    export_filename: str


def ties_view(engine: Engine, viewer: Viewer, language: object) -> TiesView:
    """Every tie shaped for ``viewer`` in ``language``."""
    lang = normalise_language(language)
    message: str | None = None
    try:
        records = network_records(engine, viewer)
        rows = tie_rows(records, network_labels(engine), lang)
    except SQLAlchemyError:
        rows, message = [], t("error.database", lang)
    if not rows and message is None:
        message = t("ties.empty", lang)
    return TiesView(
        language=lang,
        title=t("ties.title", lang),
        intro=t("ties.intro", lang),
        count=len(rows),
        count_text=count_text(len(rows), lang, key="ties.count"),
        rows=rows,
        message=message,
        columns_label=t("ties.columns", lang),
        column_options=column_options(lang),
        export_label=t("ties.export_csv", lang),
        export_filename=t("ties.export_filename", lang),
    )


def tie_rows(records: NetworkRecords, labels: Labels, language: str) -> list[dict[str, Any]]:
    """One grid row per tie, labels in ``language``."""
    actors = records.actor_by_id()
    return [tie_row(tie, actors, labels, language) for tie in records.ties]


def tie_row(
    tie: TieRecord, actors: dict[int, ActorRecord], labels: Labels, language: str
) -> dict[str, Any]:
    source, target = actors.get(tie.source), actors.get(tie.target)
    row: dict[str, Any] = {
        "id": tie.id,
        "key": tie.key or str(tie.id),
        "source": source.name if source else str(tie.source),
        "source_type": _label(labels, "actor_type", source.type if source else None, language),
        "target": target.name if target else str(tie.target),
        "target_type": _label(labels, "actor_type", target.type if target else None, language),
        "directed": _yes_no(tie.directed, language),
        "autonomy": _yes_no(tie.autonomy, language),
        "start": tie.start.isoformat() if tie.start else "",
        "end": tie.end.isoformat() if tie.end else "",
        "learning_question": tie.learning_question or "",
        "weight": tie.weight,
    }
    categories = dict(COLUMNS)
    for name in CODE_FIELDS:
        row[name] = _label(labels, categories[name], getattr(tie, name), language)
    for name in LIST_FIELDS:
        category = categories[name] or name
        row[name] = ", ".join(labels.label(category, code, language) for code in getattr(tie, name))
    return row


def column_options(language: str) -> list[dict[str, str]]:
    return [{"label": t(f"ties.col.{field}", language), "value": field} for field in COLUMN_FIELDS]


def visible_columns(choice: object) -> tuple[str, ...]:
    """Validated checklist value; unknown fields dropped, empty or invalid -> default."""
    if not isinstance(choice, list) or len(choice) > MAX_CHOICE_ITEMS:
        return DEFAULT_VISIBLE
    chosen = {value for value in choice if isinstance(value, str) and value in COLUMN_FIELDS}
    return tuple(field for field in COLUMN_FIELDS if field in chosen) or DEFAULT_VISIBLE


def column_defs(viewer: Viewer, language: object, choice: object) -> list[dict[str, Any]]:
    """AG Grid column definitions; hidden columns stay defined (keeping sort/filter)."""
    lang = normalise_language(language)
    shown = set(visible_columns(choice))
    defs: list[dict[str, Any]] = []
    for field in COLUMN_FIELDS:
        col: dict[str, Any] = {
            "field": field,
            "headerName": t(f"ties.col.{field}", lang),
            "hide": field not in shown,
        }
        if field in ("source", "target", "themes", "motives", "learning_question"):
            col.update(minWidth=200, flex=2)
        if field == "start":
            col["sort"] = "asc"
        if field == "weight":
            col.update(filter="agNumberColumnFilter", type="numericColumn")
        defs.append(col)
    return defs


def _label(labels: Labels, category: str | None, code: str | None, language: str) -> str:
    if code is None:
        return ""
    return labels.label(category, code, language) if category else code


def _yes_no(value: bool | None, language: str) -> str:
    if value is None:
        return ""
    return t("ties.yes" if value else "ties.no", language)
