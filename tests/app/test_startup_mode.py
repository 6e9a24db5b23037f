"""Local mode vs accounts mode, and the configurations the app refuses to start with."""

from __future__ import annotations

import pytest

from app.auth.mode import AccessMode, StartupRefused, startup_problems
from app.auth.setup import session_secret
from app.main import create_app
from app.settings import DEV_SECRET_KEY, Settings
from db.engine import make_engine
from db.users import add_user, remove_user
from tests.app.accounts import SECRET

GOOD = "g" * 40


@pytest.mark.parametrize(
    ("settings", "accounts", "problems"),
    [
        (Settings(), False, []),
        (Settings(debug=True), False, []),  # local mode may debug
        (Settings(host="0.0.0.0"), False, ["COLLABNET_SECRET_KEY"]),
        (Settings(host="0.0.0.0", secret_key="short"), False, ["COLLABNET_SECRET_KEY"]),
        (Settings(host="0.0.0.0", secret_key=GOOD), False, []),
        (Settings(host="0.0.0.0", secret_key=GOOD, debug=True), False, ["COLLABNET_DEBUG"]),
        (Settings(), True, ["COLLABNET_SECRET_KEY"]),
        (Settings(debug=True), True, ["COLLABNET_SECRET_KEY", "COLLABNET_DEBUG"]),
        (Settings(secret_key=GOOD), True, []),
    ],
)
def test_startup_problems(settings: Settings, accounts: bool, problems: list[str]) -> None:
    found = startup_problems(settings, accounts)
    assert len(found) == len(problems)
    for text, variable in zip(found, problems, strict=True):
        assert variable in text


def test_create_app_refuses_accounts_with_the_dev_secret(small_url: str) -> None:
    engine = make_engine(small_url)
    add_user(engine, "ana", "viewer", "$argon2id$x")
    with pytest.raises(StartupRefused, match="accounts exist.*COLLABNET_SECRET_KEY"):
        create_app(Settings(database_url=small_url))
    with pytest.raises(StartupRefused, match="debug mode is for local mode only"):
        create_app(Settings(database_url=small_url, secret_key=SECRET, debug=True))
    assert create_app(Settings(database_url=small_url, secret_key=SECRET)) is not None
    engine.dispose()


def test_create_app_refuses_to_listen_beyond_localhost_unconfigured(small_url: str) -> None:
    with pytest.raises(StartupRefused, match="listens on 0.0.0.0"):
        create_app(Settings(database_url=small_url, host="0.0.0.0"))
    app = create_app(Settings(database_url=small_url, host="0.0.0.0", secret_key=SECRET))
    assert app.server.test_client().get("/actors").status_code == 302  # login required


def test_the_public_dev_secret_never_signs_a_session() -> None:
    local = session_secret(Settings())
    assert local != DEV_SECRET_KEY and len(local) == 64
    assert session_secret(Settings()) != local  # random per process start
    assert session_secret(Settings(secret_key=GOOD)) == GOOD


def test_an_account_added_while_running_requires_login_at_once(small_url: str) -> None:
    app = create_app(Settings(database_url=small_url))
    client = app.server.test_client()
    assert client.get("/actors").status_code == 200  # local mode
    engine = make_engine(small_url)
    add_user(engine, "ana", "viewer", "$argon2id$x")
    assert client.get("/actors").status_code == 302
    remove_user(engine, "ana")  # sticky: removing the last account does not reopen it
    assert client.get("/actors").status_code == 302
    engine.dispose()


def test_access_mode_of_an_unmigrated_database_is_local(tmp_path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'blank.db'}")
    assert not AccessMode(Settings(), engine).login_required
    assert AccessMode(Settings(host="0.0.0.0"), engine).login_required
    engine.dispose()
