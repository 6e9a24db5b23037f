"""read_network and list_actors against a hand-built partnership, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from db.codebook import Codebook, load_default_codebook
from db.queries import list_actors, read_network
from db.revision import current_revision
from db.session import transaction
from graph.records import (
    ActorRecord,
    ActorThemeRecord,
    AffiliationRecord,
    AssessmentRecord,
    MembershipRecord,
    StoryRecord,
    TieRecord,
)


def test_read_network_returns_every_record(engine: Engine, small_network: dict[str, int]) -> None:
    ids = small_network
    net = read_network(engine)

    assert net.actors == (
        ActorRecord(ids["S01"], "S01", "organisation", "school", "OBS De Linde",
                    sector="po", region="Noordstad", attributes=(("pupils", "310"),)),
        ActorRecord(ids["S02"], "S02", "organisation", "school", "Het Baken College",
                    sector="vo", region="Zuidveen"),
        ActorRecord(ids["G01"], "G01", "group", "plg", "PLG Lezen"),
        ActorRecord(ids["P01"], "P01", "person", "teacher", "Fenna Fictief",
                    career_phase="experienced", organisation_ids=(ids["S01"], ids["S02"]),
                    pseudonym="p-7f3a"),
        ActorRecord(ids["P02"], "P02", "person", "school_leader", "Joris Verzonnen",
                    career_phase="starting", organisation_ids=(ids["S01"],),
                    nameable=False),  # no consent recorded: not named below admin
    )  # fmt: skip
    assert net.ties == (
        TieRecord(ids["T1"], ids["P01"], ids["P02"], directed=True, frequency="monthly",
                  voluntariness="voluntary", mode="face_to_face", participation="active",
                  scope="local", intake="individual", follow_up="permanent",
                  decision_making="informal", autonomy=True, source_role="initiator",
                  target_role="supporter", start=date(2023, 9, 1), end=None,
                  themes=("ict", "dyslexia"),  # codebook order, not alphabetical
                  motives=("co_creation",), conditions=("reciprocity",),
                  learning_question="Hoe voeren we het dyslexieprotocol in?", key="T1"),
        TieRecord(ids["T2"], ids["S01"], ids["S02"], directed=False, frequency="weekly",
                  autonomy=False, start=date(2024, 1, 15), end=date(2024, 12, 20),
                  motives=("pupil_care",), weight=2.5, key="T2"),
    )  # fmt: skip
    assert net.affiliations == (
        AffiliationRecord(ids["P01"], ids["S01"], "leesspecialist", date(2020, 8, 1)),
        AffiliationRecord(ids["P01"], ids["S02"], "docent"),
        AffiliationRecord(ids["P02"], ids["S01"], "directeur"),
    )
    assert net.memberships == (
        MembershipRecord(ids["P01"], ids["G01"], "coordinator", date(2023, 9, 1)),
        MembershipRecord(ids["S02"], ids["G01"], "member"),
    )
    assert net.actor_themes == (
        ActorThemeRecord(ids["P01"], "dyslexia", "expertise", "expert"),
        ActorThemeRecord(ids["S02"], "dyslexia", "learning_need", None, "protocol invoeren"),
    )
    assert net.stories == (
        StoryRecord(ids["ST1"], "Leraren lezen samen.", tie_id=ids["T1"], level="teachers",
                    outcome_kind="practice_change", told_on=date(2024, 3, 1),
                    title="Samen lezen", themes=("reading_language", "dyslexia")),
        StoryRecord(ids["ST2"], "De PLG deelt materialen.", group_id=ids["G01"],
                    level="school", outcome_kind="useful_resources"),
    )  # fmt: skip
    assert net.assessments == (
        AssessmentRecord(ids["A1"], ids["S01"], "learning_organisation", date(2024, 5, 1),
                         scores=(("lo_sc_1", 2), ("lo_sc_2", 3)), note="teamvergadering"),
    )  # fmt: skip
    entries, _ = load_default_codebook()
    assert len(net.codebook) == len(entries) == 125
    assert {(c.category, c.code) for c in net.codebook} == {
        (e["category"], e["code"]) for e in entries
    }
    assert net.codes("frequency")[3].code == "monthly"
    assert net.codes("frequency")[3].value == 4.0
    assert net.revision == current_revision(engine) != "0"


def test_read_network_of_an_empty_database(engine: Engine) -> None:
    net = read_network(engine)
    assert (net.actors, net.ties, net.stories, net.assessments) == ((), (), (), ())
    assert len(net.codebook) == 125
    assert net.revision == "0"


def test_read_network_sees_the_callers_uncommitted_writes(
    engine: Engine, small_network: dict[str, int]
) -> None:
    from db.models import Actor

    with engine.connect() as conn:
        conn.execute(
            Actor.__table__.insert().values(key="X1", kind="person", type="lector", name="X")
        )
        assert len(read_network(conn).actors) == 6
        conn.rollback()
    assert len(read_network(engine).actors) == 5


def test_revision_changes_on_write(engine: Engine, small_network: dict[str, int]) -> None:
    from db.models import Tie

    before = read_network(engine).revision
    with transaction(engine) as session:
        tie = session.get(Tie, small_network["T2"])
        assert tie is not None
        tie.frequency = "monthly"
    after = read_network(engine)
    assert int(after.revision) == int(before) + 1
    assert after.ties[1].frequency == "monthly"


def test_list_actors_rows_in_dutch_and_english(
    engine: Engine, small_network: dict[str, int]
) -> None:
    ids = small_network
    rows = list_actors(engine)
    assert [r["key"] for r in rows] == ["P01", "S02", "P02", "S01", "G01"]  # by name
    fenna = rows[0]
    assert fenna == {
        "id": ids["P01"],
        "key": "P01",
        "name": "Fenna Fictief",
        "kind": "person",
        "kind_label": "persoon",
        "type": "teacher",
        "type_label": "leraar",
        "sector": None,
        "sector_label": "",
        "region": None,
        "organisations": "OBS De Linde, Het Baken College",
        "organisation_ids": [ids["S01"], ids["S02"]],
    }
    school = next(r for r in rows if r["key"] == "S01")
    assert (school["type_label"], school["sector_label"], school["region"]) == (
        "school",
        "primair onderwijs (PO)",
        "Noordstad",
    )
    english = {r["key"]: r for r in list_actors(engine, language="en")}
    assert english["S01"]["sector_label"] == "primary education"
    assert english["P02"]["type_label"] == "school leader"
    assert english["G01"]["kind_label"] == "group"


def test_codebook_from_db_matches_the_default(engine: Engine) -> None:
    with engine.connect() as conn:
        live = Codebook.from_db(conn)
    default = Codebook.default()
    for category in default.categories():
        assert live.entries(category) == default.entries(category)


def test_snapshot_is_one_state_of_the_data(engine: Engine, small_network: dict[str, int]) -> None:
    """read_network's queries all see the same commit, whatever commits meanwhile."""
    from sqlalchemy import func, select

    from db.models import Actor
    from db.queries.common import snapshot

    count = select(func.count()).select_from(Actor.__table__)
    with snapshot(engine) as reader:
        assert reader.execute(count).scalar() == 5
        with engine.begin() as writer:  # commits while the snapshot is open
            writer.execute(
                Actor.__table__.insert().values(key="X", kind="person", type="lector", name="X")
            )
        assert reader.execute(count).scalar() == 5
    with snapshot(engine) as reader:
        assert reader.execute(count).scalar() == 6
