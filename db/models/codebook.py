"""The codebook as data: every enumerated value, theme and checklist statement."""

from __future__ import annotations

from sqlalchemy import Boolean, Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class CodebookEntry(Base):
    """One code of one category (``frequency``/``monthly``, ``theme``/``dyslexia``).

    Categories: actor_kind, actor_type, sector, role, scope, voluntariness, participation,
    intake, mode, frequency, follow_up, decision_making, motive_dimension, motive,
    membership_role, theme_relation, expertise_level, career_phase, story_level,
    outcome_kind, condition, assessment_score, theme. ``builtin`` marks the default
    codebook seeded by migration; a partnership adds its own with ``builtin=False``.
    """

    __tablename__ = "codebook_entry"
    __table_args__ = (UniqueConstraint("category", "code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    category: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    code: Mapped[str] = mapped_column(String(80), nullable=False)
    label_nl: Mapped[str] = mapped_column(String(200), nullable=False)
    label_en: Mapped[str] = mapped_column(String(200), nullable=False)
    parent: Mapped[str | None] = mapped_column(String(80))
    value: Mapped[float | None] = mapped_column(Float)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    description: Mapped[str | None] = mapped_column(Text)
    builtin: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class ChecklistStatement(Base):
    """A statement of a self-assessment checklist (seed text 002), stored as data."""

    __tablename__ = "checklist_statement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    checklist: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    section: Mapped[str] = mapped_column(String(60), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    section_nl: Mapped[str] = mapped_column(String(200), nullable=False)
    section_en: Mapped[str] = mapped_column(String(200), nullable=False)
    text_nl: Mapped[str] = mapped_column(Text, nullable=False)
    text_en: Mapped[str] = mapped_column(Text, nullable=False)


class Setting(Base):
    """Key/value settings kept in the database: data revision, pseudonym secret."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
