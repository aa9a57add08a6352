"""Articles, the forecasts found in them, and their review."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.audit.service import record
from app.auth.service import Principal
from app.config import Settings, get_settings
from app.db import utcnow
from app.documents.models import Candidate, Document
from app.documents.schemas import AcceptRequest, ArticleIn, DocumentCreate, ExtractOptions
from app.errors import BadGateway, Conflict, Invalid, NotFound
from app.extraction import ScaleError, extract, html_to_text, load_scale
from app.extraction.llm import LLMConfig, LLMError
from app.forecasters import service as forecasters
from app.forecasters.models import Forecaster
from app.forecasts import service as forecasts
from app.forecasts.models import Forecast
from app.forecasts.service import check_time
from app.questions import service as questions
from app.questions.models import Question
from app.questions.schemas import QuestionCreate


def plain_text(article: ArticleIn) -> str:
    if article.html is not None:
        text = html_to_text(article.html)
        if not text.strip():
            raise Invalid("no article text could be found in the HTML")
        return text
    text = article.text or ""
    if not text.strip():
        raise Invalid("the text is empty")
    return text


def content_hash(text: str) -> str:
    # Line endings and edge whitespace say nothing about the content.
    normal = "\n".join(line.rstrip() for line in text.strip().splitlines())
    return hashlib.sha256(normal.encode()).hexdigest()


def llm_config(settings: Settings) -> LLMConfig:
    if not settings.llm_base_url or not settings.llm_model:
        raise Invalid(
            "this server has no LLM endpoint configured (FORECAST_LLM_BASE_URL and "
            "FORECAST_LLM_MODEL); use backend 'rules'"
        )
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
    return LLMConfig(
        base_url=settings.llm_base_url,
        model=settings.llm_model,
        api_key=key,
        timeout=settings.llm_timeout_seconds,
    )


def run_extractor(
    text: str,
    published: date,
    publisher: str,
    options: ExtractOptions,
    settings: Settings | None = None,
) -> list[dict[str, Any]]:
    """Extract candidates as plain dicts in the API's field names."""
    try:
        chosen = load_scale(options.scale)
    except ScaleError as exc:
        raise Invalid(str(exc)) from None
    llm = llm_config(settings or get_settings()) if options.backend == "llm" else None
    try:
        found = extract(
            text,
            published=published,
            publisher=publisher,
            scale=chosen,
            default_horizon_days=options.default_horizon_days,
            backend=options.backend,
            llm=llm,
        )
    except LLMError as exc:
        raise BadGateway(f"the LLM endpoint failed: {exc}") from None
    return [c.to_dict() for c in found]


@dataclass(frozen=True)
class Stored:
    document: Document
    created: bool


def create(
    session: Session, principal: Principal, data: DocumentCreate, settings: Settings | None = None
) -> Stored:
    """Store an article and its candidates; the same text twice is one document."""
    check_time(data.published_at, utcnow(), "published_at")
    text = plain_text(data)
    digest = content_hash(text)
    existing = session.scalar(select(Document).where(Document.content_hash == digest))
    if existing is not None:
        return Stored(existing, created=False)
    publisher = forecasters.ensure(session, principal, data.publisher, "organisation")
    found = run_extractor(text, data.published_at.date(), publisher.name, data, settings)
    document = Document(
        title=data.title or _first_line(text),
        url=data.url,
        publisher_id=publisher.id,
        author=data.author,
        published_at=data.published_at,
        text=text,
        content_hash=digest,
        created_by=principal.key_id,
    )
    session.add(document)
    session.flush()
    record(session, principal, "document.create", document)
    for item in found:
        candidate = Candidate(
            document_id=document.id,
            quote=item["quote"],
            quote_start=item["start"],
            quote_end=item["end"],
            claim=item["claim"],
            probability=item["probability"],
            probability_phrase=item["probability_phrase"],
            scale=item["scale"],
            resolve_by=date.fromisoformat(item["resolve_by"]) if item["resolve_by"] else None,
            horizon_text=item["horizon_text"],
            horizon_source=item["horizon_source"],
            forecaster=item["forecaster"],
            actors=list(item["actors"]),
            conditional=item["conditional"],
            quantity=item["quantity"],
        )
        session.add(candidate)
        session.flush()
        record(session, principal, "candidate.create", candidate)
    return Stored(document, created=True)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:1000]
    return ""


def get(session: Session, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise NotFound(f"document {document_id} does not exist")
    return document


def candidates_of(session: Session, document_id: int) -> list[Candidate]:
    stmt = (
        select(Candidate)
        .where(Candidate.document_id == document_id)
        .order_by(Candidate.quote_start, Candidate.id)
    )
    return list(session.scalars(stmt))


def counts(session: Session, document_ids: list[int]) -> dict[int, dict[str, int]]:
    result: dict[int, dict[str, int]] = {
        i: {"proposed": 0, "accepted": 0, "rejected": 0} for i in document_ids
    }
    if not document_ids:
        return result
    stmt = (
        select(Candidate.document_id, Candidate.status, func.count())
        .where(Candidate.document_id.in_(document_ids))
        .group_by(Candidate.document_id, Candidate.status)
    )
    for doc_id, status, n in session.execute(stmt):
        result[doc_id][status] = int(n)
    return result


def search(
    session: Session,
    *,
    limit: int,
    offset: int,
    publisher: str | None = None,
    pending: bool | None = None,
) -> tuple[list[Document], int]:
    stmt = select(Document)
    if publisher:
        who = forecasters.find(session, publisher)
        if who is None:
            return [], 0
        stmt = stmt.where(Document.publisher_id == who.id)
    if pending is not None:
        waiting = Document.id.in_(
            select(Candidate.document_id).where(Candidate.status == "proposed")
        )
        stmt = stmt.where(waiting if pending else ~waiting)
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.scalars(
        stmt.order_by(Document.published_at.desc(), Document.id.desc()).limit(limit).offset(offset)
    )
    return list(rows), total


def publisher_name(session: Session, document: Document) -> str | None:
    if document.publisher_id is None:
        return None
    publisher = session.get(Forecaster, document.publisher_id)
    return publisher.name if publisher else None


def _candidate(session: Session, candidate_id: int) -> Candidate:
    # The row lock makes two reviewers of the same candidate take turns.
    stmt = select(Candidate).where(Candidate.id == candidate_id).with_for_update()
    candidate = session.scalar(stmt)
    if candidate is None:
        raise NotFound(f"candidate {candidate_id} does not exist")
    if candidate.status != "proposed":
        raise Conflict(f"candidate {candidate_id} was already {candidate.status}")
    return candidate


def accept(
    session: Session, principal: Principal, candidate_id: int, edits: AcceptRequest
) -> tuple[Candidate, Question, Forecast]:
    """Turn a candidate into a question (or join an existing one) and a forecast."""
    candidate = _candidate(session, candidate_id)
    document = get(session, candidate.document_id)
    publisher = publisher_name(session, document)
    if edits.question_id is not None:
        question = questions.get(session, edits.question_id)
        if edits.tags:
            raise Invalid("tags apply to a new question; leave them out with question_id")
    else:
        resolve_by = edits.resolve_by or candidate.resolve_by
        if resolve_by is None:
            resolve_by = document.published_at.date() + timedelta(days=365)
        source = f"{publisher or 'unknown publisher'}, {document.published_at:%Y-%m-%d}"
        question = questions.create(
            session,
            principal,
            QuestionCreate(
                title=(edits.claim or candidate.claim)[:500],
                description=f"From \u201c{document.title}\u201d ({source}): "
                f"\u201c{candidate.quote}\u201d",
                resolution_criteria=edits.resolution_criteria or "",
                resolve_by=resolve_by,
                tags=edits.tags,
            ),
        )
    forecast = forecasts.add(
        session,
        principal,
        question.id,
        forecaster=edits.forecaster or candidate.forecaster,
        probability=edits.probability if edits.probability is not None else candidate.probability,
        made_at=document.published_at,
        publisher=publisher,
        phrase=candidate.probability_phrase,
        document_id=document.id,
        source="document",
    )
    candidate.status = "accepted"
    candidate.question_id = question.id
    candidate.forecast_id = forecast.id
    candidate.reviewed_at = utcnow()
    candidate.reviewed_by = principal.key_id
    edited = [k for k in ("claim", "probability", "resolve_by", "forecaster") if getattr(edits, k)]
    if edited:
        candidate.review_note = f"accepted with edits to {', '.join(edited)}"
    record(session, principal, "candidate.accept", candidate)
    return candidate, question, forecast


def reject(session: Session, principal: Principal, candidate_id: int, note: str) -> Candidate:
    candidate = _candidate(session, candidate_id)
    candidate.status = "rejected"
    candidate.review_note = note
    candidate.reviewed_at = utcnow()
    candidate.reviewed_by = principal.key_id
    record(session, principal, "candidate.reject", candidate)
    return candidate


def source_quotes(session: Session, question_ids: list[int]) -> dict[int, Candidate]:
    """The accepted candidate behind each question, for showing the quote in its article."""
    if not question_ids:
        return {}
    stmt = select(Candidate).where(
        Candidate.question_id.in_(question_ids), Candidate.status == "accepted"
    )
    return {c.question_id: c for c in session.scalars(stmt) if c.question_id is not None}


def question_actors(session: Session, question_ids: list[int]) -> dict[int, list[str]]:
    return {qid: list(c.actors or []) for qid, c in source_quotes(session, question_ids).items()}
