from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db import Base, UTCDateTime, utcnow

KINDS = ("person", "organisation", "model", "unknown")


class Forecaster(Base):
    """A person, organisation or model that makes forecasts."""

    __tablename__ = "forecasters"
    __table_args__ = (CheckConstraint(f"kind IN {KINDS}", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="unknown")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    names: Mapped[list[ForecasterName]] = relationship(
        back_populates="forecaster", order_by="ForecasterName.id"
    )

    @property
    def aliases(self) -> list[str]:
        return [n.name for n in self.names if not n.primary]


class ForecasterName(Base):
    """Every name a forecaster is known by, its own included, in one namespace.

    Keeping names and aliases in one table lets the database guarantee that
    a name never points at two forecasters.
    """

    __tablename__ = "forecaster_names"

    id: Mapped[int] = mapped_column(primary_key=True)
    forecaster_id: Mapped[int] = mapped_column(
        ForeignKey("forecasters.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200), unique=True)
    primary: Mapped[bool] = mapped_column(default=False)

    forecaster: Mapped[Forecaster] = relationship(back_populates="names")
