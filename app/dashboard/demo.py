"""``forecast-tracker demo``: a small, made-up history to explore the dashboards with.

The story: on 14 March 2024 the (fictional) Meridian Risk Review published an assessment
of talks over the (fictional) Veskan grain corridor. The article goes through the same
document service as POST /v1/documents, so its forecasts are extracted; a reviewer accepted
most of them (a few with edits), rejected one and left two for review. Three independent
analysts forecast the same questions and a few of their own over the following months,
outcome events were recorded, and the questions were resolved: yes, no, one annulled and one
corrected by a second resolution. Two questions are past their deadline without a verdict.

Everything runs in one transaction and is keyed on the article's text, so a second run
changes nothing. Forecast recording times are simulated: two analysts are recorded as they
forecast, while the article's forecasts (accepted today) and the third analyst's record
(loaded today) are honestly backfilled, which the overview's backfilled share shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from typing import Any

import click
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.audit.service import record
from app.auth.models import ApiKey
from app.auth.service import Principal, create_key
from app.db import utcnow
from app.documents import service as documents
from app.documents.models import Candidate, Document
from app.documents.schemas import AcceptRequest, DocumentCreate
from app.forecasters import service as forecasters
from app.forecasts import service as forecasts
from app.forecasts.models import Forecast
from app.outcomes import service as outcomes
from app.outcomes.models import Event, Resolution
from app.outcomes.schemas import EventCreate, ResolutionCreate
from app.questions import service as questions
from app.questions.models import Question
from app.questions.schemas import QuestionCreate

PUBLISHER = "Meridian Risk Review"
TITLE = "Why the Veskan Grain Corridor Talks Will Stall but Not Collapse"
PUBLISHED = datetime(2024, 3, 14, 9, 30, tzinfo=UTC)
KEY_NAME = "demo admin"
TAGS = ["veska", "demo"]

# Analysts, the newsletter each writes in, and whether they were tracked live.
PRIYA = "Priya Raman"
TOMASZ = "Tomasz Wolski"
ADA = "Ada Okafor"
ANALYSTS = {
    PRIYA: ("Strait Monitor", True),
    TOMASZ: ("Baltic Desk Weekly", True),
    ADA: (None, False),
}
# How long after making a forecast a live analyst's entry reached the tracker.
LAG = timedelta(minutes=7)


def _day(text: str) -> datetime:
    return datetime.combine(date.fromisoformat(text), datetime.min.time(), UTC)


@dataclass(frozen=True)
class FromArticle:
    """A forecast the reviewer accepted from the article, found by a piece of its quote."""

    needle: str
    claim: str
    forecaster: str
    probability: float
    phrase: str
    resolve_by: date
    tags: list[str] = field(default_factory=list)


# Question key -> the accepted candidate. The claim and date are the reviewed ones: when
# they differ from what the extractor proposed, the acceptance records them as edits.
ARTICLE: dict[str, FromArticle] = {
    "extension": FromArticle(
        "corridor arrangement is likely to be extended",
        "The corridor arrangement will be extended by June 30, most probably for a shorter "
        "term than the one that just lapsed",
        PUBLISHER,
        0.675,
        "likely",
        date(2024, 6, 30),
    ),
    "treaty-2024": FromArticle(
        "comprehensive treaty",
        "Norvania and the Ostrel Republic sign a comprehensive treaty covering fees, "
        "inspections and naval patrols by 2024-12-31",
        PUBLISHER,
        0.125,
        "very unlikely",
        date(2024, 12, 31),
    ),
    "agreement-weeks": FromArticle(
        "new agreement was likely within weeks",
        "Norvania and the Ostrel Republic reach a new corridor agreement by 2024-04-25",
        "Dara Celik",
        0.675,
        "likely",
        date(2024, 4, 25),
    ),
    "deal-summer": FromArticle(
        "a deal before the summer was unlikely",
        "Norvania and the Ostrel Republic agree a corridor deal before 2024-06-01",
        "Anton Lisk",
        0.325,
        "unlikely",
        date(2024, 5, 31),
    ),
    "shipping-april": FromArticle(
        "Shipping through the strait will probably fall",
        "Shipping through the strait will fall by at least a third in April",
        PUBLISHER,
        0.675,
        "probably",
        date(2024, 4, 30),
    ),
    "wheat-300": FromArticle(
        "wheat prices on the Halvik exchange",
        "Benchmark wheat on the Halvik exchange trades above 300 euros a tonne by 2024-06-30",
        PUBLISHER,
        0.675,
        "likely",
        date(2024, 6, 30),
    ),
    "eu-mediates": FromArticle(
        "would almost certainly offer to mediate",
        "The bloc will offer to mediate",
        "Marta Vidal",
        0.975,
        "almost certain",
        date(2024, 4, 30),
    ),
    "envoy": FromArticle(
        "appoint a special envoy",
        "The EU appoints a special envoy for the corridor by 2024-06-30",
        PUBLISHER,
        0.675,
        "likely",
        date(2024, 6, 30),
    ),
    "monitoring": FromArticle(
        "joint monitoring mission",
        "A joint monitoring mission with both navies will be deployed before the end of the year",
        PUBLISHER,
        0.325,
        "unlikely",
        date(2024, 12, 31),
    ),
    "confidence-vote": FromArticle(
        "face a confidence vote",
        "Prime Minister Lisk will face a confidence vote in parliament by the end of September",
        PUBLISHER,
        0.675,
        "probably",
        date(2024, 9, 30),
    ),
    "coalition": FromArticle(
        "coalition is likely to survive",
        "Prime Minister Lisk's coalition survives a confidence vote held by 2024-09-30",
        PUBLISHER,
        0.675,
        "likely",
        date(2024, 9, 30),
    ),
    "fees": FromArticle(
        "unlikely to lower them",
        "The Ostrel Republic lowers its transit fees by 2024-12-31",
        PUBLISHER,
        0.325,
        "unlikely",
        date(2024, 12, 31),
    ),
    "blockade": FromArticle(
        "full blockade of the strait",
        "A full blockade of the Veska Strait begins by 2025-03-14",
        PUBLISHER,
        0.125,
        "highly unlikely",
        date(2025, 3, 14),
    ),
}
REJECTED = {"working-level contacts": "Not checkable: no event would settle it."}


@dataclass(frozen=True)
class Own:
    """A question the analysts asked themselves; `days_ahead` dates it from today."""

    title: str
    criteria: str
    resolve_by: date | None = None
    days_ahead: int = 0


OWN: dict[str, Own] = {
    "treaty-multi-year": Own(
        "Norvania and the Ostrel Republic sign a multi-year corridor treaty by 2025-06-30",
        "Yes if both governments sign a corridor agreement running at least three years.",
        date(2025, 6, 30),
    ),
    "export-quota": Own(
        "Norvania imposes export quotas on wheat by 2024-09-30",
        "Yes if a quota or licence cap on wheat exports takes legal effect.",
        date(2024, 9, 30),
    ),
    "rate-rise": Own(
        "The Ostrel central bank raises its policy rate by 2024-12-31",
        "Yes on any increase of the main refinancing rate.",
        date(2024, 12, 31),
    ),
    "ships-july": Own(
        "More than 30 grain ships pass the Veska Strait in July 2024",
        "As counted by the strait authority's monthly transit report.",
        date(2024, 8, 15),
    ),
    "renewal": Own(
        "The Veska corridor arrangement is renewed for at least twelve months",
        "Yes if a renewal of twelve months or more is signed before the deadline.",
        days_ahead=150,
    ),
    "early-election": Own(
        "Norvania holds an early general election",
        "Yes if polling day falls before the deadline.",
        days_ahead=300,
    ),
}

# Question key -> analyst -> their forecasts over time (day, probability).
ANALYST_FORECASTS: dict[str, dict[str, list[tuple[str, float]]]] = {
    "extension": {
        PRIYA: [("2024-03-20", 0.60), ("2024-05-02", 0.75)],
        TOMASZ: [("2024-03-18", 0.85), ("2024-04-25", 0.95)],
        ADA: [("2024-03-25", 0.55)],
    },
    "treaty-2024": {
        PRIYA: [("2024-03-20", 0.10), ("2024-09-01", 0.05)],
        TOMASZ: [("2024-03-18", 0.30)],
        ADA: [("2024-04-02", 0.15), ("2024-10-10", 0.08)],
    },
    "agreement-weeks": {
        PRIYA: [("2024-03-20", 0.35)],
        TOMASZ: [("2024-03-18", 0.70), ("2024-04-10", 0.60)],
        ADA: [("2024-03-25", 0.40)],
    },
    "deal-summer": {
        PRIYA: [("2024-03-20", 0.55), ("2024-05-02", 0.80)],
        TOMASZ: [("2024-03-18", 0.40)],
        ADA: [("2024-03-25", 0.50)],
    },
    "shipping-april": {
        PRIYA: [("2024-03-22", 0.65)],
        TOMASZ: [("2024-03-19", 0.90)],
        ADA: [("2024-04-01", 0.60)],
    },
    "wheat-300": {
        PRIYA: [("2024-03-22", 0.45), ("2024-06-01", 0.25)],
        TOMASZ: [("2024-03-19", 0.80), ("2024-06-03", 0.70)],
        ADA: [("2024-04-01", 0.50)],
    },
    "eu-mediates": {
        PRIYA: [("2024-03-22", 0.55)],
        TOMASZ: [("2024-03-19", 0.90)],
    },
    "envoy": {
        PRIYA: [("2024-03-22", 0.50), ("2024-06-10", 0.65)],
        TOMASZ: [("2024-03-19", 0.35)],
        ADA: [("2024-04-02", 0.60)],
    },
    "monitoring": {
        PRIYA: [("2024-03-22", 0.20), ("2024-08-15", 0.10)],
        TOMASZ: [("2024-03-19", 0.60)],
        ADA: [("2024-04-02", 0.30)],
    },
    "confidence-vote": {
        PRIYA: [("2024-03-25", 0.60), ("2024-08-20", 0.85)],
        TOMASZ: [("2024-03-20", 0.90)],
        ADA: [("2024-04-05", 0.70)],
    },
    "coalition": {
        PRIYA: [("2024-03-25", 0.65), ("2024-09-01", 0.75)],
        TOMASZ: [("2024-03-20", 0.95)],
        ADA: [("2024-04-05", 0.60)],
    },
    "fees": {
        PRIYA: [("2024-03-25", 0.20)],
        TOMASZ: [("2024-03-20", 0.10)],
        ADA: [("2024-04-05", 0.30), ("2024-11-01", 0.15)],
    },
    "blockade": {
        PRIYA: [("2024-03-25", 0.05)],
        TOMASZ: [("2024-03-20", 0.15)],
        ADA: [("2024-04-05", 0.08)],
    },
    "treaty-multi-year": {
        PRIYA: [("2024-06-01", 0.25), ("2025-03-01", 0.30)],
        TOMASZ: [("2024-06-01", 0.60)],
        ADA: [("2024-07-01", 0.35)],
    },
    "export-quota": {
        PRIYA: [("2024-04-10", 0.30)],
        TOMASZ: [("2024-04-10", 0.75), ("2024-07-15", 0.60)],
        ADA: [("2024-04-12", 0.40)],
    },
    "rate-rise": {
        PRIYA: [("2024-04-10", 0.55), ("2024-09-20", 0.70)],
        TOMASZ: [("2024-04-10", 0.45)],
        ADA: [("2024-04-12", 0.65)],
    },
    "ships-july": {
        PRIYA: [("2024-06-01", 0.60)],
        TOMASZ: [("2024-06-01", 0.85)],
        ADA: [("2024-06-05", 0.55)],
    },
    "renewal": {
        PRIYA: [("2025-06-15", 0.55)],
        TOMASZ: [("2025-06-15", 0.80)],
        ADA: [("2025-07-01", 0.50)],
    },
    "early-election": {
        PRIYA: [("2025-09-01", 0.25)],
        TOMASZ: [("2025-09-01", 0.40)],
    },
}

# Event key -> (title, description, day it happened).
EVENTS: dict[str, tuple[str, str, str]] = {
    "talks-resume": (
        "Corridor talks resume in Halvik after three-week pause",
        "Norvanian and Ostrel negotiators met again in Halvik; the EU attended as an observer.",
        "2024-04-09",
    ),
    "april-traffic": (
        "Veska Strait transits fell 38% in April, strait authority says",
        "Monthly transit report: 25 cargo ships in April against 40 a month last year.",
        "2024-05-06",
    ),
    "extension-signed": (
        "Norvania and the Ostrel Republic sign 90-day corridor extension",
        "The extension keeps the existing inspection rules and defers the fee dispute.",
        "2024-05-21",
    ),
    "envoy-named": (
        "EU names Lena Brandt special envoy for the Veska corridor",
        "The appointment was announced in Brussels on June 27.",
        "2024-06-27",
    ),
    "wheat-june": (
        "Halvik wheat ends June at 271 euros a tonne",
        "The benchmark contract peaked at 294 euros in mid-June.",
        "2024-07-01",
    ),
    "july-ships": (
        "34 grain ships crossed the Veska Strait in July",
        "Traffic recovered after the corridor extension, the strait authority reported.",
        "2024-08-05",
    ),
    "confidence-vote": (
        "Prime Minister Lisk survives confidence vote 112-97",
        "The Norvanian coalition held together in a vote called over farm export losses.",
        "2024-09-12",
    ),
    "rate-rise": (
        "Ostrel central bank raises policy rate by half a point",
        "The bank cited food prices and the weaker currency.",
        "2024-10-17",
    ),
    "naval-talks": (
        "Norvanian and Ostrel navies hold talks after Veska Strait incident",
        "Both navies agreed a hotline after a patrol boat collision; neither side closed the "
        "strait.",
        "2025-02-10",
    ),
    "treaty-draft": (
        "Draft corridor treaty circulated as talks resume in Halvik",
        "Norvania and the Ostrel Republic exchanged a draft multi-year corridor treaty text.",
        "2025-05-02",
    ),
}


@dataclass(frozen=True)
class Verdict:
    question: str
    outcome: str
    events: list[str]
    note: str
    resolved_at: str | None = None


# In the order they were recorded; "envoy" is resolved twice (a correction).
VERDICTS = [
    Verdict("eu-mediates", "annulled", ["talks-resume"], "The talks did not stay frozen."),
    Verdict("agreement-weeks", "no", [], "No agreement by the date.", "2024-04-26"),
    Verdict("shipping-april", "yes", ["april-traffic"], "Traffic fell 38%."),
    Verdict("deal-summer", "yes", ["extension-signed"], "The extension counts as a deal."),
    Verdict("extension", "yes", ["extension-signed"], "Extended for 90 days."),
    Verdict("wheat-300", "no", ["wheat-june"], "Peaked at 294 euros."),
    Verdict("envoy", "no", [], "No appointment found by the deadline.", "2024-07-01"),
    Verdict("ships-july", "yes", ["july-ships"], "34 ships."),
    Verdict("envoy", "yes", ["envoy-named"], "Correction: the envoy was named on June 27."),
    Verdict("confidence-vote", "yes", ["confidence-vote"], ""),
    Verdict("coalition", "yes", ["confidence-vote"], "Won 112-97."),
    Verdict("export-quota", "no", [], "No quota was imposed.", "2024-10-01"),
    Verdict("rate-rise", "yes", ["rate-rise"], ""),
    Verdict("treaty-2024", "no", [], "Only the 90-day extension was signed.", "2025-01-01"),
    Verdict("monitoring", "no", [], "No joint mission was deployed.", "2025-01-01"),
    Verdict("fees", "no", [], "Fees unchanged.", "2025-01-01"),
]


@dataclass
class Loaded:
    key: str | None
    key_id: int | None
    created: bool


def load(session: Session) -> Loaded:
    """Load the demo unless its article is already stored; returns the new key, if any."""
    text = _article()
    if session.scalar(
        select(Document.id).where(Document.content_hash == documents.content_hash(text))
    ):
        return Loaded(None, _demo_key_id(session), created=False)
    key, secret = create_key(session, KEY_NAME, "admin")
    me = Principal(key_id=key.id, name=KEY_NAME, scopes=key.scope_set)
    record(session, me, "key.create", key)
    stored = documents.create(
        session,
        me,
        DocumentCreate(
            text=text,
            title=TITLE,
            publisher=PUBLISHER,
            author="Meridian Risk Review analysts",
            published_at=PUBLISHED,
        ),
    )
    ids = _review(session, me, stored.document)
    ids.update(_own_questions(session, me))
    _analysts(session, me, ids)
    events = {
        name: outcomes.create_event(
            session,
            me,
            EventCreate(
                title=title, description=about, occurred_at=_day(day) + timedelta(hours=12)
            ),
        ).id
        for name, (title, about, day) in EVENTS.items()
    }
    for v in VERDICTS:
        outcomes.resolve(
            session,
            me,
            ids[v.question],
            ResolutionCreate(
                outcome=v.outcome,
                event_ids=[events[e] for e in v.events],
                note=v.note,
                resolved_at=_day(v.resolved_at) if v.resolved_at else None,
            ),
        )
    return Loaded(secret, key.id, created=True)


def _article() -> str:
    return resources.files("app.dashboard").joinpath("demo_article.txt").read_text("utf-8")


def _demo_key_id(session: Session) -> int | None:
    stmt = select(ApiKey.id).where(ApiKey.name == KEY_NAME, ApiKey.revoked_at.is_(None))
    return session.scalar(stmt.order_by(ApiKey.id))


def _review(session: Session, me: Principal, document: Document) -> dict[str, int]:
    """Accept, reject or leave each extracted candidate, as a reviewer would."""
    found = documents.candidates_of(session, document.id)
    ids: dict[str, int] = {}
    for name, spec in ARTICLE.items():
        candidate = _find(found, spec.needle)
        if candidate is None:
            # The extractor may change; the demo keeps its questions all the same.
            ids[name] = _without_candidate(session, me, document, spec)
            continue
        edits: dict[str, Any] = {"tags": [*TAGS, *spec.tags]}
        if spec.claim != candidate.claim:
            edits["claim"] = spec.claim
        if spec.resolve_by != candidate.resolve_by:
            edits["resolve_by"] = spec.resolve_by
        if spec.forecaster != candidate.forecaster:
            edits["forecaster"] = spec.forecaster
        _, question, _ = documents.accept(
            session, me, candidate.id, AcceptRequest.model_validate(edits)
        )
        ids[name] = question.id
    for needle, note in REJECTED.items():
        candidate = _find(found, needle)
        if candidate is not None and candidate.status == "proposed":
            documents.reject(session, me, candidate.id, note)
    return ids


def _find(candidates: list[Candidate], needle: str) -> Candidate | None:
    for c in candidates:
        if needle.lower() in c.quote.lower() and c.status == "proposed":
            return c
    return None


def _without_candidate(
    session: Session, me: Principal, document: Document, spec: FromArticle
) -> int:
    question = questions.create(
        session,
        me,
        QuestionCreate(
            title=spec.claim,
            description=f"From \u201c{TITLE}\u201d ({PUBLISHER}, {PUBLISHED:%Y-%m-%d}).",
            resolve_by=spec.resolve_by,
            tags=[*TAGS, *spec.tags],
        ),
    )
    forecasts.add(
        session,
        me,
        question.id,
        forecaster=spec.forecaster,
        probability=spec.probability,
        made_at=PUBLISHED,
        publisher=PUBLISHER,
        phrase=spec.phrase,
        document_id=document.id,
        source="document",
    )
    return question.id


def _own_questions(session: Session, me: Principal) -> dict[str, int]:
    today = utcnow().date()
    ids = {}
    for name, spec in OWN.items():
        resolve_by = spec.resolve_by or today + timedelta(days=spec.days_ahead)
        question = questions.create(
            session,
            me,
            QuestionCreate(
                title=spec.title,
                resolution_criteria=spec.criteria,
                resolve_by=resolve_by,
                tags=TAGS,
            ),
        )
        ids[name] = question.id
    return ids


def _analysts(session: Session, me: Principal, ids: dict[str, int]) -> None:
    now = utcnow()
    for name, by_analyst in ANALYST_FORECASTS.items():
        question = questions.get(session, ids[name], lock="share")
        for analyst, series in by_analyst.items():
            publisher, live = ANALYSTS[analyst]
            for day, p in series:
                made = _day(day) + timedelta(hours=15)
                _replay(
                    session, me, question, analyst, p, made, made + LAG if live else now, publisher
                )


def _replay(
    session: Session,
    me: Principal,
    question: Question,
    analyst: str,
    p: float,
    made_at: datetime,
    recorded_at: datetime,
    publisher: str | None,
) -> None:
    """Record a forecast as the live tracker would have, at its simulated recording time.

    The same checks and bookkeeping as `app.forecasts.service.add`, which always stamps
    the present; only the recording time differs, and `source` says "demo".
    """
    forecasts.check_time(made_at, utcnow())
    forecasts.check_open_for(question, made_at)
    who = forecasters.ensure(session, me, analyst, "person")
    pub = forecasters.ensure(session, me, publisher, "organisation") if publisher else None
    forecast = Forecast(
        question_id=question.id,
        forecaster_id=who.id,
        publisher_id=pub.id if pub else None,
        probability=p,
        made_at=made_at,
        recorded_at=recorded_at,
        source="demo",
        created_by=me.key_id,
    )
    session.add(forecast)
    session.flush()
    row = {c: getattr(forecast, c, None) for c in forecasts.LATEST_COLUMNS}
    row.update(forecast_id=forecast.id, outcome=forecasts.outcome_flag(question))
    row["resolved_at"] = question.resolved_at
    forecasts.upsert_latest(session, [row])
    record(session, me, "forecast.create", forecast)


def summary(session: Session) -> list[str]:
    """What the database now holds, one line per kind of record."""

    def count(stmt: Any) -> int:
        return int(session.scalar(stmt) or 0)

    by_status = dict(
        session.execute(select(Question.status, func.count()).group_by(Question.status)).all()
    )
    overdue = count(
        select(func.count())
        .select_from(Question)
        .where(Question.status == "open", Question.resolve_by < utcnow().date())
    )
    candidates = dict(
        session.execute(select(Candidate.status, func.count()).group_by(Candidate.status)).all()
    )
    return [
        f"documents: {count(select(func.count()).select_from(Document))} "
        f"(candidates: {candidates.get('accepted', 0)} accepted, "
        f"{candidates.get('rejected', 0)} rejected, {candidates.get('proposed', 0)} to review)",
        f"questions: {sum(by_status.values())} ({by_status.get('resolved', 0)} resolved, "
        f"{by_status.get('annulled', 0)} annulled, {by_status.get('open', 0)} open of which "
        f"{overdue} overdue)",
        f"forecasts: {count(select(func.count()).select_from(Forecast))}, "
        f"outcome events: {count(select(func.count()).select_from(Event))}, "
        f"resolutions: {count(select(func.count()).select_from(Resolution))}",
    ]


@click.command()
def demo() -> None:
    """Load a small made-up example (an article, forecasts, outcomes) to explore."""
    from app.config import get_settings
    from app.migrate import migrated_session

    with migrated_session() as session:
        loaded = load(session)
        lines = summary(session)
    url = get_settings().database_url
    if loaded.created:
        click.echo(f"Loaded the demo into {_redact(url)}:")
    else:
        click.echo(f"The demo is already loaded in {_redact(url)}; nothing was added.")
    for line in lines:
        click.echo(f"  {line}")
    click.echo("")
    click.echo("Start the server with `forecast-tracker serve`, then open http://127.0.0.1:8000/")
    click.echo("(overview, forecasters, questions, the resolution queue, documents to review).")
    if loaded.key:
        click.echo("To review articles and resolve questions, sign in at /login with this admin")
        click.echo("key. It is shown only now; only its hash is stored:")
        click.echo("")
        click.echo(f"  {loaded.key}")
    elif loaded.key_id is not None:
        click.echo(
            f"The demo's admin key (id {loaded.key_id}) was printed when it was created; for a "
            "new one run `forecast-tracker keys create --name me --scopes admin`."
        )


def _redact(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
