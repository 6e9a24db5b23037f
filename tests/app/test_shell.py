"""Language resolution of the shell: switch beats URL beats stored choice."""

from __future__ import annotations

import pytest

from app import ids
from app.shell import language_from_query, resolve_language


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("?lang=en", "en"),
        ("?x=1&lang=NL", "nl"),
        ("?lang=fr", None),
        ("", None),
        (None, None),
        (["?lang=en"], None),
        ("?lang=en" + "&a=b" * 1000, None),
    ],
)
def test_language_from_query(search: object, expected: str | None) -> None:
    assert language_from_query(search) == expected


def test_switch_wins() -> None:
    assert resolve_language(ids.LANGUAGE_SWITCH, "en", "?lang=nl", "nl", "nl") == "en"


def test_url_beats_storage_on_load() -> None:
    assert resolve_language(None, "nl", "?lang=en", "nl", "nl") == "en"
    assert resolve_language(ids.URL, "nl", "?lang=en", "nl", "nl") == "en"


def test_storage_then_default() -> None:
    assert resolve_language(None, "nl", "", "en", "nl") == "en"
    assert resolve_language(None, "nl", "", None, "en") == "en"
    assert resolve_language(None, "nl", "", "<script>", "nl") == "nl"
