"""Seed the default codebook and checklist statements; start the data revision at 0.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 11:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.codebook import seed_codebook, unseed_codebook

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_setting = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.Text))


def upgrade() -> None:
    conn = op.get_bind()
    seed_codebook(conn)
    have = conn.execute(sa.select(_setting.c.key).where(_setting.c.key == "revision")).first()
    if have is None:
        conn.execute(_setting.insert().values(key="revision", value="0"))


def downgrade() -> None:
    conn = op.get_bind()
    unseed_codebook(conn)
    conn.execute(_setting.delete().where(_setting.c.key == "revision"))
