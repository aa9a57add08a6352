from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow
from app.forecasts.models import BigId


class AuditEntry(Base):
    """One link of the hash chain that makes the record tamper-evident.

    ``digest`` is the SHA-256 of the canonical JSON of what was written;
    ``hash`` covers this entry's fields and the previous entry's hash. A bulk
    write may cover many rows of one entity in one entry: ``refs`` then lists
    their ids, in the order their payloads were digested.
    """

    __tablename__ = "audit_log"
    # Serves the history of one row (GET /v1/audit?entity=...&entity_id=...) and verify.
    __table_args__ = (Index("ix_audit_log_entity_entity_id", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    key_id: Mapped[int | None] = mapped_column()
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(100))
    refs: Mapped[list[int] | None] = mapped_column(JSON)
    digest: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
