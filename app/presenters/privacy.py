"""The data-inventory page as plain rows, one per group of personal fields."""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import normalise_language, t
from app.messages import privacy as _messages  # noqa: F401 - registers the messages
from app.privacy_inventory import INVENTORY


@dataclass(frozen=True, slots=True)
class InventoryRow:
    field: str  # "actor: name, short_name"
    purpose: str
    roles: str
    note: str
    retention: str


def inventory_rows(language: object) -> list[InventoryRow]:
    """Every inventory entry worded in ``language`` (Dutch by default)."""
    lang = normalise_language(language)
    rows = []
    for entry in INVENTORY:
        roles = ", ".join(t(f"privacy.role.{r}", lang) for r in entry.roles)
        rows.append(
            InventoryRow(
                field=f"{entry.table}: {', '.join(entry.columns)}",
                purpose=entry.purpose[lang],
                roles=roles or t("privacy.nobody", lang),
                note=entry.note[lang],
                retention=entry.retention[lang],
            )
        )
    return rows


COLUMNS = ("field", "purpose", "roles", "note", "retention")


def header(language: object) -> list[str]:
    lang = normalise_language(language)
    return [t(f"privacy.col.{c}", lang) for c in COLUMNS]
