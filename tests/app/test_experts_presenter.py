"""The expert finder presenter on a small hand-built partnership (no browser)."""

from __future__ import annotations

from urllib.parse import parse_qsl

import pytest

from app.presenters import experts as presenter
from app.presenters.introduction_picture import path_elements
from app.viewer import LOCAL_USER
from tests.app.expertise_records import ANNA, BRAM, CEES, small_partnership


@pytest.fixture
def records():
    return small_partnership()


def test_forged_inputs_are_dropped_or_clamped(records) -> None:
    form = presenter.form_from_inputs(
        records,
        themes=["dyslexia", "nonsense", 3, "dyslexia"],
        asker="P1",
        text="x" * 2000,
        prefs=["outside", "drop table", None],
        sectors=["po", "xx"],
        regions=["Veenhoven", "Atlantis"],
        career_phase="ancient",
        kinds=["group", "person"],
        weights=[2, -1, "0.3", float("nan")],
        limit="9999",
    )
    assert form.themes == ("dyslexia",)
    assert form.asker == "P1"
    assert len(form.text) == presenter.MAX_TEXT
    assert (form.outside, form.face_to_face) == (True, False)
    assert form.sectors == ("po",) and form.regions == ("Veenhoven",)
    assert form.career_phase is None
    assert form.kinds == ("person",)
    assert form.weights == (1.0, 0.0, 0.3, 0.15)
    assert form.limit == presenter.MAX_LIMIT


@pytest.mark.parametrize("asker", ["G1", "nobody", {"key": "P1"}, ["P1"], None])
def test_a_group_or_unknown_asker_is_no_asker(records, asker) -> None:
    assert presenter.form_from_inputs(records, asker=asker).asker is None


def test_oversized_lists_are_ignored(records) -> None:
    form = presenter.form_from_inputs(records, themes=["dyslexia"] * 500, asker="P1")
    assert form.themes == ()


def test_query_string_round_trip(records) -> None:
    form = presenter.form_from_inputs(
        records,
        themes=["dyslexia", "ict"],
        asker="P1",
        text="lezen & schrijven",
        prefs=["f2f"],
        sectors=["vo"],
        career_phase="experienced",
        kinds=["person"],
        weights=[0.6, 0.2, 0.1, 0.1],
        limit=5,
    )
    query = presenter.form_to_query(form)
    assert dict(parse_qsl(query))["themes"] == "dyslexia,ict"
    assert presenter.form_from_query(records, dict(parse_qsl(query))) == form
    assert presenter.form_to_query(presenter.ExpertForm()) == ""


def test_search_ranks_the_reachable_expert_first_with_her_path(records) -> None:
    form = presenter.form_from_inputs(records, themes=["dyslexia"], asker="P1", kinds=["person"])
    view = presenter.search(records, LOCAL_USER, form, "nl")
    assert view.message is None
    # Bram has no stated expertise, only a tie and a story on the theme: last
    assert [c.key for c in view.cards] == ["P3", "P4", "P2"]
    cees, dirk, bram = view.cards
    assert bram.evidence == (
        "Samenwerkingen over deze thema's: 1",
        "Waardecreatieverhalen over deze thema's: 1",
    )
    assert cees.rank == 1 and cees.has_path
    assert (
        cees.path_text
        == "Anna Aal werkt samen met Bram Beuk; Bram Beuk werkt samen met Cees Ceder."
    )
    assert cees.type_label == "leraar" and cees.organisations == "Het Baken"
    assert cees.evidence == (
        "Noemt dyslexieprotocol als expertise (niveau: expert)",
        "Samenwerkingen over deze thema's: 1",
        "Waardecreatieverhalen over deze thema's: 1",
    )
    # the parts' shares add up to the score; weights are the documented defaults
    assert sum(share for *_, share in cees.parts) == pytest.approx(cees.score, abs=0.003)
    assert [p[0] for p in cees.parts] == list(presenter.PARTS)
    assert not dirk.has_path
    assert dirk.path_text == "Geen bekende verbinding."
    assert dirk.elements and all("source" not in e["data"] for e in dirk.elements)
    assert view.summary == "3 kandidaten voor Anna Aal, beste eerst."
    assert view.query_string == "themes=dyslexia&asker=P1&kinds=person"


def test_search_in_english_with_free_text(records) -> None:
    form = presenter.form_from_inputs(
        records, themes=["dyslexia"], asker="P1", text="leesproblemen", kinds=["person"]
    )
    view = presenter.search(records, LOCAL_USER, form, "en")
    cees = view.cards[0]
    assert cees.key == "P3"
    assert "States dyslexia protocol as expertise (level: expert)" in cees.evidence
    assert any(
        e.startswith("Matches the question:") and "leesproblemen" in e for e in cees.evidence
    )
    assert cees.path_text.startswith("Anna Aal works with Bram Beuk")


def test_messages_instead_of_silence(records) -> None:
    no_asker = presenter.search(records, LOCAL_USER, presenter.ExpertForm(themes=("ict",)), "nl")
    assert no_asker.message == "Kies eerst wie er vraagt."
    no_theme = presenter.search(records, LOCAL_USER, presenter.ExpertForm(asker="P1"), "nl")
    assert no_theme.message == "Kies een thema of typ een vraag."
    nobody = presenter.search(
        records, LOCAL_USER, presenter.ExpertForm(asker="P1", themes=("citizenship",)), "nl"
    )
    assert nobody.cards == () and nobody.message.startswith("Niemand in het partnerschap")


def test_the_asker_as_only_expert_is_never_proposed(records) -> None:
    form = presenter.form_from_inputs(records, themes=["dyslexia"], asker="P3")
    view = presenter.search(records, LOCAL_USER, form, "nl")
    assert "P3" not in [c.key for c in view.cards]
    # her own school knows what she knows, except what the asker herself knows
    assert "S2" not in [c.key for c in view.cards]


def test_path_picture_highlights_the_path(records) -> None:
    from graph.introductions import introduction_graph, introduction_paths

    path = introduction_paths(introduction_graph(records), ANNA).get(CEES)
    elements = path_elements(records, path, ANNA, CEES)
    nodes = {e["data"]["id"]: e for e in elements if "source" not in e["data"]}
    edges = [e for e in elements if "source" in e["data"]]
    assert "asker" in nodes[str(ANNA)]["classes"] and "candidate" in nodes[str(CEES)]["classes"]
    assert "path" in nodes[str(BRAM)]["classes"]
    path_edges = [
        (e["data"]["source"], e["data"]["target"]) for e in edges if e["classes"] == "path"
    ]
    assert path_edges == [(str(ANNA), str(BRAM)), (str(BRAM), str(CEES))]
    assert [nodes[str(n)]["position"]["y"] for n in path.nodes] == [0, 0, 0]
    # context neighbours are grey and off the line
    context = [e for e in nodes.values() if "context" in e["classes"]]
    assert context and all(e["position"]["y"] != 0 for e in context)


def test_options_are_labelled_in_the_language(records) -> None:
    options = presenter.asker_options(records, "nl")
    assert {"label": "Anna Aal (leraar, De Linde)", "value": "P1"} in options
    assert all(o["value"] != "G1" for o in options)
    assert presenter.code_options(records, "theme", "en")[0] == {
        "label": "dyslexia protocol",
        "value": "dyslexia",
    }
    assert presenter.region_options(records) == [
        {"label": "Lindeburg", "value": "Lindeburg"},
        {"label": "Veenhoven", "value": "Veenhoven"},
    ]
