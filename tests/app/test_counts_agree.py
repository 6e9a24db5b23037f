"""Explorer, dashboard and exports agree on the demo: one tie count, said in words,
one community numbering, and a mixed level whose ego views show both kinds of actor.

The demo is a real migrated SQLite file loaded through the importer; presenters are
called as the pages call them.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.presenters.dashboard import dashboard_view
from app.presenters.dashboard_cuts import tie_cuts
from app.presenters.explorer_details import DetailsIndex, edge_details, node_details
from app.presenters.explorer_view import full_metrics
from app.presenters.view_export import tables
from app.viewer import LOCAL_USER
from db.engine import make_engine
from graph.counts import counting_rule
from graph.filters import network_for
from graph.records import NetworkRecords
from graph.temporal import turnover
from graph.timeslice import school_years
from tests.app.test_explorer_view import _fresh_caches, _view  # noqa: F401 - fixture
from tests.demo_database import demo_database, read_records

PERSON_40 = 40


@pytest.fixture(scope="module")
def demo_url(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    return demo_database(sqlite_template, tmp_path_factory.mktemp("counts-agree"))


@pytest.fixture(scope="module")
def records(demo_url: str) -> NetworkRecords:
    return read_records(demo_url)


@pytest.fixture
def engine(demo_url: str):
    eng: Engine = make_engine(demo_url)
    yield eng
    eng.dispose()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_organisation_level_tie_count_is_one_number_stated_in_words(
    records, engine, language
) -> None:
    view = _view(records, "level=organisation", language)
    dashboard = dashboard_view(engine, LOCAL_USER, language, level="organisation")
    summary = {r["metric"]: r["value"] for r in dashboard.summary_rows}
    ties = tables(view, records.revision)["ties"]
    assert view.ties == int(summary["ties"]) == len(ties) == 184
    assert (ties["source"] != ties["target"]).all()  # no self-loop in the export
    rule = counting_rule("organisation", language)
    assert "interne samenwerking" in counting_rule("organisation", "nl")
    assert "internal collaboration" in counting_rule("organisation", "en")
    word = "banden" if language == "nl" else "ties"
    assert view.sentence.startswith(f"39 {'actoren en' if language == 'nl' else 'actors and'}")
    assert f"184 {word}." in view.sentence and view.sentence.endswith(rule)
    assert f"184 {word}." in dashboard.scope and dashboard.scope.endswith(rule)
    provenance = dict(tables(view, records.revision)["provenance"].values.tolist())
    assert provenance["tie_definition"] == rule


def test_an_organisation_panel_shows_its_internal_collaborations(records) -> None:
    view = _view(records, "level=organisation")
    index = DetailsIndex.from_records(records)
    school = next(a.id for a in records.actors if a.key == "S01")
    panel = node_details(school, view.graph, index, None, language="nl", viewer=LOCAL_USER)
    assert panel["internal_ties"] == view.graph.nodes[school]["internal_ties"] > 0
    assert all(t["other_id"] != school for t in panel["ties"])


def test_communities_carry_one_number_in_explorer_dashboard_and_tables(records, engine) -> None:
    view = _view(records, "level=organisation&color=community")
    metrics = full_metrics(records, view)
    index = DetailsIndex.from_records(records)
    explorer = {}
    for node in view.graph:
        panel = node_details(node, view.graph, index, metrics, language="en", viewer=LOCAL_USER)
        explorer[node] = next(r["value"] for r in panel["metrics"] if r["metric"] == "community")
    dashboard = dashboard_view(engine, LOCAL_USER, "en", level="organisation")
    keys = {a.key: a.id for a in records.actors}
    table = {keys[r["key"]]: r["community"] for r in dashboard.node_rows}
    assert table == explorer and min(table.values()) == 1
    exported = tables(view, records.revision, metrics)["metrics"]
    assert dict(zip(exported["id"], exported["community"], strict=True)) == table
    legend = [e["label"] for e in view.legend if e["section"] == "colour"]
    assert legend[0] == "gemeenschap 1"
    # "Community k: n actors" in the dashboard text names the actors numbered k
    sizes = Counter(table.values())
    headings = [heading for heading, _themes, _who in dashboard.communities if heading]
    assert len(headings) >= 2
    for heading in headings:
        number = int(heading.split()[1].rstrip(":"))
        assert heading == f"Community {number}: {sizes[number]} actors"


def test_mixed_ego_of_a_person_is_not_the_person_level(records) -> None:
    mixed = _view(records, f"level=mixed&ego={PERSON_40}")
    person = _view(records, f"ego={PERSON_40}")
    kinds = Counter(mixed.graph.nodes[n]["kind"] for n in mixed.graph)
    assert kinds["organisation"] >= 1 and kinds["person"] == person.nodes
    classes = Counter(
        c.split()[0] for e in mixed.elements if "source" in e["data"] for c in [e["classes"]]
    )
    assert classes["affiliation"] >= 1
    assert {e["label"] for e in mixed.legend} >= {"werkt bij (dienstverband, geen band)"}
    assert "dienstverband" in mixed.sentence


def test_mixed_ego_of_an_organisation_shows_persons(records) -> None:
    school = next(a.id for a in records.actors if a.key == "S01")
    view = _view(records, f"level=mixed&ego={school}")
    kinds = Counter(view.graph.nodes[n]["kind"] for n in view.graph)
    assert kinds["person"] >= 1 and kinds["organisation"] >= 2
    drawn = {e["data"]["id"] for e in view.elements if "position" in e}
    assert drawn == {str(n) for n in view.graph}


def test_mixed_dashboard_counts_ties_and_never_calls_an_affiliation_a_tie(records, engine):
    dashboard = dashboard_view(engine, LOCAL_USER, "nl", level="mixed")
    summary = {r["metric"]: r["value"] for r in dashboard.summary_rows}
    pairs = {frozenset((t.source, t.target)) for t in records.ties}
    assert int(summary["ties"]) == len(pairs)
    assert dashboard.scope.endswith(counting_rule("mixed", "nl"))
    G = network_for(records, None, "mixed")
    assert all(frozenset(c.removed) in pairs for c in tie_cuts(G))
    years = school_years(records)
    change = turnover(records, years[-2], years[-1], level="mixed")
    assert all(frozenset(p) in pairs for p in (*change.started, *change.persisting))


def test_an_affiliation_line_opens_as_an_affiliation_not_a_tie(records) -> None:
    view = _view(records, f"level=mixed&ego={PERSON_40}")
    index = DetailsIndex.from_records(records)
    line = next(e["data"] for e in view.elements if e.get("classes") == "affiliation")
    details = edge_details(line["source"], line["target"], view.graph, index, "en")
    assert details["affiliation"] is True and details["count"] == 0 and details["ties"] == []
    panel = node_details(PERSON_40, view.graph, index, None, language="en", viewer=LOCAL_USER)
    organisations = {o["id"] for o in panel["organisations"]}
    assert organisations and not organisations & {t["other_id"] for t in panel["ties"]}
