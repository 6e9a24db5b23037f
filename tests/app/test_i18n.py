"""The message catalogue is complete in both languages and input is normalised."""

from __future__ import annotations

import re

import pytest

from app.i18n import LANGUAGES, MESSAGES, count_text, normalise_language, t


def test_both_catalogues_have_the_same_keys() -> None:
    assert set(MESSAGES["nl"]) == set(MESSAGES["en"])
    assert set(MESSAGES) == set(LANGUAGES)


def test_placeholders_agree_between_languages() -> None:
    for key, dutch in MESSAGES["nl"].items():
        fields = set(re.findall(r"{(\w+)}", dutch))
        assert fields == set(re.findall(r"{(\w+)}", MESSAGES["en"][key])), key


def test_dutch_is_the_default() -> None:
    assert t("nav.actors") == "Actoren"
    assert t("nav.actors", "en") == "Actors"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("en", "en"),
        (" EN ", "en"),
        ("nl", "nl"),
        ("fr", "nl"),
        (None, "nl"),
        (3, "nl"),
        (["en"], "nl"),
        ("en" * 50, "nl"),
    ],
)
def test_forged_language_values_fall_back(raw: object, expected: str) -> None:
    assert normalise_language(raw) == expected


def test_unknown_message_is_an_error() -> None:
    with pytest.raises(KeyError):
        t("no.such.message", "nl")


def test_counts_use_local_thousands_separator() -> None:
    assert count_text(1, "nl") == "1 actor"
    assert count_text(1234, "nl") == "1.234 actoren"
    assert count_text(1234, "en") == "1,234 actors"
