"""Value-creation stories and self-assessments (checklists of seed text 002)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Timestamped


class Story(Timestamped, Base):
    """A value-creation story attached to a tie or a group."""

    __tablename__ = "story"
    __table_args__ = (
        CheckConstraint("tie_id IS NOT NULL OR group_id IS NOT NULL", name="attached"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    tie_id: Mapped[int | None] = mapped_column(ForeignKey("tie.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("actor.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str | None] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text, nullable=False)
    level: Mapped[str | None] = mapped_column(String(40))
    outcome_kind: Mapped[str | None] = mapped_column(String(40))
    told_on: Mapped[date | None] = mapped_column(Date)


class StoryTheme(Base):
    """Themes a story is about."""

    __tablename__ = "story_theme"

    story_id: Mapped[int] = mapped_column(
        ForeignKey("story.id", ondelete="CASCADE"), primary_key=True
    )
    theme_id: Mapped[int] = mapped_column(
        ForeignKey("codebook_entry.id", ondelete="RESTRICT"), primary_key=True
    )


class Assessment(Timestamped, Base):
    """A checklist filled in for an organisation or the partnership on a date."""

    __tablename__ = "assessment"
    __table_args__ = (UniqueConstraint("actor_id", "checklist", "assessed_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actor.id", ondelete="CASCADE"), nullable=False, index=True
    )
    checklist: Mapped[str] = mapped_column(String(40), nullable=False)
    assessed_on: Mapped[date] = mapped_column(Date, nullable=False)
    note: Mapped[str | None] = mapped_column(Text)


class AssessmentScore(Base):
    """One score (1 start phase, 2 partly, 3 strongly developed) for one statement."""

    __tablename__ = "assessment_score"
    __table_args__ = (CheckConstraint("score BETWEEN 1 AND 3", name="score_range"),)

    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), primary_key=True
    )
    statement_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_statement.id", ondelete="RESTRICT"), primary_key=True
    )
    score: Mapped[int] = mapped_column(Integer, nullable=False)
