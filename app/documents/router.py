from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status
from sqlalchemy.orm import Session

from app.auth.deps import ForecastWriter, ReadAccess, SessionDep
from app.documents import service
from app.documents.models import Candidate, Document
from app.documents.schemas import (
    AcceptRequest,
    AcceptResult,
    CandidateOut,
    DocumentCreate,
    DocumentDetail,
    DocumentOut,
    ExtractRequest,
    ExtractResult,
    RejectRequest,
)
from app.idempotency.route import IdempotentRoute
from app.pagination import Page, Paging
from app.questions.router import question_out
from app.types import Id, Name

router = APIRouter(tags=["documents"], route_class=IdempotentRoute)


def candidate_out(c: Candidate) -> CandidateOut:
    return CandidateOut(
        id=c.id,
        status=c.status,
        quote=c.quote,
        start=c.quote_start,
        end=c.quote_end,
        claim=c.claim,
        probability=c.probability,
        probability_phrase=c.probability_phrase,
        scale=c.scale,
        resolve_by=c.resolve_by,
        horizon_text=c.horizon_text,
        horizon_source=c.horizon_source,
        forecaster=c.forecaster,
        actors=list(c.actors or []),
        conditional=c.conditional,
        quantity=c.quantity,
        question_id=c.question_id,
        forecast_id=c.forecast_id,
        review_note=c.review_note,
    )


def document_out(session: Session, d: Document, counts: dict[str, int]) -> DocumentOut:
    return DocumentOut(
        id=d.id,
        title=d.title,
        url=d.url,
        publisher=service.publisher_name(session, d),
        author=d.author,
        published_at=d.published_at,
        content_hash=d.content_hash,
        created_at=d.created_at,
        candidate_counts=counts,
    )


def detail(session: Session, d: Document) -> DocumentDetail:
    candidates = service.candidates_of(session, d.id)
    counts = service.counts(session, [d.id])[d.id]
    return DocumentDetail(
        **document_out(session, d, counts).model_dump(),
        text=d.text,
        candidates=[candidate_out(c) for c in candidates],
    )


@router.post(
    "/v1/extract",
    summary="Extract forecast candidates from an article (nothing is stored)",
)
def extract_only(_: ReadAccess, body: ExtractRequest, request: Request) -> ExtractResult:
    text = service.plain_text(body)
    found = service.run_extractor(
        text, body.published, body.publisher, body, request.app.state.settings
    )
    return ExtractResult(text=text, candidates=[CandidateOut(**c) for c in found])


@router.post(
    "/v1/documents",
    status_code=status.HTTP_201_CREATED,
    summary="Store an article and propose the forecasts found in it",
    description="The same text twice is one document: the second call answers 200 with the "
    "document already stored.",
    responses={200: {"description": "The text was already stored.", "model": DocumentDetail}},
)
def create_document(
    session: SessionDep,
    principal: ForecastWriter,
    body: DocumentCreate,
    response: Response,
    request: Request,
) -> DocumentDetail:
    stored = service.create(session, principal, body, request.app.state.settings)
    if not stored.created:
        response.status_code = status.HTTP_200_OK
    return detail(session, stored.document)


@router.get("/v1/documents", summary="List documents, newest first")
def list_documents(
    session: SessionDep,
    _: ReadAccess,
    page: Paging,
    publisher: Annotated[Name | None, Query()] = None,
    pending: Annotated[bool | None, Query(description="Has candidates awaiting review.")] = None,
) -> Page[DocumentOut]:
    rows, total = service.search(
        session, limit=page.limit, offset=page.offset, publisher=publisher, pending=pending
    )
    counts = service.counts(session, [d.id for d in rows])
    return Page(
        items=[document_out(session, d, counts[d.id]) for d in rows],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.get("/v1/documents/{document_id}", summary="A document with its candidates")
def get_document(session: SessionDep, _: ReadAccess, document_id: Id) -> DocumentDetail:
    return detail(session, service.get(session, document_id))


@router.post(
    "/v1/candidates/{candidate_id}/accept",
    summary="Accept a candidate: create its question and forecast",
    description="Optional edits override the extracted claim, probability, deadline or "
    "forecaster. The forecast is made at the article's publication time and links back to "
    "the document and quote.",
)
def accept_candidate(
    session: SessionDep, principal: ForecastWriter, candidate_id: Id, body: AcceptRequest
) -> AcceptResult:
    candidate, question, forecast = service.accept(session, principal, candidate_id, body)
    return AcceptResult(
        candidate=candidate_out(candidate), question=question_out(question), forecast_id=forecast.id
    )


@router.post("/v1/candidates/{candidate_id}/reject", summary="Reject a candidate")
def reject_candidate(
    session: SessionDep, principal: ForecastWriter, candidate_id: Id, body: RejectRequest
) -> CandidateOut:
    return candidate_out(service.reject(session, principal, candidate_id, body.note))
