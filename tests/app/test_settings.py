"""Settings: defaults that work on a fresh clone, environment overrides, bad values."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.settings import DEFAULT_DATABASE_URL, Settings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for name in list(os.environ):
        if name.startswith("COLLABNET_"):
            monkeypatch.delenv(name)


def test_defaults() -> None:
    s = Settings()
    assert s.database_url == DEFAULT_DATABASE_URL == "sqlite:///collabnet.db"
    assert (s.host, s.port, s.language, s.debug) == ("127.0.0.1", 8050, "nl", False)
    assert s.max_upload_bytes == 20 * 1024 * 1024


def test_environment_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLLABNET_DATABASE_URL", "postgresql+psycopg://u:p@db:5432/collabnet")
    monkeypatch.setenv("COLLABNET_PORT", "9000")
    monkeypatch.setenv("COLLABNET_LANGUAGE", "en")
    monkeypatch.setenv("COLLABNET_DEBUG", "true")
    monkeypatch.setenv("COLLABNET_MAX_UPLOAD_BYTES", "1024")
    s = Settings()
    assert s.database_url == "postgresql+psycopg://u:p@db:5432/collabnet"
    assert (s.port, s.language, s.debug, s.max_upload_bytes) == (9000, "en", True, 1024)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("language", "fr"),
        ("port", "0"),
        ("port", "70000"),
        ("max_upload_bytes", "0"),
        ("database_url", "mysql://u@h/db"),
    ],
)
def test_bad_values_are_refused(monkeypatch: pytest.MonkeyPatch, field: str, value: str) -> None:
    monkeypatch.setenv(f"COLLABNET_{field.upper()}", value)
    with pytest.raises(ValidationError):
        Settings()


def test_dev_secret_is_flagged_only_when_exposed() -> None:
    assert not Settings().exposed_with_dev_secret
    assert Settings(host="0.0.0.0").exposed_with_dev_secret
    assert not Settings(host="0.0.0.0", secret_key="x" * 40).exposed_with_dev_secret
