"""Apps with accounts for the guard tests: one account per role, a logged-in client."""

from __future__ import annotations

import dash
from dash._utils import split_callback_id
from flask.testing import FlaskClient

from app.auth.passwords import hash_password
from app.main import create_app
from app.settings import Settings
from db.engine import make_engine
from db.users import add_user

SECRET = "k" * 48
ORIGIN = "http://localhost"  # the Flask test client's host
PASSWORD = {role: f"{role}-wachtwoord-9" for role in ("viewer", "editor", "researcher", "admin")}


def add_role_accounts(url: str) -> None:
    """Accounts named after their role (``viewer`` has role viewer, and so on)."""
    engine = make_engine(url)
    try:
        for role, password in PASSWORD.items():
            add_user(engine, role, role, hash_password(password))
    finally:
        engine.dispose()


def accounts_app(url: str, **settings: object) -> dash.Dash:
    add_role_accounts(url)
    return create_app(Settings(database_url=url, secret_key=SECRET, **settings))


def login(client: FlaskClient, role: str) -> FlaskClient:
    response = client.post(
        "/login",
        data={"name": role, "password": PASSWORD[role], "next": "/explorer"},
        headers={"Origin": ORIGIN},
    )
    assert response.status_code == 303, response.data
    return client


def update(
    client: FlaskClient,
    output: str,
    inputs: list | None = None,
    state: list | None = None,
    **headers: str,
):
    """POST one callback as the Dash renderer would (with this site's Origin)."""
    spec = split_callback_id(output)
    body = {
        "output": output,
        "outputs": spec,
        "inputs": inputs or [],
        "changedPropIds": [],
        "state": state or [],
    }
    return client.post("/_dash-update-component", json=body, headers={"Origin": ORIGIN, **headers})
