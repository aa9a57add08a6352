"""What the audit chain vouches for, per entity.

``audit verify`` rebuilds these payloads from the stored rows and compares
their digests with the chain, so every field listed here is tamper-evident.
Derived or workflow fields (a candidate's review status, a key's last use)
are deliberately left out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.auth.models import ApiKey
from app.documents.models import Candidate, Document
from app.forecasters.models import Forecaster, ForecasterName
from app.forecasts.models import Forecast
from app.outcomes.models import Event, Resolution
from app.questions.models import Question


def forecast(f: Forecast) -> dict[str, Any]:
    return {
        "id": f.id,
        "question_id": f.question_id,
        "forecaster_id": f.forecaster_id,
        "publisher_id": f.publisher_id,
        "probability": f.probability,
        "made_at": f.made_at,
        "recorded_at": f.recorded_at,
        "phrase": f.phrase,
        "document_id": f.document_id,
        "source": f.source,
    }


def question(q: Question) -> dict[str, Any]:
    return {
        "id": q.id,
        "title": q.title,
        "description": q.description,
        "resolution_criteria": q.resolution_criteria,
        "resolve_by": q.resolve_by,
        "external_id": q.external_id,
        "tags": sorted(q.tag_names),
        "created_at": q.created_at,
    }


def resolution(r: Resolution) -> dict[str, Any]:
    return {
        "id": r.id,
        "question_id": r.question_id,
        "outcome": r.outcome,
        "note": r.note,
        "resolver": r.resolver,
        "resolved_at": r.resolved_at,
        "recorded_at": r.recorded_at,
        "event_ids": sorted(r.event_ids),
    }


def event(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "title": e.title,
        "description": e.description,
        "occurred_at": e.occurred_at,
        "source_url": e.source_url,
        "recorded_at": e.recorded_at,
    }


def forecaster(f: Forecaster) -> dict[str, Any]:
    return {"id": f.id, "name": f.name, "kind": f.kind}


def forecaster_name(n: ForecasterName) -> dict[str, Any]:
    return {"id": n.id, "forecaster_id": n.forecaster_id, "name": n.name, "key": n.key}


def document(d: Document) -> dict[str, Any]:
    return {
        "id": d.id,
        "title": d.title,
        "url": d.url,
        "publisher_id": d.publisher_id,
        "author": d.author,
        "published_at": d.published_at,
        "content_hash": d.content_hash,
    }


def candidate(c: Candidate) -> dict[str, Any]:
    return {
        "id": c.id,
        "document_id": c.document_id,
        "quote": c.quote,
        "quote_start": c.quote_start,
        "quote_end": c.quote_end,
        "status": c.status,
        "question_id": c.question_id,
        "forecast_id": c.forecast_id,
    }


def api_key(k: ApiKey) -> dict[str, Any]:
    # The hash is included so that a swapped key is caught; the secret never is.
    return {
        "id": k.id,
        "name": k.name,
        "prefix": k.prefix,
        "key_hash": k.key_hash,
        "scopes": k.scopes,
        "revoked_at": k.revoked_at,
    }


PAYLOADS: dict[type, tuple[str, Callable[[Any], dict[str, Any]]]] = {
    Forecast: ("forecast", forecast),
    Question: ("question", question),
    Resolution: ("resolution", resolution),
    Event: ("event", event),
    Forecaster: ("forecaster", forecaster),
    ForecasterName: ("forecaster_name", forecaster_name),
    Document: ("document", document),
    Candidate: ("candidate", candidate),
    ApiKey: ("api_key", api_key),
}
