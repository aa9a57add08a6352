"""The audit chain: every write appends an entry hashed onto the previous one.

Entries are queued on the session as writes happen and written in one place,
just before commit, so the chain lock is held for the shortest possible time
and no write path can forget to close its entry.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from app.audit.coverage import covering
from app.audit.models import AuditEntry
from app.audit.payloads import PAYLOADS
from app.auth.service import Principal
from app.db import utcnow

GENESIS = "0" * 64
# Serialises chain appends across processes on PostgreSQL; SQLite writers are already serial.
CHAIN_LOCK = 7_302_114_002
_PENDING = "audit_pending"


def canonical(value: Any) -> str:
    """JSON with sorted keys, no spaces and ISO times: the same bytes on every backend."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_iso
    )


def _iso(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot audit a value of type {type(value).__name__}")


def sha256(data: str) -> str:
    return hashlib.sha256(data.encode()).hexdigest()


@dataclass(frozen=True)
class Pending:
    principal: Principal
    action: str
    entity: str
    entity_id: str | None
    payload: Any
    source: Any = None
    refs: list[int] | None = None


def record(session: Session, principal: Principal, action: str, obj: Any) -> None:
    """Queue an audit entry for an ORM object; its digest is taken at commit time."""
    entity, _ = PAYLOADS[type(obj)]
    _queue(session).append(Pending(principal, action, entity, None, None, obj))


def record_payload(
    session: Session,
    principal: Principal,
    action: str,
    entity: str,
    entity_id: str,
    payload: Mapping[str, Any] | list[Mapping[str, Any]],
    refs: list[int] | None = None,
) -> None:
    """Queue an entry for rows written without the ORM (bulk paths).

    For a batch, ``payload`` is the list of the rows' payloads (as built by
    ``app.audit.payloads``) and ``refs`` their ids in the same order.
    """
    _queue(session).append(Pending(principal, action, entity, entity_id, payload, refs=refs))


def _queue(session: Session) -> list[Pending]:
    queue: list[Pending] = session.info.setdefault(_PENDING, [])
    return queue


def payload_of(obj: Any) -> tuple[str, str, dict[str, Any]]:
    entity, builder = PAYLOADS[type(obj)]
    return entity, str(obj.id), builder(obj)


class Link(Protocol):
    """The fields an entry's hash covers: an AuditEntry, or a plain row of audit_log."""

    @property
    def at(self) -> datetime: ...
    @property
    def key_id(self) -> int | None: ...
    @property
    def action(self) -> str: ...
    @property
    def entity(self) -> str: ...
    @property
    def entity_id(self) -> str: ...
    @property
    def refs(self) -> list[int] | None: ...
    @property
    def digest(self) -> str: ...
    @property
    def prev_hash(self) -> str: ...


def entry_hash(entry: Link) -> str:
    body = {
        "at": entry.at,
        "key_id": entry.key_id,
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "refs": entry.refs,
        "digest": entry.digest,
        "prev": entry.prev_hash,
    }
    return sha256(canonical(body))


def _last_hash(session: Session) -> str:
    last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    return last or GENESIS


def _write_pending(session: Session) -> None:
    queue = session.info.pop(_PENDING, None)
    if not queue:
        return
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": CHAIN_LOCK})
    prev = _last_hash(session)
    now = utcnow()
    for item in queue:
        if item.source is not None:
            entity, entity_id, payload = payload_of(item.source)
        else:
            entity, entity_id, payload = item.entity, item.entity_id or "", item.payload
        entry = AuditEntry(
            at=now,
            key_id=item.principal.key_id,
            action=item.action,
            entity=entity,
            entity_id=entity_id,
            refs=item.refs,
            digest=sha256(canonical(payload)),
            prev_hash=prev,
        )
        entry.hash = entry_hash(entry)
        prev = entry.hash
        session.add(entry)
    session.flush()


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    _write_pending(session)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


def search(
    session: Session,
    *,
    limit: int,
    offset: int,
    entity: str | None = None,
    entity_id: str | None = None,
    action: str | None = None,
    key_id: int | None = None,
    after_id: int | None = None,
    newest_first: bool = False,
) -> tuple[list[AuditEntry], int]:
    """Entries in chain order; ``entity_id`` also finds batch entries listing that id."""
    stmt = select(AuditEntry)
    if entity is not None:
        stmt = stmt.where(AuditEntry.entity == entity)
    if entity_id is not None:
        stmt = stmt.where(covering(session.get_bind().dialect.name, entity_id))
    if action is not None:
        stmt = stmt.where(AuditEntry.action == action)
    if key_id is not None:
        stmt = stmt.where(AuditEntry.key_id == key_id)
    if after_id is not None:
        stmt = stmt.where(AuditEntry.id > after_id)
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    order = AuditEntry.id.desc() if newest_first else AuditEntry.id.asc()
    rows = session.scalars(stmt.order_by(order).limit(limit).offset(offset))
    return list(rows), total


def head(session: Session) -> AuditEntry | None:
    """The newest entry: publishing its id and hash anchors everything before it."""
    return session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1))
