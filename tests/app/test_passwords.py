"""Passwords: argon2id hashes, the rules for new passwords, forged login values."""

from __future__ import annotations

import pytest

from app.auth.passwords import (
    MAX_LENGTH,
    MIN_LENGTH,
    PasswordRejected,
    check_new_password,
    hash_password,
    needs_rehash,
    verify_password,
)


def test_hash_is_argon2id_salted_and_verifies() -> None:
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first.startswith("$argon2id$") and second.startswith("$argon2id$")
    assert first != second  # a fresh salt each time
    assert "correct horse" not in first
    assert verify_password(first, "correct horse")
    assert not verify_password(first, "correct horsE")
    assert not needs_rehash(first)
    assert "$m=47104,t=1,p=1$" in first  # OWASP's argon2id 46 MiB / 1 pass / 1 lane


def test_a_hash_with_other_parameters_is_upgraded_at_login(small_url: str) -> None:
    """argon2-cffi's default parameters (an older hash) are replaced after a good login."""
    from argon2 import PasswordHasher

    from app.main import create_app
    from app.settings import Settings
    from db.engine import make_engine
    from db.users import add_user, login_record
    from tests.app.accounts import ORIGIN, SECRET

    engine = make_engine(small_url)
    old = PasswordHasher().hash("correct horse battery")
    add_user(engine, "ana", "viewer", old)
    assert needs_rehash(old)
    client = create_app(Settings(database_url=small_url, secret_key=SECRET)).server.test_client()
    response = client.post(
        "/login",
        data={"name": "ana", "password": "correct horse battery"},
        headers={"Origin": ORIGIN},
    )
    assert response.status_code == 303
    _account, stored = login_record(engine, "ana")
    assert stored != old and not needs_rehash(stored)
    assert verify_password(stored, "correct horse battery")
    assert client.get("/explorer").status_code == 200  # the session survived the rehash
    engine.dispose()


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("a" * (MIN_LENGTH - 1), "at least"),
        ("a" * (MAX_LENGTH + 1), "at most"),
        (" leading-space-pw", "white space"),
        ("trailing-space-pw\n", "white space"),
        (None, "must be text"),
        (12345678901, "must be text"),
    ],
)
def test_new_passwords_that_break_the_rules(password: object, reason: str) -> None:
    with pytest.raises(PasswordRejected, match=reason):
        check_new_password(password)


@pytest.mark.parametrize(
    "forged", [None, "", 42, ["correct horse"], {"$ne": ""}, "x" * (MAX_LENGTH + 1)]
)
def test_forged_or_empty_login_values_never_verify(forged: object) -> None:
    stored = hash_password("correct horse")
    assert not verify_password(stored, forged)


def test_unknown_user_and_broken_hash_are_just_wrong() -> None:
    assert not verify_password(None, "collabnet-timing-equaliser")  # the dummy's own text
    assert not verify_password("not-a-hash", "correct horse")
    assert not verify_password("$argon2id$v=19$m=1,t=1,p=1$AAAA$BBBB", "correct horse")
