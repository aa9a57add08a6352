"""Idempotency keys: claim a key inside the write's transaction, store its response there too.

A retry of a committed write finds the row and gets the stored response; a
retry of a write that never committed finds nothing, because the row went
with the rollback, and runs the write again. A duplicate that arrives while
the first is still running waits for the first to end: on PostgreSQL on the
key's unique index entry, on SQLite on the database write lock.
"""

from __future__ import annotations

import hashlib
import time
from datetime import datetime, timedelta

from sqlalchemy import delete, select, text, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.db import utcnow
from app.errors import Conflict, Invalid
from app.idempotency.models import IdempotencyKey

# Headers of the first response that a replay repeats; the rest are per-response.
KEPT_HEADERS = ("content-type", "location")
SWEEP_EVERY_SECONDS = 60.0
SWEEP_BATCH = 500
_LOCK_NOT_AVAILABLE = "55P03"

_last_sweep = 0.0


class Replay(Exception):
    """The key was already used for this request: answer with the stored response."""

    def __init__(self, row: IdempotencyKey) -> None:
        super().__init__(row.key)
        self.status = row.status or 200
        self.headers = dict(row.headers or {})
        self.body = row.body


class InProgress(Conflict):
    """A request with the same key is still running after the wait."""


def fingerprint(method: str, path: str, query: str, body: bytes) -> str:
    digest = hashlib.sha256(f"{method}\n{path}\n{query}\n".encode())
    digest.update(body)
    return digest.hexdigest()


def claim(
    session: Session,
    api_key_id: int,
    key: str,
    request_fingerprint: str,
    *,
    ttl_seconds: int,
    wait_seconds: float,
) -> None:
    """Record the key for this request, or raise Replay, Invalid (other request) or InProgress."""
    now = utcnow()
    _maybe_sweep(session, now)
    for _ in range(3):
        if _insert(session, api_key_id, key, request_fingerprint, now, ttl_seconds, wait_seconds):
            return
        row = session.scalar(
            select(IdempotencyKey)
            .where(IdempotencyKey.api_key_id == api_key_id, IdempotencyKey.key == key)
            .execution_options(populate_existing=True)
        )
        if row is None:
            # The holder rolled back between our insert and our read: try again.
            continue
        if row.expires_at <= now:
            session.execute(
                delete(IdempotencyKey).where(
                    IdempotencyKey.api_key_id == api_key_id,
                    IdempotencyKey.key == key,
                    IdempotencyKey.expires_at <= now,
                )
            )
            continue
        if row.fingerprint != request_fingerprint:
            raise Invalid(
                f"Idempotency-Key {key!r} was already used for a different request "
                "(method, path or body); use a new key for a new request"
            )
        raise Replay(row)
    raise InProgress(f"a request with Idempotency-Key {key!r} is still in progress; retry")


def _insert(
    session: Session,
    api_key_id: int,
    key: str,
    request_fingerprint: str,
    now: datetime,
    ttl_seconds: int,
    wait_seconds: float,
) -> bool:
    values = {
        "api_key_id": api_key_id,
        "key": key,
        "fingerprint": request_fingerprint,
        "created_at": now,
        "expires_at": now + timedelta(seconds=ttl_seconds),
    }
    if session.get_bind().dialect.name != "postgresql":
        # The write lock taken at BEGIN IMMEDIATE already made any earlier holder finish.
        stmt = sqlite.insert(IdempotencyKey).values(values).on_conflict_do_nothing()
        return session.scalar(stmt.returning(IdempotencyKey.key)) is not None
    # The insert waits on a concurrent holder of the same key until it commits or
    # rolls back; bound that wait so that a stuck holder yields a 409, not a hang.
    session.execute(text(f"SET LOCAL lock_timeout = '{int(wait_seconds * 1000)}ms'"))
    try:
        pg_stmt = postgresql.insert(IdempotencyKey).values(values).on_conflict_do_nothing()
        inserted = session.scalar(pg_stmt.returning(IdempotencyKey.key)) is not None
    except OperationalError as exc:
        if getattr(exc.orig, "sqlstate", None) == _LOCK_NOT_AVAILABLE:
            raise InProgress(
                f"a request with Idempotency-Key {key!r} is still in progress; retry"
            ) from None
        raise
    session.execute(text("SET LOCAL lock_timeout TO DEFAULT"))
    return inserted


def store(
    session: Session,
    api_key_id: int,
    key: str,
    status: int,
    headers: dict[str, str],
    body: bytes | None,
) -> None:
    """Keep the response in the same transaction as the write it answers."""
    kept = {name: value for name, value in headers.items() if name in KEPT_HEADERS}
    session.execute(
        update(IdempotencyKey)
        .where(IdempotencyKey.api_key_id == api_key_id, IdempotencyKey.key == key)
        .values(status=status, headers=kept, body=body)
    )


def sweep(session: Session, now: datetime, limit: int = SWEEP_BATCH) -> int:
    """Delete up to ``limit`` expired keys; rows another transaction holds are skipped."""
    expired = (
        select(IdempotencyKey.api_key_id, IdempotencyKey.key)
        .where(IdempotencyKey.expires_at <= now)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    result = session.execute(
        delete(IdempotencyKey).where(
            tuple_(IdempotencyKey.api_key_id, IdempotencyKey.key).in_(expired)
        )
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def _maybe_sweep(session: Session, now: datetime) -> None:
    # Expired keys are cleaned lazily, at most once a minute per process, by a writer.
    global _last_sweep
    tick = time.monotonic()
    if tick - _last_sweep < SWEEP_EVERY_SECONDS:
        return
    _last_sweep = tick
    sweep(session, now)
