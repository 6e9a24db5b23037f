"""Small hand-built partnerships for the graph/ tests, where the right answer is obvious.

The codebook fixture reads the real default codebook file (db/codebook/codebook.csv)
with the csv module, so labels in describe() tests are the ones users see.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from graph.records import (
    ActorRecord,
    AffiliationRecord,
    CodeRecord,
    MembershipRecord,
    NetworkRecords,
    TieRecord,
)

CODEBOOK_CSV = Path(__file__).resolve().parents[2] / "db" / "codebook" / "codebook.csv"


def load_codebook() -> tuple[CodeRecord, ...]:
    with CODEBOOK_CSV.open(encoding="utf-8", newline="") as fh:
        return tuple(
            CodeRecord(
                category=row["category"],
                code=row["code"],
                label_nl=row["label_nl"],
                label_en=row["label_en"],
                parent=row["parent"] or None,
                value=float(row["value"]) if row["value"] else None,
            )
            for row in csv.DictReader(fh)
        )


def org(id: int, name: str, type: str = "school", sector: str | None = "po", region=None):
    return ActorRecord(id, f"O{id}", "organisation", type, name, sector=sector, region=region)


def person(id: int, name: str, orgs: tuple[int, ...] = (), type: str = "teacher", **kw):
    return ActorRecord(id, f"P{id}", "person", type, name, organisation_ids=orgs, **kw)


def group(id: int, name: str, type: str = "plg"):
    return ActorRecord(id, f"G{id}", "group", type, name)


def tie(id: int, source: int, target: int, **kw) -> TieRecord:
    return TieRecord(id, source, target, **kw)


def records(actors=(), ties=(), memberships=(), affiliations=(), codebook=None, **kw):
    return NetworkRecords(
        actors=tuple(actors),
        ties=tuple(ties),
        memberships=tuple(memberships),
        affiliations=tuple(affiliations),
        codebook=load_codebook() if codebook is None else tuple(codebook),
        **kw,
    )


class Factories:
    """Namespace handed to tests by the ``make`` fixture (conftest is not importable)."""

    org = staticmethod(org)
    person = staticmethod(person)
    group = staticmethod(group)
    tie = staticmethod(tie)
    records = staticmethod(records)
    membership = staticmethod(MembershipRecord)
    affiliation = staticmethod(AffiliationRecord)
    codebook = staticmethod(load_codebook)


@pytest.fixture(scope="session")
def make() -> type[Factories]:
    return Factories


@pytest.fixture(scope="session")
def codebook() -> tuple[CodeRecord, ...]:
    return load_codebook()


@pytest.fixture(scope="session")
def small() -> NetworkRecords:
    return small_records()


def small_records() -> NetworkRecords:
    """Three organisations, five persons (Bram works at two), two groups, six ties.

    ids: 1 school A (PO, Utrecht), 2 school B (VO, Utrecht), 3 pabo C (HO, Amersfoort);
    10 Anna @A, 11 Bram @A+C, 12 Cor @B, 13 Dina @C, 14 Eva (no organisation);
    20 PLG lezen (10, 11), 21 werkgroep ICT (11, 12, 13).
    """
    return records(
        actors=[
            org(1, "School A", sector="po", region="Utrecht"),
            org(2, "School B", sector="vo", region="Utrecht"),
            org(3, "Pabo C", type="teacher_education", sector="ho", region="Amersfoort"),
            person(10, "Anna", (1,)),
            person(11, "Bram", (1, 3), type="teacher_educator"),
            person(12, "Cor", (2,)),
            person(13, "Dina", (3,), type="researcher"),
            person(14, "Eva", (), type="external_expert"),
            group(20, "PLG lezen"),
            group(21, "Werkgroep ICT", type="working_group"),
        ],
        ties=[
            tie(
                1,
                10,
                12,
                frequency="monthly",
                themes=("dyslexia",),
                start=date(2023, 9, 1),
                voluntariness="voluntary",
                mode="face_to_face",
                follow_up="permanent",
                participation="active",
                scope="regional",
                motives=("pupil_care",),
            ),
            tie(
                2,
                10,
                11,
                frequency="weekly",
                themes=("reading_language",),
                start=date(2022, 1, 10),
                end=date(2023, 7, 31),
                mode="face_to_face",
            ),
            tie(
                3,
                11,
                12,
                frequency="yearly",
                themes=("ict",),
                start=date(2023, 8, 1),
                end=date(2024, 7, 31),
                voluntariness="imposed",
                mode="online",
                follow_up="occasional",
                scope="local",
                motives=("sustainable_innovation",),
            ),
            tie(
                4,
                12,
                13,
                frequency="quarterly",
                weight=7.0,
                start=date(2024, 8, 1),
                themes=("ict",),
                mode="hybrid",
                participation="passive",
            ),
            tie(
                5,
                10,
                12,
                frequency="once",
                themes=("ict",),
                start=date(2021, 3, 1),
                end=date(2021, 3, 1),
                mode="online",
            ),
            tie(6, 13, 14),
        ],
        memberships=[
            MembershipRecord(10, 20),
            MembershipRecord(11, 20, role="coordinator"),
            MembershipRecord(11, 21),
            MembershipRecord(12, 21),
            MembershipRecord(13, 21),
        ],
        revision="small-1",
    )
