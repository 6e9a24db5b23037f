"""Privacy fields of a person: ``actor.lawful_basis`` and ``actor.may_be_named``.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 07:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("actor", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lawful_basis", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("may_be_named", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("actor", schema=None) as batch_op:
        batch_op.drop_column("may_be_named")
        batch_op.drop_column("lawful_basis")
