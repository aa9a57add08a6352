"""Rendering plumbing shared by the pages: templates, errors as HTML, paging, notices."""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import jinja2
from fastapi import Depends, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.auth.deps import get_db
from app.errors import DomainError, Invalid
from app.idempotency.route import IdempotentRoute

from . import assets, security
from .filters import Filters, href
from .security import Viewer

TEMPLATES = Path(__file__).parent / "templates"
PAGE_SIZE = 25
MAX_PAGE_SIZE = 200

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    # Every value is escaped unless a template says otherwise; none of ours does.
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.StrictUndefined,
)
templates = Jinja2Templates(env=_env)


# Shown where a figure is undefined (an en dash, as in printed tables).
BLANK = "\u2013"


def _pct(value: float | None, digits: int = 0) -> str:
    return BLANK if value is None else f"{value * 100:.{digits}f}%"


def _num(value: float | None, digits: int = 3) -> str:
    return BLANK if value is None else f"{value:.{digits}f}"


def _signed(value: float | None, digits: int = 3) -> str:
    return BLANK if value is None else f"{value:+.{digits}f}".replace("-", "\u2212")


def _day(value: Any) -> str:
    return BLANK if value is None else value.strftime("%Y-%m-%d")


def _stamp(value: Any) -> str:
    return BLANK if value is None else value.strftime("%Y-%m-%d %H:%M UTC")


def _percent_input(value: float) -> str:
    # What a number field shows for a probability: 67.5, not 67.50000000000001.
    return f"{round(value * 100, 4):g}"


_env.filters.update(
    pct=_pct, num=_num, signed=_signed, day=_day, stamp=_stamp, percent_input=_percent_input
)
_env.globals.update(href=href, asset=assets.url, csrf_field=security.CSRF_FIELD)


class Redirect(Exception):
    """Raised by a dependency to send the browser elsewhere (e.g. to /login)."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.url = url


class PageRoute(IdempotentRoute):
    """Routes that answer in HTML: errors become pages, and every page gets its headers.

    Like every POST route of the app, the forms' routes honour an Idempotency-Key; a
    browser sends none, so for the forms themselves nothing changes.
    """

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def run(request: Request) -> Response:
            try:
                response = await handler(request)
            except Redirect as exc:
                response = RedirectResponse(exc.url, status_code=303)
            except DomainError as exc:
                response = error_page(request, exc.status, exc.title, exc.detail)
            except RequestValidationError as exc:
                response = _invalid(request, exc)
            except StarletteHTTPException as exc:
                response = error_page(request, exc.status_code, "Error", str(exc.detail))
            if response.headers.get("content-type", "").startswith("text/html"):
                security.page_headers(response, getattr(request.state, "signed_in", False))
            return response

        return run


def _invalid(request: Request, exc: RequestValidationError) -> Response:
    errors = exc.errors()
    if any(e.get("loc", ("",))[0] == "path" for e in errors):
        return error_page(request, 404, "Not found", "There is no such page.")
    detail = "; ".join(
        f"{'.'.join(str(p) for p in e.get('loc', ())[1:])}: {e.get('msg')}" for e in errors[:3]
    )
    return error_page(request, 400, "Bad request", detail or "the request is invalid")


def error_page(request: Request, status: int, title: str, detail: str) -> Response:
    back = request.headers.get("referer") or ""
    return templates.TemplateResponse(
        request,
        "error.html",
        {
            "viewer": None,
            "filters": Filters(),
            "status": status,
            "title": title,
            "detail": detail,
            "back": security.safe_next(_path_of(back), default=""),
            "notice": None,
            "nav": "",
        },
        status_code=status,
    )


def _path_of(url: str) -> str:
    match = re.match(r"^https?://[^/]+(/.*)?$", url)
    if match is None:
        return ""
    return match.group(1) or "/"


def page_session(request: Request) -> Iterator[Session]:
    """Pages only read, from one snapshot, so every figure on a page agrees."""
    with get_db(request).snapshot() as session:
        yield session


PageSession = Annotated[Session, Depends(page_session, scope="function")]


@dataclass(frozen=True)
class Ctx:
    """What every page handler needs: the request, its session, who is looking, filters."""

    request: Request
    session: Session
    viewer: Viewer | None
    filters: Filters

    def can(self, scope: str) -> bool:
        return self.viewer is not None and self.viewer.can(scope)

    def render(self, name: str, nav: str, status: int = 200, **context: Any) -> Response:
        return templates.TemplateResponse(
            self.request,
            name,
            {
                "viewer": self.viewer,
                "filters": self.filters,
                "nav": nav,
                "notice": notice(self.request.query_params),
                "here": self.request.url.path,
                **context,
            },
            status_code=status,
        )


def page_context(request: Request, session: PageSession) -> Ctx:
    who = security.viewer(request, session)
    request.state.signed_in = who is not None
    if who is None and request.app.state.settings.require_auth_for_reads:
        raise Redirect(href("/login", next=_current(request)))
    return Ctx(request, session, who, Filters.parse(request.query_params))


Page = Annotated[Ctx, Depends(page_context)]


def _current(request: Request) -> str:
    query = request.url.query
    return request.url.path + (f"?{query}" if query else "")


@dataclass(frozen=True)
class Pager:
    total: int
    limit: int
    offset: int
    path: str
    filters: Filters
    extra: Mapping[str, Any]

    @property
    def first(self) -> int:
        return min(self.total, self.offset + 1)

    @property
    def last(self) -> int:
        return min(self.total, self.offset + self.limit)

    def _link(self, offset: int) -> str:
        limit = self.limit if self.limit != PAGE_SIZE else None
        return href(self.path, self.filters, **self.extra, limit=limit, offset=offset or None)

    @property
    def previous(self) -> str | None:
        if self.offset <= 0:
            return None
        return self._link(max(0, self.offset - self.limit))

    @property
    def next(self) -> str | None:
        if self.offset + self.limit >= self.total:
            return None
        return self._link(self.offset + self.limit)


def paging(request: Request) -> tuple[int, int]:
    """limit and offset from the query string, within bounds."""
    params = request.query_params
    try:
        limit = int(params.get("limit") or PAGE_SIZE)
        offset = int(params.get("offset") or 0)
    except ValueError:
        raise Invalid("limit and offset must be whole numbers") from None
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise Invalid(f"limit must be 1-{MAX_PAGE_SIZE}")
    if not 0 <= offset <= 10_000_000:
        raise Invalid("offset must be 0 or more")
    return limit, offset


Paging = Annotated[tuple[int, int], Depends(paging)]

_NOTICES = {
    "signed-in": "You are signed in.",
    "signed-out": "You are signed out.",
    "rejected": "The candidate was rejected.",
}


def notice(params: Mapping[str, str]) -> dict[str, Any] | None:
    """A confirmation after a form, from a fixed list: the URL can choose one, never its text."""
    kind = params.get("notice", "")
    if kind in _NOTICES:
        return {"text": _NOTICES[kind], "link": None}
    question = params.get("question", "")
    if kind in ("accepted", "resolved") and question.isdigit() and len(question) < 19:
        text = (
            f"Accepted: it is now question {question}."
            if kind == "accepted"
            else f"Question {question} is resolved."
        )
        return {"text": text, "link": f"/questions/{question}"}
    return None
