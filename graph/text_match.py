"""Free-text matching for the expert finder: meaningful words, stems and themes.

A question such as "kinderen met leesproblemen in groep 3" is read word by word:
stop words, generic school words and grade words ("groep 3", "klas") are dropped
(they say nothing about expertise), and every remaining word becomes a set of
*concepts*: its Dutch and English Snowball stems, and the themes the vocabulary
links it to (``graph.vocabulary``: "leesproblemen" -> dyslexia 1.0, reading 0.8).
Texts of the evidence (expertise descriptions, learning questions, stories) are read
the same way, so "dyslexiespecialist" in a description meets "leesproblemen" in a
question through the dyslexia theme. No network service is used.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from graph.vocabulary import Vocabulary, stem_forms, words

STEM, THEME = "stem:", "theme:"


@dataclass(frozen=True, slots=True)
class QueryWord:
    """One meaningful word of a question and what it can match, with affinity 0..1."""

    word: str
    concepts: Mapping[str, float]

    @property
    def themes(self) -> tuple[tuple[str, float], ...]:
        """The themes this word points to, closest first."""
        found = [(c[len(THEME) :], a) for c, a in self.concepts.items() if c.startswith(THEME)]
        return tuple(sorted(found, key=lambda item: (-item[1], item[0])))


@dataclass(frozen=True, slots=True)
class QueryAnalysis:
    """What a free-text question means to the finder: its words, and what was dropped."""

    words: tuple[QueryWord, ...]
    ignored: tuple[str, ...]

    @property
    def meaningful(self) -> bool:
        return bool(self.words)

    def concepts(self) -> frozenset[str]:
        return frozenset(c for w in self.words for c in w.concepts)


def _word_concepts(word: str, vocabulary: Vocabulary) -> dict[str, float]:
    concepts = {f"{STEM}{s}": 1.0 for s in stem_forms(word)}
    concepts.update({f"{THEME}{t}": a for t, a in vocabulary.themes_of(word).items() if a > 0})
    return concepts


def analyse_query(text: str, vocabulary: Vocabulary) -> QueryAnalysis:
    """Split a question into meaningful words or two-word phrases (with their concepts)
    and ignored words."""
    kept: dict[str, QueryWord] = {}
    ignored: dict[str, None] = {}
    raw = words(text)
    position = 0
    while position < len(raw):
        word = raw[position]
        pair = raw[position : position + 2]
        phrase = vocabulary.phrase_themes(*pair) if len(pair) == 2 else {}
        if phrase:
            # the phrase's themes, and its words' stems (not their own themes: "reading
            # difficulties" is dyslexia first, even though "reading" alone is reading)
            concepts = {f"{THEME}{t}": a for t, a in phrase.items()}
            for part in pair:
                if vocabulary.ignore_kind(part) is None:
                    concepts.update({f"{STEM}{s}": 1.0 for s in stem_forms(part)})
            name = " ".join(pair)
            kept.setdefault(name, QueryWord(name, MappingProxyType(concepts)))
            position += 2
            continue
        if vocabulary.ignore_kind(word) is not None:
            ignored[word] = None
        elif word not in kept:
            kept[word] = QueryWord(word, MappingProxyType(_word_concepts(word, vocabulary)))
        position += 1
    return QueryAnalysis(tuple(kept.values()), tuple(ignored))


@lru_cache(maxsize=65536)
def text_concepts(text: str, vocabulary: Vocabulary) -> frozenset[str]:
    """Every concept of the meaningful words and phrases of ``text`` (stems and themes)."""
    found: set[str] = set()
    raw = words(text)
    for word in raw:
        if vocabulary.ignore_kind(word) is None:
            found |= _word_concepts(word, vocabulary).keys()
    for first, second in zip(raw, raw[1:], strict=False):
        found |= {f"{THEME}{t}" for t in vocabulary.phrase_themes(first, second)}
    return frozenset(found)
