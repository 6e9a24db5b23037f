"""The authorisation matrix: every role x every action, table-driven, over HTTP.

The tables below are the specification (issue: viewer sees, editor edits, researcher
exports, admin does everything); the code's own table is checked against them, and
every callback and page is then requested by every role through the real app.
Refused writes are proven harmless with a logical dump of every table.
"""

from __future__ import annotations

import dash
import pytest

from app.auth import policy
from app.auth.guard import allowed, callback_decision
from app.viewer import ACTIONS, LOCAL_USER, Viewer
from db.engine import make_engine
from db.exports.dump import logical_dump
from db.revision import current_revision
from tests.app.accounts import ORIGIN, accounts_app, login, update

ROLES = ("viewer", "editor", "researcher", "admin")
MAY = {  # role -> actions it is granted (the words)
    "viewer": {"view"},
    "editor": {"view", "edit"},
    "researcher": {"view", "export"},
    "admin": {"view", "edit", "export", "admin"},
}
# Callbacks that export (download) and that write, named by one of their outputs.
EXPORTS = {
    "explorer-download.data",
    "explorer-graph.generateImage",
    "explorer-png-caption.data",  # the PNG is framed with it
    "actors-grid.exportDataAsCsv",
    "ties-grid.exportDataAsCsv",
    "dashboard-grid.exportDataAsCsv",
    "expertise-download.data",
}
EDITS = {"assessment-saved.data"}  # plus every callback of the import page
ADMINS = {"actor-erase-modal.is_open", "actor-erase-target.data"}  # the erase dialog
EDIT_PAGES = {"/import"}
PAGES = (
    "/explorer",
    "/dashboard",
    "/actors",
    "/actor/S01",
    "/ties",
    "/expertise",
    "/experts",
    "/assessment",
    "/stories",
    "/import",
    "/no-such-page",
)


def spec_action(key: str) -> str:
    names = policy.output_names(key)
    if ADMINS & set(names):
        return "admin"
    if EXPORTS & set(names):
        return "export"
    if EDITS & set(names) or any(n.startswith("import-") for n in names):
        return "edit"
    return "view"


@pytest.fixture
def app(small_url: str) -> dash.Dash:
    built = accounts_app(small_url)
    built.server.test_client().get("/login")  # first request: Dash adds its router
    return built


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ACTIONS)
def test_role_x_action(role: str, action: str) -> None:
    assert Viewer("someone", role).may(action) == (action in MAY[role])


def test_the_local_user_may_do_everything() -> None:
    assert all(LOCAL_USER.may(action) for action in ACTIONS)


def test_every_cli_command_is_declared_and_user_admin_is_admin_only() -> None:
    from app.cli import cli

    commands = {c.name for c in cli.registered_commands} | {g.name for g in cli.registered_groups}
    assert commands == set(policy.CLI_ACTIONS)
    assert policy.CLI_ACTIONS["user"] == "admin"
    for role in ROLES:
        assert Viewer(role, role).may(policy.CLI_ACTIONS["user"]) == (role == "admin")


def server_callbacks(app: dash.Dash) -> list[str]:
    return [k for k, cb in app.callback_map.items() if "callback" in cb]


def test_every_callback_needs_what_the_spec_says(app: dash.Dash) -> None:
    keys = [k for k in server_callbacks(app) if not k.startswith(".._pages_content")]
    assert {spec_action(k) for k in keys} == {"view", "edit", "export", "admin"}
    for key in keys:
        decision = callback_decision(app, {"output": key})
        for role in ROLES:
            expected = spec_action(key) in MAY[role]
            assert allowed(Viewer(role, role), decision) == expected, (role, key)


@pytest.mark.parametrize("role", ROLES)
def test_every_refused_callback_is_refused_over_http(app: dash.Dash, role: str) -> None:
    client = login(app.server.test_client(), role)
    refused = [k for k in server_callbacks(app) if spec_action(k) not in MAY[role]]
    assert bool(refused) == (role != "admin")
    engine = make_engine(app.server.extensions["collabnet"].settings.database_url)
    before = logical_dump(engine)
    for key in refused:
        assert update(client, key).status_code == 403, key
    assert logical_dump(engine) == before
    engine.dispose()


@pytest.mark.parametrize("role", ROLES)
def test_role_x_page(app: dash.Dash, role: str) -> None:
    """Each page, as the index HTML and through Dash's pages router callback."""
    client = login(app.server.test_client(), role)
    for path in PAGES:
        action = "edit" if path in EDIT_PAGES else "view"
        expected = 200 if action in MAY[role] else 403
        assert client.get(path).status_code == expected, path
        router = update(
            client,
            ".._pages_content.children..._pages_store.data..",
            [
                {"id": "_pages_location", "property": "pathname", "value": path},
                {"id": "_pages_location", "property": "search", "value": ""},
            ],
        )
        assert router.status_code == expected, path


def test_a_decoy_pathname_cannot_smuggle_a_page_past_the_guard(app: dash.Dash) -> None:
    """Dash hands the router its inputs by position; the guard checks that position."""
    client = login(app.server.test_client(), "viewer")
    router = ".._pages_content.children..._pages_store.data.."
    decoy = [
        {"id": "anything", "property": "pathname", "value": "/import"},
        {"id": "_pages_location", "property": "pathname", "value": "/actors"},
    ]
    assert update(client, router, decoy).status_code == 403
    assert update(client, router, []).status_code == 403
    forged_type = {"output": router, "inputs": [
        {"id": "_pages_location", "property": "pathname", "value": ["/import"]}
    ]}  # fmt: skip
    assert callback_decision(app, forged_type).actions == {"view"}  # Dash shows its 404


def test_anonymous_visitors_get_nothing_but_the_login_form(app: dash.Dash) -> None:
    client = app.server.test_client()
    for path in PAGES:
        response = client.get(path)
        assert response.status_code == 302
        assert response.headers["Location"].startswith("/login?next=")
    for key in server_callbacks(app):
        assert update(client, key).status_code == 401, key
    for path in ("/_dash-layout", "/_dash-dependencies", "/assets/explorer.css"):
        assert client.get(path).status_code == 401, path
    assert client.get("/login").status_code == 200
    assert client.get("/assets/vendor/bootstrap.min.css").status_code == 200
    assert client.get("/assets/collabnet.css").status_code == 200


def _save_body() -> dict:
    scores = [("lo_sc_1", 3), ("lo_sc_2", 2)]
    return {
        "output": "..assessment-status.children...assessment-status.color"
        "...assessment-status.is_open...assessment-saved.data"
        "...assessment-save-partial.style..",
        "outputs": [
            {"id": "assessment-status", "property": p} for p in ("children", "color", "is_open")
        ]
        + [
            {"id": "assessment-saved", "property": "data"},
            {"id": "assessment-save-partial", "property": "style"},
        ],
        # Two of the eighteen statements: the confirmed partial save, which writes.
        "inputs": [
            {"id": "assessment-save", "property": "n_clicks", "value": 1},
            {"id": "assessment-save-partial", "property": "n_clicks", "value": 1},
        ],
        "changedPropIds": ["assessment-save-partial.n_clicks"],
        "state": [
            {"id": "assessment-actor", "property": "value", "value": "S01"},
            {"id": "assessment-checklist", "property": "value", "value": "learning_organisation"},
            {"id": "assessment-date", "property": "date", "value": "2026-11-30"},
            {"id": "assessment-note", "property": "value", "value": "forged"},
            [
                {"id": {"type": "assessment-score", "code": c}, "property": "value", "value": v}
                for c, v in scores
            ],
            [
                {
                    "id": {"type": "assessment-score", "code": c},
                    "property": "id",
                    "value": {"type": "assessment-score", "code": c},
                }
                for c, _v in scores
            ],
            {"id": "assessment-saved", "property": "data", "value": 0},
            {"id": "cn-language", "property": "data", "value": "en"},
        ],
    }


@pytest.mark.parametrize("role", ROLES)
def test_a_forged_save_writes_only_for_roles_that_may_edit(app: dash.Dash, role: str) -> None:
    engine = make_engine(app.server.extensions["collabnet"].settings.database_url)
    before, revision = logical_dump(engine), current_revision(engine)
    client = login(app.server.test_client(), role)
    response = client.post("/_dash-update-component", json=_save_body(), headers={"Origin": ORIGIN})
    if "edit" in MAY[role]:
        assert response.status_code == 200
        assert response.json["response"]["assessment-status"]["color"] == "success"
        assert len(logical_dump(engine)["assessment"]) == len(before["assessment"]) + 1
    else:
        assert response.status_code == 403
        assert logical_dump(engine) == before
        assert current_revision(engine) == revision
    engine.dispose()
