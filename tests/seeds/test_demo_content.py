"""Size, validity and plausibility of the demo files (issue 3, "The demo partnership")."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

CODED_TIE_COLUMNS = {
    "frequency": "frequency",
    "voluntariness": "voluntariness",
    "mode": "mode",
    "participation": "participation",
    "scope": "scope",
    "intake": "intake",
    "follow_up": "follow_up",
    "decision_making": "decision_making",
    "source_role": "role",
    "target_role": "role",
}
LIST_TIE_COLUMNS = {"themes": "theme", "motives": "motive", "conditions": "condition"}


def codes(codebook: pd.DataFrame, category: str) -> set[str]:
    return set(codebook.loc[codebook["category"] == category, "code"])


def count(demo: dict[str, pd.DataFrame], *types: str) -> int:
    return int(demo["actors"]["type"].isin(types).sum())


def test_counts_are_in_the_briefed_ranges(demo: dict[str, pd.DataFrame]) -> None:
    actors = demo["actors"]
    schools = actors[actors["type"] == "school"]
    assert 14 <= len(schools) <= 16
    assert set(schools["sector"]) == {"po", "so", "vo", "mbo"}
    assert 3 <= schools["region"].nunique() <= 4
    assert count(demo, "teacher_education") == 2
    assert count(demo, "lectoraat") == 3
    assert count(demo, "lector") == 3
    assert count(demo, "researcher") >= 3
    assert 5 <= count(demo, "company") <= 7
    assert 7 <= count(demo, "out_of_school_partner") <= 9
    assert count(demo, "partnership") == 1
    assert count(demo, "school_board") >= 2
    persons = count(
        demo,
        "teacher",
        "school_leader",
        "student_teacher",
        "teacher_educator",
        "lector",
        "researcher",
        "internship_mentor",
        "external_expert",
    )
    assert 180 <= persons <= 220
    for type_ in (
        "teacher",
        "school_leader",
        "student_teacher",
        "teacher_educator",
        "internship_mentor",
        "external_expert",
    ):
        assert count(demo, type_) >= 3, type_
    groups = count(
        demo,
        "plg",
        "thematic_network",
        "research_workshop",
        "learning_network",
        "working_group",
        "design_team",
    )
    assert 9 <= groups <= 12
    assert 750 <= len(demo["ties"]) <= 850
    assert 25 <= len(demo["stories"]) <= 35


def test_ids_are_unique_and_readable(demo: dict[str, pd.DataFrame]) -> None:
    actors = demo["actors"]
    assert actors["id"].is_unique and actors["name"].is_unique
    prefixes = {"school": "S", "teacher": "P", "plg": "G", "company": "C", "lectoraat": "L"}
    for type_, prefix in prefixes.items():
        assert actors.loc[actors["type"] == type_, "id"].str.match(rf"^{prefix}\d+$").all()
    assert demo["ties"]["id"].is_unique and demo["stories"]["id"].is_unique


def test_every_reference_points_to_an_actor(demo: dict[str, pd.DataFrame]) -> None:
    ids = set(demo["actors"]["id"])
    types = dict(zip(demo["actors"]["id"], demo["actors"]["type"], strict=True))
    assert set(demo["ties"]["source"]) | set(demo["ties"]["target"]) <= ids
    assert set(demo["affiliations"]["person"]) | set(demo["affiliations"]["organisation"]) <= ids
    assert set(demo["memberships"]["actor"]) <= ids
    assert {types[g][0:3] for g in demo["memberships"]["group"]} <= {
        "plg",
        "the",
        "res",
        "lea",
        "wor",
        "des",
    }
    assert set(demo["actor_themes"]["actor"]) <= ids
    assert set(demo["assessments"]["actor"]) <= ids
    stories = demo["stories"]
    assert ((stories["tie"] != "") | (stories["group"] != "")).all()
    assert set(stories.loc[stories["tie"] != "", "tie"]) <= set(demo["ties"]["id"])
    assert set(stories.loc[stories["group"] != "", "group"]) <= ids


def test_every_codebook_value_is_valid(
    demo: dict[str, pd.DataFrame], codebook: pd.DataFrame
) -> None:
    actors, ties = demo["actors"], demo["ties"]
    assert set(actors["type"]) <= codes(codebook, "actor_type")
    assert set(actors["sector"]) - {""} <= codes(codebook, "sector")
    assert set(actors["career_phase"]) - {""} <= codes(codebook, "career_phase")
    for column, category in CODED_TIE_COLUMNS.items():
        assert set(ties[column]) <= codes(codebook, category), column
    for column, category in LIST_TIE_COLUMNS.items():
        used = {v for cell in ties[column] for v in cell.split("|") if v}
        assert used <= codes(codebook, category), column
    assert set(ties["directed"]) | set(ties["autonomy"]) <= {"ja", "nee"}
    themes = demo["actor_themes"]
    assert set(themes["theme"]) <= codes(codebook, "theme")
    assert set(themes["relation"]) <= codes(codebook, "theme_relation")
    assert set(themes["level"]) - {""} <= codes(codebook, "expertise_level")
    assert set(demo["memberships"]["role"]) <= codes(codebook, "membership_role")
    stories = demo["stories"]
    assert set(stories["level"]) <= codes(codebook, "story_level")
    assert set(stories["outcome_kind"]) <= codes(codebook, "outcome_kind")
    assert {t for cell in stories["themes"] for t in cell.split("|")} <= codes(codebook, "theme")


def test_every_tie_attribute_is_filled(demo: dict[str, pd.DataFrame]) -> None:
    ties = demo["ties"]
    for column in [*CODED_TIE_COLUMNS, *LIST_TIE_COLUMNS, "directed", "autonomy", "start"]:
        assert (ties[column] != "").all(), column
    share = (ties["learning_question"] != "").mean()
    assert 0.15 <= share <= 0.6


def test_tie_dates_lie_in_the_four_school_years(demo: dict[str, pd.DataFrame]) -> None:
    first, last = date(2022, 8, 1), date(2026, 7, 31)
    for start, end in zip(demo["ties"]["start"], demo["ties"]["end"], strict=True):
        s = date.fromisoformat(start)
        assert first <= s <= last
        if end:
            assert s <= date.fromisoformat(end) <= last
    years = pd.to_datetime(demo["ties"]["start"]).dt.year
    assert set(years) == {2022, 2023, 2024, 2025, 2026}


def test_other_dates_are_consistent(demo: dict[str, pd.DataFrame]) -> None:
    for table in ("memberships", "affiliations"):
        rows = demo[table][demo[table]["end"] != ""]
        assert (rows["end"] >= rows["start"]).all(), table
    ties = demo["ties"].set_index("id")
    for _, story in demo["stories"].iterrows():
        assert "2022-08-01" <= story["date"] <= "2026-07-31"
        if story["tie"]:
            tie = ties.loc[story["tie"]]
            assert tie["start"] <= story["date"] <= (tie["end"] or "2026-07-31")
            assert set(story["themes"].split("|")) <= set(tie["themes"].split("|"))


def test_assessments_cover_most_schools_in_2023_and_2025(demo: dict[str, pd.DataFrame]) -> None:
    a = demo["assessments"]
    schools = set(demo["actors"].loc[demo["actors"]["type"] == "school", "id"])
    lo = a[a["checklist"] == "learning_organisation"]
    assert set(lo["actor"]) <= schools and len(set(lo["actor"])) >= 12
    for _, per in lo.groupby("actor"):
        assert sorted(per["date"].str[:4].unique()) == ["2023", "2025"]
        assert len(per) == 36  # 18 statements, twice
    lp = a[a["checklist"] == "learning_partnership"]
    assert set(lp["actor"]) == {"N01"} and len(lp) == 18
    assert set(a["score"]) <= {"1", "2", "3"}
    mean = a.assign(year=a["date"].str[:4], s=a["score"].astype(int)).groupby("year")["s"].mean()
    assert mean["2025"] > mean["2023"]


def test_assessment_statements_come_from_the_checklist(demo: dict[str, pd.DataFrame]) -> None:
    from tests.seeds.conftest import CODEBOOK

    checklist = pd.read_csv(CODEBOOK / "checklist.csv", dtype=str)
    valid = set(zip(checklist["checklist"], checklist["code"], strict=True))
    used = set(zip(demo["assessments"]["checklist"], demo["assessments"]["statement"], strict=True))
    assert used == valid


@pytest.fixture(scope="module")
def ties(demo: dict[str, pd.DataFrame]) -> pd.DataFrame:
    t = demo["ties"].copy()
    t["year"] = pd.to_datetime(t["start"]).dt.year
    t["days"] = (
        pd.to_datetime(t["end"].replace("", "2026-07-31")) - pd.to_datetime(t["start"])
    ).dt.days
    return t


def test_imposed_ties_are_more_often_non_committal(ties: pd.DataFrame) -> None:
    share = ties.groupby("voluntariness")["participation"].apply(
        lambda s: (s == "non_committal").mean()
    )
    assert share["imposed"] > 2 * share["voluntary"]


def test_online_grows_in_later_years(ties: pd.DataFrame) -> None:
    school_year = ties["year"] - (pd.to_datetime(ties["start"]).dt.month < 8)
    online = (ties["mode"] != "face_to_face").groupby(school_year).mean()
    assert online[2022] < online[2025]


def test_once_ties_are_short_and_permanent_ties_long(ties: pd.DataFrame) -> None:
    assert ties.loc[ties["frequency"] == "once", "days"].max() <= 31
    assert (ties.loc[ties["frequency"] == "once", "follow_up"] == "occasional").all()
    by_follow_up = ties.groupby("follow_up")["days"].median()
    assert by_follow_up["permanent"] > 2 * by_follow_up["occasional"]


def test_international_scope_is_rare(ties: pd.DataFrame) -> None:
    assert 0 < (ties["scope"] == "international").mean() < 0.05


def test_motives_match_the_partners(demo: dict[str, pd.DataFrame], ties: pd.DataFrame) -> None:
    types = dict(zip(demo["actors"]["id"], demo["actors"]["type"], strict=True))
    orgs = dict(
        zip(demo["affiliations"]["person"], demo["affiliations"]["organisation"], strict=True)
    )

    def touches(row: pd.Series, *prefixes: str) -> bool:
        ends = (row["source"], row["target"])
        return any(orgs.get(e, e)[0] in prefixes or types[e] in prefixes for e in ends)

    def share(mask: pd.Series, motive: str) -> float:
        return float(ties.loc[mask, "motives"].str.contains(motive).mean())

    with_education = ties.apply(lambda r: touches(r, "I", "student_teacher"), axis=1)
    with_lectoraat = ties.apply(lambda r: touches(r, "L"), axis=1)
    with_youth_care = ties.apply(
        lambda r: (
            touches(r, "O01", "O07")
            or orgs.get(r["target"]) in ("O01", "O07")
            or r["target"] in ("O01", "O07")
        ),
        axis=1,
    )
    assert share(with_education, "workplace_learning") > 3 * share(
        ~with_education, "workplace_learning"
    )
    assert share(with_lectoraat, "researching_professional") > 3 * share(
        ~with_lectoraat, "researching_professional"
    )
    assert share(with_youth_care, "pupil_care") > 3 * share(~with_youth_care, "pupil_care")


def test_plg_colleagues_meet_often_face_to_face_voluntarily(
    demo: dict[str, pd.DataFrame], ties: pd.DataFrame
) -> None:
    members = demo["memberships"].merge(
        demo["actors"][["id", "type"]], left_on="group", right_on="id"
    )
    plg = members[members["type"] == "plg"].groupby("group")["actor"].apply(set)
    themes = demo["actor_themes"]
    focus = dict(zip(themes["actor"], themes["theme"], strict=True))  # a group has one theme

    def plg_tie(r: pd.Series) -> bool:
        on = set(r["themes"].split("|"))
        return any({r["source"], r["target"]} <= m and focus[g] in on for g, m in plg.items())

    in_plg = ties.apply(plg_tie, axis=1)
    sub = ties[in_plg]
    assert len(sub) >= 20
    assert sub["frequency"].isin(["weekly", "monthly"]).mean() > 0.7
    assert (sub["voluntariness"] == "voluntary").mean() > 0.7
    assert (sub["mode"] == "face_to_face").mean() > 0.6


def test_persons_have_functions_and_career_phases(demo: dict[str, pd.DataFrame]) -> None:
    actors = demo["actors"]
    leaders = actors[actors["type"] == "school_leader"]
    assert set(leaders["career_phase"]) == {"starting", "experienced"}
    functions = set(demo["affiliations"]["function"])
    for specialism in (
        "leesspecialist",
        "ICT-coordinator",
        "dyslexiespecialist",
        "intern begeleider",
    ):
        assert specialism in functions


def test_themes_per_actor_cover_persons_and_organisations(demo: dict[str, pd.DataFrame]) -> None:
    themes = demo["actor_themes"].merge(
        demo["actors"][["id", "type"]], left_on="actor", right_on="id"
    )
    for relation in ("expertise", "learning_need", "priority", "research_topic"):
        assert (themes["relation"] == relation).sum() >= 5, relation
    exp = themes[themes["relation"] == "expertise"]
    assert set(exp["level"]) == {"basic", "experienced", "expert"}
    assert {"school", "teacher", "company", "out_of_school_partner"} <= set(exp["type"])
    assert (themes.loc[themes["type"] == "school", "relation"] == "priority").sum() >= 15
