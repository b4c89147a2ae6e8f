"""tickets opened from another ticket's mail

Revision ID: 0003
Revises: 0002

A mail that makes several requests ("erase Jens Holm, and Mette Lund wants access")
opens one ticket per request. The mail is stored once, on the first ticket; each
further ticket names it in `opened_from_message_id` (a plain id, like
`merged_into_id`), so its thread shows the mail that asked for it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("tickets", sa.Column("opened_from_message_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        batch.drop_column("opened_from_message_id")
