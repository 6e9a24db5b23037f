"""The demo partnership with accounts: one per role, known passwords (fictional)."""

from __future__ import annotations

from app.auth.passwords import hash_password
from app.settings import Settings
from db.engine import make_engine
from db.users import add_user

PASSWORDS = {
    "ada": ("admin", "ada-wachtwoord-1"),
    "eddie": ("editor", "eddie-wachtwoord-2"),
    "rosa": ("researcher", "rosa-wachtwoord-3"),
    "vic": ("viewer", "vic-wachtwoord-4"),
}
SECRET = "s" * 48


def add_accounts(url: str) -> None:
    engine = make_engine(url)
    try:
        for name, (role, password) in PASSWORDS.items():
            add_user(engine, name, role, hash_password(password))
    finally:
        engine.dispose()


def account_settings(url: str, **extra) -> Settings:
    return Settings(database_url=url, secret_key=SECRET, **extra)
