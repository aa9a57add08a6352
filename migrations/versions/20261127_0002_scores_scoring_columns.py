"""scoring columns on latest_forecasts

Copies the question's outcome and resolution time and the forecast's phrase into
the counted-forecast table, so that scoring reads one table without joins.

Revision ID: 0002_scores
Revises: 0001
Create Date: 2026-11-27 22:43:31.966378
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_scores"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("latest_forecasts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("phrase", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("outcome", sa.SmallInteger(), nullable=True))
        batch_op.add_column(sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True))

    # Existing rows get the same values the application now maintains.
    op.execute(
        """
        UPDATE latest_forecasts SET
            phrase = (SELECT f.phrase FROM forecasts f WHERE f.id = latest_forecasts.forecast_id),
            resolved_at = (
                SELECT q.resolved_at FROM questions q WHERE q.id = latest_forecasts.question_id
            ),
            outcome = (
                SELECT CASE
                    WHEN q.status = 'resolved' AND q.outcome = 'yes' THEN 1
                    WHEN q.status = 'resolved' AND q.outcome = 'no' THEN 0
                END
                FROM questions q WHERE q.id = latest_forecasts.question_id
            )
        """
    )


def downgrade() -> None:
    with op.batch_alter_table("latest_forecasts", schema=None) as batch_op:
        batch_op.drop_column("resolved_at")
        batch_op.drop_column("outcome")
        batch_op.drop_column("phrase")
