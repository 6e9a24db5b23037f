"""The actors list: rows, columns and texts of the actors page, in one language.

Reading goes through ``db.queries.list_actors`` (labels of codebook values come from
the codebook table there); this module only shapes the result for AG Grid and
validates what the browser sends back (the column choice is forged input until
proven otherwise).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from app.i18n import count_text, normalise_language, t
from app.presenters.expertise_records import network_records
from app.privacy_policy import rename_rows
from app.viewer import Viewer
from db.queries import list_actors

# Grid field -> message id of its header. Order is the default column order.
COLUMNS: Final[tuple[tuple[str, str], ...]] = (
    ("name", "col.name"),
    ("type", "col.type"),
    ("kind", "col.kind"),
    ("sector", "col.sector"),
    ("region", "col.region"),
    ("organisations", "col.organisations"),
    ("key", "col.key"),
)
COLUMN_FIELDS: Final = tuple(field for field, _ in COLUMNS)
DEFAULT_VISIBLE: Final = ("name", "type", "kind", "sector", "region", "organisations")
MAX_CHOICE_ITEMS: Final = 32


@dataclass(frozen=True, slots=True)
class ActorsView:
    """Everything the actors page shows that depends on the data and the language."""

    language: str
    title: str
    intro: str
    count: int
    count_text: str
    rows: list[dict[str, str]]
    message: str | None  # empty database or read error, shown instead of silence
    columns_label: str
    column_options: list[dict[str, str]]
    export_label: str
    export_filename: str


def actors_view(engine: Engine, viewer: Viewer, language: object) -> ActorsView:
    """Read every actor and shape the page for ``viewer`` in ``language``."""
    lang = normalise_language(language)
    message: str | None = None
    try:
        shown = rename_rows(list_actors(engine, language=lang), network_records(engine, viewer))
        rows = [grid_row(actor) for actor in shown]
    except SQLAlchemyError:
        rows, message = [], t("error.database", lang)
    if not rows and message is None:
        message = t("actors.empty", lang)
    return ActorsView(
        language=lang,
        title=t("actors.title", lang),
        intro=t("actors.intro", lang),
        count=len(rows),
        count_text=count_text(len(rows), lang),
        rows=rows,
        message=message,
        columns_label=t("actors.columns", lang),
        column_options=column_options(lang),
        export_label=t("actors.export_csv", lang),
        export_filename=t("actors.export_filename", lang),
    )


def grid_row(actor: Mapping[str, Any]) -> dict[str, str]:
    """One grid row: labels for codebook values, organisations joined for display."""
    return {
        "key": _text(actor.get("key")),
        "name": _text(actor.get("name")),
        "type": _text(actor.get("type_label") or actor.get("type")),
        "kind": _text(actor.get("kind_label") or actor.get("kind")),
        "sector": _text(actor.get("sector_label") or actor.get("sector")),
        "region": _text(actor.get("region")),
        "organisations": _join(actor.get("organisations")),
    }


def column_options(language: str) -> list[dict[str, str]]:
    return [{"label": t(message, language), "value": field} for field, message in COLUMNS]


def visible_columns(choice: object) -> tuple[str, ...]:
    """The columns to show from the browser's checklist value, validated.

    Unknown fields and non-strings are dropped; an invalid or empty choice falls
    back to the default, so a forged request can neither break the grid nor name a
    field that does not exist.
    """
    if not isinstance(choice, list) or len(choice) > MAX_CHOICE_ITEMS:
        return DEFAULT_VISIBLE
    chosen = {value for value in choice if isinstance(value, str) and value in COLUMN_FIELDS}
    return tuple(field for field in COLUMN_FIELDS if field in chosen) or DEFAULT_VISIBLE


def column_defs(viewer: Viewer, language: object, choice: object) -> list[dict[str, Any]]:
    """AG Grid column definitions in ``language``; hidden ones stay defined so showing
    them again keeps their sort and filter state."""
    lang = normalise_language(language)
    shown = set(visible_columns(choice))
    defs: list[dict[str, Any]] = []
    for field, message in COLUMNS:
        col: dict[str, Any] = {"field": field, "headerName": t(message, lang)}
        col["hide"] = field not in shown
        if field == "name":
            col.update(minWidth=220, flex=2, sort="asc")
        if field == "organisations":
            col.update(minWidth=200, flex=2)
        defs.append(col)
    return defs


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _join(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, Iterable):
        return ", ".join(_text(item) for item in _names(value))
    return _text(value)


def _names(items: Iterable[Any]) -> Sequence[Any]:
    """Organisation entries may be names or small dicts with a name."""
    return [item.get("name", item) if isinstance(item, Mapping) else item for item in items]
