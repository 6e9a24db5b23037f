"""Clean imports: what lands where, re-imports update, edge lists, --add-themes, dry runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from db.engine import make_engine
from db.exports.dump import logical_dump
from db.imports import ImportFailed, import_files
from db.models import Actor, ActorTheme, CodebookEntry, Tie, TieCode

RICH = Path(__file__).resolve().parents[1] / "data" / "import" / "rich"


@pytest.fixture
def sqlite_engine(sqlite_url: str):
    engine = make_engine(sqlite_url)
    yield engine
    engine.dispose()


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def actor(engine: Engine, key: str) -> dict:
    with engine.connect() as conn:
        row = conn.execute(select(Actor.__table__).where(Actor.__table__.c.key == key)).one()
    return dict(row._mapping)


def tie_codes(engine: Engine, key: str) -> set[tuple[str, str]]:
    t, tc, e = Tie.__table__, TieCode.__table__, CodebookEntry.__table__
    query = (
        select(e.c.category, e.c.code)
        .join(tc, tc.c.entry_id == e.c.id)
        .join(t, t.c.id == tc.c.tie_id)
        .where(t.c.key == key)
    )
    with engine.connect() as conn:
        return set(conn.execute(query).all())


def test_rich_sample_lands_with_resolved_codes(sqlite_engine: Engine):
    report = import_files(sqlite_engine, sorted(RICH.glob("*.csv")))
    assert report.created == {
        "actor": 9,
        "actor_theme": 8,
        "affiliation": 5,
        "assessment": 2,
        "assessment_score": 3,
        "codebook_entry": 1,
        "membership": 3,
        "story": 2,
        "story_theme": 1,
        "tie": 5,
        "tie_code": 8,
    }
    assert report.created_actors == ["Mr. Unknown"]
    s02 = actor(sqlite_engine, "S02")
    assert (s02["name"], s02["type"], s02["kind"], s02["sector"]) == (
        "Café-school Élan",
        "school",
        "organisation",
        "vo",
    )
    p01 = actor(sqlite_engine, "P01")
    assert (p01["name"], p01["kind"], p01["career_phase"], p01["consent"]) == (
        "NA",
        "person",
        "starting",
        True,
    )
    assert actor(sqlite_engine, "P02")["name"] == "None"
    assert actor(sqlite_engine, "S01")["attributes"] == {"Grootte": "412"}
    assert tie_codes(sqlite_engine, "T1") == {
        ("theme", "dyslexia"),
        ("theme", "reading_language"),
        ("motive", "co_creation"),
        ("condition", "reciprocity"),
    }
    unknown = actor(sqlite_engine, "Mr. Unknown")
    assert (unknown["type"], unknown["kind"]) == ("external_expert", "person")


def test_second_import_updates_and_never_duplicates(sqlite_engine: Engine, tmp_path: Path):
    files = sorted(RICH.glob("*.csv"))
    import_files(sqlite_engine, files)
    before = logical_dump(sqlite_engine)
    again = import_files(sqlite_engine, files)
    assert again.created == {} and again.updated == {}
    assert logical_dump(sqlite_engine) == before

    actors = write(tmp_path / "a.csv", "id,name,type,region\nS01,De Zeester,school,Almere\n")
    ties = write(tmp_path / "t.csv", "id,source,target,frequency,themes\nT1,P01,P02,weekly,ict\n")
    report = import_files(sqlite_engine, [actors, ties])
    assert report.created == {"tie_code": 1}
    assert report.updated == {"actor": 1, "tie": 1, "tie_code": 2}
    s01 = actor(sqlite_engine, "S01")
    # columns absent from the file (sector, attributes) are left alone
    assert (s01["name"], s01["region"], s01["sector"]) == ("De Zeester", "Almere", "po")
    assert s01["attributes"] == {"Grootte": "412"}
    # themes replaced, motives and conditions (absent columns) kept
    assert tie_codes(sqlite_engine, "T1") == {
        ("theme", "ict"),
        ("motive", "co_creation"),
        ("condition", "reciprocity"),
    }
    after = logical_dump(sqlite_engine)
    assert len(after["actor"]) == len(before["actor"])
    assert len(after["tie"]) == len(before["tie"])


def test_edge_list_on_its_own(sqlite_engine: Engine, tmp_path: Path):
    edges = write(
        tmp_path / "edges.csv",
        "Source,Target,Weight\nAnn de Wit,Bert Kok,3\nBert Kok,Carla Mol,\nAnn de Wit,Carla Mol,1.5\n",
    )
    report = import_files(sqlite_engine, [edges])
    assert report.files == [("edges.csv", "edgelist", 3)]
    assert report.created_actors == ["Ann de Wit", "Bert Kok", "Carla Mol"]
    assert report.created == {"actor": 3, "tie": 3}
    with sqlite_engine.connect() as conn:
        t = Tie.__table__
        weights = dict(conn.execute(select(t.c.key, t.c.weight)).all())
    assert weights == {
        "Ann de Wit>Bert Kok": 3.0,
        "Bert Kok>Carla Mol": None,
        "Ann de Wit>Carla Mol": 1.5,
    }
    # the second edge list names actors by id or by exact name; nothing new is created
    more = write(tmp_path / "more.csv", "van;naar\nAnn de Wit;Carla Mol\nCarla Mol;Bert Kok\n")
    report = import_files(sqlite_engine, [more])
    assert report.created_actors == []
    assert report.created == {"tie": 1}


def test_edge_list_ambiguous_name_and_self_tie(sqlite_engine: Engine, tmp_path: Path):
    actors = write(
        tmp_path / "a.csv", "id,name,type\nP1,Jan Bos,teacher\nP2,Jan Bos,school_leader\n"
    )
    import_files(sqlite_engine, [actors])
    edges = write(tmp_path / "e.csv", "source,target\nJan Bos,P1\nP1,P1\n")
    with pytest.raises(ImportFailed) as caught:
        import_files(sqlite_engine, [edges])
    assert [(e.row, e.kind) for e in caught.value.errors] == [
        (2, "ambiguous_name"),
        (3, "self_tie"),
    ]
    assert caught.value.errors[0].reason == "name matches several actors (P1, P2); use the id"


def test_add_themes(sqlite_engine: Engine, tmp_path: Path):
    actors = write(
        tmp_path / "a.csv",
        "id,name,type,expertise\nP1,Iris Veld,teacher,Wetenschap & Techniek|ict\n"
        "P2,Tom Veld,teacher,wetenschap & techniek\n",
    )
    report = import_files(sqlite_engine, [actors], add_themes=True)
    assert report.added_themes == ["wetenschap_techniek"]
    with sqlite_engine.connect() as conn:
        e = CodebookEntry.__table__
        entry = conn.execute(select(e).where(e.c.code == "wetenschap_techniek")).one()
        links = conn.execute(select(ActorTheme.__table__)).all()
    assert (entry.category, entry.label_nl, entry.label_en, entry.builtin) == (
        "theme",
        "Wetenschap & Techniek",
        "Wetenschap & Techniek",
        False,
    )
    assert len(links) == 3
    # now it is a known theme: no flag needed, nothing added
    again = import_files(sqlite_engine, [actors])
    assert again.added_themes == [] and again.created == {}


def test_codebook_file_extends_types_for_the_same_import(sqlite_engine: Engine, tmp_path: Path):
    codebook = write(
        tmp_path / "c.csv",
        "category;code;label_nl;label_en;parent\nactor_type;library;bibliotheek;library;organisation\n",
    )
    actors = write(tmp_path / "a.csv", "id,name,type\nB1,Bibliotheek Noord,Bibliotheek\n")
    report = import_files(sqlite_engine, [actors, codebook])
    assert report.created["codebook_entry"] == 1
    b1 = actor(sqlite_engine, "B1")
    assert (b1["type"], b1["kind"]) == ("library", "organisation")


def test_dry_run_counts_but_writes_nothing(sqlite_engine: Engine):
    before = logical_dump(sqlite_engine)
    report = import_files(sqlite_engine, sorted(RICH.glob("*.csv")), dry_run=True)
    assert report.dry_run and report.created["actor"] == 9
    assert "dry run: nothing was written" in str(report)
    assert logical_dump(sqlite_engine) == before


def test_progress_is_reported(sqlite_engine: Engine):
    seen: list[tuple[str, int, int]] = []
    import_files(sqlite_engine, sorted(RICH.glob("*.csv")), progress=lambda *a: seen.append(a))
    stages = [s for s, _, _ in seen]
    assert stages[0] == "read" and seen[-1][0] == "write done"
    assert "validate actors.csv" in stages and "write ties" in stages


def test_report_summary_in_dutch(sqlite_engine: Engine):
    report = import_files(sqlite_engine, sorted(RICH.glob("*.csv")))
    text = report.summary("nl")
    assert "actor: 9 nieuw, 0 bijgewerkt" in text
    assert "nieuwe actoren uit randenlijst (1): Mr. Unknown" in text


def test_unknown_columns_warn_once_and_import_bumps_revision(sqlite_engine: Engine, tmp_path: Path):
    from db.revision import current_revision

    actors = write(tmp_path / "a.csv", "id,name,type\nP1,Ida Blom,teacher\nP2,Jos Blom,teacher\n")
    ties = write(tmp_path / "t.csv", "id,source,target,mode,opmerking\nT1,P1,P2,online,zie mail\n")
    before = current_revision(sqlite_engine)
    report = import_files(sqlite_engine, [actors, ties])
    assert report.warnings == ["t.csv: column(s) ignored: opmerking"]
    assert int(current_revision(sqlite_engine)) == int(before) + 1
