"""Actors (organisations, persons, groups), affiliations and group memberships."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Timestamped


class Actor(Timestamped, Base):
    """An organisation, person or group; ``key`` is the stable id of the import files."""

    __tablename__ = "actor"
    __table_args__ = (CheckConstraint("kind IN ('organisation', 'person', 'group')", name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    type: Mapped[str] = mapped_column(String(80), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(300), nullable=False, index=True)
    short_name: Mapped[str | None] = mapped_column(String(80))
    sector: Mapped[str | None] = mapped_column(String(80))
    region: Mapped[str | None] = mapped_column(String(120))
    career_phase: Mapped[str | None] = mapped_column(String(40))
    description: Mapped[str | None] = mapped_column(Text)
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    consent: Mapped[bool | None] = mapped_column(Boolean)
    consent_date: Mapped[date | None] = mapped_column(Date)
    pseudonym: Mapped[str | None] = mapped_column(String(80))
    # GDPR/AVG art. 6 basis for keeping a person's data (db.person_fields.LAWFUL_BASES),
    # and whether they may be shown by name below admin (None: follow ``consent``).
    lawful_basis: Mapped[str | None] = mapped_column(String(40))
    may_be_named: Mapped[bool | None] = mapped_column(Boolean)

    affiliations: Mapped[list[Affiliation]] = relationship(
        foreign_keys="Affiliation.person_id", cascade="all, delete-orphan", passive_deletes=True
    )
    memberships: Mapped[list[Membership]] = relationship(
        foreign_keys="Membership.actor_id", cascade="all, delete-orphan", passive_deletes=True
    )


class Affiliation(Base):
    """A person works at an organisation, with a function and dates."""

    __tablename__ = "affiliation"
    __table_args__ = (UniqueConstraint("person_id", "organisation_id", "start"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("actor.id", ondelete="CASCADE"), nullable=False, index=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("actor.id", ondelete="CASCADE"), nullable=False, index=True
    )
    function: Mapped[str | None] = mapped_column(String(200))
    start: Mapped[date | None] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)


class Membership(Base):
    """An actor is a member of a group (two-mode data), as coordinator, member or expert."""

    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("actor_id", "group_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actor.id", ondelete="CASCADE"), nullable=False, index=True
    )
    group_id: Mapped[int] = mapped_column(
        ForeignKey("actor.id", ondelete="CASCADE"), nullable=False, index=True
    )
    role: Mapped[str] = mapped_column(String(40), nullable=False, default="member")
    start: Mapped[date | None] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)


class ActorTheme(Base):
    """Actor x theme x relation (expertise, learning need, priority, research topic)."""

    __tablename__ = "actor_theme"
    __table_args__ = (UniqueConstraint("actor_id", "theme_id", "relation"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actor.id", ondelete="CASCADE"), nullable=False, index=True
    )
    theme_id: Mapped[int] = mapped_column(
        ForeignKey("codebook_entry.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    relation: Mapped[str] = mapped_column(String(40), nullable=False)
    level: Mapped[str | None] = mapped_column(String(40))
    description: Mapped[str | None] = mapped_column(Text)
