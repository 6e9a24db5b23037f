"""Code -> label lookups over the codebook carried by ``NetworkRecords``.

Why a separate object: filters, describe() and the UI all need labels, parents
(motive -> dimension) and ordinals (frequency 1-5) and must fall back gracefully
to the code itself when a partnership's codebook lacks an entry.
"""

from __future__ import annotations

from collections.abc import Iterable

from graph.records import CodeRecord, NetworkRecords


class Labels:
    """Immutable index over codebook entries, keyed by (category, code)."""

    __slots__ = ("_entries",)

    def __init__(self, codebook: Iterable[CodeRecord] = ()) -> None:
        self._entries: dict[tuple[str, str], CodeRecord] = {
            (c.category, c.code): c for c in codebook
        }

    @classmethod
    def from_records(cls, records: NetworkRecords) -> Labels:
        return cls(records.codebook)

    def __contains__(self, key: tuple[str, str]) -> bool:
        return key in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, category: str, code: str) -> CodeRecord | None:
        return self._entries.get((category, code))

    def label(self, category: str, code: str, language: str = "nl") -> str:
        """The label in ``language``; the code itself when the codebook lacks it."""
        entry = self._entries.get((category, code))
        if entry is None:
            return code
        return entry.label(language) or code

    def parent(self, category: str, code: str) -> str | None:
        entry = self._entries.get((category, code))
        return None if entry is None else entry.parent

    def value(self, category: str, code: str) -> float | None:
        entry = self._entries.get((category, code))
        return None if entry is None else entry.value

    def codes(self, category: str) -> tuple[str, ...]:
        """Codes of one category in codebook order."""
        return tuple(code for (cat, code) in self._entries if cat == category)

    def children(self, category: str, parent: str) -> tuple[str, ...]:
        """Codes of ``category`` whose parent is ``parent`` (motives of a dimension)."""
        return tuple(
            e.code for e in self._entries.values() if e.category == category and e.parent == parent
        )
