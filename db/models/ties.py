"""Collaboration ties with every codebook attribute of DOMAIN.md."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Timestamped


class Tie(Timestamped, Base):
    """A collaboration from the initiator (source) to the partner (target).

    Attribute columns hold codebook codes of their category (``frequency``,
    ``voluntariness``...). Themes, motives and conditions are in ``tie_code``.
    """

    __tablename__ = "tie"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("actor.id", ondelete="CASCADE"), nullable=False, index=True
    )
    target_id: Mapped[int] = mapped_column(
        ForeignKey("actor.id", ondelete="CASCADE"), nullable=False, index=True
    )
    directed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    frequency: Mapped[str | None] = mapped_column(String(40))
    voluntariness: Mapped[str | None] = mapped_column(String(40))
    mode: Mapped[str | None] = mapped_column(String(40))
    participation: Mapped[str | None] = mapped_column(String(40))
    scope: Mapped[str | None] = mapped_column(String(40))
    intake: Mapped[str | None] = mapped_column(String(40))
    follow_up: Mapped[str | None] = mapped_column(String(40))
    decision_making: Mapped[str | None] = mapped_column(String(40))
    autonomy: Mapped[bool | None] = mapped_column(Boolean)
    source_role: Mapped[str | None] = mapped_column(String(40))
    target_role: Mapped[str | None] = mapped_column(String(40))
    start: Mapped[date | None] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    learning_question: Mapped[str | None] = mapped_column(Text)
    weight: Mapped[float | None] = mapped_column(Float)


class TieCode(Base):
    """Links a tie to theme, motive and condition codes (category is on the entry)."""

    __tablename__ = "tie_code"

    tie_id: Mapped[int] = mapped_column(ForeignKey("tie.id", ondelete="CASCADE"), primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("codebook_entry.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
