"""Accounts: who may log in to a shared collabnet, with which role.

Only the argon2 hash of a password is stored (hashing lives in app.auth.passwords;
db/ stores what it is given). ``version`` is SQLAlchemy's optimistic-locking counter,
so two admins changing one account at once cannot silently overwrite each other.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import CheckConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Timestamped

# The roles a user may have, weakest first (app.viewer gives each its actions).
USER_ROLES: Final = ("viewer", "editor", "researcher", "admin")
NAME_MAX_LENGTH: Final = 80


class User(Timestamped, Base):
    """One account: a unique login name, a role and an argon2 password hash."""

    __tablename__ = "user"
    __table_args__ = (
        CheckConstraint("role IN ('viewer', 'editor', 'researcher', 'admin')", name="role"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX_LENGTH), nullable=False, unique=True)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}
