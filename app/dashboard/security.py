"""Browser sign-in, CSRF protection and the content security policy of the pages.

Design: the session cookie carries a random token, never the API key. The server keeps
the token's SHA-256 in `web_sessions` next to the key it stands for and a per-session
CSRF token. Each request joins that row with `api_keys`, so a revoked key, an expired
session or a logout stops working on the very next request in every server process:
the database is the only state. A key inside the cookie (even encrypted) would put a
long-lived credential for the whole API in every browser jar and could not be logged
out; the server-side row costs one indexed lookup per page.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

from fastapi import Request, Response
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.auth.models import ApiKey
from app.auth.service import Principal
from app.db import utcnow
from app.errors import DomainError, Forbidden

from .models import WebSession

COOKIE = "ft_session"
CSRF_FIELD = "csrf_token"
FORM_TYPE = "application/x-www-form-urlencoded"
MAX_FIELDS = 200


class BadForm(DomainError):
    status = 400
    title = "Bad request"


@dataclass(frozen=True)
class Viewer:
    """A signed-in browser: the key's principal, and the CSRF token its forms carry."""

    session_id: int
    principal: Principal
    csrf: str

    @property
    def name(self) -> str:
        return self.principal.name

    def can(self, scope: str) -> bool:
        return self.principal.can(scope)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def viewer(request: Request, session: Session) -> Viewer | None:
    """The signed-in viewer, or None (no cookie, unknown, expired or revoked)."""
    token = request.cookies.get(COOKIE)
    if not token or len(token) > 200:
        return None
    stmt = (
        select(WebSession, ApiKey)
        .join(ApiKey, ApiKey.id == WebSession.key_id)
        .where(WebSession.token_hash == _digest(token))
    )
    found = session.execute(stmt).first()
    if found is None:
        return None
    row, key = found
    if key.revoked_at is not None or row.expires_at <= utcnow():
        return None
    principal = Principal(key_id=key.id, name=key.name, scopes=key.scope_set)
    return Viewer(session_id=row.id, principal=principal, csrf=row.csrf_token)


def sign_in(session: Session, principal: Principal, hours: int) -> tuple[str, WebSession]:
    """Open a session for a validated key; returns the cookie token (shown to no one else)."""
    assert principal.key_id is not None
    now = utcnow()
    # Expired rows are useless; clearing them here keeps the table small without a job.
    session.execute(delete(WebSession).where(WebSession.expires_at <= now))
    token = secrets.token_urlsafe(32)
    row = WebSession(
        token_hash=_digest(token),
        key_id=principal.key_id,
        csrf_token=secrets.token_urlsafe(32),
        created_at=now,
        expires_at=now + timedelta(hours=hours),
    )
    session.add(row)
    session.flush()
    return token, row


def sign_out(session: Session, session_id: int) -> None:
    session.execute(delete(WebSession).where(WebSession.id == session_id))


def set_cookie(request: Request, response: Response, token: str, hours: int) -> None:
    response.set_cookie(
        COOKIE,
        token,
        max_age=hours * 3600,
        path="/",
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )


def clear_cookie(request: Request, response: Response) -> None:
    response.delete_cookie(
        COOKIE, path="/", httponly=True, samesite="strict", secure=request.url.scheme == "https"
    )


def check_origin(request: Request) -> None:
    """Refuse a POST that a page of another site made the browser send.

    Browsers send Origin on every POST; Referer is the fallback for the few that strip it.
    A request with neither cannot be told apart from a forged one, so it is refused too.
    """
    own = f"{request.url.scheme}://{request.url.netloc}"
    origin = request.headers.get("origin")
    if origin is not None:
        if origin != own:
            raise Forbidden("this form was sent from another site (Origin does not match)")
        return
    referer = request.headers.get("referer")
    if referer:
        parts = urlsplit(referer)
        if f"{parts.scheme}://{parts.netloc}" == own:
            return
        raise Forbidden("this form was sent from another site (Referer does not match)")
    raise Forbidden("a form must be sent by a browser with an Origin or Referer header")


def check_csrf(viewer: Viewer, form: dict[str, list[str]]) -> None:
    sent = first(form, CSRF_FIELD)
    if not sent or not hmac.compare_digest(sent.encode(), viewer.csrf.encode()):
        raise Forbidden("the form's security token is missing or stale; reload the page and retry")


async def read_form(request: Request) -> dict[str, list[str]]:
    """The POSTed form, URL-encoded (the only kind the pages send)."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != FORM_TYPE:
        raise BadForm(f"expected a form ({FORM_TYPE})")
    body = await request.body()
    try:
        form = parse_qs(
            body.decode("utf-8"),
            keep_blank_values=True,
            strict_parsing=False,
            max_num_fields=MAX_FIELDS,
        )
    except (UnicodeDecodeError, ValueError):
        raise BadForm("the form could not be read") from None
    return form


def first(form: dict[str, list[str]], name: str) -> str:
    values = form.get(name)
    return values[0] if values else ""


def safe_next(target: str, default: str = "/") -> str:
    """A same-site path to go back to after a form; anything else falls back to `default`."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return default
    return target


def page_headers(response: Response, signed_in: bool) -> None:
    """Headers of the pages beyond `app.headers.SecurityHeaders` (CSP and the rest).

    Under the app-wide "no-referrer" a browser sends `Origin: null` with a form, which
    `check_origin` must refuse; "same-origin" keeps the real origin on our own forms and
    still tells other sites nothing. And no cache may keep a page with a CSRF token.
    """
    response.headers["Referrer-Policy"] = "same-origin"
    if signed_in:
        response.headers["Cache-Control"] = "private, no-store"
