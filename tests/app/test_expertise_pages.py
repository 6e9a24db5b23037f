"""The four issue-6 pages in a real app: registered, in the navbar, catalogues complete,
and callbacks that survive forged input (through Flask's test client, no browser)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.i18n import MESSAGES
from app.main import create_app
from app.messages import assessment, expertise, experts, stories
from app.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
MODULES = (experts, expertise, assessment, stories)
SOURCES = (
    [
        ROOT / "app" / "pages" / f"{name}.py"
        for name in ("experts", "expertise", "assessment", "stories")
    ]
    + [
        ROOT / "app" / "presenters" / f"{name}.py"
        for name in ("experts", "expertise", "assessment", "stories")
    ]
    + [ROOT / "app" / "commands" / "experts.py"]
)


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_catalogues_are_complete_and_registered(module) -> None:
    nl, en = module.MESSAGES["nl"], module.MESSAGES["en"]
    assert set(nl) == set(en)
    for key, text in nl.items():
        assert set(re.findall(r"{(\w+)}", text)) == set(re.findall(r"{(\w+)}", en[key])), key
        assert MESSAGES["nl"][key] == text and MESSAGES["en"][key] == en[key]


def test_every_literal_message_key_used_exists() -> None:
    used = set()
    for path in SOURCES:
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-z_.]+)["']""", path.read_text()))
    assert used, "the pattern should find the literal keys"
    assert sorted(k for k in used if k not in MESSAGES["nl"]) == []


def _update(client, outputs: list[tuple[str, str]], inputs: list[dict]):
    """POST one callback the way the Dash renderer does; the output key comes from the
    app's own dependency list."""
    first = f"{outputs[0][0]}.{outputs[0][1]}"
    deps = client.get("/_dash-dependencies").json
    output = next(d["output"] for d in deps if first in d["output"].split(".."))
    body = {
        "output": output,
        "outputs": [{"id": i, "property": p} for i, p in outputs],
        "inputs": inputs,
        "changedPropIds": [],
        "state": [],
    }
    return client.post("/_dash-update-component", json=body)


def test_pages_answer_and_sit_in_the_navbar(small_settings: Settings) -> None:
    app = create_app(small_settings)
    client = app.server.test_client()
    for path in ("/experts", "/expertise", "/assessment", "/stories"):
        assert client.get(path).status_code == 200, path
    outputs = {d["output"] for d in client.get("/_dash-dependencies").json}
    assert any("experts-results.children" in o for o in outputs)
    assert any("expertise-heatmap.figure" in o for o in outputs)
    assert any("assessment-chart.figure" in o for o in outputs)
    assert any("stories-cards.children" in o for o in outputs)
    navbar = str(app.layout)
    for label in ("Expertzoeker", "Expertisekaart", "Zelfevaluatie", "Verhalen"):
        assert label in navbar


def test_expert_search_callback_with_forged_input(small_settings: Settings) -> None:
    client = create_app(small_settings).server.test_client()
    outputs = [
        ("experts-results", "children"),
        ("experts-summary", "children"),
        ("experts-alert", "children"),
        ("experts-alert", "is_open"),
        ("experts-query", "data"),
    ]
    names = ["themes", "text", "asker", "prefs", "sectors", "regions", "phase", "kinds"]
    values = [["x" * 500] * 300, {"a": 1}, "'; DROP TABLE actor; --", 7, None, "Atlantis",
              ["starting"], "group"]  # fmt: skip
    inputs = [{"id": f"experts-{n}", "property": "value", "value": v} for n, v in
              zip(names, values, strict=True)]  # fmt: skip
    inputs += [
        {"id": f"experts-weight-{p}", "property": "value", "value": "NaN"}
        for p in ("expertise", "proximity", "availability", "preference")
    ]
    inputs.append({"id": "cn-language", "property": "data", "value": "xx"})
    response = _update(client, outputs, inputs)
    assert response.status_code == 200
    payload = response.json["response"]
    assert payload["experts-alert"]["children"] == "Kies eerst wie er vraagt."
    assert payload["experts-results"]["children"] == []
    assert payload["experts-query"]["data"] == ""


def test_stories_callback_with_forged_input(small_settings: Settings) -> None:
    client = create_app(small_settings).server.test_client()
    outputs = [
        ("stories-cards", "children"),
        ("stories-count", "children"),
        ("stories-alert", "children"),
        ("stories-alert", "is_open"),
    ]
    inputs = [
        {"id": f"stories-{n}", "property": "value", "value": v}
        for n, v in zip(
            ("tie", "group", "actor", "theme", "level", "outcome"),
            (["T1"], "G01", "S01" * 100, "<img>", 3, None),
            strict=True,
        )
    ]
    inputs.append({"id": "cn-language", "property": "data", "value": "en"})
    response = _update(client, outputs, inputs)
    assert response.status_code == 200
    payload = response.json["response"]
    assert payload["stories-count"]["children"] == "0 stories"
    assert payload["stories-alert"]["children"] == "No stories for this selection."


def test_an_unreadable_database_is_said_in_words(tmp_path) -> None:
    from app.pages import assessment as assessment_page
    from app.pages import expertise as expertise_page
    from app.pages import experts as experts_page
    from app.pages import stories as stories_page

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'blank.db'}", secret_key="t")
    app = create_app(settings)
    with app.server.app_context():
        for page in (experts_page, expertise_page, assessment_page, stories_page):
            shown = page.layout()
            assert shown.children.startswith("De database kon niet worden gelezen"), page


def test_export_callback_sends_an_xlsx(small_settings: Settings) -> None:
    import base64
    import io

    import openpyxl

    client = create_app(small_settings).server.test_client()
    deps = client.get("/_dash-dependencies").json
    dep = next(d for d in deps if d["output"] == "expertise-download.data")
    body = {
        "output": dep["output"],
        "outputs": {"id": "expertise-download", "property": "data"},
        "inputs": [{"id": "expertise-export", "property": "n_clicks", "value": 1}],
        "state": [
            {"id": "expertise-unit", "property": "value", "value": "sector"},
            {"id": "expertise-measure", "property": "value", "value": {"evil": 1}},
            {"id": "expertise-sectors", "property": "value", "value": ["po"]},
            {"id": "expertise-regions", "property": "value", "value": None},
            {"id": "cn-language", "property": "data", "value": "en"},
        ],
        "changedPropIds": ["expertise-export.n_clicks"],
    }
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 200
    data = response.json["response"]["expertise-download"]["data"]
    assert data["filename"] == "expertise-map.xlsx"
    book = openpyxl.load_workbook(io.BytesIO(base64.b64decode(data["content"])))
    provenance = dict(book["provenance"].iter_rows(min_row=2, values_only=True))
    assert provenance["Selection"] == "Sector primary education, by sector."
