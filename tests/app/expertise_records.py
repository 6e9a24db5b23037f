"""A small hand-built partnership where the right answers are obvious (issue 6 tests).

S1 (school, po, Veenhoven): Anna (asker) and Bram work there; S1 needs citizenship,
    prioritises ict
S2 (school, vo, Lindeburg): Cees works there, dyslexia expert
S3 (school, po, Veenhoven): prioritises ict, no ties at all
Dirk: dyslexia expert nobody knows (unreachable)
G1 (plg): Bram is a member; a story on the group

Anna -weekly, voluntary- Bram -monthly, voluntary, dyslexia- Cees
"""

from __future__ import annotations

from datetime import date

from graph.records import (
    ActorRecord,
    ActorThemeRecord,
    AffiliationRecord,
    CodeRecord,
    MembershipRecord,
    NetworkRecords,
    StoryRecord,
    TieRecord,
)

CODEBOOK = (
    CodeRecord("theme", "dyslexia", "dyslexieprotocol", "dyslexia protocol"),
    CodeRecord("theme", "citizenship", "burgerschap", "citizenship"),
    CodeRecord("theme", "ict", "ICT", "ICT"),
    CodeRecord("sector", "po", "primair onderwijs", "primary education"),
    CodeRecord("sector", "vo", "voortgezet onderwijs", "secondary education"),
    CodeRecord("career_phase", "starting", "startend", "starting"),
    CodeRecord("career_phase", "experienced", "ervaren", "experienced"),
    CodeRecord("actor_type", "school", "school", "school", "organisation"),
    CodeRecord("actor_type", "teacher", "leraar", "teacher", "person"),
    CodeRecord("actor_type", "plg", "PLG", "PLC", "group"),
    CodeRecord("expertise_level", "basic", "basis", "basic", None, 1),
    CodeRecord("expertise_level", "expert", "expert", "expert", None, 3),
    CodeRecord("story_level", "pupils", "leerlingen", "pupils"),
    CodeRecord("story_level", "teachers", "leraren", "teachers"),
    CodeRecord("outcome_kind", "practice_change", "praktijkverandering", "practice change"),
    CodeRecord("outcome_kind", "new_insights", "nieuwe inzichten", "new insights"),
    CodeRecord("assessment_score", "start_phase", "nog in startfase", "starting", None, 1),
    CodeRecord("assessment_score", "partly_developed", "gedeeltelijk", "partly", None, 2),
    CodeRecord("assessment_score", "strongly_developed", "sterk", "strongly", None, 3),
)

S1, S2, S3, ANNA, BRAM, CEES, DIRK, G1 = 1, 2, 3, 11, 12, 13, 14, 21


def small_partnership(**names: str) -> NetworkRecords:
    """The partnership above; ``names`` overrides actor names by key (e.g. S2="<b>x</b>")."""

    def name(key: str, default: str) -> str:
        return names.get(key, default)

    actors = (
        ActorRecord(S1, "S1", "organisation", "school", name("S1", "De Linde"), sector="po",
                    region="Veenhoven"),
        ActorRecord(S2, "S2", "organisation", "school", name("S2", "Het Baken"), sector="vo",
                    region="Lindeburg"),
        ActorRecord(S3, "S3", "organisation", "school", name("S3", "De Wilg"), sector="po",
                    region="Veenhoven"),
        ActorRecord(ANNA, "P1", "person", "teacher", name("P1", "Anna Aal"),
                    career_phase="starting", organisation_ids=(S1,)),
        ActorRecord(BRAM, "P2", "person", "teacher", name("P2", "Bram Beuk"),
                    career_phase="experienced", organisation_ids=(S1,)),
        ActorRecord(CEES, "P3", "person", "teacher", name("P3", "Cees Ceder"),
                    career_phase="experienced", organisation_ids=(S2,)),
        ActorRecord(DIRK, "P4", "person", "teacher", name("P4", "Dirk Den")),
        ActorRecord(G1, "G1", "group", "plg", name("G1", "PLG Lezen")),
    )  # fmt: skip
    ties = (
        TieRecord(1, ANNA, BRAM, frequency="weekly", voluntariness="voluntary", key="T1",
                  mode="face_to_face"),
        TieRecord(2, BRAM, CEES, frequency="monthly", voluntariness="voluntary",
                  themes=("dyslexia",), key="T2", learning_question="Hoe signaleren we dyslexie?"),
    )  # fmt: skip
    return NetworkRecords(
        actors=actors,
        ties=ties,
        affiliations=(
            AffiliationRecord(ANNA, S1),
            AffiliationRecord(BRAM, S1),
            AffiliationRecord(CEES, S2),
        ),
        memberships=(MembershipRecord(BRAM, G1),),
        actor_themes=(
            ActorThemeRecord(
                CEES, "dyslexia", "expertise", "expert", "begeleiding bij leesproblemen en dyslexie"
            ),
            ActorThemeRecord(DIRK, "dyslexia", "expertise", "basic"),
            ActorThemeRecord(S1, "citizenship", "learning_need"),
            ActorThemeRecord(S1, "ict", "priority"),
            ActorThemeRecord(S3, "ict", "priority"),
        ),  # fmt: skip
        stories=(
            StoryRecord(
                1,
                "Cees hielp Bram met het protocol.",
                tie_id=2,
                level="pupils",
                outcome_kind="practice_change",
                told_on=date(2024, 5, 1),
                title="Protocol",
                themes=("dyslexia",),
            ),
            StoryRecord(
                2,
                "De PLG las samen.",
                group_id=G1,
                level="teachers",
                outcome_kind="new_insights",
                told_on=date(2025, 1, 9),
                title="Samen lezen",
            ),
            StoryRecord(3, "Zonder datum.", group_id=G1, level="teachers"),
        ),  # fmt: skip
        codebook=CODEBOOK,
        revision="7",
    )
