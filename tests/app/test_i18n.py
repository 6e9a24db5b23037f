"""The message catalogue is complete in both languages and input is normalised."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

from app.i18n import LANGUAGES, MESSAGES, count_text, normalise_language, t


def _load_feature_catalogues() -> None:
    """Import every app.messages module so their registered catalogues are checked too."""
    import app.messages

    for module in pkgutil.iter_modules(app.messages.__path__):
        importlib.import_module(f"app.messages.{module.name}")


def test_both_catalogues_have_the_same_keys() -> None:
    _load_feature_catalogues()
    assert set(MESSAGES) == set(LANGUAGES)
    assert sorted(set(MESSAGES["nl"]) ^ set(MESSAGES["en"])) == []


def test_every_navbar_entry_has_a_message() -> None:
    """Pages name their navbar message with register_page(nav=...); it must exist."""
    import dash

    from app.main import create_app
    from app.settings import Settings

    create_app(Settings(database_url="sqlite://"))
    navs = [page["nav"] for page in dash.page_registry.values() if page.get("nav")]
    assert "nav.actors" in navs
    for key in navs:
        assert t(key, "nl") and t(key, "en")


def test_placeholders_agree_between_languages() -> None:
    _load_feature_catalogues()
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
