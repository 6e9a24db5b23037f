"""Login, sessions, the origin check and the security headers, through the real app
(Flask's test client on a real SQLite file; no browser needed for these rules)."""

from __future__ import annotations

import base64
import hashlib
import re

import dash
import pytest

from app.auth.login import safe_next
from db.engine import make_engine
from db.users import remove_user, set_role
from tests.app.accounts import ORIGIN, PASSWORD, accounts_app, login, update

LANGUAGE_CALLBACK = "..cn-language.data...cn-language-switch.value.."


def _language(client):
    """The shell's language callback with real inputs: 200 when the guard lets it run."""
    return update(
        client,
        LANGUAGE_CALLBACK,
        [
            {"id": "cn-language-switch", "property": "value", "value": "en"},
            {"id": "cn-url", "property": "search", "value": ""},
        ],
        [{"id": "cn-language", "property": "data", "value": None}],
    )


@pytest.fixture
def app(small_url: str) -> dash.Dash:
    return accounts_app(small_url)


def _attempt(client, name: str, password: str, address: str = "127.0.0.1"):
    return client.post(
        "/login",
        data={"name": name, "password": password},
        headers={"Origin": ORIGIN},
        environ_base={"REMOTE_ADDR": address},
    )


def test_login_then_pages_and_callbacks_then_logout(app: dash.Dash) -> None:
    client = app.server.test_client()
    assert client.get("/explorer").headers["Location"] == "/login?next=%2Fexplorer"
    ok = client.post(
        "/login",
        data={"name": "viewer", "password": PASSWORD["viewer"], "next": "/ties?lang=en"},
        headers={"Origin": ORIGIN},
    )
    assert (ok.status_code, ok.headers["Location"]) == (303, "/ties?lang=en")
    assert "HttpOnly" in ok.headers["Set-Cookie"] and "SameSite=Lax" in ok.headers["Set-Cookie"]
    assert client.get("/explorer").status_code == 200
    assert _language(client).status_code == 200
    out = client.post("/logout", headers={"Origin": ORIGIN})
    assert out.status_code == 303 and out.headers["Location"].startswith("/login?bye=1")
    assert client.get("/explorer").status_code == 302
    assert _language(client).status_code == 401


def test_wrong_password_and_unknown_user_look_the_same(app: dash.Dash) -> None:
    client = app.server.test_client()
    wrong = _attempt(client, "viewer", "not-the-password")
    unknown = _attempt(client, "nobody", "not-the-password")
    assert wrong.status_code == unknown.status_code == 401
    assert "Onbekende gebruikersnaam of verkeerd wachtwoord." in wrong.get_data(as_text=True)
    assert wrong.get_data(as_text=True).replace("viewer", "nobody") == unknown.get_data(
        as_text=True
    )


def test_failed_logins_are_limited_per_address_and_per_name(app: dash.Dash) -> None:
    client = app.server.test_client()
    for _ in range(5):
        assert _attempt(client, "viewer", "guess-guess-guess").status_code == 401
    limited = _attempt(client, "viewer", PASSWORD["viewer"])
    assert limited.status_code == 429
    assert "Te veel mislukte pogingen" in limited.get_data(as_text=True)
    # another address, same name: the per-name limit still holds
    other = app.server.test_client()
    from_elsewhere = _attempt(other, "viewer", PASSWORD["viewer"], "10.0.0.9")
    assert from_elsewhere.status_code == 429
    # another name from that other address is not held up
    admin = _attempt(other, "admin", PASSWORD["admin"], "10.0.0.9")
    assert admin.status_code == 303


def test_successful_logins_do_not_count_towards_the_limit(app: dash.Dash) -> None:
    client = app.server.test_client()
    for _ in range(8):
        login(client, "editor")
        client.post("/logout", headers={"Origin": ORIGIN})


def test_removing_or_changing_an_account_ends_its_sessions(app: dash.Dash) -> None:
    url = app.server.extensions["collabnet"].settings.database_url
    engine = make_engine(url)
    editor, admin = (
        login(app.server.test_client(), "editor"),
        login(app.server.test_client(), "admin"),
    )
    assert editor.get("/import").status_code == 200
    set_role(engine, "editor", "viewer")
    assert editor.get("/import").status_code == 302  # logged out: log in again as viewer
    remove_user(engine, "admin")
    assert admin.get("/explorer").status_code == 302
    assert _language(admin).status_code == 401
    engine.dispose()


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/ties?lang=en", "/ties?lang=en"),
        ("//evil.example/x", "/explorer"),
        ("/\\evil.example", "/explorer"),
        ("https://evil.example/", "/explorer"),
        ("javascript:alert(1)", "/explorer"),
        ("/login?next=/x", "/explorer"),
        ("/a\r\nSet-Cookie: x=1", "/explorer"),
        (None, "/explorer"),
        (["/ties"], "/explorer"),
    ],
)
def test_after_login_only_local_paths(target: object, expected: str) -> None:
    assert safe_next(target) == expected


def test_state_changes_need_this_sites_origin(app: dash.Dash) -> None:
    client = login(app.server.test_client(), "admin")
    body = {"output": LANGUAGE_CALLBACK, "outputs": [], "inputs": [], "state": []}
    for headers in (
        {},
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Referer": "https://evil.example/page"},
    ):
        response = client.post("/_dash-update-component", json=body, headers=headers)
        assert (response.status_code, response.data) == (403, b"origin"), headers
    forged_login = app.server.test_client().post(
        "/login",
        data={"name": "admin", "password": PASSWORD["admin"]},
        headers={"Origin": "https://evil.example"},
    )
    assert forged_login.status_code == 403
    assert client.post("/logout", headers={"Origin": "https://evil.example"}).status_code == 403
    assert client.get("/explorer").status_code == 200  # still logged in


def test_local_mode_refuses_a_foreign_origin_but_not_a_missing_one(small_settings) -> None:
    from app.main import create_app

    client = create_app(small_settings).server.test_client()
    body = {"output": LANGUAGE_CALLBACK, "outputs": [], "inputs": [], "state": []}
    foreign = client.post(
        "/_dash-update-component", json=body, headers={"Origin": "https://evil.example"}
    )
    assert foreign.status_code == 403
    assert client.get("/explorer").status_code == 200


def _inline_script_hashes(html: str) -> set[str]:
    """Hashes of every inline script a browser would run (not JSON, not in comments:
    Dash's ``<!--[if IE]>`` warning is a comment to every current browser)."""
    html = re.sub(r"<!--.*?-->", "", html, flags=re.S)
    scripts = re.findall(r"<script(?: [^>]*)?>(.*?)</script>", html, flags=re.S)
    tagged = re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S)
    executable = [body for attrs, body in tagged if body and "application/json" not in attrs]
    assert len(scripts) >= len(executable) >= 1
    return {
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        for s in executable
    }


def test_security_headers_and_a_csp_that_allows_exactly_the_inline_scripts(
    app: dash.Dash,
) -> None:
    client = login(app.server.test_client(), "viewer")
    page = client.get("/explorer")
    csp = page.headers["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["frame-ancestors"] == "'none'"
    assert directives["default-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    script_src = set(directives["script-src"].split())
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert _inline_script_hashes(page.get_data(as_text=True)) <= script_src
    assert page.headers["X-Frame-Options"] == "DENY"
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    for other in (client.get("/login"), client.get("/_dash-layout"), update(client, "x.y")):
        assert other.headers["X-Content-Type-Options"] == "nosniff"
        assert "frame-ancestors 'none'" in other.headers["Content-Security-Policy"]
