"""API keys: creation, lookup and the constant-time check."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.auth.models import ApiKey
from app.db import utcnow
from app.errors import Invalid, NotFound

SCOPES = ("forecasts:write", "outcomes:write", "admin")
KEY_PREFIX = "ft"


@dataclass(frozen=True)
class Principal:
    """Who is calling: a key's id, name and scopes, or nobody."""

    key_id: int | None
    name: str
    scopes: frozenset[str]

    def can(self, scope: str) -> bool:
        return "admin" in self.scopes or scope in self.scopes


ANONYMOUS = Principal(key_id=None, name="anonymous", scopes=frozenset())
# Writes made by the operator on the command line (demo, import-forecastbench).
SYSTEM = Principal(key_id=None, name="system", scopes=frozenset({"admin"}))


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def parse_scopes(raw: str | Iterable[str]) -> list[str]:
    items = raw.split(",") if isinstance(raw, str) else list(raw)
    scopes = sorted({s.strip() for s in items if s.strip()})
    unknown = [s for s in scopes if s not in SCOPES]
    if unknown:
        raise Invalid(f"unknown scope(s) {', '.join(unknown)}; known: {', '.join(SCOPES)}")
    if not scopes:
        raise Invalid(f"at least one scope is required; known: {', '.join(SCOPES)}")
    return scopes


def create_key(session: Session, name: str, scopes: str | Iterable[str]) -> tuple[ApiKey, str]:
    """Create a key and return it with its secret, which is never stored."""
    name = name.strip()
    if not name or len(name) > 100:
        raise Invalid("key name must be 1-100 characters")
    prefix = secrets.token_hex(6)
    secret = f"{KEY_PREFIX}_{prefix}_{secrets.token_urlsafe(32)}"
    key = ApiKey(
        name=name, prefix=prefix, key_hash=_digest(secret), scopes=",".join(parse_scopes(scopes))
    )
    session.add(key)
    session.flush()
    return key, secret


def authenticate(session: Session, secret: str) -> Principal | None:
    """Return the key's principal, or None for a malformed, unknown or revoked key."""
    parts = secret.split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX:
        return None
    key = session.scalar(select(ApiKey).where(ApiKey.prefix == parts[1]))
    # Compare digests in constant time so response timing says nothing about the secret.
    expected = key.key_hash if key is not None else _digest("")
    if not hmac.compare_digest(expected, _digest(secret)) or key is None:
        return None
    if key.revoked_at is not None:
        return None
    return Principal(key_id=key.id, name=key.name, scopes=key.scope_set)


def list_keys(session: Session, limit: int, offset: int) -> tuple[list[ApiKey], int]:
    total = session.scalar(select(func.count()).select_from(ApiKey)) or 0
    rows = session.scalars(select(ApiKey).order_by(ApiKey.id).limit(limit).offset(offset))
    return list(rows), total


def revoke_key(session: Session, key_id: int) -> ApiKey:
    key = session.get(ApiKey, key_id)
    if key is None:
        raise NotFound(f"API key {key_id} does not exist")
    if key.revoked_at is None:
        key.revoked_at = utcnow()
    return key
