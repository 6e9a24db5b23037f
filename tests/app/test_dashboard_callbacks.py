"""Forged requests against the real Dash endpoint of the dashboard, ties and import pages.

The callbacks are thin; these tests prove that whatever a client posts (wrong types,
huge strings, unknown values) the answer is a normal page in a valid state, never a
server error. They go through Flask's test client, no browser.
"""

from __future__ import annotations

import json

import pytest

from app.main import create_app
from app.settings import Settings


def _post(app, output_fragment: str, inputs: list[dict], state: list[dict] | None = None):
    key = next(k for k in app.callback_map if output_fragment in k)
    outputs = []
    for part in key.strip(".").split("..."):
        element, prop = part.rsplit(".", 1)
        outputs.append({"id": element, "property": prop})
    body = {
        "output": key,
        "outputs": outputs if key.startswith("..") else outputs[0],  # single output: no list
        "inputs": inputs,
        "state": state or [],
        "changedPropIds": [f"{i['id']}.{i['property']}" for i in inputs],
    }
    client = app.server.test_client()
    return client.post(
        "/_dash-update-component", data=json.dumps(body), content_type="application/json"
    )


@pytest.fixture
def app(sqlite_url: str):
    return create_app(Settings(database_url=sqlite_url, secret_key="test", language="nl"))


@pytest.mark.parametrize(
    ("level", "directed", "attribute"),
    [
        ({"evil": 1}, "x" * 10_000, ["../etc"]),
        ("organisation", ["directed"] * 50, None),
        (None, None, "<script>"),
        (12, True, 3.5),
    ],
)
def test_dashboard_survives_forged_controls(app, level, directed, attribute) -> None:
    response = _post(
        app,
        "dashboard-scope.children",
        [
            {"id": "dashboard-level", "property": "value", "value": level},
            {"id": "dashboard-directed", "property": "value", "value": directed},
            {"id": "dashboard-attribute", "property": "value", "value": attribute},
            {"id": "cn-language", "property": "data", "value": {"lang": "xx"}},
        ],
    )
    assert response.status_code == 200
    payload = response.get_json()["response"]
    scope = payload["dashboard-scope"]["children"]
    assert scope.startswith("Netwerk van")  # Dutch default, a valid level
    query = payload["dashboard-query"]["data"]
    assert "evil" not in query and "script" not in query and "etc" not in query


def test_ties_survive_forged_column_choice(app) -> None:
    response = _post(
        app,
        "ties-grid.columnDefs",
        [
            {"id": "cn-language", "property": "data", "value": "en"},
            {"id": "ties-columns", "property": "value", "value": [{"x": 1}, "mode", "nope"]},
        ],
    )
    assert response.status_code == 200
    defs = response.get_json()["response"]["ties-grid"]["columnDefs"]
    assert [d["field"] for d in defs if not d["hide"]] == ["mode"]


def test_import_survives_forged_upload(app) -> None:
    response = _post(
        app,
        "import-status.children",
        [
            {"id": "import-upload", "property": "contents", "value": ["not a data url", 5]},
            {"id": "import-confirm", "property": "n_clicks", "value": None},
        ],
        [
            {"id": "import-upload", "property": "filename", "value": ["../../x.csv"]},
            {"id": "import-add-themes", "property": "value", "value": "add"},
            {"id": "cn-language", "property": "data", "value": "en"},
        ],
    )
    assert response.status_code == 200
    payload = response.get_json()["response"]
    assert payload["import-confirm"]["disabled"] is True
    rows = payload["import-errors"]["rowData"]
    assert [row["file"] for row in rows] == ["x.csv", "upload-2"]
