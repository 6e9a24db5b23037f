"""Free-text matching for the expert finder: Dutch stemming, no network service.

A need such as "kinderen met leesproblemen" should match an expertise description
"begeleiding bij leesproblemen en dyslexie". We stem Dutch words with the Snowball
stemmer, drop stop words and compare token sets. English text is stemmed with the
English stemmer too, so "reading difficulties" still matches "reading".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import snowballstemmer

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)

_STOP_WORDS = frozenset(
    """
    aan als bij dat de den der des die dit door een en er het hoe ik in is je kan
    kunnen leerlingen leraren met naar niet nog of om onder ons onze ook op over
    te tot uit van voor wat we wel wie wij worden zijn zo zou the and for with our
    how can what who from into about this that have has are was were
    """.split()
)


@lru_cache(maxsize=2)
def _stemmers() -> tuple[snowballstemmer.stemmer, snowballstemmer.stemmer]:
    return snowballstemmer.stemmer("dutch"), snowballstemmer.stemmer("english")


@lru_cache(maxsize=4096)
def stems(text: str) -> frozenset[str]:
    """The set of stems of the meaningful words of ``text`` (Dutch and English)."""
    dutch, english = _stemmers()
    words = [w.lower() for w in _WORD.findall(text or "")]
    words = [w for w in words if w not in _STOP_WORDS]
    return frozenset(dutch.stemWords(words)) | frozenset(english.stemWords(words))


def text_overlap(query: str, texts: Iterable[str]) -> tuple[float, tuple[str, ...]]:
    """Share of the query's stems found in ``texts`` and the texts that matched.

    Returns ``(0.0, ())`` for an empty query. The share is computed over the Dutch
    stems of the query, so a query is not rewarded twice for one word.
    """
    query_stems = _query_stems(query)
    if not query_stems:
        return 0.0, ()
    found: set[str] = set()
    matched: list[str] = []
    for text in texts:
        hits = query_stems & stems(text)
        if hits:
            found |= hits
            matched.append(text)
    return len(found) / len(query_stems), tuple(matched)


@lru_cache(maxsize=256)
def _query_stems(query: str) -> frozenset[str]:
    """Dutch stems of a query, computed once per query (stemming dominates the cost)."""
    dutch, _ = _stemmers()
    words = [w.lower() for w in _WORD.findall(query or "")]
    return frozenset(dutch.stemWord(w) for w in words if w not in _STOP_WORDS)
