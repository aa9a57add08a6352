"""Imports every feature's models so that ``Base.metadata`` is complete."""

from app.audit.models import AuditEntry
from app.auth.models import ApiKey
from app.dashboard.models import WebSession
from app.documents.models import Candidate, Document
from app.forecasters.models import Forecaster, ForecasterName
from app.forecasts.models import Forecast, LatestForecast
from app.idempotency.models import IdempotencyKey
from app.outcomes.models import Event, Resolution, ResolutionEvent
from app.questions.models import Question, QuestionTag

__all__ = [
    "ApiKey",
    "AuditEntry",
    "Candidate",
    "Document",
    "Event",
    "Forecast",
    "Forecaster",
    "ForecasterName",
    "IdempotencyKey",
    "LatestForecast",
    "Question",
    "QuestionTag",
    "Resolution",
    "ResolutionEvent",
    "WebSession",
]
