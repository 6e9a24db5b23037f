"""The codebook seeded by migration 0002, its idempotent seeding, and the lookup class."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import Engine, func, select, update

from db.codebook import Codebook, codebook_records, load_default_codebook, seed_codebook
from db.models import ChecklistStatement, CodebookEntry

CSV_DIR = Path(__file__).resolve().parents[2] / "db" / "codebook"


def test_default_codebook_is_the_shipped_csv() -> None:
    entries, statements = load_default_codebook()
    with open(CSV_DIR / "codebook.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(entries) == len(rows) == 125
    assert len(statements) == 27
    assert [(e["category"], e["code"]) for e in entries] == [
        (r["category"], r["code"]) for r in rows
    ]
    frequency = [e for e in entries if e["category"] == "frequency"]
    assert [(e["code"], e["position"], e["value"]) for e in frequency] == [
        ("once", 0, 1.0),
        ("yearly", 1, 2.0),
        ("quarterly", 2, 3.0),
        ("monthly", 3, 4.0),
        ("weekly", 4, 5.0),
    ]
    checklists = {s["checklist"] for s in statements}
    assert checklists == {"learning_organisation", "learning_partnership"}
    assert sum(s["checklist"] == "learning_organisation" for s in statements) == 18
    assert sum(s["checklist"] == "learning_partnership" for s in statements) == 9


def test_migration_seeded_every_entry_as_builtin(engine: Engine) -> None:
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(CodebookEntry)).scalar()
        builtin = conn.execute(select(func.count()).where(CodebookEntry.builtin.is_(True))).scalar()
        statements = conn.execute(select(func.count()).select_from(ChecklistStatement)).scalar()
        records = codebook_records(conn)
    assert (total, builtin, statements) == (125, 125, 27)
    themes = [r.code for r in records if r.category == "theme"]
    assert themes[:3] == ["inclusive_education", "equal_opportunities", "ict"]
    school = next(r for r in records if (r.category, r.code) == ("actor_type", "school"))
    assert (school.label_nl, school.label_en, school.parent) == ("school", "school", "organisation")


def test_seeding_is_idempotent_and_keeps_edited_labels(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(
            update(CodebookEntry)
            .where(CodebookEntry.category == "theme", CodebookEntry.code == "ict")
            .values(label_nl="ICT en digitale geletterdheid")
        )
        conn.execute(
            CodebookEntry.__table__.delete().where(
                CodebookEntry.category == "mode", CodebookEntry.code == "hybrid"
            )
        )
    with engine.begin() as conn:
        assert seed_codebook(conn) == 1  # only the deleted entry comes back
    with engine.begin() as conn:
        assert seed_codebook(conn) == 0
        book = Codebook.from_db(conn)
        count = conn.execute(select(func.count()).select_from(CodebookEntry)).scalar()
    assert count == 125
    assert book.label("theme", "ict") == "ICT en digitale geletterdheid"
    assert "hybrid" in book.codes("mode")


def test_resolve_accepts_codes_and_labels_in_any_case() -> None:
    book = Codebook.default()
    assert book.resolve("mode", "face_to_face") == "face_to_face"
    assert book.resolve("mode", "Face-to-Face") == "face_to_face"
    assert book.resolve("mode", "  face to face ") == "face_to_face"
    assert book.resolve("mode", "HYBRIDE") == "hybrid"
    assert book.resolve("frequency", "per kwartaal") == "quarterly"
    assert book.resolve("frequency", "Maandelijks") == "monthly"
    assert book.resolve("voluntariness", "opgelegd") == "imposed"
    assert book.resolve("actor_type", "PLG") == "plg"
    assert book.resolve("actor_type", "professionele leergemeenschap") == "plg"
    assert book.resolve("actor_type", "Professional learning community (PLC)") == "plg"
    assert book.resolve("sector", "PO") == "po"
    assert book.resolve("sector", "primair onderwijs") == "po"
    assert book.resolve("theme", "dyslexieprotocol") == "dyslexia"
    assert book.resolve("frequency", "daily") is None
    assert book.resolve("frequency", "") is None
    assert book.resolve("frequency", None) is None
    assert book.resolve("no_such_category", "x") is None


def test_expert_is_not_confused_across_categories() -> None:
    """'expert' is a membership role and an expertise level; categories keep them apart."""
    book = Codebook.default()
    assert book.resolve("membership_role", "expert") == "expert"
    assert book.resolve("expertise_level", "Expert") == "expert"
    assert book.resolve("career_phase", "ervaren") == "experienced"
    assert book.resolve("membership_role", "ervaren") is None


def test_closest_suggests_for_typos() -> None:
    book = Codebook.default()
    assert book.closest("frequency", "maandelyks") == "monthly"
    assert book.closest("frequency", "wekelijk") == "weekly"
    assert book.closest("mode", "hybird") == "hybrid"
    assert book.closest("theme", "dyslexie") == "dyslexia"
    assert book.closest("frequency", "zzzzzz") is None


def test_labels_values_parents_and_accepted() -> None:
    book = Codebook.default()
    assert book.labels("voluntariness") == {"voluntary": "vrijwillig", "imposed": "opgelegd"}
    assert book.labels("voluntariness", "en") == {"voluntary": "voluntary", "imposed": "imposed"}
    assert book.label("mode", "hybrid", "en") == "hybrid"
    assert book.label("mode", "unknown") == "unknown"
    assert book.label("mode", None) == ""
    assert book.value("frequency", "weekly") == 5.0
    assert book.parent("actor_type", "lector") == "person"
    assert book.parent("motive", "co_creation") == "relation"
    assert book.codes("intake") == ("individual", "collective")
    assert book.accepted("intake") == ("individual", "collective")
    assert book.accepted("intake", "nl") == ("individual (individueel)", "collective (collectief)")
    assert ("mode", "online") in book and ("mode", "offline") not in book
    assert len(book.categories()) == 23
