"""Nothing is unguarded: every Dash callback, every Flask route and every page has a
declared action, and an undeclared one is refused at run time, whoever asks."""

from __future__ import annotations

import dash
import pytest
from dash import Input, Output, html

from app.auth import policy
from app.auth.guard import callback_decision
from app.main import create_app
from app.settings import Settings
from tests.app.accounts import ORIGIN, update


def _served(app: dash.Dash) -> dash.Dash:
    """After one request, so Dash has added its pages router callback too."""
    assert app.server.test_client().get("/actors").status_code == 200
    return app


def undeclared_callbacks(app: dash.Dash) -> list[str]:
    return [key for key in app.callback_map if policy.callback_actions(key) is None]


def undeclared_routes(app: dash.Dash) -> list[str]:
    return [
        rule.rule
        for rule in app.server.url_map.iter_rules()
        if rule.endpoint not in policy.ROUTE_ACTIONS
    ]


def undeclared_pages() -> list[str]:
    return [
        page.get("path_template") or page["path"]
        for page in dash.page_registry.values()
        if (page.get("path_template") or page["path"]) not in policy.PAGE_ACTIONS
    ]


def test_every_callback_route_and_page_is_declared(small_settings: Settings) -> None:
    app = _served(create_app(small_settings))
    assert len(app.callback_map) > 40
    assert any(key.startswith(".._pages_content.children") for key in app.callback_map)
    assert undeclared_callbacks(app) == []
    assert undeclared_routes(app) == []
    assert undeclared_pages() == []
    assert {"/login", "/logout", "/_dash-update-component"} <= {
        r.rule for r in app.server.url_map.iter_rules()
    }


def test_every_declared_action_is_a_real_one() -> None:
    from app.viewer import ACTIONS

    markers = {policy.PUBLIC, policy.PAGE, policy.CALLBACK}
    assert {a for _prefix, a in policy.CALLBACK_ACTIONS} <= set(ACTIONS) | markers
    assert set(policy.ROUTE_ACTIONS.values()) <= set(ACTIONS) | markers
    assert set(policy.PAGE_ACTIONS.values()) <= set(ACTIONS)
    assert set(policy.CLI_ACTIONS.values()) <= set(ACTIONS)


def test_a_new_undeclared_callback_is_found_and_refused(small_settings: Settings) -> None:
    """What happens to a callback someone adds without a row in app.auth.policy."""
    app = create_app(small_settings)
    app.layout.children.append(html.Div(id="brand-new-out"))

    @app.callback(Output("brand-new-out", "children"), Input("cn-url", "pathname"))
    def brand_new(_path):  # pragma: no cover - must never run
        raise AssertionError("an undeclared callback ran")

    _served(app)
    assert undeclared_callbacks(app) == ["brand-new-out.children"]
    assert callback_decision(app, {"output": "brand-new-out.children"}).actions is None
    # refused even in local mode, where the local user is admin
    response = update(app.server.test_client(), "brand-new-out.children")
    assert response.status_code == 403


def test_a_new_undeclared_route_is_found_and_refused(small_settings: Settings) -> None:
    app = create_app(small_settings)
    app.server.add_url_rule("/secret-report", "secret_report", lambda: "names")
    assert undeclared_routes(app) == ["/secret-report"]
    response = app.server.test_client().get("/secret-report")
    assert (response.status_code, response.data) == (403, b"forbidden")


@pytest.mark.parametrize(
    "body",
    [
        None,
        [],
        "actors-grid.columnDefs",
        {"output": 3},
        {"output": "no-such.children"},
        {"output": {"id": "actors-grid", "property": "columnDefs"}},
    ],
)
def test_forged_callback_bodies_are_refused(small_settings: Settings, body: object) -> None:
    client = create_app(small_settings).server.test_client()
    response = client.post("/_dash-update-component", json=body, headers={"Origin": ORIGIN})
    assert response.status_code == 403
