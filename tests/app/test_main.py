"""create_app: pages registered, repeatable, local assets only, compressed JSON."""

from __future__ import annotations

import gzip
import json
import re

import pytest

from app.main import create_app
from app.settings import Settings


def _update(client, output: str, outputs: dict, inputs: list, **headers):
    body = {
        "output": output,
        "outputs": outputs,
        "inputs": inputs,
        "changedPropIds": [],
        "state": [],
    }
    return client.post("/_dash-update-component", json=body, headers=headers)


def test_pages_and_home_redirect(small_settings: Settings) -> None:
    client = create_app(small_settings).server.test_client()
    home = client.get("/?lang=en")
    assert home.status_code == 302
    assert home.headers["Location"] == "/actors?lang=en"
    page = client.get("/actors")
    assert page.status_code == 200
    assert b"collabnet" in page.data


def test_create_app_can_be_called_repeatedly(small_settings: Settings) -> None:
    apps = [create_app(small_settings) for _ in range(3)]
    outputs = []
    for app in apps:
        deps = app.server.test_client().get("/_dash-dependencies").json
        outputs.append(sorted(d["output"] for d in deps))
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0]) == len(set(outputs[0]))  # no duplicated callback
    assert "actors-grid.columnDefs" in outputs[0]


def test_no_external_urls_in_the_page(small_settings: Settings) -> None:
    """Nothing downloads at run time: every stylesheet and script is served locally."""
    html = create_app(small_settings).server.test_client().get("/actors").data.decode()
    sources = re.findall(r'(?:href|src)="([^"]+)"', html)
    assert sources, html
    assert all(src.startswith("/") for src in sources), sources
    assert "/assets/vendor/bootstrap.min.css" in sources
    # Bootstrap first, then the house stylesheet that overrides it
    css = [s for s in sources if s.endswith(".css") or ".css?" in s]
    assert css[0] == "/assets/vendor/bootstrap.min.css"
    assert css.count("/assets/vendor/bootstrap.min.css") == 1  # not also auto-included
    assert any(s.startswith("/assets/collabnet.css") for s in css[1:])


def test_bundled_bootstrap_is_served(small_settings: Settings) -> None:
    response = (
        create_app(small_settings).server.test_client().get("/assets/vendor/bootstrap.min.css")
    )
    assert response.status_code == 200
    assert b"Bootstrap  v5.3" in response.data[:200]


def test_actor_rows_callback_is_compressed_and_correct(small_settings: Settings) -> None:
    client = create_app(small_settings).server.test_client()
    outputs = [
        {"id": component, "property": prop}
        for component, prop in (
            ("actors-grid", "rowData"),
            ("actors-title", "children"),
            ("actors-intro", "children"),
            ("actors-count", "children"),
            ("actors-alert", "children"),
            ("actors-alert", "is_open"),
            ("actors-columns-label", "children"),
            ("actors-columns", "options"),
            ("actors-export", "children"),
            ("actors-grid", "csvExportParams"),
        )
    ]
    output = "...".join(f"{o['id']}.{o['property']}" for o in outputs)
    response = _update(
        client,
        f"..{output}..",
        outputs,
        [{"id": "cn-language", "property": "data", "value": "en"}],
        **{"Accept-Encoding": "gzip"},
    )
    assert response.status_code == 200
    assert response.headers.get("Content-Encoding") == "gzip"
    payload = json.loads(gzip.decompress(response.data))["response"]
    rows = payload["actors-grid"]["rowData"]
    assert len(rows) == 6
    assert payload["actors-count"]["children"] == "6 actors"
    assert payload["actors-title"]["children"] == "Actors"
    assert payload["actors-grid"]["csvExportParams"] == {"fileName": "actors.csv"}
    assert {r["key"]: r["type"] for r in rows}["P02"] == "school leader"


def test_forged_column_choice_does_not_break_the_grid(small_settings: Settings) -> None:
    client = create_app(small_settings).server.test_client()
    response = _update(
        client,
        "actors-grid.columnDefs",
        {"id": "actors-grid", "property": "columnDefs"},
        [
            {"id": "cn-language", "property": "data", "value": {"__proto__": 1}},
            {"id": "actors-columns", "property": "value", "value": ["name", "'); drop", 3]},
        ],
    )
    assert response.status_code == 200
    defs = response.json["response"]["actors-grid"]["columnDefs"]
    assert [d["headerName"] for d in defs if not d["hide"]] == ["Naam"]


def test_wsgi_entry_point_reads_the_environment(
    small_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``gunicorn app.wsgi:server`` (the Docker image) builds the app from COLLABNET_*."""
    import importlib

    import flask

    monkeypatch.setenv("COLLABNET_DATABASE_URL", small_url)
    monkeypatch.setenv("COLLABNET_LANGUAGE", "en")
    import app.wsgi

    module = importlib.reload(app.wsgi)
    assert isinstance(module.server, flask.Flask)
    services = module.server.extensions["collabnet"]
    assert services.settings.database_url == small_url
    assert services.settings.language == "en"
    assert module.server.test_client().get("/actors").status_code == 200
