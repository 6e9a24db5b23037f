"""The codebook as data: load the default, seed it, read it back, look codes up.

The default codebook ships as package data (``db/codebook/codebook.csv`` and
``checklist.csv``) and is seeded by migration 0002; a partnership extends it with rows
of its own (``builtin=False``) without code changes. Code refers to stable English
codes; people type labels. :class:`Codebook` is the bridge: the importer resolves what a
user wrote (code, Dutch or English label, any case) to a code, and suggests the
closest code when nothing matches.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Float,
    Integer,
    String,
    Text,
    column,
    insert,
    select,
    table,
)
from sqlalchemy.orm import Session

from graph.records import CodeRecord

# Lightweight table definitions: migrations call seed_codebook, and must keep working
# when the ORM models later grow columns.
_entry = table(
    "codebook_entry",
    column("id", Integer),
    column("category", String),
    column("code", String),
    column("label_nl", String),
    column("label_en", String),
    column("parent", String),
    column("value", Float),
    column("position", Integer),
    column("description", Text),
    column("builtin", Boolean),
)
_statement = table(
    "checklist_statement",
    column("code", String),
    column("checklist", String),
    column("section", String),
    column("number", Integer),
    column("section_nl", String),
    column("section_en", String),
    column("text_nl", Text),
    column("text_en", Text),
)


def _read_csv(name: str) -> list[dict[str, str]]:
    text = resources.files("db").joinpath("codebook", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def load_default_codebook() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The shipped codebook: (entries, checklist statements) as plain dicts.

    Entries have category, code, label_nl, label_en, parent (None if empty), value
    (float or None), position (row order within its category), builtin=True.
    Statements have checklist, section, number (int), code, section_nl, section_en,
    text_nl, text_en.
    """
    entries: list[dict[str, Any]] = []
    positions: dict[str, int] = {}
    for row in _read_csv("codebook.csv"):
        category = row["category"].strip()
        position = positions.get(category, 0)
        positions[category] = position + 1
        entries.append(
            {
                "category": category,
                "code": row["code"].strip(),
                "label_nl": row["label_nl"].strip(),
                "label_en": row["label_en"].strip(),
                "parent": row["parent"].strip() or None,
                "value": float(row["value"]) if row["value"].strip() else None,
                "position": position,
                "builtin": True,
            }
        )
    statements = [{**row, "number": int(row["number"])} for row in _read_csv("checklist.csv")]
    return entries, statements


def seed_codebook(connection: Connection) -> int:
    """Insert the default entries and statements that are missing; return how many.

    Idempotent: existing (category, code) pairs and statement codes are left alone,
    so labels an admin edited survive a re-seed.
    """
    entries, statements = load_default_codebook()
    have = {tuple(row) for row in connection.execute(select(_entry.c.category, _entry.c.code))}
    new_entries = [e for e in entries if (e["category"], e["code"]) not in have]
    have_codes = set(connection.execute(select(_statement.c.code)).scalars())
    new_statements = [s for s in statements if s["code"] not in have_codes]
    if new_entries:
        connection.execute(insert(_entry), new_entries)
    if new_statements:
        connection.execute(insert(_statement), new_statements)
    return len(new_entries) + len(new_statements)


def unseed_codebook(connection: Connection) -> None:
    """Remove the builtin entries and the default statements (migration downgrade)."""
    _, statements = load_default_codebook()
    connection.execute(_entry.delete().where(_entry.c.builtin.is_(True)))
    connection.execute(
        _statement.delete().where(_statement.c.code.in_([s["code"] for s in statements]))
    )


def codebook_records(target: Session | Connection) -> tuple[CodeRecord, ...]:
    """Every codebook entry in the database, ordered by category, position, id."""
    rows = target.execute(
        select(
            _entry.c.category,
            _entry.c.code,
            _entry.c.label_nl,
            _entry.c.label_en,
            _entry.c.parent,
            _entry.c.value,
        ).order_by(_entry.c.category, _entry.c.position, _entry.c.id)
    )
    return tuple(CodeRecord(*row) for row in rows)


def _exact(text: str) -> str:
    return " ".join(text.casefold().split())


def _loose(text: str) -> str:
    """Ignore case, spaces, ``_``, ``-``, ``/``, ``.`` so 'Face to face' finds face_to_face."""
    return re.sub(r"[\s_\-/.]+", "", text.casefold())


_PAREN = re.compile(r"\s*\(([^)]*)\)\s*")


def _aliases(record: CodeRecord) -> list[str]:
    """Code, both labels, and for 'professionele leergemeenschap (PLG)' also both halves."""
    out = [record.code, record.label_nl, record.label_en]
    for label in (record.label_nl, record.label_en):
        inner = _PAREN.findall(label)
        if inner:
            out.append(_PAREN.sub(" ", label).strip())
            out.extend(inner)
    return [a for a in out if a]


class Codebook:
    """Lookup over codebook records, by category.

    Build it with :meth:`from_db` (the live codebook, including a partnership's own
    codes) or :meth:`default` (the shipped CSV, no database needed).

    ``resolve(category, text)`` accepts a code or a Dutch or English label in any case
    and spacing; then the same ignoring ``_ - / .`` (so ``"Face to face"`` gives
    ``face_to_face``); then a parenthesised abbreviation or the label without it
    (``"PLG"``, ``"professionele leergemeenschap"`` give ``plg``). An alias that would
    point at two codes of one category is dropped, never guessed.
    ``closest(category, text)`` is the suggestion for an error message (difflib).
    """

    def __init__(self, records: Iterable[CodeRecord]) -> None:
        self._by_category: dict[str, list[CodeRecord]] = {}
        self._index: dict[str, dict[str, str]] = {}
        self._loose: dict[str, dict[str, str | None]] = {}
        for record in records:
            self._by_category.setdefault(record.category, []).append(record)
        for category, items in self._by_category.items():
            exact: dict[str, str | None] = {}
            loose: dict[str, str | None] = {}
            for record in items:  # codes and full labels first: they win over aliases
                for text in (record.code, record.label_nl, record.label_en):
                    _claim(exact, _exact(text), record.code)
                    _claim(loose, _loose(text), record.code)
            for record in items:
                for text in _aliases(record)[3:]:
                    exact.setdefault(_exact(text), record.code)
                    loose.setdefault(_loose(text), record.code)
            self._index[category] = {k: v for k, v in exact.items() if v is not None}
            self._loose[category] = loose

    @classmethod
    def default(cls) -> Codebook:
        entries, _ = load_default_codebook()
        return cls(
            CodeRecord(
                e["category"], e["code"], e["label_nl"], e["label_en"], e["parent"], e["value"]
            )
            for e in entries
        )

    @classmethod
    def from_db(cls, target: Session | Connection) -> Codebook:
        return cls(codebook_records(target))

    def categories(self) -> tuple[str, ...]:
        return tuple(self._by_category)

    def entries(self, category: str) -> tuple[CodeRecord, ...]:
        return tuple(self._by_category.get(category, ()))

    def codes(self, category: str) -> tuple[str, ...]:
        return tuple(r.code for r in self._by_category.get(category, ()))

    def get(self, category: str, code: str) -> CodeRecord | None:
        for record in self._by_category.get(category, ()):
            if record.code == code:
                return record
        return None

    def __contains__(self, item: tuple[str, str]) -> bool:
        return self.get(*item) is not None

    def labels(self, category: str, language: str = "nl") -> dict[str, str]:
        """code -> label in ``language`` ('nl' or 'en'), in codebook order."""
        return {r.code: r.label(language) for r in self._by_category.get(category, ())}

    def label(self, category: str, code: str | None, language: str = "nl") -> str:
        """The label of a code; the code itself if unknown, '' for None."""
        if code is None:
            return ""
        record = self.get(category, code)
        return record.label(language) if record else code

    def parent(self, category: str, code: str) -> str | None:
        """E.g. the actor kind of an actor type, the dimension of a motive."""
        record = self.get(category, code)
        return record.parent if record else None

    def value(self, category: str, code: str) -> float | None:
        """The ordinal of ordered scales (frequency 1-5, participation 1-3)."""
        record = self.get(category, code)
        return record.value if record else None

    def resolve(self, category: str, text: str | None) -> str | None:
        """The code meant by ``text`` (code or nl/en label, case-insensitive), else None."""
        if text is None or not text.strip():
            return None
        found = self._index.get(category, {}).get(_exact(text))
        if found is not None:
            return found
        return self._loose.get(category, {}).get(_loose(text))

    def closest(self, category: str, text: str) -> str | None:
        """The code whose code or label is most similar to ``text`` (difflib), or None."""
        resolved = self.resolve(category, text)
        if resolved is not None:
            return resolved
        candidates = self._index.get(category, {})
        match = difflib.get_close_matches(_exact(text), list(candidates), n=1, cutoff=0.6)
        return candidates[match[0]] if match else None

    def accepted(self, category: str, language: str | None = None) -> tuple[str, ...]:
        """Values a user may write: codes, or 'code (label)' pairs for an error message."""
        if language is None:
            return self.codes(category)
        return tuple(f"{r.code} ({r.label(language)})" for r in self.entries(category))


def _claim(index: dict[str, str | None], key: str, code: str) -> None:
    """Record key -> code; a key claimed by two codes becomes ambiguous (None)."""
    if key in index and index[key] != code:
        index[key] = None
    else:
        index[key] = code
