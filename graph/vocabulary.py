"""The search vocabulary: which words carry expertise, and which themes they point to.

Free text such as "kinderen met leesproblemen in groep 3" holds one word that says
what the asker needs ("leesproblemen") and several that say nothing about expertise
("kinderen", "met", "groep 3"). Both lists are data next to this module, not code, so
they are edited (and reviewed) as tables, without touching the matcher:

- ``graph/data/theme_terms.csv``: theme code, language, term, affinity (0..1, how
  close the term is to the theme: "leesproblemen" is dyslexia 1.0 and reading 0.8);
- ``graph/data/stop_words.csv``: words that carry no expertise, by kind (stop words,
  generic school words, grade words such as "groep" or "klas", sector words).

The themes' own codebook labels ("burgerschap", "rekenen en wiskunde") are terms too,
so a theme a partnership adds is found by its label without a new row here.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

import snowballstemmer

from graph.records import CodeRecord

MIN_PART = 5  # a term this long also matches inside a compound: robotica -> roboticalessen
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|'(?=[^\W\d_]))+", re.UNICODE)


def words(text: str | None) -> list[str]:
    """The lower-case words of ``text`` (two letters or more; digits are not words)."""
    return [w.casefold() for w in _WORD.findall(text or "")]


@lru_cache(maxsize=1)
def _stemmers() -> tuple[snowballstemmer.stemmer, snowballstemmer.stemmer]:
    return snowballstemmer.stemmer("dutch"), snowballstemmer.stemmer("english")


@lru_cache(maxsize=16384)
def stem_forms(word: str) -> frozenset[str]:
    """The Dutch and English stems of one lower-case word."""
    dutch, english = _stemmers()
    return frozenset((dutch.stemWord(word), english.stemWord(word)))


class Vocabulary:
    """Terms with the themes they point to, and the words that are ignored.

    Build it with :func:`default_vocabulary` or :func:`vocabulary_for` (adds the
    theme labels of a partnership's codebook); treat it as read-only. A term of two
    words ("reading difficulties") is a phrase: it matches those words side by side.
    """

    def __init__(
        self, terms: Mapping[str, Mapping[str, float]], ignored: Mapping[str, str]
    ) -> None:
        self.terms = MappingProxyType({t: MappingProxyType(dict(th)) for t, th in terms.items()})
        self.ignored = MappingProxyType(dict(ignored))  # word -> stop | generic | grade | sector
        self._by_form: dict[str, dict[str, float]] = {}
        self._parts: list[tuple[str, Mapping[str, float]]] = []
        self._phrases: list[tuple[frozenset[str], frozenset[str], Mapping[str, float]]] = []
        for term, themes in self.terms.items():
            pieces = term.split()
            if len(pieces) == 2:
                first, second = (_forms(p) for p in pieces)
                self._phrases.append((first, second, themes))
                continue
            for form in _forms(term):
                _merge(self._by_form.setdefault(form, {}), themes)
                if len(form) >= MIN_PART:
                    self._parts.append((form, themes))
        self._ignored_forms = frozenset(s for w in self.ignored for s in stem_forms(w))

    def ignore_kind(self, word: str) -> str | None:
        """Why ``word`` carries no expertise ("stop", "grade", ...), or None if it may."""
        kind = self.ignored.get(word)
        if kind is None and stem_forms(word) <= self._ignored_forms:
            kind = "stop"
        return kind

    def themes_of(self, word: str) -> dict[str, float]:
        """Themes ``word`` points to, with affinity; compounds match their parts."""
        found: dict[str, float] = {}
        for form in _forms(word):
            _merge(found, self._by_form.get(form, {}))
        for part, themes in self._parts:
            if part in word and part != word:
                _merge(found, themes)
        return found

    def phrase_themes(self, first: str, second: str) -> dict[str, float]:
        """Themes of the two-word phrase ``first second`` ({} when it is no phrase)."""
        found: dict[str, float] = {}
        a, b = _forms(first), _forms(second)
        for one, two, themes in self._phrases:
            if a & one and b & two:
                _merge(found, themes)
        return found


def _forms(word: str) -> frozenset[str]:
    return stem_forms(word) | {word}


def _merge(into: dict[str, float], themes: Mapping[str, float]) -> None:
    for theme, affinity in themes.items():
        into[theme] = max(into.get(theme, 0.0), affinity)


def _read(name: str) -> list[dict[str, str]]:
    text = resources.files("graph").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@lru_cache(maxsize=1)
def _default_rows() -> tuple[tuple[tuple[str, str, float], ...], tuple[tuple[str, str], ...]]:
    terms = tuple(
        (row["term"].strip().casefold(), row["theme"].strip(), float(row["affinity"] or 1))
        for row in _read("theme_terms.csv")
        if row["term"].strip()
    )
    ignored = tuple(
        (word.casefold(), row["kind"].strip())
        for row in _read("stop_words.csv")
        for word in row["words"].split()
    )
    return terms, ignored


def _build(
    terms: Iterable[tuple[str, str, float]], ignored: Iterable[tuple[str, str]]
) -> Vocabulary:
    table: dict[str, dict[str, float]] = {}
    for term, theme, affinity in terms:
        slot = table.setdefault(term, {})
        slot[theme] = max(slot.get(theme, 0.0), min(1.0, max(0.0, affinity)))
    skip = dict(ignored)
    return Vocabulary({t: th for t, th in table.items() if t not in skip}, skip)


def default_vocabulary() -> Vocabulary:
    """The shipped vocabulary (graph/data), without any codebook labels."""
    return vocabulary_for(())


@lru_cache(maxsize=8)
def vocabulary_for(themes: tuple[CodeRecord, ...]) -> Vocabulary:
    """The shipped vocabulary plus the words of each theme's Dutch and English label."""
    terms, ignored = _default_rows()
    skip = dict(ignored)
    labelled = [
        (word, theme.code, 1.0)
        for theme in themes
        if theme.category == "theme"
        for label in (theme.label_nl, theme.label_en, theme.code.replace("_", " "))
        for word in _label_words(label)
        if word not in skip
    ]
    return _build((*terms, *labelled), ignored)


def _label_words(label: str) -> list[str]:
    """Words of a label that can stand for the theme: long ones, or a one-word label."""
    found = words(label)
    return [w for w in found if len(w) >= MIN_PART or len(found) == 1]
