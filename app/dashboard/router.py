"""The dashboard's HTML pages, their CSV downloads and the forms behind review and resolve."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy.orm import Session

from app.auth.deps import SessionDep
from app.auth.service import authenticate
from app.documents import service as documents
from app.documents.models import Candidate
from app.documents.schemas import AcceptRequest
from app.errors import DomainError, Forbidden, Invalid, NotFound
from app.outcomes import service as outcomes
from app.outcomes.schemas import ResolutionCreate
from app.questions import service as questions
from app.scores.service import GroupScore, scores
from app.types import Id

from . import assets, charts, security, service, tables
from .filters import Filters, href
from .security import Viewer, first, read_form
from .web import Ctx, Page, Pager, PageRoute, PageSession, Paging

router = APIRouter(route_class=PageRoute, include_in_schema=False)

STATUSES = ("open", "resolved", "annulled")
REVIEW_FIELDS = ("claim", "probability", "resolve_by", "forecaster", "criteria", "tags")


# --- static files ----------------------------------------------------------------------------


@router.get("/static/plotly-{version}.min.js")
def plotly_js(request: Request, version: str) -> Response:
    asset = assets.plotly_js()
    return assets.serve(request, asset, versioned=version == asset.version)


@router.get("/static/{name}")
def static_file(request: Request, name: str) -> Response:
    asset = assets.ours(name)
    return assets.serve(request, asset, versioned=request.query_params.get("v") == asset.version)


# --- overview ----------------------------------------------------------------------------------


@router.get("/")
def overview(page: Page) -> Response:
    data = service.overview(page.session, page.filters)
    report = data.scores.overall
    return page.render(
        "overview.html",
        nav="overview",
        data=data,
        report=report,
        reliability=charts.reliability(report.calibration),
        forecasters=data.scores.groups,
        publishers=data.publishers.groups,
        choices=_choices(page),
    )


@router.get("/calibration.csv")
def calibration_csv(page: Page) -> Response:
    result = scores(page.session, page.filters.score_query())
    return tables.download(
        "calibration.csv", tables.CALIBRATION, tables.calibration_rows(result.overall.calibration)
    )


@router.get("/forecasters")
def forecaster_board(page: Page, paging: Paging) -> Response:
    return _board(page, paging, "forecaster")


@router.get("/publishers")
def publisher_board(page: Page, paging: Paging) -> Response:
    return _board(page, paging, "publisher")


def _board(page: Ctx, paging: tuple[int, int], by: str) -> Response:
    limit, offset = paging
    result = service.leaderboard(page.session, page.filters, by, limit, offset)
    return page.render(
        "leaderboard.html",
        nav="forecasters",
        by=by,
        groups=result.groups,
        report=result.overall,
        pager=Pager(result.total_groups, limit, offset, f"/{by}s", page.filters, {}),
        choices=_choices(page),
    )


@router.get("/leaderboard.csv")
def leaderboard_csv(page: Page) -> Response:
    by = page.request.query_params.get("by", "forecaster")
    if by not in ("forecaster", "publisher"):
        raise Invalid("by must be forecaster or publisher")
    result = service.leaderboard(page.session, page.filters, by, 10_000, 0)
    return tables.download(f"{by}s.csv", tables.GROUPS, tables.group_rows(result.groups))


# --- a forecaster ------------------------------------------------------------------------------


@router.get("/forecasters/{forecaster_id}")
def forecaster(page: Page, paging: Paging, forecaster_id: Id) -> Response:
    limit, offset = paging
    filters = page.filters.without("forecaster")
    record = service.record(page.session, forecaster_id, filters, limit, offset)
    quarters = _quarters(record.quarters)
    return page.render(
        "forecaster.html",
        nav="forecasters",
        record=record,
        report=record.overall,
        own=filters,
        reliability=charts.reliability(record.overall.calibration),
        quarters=quarters,
        quarter_chart=charts.brier_by_quarter(quarters),
        pager=Pager(
            record.total_forecasts, limit, offset, f"/forecasters/{forecaster_id}", filters, {}
        ),
        choices=_choices(page),
    )


def _quarters(groups: list[GroupScore]) -> list[tuple[str, int, float | None, Any, Any]]:
    return [
        (
            str(g.key),
            g.report.n,
            g.report.brier,
            g.report.brier_ci_low,
            g.report.brier_ci_high,
        )
        for g in groups
    ]


@router.get("/forecasters/{forecaster_id}/calibration.csv")
def forecaster_calibration_csv(page: Page, forecaster_id: Id) -> Response:
    record = service.record(page.session, forecaster_id, page.filters.without("forecaster"), 1, 0)
    rows = tables.calibration_rows(record.overall.calibration)
    return tables.download(f"forecaster-{forecaster_id}-calibration.csv", tables.CALIBRATION, rows)


@router.get("/forecasters/{forecaster_id}/quarters.csv")
def forecaster_quarters_csv(page: Page, forecaster_id: Id) -> Response:
    record = service.record(page.session, forecaster_id, page.filters.without("forecaster"), 1, 0)
    rows = tables.group_rows(record.quarters)
    return tables.download(f"forecaster-{forecaster_id}-quarters.csv", tables.GROUPS, rows)


@router.get("/forecasters/{forecaster_id}/phrases.csv")
def forecaster_phrases_csv(page: Page, forecaster_id: Id) -> Response:
    record = service.record(page.session, forecaster_id, page.filters.without("forecaster"), 1, 0)
    rows = tables.phrase_rows(record.phrases)
    return tables.download(f"forecaster-{forecaster_id}-phrases.csv", tables.PHRASES, rows)


# --- questions ---------------------------------------------------------------------------------


@router.get("/questions")
def question_list(page: Page, paging: Paging) -> Response:
    limit, offset = paging
    params = page.request.query_params
    status = params.get("status") or None
    if status is not None and status not in STATUSES:
        raise Invalid(f"status must be one of {', '.join(STATUSES)}")
    search = (params.get("q") or "").strip()[:200] or None
    rows, total = questions.search(
        page.session,
        limit=limit,
        offset=offset,
        sort="-resolve_by",
        status=status,
        tag=page.filters.tag,
        forecaster=page.filters.forecaster,
        q=search,
    )
    extra = {"status": status, "q": search}
    return page.render(
        "questions.html",
        nav="questions",
        rows=rows,
        overdue={q.id for q in rows if questions.is_overdue(q)},
        chosen=status,
        search=search or "",
        pager=Pager(total, limit, offset, "/questions", page.filters, extra),
        choices=_choices(page),
    )


@router.get("/questions/{question_id}")
def question(page: Page, question_id: Id) -> Response:
    return _question_page(page, question_id)


def _question_page(page: Ctx, question_id: int, status: int = 200, **extra: Any) -> Response:
    view = service.question_view(page.session, question_id)
    q = view.question
    suggestions = []
    if q.status == "open":
        suggestions = service.suggest_events(page.session, [q]).get(q.id, [])
    return page.render(
        "question.html",
        nav="questions",
        status=status,
        view=view,
        q=q,
        chart=charts.history(view.history, q.resolve_by, q.resolved_at, q.outcome),
        suggestions=suggestions,
        **extra,
    )


@router.get("/questions/{question_id}/forecasts.csv")
def question_csv(page: Page, question_id: Id) -> Response:
    view = service.question_view(page.session, question_id)
    rows = tables.history_rows(view.history)
    return tables.download(f"question-{question_id}-forecasts.csv", tables.HISTORY, rows)


# --- documents ---------------------------------------------------------------------------------


@router.get("/documents")
def document_list(page: Page, paging: Paging) -> Response:
    limit, offset = paging
    pending_param = page.request.query_params.get("pending") or ""
    pending = True if pending_param == "true" else None
    rows, total = documents.search(
        page.session, limit=limit, offset=offset, publisher=page.filters.publisher, pending=pending
    )
    counts = documents.counts(page.session, [d.id for d in rows])
    publishers = {d.id: documents.publisher_name(page.session, d) for d in rows}
    extra = {"pending": "true" if pending else None}
    return page.render(
        "documents.html",
        nav="documents",
        rows=rows,
        counts=counts,
        publishers=publishers,
        pending=bool(pending),
        pager=Pager(total, limit, offset, "/documents", page.filters, extra),
        choices=_choices(page),
    )


@router.get("/documents/{document_id}")
def document(page: Page, document_id: Id) -> Response:
    return _document_page(page, document_id)


def _document_page(page: Ctx, document_id: int, status: int = 200, **extra: Any) -> Response:
    doc = documents.get(page.session, document_id)
    candidates = documents.candidates_of(page.session, doc.id)
    return page.render(
        "document.html",
        nav="documents",
        status=status,
        doc=doc,
        publisher=documents.publisher_name(page.session, doc),
        candidates=candidates,
        by_id={c.id: c for c in candidates},
        segments=service.segments(doc.text, candidates),
        counts=documents.counts(page.session, [doc.id])[doc.id],
        can_review=page.can("forecasts:write"),
        failed=extra.pop("failed", None),
        typed=extra.pop("typed", {}),
        **extra,
    )


# --- the resolution queue ----------------------------------------------------------------------


@router.get("/queue")
def queue(page: Page, paging: Paging) -> Response:
    limit, offset = paging
    items, total = service.queue(page.session, page.filters, limit, offset)
    return page.render(
        "queue.html",
        nav="queue",
        items=items,
        can_resolve=page.can("outcomes:write"),
        back=href("/queue", page.filters, offset=offset or None),
        pager=Pager(total, limit, offset, "/queue", page.filters, {}),
        choices=_choices(page),
    )


def _choices(page: Ctx) -> dict[str, list[str]]:
    return {
        "forecasters": service.forecaster_choices(page.session),
        "tags": service.tag_choices(page.session),
    }


# --- forms -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Posted:
    viewer: Viewer
    form: dict[str, list[str]]


FormData = Annotated[dict[str, list[str]], Depends(read_form)]


def _poster(scope: str) -> Any:
    def check(request: Request, session: SessionDep, form: FormData) -> Posted:
        # Order matters only for the message: every check runs before anything is written.
        security.check_origin(request)
        who = security.viewer(request, session)
        request.state.signed_in = who is not None
        if who is None:
            raise Forbidden("sign in with an API key to do this")
        security.check_csrf(who, form)
        if not who.can(scope):
            raise Forbidden(f"your API key lacks the '{scope}' scope")
        return Posted(who, form)

    return Depends(check)


ReviewForm = Annotated[Posted, _poster("forecasts:write")]
ResolveForm = Annotated[Posted, _poster("outcomes:write")]


def _read_ctx(request: Request, session: Session, posted: Posted) -> Ctx:
    return Ctx(request, session, posted.viewer, Filters())


@router.post("/candidates/{candidate_id}/accept")
def accept(request: Request, session: SessionDep, posted: ReviewForm, candidate_id: Id) -> Response:
    form = posted.form
    try:
        edits = _accept_edits(session, candidate_id, form)
        found, new_question, _ = documents.accept(
            session, posted.viewer.principal, candidate_id, edits
        )
    except DomainError as exc:
        # Nothing of a failed review may stay: roll back, then show the form again.
        session.rollback()
        return _document_page(
            _read_ctx(request, session, posted),
            _document_of(session, candidate_id),
            status=exc.status,
            failed={"candidate": candidate_id, "detail": exc.detail},
            typed={k: first(form, k) for k in REVIEW_FIELDS},
        )
    target = href(f"/documents/{found.document_id}", notice="accepted", question=new_question.id)
    return RedirectResponse(f"{target}#candidate-{candidate_id}", status_code=303)


def _document_of(session: Session, candidate_id: int) -> int:
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise NotFound(f"candidate {candidate_id} does not exist")
    return int(candidate.document_id)


def _accept_edits(session: Session, candidate_id: int, form: dict[str, list[str]]) -> AcceptRequest:
    """The reviewer's edits: only fields that differ from what was extracted count as edits."""
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise NotFound(f"candidate {candidate_id} does not exist")
    values: dict[str, Any] = {}
    claim = " ".join(first(form, "claim").split())
    if claim and claim != candidate.claim:
        values["claim"] = claim
    raw_p = first(form, "probability").strip().rstrip("%")
    if raw_p:
        try:
            p = round(float(raw_p) / 100.0, 6)
        except ValueError:
            p = math.nan
        if not math.isfinite(p):
            raise Invalid("probability must be a number of percent, 0-100")
        # The form shows percent to four decimals; closer than that is the same number.
        if abs(p - candidate.probability) > 5e-7:
            values["probability"] = p
    raw_day = first(form, "resolve_by").strip()
    if raw_day:
        try:
            day = date.fromisoformat(raw_day)
        except ValueError:
            raise Invalid("resolve by must be a date, YYYY-MM-DD") from None
        if day != candidate.resolve_by:
            values["resolve_by"] = day
    who = " ".join(first(form, "forecaster").split())
    if who and who != candidate.forecaster:
        values["forecaster"] = who
    criteria = first(form, "criteria").strip()
    if criteria:
        values["resolution_criteria"] = criteria
    tags = [t.strip() for t in first(form, "tags").split(",") if t.strip()]
    if tags:
        values["tags"] = tags
    try:
        return AcceptRequest.model_validate(values)
    except ValidationError as exc:
        raise Invalid(_first_error(exc)) from None


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(p) for p in error.get("loc", ()))
    return f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg"))


@router.post("/candidates/{candidate_id}/reject")
def reject(request: Request, session: SessionDep, posted: ReviewForm, candidate_id: Id) -> Response:
    note = first(posted.form, "note").strip()[:20_000]
    try:
        candidate = documents.reject(session, posted.viewer.principal, candidate_id, note)
    except DomainError as exc:
        session.rollback()
        return _document_page(
            _read_ctx(request, session, posted),
            _document_of(session, candidate_id),
            status=exc.status,
            failed={"candidate": candidate_id, "detail": exc.detail},
        )
    target = href(f"/documents/{candidate.document_id}", notice="rejected")
    return RedirectResponse(f"{target}#candidate-{candidate_id}", status_code=303)


@router.post("/questions/{question_id}/resolve")
def resolve(
    request: Request, session: SessionDep, posted: ResolveForm, question_id: Id
) -> Response:
    form = posted.form
    event_ids: set[int] = set()
    for raw in [*form.get("event", []), *first(form, "other_events").replace(",", " ").split()]:
        if not raw.strip().lstrip("#").isdigit():
            raise Invalid(f"event ids are numbers; got {raw!r}")
        event_ids.add(int(raw.strip().lstrip("#")))
    try:
        body = ResolutionCreate.model_validate(
            {
                "outcome": first(form, "outcome"),
                "event_ids": sorted(event_ids),
                "note": first(form, "note").strip(),
            }
        )
    except ValidationError as exc:
        raise Invalid(_first_error(exc)) from None
    outcomes.resolve(session, posted.viewer.principal, question_id, body)
    back = security.safe_next(first(form, "next"), default=f"/questions/{question_id}")
    return RedirectResponse(_with_notice(back, "resolved", question_id), status_code=303)


def _with_notice(target: str, kind: str, question_id: int) -> str:
    parts = urlsplit(target)
    kept = [
        pair
        for pair in (p.split("=", 1) for p in parts.query.split("&") if p)
        if pair[0] not in ("notice", "question")
    ]
    query = "&".join("=".join(p) for p in kept)
    extra = urlencode({"notice": kind, "question": question_id})
    query = f"{query}&{extra}" if query else extra
    return urlunsplit(("", "", parts.path, query, ""))


# --- signing in and out ------------------------------------------------------------------------


@router.get("/login")
def login_form(request: Request, session: PageSession) -> Response:
    # Not a `Page`: with FORECAST_REQUIRE_AUTH_FOR_READS that would send it to itself.
    who = security.viewer(request, session)
    request.state.signed_in = who is not None
    page = Ctx(request, session, who, Filters())
    target = security.safe_next(request.query_params.get("next", ""), default="/")
    return page.render("login.html", nav="login", target=target, error=None)


@router.post("/login")
def login(request: Request, session: SessionDep, form: FormData) -> Response:
    security.check_origin(request)
    target = security.safe_next(first(form, "next"), default="/")
    secret = first(form, "key").strip()
    principal = authenticate(session, secret) if secret else None
    if principal is None or principal.key_id is None:
        ctx = Ctx(request, session, None, Filters())
        return ctx.render(
            "login.html",
            nav="login",
            status=401,
            target=target,
            error="That key is unknown, malformed or revoked.",
        )
    settings = request.app.state.settings
    earlier = security.viewer(request, session)
    if earlier is not None:
        security.sign_out(session, earlier.session_id)
    token, _ = security.sign_in(session, principal, settings.ui_session_hours)
    joined = "&" if "?" in target else "?"
    response = RedirectResponse(f"{target}{joined}notice=signed-in", status_code=303)
    security.set_cookie(request, response, token, settings.ui_session_hours)
    return response


@router.post("/logout")
def logout(request: Request, session: SessionDep, form: FormData) -> Response:
    security.check_origin(request)
    who = security.viewer(request, session)
    if who is not None:
        security.check_csrf(who, form)
        security.sign_out(session, who.session_id)
    response = RedirectResponse("/?notice=signed-out", status_code=303)
    security.clear_cookie(request, response)
    return response
