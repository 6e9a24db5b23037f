"""Reading one row's cells into typed values, recording an error for each bad cell.

:class:`Cells` is the only place a raw string becomes a date, a boolean, a number, a
codebook code or an actor key; each reader returns ``None`` (or ``[]``) on a bad value
and appends a :class:`~db.imports.errors.RowError`, so validation always continues
to the next cell and the user gets every mistake in one go.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from db.imports.errors import Place, row_error
from db.imports.values import parse_bool, parse_date, parse_float, split_list

if TYPE_CHECKING:
    from db.imports.validate import Validator


class Cells:
    """The cells of one data row, by canonical column name."""

    __slots__ = ("v", "file", "row", "values", "headers")

    def __init__(
        self,
        validator: Validator,
        file: str,
        row: int,
        values: dict[str, str],
        headers: dict[str, str],
    ) -> None:
        self.v = validator
        self.file = file
        self.row = row
        self.values = values
        self.headers = headers  # canonical -> header as the user wrote it

    def has(self, column: str) -> bool:
        return column in self.values

    def error(self, kind: str, column: str | None, value: str | None = None, **kw: object) -> None:
        shown = self.headers.get(column, column) if column else None
        self.v.errors.append(row_error(kind, self.file, self.row, shown, value, **kw))

    def where(self) -> Place:
        return Place(self.file, self.row)

    def text(self, column: str, *, required: bool = False, limit: int | None = None) -> str | None:
        value = self.values.get(column, "")
        if not value:
            if required:
                self.error("required", column)
            return None
        if limit is not None and len(value) > limit:
            self.error("too_long", column, value[:40] + "...", limit=limit)
            return None
        return value

    def date(self, column: str, *, required: bool = False) -> date | None:
        value = self.values.get(column, "")
        if not value:
            if required:
                self.error("required", column)
            return None
        try:
            return parse_date(value)
        except ValueError:
            self.error("bad_date", column, value)
            return None

    def span(self, start: str, end: str) -> tuple[date | None, date | None]:
        """Start and end dates, with an error when the end is before the start."""
        first, last = self.date(start), self.date(end)
        if first and last and last < first:
            self.error("end_before_start", end, self.values.get(end), start=first.isoformat())
        return first, last

    def boolean(self, column: str) -> bool | None:
        value = self.values.get(column, "")
        try:
            return parse_bool(value)
        except ValueError:
            self.error("bad_boolean", column, value)
            return None

    def number(self, column: str) -> float | None:
        value = self.values.get(column, "")
        try:
            return parse_float(value)
        except ValueError:
            self.error("bad_number", column, value)
            return None

    def code(self, column: str, category: str, *, required: bool = False) -> str | None:
        value = self.values.get(column, "")
        if not value:
            if required:
                self.error("required", column)
            return None
        return self.v.resolve(self, column, category, value)

    def codes(self, column: str, category: str) -> list[str]:
        out: list[str] = []
        for part in split_list(self.values.get(column, "")):
            code = self.v.resolve(self, column, category, part)
            if code is not None and code not in out:
                out.append(code)
        return out

    def actor(self, column: str, *, kind: str | None = None, required: bool = True) -> str | None:
        """An actor id known in the files or the database (optionally of one kind)."""
        value = self.values.get(column, "")
        if not value:
            if required:
                self.error("required", column)
            return None
        return self.v.check_actor(self, column, value, kind)

    def actors(self, column: str, *, kind: str | None = None) -> list[str]:
        out: list[str] = []
        for part in split_list(self.values.get(column, "")):
            key = self.v.check_actor(self, column, part, kind)
            if key is not None and key not in out:
                out.append(key)
        return out


_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, limit: int = 80) -> str:
    """A stable code for a theme a user typed: 'Gezonde School!' -> 'gezonde_school'."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _SLUG.sub("_", ascii_text.casefold()).strip("_")[:limit] or "theme"
