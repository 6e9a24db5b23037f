"""The expertise map presenter: sentences, heatmap numbers, scope, XLSX (no browser)."""

from __future__ import annotations

import io

import openpyxl
import pytest

from app.presenters import expertise as presenter
from app.viewer import LOCAL_USER
from tests.app.expertise_records import small_partnership


def view(records, language="nl", **raw):
    form = presenter.form_from_inputs(
        records, raw.get("unit"), raw.get("measure"), raw.get("sectors"), raw.get("regions")
    )
    return presenter.build_view(records, LOCAL_USER, form, language)


def test_gaps_in_plain_words() -> None:
    result = view(small_partnership())
    lines = {(g.theme, g.kind): g.sentence for g in result.gaps}
    assert set(lines) == {("citizenship", "no_supply"), ("ict", "no_supply")}
    assert lines[("citizenship", "no_supply")] == (
        "Er is vraag naar burgerschap (De Linde) maar niemand in het partnerschap noemt het "
        "als expertise."
    )
    assert lines[("ict", "no_supply")].startswith("Er is vraag naar ICT (De Linde, De Wilg)")
    english = view(small_partnership(), "en")
    assert english.gaps[0].sentence == (
        "There is demand for citizenship (De Linde) but nobody in the partnership states it "
        "as expertise."
    )
    assert result.scope == "Het hele partnerschap, per organisatie."


def test_single_supplier_and_unconnected() -> None:
    from dataclasses import replace

    from graph.records import ActorThemeRecord

    records = small_partnership()
    # only Dirk (no ties, no organisation) states ict; De Linde and De Wilg want it
    records = replace(
        records,
        actor_themes=(*records.actor_themes, ActorThemeRecord(14, "ict", "expertise")),
    )
    lines = {(g.theme, g.kind): g.sentence for g in view(records).gaps}
    assert lines[("ict", "single_supplier")] == (
        "Het aanbod voor ICT hangt aan één persoon: Dirk Den. Vraag bij 2 actoren."
    )
    assert lines[("ict", "unconnected")] == (
        "Voor ICT is er vraag (De Linde, De Wilg) en aanbod (Dirk Den), maar geen "
        "samenwerking tussen beide kanten."
    )


def test_should_meet_with_reasons() -> None:
    (meet,) = view(small_partnership()).meet
    assert (meet.rank, meet.first, meet.second) == (1, "De Linde", "De Wilg")
    assert meet.reason == (
        "allebei bezig met ICT; zelfde sector; zelfde regio; nog geen samenwerking"
    )
    assert meet.score == 1.75


def test_heatmap_numbers_and_hover() -> None:
    result = view(small_partnership(), unit="organisation", measure="balance")
    (trace,) = result.figure["data"]
    assert trace["type"] == "heatmap"
    cell = dict(zip(trace["x"], range(len(trace["x"])), strict=True))
    row = trace["y"].index("burgerschap")
    assert trace["z"][row][cell["De Linde"]] == -1  # demand 1, supply 0
    assert trace["customdata"][row][cell["De Linde"]] == [0, 1]
    dys = trace["y"].index("dyslexieprotocol")
    assert trace["z"][dys][cell["Het Baken"]] == 1  # Cees's expertise counts for his school
    assert "Aanbod: %{customdata[0]}" in trace["hovertemplate"]
    assert trace["zmin"] == -trace["zmax"]


def test_user_text_is_escaped_in_the_figure() -> None:
    result = view(small_partnership(S2="<b>Het Baken</b>"))
    assert "&lt;b&gt;Het Baken&lt;/b&gt;" in result.figure["data"][0]["x"]
    assert not any("<b>" in x for x in result.figure["data"][0]["x"])


def test_scope_by_sector_and_region() -> None:
    records = small_partnership()
    result = view(records, sectors=["vo"])
    assert result.scope == "Sector voortgezet onderwijs, per organisatie."
    assert set(result.table["unit"]) == {"Het Baken"}
    assert [(g.theme, g.kind) for g in result.gaps] == [("dyslexia", "single_supplier")]
    scoped = presenter.scope_records(records, ["po"], ["Veenhoven"])
    assert {a.key for a in scoped.actors} == {"S1", "S3", "P1", "P2"}
    assert [t.key for t in scoped.ties] == ["T1"]
    region = view(records, "en", unit="region", regions=["Lindeburg"])
    assert region.scope == "Region Lindeburg, by region."


@pytest.mark.parametrize(
    "raw",
    [
        {"unit": "galaxy", "measure": "<script>", "sectors": "po", "regions": 5},
        {"unit": ["person"], "measure": None, "sectors": ["x"] * 500, "regions": [None]},
    ],
)
def test_forged_form_values_fall_back(raw) -> None:
    form = presenter.form_from_inputs(
        small_partnership(), raw["unit"], raw["measure"], raw["sectors"], raw["regions"]
    )
    assert form.unit == "organisation" and form.measure == "balance"
    assert form.regions == ()
    assert form.sectors in ((), ("po",))


def test_workbook_has_four_sheets_and_provenance() -> None:
    records = small_partnership(S3='=HYPERLINK("http://x")')
    result = view(records, sectors=["po"])
    content = presenter.workbook(result, records.revision)
    book = openpyxl.load_workbook(io.BytesIO(content))
    assert book.sheetnames == ["supply_demand", "gaps", "should_meet", "provenance"]
    rows = list(book["provenance"].iter_rows(values_only=True))
    assert rows[0] == ("Veld", "Waarde")
    assert rows[1] == ("Selectie", "Sector primair onderwijs, per organisatie.")
    assert rows[3] == ("Datarevisie", "7")
    assert rows[4][0] == "collabnet-versie" and rows[4][1]
    supply = list(book["supply_demand"].iter_rows(values_only=True))
    assert supply[0] == ("Thema", "Eenheid", "Aanbod", "Vraag")
    assert ("citizenship", "De Linde", 0, 1) in supply
    meet = list(book["should_meet"].iter_rows(values_only=True))
    # a name that looks like a formula is stored as text, never run
    assert meet[1][2] == '\'=HYPERLINK("http://x")'
    assert book["should_meet"].cell(row=2, column=3).data_type == "s"
    gaps = list(book["gaps"].iter_rows(values_only=True))
    assert gaps[1][:2] == ("citizenship", "no_supply")


def test_the_selection_goes_into_the_url() -> None:
    records = small_partnership()
    assert view(records).query_string == ""
    chosen = view(records, unit="region", measure="demand", sectors=["po"], regions=["Veenhoven"])
    assert chosen.query_string == "unit=region&measure=demand&sector=po&region=Veenhoven"


@pytest.fixture(scope="module")
def demo_records(sqlite_template, tmp_path_factory):
    from tests.demo_database import demo_database, read_records

    return read_records(demo_database(sqlite_template, tmp_path_factory.mktemp("heatmap")))


@pytest.mark.parametrize("unit", ["person", "organisation", "sector", "region"])
def test_heatmap_names_every_column_and_row(demo_records, unit: str) -> None:
    """Plotly thinned the names to what fit (20 of 39 organisations, 32 of 192 persons):
    every tick is listed, each column has its own cell width, vertical names when long."""
    from app.presenters.heatmap_layout import CELL_PX, FONT_PX, label_px

    result = view(demo_records, unit=unit)
    (trace,) = result.figure["data"]
    layout = result.figure["layout"]
    columns = sorted(set(result.table["unit"]), key=str.casefold)
    assert len(trace["x"]) == len(columns) > 3
    assert layout["xaxis"]["tickmode"] == "array"
    assert layout["xaxis"]["tickvals"] == trace["x"]
    assert layout["xaxis"]["ticktext"] == trace["x"]
    assert layout["yaxis"]["tickvals"] == layout["yaxis"]["ticktext"] == trace["y"]
    plot_width = layout["width"] - layout["margin"]["l"] - layout["margin"]["r"]
    cell = plot_width / len(columns)
    assert cell >= CELL_PX
    if layout["xaxis"]["tickangle"] == 0:
        assert label_px(trace["x"]) < cell  # upright names fit in their cells
    else:
        assert layout["xaxis"]["tickangle"] == -90 and cell > FONT_PX * 1.5
        assert layout["margin"]["t"] >= label_px(trace["x"])
    assert layout["height"] >= CELL_PX * len(trace["y"])
    if unit in ("person", "organisation"):
        assert layout["xaxis"]["tickangle"] == -90
