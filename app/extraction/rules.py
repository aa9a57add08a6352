# ruff: noqa: RUF001  (typographic quotes and dashes are matched on purpose)
"""Rule-based forecast extraction.

Per sentence: find estimative cues (modal verbs, "likely to", "there is a chance that",
"expects X to"), find the clause each cue governs, attach the attribution around it,
drop what is not a forecast (pledges, embedded questions, hypotheticals, past modals),
then rewrite the clause as a plain "X will ..." claim.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from . import lexicon_words as lw
from .actors import ALIASES, NameIndex, actors_in, after_last_title, blank_nicknames
from .features import Evidence
from .horizon import (
    FULL_YEAR_WORDS,
    WEEKDAYS,
    Horizon,
    after_event,
    event_dates,
    event_horizon,
    find_horizons,
    fiscal_end,
    fiscal_month,
    is_this_season,
    main_event,
    modifier_year,
    pick,
    season_end,
    season_kind,
    summer_recess,
)
from .model import Candidate
from .quantity import find_quantity
from .scales import Reading, Scale, load_scale
from .segment import QuoteSpan, Segmented, Sentence, segment

if TYPE_CHECKING:
    from .llm import LLMConfig

_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:['’\-.,&]\w+)*|\S")
_PREFILTER = re.compile(
    r"\b(?:will|won[’']t|shall|would|wouldn[’']t|may|might|could|likely|unlikely|probabl[ey]"
    r"|improbable|certain|certainty|sure|bound|set|poised|expect\w*|forecast\w*|predict\w*|project\w*"
    r"|anticipat\w*|tipped|going|chances?|possibility|odds|inevitabl[ey]|sees?|track|course"
    r"|probabilit\w*|likelihood|likeliest|risks?|prospects?|cards|envisag\w*|surprised|amazed"
    r"|astonished|shocked|stunned|surprise|surprising|shock|consensus|should|faces?|pricing|favou?rites?|priced|\d+/\d+"
    r"|\w+[’']ll|case|scenario|simulations|scenarios|runs|think|reckon|doubts?|target"
    r"|\d\.\d\d\s+(?:to|on)\s"
    r"|ha(?:s|ve)\s+\w+(?:\s+\w+)?\s+(?:on|at)\s+\d+|next\s+on\s+\d+|evens|toss-up|coin-toss"
    r"|coin-flip|whether|points?\s+to|suggest(?:s|ed)|give\s+it\s+\d+|out\s+of\s+the\s+question"
    # prices and their words: "a long shot", "a safe bet", "available at", "ten-to-one"
    r"|long[\s-]shot|safe\s+bet|available\s+at|betting|head(?:ing|ed)\s+for"
    r"|at\s+\d{1,3}-\d{1,3}|[a-z0-9]+-to-[a-z0-9]+|in\s+line\s+(?:for|to)"
    # picks and bets: "backing X to", "my money is on X", "X's to lose", "I'd bet", "I lean
    # towards X"
    r"|(?:backing|backs|tipping|tips)\s+[A-Z]\w*|money(?:\s+is|['’]s)\s+on|to\s+lose|estimate"
    r"|(?:bet|wager|betting)\s+(?:that\s+)?\w+|lean\s+towards?"
    r"|\d{1,3}-\d{1,3}\s+(?:on|against|for|to|shot|outsiders?|chance|favourites?|with|that|and)"
    r"|make\s+\w+\s+\d{1,3}-\d{1,3}|(?:is|are)\s+\d{1,3}-\d{1,3})\b"
    r"|\(\d{1,3}%\)[:.]|:\s*\d{1,2}(?:\.\d)?%\.?$"
    r"|\b(?:is|are)(?:n['’]t)?\s+(?:not\s+)?\w+ing\b[^.;]{0,60}\b(?:this|next|coming|before|until|by)\b",
    re.IGNORECASE,
)
_SKIP_SENTENCE = re.compile(
    r"remains? to be seen|it(?:'s| is| was) (?:not |still |yet )*(?:un)?clear\b"
    r"|is (?:still )?unclear"
    r"|is not (?:yet )?clear|(?:is|remains) (?:an )?(?:open|another) (?:question|matter)"
    r"|no(?: ?one|body) knows|who knows|too (?:early|soon) to (?:say|tell)|questions remain"
    r"|is uncertain whether|it is hard to (?:say|tell|know)|is anyone's guess"
    r"|\b(?:could|might|may) be argued\b"
    r"|\b(?:will|is expected to|is due to|is set to) (?:say|tell|announce|argue|warn|urge)\b"
    r"|\bunder the terms of\b|\bas part of the (?:deal|settlement|agreement|takeover|merger)\b",
    re.IGNORECASE,
)
_DOUBT_ASIDE = re.compile(r",\s+(?:although|though|but|while)\s+whether\b", re.IGNORECASE)
_EVALUATIVE = re.compile(
    r"^(?:it|this|that)\s+(?:would|will|could|might|may)\s+(?:not\s+)?(?:be|seem|look)\s+"
    r"(?!(?:subject|due|set|poised|about|likely|unlikely|expected|forced|able|allowed|bound)\b)"
    r"(?:\w+\s+)?(?:\w+)\s+(?:to|for)\b",
    re.IGNORECASE,
)
_WORDISH = re.compile(r"^[a-z][a-z'-]*$")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_SPACES = re.compile(r"\s+")
_NORM = re.compile(r"[^a-z0-9]+")
_ACCORDING = re.compile(r"\baccording to ([^,;:—–()]+)", re.IGNORECASE)
_IN_VIEW_MID = re.compile(r"in (his|her|their|its|our|my|[A-Z][\w'’.-]*['’]s?) view\b")
_VIEW_OPENING = re.compile(r"^[Ii]n (?:his|her|their|its|our|my|[A-Z][\w'’.-]*['’]s?) view,?\s+")
_IN_VIEW = re.compile(r"\s*In\s+(his|her|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}?['’]s?)\s+view\b")
_PERSON_ROLES = lw.ROLE_WORDS | lw.AGENT_NOUNS | lw._words("organiser organizer negotiator")
_APPOSED_NAME = re.compile(r",\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*(?:[,.;]|$)")
_SAY_AFTER = re.compile(
    r"^\s*[,.]?\s*[”\"]?\s*,?\s*(?:(?P<v1>said|says|added|warned|told|predicted|argued|insisted"
    r"|noted|explained|stressed|wrote|claimed|cautioned|forecast|suggested)\s+"
    # "..., said on Tuesday": a time phrase after the verb is not the speaker
    r"(?!(?:on|in|at|last|this|yesterday|today|earlier|later)\b)(?P<n1>[^,.;:“\"]{2,80}?)"
    r"(?=\s*(?:[,.;:]|$| on | in | at | last | this | after | before | who | when ))"
    r"|(?P<n3>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s+(?P<mid>[^,.;:“\"]{2,80}?),"
    r"\s+(?:has |had |also |then )?(?P<v3>said|says|added|warned|told|predicted|argued"
    r"|insisted|noted|explained|stressed|wrote|claimed|cautioned|forecast|suggested)\b"
    # "..., although several backbenchers have said ...": a speaker of another clause
    r"|(?!\s*(?:although|though|while|whereas|but|because|since|unless|when|if)\b)"
    # "... during the forecast period": a noun after its determiner, not a speaker's verb
    r"(?P<n2>[^,.;:“\"]{2,80}?)(?<!\bthe)(?<!\bits)(?<!\btheir)(?<!\bour)(?<!\bthis)"
    r"\s+(?:has |had |have |also |then )?(?P<v2>said|says|added|warned|told|predicted|argued"
    r"|insisted|noted|explained|stressed|wrote|claimed|cautioned|forecast|suggested)\b)",
    re.IGNORECASE,
)


_APPOSED_AFTER = re.compile(r",\s*((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)\s*(?:[.,;]|$)")


def _said_who(m: re.Match[str]) -> str:
    """The speaker a `_SAY_AFTER` match names; of "X, Y, said" the part that is a name
    ("the group's director, Clodagh Bracken, said" -> Clodagh Bracken)."""
    if m["n3"] and m["n3"][:1].islower() and re.fullmatch(r"(?:[A-Z][\w'’.-]*\s*){2,4}", m["mid"]):
        return m["mid"].strip()
    who = (m["n1"] or m["n3"] or m["n2"] or "").strip()
    if m["n1"] and who[:1].islower():
        # "said their head of research, Anjali Rao": the name in apposition to the role
        named = _APPOSED_AFTER.match(m.string, m.end("n1"))
        if named:
            return named[1].strip()
    return who


_SAY_FINAL = re.compile(
    r",\s*(?P<n>(?:[a-z]+\s+)?[A-Za-z][^,;:“\"]{1,60}?)\s+(?:(?:has|have|had)\s+)?"
    r"(?:say|says|said|warn|warned|predict|predicts|predicted|forecast|forecasts|expect|expects"
    r"|argue|argued|believe|believes|reckon|reckons|told\s+[^,;:]{1,30})"
    # "..., the center said in its 11am advisory.": when and where it was said
    r"(?:\s+(?:on|in|at|last|this|during|after|late|early)\s+[^,;:“\"]{1,40}?)?"
    # "..., the federation forecasts, which could make smaller schemes unviable."
    r"(?:\.?[\"”]?\s*$|,\s+which\b)"
)
_SAY_BEFORE = re.compile(
    r"(?P<n>[A-Z][^,.;:“\"]{1,80}?|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s+(?:has |had |also |then )?"
    r"(?:said|says|added|warned|told [^,.;:“\"]{1,40}|predicted|argued|insisted|wrote|stressed)"
    r"(?:\s+(?:on|in|at|last)\s+[^,.;:“\"]{1,30})?\s*[:,]?\s*$"
)


@dataclass
class Tok:
    start: int
    end: int
    text: str
    low: str


@dataclass
class Cue:
    head: int
    verb: int
    kind: str  # modal, adj_to, predicative, it_that, chance, hedge_obj, nominal
    core: str
    mods: tuple[str, ...] = ()
    negated: bool = False
    modal: str = ""
    edits: list[tuple[int, int, str]] = field(default_factory=list)  # token range -> text
    claim_start: int | None = None
    quote_start: int | None = None
    gov: int | None = None
    act: bool = False  # a dated act after an infinitive forecast (`_next_act_cue`)
    subject: tuple[int, int] | None = None
    label: str = ""  # the words behind a numeric core ("2/1 odds")


@dataclass
class Clause:
    cue: Cue
    start: int
    end: int
    kind: str
    intro: int | None = None
    coord_that: bool = False
    subjectless: bool = False
    gov: int | None = None
    condition: str | None = None
    drops: list[tuple[int, int]] = field(default_factory=list)
    cond_end: int = 0


@dataclass
class Context:
    text: str
    published: dt.date
    publisher: str
    scale: Scale
    default_horizon_days: int
    names: NameIndex
    quotes: list[QuoteSpan]
    scare: frozenset[int] = frozenset()  # offsets of scare-quote marks, read through
    last_person: str | None = None
    people: set[str] = field(default_factory=set)  # the people named in full so far
    last_agent: str | None = None
    agent_at: int = -9  # the sentence in which last_agent made its forecast
    last_org: str | None = None  # the last sentence subject "it" can stand for
    last_group: str | None = None  # the last plural subject "they" can stand for
    last_estimator: str | None = None  # the last body to give a chance: "It rates X at 9%"
    analytic: bool = False
    propose: bool = False  # keep what the hand-written filters would drop, flagged
    speakers: dict[str, str] = field(default_factory=dict)
    politics: int = 0
    estimative: int = 0
    sent_index: int = 0
    sent_count: int = 0
    frame: tuple[int, Horizon] | None = None  # "Over the next six months, ...": its paragraph
    section: Horizon | None = None  # a subheading's time frame: "Scenarios to end-2026"
    events: dict[str, Horizon] = field(default_factory=dict)  # event dates the article gives
    main_event: Horizon | None = None  # the dated event the lead is about
    season: str = "sport"  # what "this season" means in the article (`season_kind`)
    year_ends: int | None = None  # the month a stated marketing or crop year ends in
    release_today: bool = False  # the article is written on the day figures come out
    begins: dt.date | None = None  # the day the product or service starts (`_begins_on`)
    numbered: dict[str, tuple[dt.date, dt.date]] | None = None  # `_numbered_dates`
    firm_days: dict[str, Horizon] | None = None  # `_firm_day`
    asked: Horizon | None = None  # the time frame of the question the paragraph answers
    outlook: Horizon | None = None  # the period an outlook's title covers
    firm: str | None = None  # the company the article is about, for "the company said"
    fiscal_month: int | None = None  # "its fiscal year, which ends on 30 June": 6
    last_producer: str | None = None  # "the ASO published new population projections"
    last_due: Horizon | None = None  # the last stated horizon, for "over the same period"
    # the sentence's last chance and whose it was: "NSWC forecasters give a 65% chance of X,
    # and a 20% chance of Y" gives both
    last_chance: tuple[int, Attribution] | None = None
    # in a row of a price list ("- Paulo Serrat (Kingsmere): 7-2"): the list's bookmaker
    price_row: str | None = None
    judged: bool = False  # a row of a list of a report's judgments
    called: bool = False  # a row of a list of the publisher's own calls ("Key forecasts")
    judged_by: str | None = None  # who made them, where the list's opening says
    betting: bool = False  # an article about prices: several bookmakers' words in it
    last_body: str | None = None  # the last body (not a person) that made a forecast
    answers: list[tuple[int, int]] = field(default_factory=list)  # an interview's answers
    interviewee: str | None = None  # whom a question-and-answer interview is with


# "there's a good chance", "it's a near certainty that", "we're on course for", "they're
# unlikely to": the copula is a cue, so it is a token of its own
_SPLIT_IS = frozenset(
    {"it's", "there's", "that's", "here's", "what's", "he's", "she's", "we're", "they're", "you're"}
)


def tokenize(text: str) -> list[Tok]:
    out: list[Tok] = []
    for m in _TOKEN.finditer(text):
        low = m.group().lower().replace("’", "'")
        if low in _SPLIT_IS:
            cut = low.rindex("'") + m.start()
            out.append(Tok(m.start(), cut, text[m.start() : cut], low[: cut - m.start()]))
            out.append(Tok(cut, m.end(), text[cut : m.end()], low[cut - m.start() :]))
            continue
        out.append(Tok(m.start(), m.end(), m.group(), low))
    return out


def extract(
    text: str,
    *,
    published: dt.date,
    publisher: str,
    scale: str | Scale = "icd203",
    default_horizon_days: int = 365,
    backend: str = "rules",
    llm: LLMConfig | None = None,
    filter: str = "model",
    threshold: float | None = None,
) -> list[Candidate]:
    """Forecast candidates in ``text``, in reading order, one per distinct forecast.

    The rules propose candidates; ``filter`` decides which are kept: ``"model"`` (default)
    keeps those the learned precision filter (``filter.py``) scores at or above
    ``threshold`` (default: the threshold stored with the model); ``"rules"`` keeps those
    no hand-written filter objects to (the extractor before the model); ``"none"`` keeps
    every proposal. ``backend="llm"`` asks the chat endpoint described by ``llm`` instead
    of the rules (see ``llm.py``); it raises ``LLMError`` when the endpoint fails.
    """
    if backend == "llm":
        if llm is None:
            raise ValueError('backend="llm" needs an LLMConfig (llm=...)')
        from .llm import extract_llm

        return extract_llm(
            text,
            published=published,
            publisher=publisher,
            config=llm,
            scale=scale,
            default_horizon_days=default_horizon_days,
        ).candidates
    if backend != "rules":
        raise ValueError(f'unknown backend {backend!r}: "rules" or "llm"')
    if filter not in {"model", "rules", "none"}:
        raise ValueError(f'unknown filter {filter!r}: "model", "rules" or "none"')
    found = propose(
        text,
        published=published,
        publisher=publisher,
        scale=scale,
        default_horizon_days=default_horizon_days,
        flagged=filter != "rules",
    )
    if filter == "none":
        return [c for c, _ in found]
    if filter == "rules":
        return [c for c, ev in found if not ev.flags]
    from .filter import load_filter

    model = load_filter()
    cut = model.threshold if threshold is None else threshold
    return [c for c, ev in found if model.score(ev) >= cut]


def propose(
    text: str,
    *,
    published: dt.date,
    publisher: str,
    scale: str | Scale = "icd203",
    default_horizon_days: int = 365,
    flagged: bool = True,
) -> list[tuple[Candidate, Evidence]]:
    """Every candidate the rules propose, with the evidence the learned filter reads.

    With ``flagged=True`` clauses the hand-written filters reject (plans, pledges,
    hypothetical "would", ...) are proposed too, their reasons in ``Evidence.flags``.
    """
    scale_obj = load_scale(scale)
    seg = segment(text)
    ctx = Context(
        text, published, publisher, scale_obj, default_horizon_days, NameIndex(text), seg.quotes
    )
    ctx.scare = frozenset(pos for q in seg.scare for pos in (q.open, q.close))
    ctx.propose = flagged
    first = min((s.block for s in seg.sentences), default=0)  # the lead paragraph
    heads = [text[b.start : b.end] for b in seg.blocks[:first] if b.kind == "heading"]
    lead_blocks = {first}
    if first == 0:
        # a headline read as a sentence ("Harwick votes: who will be the next mayor?"): the
        # lead is the headline and the paragraph after it
        lead_blocks.add(min((s.block for s in seg.sentences if s.block > 0), default=0))
    lead = heads + [s.text for s in seg.sentences if s.block in lead_blocks]
    ctx.events = event_dates([s.text for s in seg.sentences], published, lead=lead)
    sections, questions = _section_frames(seg, first, published)
    ctx.main_event = main_event(lead, ctx.events)
    ctx.season = season_kind(text)
    ctx.outlook = _outlook_period(heads, published, ctx.season)
    if stated := _YEAR_RUNS.search(text):
        ctx.year_ends = _MONTH_NUMBER[stated["to"].lower()[:3]]
    ctx.release_today = _RELEASE_TODAY.search(text) is not None
    ctx.firm = _main_firm(text)
    ctx.fiscal_month = fiscal_month(text)
    ctx.estimative = _estimative(text)
    ctx.betting = len(_BETTING_TALK.findall(text)) >= 3
    last = max(lead_blocks)  # a headline read as a sentence brings the standfirst with it
    while last + 1 < len(seg.blocks) and seg.blocks[last + 1].kind == "heading":
        last += 1  # "Interview by Tom Aldridge | Piste & Powder | 28 October 2025"
    opening = text[: seg.blocks[last].end] if seg.blocks else ""
    if _INTERVIEW.search(opening):
        # "The Interview | ...", "She talked to us at the yard's offices": its answers are
        # the interviewee's (an explainer's "What next for Ashdown?" subheadings are not)
        ctx.answers = _answers(seg)
        ctx.interviewee = _interviewee(seg, ctx) if len(ctx.answers) >= 3 else None
        if ctx.interviewee == ctx.publisher:
            ctx.interviewee = None  # "Radio Westmoor | Broadcast ...": the dateline's station
        if ctx.interviewee is None and len(ctx.answers) >= 3:
            ctx.interviewee = _labelled_answerer(seg, ctx.answers)  # "RAFAEL MONTOYA: ..."
    ctx.analytic = ctx.estimative >= 2
    ctx.sent_count = len(seg.sentences)
    ctx.politics = len(_POLITICS.findall(text))
    out: list[tuple[Candidate, Evidence]] = []
    seen: set[str] = set()
    priced = _price_rows(seg)
    judged = _rows_under(seg, _judgments_of_others, _BULLET_ROW)
    called = _rows_under(seg, _OUR_CALLS.fullmatch, _BULLET_ROW)
    answer: tuple[int, Reading] | None = None  # "Almost certainly." said just before
    for index, sentence in enumerate(_with_labels_joined(seg.sentences, text)):
        if numbered := _PARAGRAPH_NUMBER.match(sentence.text):
            # "5.2 Officials put the risk ...": a briefing's paragraph number is no part of it
            cut = numbered.end()
            sentence = replace(sentence, start=sentence.start + cut, text=sentence.text[cut:])
        given, answer = answer, _lone_adverb(sentence, ctx)
        ctx.judged = sentence.block in judged
        ctx.called = sentence.block in called
        owner = _LIST_MAKER.search(judged[sentence.block]) if ctx.judged else None
        ctx.judged_by = f"the {owner[1]}" if owner else None
        lister = _EXPECTS_LIST.fullmatch(judged[sentence.block]) if ctx.judged else None
        if lister is not None:
            ctx.judged_by = lister["who"]  # "The NHC expects:
        sure = _SURE_OF_IT.match(sentence.text)
        if sure and out and 0 <= sentence.start - out[-1][0].end <= 3:
            # "It will open on 21 March. I'm 90% confident of that.": the forecast just made,
            # at the chance its maker gives it
            cand, ev = out[-1]
            phrase = sure[0].rstrip(" .")
            out[-1] = (
                replace(cand, probability=int(sure[1]) / 100, probability_phrase=phrase),
                # a chance given to it: read as a stated chance, not as a timetable's "will"
                replace(ev, flags=(), cue_kind="chance", cue_core="pct", phrase=phrase),
            )
        ctx.price_row = priced.get(sentence.block)
        if (
            ctx.price_row is None
            and not ctx.judged
            and not ctx.called
            and not _PREFILTER.search(sentence.text)
        ):
            _note_subject(tokenize(sentence.text), ctx)
            _note_people(sentence, ctx)
            continue
        ctx.sent_index = index
        _note_frame(sentence, ctx)
        ctx.section = sections.get(sentence.block)
        ctx.asked = questions.get(sentence.block)
        _note_subject(tokenize(sentence.text), ctx)
        for cand, ev in _analyse(sentence, ctx):
            key = _NORM.sub(" ", cand.quote.lower()).strip()
            if key in seen:
                continue
            seen.add(key)
            cand = _number_given(cand, text, sentence.end, ctx.scale)
            if given and 0 <= sentence.start - given[0] <= 3 and cand.probability_phrase == "will":
                # "Will it sell? Almost certainly. The Nova 9 will outsell the Nova 8": the
                # answer's word is the chance of the plain "will" after it
                cand = replace(cand, probability=given[1].p, probability_phrase=given[1].phrase)
            out.append((cand, ev))
            if cand.forecaster != ctx.publisher and not any(_people(cand.forecaster, ctx)):
                ctx.last_body = cand.forecaster  # whose judgments a list of them may be
        out += _priced_again(sentence, out, seen)
        _chance_given_after(sentence, out, seen)
        _note_people(sentence, ctx)
    return out


# "Stanwell's is slightly more generous at 2/5, while BetKestrel offers 4/11": another
# firm's price on the outcome the sentence before priced
_PRICED_AGAIN = re.compile(
    r"(?:^|[,;]\s*(?:while|whereas|and|but)\s+|\bwhile\s+)"
    r"(?P<firm>(?:[A-Z][\w'’&]*\s+){0,2}[A-Z][\w'’&]*)\s+"
    r"(?:offers|quotes|is\s+offering|are\s+offering|has\s+it\s+at|have\s+it\s+at"
    r"|(?:is|are|go|goes)\s+(?:(?:slightly|a\s+touch|marginally|a\s+shade|a\s+little|even|much)\s+)?"
    r"(?:(?:more|less)\s+generous|shorter|longer|bigger|braver|bolder|stingier|meaner)\s+at)\s+"
    r"(?P<price>\d{1,3}\s*[/-]\s*\d{1,3}|evens|\d{1,3}\.\d{1,2})(?=\s*(?:[,.;]|$))"
)


# "We assign that scenario a probability of about one in six", "I'd put the chance of that
# at 20%": a chance for the forecast just made
_BACK = (
    r"(?:(?:that|this|the\s+latter|such\s+an?)(?:\s+[a-z-]+)?\s+"
    r"(?:scenario|outcome|risk|possibility|case|event)|that|this|it)"
)
_CHANCE_WORD = r"(?:probability|chance|likelihood|odds)"
_CHANCE_GIVEN_AFTER = re.compile(
    r"^(?:We|I)(?:\s+would|['’]d)?\s+(?:"
    rf"(?:assign|give|attach)\s+{_BACK}\s+an?\s+{_CHANCE_WORD}\s+of\s+(?P<v1>[^.;,]+)"
    rf"|(?:put|place|assign|attach)\s+an?\s+{_CHANCE_WORD}\s+of\s+(?P<v2>[^.;,]+?)\s+(?:to|on)\s+{_BACK}"
    rf"|(?:put|place|rate)\s+the\s+{_CHANCE_WORD}\s+of\s+{_BACK}\s+at\s+(?P<v3>[^.;,]+)"
    r")\s*[.;]?\s*$"
)


def _chance_given_after(
    sentence: Sentence, out: list[tuple[Candidate, Evidence]], seen: set[str]
) -> None:
    """The forecast just made again, at the chance the next sentence gives it (in place of
    a reading of the sentence alone: "That will happen")."""
    m = _CHANCE_GIVEN_AFTER.match(sentence.text)
    if m is None:
        return
    quote = m[0].rstrip(" .;")
    key = _NORM.sub(" ", quote.lower()).strip()
    if key in seen:
        if not out or _NORM.sub(" ", out[-1][0].quote.lower()).strip() != key:
            return
        out.pop()  # "I'd put the chance of that at 20%" read alone
    if not out or sentence.start - out[-1][0].end > 300:
        return
    words = (m["v1"] or m["v2"] or m["v3"]).lower().strip()
    value = _odds_value(words)
    if value is None:
        return
    seen.add(key)
    prior, ev = out[-1]
    claim = replace(
        prior,
        quote=quote,
        start=sentence.start,
        end=sentence.start + len(quote),
        probability=round(value, 4),
        probability_phrase=words,
    )
    out.append((claim, replace(ev, flags=(), cue_kind="chance", cue_core="pct", phrase=words)))


def _price_value(price: str) -> float | None:
    """The chance a bookmaker's price implies: 4/11 and 4-11 (stake over total), evens, a
    decimal 15.0 (one over the return)."""
    if price == "evens":
        return 0.5
    if "." in price:
        return 1 / float(price) if float(price) > 1 else None
    against, stake = (int(x) for x in re.split(r"\s*[/-]\s*", price))
    return stake / (against + stake) if against + stake else None


def _priced_again(
    sentence: Sentence, out: list[tuple[Candidate, Evidence]], seen: set[str]
) -> list[tuple[Candidate, Evidence]]:
    """Candidates for other firms' prices on the outcome just priced: the outcome's claim,
    each firm's chance."""
    if not out or not out[-1][0].probability_phrase.endswith(("odds", "evens")):
        return []
    prior, ev = out[-1]
    if sentence.start - prior.end > 300:
        return []  # only the price just given
    found: list[tuple[Candidate, Evidence]] = []
    for m in _PRICED_AGAIN.finditer(sentence.text):
        value = _price_value(m["price"])
        quote = m[0][m.start("firm") - m.start() :]
        key = _NORM.sub(" ", quote.lower()).strip()
        if value is None or key in seen:
            continue
        seen.add(key)
        start = sentence.start + m.start("firm")
        phrase = m["price"] if m["price"] == "evens" else f"{m['price']} odds"
        found.append(
            (
                replace(
                    prior,
                    quote=quote,
                    start=start,
                    end=start + len(quote),
                    probability=round(value, 4),
                    probability_phrase=phrase,
                    forecaster=m["firm"],
                ),
                replace(ev, phrase=phrase),
            )
        )
    return found


def _number_given(cand: Candidate, text: str, sentence_end: int, scale: Scale) -> Candidate:
    """``cand`` at the number its words give it, where they give one: after it ("..., but I'd
    put them nearer 55% than 60%"), at the end of its quote ("..., perhaps 30%") or after its
    claim (", with a 40% probability")."""
    put = _PUT_AT_AFTER.match(text, cand.end, sentence_end)
    value = _odds_value(put[1]) if put is not None else None
    if put is not None and value is not None:
        # "The Wolves will probably win it, but I'd put them nearer 55% than 60%",
        # "X is unlikely; we put the probability at about 20%": the number given
        cand = replace(cand, probability=value, probability_phrase=put[0].strip(' ;,"”'))
    said = _ADVERB_AFTER.search(cand.quote)
    if said is not None and cand.probability_phrase == "will":
        # "There will be French ATC disruption this summer, almost certainly."
        reading = _adverb_reading(said, scale)
        if reading is not None:
            cand = replace(
                cand,
                claim=cand.claim.removesuffix(said[0]),
                probability=reading.p,
                probability_phrase=reading.phrase,
            )
    tail = _NUMBER_TAIL.search(cand.quote)
    # not "whiting might see a small cut, perhaps 3%": the size of what is forecast
    if (
        tail is not None
        and 0 < float(tail[1]) < 100
        and cand.probability_phrase not in {"may", "might", "could", "will", "would"}
        # not "fares on the Atlantic will probably fall a bit, maybe 5%": how far
        and not _MOVED_BY.search(cand.quote[: tail.start()])
    ):
        # "there's a real chance we will see it this summer, perhaps 30%": the number
        cand = replace(
            cand,
            claim=cand.claim.replace(tail[0], ""),
            probability=float(tail[1]) / 100,
            probability_phrase=tail[0].strip(" ,"),
        )
    given = _WITH_CHANCE.search(cand.claim)
    if given is not None:
        # "Colder than average is the most likely outcome, with a 40% probability, against a
        # climatological chance of 33%": the number given
        cand = replace(
            cand,
            claim=cand.claim[: given.start()],
            probability=int(given[1]) / 100,
            probability_phrase=f"{given[1]}% probability",
        )
    return cand


_PUT_AT_AFTER = re.compile(
    r"[\"”’]?\s*[;,]?\s*(?:but|and)?\s*(?:I|we)(?:['’]d|\s+would)?\s+put\s+(?:the\s+)?(?:probability"
    r"|chances?|odds|it|them|him|her)\s+(?:at|nearer|closer\s+to)\s+(?:about\s+|around\s+"
    r"|roughly\s+)?(\d{1,2}\s*(?:%|per\s*cent)|\w+[\s-]in[\s-]\w+)",
    re.IGNORECASE,
)
_NUMBER_TAIL = re.compile(
    r",\s*(?:perhaps|maybe|say|probably|about|around|roughly)\s+(\d{1,2}(?:\.\d)?)\s*(?:%|per\s*cent)$"
)
_ADVERB_AFTER = re.compile(
    r"\s*,\s*(?P<mods>(?:(?:almost|very|quite|most)\s+)*)"
    r"(?P<core>certainly|probably|definitely|surely|undoubtedly)$",
    re.IGNORECASE,
)
_MOVED_BY = re.compile(
    r"\b(?:fall|rise|drop|cut|grow|increase|decrease|climb|slip|decline|ease|dip|jump|shrink)s?"
    r"(?:\s+(?:a\s+bit|a\s+little|slightly|further|again|back))?$"
)
_WITH_CHANCE = re.compile(
    r",\s*with\s+(?:a|an)\s+(\d{1,2})\s*(?:%|per\s*cent)\s+(?:probability|chance|likelihood)\b.*$"
)
_PARAGRAPH_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\s+(?=[A-Z])")
_LONE_ADVERB = re.compile(
    r"\s*(?P<mods>(?:(?:almost|very|quite|most|highly)\s+)*)(?P<core>[a-z]+)\s*[.!]?\s*",
    re.IGNORECASE,
)


def _lone_adverb(sentence: Sentence, ctx: Context) -> tuple[int, Reading] | None:
    """ "Almost certainly." or "Probably." as a sentence of its own: its chance, for the
    plain "will" that follows it."""
    m = _LONE_ADVERB.fullmatch(sentence.text)
    read = _adverb_reading(m, ctx.scale) if m is not None else None
    return (sentence.end, read) if read is not None else None


def _adverb_reading(m: re.Match[str], scale: Scale) -> Reading | None:
    """The chance of an estimative adverb matched with its modifiers ("almost certainly")."""
    core = lw.EST_ADVERBS.get(m["core"].lower())
    return scale.read(core, tuple(m["mods"].lower().split())) if core else None


_SURE_OF_IT = re.compile(
    r"(?:I['’]m|I\s+am|We['’]re|We\s+are)\s+(\d{1,2})\s*(?:%|per\s*cent)\s+(?:confident|sure"
    r"|certain)(?:\s+(?:of|about)\s+(?:that|it|this))?\s*\.?\s*$"
)


# a list of prices and what it is priced on: "Behind Brennan in Fairlane's next-manager-out
# market:" then rows "- Paulo Serrat (Kingsmere): 7-2"
# "Best in Show, latest prices (Coralford)": a heading with no colon opens one too
_PRICE_LIST = re.compile(
    r"\b(?:market|odds|betting|prices|price\s+list)\b[^.:]*:?\s*$"
    # "Outright winner (Castlebet)", "Specials (Halford & Crane)": a heading naming its firm
    r"|^[A-Z][^.:()]{0,40}\((?-i:[A-Z])[\w&]*(?:\s+&?\s*(?-i:[A-Z])[\w&]*)*\)\s*$",
    re.I,
)
_PRICE_ROW = re.compile(
    r"^(?:[-•*]\s*)?[A-Z][^:]{0,60}?(?::|\s[-–])\s*(?:\d{1,3}\s*[-/]\s*\d{1,3}|evens)\.?\s*$"
    # "- Ardenvale Moonraker (Standard Poodle) 7-2", "No. 51 Ardent Racing 6/1": the price
    # ends the row
    r"|^(?:[-•*]\s*)?[A-Z][^:]{0,60}?\s(?:\d{1,3}\s*[-/]\s*\d{1,3}|evens)\.?\s*$"
)


_INTERVIEW = re.compile(
    # "The Cask Ledger talks to Isla Carnegie, managing director of ..."
    r"\b(?:[Ii]nterview(?:ed)?|[Tt]ranscript|TRANSCRIPT|[Pp]hone-in|Q&A|Q and A"
    r"|(?:talked|spoke|speaks|talks)\s+to\s+(?:us|the\s+\w+"
    r"|(?-i:[A-Z])\w+\s+(?-i:[A-Z])\w+)"
    r"|sat\s+down\s+with)\b"
)


# "SANDRA KEANE:", "DANA WHITFIELD (HOST):"
_SPEAKER_LABEL = re.compile(
    r"([A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2})(?:\s*\([^()\n]{1,20}\))?:\s"
)


def _labelled_answers(seg: Segmented) -> list[tuple[int, int]]:
    """A transcript's answers ("OWEN DALY: ... Is that right?" / "SANDRA KEANE: ..."): the
    paragraphs of the speaker with the most turns that ask nothing (the guest, not the host
    nor a caller heard once)."""
    said = _labelled_turns(seg)
    if len(said) < 2 or sum(len(v) for v in said.values()) < 4:
        return []
    answerer = max(said, key=lambda who: sum("?" not in w for *_, w in said[who]))
    return [(a, b) for a, b, _ in said[answerer]]


def _labelled_turns(seg: Segmented) -> dict[str, list[tuple[int, int, str]]]:
    """Each labelled speaker's paragraphs, by the label's last word ("KEANE")."""
    said: dict[str, list[tuple[int, int, str]]] = {}
    for block in seg.blocks:
        m = _SPEAKER_LABEL.match(seg.text, block.start, block.end)
        if m is not None:
            words = seg.text[m.end() : block.end]
            said.setdefault(m[1].split()[-1], []).append((block.start, block.end, words))
    return said


def _labelled_answerer(seg: Segmented, answers: list[tuple[int, int]]) -> str | None:
    """The full name on the answers' labels ("RAFAEL MONTOYA" -> "Rafael Montoya")."""
    labels = [
        m[1]
        for a, _ in answers
        if (m := _SPEAKER_LABEL.match(seg.text, a)) is not None and " " in m[1]
    ]
    return max(labels, key=len).title() if labels else None


def _answers(seg: Segmented) -> list[tuple[int, int]]:
    """The answers of a question-and-answer interview: the paragraph after a question ("When
    will it carry passengers?" / "Trials run for about six weeks. ...")."""
    out = _labelled_answers(seg)
    if out:
        return out
    asked = False
    going_on = False  # an "A:" answer that a line break has not ended
    for block in seg.blocks:
        words = seg.text[block.start : block.end]
        marked = list(_ANSWER_MARK.finditer(words))
        if marked:
            # "Q: Are they wrong?\nA: They're wrong about the scale.": the answer its mark opens
            out += [(block.start + m.start(), block.start + m.end("text")) for m in marked]
            asked = False
            going_on = not re.search(r"(?m)^Q:", words[marked[-1].end() :])
            continue
        if going_on and block.kind == "body" and not words.startswith("Q:"):
            out.append((block.start, block.end))  # "A: ...\nThe British market is the one"
            continue
        going_on = False
        if asked:
            out.append((block.start, block.end))  # "Honestly? Better than even." answers
            asked = False
        else:
            # "What about costs? Steel was a big problem for you.": a short paragraph that
            # asks; once questions have been asked, "The labour market has been softening."
            # prompts too
            size = len(words.split())
            asked = ("?" in words and size <= 30) or (bool(out) and size <= 10)
    return out


_ANSWER_MARK = re.compile(r"(?m)^A:\s*(?P<text>.*?)\s*(?=^Q:|\Z)", re.DOTALL)


def _in_answer(at: int, ctx: Context) -> bool:
    return any(start <= at < end for start, end in ctx.answers)


def _interviewee(seg: Segmented, ctx: Context) -> str | None:
    """The person the interview is with: the first one named before the first answer, in
    the headline ("... deputy governor Helena Marsk on inflation") or the introduction
    ("Morag Kinnell took over Inverkeld Shipbuilders eighteen months ago ...")."""
    intro = seg.text[: ctx.answers[0][0]] if ctx.answers else ""
    for sentence in reversed(re.split(r"(?<=[.!?])\s+", intro)):
        talked = _TALKED_TO.search(sentence)
        named = next(iter(_people(sentence[: talked.start()], ctx)), None) if talked else None
        if named and named.lower().removeprefix("the ") == ctx.publisher.lower().removeprefix(
            "the "
        ):
            named = None  # "The Cask Ledger talks to Isla Carnegie": the publisher asks
        if talked and not named and re.match(r"\s*(?:We|I|The)\s", sentence):
            # "We spoke to its director, Imogen Stace, about the year ahead": the one spoken to
            named = next(iter(_people(sentence[talked.end() :], ctx)), None)
        if named:
            # "Chief executive Fiona Carrick, who joined in 2023, spoke to business editor
            # Owen Pritchard": the one who spoke (not an analyst quoted before her)
            return named
    spoke = _SPOKE_TO.search(intro)
    if spoke is not None:
        # "The town's mayor, Aoife Brannigan, ... She spoke to Ciaran Healy.": whoever "she"
        # is, the first person named in the last sentence before that names one
        for sentence in reversed(re.split(r"(?<=[.!?])\s+", intro[: spoke.start()])):
            named = next(iter(_people(sentence, ctx)), None)
            if named:
                return named
    people = list(_people(intro, ctx))
    # "Sankt Anselm's lift boss on the season ahead": a place's, not the one interviewed
    own = [
        n
        for n in people
        if not n.endswith(("'s", "’s")) and not re.search(re.escape(n) + r"['’]s\b", intro)
    ]
    return next(iter(own or people), None)


_SPOKE_TO = re.compile(r"\b(?:She|He)\s+(?:spoke|talked)\s+to\b")
_TALKED_TO = re.compile(r"\b(?:spoke|talked|speaks|talks)\s+to\b")


_JUDGMENT_LIST = re.compile(
    r"\b(?:judgments|judgements|forecasts|projections|predictions|findings|assessments|scenarios"
    r"|key\s+points)\b[^:]*(?:\.\s*[A-Z][^.:]{0,30})?:\s*$",
    re.IGNORECASE,
)


def _rows_under(
    seg: Segmented, opens: Callable[[str], object], row: re.Pattern[str]
) -> dict[int, str]:
    """The blocks that are rows of a list, each with the paragraph before the list that
    ``opens`` it; any other paragraph ends the list."""
    rows: dict[int, str] = {}
    intro: str | None = None
    for b, block in enumerate(seg.blocks):
        words = seg.text[block.start : block.end].strip()
        if intro is not None and row.match(words):
            rows[b] = intro
        else:
            intro = words if opens(words) else None
    return rows


def _judgments_of_others(words: str) -> bool:
    """ "The report ... sets out a series of judgments about the year ahead. Among them:"
    opens a list of someone else's judgments (not "Our scenarios for the second half:");
    so does "The NHC expects:"."""
    return bool(
        _JUDGMENT_LIST.search(words) and _THEIR_REPORT.search(words) and not _OURS.search(words)
    ) or bool(_EXPECTS_LIST.fullmatch(words))


_EXPECTS_LIST = re.compile(
    r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})\s+"
    r"(?:expects|forecasts|predicts|projects|sees)\s*:\s*"
)


_BULLET_ROW = re.compile(r"^[-•*–]\s+\S")
# a research note's list of its own calls: "Key forecasts", "Our calls for 2026:"
_OUR_CALLS = re.compile(
    r"(?:(?:key|main|our|house|core)\s+)+(?:forecasts|calls|predictions|projections)"
    r"(?:\s+(?:for|to)\s+[\w-]+(?:\s+\d{4})?)?\s*:?",
    re.IGNORECASE,
)
_THEIR_REPORT = re.compile(
    r"\b(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}(?:report|assessment|review|bulletin"
    r"|outlook|survey|study|analysis|projections|forecasts)\b",
    re.IGNORECASE,
)
# "The key numbers from the bank's new quarterly projections:": whose they are
_LIST_MAKER = re.compile(
    r"\bthe\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)['’]s\s+(?:[\w-]+\s+){0,3}(?:report|assessment"
    r"|review|bulletin|outlook|survey|study|analysis|projections|forecasts)\b"
)
_OURS = re.compile(r"\b(?:our|we)\b", re.IGNORECASE)


_BETTING_TALK = re.compile(
    r"\b(?:bookmakers?|bookies|odds-on|odds|favourites?|priced|outsiders?|each-way)\b"
    r"|\b\d{1,3}/\d{1,3}\b|\b[A-Z]\w+\s+Bet\b"
)


def _price_rows(seg: Segmented) -> dict[int, str]:
    """The blocks that are rows of a price list its paragraph before introduces, with the
    bookmaker that paragraph names ("Here are Kingsbet's prices on ...:"), else ""."""
    return {
        b: firm[1] or firm[2] if (firm := _LIST_OWNER.search(intro)) else ""
        for b, intro in _rows_under(seg, _PRICE_LIST.search, _PRICE_ROW).items()
    }


_LIST_OWNER = re.compile(
    r"\b([A-Z][\w&]*(?:\s+[A-Z][\w&]*)*)['’]s\s+(?:[\w-]+\s+){0,3}(?:prices|market|odds)\b"
    # "Best in Show, latest prices (Coralford)", "Specials (Halford & Crane)"
    r"|\(([A-Z][\w&]*(?:\s+&?\s*[A-Z][\w&]*)*)\)\s*:?\s*$"
)


# "Managed Yes (40%)." as a sentence of its own: a scenario's label and chance, whose
# story the next sentence tells
_LABEL_SENTENCE = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4}\s+\(\d{1,2}(?:\.\d)?%\)\.")


def _with_labels_joined(sentences: list[Sentence], text: str) -> list[Sentence]:
    """``sentences`` with each scenario label joined to the sentence after it in its
    paragraph: "Frozen standoff (55%). The line of control holds ..." is one forecast."""
    out: list[Sentence] = []
    for s in sentences:
        prev = out[-1] if out else None
        if prev is not None and prev.block == s.block and _LABEL_SENTENCE.fullmatch(prev.text):
            out[-1] = Sentence(prev.start, s.end, text[prev.start : s.end], s.block)
        else:
            out.append(s)
    return out


def _listed_scenario_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "four scenarios: a Civic-led minority government (45%), a grand coalition (30%) and
    a repeat election (5%)": each outcome of a list, its chance in brackets after it."""
    n = len(toks)
    if not (i + 3 < n and toks[i + 2].low == "%" and toks[i + 3].low == ")"):
        return None
    if i + 4 < n and toks[i + 4].low not in {",", "and", ".", ";"}:
        return None
    if sum(t.low == "%" for t in toks) < 2:
        return None  # a list has more than one entry
    start = next(
        (
            x + 1
            for x in range(i - 1, max(-1, i - 16), -1)
            # "... (30%) and a repeat election (5%)", not "the Civic Alliance and the ..."
            if toks[x].low in {":", ","} or (toks[x].low == "and" and toks[x - 1].low == ")")
        ),
        None,
    )
    if start is None or start >= i or toks[start].low not in {"a", "an", "the"}:
        return None
    return _scenario(toks[i + 1].low, start, start, nominal=True, edits=[(i, i + 4, "")])


def _label_sentence_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "Frozen standoff (55%). The line of control holds ...": the label's chance is the
    chance of what the sentence after it says (see `_with_labels_joined`)."""
    n = len(toks)
    if not (
        0 < i <= 5
        and i + 5 < n
        and toks[i + 2].low == "%"
        and toks[i + 3].low == ")"
        and toks[i + 4].low == "."
        and all(_WORDISH.match(t.low) for t in toks[:i])
    ):
        return None
    return _scenario(toks[i + 1].low, 0, i + 5)


_ANALYTIC = re.compile(
    r"\b(?:we (?:expect|judge|assess|think|believe|forecast|doubt|anticipate)|our (?:view"
    r"|assessment|forecast|expectation|base case)|(?:is|are|remains?|seems?|looks?) (?:very "
    r"|highly |increasingly )?(?:un)?likely|probably|almost certainly|(?:roughly )?even chance"
    r"|realistic possibility|will likely)\b",
    re.IGNORECASE,
)
_POLITICS = re.compile(
    r"\b(?:minister|ministers|party|parties|MPs?|election|Labour|Tor(?:y|ies)|Conservatives?"
    r"|Lib Dems?|government|bill|parliament|Commons|manifesto|pledge[sd]?|policy|policies)\b"
)
_DIRECT_SPEECH = re.compile(r'"[^"\n]*"|“[^”\n]*”')


_FRAME_LEAD = re.compile(
    r"^(?:Over|In|During|Within|By|Throughout|For|Until|Through|Later|This|Next)\b"
    r"(?!.*\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)


# "Friday: winds will ease", "December: Colder than average is the most likely outcome"
_DAY_LABEL = re.compile(
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December)\s*:\s"
)

_FIRM_NAME = r"([A-Z][\w'’-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w'’-]*){0,3})"
_FIRM_CUES = re.compile(
    r"\b(?:firm|company|group|retailer|carrier|airline|chain|lender|bank|insurer|grocer"
    r"|brewer|maker|manufacturer|operator|supermarket|carmaker|miner|giant)\s+"
    + _FIRM_NAME
    + r"|\b[Ss]hares\s+in\s+"
    + _FIRM_NAME
    + r"|"
    + _FIRM_NAME
    + r"(?:'s|’s)?\s+shares\b"
)


_NOT_FIRM_LEAD = frozenset(
    [
        "The",
        "A",
        "An",
        "Shares",
        "But",
        "And",
        "Its",
        "Their",
        "His",
        "Her",
        "Our",
        "Your",
        "My",
        "This",
        "That",
        "These",
        "Those",
        "Other",
        "Some",
        "Many",
        "Most",
        "All",
        "Both",
    ]
)


def _main_firm(text: str) -> str | None:
    """The company a business story is about: the name most often introduced as a firm
    ("software firm Calderwood", "Shares in Calderwood", "Calderwood shares")."""
    counts: dict[str, int] = {}
    for m in _FIRM_CUES.finditer(text):
        name = next(g for g in m.groups() if g)
        if name.split()[0] in _NOT_FIRM_LEAD:
            continue  # "Its shares fell": a pronoun, not a name
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _note_frame(sentence: Sentence, ctx: Context) -> None:
    """A sentence that opens with a time frame ("Over the next six months, we expect ...")
    sets the horizon of the forecasts after it in the same paragraph that state none."""
    if ctx.frame is not None and ctx.frame[0] != sentence.block:
        ctx.frame = None
    label = _DAY_LABEL.match(sentence.text)
    if label is not None:
        # "Friday: winds will ease ...": a day-by-day forecast's paragraph is about that day
        prep = "on" if label[1].lower() in _DAY_NAMES else "in"
        found = [h for h in find_horizons(f"{prep} {label[1]}", ctx.published) if h.date]
        if found:
            ctx.frame = (sentence.block, replace(found[0], text=label[1]))
        return
    comma = sentence.text.find(",")
    if not 0 < comma <= 45:
        return
    lead = sentence.text[:comma]
    if not _FRAME_LEAD.match(lead):
        return  # "On Monday, the minister said ...": when it was said, not a frame
    found = [h for h in find_horizons(lead, ctx.published) if h.date is not None]
    if found and found[0].start == 0 and found[0].end >= len(lead.rstrip()) - 1:
        ctx.frame = (sentence.block, found[0])


def _asked(head: str) -> bool:
    """An explainer's question standing as a paragraph of its own ("What will be the hottest
    console this Christmas?"): it heads the answer after it as a subheading does."""
    return head.rstrip().endswith("?") and len(head.split()) <= 15 and "\n" not in head


def _section_frames(
    seg: Segmented, first: int, pub: dt.date
) -> tuple[dict[int, Horizon], dict[int, Horizon]]:
    """The time frame each block sits under, by block: a subheading's ("Scenarios to
    end-2026", "Outlook for 2026") holds until the next subheading; never the headline,
    which names the article's subject, nor a dateline. Second, for blocks under no dated
    subheading, the frame of an explainer's question they answer (weaker: an event the
    answer names wins)."""
    frames: dict[int, Horizon] = {}
    asked: dict[int, Horizon] = {}
    current: Horizon | None = None
    question: Horizon | None = None
    for b in range(first + 1, len(seg.blocks)):
        block = seg.blocks[b]
        head = seg.text[block.start : block.end]
        heading = block.kind == "heading"
        if heading or _asked(head):
            question = _head_frame(head, pub)
            current = question if heading else current
        elif current is not None:
            frames[b] = current
        elif question is not None:
            asked[b] = question
    return frames, asked


def _head_frame(head: str, pub: dt.date) -> Horizon | None:
    """The date a subheading gives the blocks under it, or None."""
    if "|" in head or "\n" in head:
        return None  # "Explainer | The Civic Post | 4 November 2025" is a dateline
    # "Tuesday: the Champion Hurdle": a festival's day heads its races
    day = re.match(r"\s*((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*[:–—-]", head)
    if day is not None:
        ahead = (WEEKDAYS.index(day[1].lower()) - pub.weekday() - 1) % 7 + 1
        return Horizon(pub + dt.timedelta(days=ahead), day[1], 0, 0)
    # "prices to win the 2025 poll": the year names the poll, which the article dates
    dated = [
        h
        for h in find_horizons(head, pub)
        if h.date and h.date > pub and not modifier_year(head, h)
    ]
    return dated[0] if dated else None


_OUTLOOK_TITLE = re.compile(r"\b(?:outlook|forecast)\b", re.IGNORECASE)


_WINTER_SPAN = re.compile(r"\bwinter\s+(?:of\s+)?20\d\d\s*(?:to|[-–/])\s*(?:20)?(\d\d)\b", re.I)


def _outlook_period(heads: list[str], pub: dt.date, kind: str = "sport") -> Horizon | None:
    """The end of the period an outlook's title covers ("Spring frost outlook: March to May
    2026"): when its undated calls are settled. "Winter 2025 to 2026" ends with the winter
    the article is about (a flu or gas winter in March)."""
    for head in heads[:3]:  # "VISIT VALDORA" / "Summer 2026 Outlook"
        span = _WINTER_SPAN.search(head)
        if span is not None and _OUTLOOK_TITLE.search(head):
            year = 2000 + int(span[1])
            ends = (
                season_end(kind, dt.date(year, 1, 1)) if kind in {"flu", "heating", "ski"} else None
            )
            february = dt.date(year, 2, calendar.monthrange(year, 2)[1])
            return Horizon(ends or february, span.group(0), 0, 0)
        if _OUTLOOK_TITLE.search(head):
            dated = [h for h in find_horizons(head, pub) if h.date and h.date > pub]
            if dated:
                return max(dated, key=lambda h: h.date or pub)
    return None


def _estimative(text: str) -> int:
    """Estimative phrases outside direct speech. With two or more the publisher writes as a
    forecaster (an assessment, a research note) rather than as a reporter: in a report, an
    unhedged "X will open a plant" relays X's plan; in an assessment it is a prediction."""
    return len(_ANALYTIC.findall(_DIRECT_SPEECH.sub(" ", text)))


# a name does not run on across a line break ("... by Ruth Abernathy\n\nTomas Kell has")
_PERSON = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr)\.?[ \t]+[A-Z][\w'-]+(?:(?<!'s)[ \t]+[A-Z][\w'-]+)?"
    # "Marc-André Gagnon": a hyphenated, accented forename
    r"|\b[A-Z][a-zà-öø-ÿ]+(?:-[A-Z][a-zà-öø-ÿ]+)?(?:[ \t]+[A-Z][\w'-]+){1,5}"
)
# words that open a sentence before a name: "But Tom Ashby ...", "Meanwhile Sarah Okafor ..."
_NAME_LEAD = lw.INTRO_WORDS - lw.DETERMINERS - {"the", "this", "that", "next", "last"}


_EMPLOYER_BEFORE = re.compile(
    r"\b(?:at|of|from|for|with|by|joined|left)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$"
    # "a partner at the Berlin firm Vogel Lind"
    r"|\b(?:at|of|from|for|with|joined|left)\s+(?:the\s+|a\s+)?(?:[A-Z][\w-]*\s+)?"
    r"(?:[a-z][\w-]*\s+){1,2}$"
)
_PLURAL_HEAD = re.compile(r"^[a-z]+[^s'’]s$")
# a subject with one of these is a person, whom "it" never stands for
_PERSON_MARKS = lw._words(
    "mr mrs ms dr sir lord lady professor prof mp mep tory labour lib dem conservative minister "
    "secretary chancellor president senator governor leader spokesman spokeswoman chairman"
)
_AGENT_SUFFIXES = ("ists", "ers", "ors", "ians", "ants", "ents", "agues", "ats")
_ORG_WORDS = (
    lw.AGENT_NOUNS
    | lw.ORG_HEADS
    | lw.DETERMINERS
    | lw._words(
        "the of for and in at on body industry trade charity watchdog think tank data research "
        "consultancy firm group campaign lobby independent national international state-owned "
        "official"
    )
)


_WH_WORDS = lw._words("who what when where why how which whose whom")
_DESCRIBED_AS_ORG = lw.ORG_HEADS | lw._words(
    "firm consultancy company group agency body watchdog regulator tank provider platform"
)


def _described_org(toks: list[Tok]) -> tuple[int, int] | None:
    """ "WicketMetrics, the cricket analytics firm, gives ...": the name before an
    appositive that says it is an organisation."""
    comma = next((x for x in range(1, min(len(toks), 5)) if toks[x].low == ","), None)
    if comma is None or not all(t.text[:1].isupper() for t in toks[:comma]):
        return None
    close = next(
        (x for x in range(comma + 1, min(len(toks), comma + 9)) if toks[x].low == ","), None
    )
    if close is None or toks[comma + 1].low not in {"the", "a", "an"}:
        return None
    if not any(t.low in _DESCRIBED_AS_ORG for t in toks[comma + 1 : close]):
        return None
    return 0, comma


_PRODUCT_OF = re.compile(
    r"(?:[\w'’-]+\s+){0,5}?(?i:outlook|forecast|report|bulletin|projections?|survey|model"
    r"|assessment)\s+(?:from|by)\s+([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})"
)


_PUBLISH_VERBS = lw._words("published released issued unveiled")
_PUBLISHED_BY = re.compile(
    r"\b([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+(?:published|released|issued|unveiled)\s+"
    r"(?:its\s+|their\s+|new\s+|updated\s+|latest\s+|a\s+)*(?:[\w-]+\s+){0,2}"
    r"(?:projections?|forecasts?|outlook|estimates)\b"
)


def _note_subject(toks: list[Tok], ctx: Context) -> None:
    """Remember the subject of a sentence's first verb, for a later "it", "they" or "one"
    ("Christian Aid has called ... It added that ...", "Analysts said ... They also ...")."""
    opening = " ".join(t.text for t in toks[:24])
    made = _PRODUCT_OF.match(opening)
    if made is None and not _PUBLISH_VERBS.isdisjoint(t.low for t in toks[:24]):
        made = _PUBLISHED_BY.search(opening)
    body = re.sub(r"^The\s+", "", made[1]) if made is not None else ""
    if made is not None and body[:1].isupper() and body != ctx.publisher:
        # "This year's seasonal outlook from MeteoAlpina ... offers cautious hope. Its winter
        # bulletin forecasts ...", "the ASO published new population projections. ... is
        # projected to": the body whose forecasts the next sentences give
        ctx.last_org = ctx.last_producer = body
    if not toks or toks[0].low in lw.PRONOUNS | _NAME_LEAD or toks[0].low in {"“", '"', "one"}:
        return  # "One has been hit at five of the last six championships": a thing, no body
    if toks[-1].low == "?" or toks[0].low in _WH_WORDS | {"here"}:
        return  # "Who is taking part?": a heading; "Here is what is driving prices"
    rng = _leading_np(toks, min(len(toks), 14)) or _described_org(toks)
    if rng is None or rng[1] - rng[0] > 8 or not _is_agent(toks, rng):
        return
    words = toks[rng[0] : rng[1]]
    # the head noun: the last word before a preposition ("colleagues in the rates team")
    head_end = next(
        (i for i, w in enumerate(words) if i > 0 and w.low in {"in", "at", "of", "from", "for"}),
        len(words),
    )
    lows = [w.low for w in words[:head_end] if w.text[:1].islower() or w.low in lw.AGENT_NOUNS]
    lower = [w.low for w in words if w.text[:1].islower()]
    if any(w.endswith("ed") or w in lw.AUX for w in lower):
        return  # "Profits came in below an earlier forecast": not a speaker
    name = _clean_name(toks, rng, ctx)
    if not name or name == ctx.publisher:
        return
    if (
        name.split()[-1] in _COMPANY_HEADS
        or (name.split()[-1] in _BODY_HEADS and name.split()[0].lower() == "the")
    ) and (ctx.last_org or ctx.firm):
        return  # "the company", "the agency" go on standing for the body named before
    if lows and _PLURAL_HEAD.match(lows[-1]) and lows[-1] not in {"us", "news"}:
        if lows[-1] in lw.AGENT_NOUNS or lows[-1].endswith(_AGENT_SUFFIXES):
            ctx.last_group = name
    elif (
        not any(w.low.strip(".") in _PERSON_MARKS for w in words)
        and not (ctx.last_person and ctx.last_person.split()[-1] in name.split())
        and (
            all(w in _ORG_WORDS for w in lower)
            # "The recycling charity ClearCycle": a body named after what it is
            or _descriptor_named(words)
        )
    ):
        ctx.last_org = name


# last words of organisations and places, not of people ("Premier League", "Westmoor Park")
_NOT_A_SURNAME = lw._words(
    "league party bank council office union association club united city group ltd inc plc "
    "corp committee commission agency board ministry department institute university college "
    "fund trust foundation street house park stadium airport port river road square station "
    "assent act bill "
    "valley bridge cup championship tour games open index exchange market markets "
    # "the Food and Drug Administration": an organisation, not a Mr Administration
    "administration authority service organisation organization court tribunal securities "
    "capital holdings advisory partners consulting analytics therapeutics pharmaceuticals "
    "biotech technologies systems energy motors airlines airways insurance logistics "
    # "the Liberal Democrat": a party, not a person
    "democrat democrats conservative conservatives republican republicans unionist unionists "
    # "Aurora Nine", "Northstar Gaming": teams
    "one two three four five six seven eight nine ten eleven twelve gaming esports finals "
    "arena centre center hall theatre gardens alliance front coalition bloc movement"
)
# "the East Siberian seas", "New Zealand": first words of places, not of people
_NOT_A_FORENAME = lw._words(
    "the east west north south northern southern eastern western central upper lower new"
)
# places and landmarks shaped like a first name and a surname
_TWO_WORD_PLACES = frozenset(
    [
        "new york",
        "los angeles",
        "san francisco",
        "san diego",
        "san jose",
        "las vegas",
        "hong kong",
        "new delhi",
        "buenos aires",
        "cape town",
        "tel aviv",
        "abu dhabi",
        "kuala lumpur",
        "sao paulo",
        "são paulo",
        "mexico city",
        "wall street",
        "downing street",
        "capitol hill",
        "white house",
        "silicon valley",
        "new jersey",
        "new mexico",
        "new hampshire",
        "new orleans",
        "north carolina",
        "south carolina",
        "west virginia",
        "rhode island",
        "north dakota",
        "south dakota",
        "salt lake",
        "st louis",
        "santa clara",
        "palo alto",
        "canary wharf",
        "fleet street",
        "threadneedle street",
        "costa rica",
        "puerto rico",
        "sri lanka",
        "saudi arabia",
        "el salvador",
        "hong kong's",
    ]
)


_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+$")


_GROUP_AFTER = re.compile(
    r"\s+(?:clubs|fans|players|sides|teams|members|voters|shares|bonds|officials|staff"
    r"|workers|residents|customers|schools|hospitals|councils|firms|banks|stores|sites)\b"
)
_BODY_BEFORE = re.compile(
    r"\b(?:agency|firm|company|group|consultancy|bank|broker|insurer|lender|retailer|regulator"
    r"|watchdog|platform|provider|website|operator|publisher|bookmaker|charity)\s+$"
)


_LONE_CAPITAL = re.compile(
    r"(?<![\w'’-] )(?<![A-Z]\w\s)(?<![-'’])\b([A-Z][a-z][\w'-]+)\b(?!\s+[A-Z])"
)


def _surnames(text: str, ctx: Context) -> list[str]:
    """People named in ``text`` by a surname alone that the article gave in full before
    ("Okafor is less optimistic" after "Nadia Okafor"), not a word of a longer name."""
    out: list[str] = []
    for m in _LONE_CAPITAL.finditer(text):
        if m.start() > 1 and text[m.start() - 2 : m.start()].strip()[-1:].isupper():
            continue  # "Harbour City": part of a name
        full = ctx.names.resolve(m[1])
        if " " in full and full.split()[-1] == m[1] and m[1].lower() not in lw.ORG_HEADS:
            out.append(full)
    return out


def _note_people(sentence: Sentence, ctx: Context) -> None:
    text = sentence.text
    for q in ctx.quotes:
        if q.open < sentence.end and q.close >= sentence.start:
            # '"... Pelican Bay and Long Strand see ...," Ambrose said': the speaker is the
            # person a later "she" means, not a name inside the speech
            a, b = max(0, q.open - sentence.start), min(len(text), q.close - sentence.start + 1)
            text = text[:a] + " " * (b - a) + text[b:]
    # "Osei is more cautious. He expects ...": a surname alone counts, where it comes last,
    # if it is a person's named in full before (not "Finch & Marlow" for "Marlow")
    named = list(_people(text, ctx))
    if text.rstrip().endswith("?") and re.match(r"\s*(?:Will|Can|May|Should)\s", text):
        # "Will Dashline leave the UK if it loses?": a question, not a man called Will
        named = [n for n in named if not text.lstrip().startswith(n)]
    ctx.people.update(named)
    alone = _surnames(text, ctx) if ctx.people else []  # none can count before anyone is named
    found = [*named, *(name for name in alone if name in ctx.people)]
    # "Ines Rautio said Calderra First's support was soft. But she was firm": a "she" later
    # means the speaker, not a name that owns something
    if len(found) > 1:
        owners = {n for n in found if n.endswith(("'s", "’s")) or _owns(n.split()[-1], text)}
        found = [n for n in found if n not in owners] or found
    if found:
        ctx.last_person = max(found, key=lambda name: text.rfind(name.split()[-1]))


def _owns(word: str, text: str) -> bool:
    """``word`` written with a possessive in ``text`` ("Calderra First's support")."""
    return f"{word}'s" in text or f"{word}’s" in text


# "First reaction from Elin Saar": someone's words, not an employer
_WORDS_FROM = re.compile(
    r"\b(?:reaction|comments?|statement|words?|response|views?|warnings?|message)\s+from\s+$",
    re.IGNORECASE,
)


def _people(text: str, ctx: Context) -> Iterator[str]:
    """Person names in ``text``, in order, as the article's fullest form."""
    for m in _PERSON.finditer(blank_nicknames(text)):
        words = m.group(0).split()
        lead = 0
        while lead < len(words) - 1 and words[lead].lower() in _NAME_LEAD:
            lead += 1  # "But Tom Ashby": the conjunction is not part of the name
        start = m.start() + sum(len(w) + 1 for w in words[:lead])
        # "Transport Secretary Mark Halloran", "Professor Sir John Curtice": after the titles
        words = after_last_title(words[lead:])
        role = [k for k, w in enumerate(words) if w.lower() in _ROLE_NOUNS]
        if role:
            start += sum(len(w) + 1 for w in words[: role[-1] + 1])
            words = words[role[-1] + 1 :]  # "Bristol North MP Helen Carrow": after the role
        if not words or len(words) > 3:
            continue
        name = ctx.names.resolve(" ".join(words))
        before = text[max(0, start - 40) : start]
        if _EMPLOYER_BEFORE.search(before) and not _WORDS_FROM.search(before):
            continue  # "Rupert Vane at stockbroker Hollis Grant": the employer, not a person
        if text[max(0, start - 4) : start].lower() in {"the ", " an "}:
            continue  # "the York Central MP": a role, not a person's name
        if _BODY_BEFORE.search(text, max(0, start - 30), start):
            continue  # "the data provider Cedar Bond Monitor": a body, whom "she" is not
        if _GROUP_AFTER.match(text, m.end()):
            continue  # "Premier Division clubs have spent £162m": a name used as a modifier
        if _PLACE_BEFORE.search(text[max(0, start - 30) : start]) and text[
            m.end() : m.end() + 1
        ] not in {"'", "’"}:
            continue  # "spoke to reporters in Puerto Alto": a place, not "in Okafor's view"
        if (
            " " in name
            and not ALIASES.get(name.lower())
            and name.lower() not in _TWO_WORD_PLACES
            and name.split()[-1].lower() not in _NOT_A_SURNAME
            and name.split()[0].lower() not in lw.INTRO_WORDS | lw.DETERMINERS | _NOT_A_FORENAME
        ):
            yield name


# --------------------------------------------------------------------------- cues


def _find_cues(toks: list[Tok], betting: bool = False) -> list[Cue]:
    cues: list[Cue] = []
    n = len(toks)
    i = 0
    while i < n:
        low = toks[i].low
        cue: Cue | None = None
        if low in _THINK_NOW and (now := _think_dated_cue(toks, i)) is not None:
            cue = now  # "We think copper hits $11,000 before the end of March"
        elif low in {"bet", "wager", "betting"} and _bet_follows(
            toks, i - 1 - (toks[i - 1].low == "not")
        ):
            cue = _bet_cue(toks, i)
        elif (
            low in lw.MODALS
            or low in lw.CONTRACTED_WILL
            # "we doubt the company can hold margins above 60%": what the doubt is about
            or (low == "can" and _doubt_before(toks, i))
        ):
            cue = (
                _modal_cue(toks, i)
                if not _bet_follows(toks, i) and not _puts_chance(toks, i)
                else None
            )
            ahead = [t.low for t in toks[i + 1 : i + 5]]
            if set(ahead) & _SURPRISED and ahead[0] in {"be", "not", "n't"}:
                cue = None  # "would be surprised if": read by _surprise_cue
        elif low in {"is", "that"} and (own := _own_call_cue(toks, i)) is not None:
            cue = own  # "My prediction is a 5-2 majority", "Our house view is that the Bank cuts"
        elif low in lw.COPULAS:
            cue = _copula_cue(toks, i, betting)
            if cue is not None and i > 0 and toks[i - 1].low in _NONE_OF:
                # "neither is likely to turn around": the chance that either does is low
                cue.negated = not cue.negated
                cue.edits.append((i - 1, i, _NONE_OF[toks[i - 1].low]))
        elif (
            low == "there"
            and i + 1 < n
            and toks[i + 1].low in {"is", "'s", "are", "remains", "was", "seems"}
        ):
            cue = _chance_cue(toks, i)
        elif low in lw.EST_ADVERBS and i + 1 < n and toks[i + 1].low in lw.MODALS:
            cue = None  # "probably will": handled by the modal that follows
        elif low in {"probably", "likely"} and (now := _adverb_present_cue(toks, i)) is not None:
            cue = now  # "the stock probably gets back there in 2028"
        elif low in _FORECAST_NOUNS and i + 1 < n and toks[i + 1].low == "of":
            cue = _forecast_noun_cue(toks, i)
        elif (
            low in _FORECAST_NOUNS | {"estimate", "target"}
            and i > 0
            and (own := _own_figure_cue(toks, i)) is not None
        ):
            cue = own  # "She cut her 2026 profit forecast by 5% to £402m"
        elif low in lw.EXPECT_VERBS:
            cue = _expect_cue(toks, i)
        elif low in lw.CHANCE_NOUNS and low != "odds":
            cue = (
                _named_win_chance_cue(toks, i)
                or _given_ing_cue(toks, i)
                or _chance_on_cue(toks, i)
                or _noun_chance_cue(toks, i)
                or _moved_odds_cue(toks, i)
            )
        elif low in _OUTCOME_NOUNS:
            cue = _outcome_cue(toks, i)
        elif low == "odds":
            cue = _odds_cue(toks, i) or _noun_chance_cue(toks, i) or _moved_odds_cue(toks, i)
        elif low == "should":
            cue = _should_cue(toks, i)
        elif low == "whether":
            cue = _whether_even_cue(toks, i)
        elif low in {"doubt", "doubts"} and _doubt_before(toks, i + 1):
            cue = _doubt_present_cue(toks, i)
        elif low in _SURPRISED:
            cue = _surprise_cue(toks, i)
        elif low == "it" and i > 0 and toks[i - 1].low in _JUDGE_VERBS:
            cue = _judge_it_cue(toks, i)
        elif low in {"face", "faces"}:
            cue = _face_cue(toks, i)
        elif (
            low == "at"
            and (named := _before_price(toks, i)) > 0
            and (
                toks[named - 1].text[:1].isupper()
                or (named >= 2 and toks[named - 2].low in {"and", ","})
                # "and the drawn series at 5-1"
                or any(t.low in {"and", ","} for t in toks[max(0, named - 4) : named - 1])
                # "..., with an outright Civic Alliance majority available at 6/4"
                or (named < i and "with" in {t.low for t in toks[max(0, named - 7) : named - 1]})
                or toks[named - 1].low == ","  # "and the draw, which would ..., priced at 9/1"
            )
        ):
            cue = _listed_price_cue(toks, i)
        elif (
            low == "and"
            and (priced := _fractional_odds(toks, i + 1)) is not None
            and priced[2] < n
            and toks[priced[2]].low == "that"
            and any(c.label.endswith(("odds", "evens")) for c in cues)
        ):
            # "It is 4/6 that the winner is a woman, and evens that the novel runs to ..."
            cue = _price_that(toks, i + 1, priced[2] + 1, priced[0], priced[1])
        elif (
            low in {"and", ","}
            and cues
            and _is_price(cues[-1])
            and (other := _next_price_cue(toks, i + 1, cues[-1])) is not None
        ):
            cue = other  # "Dwyer is 5/2 with Bellmore and 7-4 with Quayside", "and 9/4 on X"
        elif (
            low in lw.PREDICATIVE
            and 3 <= i < n - 2
            and toks[i - 1].low == "and"
            and toks[i - 3].low in {"is", "are"}
            and _WORDISH.match(toks[i - 2].low)
            and toks[i + 1].low == "to"
            and _WORDISH.match(toks[i + 2].low)
        ):
            # "government borrowing is high and likely to stay high"
            cue = Cue(
                head=i - 3,
                verb=i + 2,
                kind="predicative",
                core=lw.PREDICATIVE[low],
                edits=[(i - 3, i + 2, "will")],
            )
        elif low in _PRICE_MOVES and (moved := _price_move_cue(toks, i)) is not None:
            cue = moved  # "Bellmore Bet cut Hollis to 4/6", "Hollis has been cut to 4/6"
        elif (
            low in {"and", ",", "before", "then"}
            and cues
            and (follow := _follow_on_cue(toks, i + 1, cues[-1]))
        ):
            cue = follow
        elif low == "with" and i > 0 and toks[i - 1].low == "," and cues:
            cue = _with_figure_cue(toks, i, cues[-1])  # "..., with inflation peaking at 24%"
        elif low in {"go", "goes"} and (went := _go_price_cue(toks, i)) is not None:
            cue = went  # "QuayBet go 9/4 for the Alliance to win between 150 and 159 seats"
        elif low in _HEADS and (top := _heads_market_cue(toks, i)) is not None:
            cue = top  # "Kilcarra Flash heads the market at 7-4 with William Hill"
        elif (
            low == ":"
            and 0 < i <= 6
            and i + 3 < n
            and toks[i + 1].low in {"expected", "likely"}
            and toks[i + 2].low in {"in", "by", "on", "before"}
            and all(_WORDISH.match(t.low) or t.text[:1].isupper() for t in toks[:i])
        ):
            # "Signature: expected in November 2026" in a timetable: the step will come then
            cue = Cue(
                head=i + 1,
                verb=i + 2,
                kind="hedge_obj",
                core=lw.ADJ_TO[toks[i + 1].low],
                claim_start=0,
                quote_start=0,
                edits=[(i, i + 2, "will be")],
            )
        elif low in {"installed", "install", "installs"} and (put := _installed_cue(toks, i)):
            cue = put  # "Bookmakers have installed Tomas Lindgren as the 7/1 favourite"
        elif low == ":" and (called := _my_prediction_cue(toks, i)) is not None:
            cue = called  # "My prediction: a reshuffle in the week of 19 January"
        elif low == ":" and (listed_values := _projection_list_cue(toks, i)) is not None:
            cue = listed_values  # "The IMF's own projections are gloomier: growth of 0.8% ..."
        elif low in {"and", ","} and cues and (act := _next_act_cue(toks, i + 1, cues[-1])):
            cue = act
        elif (
            i > 1
            and _WORDISH.match(toks[i - 1].low)
            # "..., with Kessel 10-11 to reach the final" in an article about prices
            and (betting or any(_is_price(c) for c in cues))
            and (bare := _bare_listed_price_cue(toks, i, betting)) is not None
        ):
            cue = bare  # "Marlow & Finch make Hallam 4/6 to lift the trophy, with Wakeley 5/4"
        elif low in {"make", "makes"} and (made := _makes_adj_cue(toks, i)) is not None:
            cue = made  # "today's numbers make an April cut unlikely"
        elif (
            low in {"favour", "favours", "favor", "favors"}
            and i > 1
            and (odds_at := i - 1 - (toks[i - 1].low in {"now", "still", "clearly"})) > 0
            and toks[odds_at].low == "odds"
        ):
            # "The odds favour a modest fall in London prices this year", "the odds now favour"
            cue = Cue(
                head=odds_at - 1 if toks[odds_at - 1].low == "the" else odds_at,
                verb=i + 1,
                kind="nominal",
                core="likely",
                label="odds favour",
                claim_start=i + 1,
                edits=[(i + 1, i + 1, "<nominal>")],
            )
        elif (
            low in _POINT_TO
            and 0 < i < n - 2
            and toks[i - 1].low in _FORECAST_TOOLS
            and (
                toks[i + 1].low == "to"
                # "suggested repair costs of between £9m and £14m", not "suggests that X will"
                or (
                    low.startswith("suggest")
                    and any(t.low[:1].isdigit() for t in toks[i + 1 : i + 10])
                    and not any(t.low in lw.MODALS or t.low == "that" for t in toks[i + 1 : i + 10])
                )
            )
        ):
            # "The Met Office long-range outlook points to a warmer than average August", "the
            # company's model suggested repair costs of between £9m and £14m"
            at = i + 2 if toks[i + 1].low == "to" else i + 1
            cue = Cue(
                head=i,
                verb=at,
                kind="nominal",
                core="likely",
                label="points to",
                claim_start=at,
                gov=i,
                edits=[(at, at, "<nominal>")],
            )
        elif (
            low in _GIVE
            and i + 4 < n
            and toks[i + 1].low == "it"
            and (given := _stated_value(toks, i + 2)) is not None
            and toks[given[1]].low == "that"
        ):
            # "I'd give it 70% that we get at least three good days in that window"
            cue = Cue(
                head=i,
                verb=given[1] + 1,
                kind="it_that",
                core=f"{given[0]:.4f}",
                claim_start=given[1] + 1,
                gov=i,
                edits=_as_future(toks, given[1] + 1),
            )
        elif (
            low in _GIVE
            and i > 0
            and toks[_before_aside(toks, i)].low in _INSTRUMENTS | _PROJECTION_NOUNS
            and (seats := _projected_seats(toks, i)) is not None
        ):
            cue = seats  # "Our projection, built with ..., gives Civic Union 58 seats"
        elif low == "lean" and i > 0 and toks[i - 1].low in {"i", "we"}:
            cue = _lean_cue(toks, i)
        elif low in _BACKING and i > 0:
            cue = _backing_cue(toks, i)
        elif low in {"money", "money's"} and i > 0 and toks[i - 1].low in _MONEY_OWNERS:
            cue = _money_on_cue(toks, i)
        elif (
            i + 1 < n
            and toks[i + 1].low == "%"
            and cues
            and cues[-1].core[:1] == "0"
            and (listed := _listed_chance_cue(toks, i)) is not None
        ):
            cue = listed  # "... a 41% chance of winning the title, Tidebreak 29%"
        elif low in _ASSIGNING:
            cue = _assigned_scenario_cue(toks, i)
        elif low in {"put", "puts"} and [t.low for t in toks[i + 1 : i + 3]] == ["it", "at"]:
            cue = _model_has_cue(toks, i)  # "I would put it at no more than even that X"
        elif low in _CONSIDER_VERBS and i > 0:
            cue = _consider_cue(toks, i)
        elif low == "," and i > 0 and toks[i - 1].text[:1].isupper():
            cue = _apposed_price_cue(toks, i)
        elif low in _OFFER_VERBS or (
            # "Rival firm Penfold's go evens that the Christmas number one will be a charity
            # record": a bookmaker's price, not a move
            low in {"go", "goes"} and i + 1 < n and _fractional_odds(toks, i + 1) is not None
        ):
            cue = _offer_cue(toks, i)
        elif low in {"makes", "make"} or (
            low == "made" and i > 0 and toks[i - 1].low in {"have", "has"}
        ):
            cue = _makes_price_cue(toks, i)
            if cue is not None and (subj := _subject_np(toks, i)) is not None:
                cue.quote_start = subj[0]  # "Paddock Bet makes a playoff 5/1"
        elif (
            low in {"has", "have"}
            and i > 0
            and toks[i - 1].low in _INSTRUMENTS | {"case"}
            and (rising := _has_rising_cue(toks, i)) is not None
        ):
            cue = rising  # "Its central scenario has that rising to 8.5 GW in 2030"
        elif (
            (
                low in {"has", "have", "had"}
                # "Coppergate Sports price Italy's Lorenzo Saba at 11/8 to take it"
                or (
                    low in {"price", "prices"}
                    and any(t.low == "at" for t in toks[i + 2 : i + 7])
                    and any(_fractional_odds(toks, x) for x in range(i + 2, min(n, i + 9)))
                )
            )
            and i > 0
            and (
                toks[i - 1].low in _INSTRUMENTS | _BOOKIES | {"it"}
                or toks[i - 1].text[:1].isupper()
                # "Fairbrother & Lowe, the London firm that ..., has X at 5/2 to win"
                or (
                    toks[i - 1].low == ","
                    and any(_fractional_odds(toks, x) for x in range(i + 2, min(n, i + 10)))
                )
            )
        ):
            cue = _model_has_cue(toks, i)  # "The model has Holm on 19%", "Castlebet has"
        elif (
            low in {"puts", "put", "places"}
            and i > 0
            and toks[_before_aside(toks, i)].low in _INSTRUMENTS
            and (placed := _placed_figure(toks, i)) is not None
        ):
            # "The Milk Levy Board's own forecast, published last week, puts GB milk production
            # at 12.9 billion litres in 2025-26": the figure the forecast gives
            cue = placed
        elif (
            low in {"show", "shows"} and i > 0 and toks[_before_aside(toks, i)].low in _INSTRUMENTS
        ):
            # "The NBS's own projections, which this newspaper has seen, show X falling"
            cue = _projection_cue(toks, i)
        elif low in _ARRIVE_AS and _arrives_as(toks, i):
            cue = _betting_cue(toks, i)
        elif low == "probably" and i > 0:
            cue = _probably_present_cue(toks, i)
        elif low in {"pricing", "priced"} and i + 1 < n and toks[i + 1].low == "in":
            cue = _pricing_in_cue(toks, i)
        elif low in {"think", "reckon"} and i > 0 and toks[i - 1].low in {"i", "we"}:
            cue = _think_present_cue(toks, i)
        elif low in {"case", "scenario"} and i + 1 < n and toks[i + 1].low == "(":
            cue = _scenario_cue(toks, i)
        elif low == "(" and (labelled := _label_sentence_cue(toks, i)) is not None:
            cue = labelled
        elif low == "(" and (listed_case := _listed_scenario_cue(toks, i)) is not None:
            cue = listed_case
        elif (
            low == ":"
            and (i + 3 == n or (i + 4 == n and toks[i + 3].low == "."))
            and toks[i + 2].low == "%"
            and toks[0].text[:1].isupper()
        ):
            # a scenario table's row: "A small explosive eruption from the summit crater: 35%"
            cue = _scenario(toks[i + 1].low, 0, 0, edits=[(i, n, "")])
        elif low in {"case", "scenario"} and i + 1 < n and toks[i + 1].low == ",":
            cue = _assigned_case_cue(toks, i)
        elif low == "(" and i > 3 and i + 1 < n and toks[i + 1].low == "probability":
            # "Base case: political agreement in the fourth quarter (probability 55%)"
            cue = _labelled_scenario_cue(toks, i)
        elif low == "(" and i > 3 and i + 3 < n and toks[i + 2].low == "%":
            # "Base case - gradual tightening (60%)."
            cue = _labelled_scenario_cue(toks, i, shift=-1)
        elif low == "(" and 0 < i <= 4 and toks[0].text[:1].isupper():
            # a scenario list with any label: "Negotiated settlement (20%): the government
            # agrees to early elections"
            cue = _scenario_cue(toks, i - 1, head=0)
        elif low in {"simulations", "scenarios", "runs"}:
            cue = _simulation_cue(toks, i) or _fronted_simulation_cue(toks, i)
        if cue is not None:
            cues.append(cue)
            i = max(i + 1, cue.verb)
        else:
            i += 1
    return cues


_CONTEST_PRESENT = lw._words(
    "win wins lose loses beat beats nick nicks survive survives qualify qualifies finish "
    "finishes edge edges stay stays take takes miss misses make makes"
)


def _think_present_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "I think Athletic nick it on penalties", "we reckon Mikael wins it": a pundit's call in
    the present tense, read only with a contest verb."""
    n = len(toks)
    j = i + 1
    if j < n and toks[j].low == "that":
        j += 1
    k = j
    while k < n and k < j + 3 and (toks[k].text[:1].isupper() or toks[k].low == "they"):
        k += 1
    it_goes = (
        k == j
        and j + 2 < n
        and toks[j].low in {"this", "it"}
        and toks[j + 1].low in {"goes", "comes", "ends", "finishes"}
    )
    if it_goes:
        k = j + 1  # "I think this goes down to the last lap"
    if k == j or k >= n or (toks[k].low not in _CONTEST_PRESENT and not it_goes):
        return None
    word = toks[k].low
    lemma = _present_lemma(word) if word.endswith("s") and word not in {"loses"} else word
    if word == "loses":
        lemma = "lose"
    return Cue(
        head=i,
        verb=k + 1,
        kind="hedge_obj",
        core="think",
        claim_start=j,
        gov=i,
        edits=[(k, k + 1, f"will {lemma}")],
    )


def _probably_present_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "He probably misses the weekend", "Okafor probably wins it": a pundit's call in the
    present tense with "probably", read only with a contest verb after a pronoun or a name."""
    k = i + 1
    prev = toks[i - 1]
    if k >= len(toks) or not (prev.low in {"he", "she", "they"} or prev.text[:1].isupper()):
        return None
    word = toks[k].low
    if word not in _CONTEST_PRESENT or (prev.low == "they") == word.endswith("s"):
        return None
    lemma = _present_lemma(word) if word.endswith("s") else word
    return Cue(
        head=i,
        verb=k + 1,
        kind="modal",
        core="probably",
        modal="will",
        edits=[(i, k + 1, f"will {lemma}")],
    )


def _scenario_cue(toks: list[Tok], i: int, head: int | None = None) -> Cue | None:
    """ "Base case (55%): the index gains about 3% over 2026": a research note's scenario
    with its probability."""
    n = len(toks)
    j = i + 2
    if j < n and toks[j].low in {"probability", "chance", "likelihood"}:
        j += 1  # "Our base case (probability 60%) is a return of 5.5%"
    if j + 3 >= n or not toks[j].low.replace(".", "", 1).isdigit() or toks[j + 1].low != "%":
        return None
    if toks[j + 2].low == ")" and toks[j + 3].low == "is" and j + 4 < n:
        # "Our downside scenario (25%) is a weak and erratic season"
        return _scenario_is(toks, i, j + 3, toks[j].low)
    if toks[j + 2].low == ")" and toks[j + 3].low == "," and j + 4 < n:
        # "In our bear case (25%), a global recession pushes the return to minus 3%"
        return _scenario(toks[j].low, _label_head(toks, i) if head is None else head, j + 4)
    if toks[j + 2].low != ")" or toks[j + 3].low != ":" or j + 4 >= n:
        return None
    return _scenario(toks[j].low, _label_head(toks, i) if head is None else head, j + 4)


def _label_head(toks: list[Tok], i: int) -> int:
    """Where the label of the scenario noun at ``i`` starts: "Base case", "Our downside"."""
    return i - 1 if i > 0 and _WORDISH.match(toks[i - 1].low) else i


def _scenario(
    pct: str,
    head: int,
    start: int,
    nominal: bool = False,
    edits: list[tuple[int, int, str]] | None = None,
) -> Cue | None:
    """A scenario with chance ``pct`` percent whose claim starts at ``start``: what it says
    will happen ("There will be ..." when it names a thing), or None for an impossible
    chance."""
    try:
        p = float(pct) / 100
    except ValueError:
        return None
    if not 0 < p <= 1:
        return None
    return Cue(
        head=head,
        verb=start,
        kind="nominal" if nominal else "it_that",
        core=f"{p:.4f}",
        label=f"{pct}% scenario",
        claim_start=start,
        edits=([(start, start, "<nominal>")] if nominal else []) + (edits or []),
    )


def _scenario_is(toks: list[Tok], i: int, cop: int, pct: str) -> Cue | None:
    """The scenario at ``i`` "is" what follows the copula at ``cop``: "There will be a weak
    and erratic season"."""
    return _scenario(pct, _label_head(toks, i), cop + 1, nominal=True)


def _assigned_case_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "Our base case, to which we assign a 60% probability, is a broadly normal monsoon"."""
    n = len(toks)
    if i + 2 >= n or toks[i + 1].low != ",":
        return None
    close = next((x for x in range(i + 2, min(n, i + 14)) if toks[x].low == ","), None)
    if close is None or close + 1 >= n or toks[close + 1].low != "is":
        return None
    words = [t.low for t in toks[i + 2 : close]]
    pct = next((w for w, nxt in itertools.pairwise(words) if nxt == "%" and w[:1].isdigit()), None)
    if pct is None or not _ASSIGNING.intersection(words):
        return None
    return _scenario_is(toks, i, close + 1, pct)


def _labelled_scenario_cue(toks: list[Tok], i: int, shift: int = 0) -> Cue | None:
    """ "Alternative: talks stall into 2027 (probability 35%)", "Base case - gradual
    tightening (60%)": a scenario whose label comes first and whose chance closes it; the
    claim is what lies between. ``shift`` is -1 where no "probability" word precedes the
    number."""
    n = len(toks)
    seps = {":"} if shift == 0 else {":", "-", "–", "—"}
    colon = next((x for x in range(1, min(i, 8)) if toks[x].low in seps), None)
    num = i + 2 + shift
    if colon is None or num + 2 >= n or toks[num + 1].low != "%" or toks[num + 2].low != ")":
        return None
    if shift and (num + 3 < n and toks[num + 3].low not in {".", ";"}):
        return None  # "(60%)" closing the scenario's first sentence, not a figure mid-claim
    return _scenario(toks[num].low, 0, colon + 1, edits=[(i, num + 3, "")])


_OBJECT_START = lw._words(
    "a an the any more fewer than its their his her at above below over under to by"
)


def _fronted_simulation_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "In only 3% of the model's simulations does any single party reach 91 seats", "In
    60% of the runs, Labour wins a majority": the share of runs opening the sentence."""
    n = len(toks)
    pct = next((x for x in range(1, i) if toks[x].low == "%"), None)
    if toks[0].low != "in" or pct is None or i + 3 >= n:
        return None
    value = _odds_value(f"{toks[pct - 1].low}%")
    inverted = toks[i + 1].low in {"does", "do", "did"}
    if value is None or not (inverted or toks[i + 1].low == ","):
        return None
    start = i + 2
    verb = next(
        (
            x
            for x in range(start + 1, min(n - 1, start + 8))
            if toks[x].text[:1].islower()
            and _WORDISH.match(toks[x].low)
            and (toks[x + 1].low in _OBJECT_START or toks[x + 1].low[:1].isdigit())
            and (inverted or toks[x].low.endswith("s"))
        ),
        None,
    )
    if verb is None:
        return None
    lemma = toks[verb].low if inverted else _present_lemma(toks[verb].low)
    return Cue(
        head=0,
        verb=verb,
        kind="it_that",
        core=f"{value:.4f}",
        label=f"{toks[pct - 1].low}% of simulations",
        claim_start=start,
        edits=[(verb, verb + 1, f"will {lemma}")],
    )


def _simulation_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "Kelham survive in only 26% of the simulations": a model's share of runs as the
    chance of the outcome."""
    k = i - 1
    if k >= 0 and toks[k].low in {"the", "its", "their", "our", "his", "her"}:
        k -= 1
    if k < 2 or toks[k].low != "of" or toks[k - 1].low != "%":
        return None
    num = k - 2
    if not toks[num].low.replace(".", "", 1).isdigit():
        return None
    at = num - 1
    while at > 0 and toks[at].low in {"only", "just", "about", "around", "roughly", "some"}:
        at -= 1
    verb = at - 1
    if (
        toks[at].low != "in"
        or verb < 1
        or not _WORDISH.match(toks[verb].low)
        or toks[verb].low.endswith(("ing", "ed"))
        or toks[verb - 1].low.endswith("ing")  # "has Harbourside going down in 48% of ..."
    ):
        return None
    p = float(toks[num].low) / 100
    if not 0 < p <= 1:
        return None
    word = toks[verb].low  # "Kelham survive" (plural), "the club survives"
    lemma = _present_lemma(word) if word.endswith("s") and not word.endswith("ss") else word
    return Cue(
        head=verb,
        verb=verb,
        kind="modal",
        core=f"{p:.4f}",
        label=f"{toks[num].low}% of simulations",
        edits=[(verb, verb + 1, f"will {lemma}"), (at, i + 1, "")],
    )


_FORECAST_NOUNS = lw._words("forecast forecasts projection projections prediction predictions")
_STALE = lw._words("earlier previous original old last initial prior from had")
_HOLD_VERBS = lw._words(
    "has have had kept keeps keep issued issues published publishes made makes stuck sticks "
    "raised raises lifted lifts cut cuts lowered lowers upgraded upgrades downgraded "
    "downgrades reiterated reiterates maintained maintains repeated repeats gave gives"
)


def _own_figure_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "She cut her 2026 pre-tax profit forecast by 5% to £402m", "Her own margin estimate
    is 11.5%": the figure a forecaster's own forecast names, which becomes "The 2026 pre-tax
    profit will be £402m"."""
    n = len(toks)
    owner = next((x for x in range(i - 1, max(-1, i - 6), -1) if toks[x].low in _OWNER_WORDS), None)
    if owner is None:
        return None
    about = [t for t in toks[owner + 1 : i] if t.low not in {"own", "price"}]
    k = i  # the noun; the figure's verb follows it
    if not about and k + 1 < n and toks[k + 1].low == "for":
        # "our target for ICE London cocoa is £4,100/t by 30 June": what it is for
        stop = next((x for x in range(k + 3, min(n, k + 9)) if toks[x].low in {"is", "at"}), k)
        about, k = toks[k + 2 : stop], stop - 1
    if not about or not all(_WORDISH.match(t.low) or t.low[:1].isdigit() for t in about):
        return None
    if owner > 0 and toks[owner - 1].low in {"from", "than", "on", "over", "below", "above"}:
        return None  # "up from its April estimate of 22.8%": the old figure
    if owner > 0 and toks[owner - 1].low in _MET:
        return None  # "by hitting his growth target of 3.1% for 2004": a result
    if any(t.low in _STALE or t.low in _MONTH_NAMES for t in about):
        return None  # "our January estimate of 5.1%", "its previous estimate"
    k += 1
    moved = k + 1 < n and toks[k].low in _FIGURE_MOVES and toks[k + 1].low == "to"
    k += moved  # "Our full-year 2026 average forecast rises to 177 cents"
    if k + 1 < n and toks[k].low == "by" and toks[k + 1].low[:1].isdigit():
        k += 2 + (k + 2 < n and toks[k + 2].low == "%")  # "by 5%": the size of the change
    if k + 1 >= n or toks[k].low not in {"to", "is", "was", "of", "at"}:
        return None
    value = toks[k + 1].low
    if not (value[:1].isdigit() or value[:1] in "$£€"):
        return None
    cut = owner > 0 and toks[owner - 1].low in _HOLD_VERBS  # "She cut her ... forecast"
    if toks[k].low == "to" and not (moved or cut):
        return None  # "her forecast to rise": not a figure
    named = " ".join(t.text for t in about)
    if about[0].low not in {"the", "a", "an"} and not about[0].text[:1].isupper():
        named = "the " + named  # not "the the shares", "the ICE London cocoa"
    return Cue(
        head=owner - 1 if cut else owner,
        verb=k + 1,
        kind="chance",
        core="expect",
        label="own forecast",
        claim_start=owner,
        subject=(owner, owner + 1),
        edits=[(owner, k + 1, f"{named} will be")],
    )


_OWNER_WORDS = lw._words("her his its their our my")
_MET = lw._words(
    "hit hits hitting met meets meeting miss missed misses missing beat beats beating exceeded "
    "exceeds exceeding achieved achieves achieving undershot overshot"
)
_DAY_NAMES = lw._words("monday tuesday wednesday thursday friday saturday sunday")
_FIGURE_MOVES = lw._words(
    "rises rose falls fell climbs climbed drops dropped goes went moves moved increases "
    "increased edges edged slips slipped"
)
_MONTH_NAMES = lw._words(
    "january february march april may june july august september october november december"
)


def _forecast_noun_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "a forecast of 2% growth for 2006", "the Bank's projection of a 1% rise": a forecast
    carried by a noun. Only with a number in the object, and not an old forecast ("down
    from an earlier forecast of £450m")."""
    n = len(toks)
    start = i + 2
    if start >= n:
        return None
    if not any(t.low[:1].isdigit() for t in toks[start : start + 6]):
        return None
    if any(t.low in _STALE for t in toks[max(0, i - 4) : i]):
        return None
    return Cue(
        head=i,
        verb=start,
        kind="nominal",
        core="expect",
        claim_start=start,
        edits=[(start, start, "<nominal>")],
    )


def _forecast_owner(toks: list[Tok], head: int, ctx: Context) -> str | None:
    """Who holds the forecast a noun names: "the Bank's forecast", "its forecast", "the IMF
    has a forecast"."""
    k = head - 1
    while k >= 0 and (
        toks[k].low in {"a", "an", "the", "new", "latest", "central", "current", "revised", "own"}
        or toks[k].low[:1].isdigit()
        or toks[k].low in {"%", "growth", "official", "economic", "inflation", "budget"}
    ):
        k -= 1
    if k < 0:
        return None
    if toks[k].low in {"its", "their"}:
        verb = next(
            (v for v in range(k - 1, max(-1, k - 4), -1) if toks[v].low in _HOLD_VERBS), None
        )
        lead = _subject_np(toks, verb) if verb is not None else None
        if lead is not None and _is_agent(toks, lead) and toks[lead[0]].low not in lw.PRONOUNS:
            return _clean_name(toks, lead, ctx) or None  # "The Treasury stuck to its forecast"
        return (ctx.last_org if toks[k].low == "its" else ctx.last_group) or ctx.last_agent
    if toks[k].text.endswith(("'s", "’s")) and toks[k].text[:1].isupper():
        j = k
        while j > 0 and toks[j - 1].text[:1].isupper() and toks[j - 1].low != "the":
            j -= 1
        return _join(toks[j : k + 1])[:-2].strip() or None
    if toks[k].low[:-2] in lw.ORG_HEADS and toks[k].low.endswith(("'s", "’s")):
        # "The harbour board's own forecast": the body it names
        j = k
        while j > 0 and _WORDISH.match(toks[j - 1].low) and toks[j - 1].low not in {"the", "a"}:
            j -= 1
        return "the " + _join(toks[j : k + 1])[:-2].strip()
    if toks[k].low in _HOLD_VERBS:
        subj = _subject_np(toks, k)
        if subj is not None and _is_agent(toks, subj):
            return _clean_name(toks, subj, ctx) or None
    if toks[k].text[:1].isupper() and toks[k].low not in {"the", "a"} | lw.PRONOUNS:
        j = k  # "the CBI forecast of 2.5% growth"; not "She forecasts sales of $2bn"
        while j > 0 and (
            (toks[j - 1].text[:1].isupper() and toks[j - 1].low != "the")
            or (toks[j - 1].low == "&" and j > 1 and toks[j - 2].text[:1].isupper())
        ):  # "Ridley & Crane forecast proceeds of about £1.1bn"
            j -= 1
        if j > 0 and toks[j - 1].low == "by":
            return None  # "Economists surveyed by Reuters forecast ...": a verb, theirs
        return _join(toks[j : k + 1])
    return None


_EVEN_PHRASES = (
    ("a", "toss-up"),
    ("a", "coin-toss"),
    ("a", "coin-flip"),
    ("a", "coin", "flip"),
    ("a", "coin", "toss"),
    ("even", "odds"),
    ("evens",),
    ("fifty-fifty",),
    ("50-50",),
)


_EVEN_COPULAS = lw._words("is 's remains looks seems")
# "X is a toss-up": the one-word nouns of those phrases, for the copula reader
_EVEN_NOUNS = frozenset(p[1] for p in _EVEN_PHRASES if len(p) == 2 and p[0] == "a")


def _even_phrase(toks: list[Tok], k: int) -> int:
    """The end of "a toss-up", "even odds", "(about) evens" starting at ``k``, or -1."""
    if k < len(toks) and toks[k].low in {"about", "roughly", "around", "nearly"}:
        k += 1
    for phrase in _EVEN_PHRASES:
        if tuple(t.low for t in toks[k : k + len(phrase)]) == phrase:
            return k + len(phrase)
    return -1


def _whether_even_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "Whether Lowfield finally keep a clean sheet on Saturday is a toss-up", "It is even
    odds whether the president attends": the question's outcome at an even chance."""
    n = len(toks)
    for back in range(i - 2, max(0, i - 5), -1):
        if toks[back].low in _EVEN_COPULAS and _even_phrase(toks, back + 1) == i:
            # "It is even odds whether X", "it's a toss-up whether X"
            head = back - 1 if back > 0 and toks[back - 1].low == "it" else back
            return Cue(
                head=head,
                verb=i + 1,
                kind="it_that",
                core="roughly even chance",
                label="whether",
                claim_start=i + 1,
            )
    if i > 0 and toks[i - 1].low not in {",", ";", ":", "and", "but"}:
        return None
    for cop in range(i + 3, min(n, i + 25)):
        if toks[cop].low in {";", ".", "?"}:
            return None
        if toks[cop].low in _EVEN_COPULAS:
            # "Whether they get to 76 is now a toss-up"
            at = cop + 1 + (cop + 1 < n and toks[cop + 1].low in {"now", "still", "really"})
            end = _even_phrase(toks, at)
            if end < 0:
                continue
            return Cue(
                head=i,
                verb=i + 1,
                kind="it_that",
                core="roughly even chance",
                label="whether",
                claim_start=i + 1,
                edits=[(cop, end, "")],
            )
    return None


def _doubt_before(toks: list[Tok], i: int) -> bool:
    """ "we doubt the company can hold margins": "doubt" as a verb shortly before ``i``
    (not "no doubt", "beyond doubt")."""
    return any(
        toks[x].low in {"doubt", "doubts"} and x > 0 and toks[x - 1].low not in _DOUBT_NOUN
        for x in range(max(0, i - 8), i)
    )


_DOUBT_NOUN = lw._words("no little without a the some any of beyond in cast casts")


def _doubted_verb(low: str) -> bool:
    """A third-person present of a verb a doubt is about: "goes", "gets", "wins"."""
    if not low.endswith("s") or low.endswith(("ss", "us", "is")) or low in lw.AUX:
        return False
    return _present_lemma(low) in _DOUBT_VERBS


def _doubt_present_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "I doubt he goes beyond the second round": a present tense that looks ahead, read
    as "he will go", with the doubt's low band."""
    n = len(toks)
    k = i + 1
    if k < n and toks[k].low == "that":
        k += 1
    subj = k
    if k < n and toks[k].low in {"he", "she", "it"}:
        k += 1
    elif k < n and toks[k].low in {"a", "an", "the", "any", "this", "its", "their"}:
        # "I doubt a single shovel goes into the ground before 2028"
        k += 1
        while (
            k < n
            and k - subj < 4
            and not _doubted_verb(toks[k].low)
            and _WORDISH.match(toks[k].low)
        ):
            k += 1
    else:
        while k < n and k - subj < 3 and toks[k].text[:1].isupper():
            k += 1
    if k == subj or k >= n or not _WORDISH.match(toks[k].low):
        return None
    low = toks[k].low
    if not _doubted_verb(low):
        return None
    lemma = _present_lemma(low)
    return Cue(
        head=subj,
        verb=k,
        kind="modal",
        core="will",
        modal="will",
        edits=[(k, k + 1, f"will {lemma}")],
    )


def _in_all(toks: list[Tok], k: int) -> bool:
    """ "in all likelihood", "in all probability" at ``k``."""
    return toks[k].low == "in" and " ".join(t.low for t in toks[k + 1 : k + 3]) in {
        "all likelihood",
        "all probability",
    }


def _modal_cue(toks: list[Tok], i: int) -> Cue | None:
    t = toks[i]
    n = len(toks)
    if t.low in lw.CONTRACTED_WILL:
        modal = "will"
    else:
        modal = lw.MODALS.get(t.low, "will")  # "can", read only after "doubt"
        if t.text[0].isupper() and i > 0:
            return None  # "Will Smith", "Theresa May"
        if modal == "will" and t.low == "will":
            prev = toks[i - 1].low if i else ""
            nxt = toks[i + 1].low if i + 1 < n else ""
            pronoun_that = (
                prev in {"that", "this"}
                and i >= 2
                and (
                    toks[i - 2].low in lw.HEDGES
                    or toks[i - 2].low in lw.SAY_VERBS
                    # "I'm confident this will be our busiest summer on record"
                    or toks[i - 2].low in {"confident", "sure", "certain", "convinced", "that"}
                )
            )  # "we don't think that will change", "I think this will be busier": the subject
            # '"This will not be over in a week," she said': a demonstrative opening the
            # sentence or the quote is the subject
            pronoun_that = pronoun_that or (
                prev in {"this", "that"} and (i == 1 or toks[i - 2].low in {'"', "“", ":"})
            )
            # "mergers worth $2bn each will be announced", "some will lose": a pronoun
            # subject, not "their will" or "political will"
            pronoun_that = pronoun_that or prev in {"each", "some", "any", "these", "those"}
            # "will, in all likelihood, publish": an estimative aside before the verb
            aside = (
                nxt == ","
                and i + 2 < n
                and (toks[i + 2].low in lw.EST_ADVERBS or _in_all(toks, i + 2))
            )
            if (prev in lw.DETERMINERS and not pronoun_that) or (
                not aside
                and nxt
                in {
                    "of",
                    "to",
                    ",",
                    ".",
                    "and",
                    "for",
                    "is",
                    "was",
                }
            ):
                return None  # the noun
        if modal == "may" and i + 1 < n and toks[i + 1].text[:1].isdigit():
            return None
    negated = t.low.endswith("n't")
    j = i + 1
    mods: list[str] = []
    core = modal
    est_from: int | None = None
    phrase: set[int] = set()  # the words of "in all likelihood"
    while j < n:
        low = toks[j].low
        if low in lw.NEGATIONS or low == "n't":
            negated = True
        elif (
            low in lw.MODIFIERS
            and j + 1 < n
            and (toks[j + 1].low in lw.EST_ADVERBS or toks[j + 1].low in lw.MODIFIERS)
        ):
            mods.append(low)
            est_from = j if est_from is None else est_from
        elif low in lw.EST_ADVERBS:
            core = lw.EST_ADVERBS[low]
            est_from = j if est_from is None else est_from
        elif _in_all(toks, j):
            # "will, in all likelihood, publish another review": a very likely act
            core = "likely"
            mods.append("very")
            est_from = j if est_from is None else est_from
            phrase.update((j, j + 1, j + 2))
            j += 2
        elif low in lw.ADVERBS or low == ",":
            pass
        elif low == "by" and j + 1 < n and toks[j + 1].low in _SELVES:
            j += 1  # "they will not by themselves stop the drift"
        else:
            break
        j += 1
    if j >= n or not _WORDISH.match(toks[j].low) or toks[j].low in lw.NON_VERBS:
        return None
    verb = toks[j].low
    if (
        modal in {"would", "could", "may", "might"}
        and verb == "have"
        and j + 1 < n
        and toks[j + 1].low not in {"to"}
        and not (
            toks[j + 1].low in lw.DETERMINERS | {"a", "an", "the", "no", "little", "some", "any"}
            or toks[j + 1].low[:1].isdigit()
        )
    ):
        return None  # past or counterfactual modal ("would have won"), not "would have a"
    if modal == "could" and negated:
        return None  # "could not estimate": past inability
    if modal == "would" and verb in {"like", "rather", "love", "prefer"}:
        return None
    if modal == "would" and verb in lw.EXPECT_VERBS | set(lw.HEDGES):
        return None  # "I wouldn't expect rates to fall": the hedge verb carries the estimate
    if modal == "would" and verb == "have" and j + 1 < n and toks[j + 1].low == "to":
        return None  # hypothetical obligation
    # Estimative adverbs written before the modal: "probably will", "almost certainly won't".
    k = i - 1
    while k >= 0 and (toks[k].low in lw.EST_ADVERBS or toks[k].low in lw.MODIFIERS):
        if toks[k].low in lw.EST_ADVERBS:
            core = lw.EST_ADVERBS[toks[k].low]
        else:
            mods.insert(0, toks[k].low)
        k -= 1
    head = k + 1
    if core != modal:
        core, mods = _fold_certain(core, mods)
    edits: list[tuple[int, int, str]] = []
    keep_neg = negated
    replacement = "will not" if keep_neg else "will"
    if keep_neg and j < n and toks[j].low == "longer" and toks[j - 1].low == "no":
        replacement = "will no"  # "will no longer be made": the claim keeps its words
    if t.low in lw.CONTRACTED_WILL:
        replacement = toks[i].text.split("'")[0].split("’")[0] + " " + replacement
    # Replace modal + negation + estimative adverbs, keep ordinary adverbs ("also", "now").
    kept = [
        toks[x].text
        for x in range(i + 1, j)
        if toks[x].low not in lw.NEGATIONS
        and toks[x].low != "n't"
        and toks[x].low not in lw.EST_ADVERBS
        and toks[x].low not in lw.MODIFIERS
        and toks[x].low != ","
        and x not in phrase
    ]
    edits.append((head, j, " ".join([replacement, *kept])))
    cue = Cue(
        head=head,
        verb=j,
        kind="modal" if core == modal else "adverb",
        core=core,
        mods=tuple(mods),
        negated=False,
        modal=modal,
        edits=edits,
    )
    cue.subject = None
    if keep_neg and core != modal:
        cue.negated = False
    return cue


_POINT_TO = lw._words("points point pointed suggests suggested")
# what forecasts (a poll or a report that "points to" something describes the present)
_FORECAST_TOOLS = lw._words(
    "outlook outlooks model models modelling forecast forecasts projection projections"
)
_SELVES = lw._words("itself themselves himself herself")


def _fold_certain(core: str, mods: list[str]) -> tuple[str, list[str]]:
    near = {"almost", "nearly", "virtually"}
    if core in {"certain", "almost certain"} and any(m in near for m in mods):
        return "almost certain", [m for m in mods if m not in near]
    if core == "almost no chance":  # "almost no chance" already holds its "almost"
        return core, [m for m in mods if m not in near]
    return core, mods


_CERTAINTY_ADJ = lw._words("near virtual racing dead")
_FAVOURITE = lw._words("favourite favourites favorite favorites")
# who quotes a price: "most firms have Kingsmoor at 4/6"
_BOOKIES = lw._words("bookmakers bookies firms layers exchanges")
_PRICE_LEAD = lw._words(
    "now currently still priced quoted trading available backed at as short long both out"
)


def _is_price(cue: Cue) -> bool:
    """A bookmaker's price ("9/2 odds", "evens"), whose forecaster is the bookmaker."""
    return (
        cue.label.endswith("odds")
        or cue.label == "evens"
        or bool(re.fullmatch(r"\d+/\d+ (?:against|on)", cue.label))  # "7-1 against"
    )


def _fractional_odds(
    toks: list[Tok], k: int, betting: bool = False
) -> tuple[float, str, int] | None:
    """Bookmakers' odds at ``k``: "2/1" (against: 1/3), "1/3" (on: 3/4), "evens". With
    ``betting`` the article is about prices, so "Team Kessel are 3-1," needs no betting word
    of its own."""
    if k < len(toks) and toks[k].low == "evens":
        return 0.5, "evens", k + 1
    worded = _WORD_ODDS.match(toks[k].low) if k < len(toks) else None
    w_against = _odds_number(worded[1]) if worded else None
    w_stake = _odds_number(worded[2]) if worded else None
    if w_against and w_stake and worded and worded[1] not in {"a", "an"}:
        # "available at ten-to-one", "a five-to-two shot"
        return w_stake / (w_against + w_stake), f"{w_against}/{w_stake} odds", k + 1
    decimal = _DECIMAL_ODDS.match(toks[k].low) if 0 < k < len(toks) else None
    # "Joel Brannigan is 3.50 to win the man-of-the-match award": a price, to do that
    priced_to = (
        toks[k - 1].low in {"is", "are"}
        and k + 2 < len(toks)
        and toks[k + 1].low == "to"
        and _WORDISH.match(toks[k + 2].low) is not None
    )
    if (
        decimal
        and 1 < float(toks[k].low) < 1000
        and (
            priced_to
            or (
                (
                    toks[k - 1].low == "at"
                    # "BetNorth make them a 3.50 chance in decimal odds"
                    or (
                        toks[k - 1].low in {"a", "an"}
                        and k + 1 < len(toks)
                        and toks[k + 1].low in {"chance", "shot"}
                    )
                )
                and (
                    _BETTING_PLACES.intersection(t.low for t in toks[k + 1 : k + 6])
                    # "Stanwell's, which quotes decimal prices on its app, has the curlew at 15.0"
                    or any(t.low == "decimal" for t in toks[:k])
                )
            )
        )
    ):
        # "is trading at 6.0 on one betting exchange": decimal odds, the stake returned
        return 1 / float(toks[k].low), f"{toks[k].low} decimal odds", k + 1
    hyphen = _HYPHEN_ODDS.match(toks[k].low) if 0 < k < len(toks) else None
    after = toks[k + 1].low if k + 1 < len(toks) else ""
    if (
        hyphen
        and int(hyphen[1]) + int(hyphen[2]) > 0
        and toks[k].low != "50-50"  # a coin flip, not a price: read by `_even_to`
        and (
            toks[k - 1].low in {"at", "of", "best-priced"}  # "is a best-priced 4-1"
            or after
            in {"on", "against", "that", "favourite", "favourites", "outsider", "outsiders"}
            or toks[k - 1].low in _OFFER_VERBS | {"go", "goes"}  # "offer 5-2 that"
            # "Rivals CrownBet make him 8-13"
            # "Harlow Bet make him 4-6 to win the race again"
            or (
                k > 1
                and toks[k - 2].low in {"make", "makes", "made"}
                and after in {"", ".", ",", "to", "for"}
            )
            # "Dafydd Pryce is 3-1 joint favourite with Maybury"
            or (
                after in {"joint", "second", "clear", "hot"}
                and k + 2 < len(toks)
                and toks[k + 2].low in _FAVOURITE
            )
            # "Switzerland are 6-1 and Italy 10-1", "..., with the Pell Harbour Titans 7-4 to
            # claim": the next entry of a list of prices
            or _listed_after_price(toks, k, betting)
            # "Noah Fenwick is 11-4 for pole position": a price, not a score
            or (
                toks[k - 1].low in {"is", "are"}
                and after in {"for", "to"}
                and k + 2 < len(toks)
                and toks[k + 2].text[:1].islower()  # not "the score is 2-1 to Rovers"
            )
            # "a 20-1 shot", "the 3-1 favourite"; "while Brandt is 11-10" among other prices
            or (
                toks[k - 1].low in {"a", "the"}
                and after in {"shot", "outsider", "chance", "favourite", "favourites"}
            )
            or (
                toks[k - 1].low == "a"
                and after == "long"
                and k + 2 < len(toks)
                and toks[k + 2].low == "shot"
            )
            or (
                toks[k - 1].low in {"is", "are"}
                and after in {"", ",", ".", ";", "and"}
                # "X, which has charted every December since 1994, is 12-1, and Y is a
                # 20-1 shot"; "in Kestrel Bet's outright market, Switzerland are 6-1"
                and (
                    betting
                    or any(
                        t.low in _BETTING_WORDS | {"shot", "market", "outright"} or "/" in t.low
                        for t in toks
                    )
                )
            )
            # "a 5/2 shot with Coralford and 9-4 with Betmarsh": the same runner's price
            # with another firm
            or (
                toks[k - 1].low == "and"
                and after in {"with", "at"}
                and any(t.low == "/" for t in toks[: k - 1])
            )
            # "Hanna Sjöberg, who is 7-1 with Harlow & Finch": a price where it is offered
            or (
                after == "with"
                and (
                    toks[k - 1].low in {"is", "are"}
                    # "Declan Brennan is now 4-6 with Fairlane Bet to be the next ... to leave"
                    or (
                        toks[k - 1].low in {"now", "still", "currently"}
                        and toks[k - 2].low in {"is", "are"}
                    )
                )
                and _at_bookie(toks, k + 2)
            )
        )
    ):
        # "priced at 2-1", "odds of 5-2", "1-3 on": a score ("won 2-1") has none of these
        a, b = int(hyphen[1]), int(hyphen[2])
        staked = k + 2 < len(toks) and (
            toks[k + 2].text[:1].isupper()
            # "offers 7-1 on any player winning all five": a price on an outcome, not odds-on
            or toks[k + 2].low in {"a", "an", "the", "any", "either", "each", "every", "both"}
        )
        if after == "against" or (after == "on" and not staked):
            return _side_odds(a, b, after), f"{hyphen[1]}/{hyphen[2]} {after}", k + 2
        return b / (a + b), f"{hyphen[1]}/{hyphen[2]} odds", k + 1
    if k + 2 < len(toks) and toks[k + 1].low == "/" and toks[k].low.isdigit():
        against, stake = toks[k].low, toks[k + 2].low
        if (
            stake.isdigit()
            and int(against) + int(stake) > 0
            and toks[k + 2].start == toks[k + 1].end
        ):
            p = int(stake) / (int(against) + int(stake))
            return p, f"{against}/{stake} odds", k + 3
    return None


def _odds_number(word: str) -> int | None:
    """ "ten" -> 10, "20" -> 20: one side of odds written with "-to-"."""
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


_HYPHEN_ODDS = re.compile(r"^(\d{1,3})-(\d{1,3})$")
_DECIMAL_ODDS = re.compile(r"^\d{1,3}\.\d{1,2}$")


def _listed_after_price(toks: list[Tok], k: int, betting: bool = False) -> bool:
    """A name listed after a price (or in an article about prices) ends just before ``k``:
    "and Italy", "with the Pell Harbour Titans", "with Kessel"."""
    m = k - 1
    while m > 0 and toks[m].text[:1].isupper():
        m -= 1
    if m == k - 1:
        return False
    if toks[m].low == "the" and m > 0:
        m -= 1
    return toks[m].low in {"and", ",", "with"} and (
        betting or any(_HYPHEN_ODDS.match(t.low) for t in toks[:m])
    )


def _at_bookie(toks: list[Tok], k: int) -> bool:
    """A bookmaker opens at ``k``: a name ("Harlow & Finch", not "the score is 2-1 with ten
    minutes left"), "bookmakers", "most bookmakers"."""
    n = len(toks)
    if k < n and toks[k].low in {"most", "some", "all", "several", "one", "two", "three", "both"}:
        k += 1
    if k >= n or not (toks[k].low in _BOOKIES | {"bookmaker"} or toks[k].text[:1].isupper()):
        return False
    while k < n and (toks[k].text[:1].isupper() or toks[k].low in _BOOKIES | {"&", "bookmaker"}):
        k += 1
    # "They are 2-1 with Rovers pressing": a score and what is going on
    return k >= n or toks[k].low in _PRICE_STOPS | {"and"}


_BETTING_PLACES = lw._words("betting exchange exchanges decimal odds bookmakers bookmaker")
_WORD_ODDS = re.compile(r"^([a-z]+|\d{1,3})-to-([a-z]+|\d{1,3})$")
_BETTING_WORDS = _FAVOURITE | lw._words(
    "odds bookmakers bookies priced betting outsider bet each-way"
)
# where a price's "with most bookmakers" ends: "the 7/1 favourite with most bookmakers after
# his win at Fairyhouse"
_PRICE_STOPS = frozenset({"to", "for", ",", ".", ";", "after", "following", "despite", "since"})


# words between a runner and its price: "available at", "priced at", "out at 12/1"
_BEFORE_AT = frozenset(
    {"available", "priced", "quoted", "backed", "now", "still", "out", "close", "behind", "next"}
    | {"on", "offer"}  # "with Brennan on offer at 11/8"
)


def _before_price(toks: list[Tok], i: int) -> int:
    """Where the words leading a price "at" ``i`` begin: "available at", "priced at",
    "close behind at 5/2", "out at 12/1" (a price that has drifted)."""
    while i > 0 and toks[i - 1].low in _BEFORE_AT:
        i -= 1
    return i


def _apposed_price_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "Ballyfane Lad, a 7-1 chance who ...", "Miss Marigold, who is available at
    ten-to-one": a runner's price in apposition, which becomes "Ballyfane Lad will win"."""
    n = len(toks)
    k = i + 1
    # "Tom Hadley, a 19-year-old qualifier from Doncaster who is available at 100-1"
    who = next(
        (
            x
            for x in range(k, min(n - 1, k + 10))
            if toks[x].low == "who" and toks[x + 1].low in {"is", "are"}
        ),
        None,
    )
    # one more aside is allowed: "Tesfaye Alemu, the defending champion, who is next best"
    if who is not None and sum(t.low in {",", ";", "."} for t in toks[k:who]) <= 1:
        k = who
    if k + 1 < n and toks[k].low == "who" and toks[k + 1].low in {"is", "are"}:
        k += 2
    while k < n and k < i + 16 and toks[k].low in _PRICE_LEAD | {"a", "an", "the", "next", "best"}:
        k += 1  # "..., who is next best at 5-2"
    odds = _fractional_odds(toks, k)
    if odds is None or k == i + 1:
        return None
    p, label, after = odds
    if after < n and toks[after].low in {"shot", "chance", "outsider", "favourite"}:
        after += 1
    name = i
    while name > 0 and i - name < 4 and toks[name - 1].text[:1].isupper():
        name -= 1
    if name == i or (name > 0 and toks[name - 1].low in {"and", "or"}):
        return None
    stop = next((x for x in range(after, n) if toks[x].low in {",", ".", ";"}), n)
    return Cue(
        head=name,
        verb=after,
        kind="chance",
        core=f"{p:.4f}",
        label=label,
        claim_start=name,
        edits=[(i, stop, "will win")],
    )


def _bare_listed_price_cue(toks: list[Tok], i: int, betting: bool = False) -> Cue | None:
    """ "..., with Wakeley 5/4", "and Okafor 12/1": a name and its price, no "at", after
    another price: the name's price to win."""
    odds = _fractional_odds(toks, i, betting)
    if odds is None:
        return None
    name = i
    while name > 0 and name > i - 4 and toks[name - 1].text[:1].isupper():
        name -= 1
    rep = "will win"
    if name == i:
        # "..., and a penalty shootout 9/2": an outcome, not a runner
        name = next((x for x in range(i - 1, max(0, i - 5), -1) if toks[x].low in {"a", "an"}), i)
        rep = "will happen"
        if name == i or not all(_WORDISH.match(t.low) for t in toks[name:i]):
            return None
    elif name > 1 and toks[name - 1].low == "the":
        name -= 1  # "..., with the Pell Harbour Titans 7-4 to claim the title"
    if name == 0 or toks[name - 1].low not in {"with", "and", ","}:
        return None
    end = odds[2]
    if end + 1 < len(toks) and toks[end].low == "to" and _WORDISH.match(toks[end + 1].low):
        end, rep = end + 1, "will"  # "... 7-4 to claim the club's first championship"
    return Cue(
        head=name,
        verb=end,
        kind="chance",
        core=f"{odds[0]:.4f}",
        label=odds[1],
        claim_start=name,
        edits=[(i, end, rep)],
    )


def _listed_price_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "..., with Reform at 6/4 and Labour at 8/1": prices listed after a betting lead."""
    odds = _fractional_odds(toks, i + 1)
    if odds is None or not any(
        # "Castlebet has France at 6/5 to win, with Ireland at 9/4": an earlier price leads too
        t.low in _BETTING_WORDS or _fractional_odds(toks, x) is not None
        for x, t in enumerate(toks[:i])
    ):
        return None
    p, label, after = odds
    start = _before_price(toks, i)  # "with Harbourside available at 6/5"
    name = start
    while name > 0 and name > start - 6 and toks[name - 1].text[:1].isupper():
        name -= 1  # "Nadia Okafor's The Salt Orchard at 7-2"
    if 1 < name < start and _role_between(toks, name - 1):
        name -= 2  # "Waterford free-taker Eoin Dalton next at 3/1"
    if name >= 2 and toks[name - 1].low == "for" and toks[name - 2].low in _FAVOURITE:
        return None  # "is the favourite for Northbound at 4/6": the favourite's price
    if name == i and i >= 2 and toks[i - 2].low in {"and", ","}:
        return _priced_outcome(toks, i - 1, i - 1)  # "..., and refusal at 9/4"
    if name == start:
        # "..., with South Africa at 2/1 and the drawn series at 5-1": an outcome
        cut = start
        opening = _opening_comma(toks, start - 1) if toks[start - 1].low == "," else None
        if opening is not None and toks[opening + 1].low in {"which", "who"}:
            cut = opening  # "and the draw, which would send the game to extra time, priced at 9/1"
        lead = cut - 1
        while lead > 0 and cut - lead <= 6:
            if toks[lead].low in {"and", ",", "with"}:
                break
            lead -= 1
        if toks[lead].low not in {"and", ",", "with"} or toks[lead + 1].low not in {
            "the",
            "a",
            "an",
        }:
            return None
        return Cue(
            head=lead + 1,
            verb=after,
            kind="chance",
            core=f"{p:.4f}",
            label=label,
            claim_start=lead + 1,
            edits=[(cut, after, "will happen")],
        )
    edits = [(start, after, "will win")]
    if after + 1 < len(toks) and toks[after].low == "to" and _WORDISH.match(toks[after + 1].low):
        edits = [(start, after + 1, "will")]  # "England at 4/9 to win the series"
    elif after + 1 < len(toks) and toks[after].low == "with" and toks[after + 1].text[:1].isupper():
        # "Tullow Mist at 8/1 with Betfred, who pay a third of the odds": where, not what
        stop = next(
            (x for x in range(after, len(toks)) if toks[x].low in {",", ".", ";"}), len(toks)
        )
        edits.append((after, stop, ""))
    return Cue(
        head=name,
        verb=after,
        kind="chance",
        core=f"{p:.4f}",
        label=label,
        claim_start=name,
        edits=edits,
    )


_OFFER_VERBS = lw._words("offer offering offers quoting quotes")
_ARRIVE_AS = lw._words("arrives arrive starts start goes go heads head begins begin enters enter")


def _offer_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "Paddock Bet is offering 5/2 on Novotny winning by knockout": the bookmaker's price
    on the outcome it names, which becomes "Novotny will win by knockout"."""
    k = i + 1
    if [t.low for t in toks[k : k + 3]] == ["a", "price", "of"]:
        k += 3  # "is offering a price of 3.50 on Anansi finishing in the top two"
    elif k < len(toks) and toks[k].low in {"just", "only"}:
        k += 1  # "Solway Sports offers just 1/8 that a second count will be needed"
    odds = _fractional_odds(toks, k)
    decimal = (
        _DECIMAL_ODDS.match(toks[k].low)
        # "offer 3.50 on Hendriks winning three or more stages": a price, by what it is on
        if k < len(toks) and (k > i + 1 or (k + 1 < len(toks) and toks[k + 1].low == "on"))
        else None
    )
    if odds is None and decimal is not None and float(decimal[0]) > 1:
        odds = 1 / float(decimal[0]), f"{decimal[0]} decimal odds", k + 1
    if odds is None:
        return _priced_outcome(toks, i + 1, i)
    p, label, after = odds
    if after < len(toks) and toks[after].low == "that":
        # "offers evens that the winner is ..."
        return _price_that(toks, i, after + 1, p, label, _subject_np(toks, i))
    # "offer 9-to-2 against the men's course record falling": "against" is the side; "is
    # offering 7-1 against the Hawks winning": read with the price
    if toks[after - 1].low in {"on", "against"}:
        after -= 1
    # "Sky Bet offer 11/10 about him finishing in the first two": the trade's "about" is "on"
    if after >= len(toks) or toks[after].low not in {"on", "against", "about"}:
        return None
    for g in range(after + 2, min(len(toks), after + 13)):
        low = toks[g].low
        if low in {",", ".", ";", "and", "or"}:
            return None
        if low in {"win", "victory"} and toks[after + 1].low in {"a", "an"} and g > after + 2:
            # "Fenwick offer 1-5 on a Wolves win": "Wolves will win"
            return Cue(
                head=i,
                verb=g,
                kind="chance",
                core=f"{p:.4f}",
                label=label,
                claim_start=after + 2,
                edits=[(g, g + 1, "will win")],
            )
        if low in _ING_PREPOSITIONS and toks[after + 1].low in {"a", "an"}:
            # "offers 8/11 about a hole-in-one during the championship": the event will happen
            return Cue(
                head=i,
                verb=after + 2,
                kind="chance",
                core=f"{p:.4f}",
                label=label,
                claim_start=after + 1,
                edits=[(len(toks), len(toks), "<of>")],
            )
        if low.endswith("ing") and len(low) > 4 and _WORDISH.match(low):
            s = i
            while s > 0 and toks[s - 1].low in lw.AUX:
                s -= 1
            subj = (s - 4 if s >= 4 else 0, s)
            while subj[0] < s and not toks[subj[0]].text[:1].isupper():
                subj = (subj[0] + 1, s)
            return Cue(
                head=i,
                verb=g,
                kind="chance",
                core=f"{p:.4f}",
                label=label,
                claim_start=after + 1,
                quote_start=subj[0],
                subject=subj if subj[0] < s else None,
                edits=[(g, g + 1, "will " + _ing_lemma(low))],
            )
    return None


_ING_PREPOSITIONS = lw._words("during following including regarding concerning pending")


# what a league season decides: "to be relegated", "a 68% chance of going down"
_SEASON_OUTCOME = re.compile(
    # not "this goes down to the last lap"
    r"\b(?:relegat\w*|promot(?:ed|ion)|go(?:ing|es)?\s+down(?!\s+to\b)|stay(?:ing|s)?\s+up)\b",
    re.IGNORECASE,
)
_LAST_DAY = re.compile(r"\b(?:final|last)\s+(?:day|round|weekend)\b", re.IGNORECASE)
# where a league finishes, in an article that dates no contest of its own: "Kingsmoor United
# will win the title", "Ashbury City are likely to finish second"
_LEAGUE_PLACE = re.compile(
    r"\b(?:win\s+the\s+(?:title|league)|finish\s+(?:first|second|third|fourth|bottom|top))\b",
    re.IGNORECASE,
)


def _price_row_cue(toks: list[Tok]) -> list[Cue]:
    """A row of a price list: "Paulo Serrat (Kingsmere): 7-2" -> "Paulo Serrat (Kingsmere)
    will win" at 2/9 (the market's own words say what winning is); not the "Bar" row."""
    # "Paulo Serrat (Kingsmere): 7-2", "Stays at Castlegate - 4/9"
    cut = next((k for k, t in enumerate(toks) if t.low in {":", "-", "–"}), None)
    at = cut + 1 if cut is not None else None
    if cut is None:
        # "Ardenvale Moonraker (Standard Poodle) 7-2": the price ends the row
        last = len(toks) - (toks[-1].low == ".")
        at = cut = next((x for x in range(last - 1, 0, -1) if _price_ends_row(toks, x, last)), None)
    if at is None or cut is None or cut == 0 or toks[0].low in {"bar", "others", "the", "field"}:
        return []
    hyphen = _HYPHEN_ODDS.match(toks[at].low)
    if hyphen:
        a, b = int(hyphen[1]), int(hyphen[2])
        if a + b == 0:
            return []
        p, label, end = b / (a + b), f"{a}/{b} odds", at + 1
    else:
        odds = _fractional_odds(toks, at)
        if odds is None:
            return []
        p, label, end = odds
    # "Race to finish behind the safety car 5/1": a special, an event that happens or not
    named = all(t.text[:1].isupper() or not t.text[:1].isalpha() for t in toks[:cut])
    edits = [(cut, end, "will win" if named else "will happen")]
    margin = next((x for x in range(1, cut) if toks[x].low == "by"), None)
    if margin is not None and toks[margin + 1].low[:1].isdigit():
        edits = [(margin, margin + 1, "will win by"), (cut, end, "")]  # "Galway by 1-3 points: 4/1"
    return [Cue(head=cut, verb=end, kind="predicative", core=f"{p:.4f}", label=label, edits=edits)]


def _called_row_cue(toks: list[Tok]) -> list[Cue]:
    """A row of a note's own calls in headline form: "LME tin to average $34,500/t in 2026"
    (it is expected to)."""
    first = next((x for x in range(len(toks)) if toks[x].text[:1].isalnum()), len(toks))
    last = min(len(toks) - 1, first + 8)
    to = next((x for x in range(first + 1, last) if toks[x].low == "to"), None)
    if (
        to is None
        or not toks[first].text[:1].isupper()
        or not _WORDISH.match(toks[to + 1].low)
        or any(t.low in lw.MODALS or t.low in lw.COPULAS for t in toks[first:to])
    ):
        return []
    return [
        Cue(
            head=to,
            verb=to + 1,
            kind="adj_to",
            core="expected",
            label="call",
            claim_start=first,
            edits=[(to, to + 1, "will")],
        )
    ]


def _projected_row_cue(toks: list[Tok]) -> list[Cue]:
    """A figure listed among a body's projections: "GDP growth of 1.2% this year" (there
    will be it), "Unemployment peaking at 6.1% next spring" (it will peak), "15 to 19 named
    storms"."""
    if not toks or not (toks[0].text[:1].isupper() or toks[0].text[:1].isdigit()):
        return []
    ing = next(
        (
            x
            for x in range(1, min(len(toks), 4))
            if toks[x].low.endswith("ing") and _WORDISH.match(toks[x].low)
        ),
        None,
    )
    if ing is not None:
        edit = (ing, ing + 1, f"will {_ing_lemma(toks[ing].low)}")
        return [
            Cue(
                head=ing,
                verb=ing + 1,
                kind="chance",
                core="expected",
                label="projection",
                claim_start=0,
                edits=[edit],
            )
        ]
    return [
        Cue(
            head=0,
            verb=0,
            kind="nominal",
            core="expected",
            label="projection",
            claim_start=0,
            edits=[(0, 0, "<nominal>")],
        )
    ]


def _price_ends_row(toks: list[Tok], k: int, last: int) -> bool:
    """A price at ``k`` runs to the row's end at ``last``: "7-2", "12/1", "evens"."""
    if _HYPHEN_ODDS.fullmatch(toks[k].low) or toks[k].low == "evens":
        return k + 1 == last
    odds = _fractional_odds(toks, k)
    return odds is not None and odds[2] == last


def _ends_price(toks: list[Tok], k: int) -> bool:
    """A price ends at ``k``: "11-10", "4/6", "evens", "31%"."""
    low = toks[k].low
    return bool(
        _HYPHEN_ODDS.match(low)
        or low in {"evens", "%"}
        or (k > 1 and low.isdigit() and toks[k - 1].low == "/" and toks[k - 2].low.isdigit())
    )


def _price_that(
    toks: list[Tok],
    head: int,
    start: int,
    p: float,
    label: str,
    seller: tuple[int, int] | None = None,
) -> Cue:
    """A bookmaker's price on the clause from ``start`` ("... evens that the winner is aged
    ten or older"), its present read as a future; ``seller``, the words naming the firm
    ("Stanwell's is 8/13 that ...")."""
    return Cue(
        head=head,
        verb=start,
        kind="it_that",
        core=f"{p:.4f}",
        label=label,
        claim_start=start,
        gov=head,
        subject=seller,
        edits=_as_future(toks, start, passive=True),
    )


def _price_for(toks: list[Tok], i: int, at: int, p: float, label: str) -> Cue | None:
    """A firm's price on what follows "for" at ``at``: "StarLine is odds-on at 4/6 for the
    winning score to be higher than eight under par" (the score will be higher)."""
    to = next(
        (
            x
            for x in range(at + 2, min(len(toks) - 1, at + 10))
            if toks[x].low == "to" and _WORDISH.match(toks[x + 1].low)
        ),
        None,
    )
    if to is None:
        return None
    cue = _price_that(toks, i, at + 1, p, label, _subject_np(toks, i))
    cue.edits = [(to, to + 1, "will")]
    return cue


def _priced_outcome(toks: list[Tok], k: int, head: int) -> Cue | None:
    """ "quoting approval at 1/3 and refusal at 9/4": an outcome noun at ``k`` priced "at"
    odds, which becomes "Approval will happen"."""
    if k + 2 >= len(toks) or toks[k + 1].low != "at" or not toks[k].text[:1].islower():
        return None
    if not _WORDISH.match(toks[k].low) or toks[k].low in lw.NON_VERBS | lw.PRONOUNS:
        return None
    odds = _fractional_odds(toks, k + 2)
    if odds is None:
        return None
    p, label, after = odds
    return Cue(
        head=head,
        verb=after,
        kind="chance",
        core=f"{p:.4f}",
        label=label,
        claim_start=k,
        edits=[(k + 1, after, "will happen")],
    )


def _to_verb(toks: list[Tok], k: int) -> bool:
    """ "to" + a verb at ``k``: "4/6 to finish bottom", "at 6/5 to win the championship"."""
    return k + 1 < len(toks) and toks[k].low == "to" and bool(_WORDISH.match(toks[k + 1].low))


def _role_between(toks: list[Tok], k: int) -> bool:
    """A role word at ``k`` between a team or place and a person's name: "Galway
    full-forward Conor Fahy", "Leeds striker Tom Varley"."""
    return (
        0 < k < len(toks) - 1
        and toks[k - 1].text[:1].isupper()
        and toks[k + 1].text[:1].isupper()
        and bool(_WORDISH.match(toks[k].low))
        and toks[k].text[:1].islower()
        and toks[k].low not in _NOT_AN_ACT | {"with", "but", "or", "nor", "versus", "v"}
    )


def _name_end(toks: list[Tok], start: int, width: int = 3) -> int:
    """The end of the run of at most ``width`` capitalised words from ``start``."""
    k = start
    while k < len(toks) and k < start + width and toks[k].text[:1].isupper():
        k += 1
    return k


def _value_to_stop(toks: list[Tok], start: int) -> tuple[float, int] | None:
    """The chance stated from ``start`` to the end of its list entry ("29%" in "next on 29%,
    followed by ..."), with the index where the entry ends."""
    stop = start
    while stop < len(toks) and toks[stop].low not in {",", ";", ".", "and", "but", "—", "–"}:
        stop += 1
    value = _odds_value(" ".join(t.low for t in toks[start:stop]))
    return None if value is None else (value, stop)


def _article_before(toks: list[Tok], i: int, reach: int = 6) -> int:
    """The "a"/"an" opening the chance phrase that ends at ``i`` ("a 14 per cent chance"),
    or -1."""
    a = i - 1
    while a >= 0 and i - a <= reach and toks[a].low not in {"a", "an"}:
        a -= 1
    return a


_MORE_LIKELY = re.compile(
    r"(?:(?:slightly|marginally|a little|a bit|much|far|a lot) )?more likely than not(?= |$)"
)


def _makes_price_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "Paddock Bet makes a playoff 5/1", "the model makes a European winner slightly more
    likely than not": the price or chance a bookmaker or a model puts on an outcome. A named
    runner's price is a price to win ("makes Okafor 8/1": Okafor will win)."""
    n = len(toks)
    if i == 0 or i + 2 >= n:
        return None
    fav = _favourite_with_chance(toks, i) or _percent_favourite(toks, i)
    if fav is not None:
        return fav
    named_end = _name_end(toks, i + 1)
    close = (
        next(
            (x for x in range(named_end + 1, min(n - 2, named_end + 9)) if toks[x].low == ","), None
        )
        if named_end > i + 1 and named_end < n and toks[named_end].low == ","
        else None
    )
    priced = (
        _fractional_odds(toks, close + 2)
        if close is not None and toks[close + 1].low in {"a", "an", "the"}
        else None
    )
    if close is not None and priced is not None:
        # "Redfern Bet makes Marsh, the Civic Alliance candidate, a 4/6 favourite": the aside
        # says who she is, the price is hers to win
        end = priced[2] + (priced[2] < n and toks[priced[2]].low in _FAVOURITE | {"shot", "chance"})
        edits = [(named_end, end, "will win")]
        if [t.low for t in toks[end : end + 3]] in (
            [",", "in", "from"],
            [",", "out", "from"],
        ):  # ", in from 6/4 a fortnight ago": how the price moved
            edits.append((end, next((x for x in range(end, n) if toks[x].low == "."), n), ""))
        return Cue(
            head=i,
            verb=end,
            kind="chance",
            core=f"{priced[0]:.4f}",
            label=priced[1],
            claim_start=i + 1,
            gov=i,
            edits=edits,
        )
    if (
        named_end > i + 1
        and named_end + 2 < n
        and toks[named_end].low in _FAVOURITE
        and toks[named_end + 1].low == "at"
        and (fav_price := _fractional_odds(toks, named_end + 2)) is not None
    ):
        # "The bookmakers have made Lin Haoran favourite at 3/1"
        return Cue(
            head=i,
            verb=fav_price[2],
            kind="chance",
            core=f"{fav_price[0]:.4f}",
            label=fav_price[1],
            claim_start=i + 1,
            gov=i,
            edits=[(named_end, fav_price[2], "will win")],
        )
    if toks[i + 1].low == "it":
        # "StarlingBet makes it odds-on at 4/6 that fewer than 20 horses complete the course"
        k = i + 2
        while k < n and k < i + 5 and toks[k].low in {"odds-on", "at", "a", "an", "now"}:
            k += 1
        priced = _fractional_odds(toks, k)
        if priced is not None and priced[2] < n and toks[priced[2]].low == "that":
            return _price_that(toks, i, priced[2] + 1, priced[0], priced[1])
    for k in range(i + 2, min(n, i + 10)):
        odds = _fractional_odds(toks, k)
        if toks[k].low in {"odds-on", "odds-against"} and _to_verb(toks, k + 1):
            # "local bookmakers make the Nationals odds-on to hold on"
            on = toks[k].low == "odds-on"
            core, label, end = ("likely" if on else "unlikely"), "odds-on", k + 1
            break
        if odds is not None:
            core, label, end = f"{odds[0]:.4f}", odds[1], odds[2]
            if end < n and toks[end].low in {"shot", "chance"} | _FAVOURITE:
                end += 1  # "makes a 147 during the championship a 1/3 shot"
            if [t.low for t in toks[end : end + 3]] == ["in", "decimal", "odds"]:
                end += 3  # "make them a 3.50 chance in decimal odds"
            # "makes Aurora Nine the 6/4 favourite for the trophy"
            if toks[k - 1].low in {"a", "an", "the"} and k - 1 > i + 1:
                k -= 1
            break
        m = _MORE_LIKELY.match(" ".join(t.low for t in toks[k : k + 6]))
        if m:
            core, label, end = "better than even", "", k + len(m.group(0).split())
            break
        if (
            k + 2 < n
            and toks[k + 1].low == "%"
            and toks[k + 2].low in {"chance", "shot", "probability"}
            and toks[k - 1].low in {"a", "an"}
            and (pct := _odds_value(f"{toks[k].low}%")) is not None
        ):
            # "The same model makes a first-time major winner a 45% chance"
            core, label, end, k = f"{pct:.4f}", "", k + 3, k - 1
            break
        if toks[k].low in {",", ".", ";", "and", "to", "that", "it"}:
            return None
    else:
        return None

    def given(verb: int, edits: list[tuple[int, int, str]], kind: str = "chance") -> Cue:
        # the price found above, on the outcome the edits make of the words after "make"
        return Cue(
            head=i,
            verb=verb,
            kind=kind,
            core=core,
            label=label,
            claim_start=i + 1,
            gov=i,
            edits=edits,
        )

    to_verb = _to_verb(toks, end)
    prize = end < n and toks[end].low == "for" and toks[end - 1].low in _FAVOURITE
    if (
        end < n
        # "make Morning Vesper the 5/2 favourite after her eight-length win": why, not what
        and toks[end].low not in {",", ".", ";", "and", "—", "–", ")", "but", "after", "following"}
        and not to_verb
        and not prize
    ):
        return None
    first = toks[i + 1]
    if (
        to_verb
        and (
            all(t.text[:1].isupper() for t in toks[i + 1 : k])
            # "make the bill 1/5 to pass", "have made manager Colin Pryce 4/6 to be the first"
            or (k - i <= 5 and all(_WORDISH.match(t.low) for t in toks[i + 1 : k]))
        )
    ):
        # "Castlebet make Wales 4/6 to finish bottom" -> "Wales will finish bottom"
        return given(end + 1, [(k, end + 1, "will")])
    if to_verb:
        return None
    if first.low in {"over", "under"} and toks[i + 2].low[:1].isdigit():
        # "makes over 48.5 total points a 4/6 shot": a line market's side
        return given(k, [(i + 1, i + 2, f"there will be {first.low}"), (k, end, "")])
    if first.low in {"a", "an"}:
        return given(k, [(i + 1, i + 1, "<nominal>"), (k, end, "")], kind="nominal")
    if (
        first.text[:1].islower()
        and _WORDISH.match(first.low)
        and toks[i + 2].low in {"above", "over", "below", "under"}
        and toks[i + 3].low[:1].isdigit()
    ):
        # "QuayBet make turnout above 70.5% the 8/11 favourite": a line market's side
        return given(k, [(i + 2, i + 3, f"will be {toks[i + 2].low}"), (k, end, "")])
    named = toks[i + 1 : k]
    if named and named[0].low == "the" and len(named) <= 4:
        named = named[1:]  # "make the Oxmoor men 4/6 favourites"
    pronoun = k == i + 2 and toks[i + 1].low in _OBJECT_PRONOUNS  # "Fairlight make him 1/10"
    if not pronoun and not (
        named and named[0].text[:1].isupper() and all(_WORDISH.match(t.low) for t in named)
    ):
        return None
    edits = [(k, end + 1 if prize else end, "will win")]  # "... favourite for the trophy"
    if pronoun:
        edits.insert(0, (i + 1, i + 2, _OBJECT_PRONOUNS[toks[i + 1].low]))
    return given(k, edits)


def _percent_favourite(toks: list[Tok], i: int) -> Cue | None:
    """ "It makes Kingsmoor 47% favourites for the match" -> "Kingsmoor will win the match",
    0.47."""
    n = len(toks)
    k = _name_end(toks, i + 1)
    if k == i + 1 or k + 2 >= n or toks[k + 1].low != "%" or toks[k + 2].low not in _FAVOURITE:
        return None
    if not toks[k].low.replace(".", "", 1).isdigit() or not 0 < float(toks[k].low) < 100:
        return None
    end = k + 3
    prize = end + 1 if end < n and toks[end].low == "for" else end
    return Cue(
        head=i,
        verb=prize,
        kind="chance",
        core=f"{float(toks[k].low) / 100:.4f}",
        claim_start=i + 1,
        gov=i,
        edits=[(k, prize, "will win")],
    )


def _favourite_with_chance(toks: list[Tok], i: int) -> Cue | None:
    """ "Our model makes France favourites for the title with a 38% chance" -> "France will
    win the title", 0.38."""
    n = len(toks)
    k = _name_end(toks, i + 1)
    if k == i + 1 or k >= n or toks[k].low not in _FAVOURITE:
        return None
    w = next((x for x in range(k + 1, min(n, k + 8)) if toks[x].low == "with"), None)
    if w is None or any(t.low in {",", ";", "."} for t in toks[k + 1 : w]):
        return None
    found = _value_to_stop(toks, w + 1)
    if found is None:
        return None
    value, stop = found
    prize = k + 2 if k + 1 < w and toks[k + 1].low == "for" else k + 1  # "for the title"
    return Cue(
        head=i,
        verb=stop,
        kind="chance",
        core=f"{value:.4f}",
        claim_start=i + 1,
        gov=i,
        edits=[(k, prize, "will win"), (w, stop, "")],
    )


_GIVING = lw._words("gives give gave puts put has have makes make")


def _listed_chance_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "StatForge gives Aurora Nine a 41% chance of winning the title, Tidebreak 29%,
    Redline 18% and Northstar 12%": each later entry of a list of chances (the number at
    ``i``) is a forecast of its own, by whoever gave the first."""
    value = _odds_value(f"{toks[i].low}%")
    at = i - 1 if toks[i - 1].low in {"on", "at"} else i  # "followed by England on 21%"
    name = at
    while name > 0 and name > at - 4 and toks[name - 1].text[:1].isupper():
        name -= 1
    if value is None or name == at or name == 0:
        return None
    followed = [t.low for t in toks[max(0, name - 2) : name]] == ["followed", "by"]
    if toks[name - 1].low not in {",", "and"} and not followed:
        return None
    if i + 2 < len(toks) and toks[i + 2].low not in {",", ".", ";", "and"}:
        return None  # "and Sri Lanka 17% of the vote": a share, not a chance
    gov = next((x for x in range(name - 1, -1, -1) if toks[x].low in _GIVING), None)
    return Cue(
        head=name - 2 if followed else name,
        verb=i + 2,
        kind="chance",
        core=f"{value:.4f}",
        label=f"{toks[i].low}% chance",
        claim_start=name,
        gov=gov,
        edits=[(at, i + 2, "will win")],
    )


# a value's change after a forecast: "a shortfall of 1.8 million pens in the first quarter,
# narrowing to 600,000 in the second"
_CHANGING = {
    "narrowing": "narrow",
    "widening": "widen",
    "rising": "rise",
    "falling": "fall",
    "easing": "ease",
    "climbing": "climb",
    "dropping": "drop",
    "slowing": "slow",
    "shrinking": "shrink",
    "growing": "grow",
}
_WHEN_NEXT = lw._words("in next this by during for")
_YEAR_TOKEN = re.compile(r"(?:19|20)\d{2}(?:[-/]\d{2})?")
_PERIOD_WORDS = lw._words(
    "next this coming year quarter half first second third fourth final end spring summer "
    "autumn winter fy2025 fy2026 fy2027 fy2028 "
    "january february march april may june july august september october november december"
)


_CURRENCY = frozenset("£$€")


def _follow_on(toks: list[Tok], k: int) -> str | None:
    """What a follow-on value at ``k`` says the figure does ("be", "narrow"), or None:
    "and 20% in 2027", "narrowing to 600,000 in the second quarter"."""
    n = len(toks)
    verb = "be"
    opened = next(
        (x for x in range(k - 1, max(-1, k - 5), -1) if toks[x].low in {"between", "from"}), None
    )
    if opened is not None and any(t.low[:1].isdigit() for t in toks[opened + 1 : k]):
        return None  # "between 30% and 33% in early October": a range, one value
    if k < n and toks[k].low in _CHANGING and k + 1 < n and toks[k + 1].low in {"to", "by"}:
        verb, k = _CHANGING[toks[k].low], k + 2
    if k + 1 < n and toks[k].low in _CURRENCY:
        k += 1  # "falling to £74bn by 2030-31"
    if k >= n or not toks[k].low[:1].isdigit():
        return None
    j = k + 1
    while j < n and j < k + 4 and toks[j].low not in _WHEN_NEXT:
        if not _WORDISH.match(toks[j].low) and toks[j].low != "%":
            return None
        j += 1
    if not _period_at(toks, j):
        return None  # "and 24% in favour", "on 12 and 13 May for a summit": no period
    if any(t.low == "than" for t in toks[k + 1 : j]):
        return None  # "..., 4% more than in 2025": the base of a comparison
    return verb


def _period_at(toks: list[Tok], j: int) -> bool:
    """A time period opens at ``j``: "in 2027", "by the end of 2028", "next year"."""
    if j + 1 >= len(toks) or toks[j].low not in _WHEN_NEXT:
        return False
    then = toks[j + 1].low if toks[j].low != "next" else "next"
    if then == "the" and j + 2 < len(toks):
        then = toks[j + 2].low  # "in the second quarter", not "in the capital"
    return bool(_YEAR_TOKEN.fullmatch(then)) or then in _PERIOD_WORDS


def _next_act(toks: list[Tok], k: int, prior: Cue) -> int | None:
    """Where a coordinated act with a date of its own starts after the infinitive forecast
    ``prior``, or None: "is projected to grow by 0.3% in 2026, peak at 10.05 million in
    2033 and then edge down to 9.93 million by 2040" ("peak", "edge")."""
    n = len(toks)
    infinitive = prior.kind == "adj_to" and prior.verb > 0 and toks[prior.verb - 1].low == "to"
    if not (infinitive or prior.act):
        return None
    if not any(_period_at(toks, x) for x in range(prior.verb, k)):
        return None  # the first act is dated too
    k += toks[k].low == "then" if k < n else 0
    if k >= n or not (_WORDISH.match(toks[k].low) and toks[k].text[:1].islower()):
        return None
    if toks[k].low in _NOT_AN_ACT or toks[k].low in lw.MODALS or toks[k].low.endswith("ing"):
        return None
    if not any(_period_at(toks, x) for x in range(k + 1, min(n, k + 8))):
        return None
    return k


_LINK_WORDS = lw._words("of in at for from by with on after before to and or the a an")
_NOT_AN_ACT = (
    lw.DETERMINERS
    | lw.ADVERBS
    | lw.AUX
    | lw.PRONOUNS
    | _LINK_WORDS
    | lw._words("then while although though but which who as so up down")
)


def _next_act_cue(toks: list[Tok], k: int, prior: Cue) -> Cue | None:
    """The act `_next_act` finds at ``k``, a forecast of its own: "the population will
    peak at roughly 10.05 million in 2033"."""
    act = _next_act(toks, k, prior)
    subj = prior.subject if prior.act else _subject_np(toks, prior.head)
    if act is None or subj is None:
        return None
    subject = _join(toks[subj[0] : subj[1]])
    return Cue(
        head=k,
        verb=act + 1,
        kind="chance",
        core=prior.core,
        label=prior.label,
        claim_start=k,
        gov=prior.gov,
        subject=subj,
        act=True,
        edits=[(k, act + 1, f"{subject[:1].lower() + subject[1:]} will {toks[act].text}")],
    )


def _with_figure_cue(toks: list[Tok], i: int, prior: Cue) -> Cue | None:
    """ "growth of 0.8% in 2026, with inflation peaking at 24% in the third quarter": a second
    figure of the same forecast, which becomes "Inflation will peak at 24% in the third
    quarter"."""
    n = len(toks)
    k = i + 1
    if k + 3 >= n or not (_WORDISH.match(toks[k].low) and toks[k].text[:1].islower()):
        return None
    verb = toks[k + 1].low
    if not (verb.endswith("ing") and toks[k + 2].low in {"at", "to", "by", "of"}):
        return None
    if not toks[k + 3].low[:1].isdigit() or not any(
        _period_at(toks, x) for x in range(k + 4, min(n, k + 9))
    ):
        return None
    return Cue(
        head=k,
        verb=k + 2,
        kind="chance",
        core=prior.core,
        label=prior.label,
        claim_start=k,
        gov=prior.gov,
        subject=prior.subject,
        edits=[(k + 1, k + 2, f"will {_ing_lemma(verb)}")],
    )


def _projection_list_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "The IMF's own projections are gloomier: growth of 0.8% in 2026": the figures a named
    projection gives after a colon, each a forecast of its owner's."""
    n = len(toks)
    noun = next((x for x in range(i - 1, -1, -1) if toks[x].low in _PROJECTION_NOUNS), None)
    of = next((x for x in range(i + 2, min(n - 1, i + 5)) if toks[x].low == "of"), None)
    if noun is None or of is None or not toks[of + 1].low[:1].isdigit():
        return None
    if not all(_WORDISH.match(t.low) and t.text[:1].islower() for t in toks[i + 1 : of]):
        return None
    return Cue(
        head=i + 1,
        verb=i + 1,
        kind="nominal",
        core="expected",
        label="projection",
        claim_start=i + 1,
        subject=(noun, noun + 1),
        edits=[(i + 1, i + 1, "<nominal>")],
    )


_PROJECTION_NOUNS = lw._words("projection projections forecast forecasts estimates outlook")
_CALL_NOUNS = lw._words("prediction predictions forecast call tip bet guess")
_HEADS = lw._words("heads head leads lead tops top")


_PRICE_MOVES = lw._words(
    "cut cuts slashed slashes trimmed trims shortened shortens eased eases drifted drifts "
    "lengthened lengthens"
)
# a runner's price moving on its own: "The LFU have drifted to 3/1 from 2/1"
_DRIFTS = lw._words("drifted drifts lengthened lengthens shortened shortens eased eases")


def _price_move_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "Bellmore Bet cut Hollis to 4/6", "Hollis has been cut to 4/6": the runner's new
    price to win."""
    n = len(toks)
    passive = i > 1 and toks[i - 1].low in {"been", "was", "were", "is", "are"}
    # "The LFU have drifted to 3/1": the runner is the subject, as in the passive
    passive = passive or (toks[i].low in _DRIFTS and not toks[i - 1].text[:1].isupper())
    quote_start = None
    if passive and i > 3 and toks[i - 2].low == "who":
        # "The Vellum Brothers, the Glasgow glam-rock trio, who were cut from 6/1 to 5/2"
        end = i - 2
        if toks[end - 1].low == ",":
            opening = _opening_comma(toks, end - 1)
            end = opening if opening is not None and toks[end - 2].low != "," else end - 1
        first = end
        while first > 0 and toks[first - 1].text[:1].isupper():
            first -= 1
        if first == end:
            return None
        start, name, claim_start, quote_start = i + 1, _join(toks[first:end]), i - 2, first
    elif passive:
        start = i + 1
        subj = _subject_np(toks, i)
        if subj is None or not toks[subj[0]].text[:1].isupper():
            return None
        name = _join(toks[subj[0] : subj[1]])
        claim_start = subj[0]
    else:
        if i == 0 or not toks[i - 1].text[:1].isupper():
            return None  # the firm that moved the price
        start = _name_end(toks, i + 1, 4)
        if start == i + 1:
            return None
        name = _join(toks[i + 1 : start])
        claim_start = i + 1
    if start + 2 < n and toks[start].low == "from":
        was = _fractional_odds(toks, start + 1, True)  # "cut from 6/1 to 5/2"
        start = was[2] if was is not None else start
    if start + 1 >= n or toks[start].low != "to":
        return None
    odds = _fractional_odds(toks, start + 1, True)
    if odds is None:
        return None
    # "... on Thursday night, from 6/4 a week ago", "by Bellmore Bet": when and who moved it
    stop = next((x for x in range(odds[2], n) if toks[x].low in {".", ";"}), n)
    return Cue(
        head=i,
        verb=odds[2],
        kind="chance",
        core=f"{odds[0]:.4f}",
        label=odds[1],
        claim_start=claim_start,
        quote_start=quote_start,
        gov=None if passive else i,
        edits=[(claim_start, odds[2], f"{name} will win"), (odds[2], stop, "")],
    )


def _next_price_cue(toks: list[Tok], k: int, prior: Cue) -> Cue | None:
    """A price after another price: "..., and 9/4 on the Social Democrats" (the named
    side's price to win), "is 5/2 with Bellmore and 7-4 with Quayside" (the same runner's
    price with another firm)."""
    odds = _fractional_odds(toks, k, True)
    if odds is None or odds[2] + 1 >= len(toks) or toks[odds[2]].low not in {"on", "with"}:
        return None
    side = odds[2] + 1
    core, label = f"{odds[0]:.4f}", odds[1]
    if toks[odds[2]].low == "on":
        first = side + (toks[side].low == "the")
        stop = _name_end(toks, first, 4)
        if stop == first:
            return None
        edit = (stop - 1, stop, f"{toks[stop - 1].text} will win")
        return Cue(
            head=k, verb=stop, kind="chance", core=core, label=label, claim_start=side, edits=[edit]
        )
    runner = _subject_np(toks, prior.head)
    if (
        toks[k - 1].low != "and"
        or not toks[side].text[:1].isupper()
        or runner is None
        or not toks[runner[0]].text[:1].isupper()
    ):
        return None
    stop = _name_end(toks, side, 4)
    edit = (k, stop, f"{_join(toks[runner[0] : runner[1]])} will win")
    return Cue(
        head=k, verb=stop, kind="chance", core=core, label=label, claim_start=k, edits=[edit]
    )


def _go_price_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "QuayBet go 9/4 for the Alliance to win between 150 and 159 seats": a firm's price
    on what follows "for"."""
    n = len(toks)
    odds = _fractional_odds(toks, i + 1, True) if i > 0 and i + 1 < n else None
    if odds is None or odds[2] + 2 >= n or toks[odds[2]].low != "for":
        return None
    if not _name_ends_at(toks, i - 1):
        return None
    return _price_for(toks, i, odds[2], odds[0], odds[1])


def _heads_market_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "Kilcarra Flash heads the market at 7-4", "leads the betting at 5/2": the runner at
    the top of the market, priced to win."""
    n = len(toks)
    if (
        i == 0
        or i + 4 >= n
        or [t.low for t in toks[i + 1 : i + 4]]
        not in (
            ["the", "market", "at"],
            ["the", "betting", "at"],
        )
    ):
        return None
    odds = _fractional_odds(toks, i + 4, True)
    if odds is None or not _name_ends_at(toks, i - 1):
        return None
    edits = [(i, odds[2], "will win")]
    if odds[2] < n and toks[odds[2]].low in {"with", "after", "following"}:
        # "... with William Hill after winning his semi-final": where and why, not the claim
        stop = next((x for x in range(odds[2], n) if toks[x].low in {",", ".", ";"}), n)
        edits.append((odds[2], stop, ""))
    return Cue(
        head=i,
        verb=odds[2],
        kind="predicative",
        core=f"{odds[0]:.4f}",
        label=odds[1],
        edits=edits,
    )


_OWN_CALLS = lw._words("prediction forecast call bet guess view")


def _own_call_cue(toks: list[Tok], i: int) -> Cue | None:
    """The writer's own call stated with "is": "My prediction is a 5-2 majority for the
    association" (will happen), "Our house view is that the Bank cuts only once, in May" (a
    present for the future; with "will" the modal reads it)."""
    n = len(toks)
    if toks[i].low == "is":
        noun = i - 1
        if noun < 1 or toks[noun].low not in _OWN_CALLS or toks[noun - 1].low not in {"my", "our"}:
            return None
        if i + 2 >= n or toks[i + 1].low not in {"a", "an"}:
            return None
        if any(t.low in lw.MODALS or t.low in {"that", "to"} for t in toks[i + 1 : n]):
            return None
        return Cue(
            head=i + 1,
            verb=i + 1,
            kind="nominal",
            core="will",
            label="prediction",
            claim_start=i + 1,
            edits=[(i + 1, i + 1, "<nominal>")],
        )
    if i < 3 or toks[i - 1].low != "is" or toks[i - 2].low not in _OWN_CALLS:
        return None
    if not any(t.low in {"my", "our"} for t in toks[max(0, i - 5) : i - 2]):
        return None
    present = _bare_present(toks, i + 1)
    if present is None or any(t.low in lw.MODALS for t in toks[i + 1 : present]):
        return None
    return Cue(
        head=i - 2,
        verb=present,
        kind="it_that",
        core="believe",
        claim_start=i + 1,
        edits=[_future_edit(toks, present)],
    )


def _installed_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "Bookmakers have installed defending champion Tomas Lindgren as the 7/1 favourite":
    the runner's price to win."""
    n = len(toks)
    at = next((x for x in range(i + 2, min(n - 2, i + 9)) if toks[x].low == "as"), None)
    if at is None or toks[at + 1].low not in {"the", "a", "an"}:
        return None
    priced = _fractional_odds(toks, at + 2)
    if priced is None or priced[2] >= n or toks[priced[2]].low not in _FAVOURITE:
        return None
    return Cue(
        head=i,
        verb=priced[2],
        kind="chance",
        core=f"{priced[0]:.4f}",
        label=priced[1],
        claim_start=i + 1,
        # "Bookmakers have installed ...": the quote starts with who set the price
        quote_start=0 if i <= 4 and not any(t.low == "," for t in toks[:i]) else None,
        gov=i,
        edits=[(at, priced[2] + 1, "will win")],
    )


def _my_prediction_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "My prediction: a reshuffle in the week of 19 January", "My prediction for the year,
    then: a strong spring": the writer's own call, a thing that will happen, given as a
    noun phrase after a colon (a call with a verb of its own is read from that verb)."""
    n = len(toks)
    noun = next((x for x in range(i - 1, max(-1, i - 8), -1) if toks[x].low in _CALL_NOUNS), None)
    if noun is None or noun == 0 or toks[noun - 1].low not in {"my", "our"}:
        return None
    if any(t.low in {".", ";"} for t in toks[noun:i]) or i + 2 >= n:
        return None
    if any(t.low in lw.MODALS for t in toks[i + 1 :]):
        return None
    if toks[i + 1].low not in {"a", "an"}:
        # "Our prediction: Pembridge finishes inside the top five": a call in the present
        # ("My predictions: Kingsmoor 2 Harbourside 1" are scores)
        present = _bare_present(toks, i + 1)
        if present is None and i + 3 < n and toks[i + 1].text[:1].isupper():
            present = i + 2 if toks[i + 2].low in _CONTEST_PRESENT else None
        if present is None:
            return None
        return Cue(
            head=i + 1,
            verb=present,
            kind="it_that",
            core="will",
            label="prediction",
            claim_start=i + 1,
            edits=[_future_edit(toks, present)],
        )
    if any(t.low in lw.AUX for t in toks[i + 1 :]):
        return None
    return Cue(
        head=i + 1,
        verb=i + 1,
        kind="nominal",
        core="will",
        label="prediction",
        claim_start=i + 1,
        edits=[(i + 1, i + 1, "<nominal>")],
    )


def _follow_on_cue(toks: list[Tok], k: int, prior: Cue) -> Cue | None:
    """ "Analysts expect revenue growth of 24% in 2026 and 20% in 2027": the later value is
    a forecast of its own, with the same source and hedge, about the same figure."""
    verb = _follow_on(toks, k)
    if verb is None:
        return None
    of = next(
        (
            x
            for x in range(prior.head, k - 1)
            if toks[x].low == "of" and not _YEAR_TOKEN.fullmatch(toks[x + 1].low)
        ),
        None,
    )
    counted = next((x for x in range(prior.head, k - 1) if toks[x].low[:1].isdigit()), None)
    said = prior.subject if prior.act and prior.subject else None
    if said is None and verb != "be" and counted is not None and of is None:
        said = _subject_np(toks, prior.head)  # "TSR20 will average 168 cents ..., before rising"
    if said is not None:
        noun = subject = _join(toks[said[0] : said[1]])
        subject = (
            subject[:1].lower() + subject[1:] if subject.split()[0] in {"The", "A"} else subject
        )
    elif of is not None and (
        toks[of + 1].low[:1].isdigit()
        or toks[of + 1].low in _ROUGHLY
        or (toks[of + 1].low in _CURRENCY and toks[of + 2].low[:1].isdigit())  # "of £118bn"
    ):
        noun_start = of
        while noun_start > prior.head + 1 and _WORDISH.match(toks[noun_start - 1].low):
            noun_start -= 1
        noun = " ".join(t.text for t in toks[noun_start:of] if t.low not in {"a", "an", "the"})
        subject = f"the {noun}"
    elif counted is not None and verb == "be" and _WORDISH.match(toks[counted + 1].low):
        # "forecasts 118,000 installations for the full year and 150,000 in 2026"
        noun = toks[counted + 1].text
        subject = ""
    else:
        return None
    if not noun or (noun[:1].isupper() and said is None):
        return None
    if not subject:
        stop, rep = k + 1, f"there will be {toks[k].text} {noun}"
    elif verb == "be":  # "and 20% in 2027" -> "the revenue growth will be 20% in 2027"
        stop, rep = k + 1, f"{subject} will be {toks[k].text}"
    else:  # "narrowing to 600,000" -> "the shortfall will narrow to 600,000"
        stop, rep = k + 2, f"{subject} will {verb} {toks[k + 1].low}"
    return Cue(
        head=k,
        verb=stop,
        kind="chance",
        core=prior.core,
        label=prior.label,
        claim_start=k,
        gov=prior.gov if prior.gov is not None else prior.head,
        subject=said,
        act=said is not None,  # a later value of the series has the same subject
        edits=[(k, stop, rep)],
    )


_MONEY_OWNERS = lw._words("my our his her smart")


def _money_on_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "my money is on Kenji Arata for The Salt Orchard": a pick, read as likely."""
    n = len(toks)
    on = i + 2 if i + 2 < n and toks[i + 1].low == "is" else i + 1
    if on + 1 >= n or toks[on].low != "on":
        return None
    return _named_pick(toks, i - 1, on + 1, "likely", "money on")


def _named_pick(toks: list[Tok], head: int, start: int, core: str, label: str) -> Cue | None:
    """The pick of the name at ``start`` ("the" allowed before it), which becomes "Kenji
    Arata will win for The Salt Orchard", "The Owls will win"."""
    n = len(toks)
    name = start + (start < n and toks[start].low == "the")
    end = _name_end(toks, name, 5)
    if end == name:
        return None
    if end < n and toks[end].low == "for":
        tail = (end, end + 1, "will win for")  # "... on Kenji Arata for The Salt Orchard"
    else:
        tail = (end - 1, end, f"{toks[end - 1].text} will win")
    return Cue(
        head=head,
        verb=start,
        kind="it_that",
        core=core,
        label=label,
        claim_start=start,
        edits=[tail],
    )


def _puts_chance(toks: list[Tok], i: int) -> bool:
    """ "I would put the chance of X at about 70%": the chance carries the estimate, the
    "would" only softens the putting."""
    return (
        i + 4 < len(toks)
        and toks[i + 1].low in _PLACING
        and any(
            t.low in _CHANCE_WORDS and toks[x + 1].low in {"of", "that"}
            for x, t in enumerate(toks[i + 2 : i + 4], start=i + 2)
        )
    )


def _makes_adj_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "Today's numbers make an April cut unlikely", "the weak pound makes a rate rise all but
    inevitable": the outcome named between "make" and the chance it is given."""
    n = len(toks)
    at = i + 1
    if at >= n or toks[at].low not in {"a", "an", "any", "the", "further"}:
        return None
    for k in range(at + 1, min(n, at + 7)):
        low = toks[k].low
        if low in lw.PREDICATIVE:
            break
        if not _WORDISH.match(low) and not low[:1].isdigit():
            return None
    else:
        return None
    if k + 1 < n and _WORDISH.match(toks[k + 1].low) and toks[k + 1].low != "this":
        return None  # "makes a cut likely to be delayed": not the outcome's chance
    lo = k
    while lo - 1 > at and toks[lo - 1].low in lw.MODIFIERS:
        lo -= 1  # "very likely"
    if lo <= at + 1:
        return None
    mods = tuple(t.low for t in toks[lo:k])
    return Cue(
        head=i,
        verb=at,
        kind="nominal",
        core=lw.PREDICATIVE[toks[k].low],
        mods=mods,
        claim_start=at,
        edits=[(at, at, "<nominal>"), (lo, k + 1, "")],
    )


def _bet_follows(toks: list[Tok], i: int) -> bool:
    """ "I'd bet", "we would wager", "I am betting", "I would not bet": a speaker's own bet
    after ``i`` (and any "not"), whose "would" hedges nothing."""
    n = len(toks)
    j = i + 1 + (i + 1 < n and toks[i + 1].low == "not")
    if i < 0 or j >= n or toks[j].low not in {"bet", "wager", "betting"}:
        return False
    low = toks[i].low
    if low in {"i'd", "we'd"}:
        return toks[j].low != "betting"
    if low in {"would", "'d", "wouldn't"} or (
        low in {"am", "'m", "are", "'re"} and toks[j].low == "betting"
    ):
        return i > 0 and toks[i - 1].low in {"i", "we"}
    return low in {"i'm", "we're"} and toks[j].low == "betting"


def _bet_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "I'd bet that the average rate dips below 3.5% before the end of this year", "I am
    betting that will be by the first week of January": the speaker's pick, read as likely;
    "I would not bet on a return to double-digit growth": unlikely."""
    n = len(toks)
    k = i - 1
    negated = toks[k].low == "not" or toks[k].low == "wouldn't"
    k -= toks[k].low == "not"
    head = k if toks[k].low in {"i'd", "we'd", "i'm", "we're"} else k - 1
    if i + 2 < n and toks[i + 1].low == "on" and toks[i + 2].low in {"a", "an", "the", "any"}:
        # "I would not bet on a return to double-digit price growth"
        return Cue(
            head=head,
            verb=i + 2,
            kind="nominal",
            core="unlikely" if negated else "likely",
            label="bet",
            claim_start=i + 2,
            edits=[(i + 2, i + 2, "<nominal>")],
        )
    if negated:
        return None
    # "betting that X", not "betting that will be by January" ("that" is the subject)
    that = i + 2 < n and toks[i + 1].low == "that" and toks[i + 2].low not in lw.MODALS
    start = i + 1 + that
    if start >= n or not _WORDISH.match(toks[start].low) or toks[start].low == "on":
        return None  # "I'd bet on Lewes": a pick, not a clause
    edits = _as_future(toks, start)
    if not edits and not any(t.low in lw.MODALS for t in toks[start:n]):
        # "I'd bet that the average rate dips below 3.5%": the bet's present is its future
        verb, lemma = None, ""
        for j in range(start + 1, min(n, start + 8)):
            low = toks[j].low
            if not (toks[j].text[:1].islower() and _WORDISH.match(low)) or low in _NOT_A_VERB:
                continue
            if toks[j - 1].low in lw.DETERMINERS | {"the", "a", "an", "of"}:
                continue
            if low.endswith("s") and not low.endswith(("ss", "'s", "’s", "us", "is")):
                verb, lemma = j, _present_lemma(low)  # "the average rate dips below 3.5%"
                break
            if low in _PRESENT_VERBS and toks[j - 1].low.endswith("s"):
                verb, lemma = j, low  # "rates fall below 3% this year"
                break
        if verb is None:
            return None
        edits = [(verb, verb + 1, f"will {lemma}")]
    return Cue(
        head=head,
        verb=start,
        kind="it_that",
        core="likely",
        label="bet",
        claim_start=start,
        edits=edits,
    )


_NOT_A_VERB = lw.DETERMINERS | lw.PRONOUNS | lw.AUX | lw._words("this these those its has was as")


_THINK_NOW = lw._words("think reckon believe suspect")
_AHEAD_WORDS = lw._words(
    "before by within until next this january february march april may june july august "
    "september october november december"
)


def _think_dated_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "We think copper hits $11,000 before the end of March": the speaker's own call told
    in the present, a date ahead in the same clause."""
    if i == 0 or toks[i - 1].low not in {"i", "we"}:
        return None
    k = i + 1 + (i + 1 < len(toks) and toks[i + 1].low == "that")
    present = _bare_present(toks, k)
    if (
        present is None
        and k + 1 < len(toks)
        and _WORDISH.match(toks[k].low)
        and toks[k].low not in lw.PRONOUNS | lw.DETERMINERS
        and _present_lemma(toks[k + 1].low) in _PRESENT_VERBS
        and toks[k + 1].low.endswith("s")
    ):
        present = k + 1  # "copper hits $11,000": a bare noun for its subject
    if present is None or toks[present].low in {"is", "are", "has", "have", "does", "do"}:
        return None
    for t in toks[present + 1 : present + 12]:
        if t.low in {",", ";", ".", "and", "but", "—", "–"}:
            return None
        if t.low in _AHEAD_WORDS:
            return Cue(
                head=i - 1,
                verb=present,
                kind="it_that",
                core=_hedge_core(toks[i].low),
                claim_start=k,
                edits=[_future_edit(toks, present)],
            )
    return None


def _lean_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "For Game 1, I lean towards the Owls": a slight pick, better than even."""
    if i + 2 >= len(toks) or toks[i + 1].low not in {"towards", "toward"}:
        return None
    return _named_pick(toks, i - 1, i + 2, "better than even", "lean")


_BACKING = lw._words("backing backs tipping tips")


def _backing_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "Holt is backing Aurora Nine to lift the trophy", "she tips Lewes to go up": a
    pundit's pick, read as likely."""
    k = _name_end(toks, i + 1, 6)
    if k == i + 1 or not _to_verb(toks, k) or toks[k + 1].low in lw.DETERMINERS:
        return None
    subj = _subject_np(toks, i - 1 if toks[i - 1].low in {"is", "are", "was"} else i)
    if subj is None or not toks[subj[0]].text[:1].isupper():
        return None  # "the fund backs companies to ...": not a named pundit's pick
    return Cue(
        head=i,
        verb=k + 1,
        kind="chance",
        core="likely",
        label=toks[i].low,
        claim_start=i + 1,
        quote_start=subj[0],
        gov=i,
        edits=[(k, k + 1, "will")],
    )


def _projected_seats(toks: list[Tok], i: int) -> Cue | None:
    """ "Sahlberg's central projection has the centre-right Civic Alliance winning 68 seats",
    "His model has them on 64 seats": a projection's central figure, read as expected."""
    n = len(toks)
    for x in range(i + 2, min(n - 2, i + 9)):
        if toks[x].low in {",", ";", "."}:
            return None
        if (
            toks[i].low in _GIVE
            and toks[x].low[:1].isdigit()
            and toks[x + 1].low in {"seats", "seat", "mps"}
            and toks[x - 1].text[:1].isupper()
        ):
            edits = [(x, x + 1, f"will win {toks[x].text}")]  # "gives Civic Union 58 seats"
        elif (
            toks[x].low in {"winning", "taking", "on"}
            and toks[x + 1].low[:1].isdigit()
            and toks[x + 2].low in {"seats", "seat", "points", "mps"}
            and (toks[x - 1].text[:1].isupper() or toks[x - 1].low in {"them", "it"})
        ):
            edits = [(x, x + 1, "will win")]
            if toks[x - 1].low in {"them", "it"}:
                edits.insert(0, (x - 1, x, "they" if toks[x - 1].low == "them" else "it"))
        else:
            continue
        subj = _subject_np(toks, i)
        return Cue(
            head=i,
            verb=x + 1,
            kind="chance",
            core="expected",
            label="central projection",
            claim_start=i + 1,
            quote_start=subj[0] if subj else None,
            gov=i,
            edits=edits,
        )
    return None


_SPLIT_100 = re.compile(r"(\d{1,2})-(\d{1,2})")


def _model_has_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "The model has Holm on 19%", "it has Okafor at 12 per cent": a model's chance that
    a named runner wins."""
    n = len(toks)
    split = _SPLIT_100.fullmatch(toks[i + 3].low) if i + 4 < n else None
    if split and toks[i + 1 : i + 3] and [t.low for t in toks[i + 1 : i + 3]] == ["it", "at"]:
        # "I'd put it at 60-40 to the Light Blues": the side named wins at the first share
        stop = _name_end(toks, i + 5 + (toks[i + 5].low == "the"), 4) if i + 5 < n else n
        if toks[i + 4].low != "to" or stop <= i + 5 or int(split[1]) + int(split[2]) != 100:
            return None
        return Cue(
            head=i,
            verb=stop,
            kind="chance",
            core=f"{int(split[1]) / 100:.4f}",
            label=f"{split[1]}-{split[2]}",
            claim_start=i + 5,
            gov=i,
            edits=[(stop - 1, stop, f"{toks[stop - 1].text} will win")],
        )
    if i + 4 < n and toks[i + 1].low == "it" and toks[i + 2].low == "at":
        # "Betfair has it at evens that a maximum break will be made"; "I would put it at
        # no more than even that those trains enter service"
        that = next((x for x in range(i + 3, min(n, i + 9)) if toks[x].low == "that"), None)
        worded = _EVEN_WORDED.get(" ".join(t.low for t in toks[i + 3 : that])) if that else None
        if that is not None and worded is not None:
            cue = _price_that(toks, i, that + 1, 0.5, "")
            cue.core = worded
            return cue
        priced = _fractional_odds(toks, i + 3)
        if priced is not None and priced[2] < n and toks[priced[2]].low == "that":
            return _price_that(toks, i, priced[2] + 1, priced[0], priced[1])
        if priced is not None and (priced[2] >= n or toks[priced[2]].low in {",", ".", ";"}):
            # "The bookmakers at Fairlight Bet have it at 1/4": the runner just named
            subj = _subject_np(toks, i)
            return Cue(
                head=i,
                verb=priced[2],
                kind="chance",
                core=f"{priced[0]:.4f}",
                label=priced[1],
                claim_start=i + 1,
                quote_start=subj[0] if subj else None,
                gov=i,
                edits=[(i + 1, priced[2], "It will win")],
            )
        return None
    first = i + 2 if i + 2 < n and toks[i + 1].low == "the" else i + 1
    k = _name_end(toks, first, 6)  # "has Tessa Vane's The Glass Ferry at 5/2"
    pronoun = toks[i + 1].low in _OBJECT_PRONOUNS and i + 3 < n
    if pronoun:
        # "Betfred have her odds-on at 4/6 to lead at the first bend"
        k = i + 2 + (toks[i + 2].low in {"odds-on", "odds-against"})
    if k > first and k + 1 < n and _role_between(toks, k):
        k = _name_end(toks, k + 1, 4)  # "has Galway full-forward Conor Fahy as ..."
    if toks[i - 1].low in _INSTRUMENTS:
        won = _projected_seats(toks, i)
        if won is not None:
            return won
    if k == first and first + 1 < n and toks[first + 1].low == "at":
        priced = _fractional_odds(toks, first + 2) if first + 2 < n else None
        if toks[i + 1].low == "the" or (priced is not None and _to_verb(toks, priced[2])):
            # "Betting exchanges had the riders at 1/4": an outcome's side, priced; "has
            # turnout at evens to pass 300,000 votes"
            k = first + 1
    if k == first or k + 1 >= n or toks[k].low not in {"on", "at", "as"}:
        return None
    subj = _subject_np(toks, i)
    at = k + 1 + (toks[k].low == "as" and toks[k + 1].low in {"the", "a", "an"})
    odds = _fractional_odds(toks, at)  # "at 6/5", "as the 5/2 favourite"
    decimal = _DECIMAL_ODDS.match(toks[at].low) if odds is None and at < n else None
    if decimal is not None and float(decimal[0]) > 1 and _to_verb(toks, at + 1):
        # "BetNorth have Marchbanks at 1.50 to finish bottom": a decimal price, to do that
        odds = 1 / float(decimal[0]), f"{decimal[0]} decimal odds", at + 1
    if odds is None and toks[k].low == "as":
        return None
    if odds is not None:
        # "Castlebet has France at 6/5 to win the championship", "Bookmakers have the
        # Mariners as 8/13 favourites to win the series"
        end, label = odds[2], odds[1]
        if end < n and toks[end].low in _FAVOURITE:
            end += 1
        to_verb = _to_verb(toks, end)
        edits = [(k, end + 1, "will")] if to_verb else [(k, end, "will win")]
        if pronoun:
            she = _OBJECT_PRONOUNS[toks[i + 1].low]
            edits = [(i + 1, i + 2, she), (i + 2, edits[0][1], edits[0][2])]
        return Cue(
            head=i,
            verb=end + 1 if to_verb else end,
            kind="chance",
            core=f"{odds[0]:.4f}",
            label=label,
            claim_start=i + 1,
            quote_start=subj[0] if subj else None,
            gov=i,
            edits=edits,
        )
    found = _value_to_stop(toks, k + 1)
    if found is None:
        return None
    value, stop = found
    return Cue(
        head=i,
        verb=stop,
        kind="chance",
        core=f"{value:.4f}",
        claim_start=i + 1,
        quote_start=subj[0] if subj else None,
        gov=i,
        edits=[(k, stop, "will win")],
    )


def _projection_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "The central bank's own projections show headline inflation converging to its 3%
    target in the third quarter of 2027": a forecast shown by a projection or model, held by
    whoever made it."""
    j = i + 1
    for g in range(j + 1, min(len(toks), j + 7)):
        low = toks[g].low
        if low in {",", ".", ";", "and", "or", "that", "which", "who", "of"}:
            return None
        if low.endswith("ing") and len(low) > 4 and toks[g - 1].low not in lw.DETERMINERS:
            lemma = _ing_lemma(low)
            if lemma not in lw.MARKET_VERBS | lw.EFFECT_VERBS | lw.OUTCOME_VERBS | {"converge"}:
                return None
            return Cue(
                head=i,
                verb=g + 1,
                kind="hedge_obj",
                core="expect",
                claim_start=j,
                gov=i,
                edits=[(g, g + 1, f"will {lemma}")],
            )
    return None


def _pricing_in_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "Markets are pricing in a quarter-point cut by the spring": the market's forecast."""
    j = i + 2
    if j >= len(toks) or toks[i - 1].low not in {"are", "is", "were", "was", "now", "fully"}:
        return None
    obj = " ".join(t.low for t in toks[j : j + 10])
    if not _NOMINAL_OBJECT.search(obj):
        return None
    return Cue(
        head=i,
        verb=j,
        kind="nominal",
        core="likely",
        claim_start=j,
        gov=i,
        edits=[(j, j, "<nominal>")],
    )


def _opening_comma(toks: list[Tok], close: int) -> int | None:
    """The comma that opens the aside the comma at ``close`` ends: "Josh Maybury, back after
    breaking his wrist at the Ulster round in August, is 8-1"."""
    return next((x for x in range(close - 1, max(0, close - 16), -1) if toks[x].low == ","), None)


def _name_ends_at(toks: list[Tok], k: int) -> bool:
    """A name ends at ``k``, or an aside after one does: "Jamie Okafor", "Tomas Eklund, the
    second seed,"."""
    if toks[k].low == ",":
        opening = _opening_comma(toks, k)
        if opening is not None and toks[opening + 1].text[:1].isupper():
            return True  # "His closest challenger, Lucas Moreau of Scuderia Valente, is 5/2"
        k = opening - 1 if opening is not None else k
    return k >= 0 and toks[k].text[:1].isupper()


def _arrives_as(toks: list[Tok], i: int) -> bool:
    """ "arrives as", "arrives in Sicily as" at ``i``."""
    k = i + 1
    if k < len(toks) and toks[k].low in {"in", "at"}:
        k += 1
        while k < len(toks) and k < i + 5 and toks[k].text[:1].isupper():
            k += 1
    return k < len(toks) and toks[k].low == "as"


def _betting_cue(toks: list[Tok], i: int, betting: bool = False) -> Cue | None:
    """ "The Hollow Lanterns are 80/1 to win", "X is now priced at 2/1 with most bookmakers",
    "Sweden are the bookmakers' favourites to win": the market's price as the forecast."""
    n = len(toks)
    if i == 0 or not (
        toks[i].low in {"is", "are", "was", "were", "'s", "remain", "remains"}
        or toks[i].low in _ARRIVE_AS  # "Lindqvist arrives as the 9/2 favourite"
        # "Team Kestrel can be backed at 9/2"
        or (toks[i].low == "be" and toks[i - 1].low in {"can", "could"})
    ):
        return None
    lead = i - 1 if toks[i].low == "be" else i  # the claim's "will win" replaces "can be"
    named: list[tuple[int, int, str]] = []
    if lead >= 2 and toks[lead - 1].low == "," and toks[lead - 2].text[:1].isupper():
        # "the American entry, Team Kestrel, can be backed at 9/2": the name in apposition is
        # the claim's subject
        lead -= 1
        name = lead
        while name > 0 and toks[name - 1].text[:1].isupper():
            name -= 1
        if name > 0 and toks[name - 1].low == ",":
            np = name - 1
            while np > 0 and toks[np - 1].low not in {",", "and", "while", "but", ";"}:
                np -= 1
            named = [(np, name, "")]
    k = i + 1
    # "Reid is next in the betting at 9-2": the same as "next at 9-2"
    in_market = (
        [t.low for t in toks[k + 1 : k + 3]] == ["in", "the"]
        and k + 3 < n
        and toks[k + 3].low in {"betting", "market"}
    )
    if k + 2 < n and toks[k].low == "next" and (toks[k + 1].low in {"on", "at"} or in_market):
        # the next entry of a list: "Ireland are next on 29%" (a model's chance), "Tesfaye
        # Alemu, the defending champion, is next at 3/1" (a price)
        at = k + 4 if in_market else k + 1
        price = _fractional_odds(toks, at + 1) if at < n and toks[at].low == "at" else None
        found = _value_to_stop(toks, k + 2) if toks[i - 1].text[:1].isupper() else None
        if price is not None:
            found = price[0], price[2]
        if found is not None:
            return Cue(
                head=i,
                verb=found[1],
                kind="predicative",
                core=f"{found[0]:.4f}",
                label=price[1] if price is not None else "",
                edits=[(i, found[1], "will win")],
            )
    while k < n and toks[k].low in _PRICE_LEAD:
        k += 1
    if k + 1 < n and toks[k].low == "a" and toks[k + 1].low == "best-priced":
        k += 2
    if (
        k + 3 < n
        and toks[k].low == "odds-on"
        and toks[i - 1].low == "it"
        and [t.low for t in toks[k + 1 : k + 3]] == [",", "at"]
        and (aside := _fractional_odds(toks, k + 3)) is not None
        and [t.low for t in toks[aside[2] : aside[2] + 2]] == [",", "that"]
    ):
        # "it is odds-on, at 4-6, that more than ten Christmas songs will be in the top 40"
        return _price_that(toks, i - 1, aside[2] + 2, aside[0], aside[1])
    quoted_on = _fractional_odds(toks, k + 2) if k + 2 < n and toks[k + 1].low == "at" else None
    if (
        quoted_on is not None
        and quoted_on[2] + 1 < n
        and toks[quoted_on[2]].low == "for"
        and i > 0
        and _name_ends_at(toks, i - 1)
        # "StarLine is odds-on at 4/6 for the winning score to be higher than eight under par"
        and (on_what := _price_for(toks, i, quoted_on[2], quoted_on[0], quoted_on[1]))
    ):
        return on_what
    if quoted_on is not None and toks[k].low == "odds-on":
        # "He is odds-on at 4/6 to reach the semi-finals": the price says how short; "the
        # hosts are odds-on at 4/6": to win
        to = _to_verb(toks, quoted_on[2])
        end = quoted_on[2] + 1 if to else quoted_on[2]
        return Cue(
            head=i,
            verb=end,
            kind="predicative",
            core=f"{quoted_on[0]:.4f}",
            label=quoted_on[1],
            edits=[(i, end, "will" if to else "will win")],
        )
    if k + 2 < n and toks[k].low in {"odds-on", "odds-against"} and toks[k + 1].low == "to":
        # "Harrowgate is odds-on to come back with a counterbid"
        return Cue(
            head=i,
            verb=k + 2,
            kind="predicative",
            core="likely" if toks[k].low == "odds-on" else "unlikely",
            label="odds-on",
            edits=[(i, k + 2, "will")],
        )
    odds = _fractional_odds(toks, k, betting)
    if odds is not None:
        p, label, after = odds
        if after < n and toks[after].low == "that" and toks[i - 1].low == "it":
            return _price_that(toks, i - 1, after + 1, p, label)  # "It is 4/6 that X"
        if after < n and toks[after].low == "that" and _name_ends_at(toks, i - 1):
            # "Stanwell's is 8/13 that the winner takes more than 30%": a firm's price on X
            return _price_that(toks, i, after + 1, p, label, _subject_np(toks, i))
        j = after
        while j < n and j < after + 5 and toks[j].low not in {"to", ",", ".", ";"}:
            if toks[j].low == "and" and _fractional_odds(toks, j + 1, True) is not None:
                break  # "is 5/2 with Bellmore and 7-4 with Quayside": the next firm's price
            j += 1  # "with most bookmakers"
        past = toks[i].low in {"was", "were"}
        if after < n and toks[after].low == "of":
            return None  # "5/6 of the total": a fraction
        if j + 1 < n and toks[j].low == "to" and _WORDISH.match(toks[j + 1].low):
            # "X, the champion, is 3/1 to win", "X can be backed at 9/2 to win"
            edits = [(lead if named or toks[i].low == "be" else i, j + 1, "will")]
            verb = j + 1
        elif any(t.low in {"priced", "quoted", "trading", "backed"} for t in toks[i + 1 : k]) or (
            # "with most bookmakers", "12/1 across the board"
            after < n and toks[after].low in {"with", "across"}
        ):
            # a price with no verb is a price to win; an outcome's to happen ("and a 3-0 sweep
            # is priced at evens")
            subj = _subject_np(toks, i)
            outcome = subj is not None and toks[subj[0]].low in {"a", "an"}
            edits = [(lead, j, "will happen" if outcome else "will win")]
            verb = j
        elif (
            # "Ruth Chepkemoi is available at evens after winning in Tokyo"
            (after >= n or toks[after].low in {".", ",", ";", "and", "after", "following"})
            and _name_ends_at(toks, i - 1)
            and not past
        ):
            # "Behind Lindqvist, Jamie Okafor is 8/1 and Haruto Sakamoto 12/1": a bare price
            # after a name is a price to win ("Josh Maybury, back after breaking his wrist ...,
            # is 8-1": the aside left out of the claim)
            opening = _opening_comma(toks, i - 1) if toks[i - 1].low == "," else None
            described = opening is not None and toks[opening + 1].text[:1].islower()
            dropped = [(opening, i, "")] if opening is not None and described else []
            edits = [*dropped, (i, after, "will win")]
            verb = after
        elif (
            # "..., and a hung parliament is 1/6": an outcome priced beside another price
            (after >= n or toks[after].low in {".", ",", ";"})
            and not past
            and toks[i - 1].text[:1].islower()
            and _WORDISH.match(toks[i - 1].low)
            and toks[i - 1].low not in lw.PRONOUNS
            and (
                any(_fractional_odds(toks, x) is not None for x in range(1, i))
                # "A draw after 90 minutes is 5/2": an outcome with a price of its own
                or ((subj := _subject_np(toks, i)) is not None and toks[subj[0]].low in {"a", "an"})
            )
        ):
            edits = [(i, after, "will happen")]
            verb = after
        elif after < n and (
            toks[after].low in _FAVOURITE | {"outsider", "outsiders"}
            or (
                toks[after].low in {"second", "joint", "clear", "hot"}
                and after + 1 < n
                and toks[after + 1].low in _FAVOURITE
            )
        ):
            odds = None  # "Halcyon are 6/4 favourites with Carrick Bet", "Gebre is 7/4 second
            # favourite": read below
        elif after + 1 < n and toks[after].low == "for" and _name_ends_at(toks, i - 1):
            edits = [(lead, after + 1, "will win")]  # "Noah Fenwick is 11-4 for pole position"
            verb = after + 1
        else:
            return None
    if odds is not None:
        return Cue(
            head=i,
            verb=verb,
            kind="predicative",
            core=f"{p:.4f}",
            label=label,
            modal="would" if past else "",
            edits=named + edits,
        )
    # "are the bookmakers' favourites to win", "is the clear favourite to take the title"
    # "is the 6/4 favourite with most bookmakers to win", "the odds-on favourite for the
    # green jersey" (a favourite "for" a prize is a favourite to win it)
    for f in range(i + 1, min(n - 1, i + 9)):
        priced_shot = toks[f].low in {"shot", "chance", "outsider", "outsiders"} and any(
            _fractional_odds(toks, x) for x in range(i + 1, f)
        )  # "Harbour Bell is a 9/1 shot"
        # "Northern Tide ... is the each-way value at 7-1": a tipster's pick at its price
        value_pick = (
            toks[f].low in {"value", "bet", "pick"}
            and toks[f + 1].low == "at"
            and _fractional_odds(toks, f + 2) is not None
        )
        if toks[f].low in _FAVOURITE or priced_shot or value_pick:
            g = f + 1
            # "the odds-on favourite at 4/6 with most bookmakers"
            quoted = _fractional_odds(toks, g + 1) if toks[g].low == "at" else None
            if quoted is not None:
                g = quoted[2]
            for_end = _name_end(toks, g + 1, 5) if toks[g].low == "for" else g + 1
            if for_end > g + 1 and for_end + 1 < n and toks[for_end].low == "at":
                priced_for = _fractional_odds(toks, for_end + 1)
                if priced_for is not None:
                    # "Ines Morrow is the favourite for Northbound at 4/6"
                    return Cue(
                        head=i,
                        verb=g,
                        kind="predicative",
                        core=f"{priced_for[0]:.4f}",
                        label=priced_for[1],
                        edits=[(i, g, "will win"), (for_end, priced_for[2], "")],
                    )
            if g < n and (
                toks[g].low in {"with", "among"} or (priced_shot and toks[g].low == "in")
            ):
                with_at = g  # "with most bookmakers", "(a 250/1 long shot) in the same market"
                while g < n and g < with_at + 5 and toks[g].low not in _PRICE_STOPS:
                    if toks[g].low == "and" and _fractional_odds(toks, g + 1, True) is not None:
                        break  # "a 5/2 shot with Coralford and 9-4 with Betmarsh": one runner
                    g += 1
            lows = {t.low for t in toks[i + 1 : f]}
            firms = {t.low for t in toks[f + 1 : g]} & {
                "firms",
                "bookmakers",
                "bookies",
                "bookmaker",
                "punters",
            }
            relative = g < n and toks[g].low in {"who", "whose", "which"}  # "a 100-1 shot whose"
            relative = relative or (g < n and toks[g].low == "and")  # "... and 9-4 with X"
            if (
                (g >= n or toks[g].low in _PRICE_STOPS - {"to", "for"} or relative)
                and (firms or quoted or any(_fractional_odds(toks, x) for x in range(i + 1, f)))
                and not lows & {"not", "no", "never"}
            ):
                # "Ashby is a 1/3 favourite with most firms": a price to win the contest; "A
                # play-off is a 7/1 chance with Harrowgate Sports": an outcome's to happen
                subj = _subject_np(toks, i)
                outcome = subj is not None and toks[subj[0]].low in {"a", "an"} and priced_shot
                edits = [(i, g, "will happen" if outcome else "will win")]
                if g < n and (toks[g].low in _PRICE_STOPS - {",", ".", ";"} or relative):
                    # "... after his win at Fairyhouse": why the price is short, not the claim
                    stop = next((x for x in range(g, n) if toks[x].low in {",", ".", ";"}), n)
                    edits.append((g, stop, ""))
            elif g + 1 >= n or not _WORDISH.match(toks[g + 1].low):
                return None
            elif toks[g].low == "to":
                edits = [(i, g + 1, "will")]
            elif toks[g].low == "for" and (
                toks[g + 1].low in {"the", "a", "an", "this", "next"}
                or priced_shot
                # "the 2/1 favourite for Friday's 100m freestyle final"
                or any(_fractional_odds(toks, x) for x in range(i + 1, f))
            ):
                edits = [(i, g + 1, "will win")]  # "is a 100-1 long shot for top run-scorer"
            else:
                return None
            if lows & {"not", "no", "never"}:
                return None
            priced = quoted or next(
                (o for o in (_fractional_odds(toks, x) for x in range(i + 1, f)) if o), None
            )
            if priced is not None:
                core, label = f"{priced[0]:.4f}", priced[1]
            else:
                core, label = ("likely" if "odds-on" in lows else "possible"), "favourite"
            return Cue(
                head=i,
                verb=g if edits[0][:2] == (i, g) else g + 1,
                kind="predicative",
                core=core,
                label=label,
                edits=edits,
            )
        if toks[f].low in {",", ".", ";", "that", "who", "which"}:
            break
    return None


def _rewrite(i: int, end: int, kind: str, core: str, negated: bool, past: bool, rep: str) -> Cue:
    """A cue whose words from the copula at ``i`` to ``end`` become ``rep`` in the claim
    ("is on track to" -> "will", "is a real possibility" -> "will happen")."""
    return Cue(
        head=i,
        verb=end,
        kind=kind,
        core=core,
        negated=negated,
        modal="would" if past else "",
        edits=[(i, end, rep)],
    )


_HELD_EVENTS = lw._words(
    "election elections vote referendum hearing briefing meeting summit conference congress "
    "talks debate ballot poll"
)


_AHEAD = re.compile(
    r"^(?:this|next|the\s+coming)\s+(?:week|weekend|month|year|season|spring|summer|autumn"
    r"|winter|quarter)\b|^(?:before|until|by)\s+the\s+(?:end|spring|summer|autumn|winter)\b",
    re.IGNORECASE,
)


_PROGRESSIVE_VERBS = (
    lw.OUTCOME_VERBS | lw.EFFECT_VERBS | lw.EVENT_VERBS | lw.MARKET_VERBS
) - lw._words("meet hold plan visit launch open announce")


def _progressive_ahead(toks: list[Tok], i: int, j: int, negated: bool) -> Cue | None:
    """ "Demand from chemical plants isn't coming back this winter": a present progressive
    with a time ahead in the same clause, read as "will"; not when a person or a body is
    the subject ("the minister is visiting China next week": a schedule)."""
    n = len(toks)
    if not toks[j].low.endswith("ing") or toks[i].low not in {"is", "are", "isn't", "aren't"}:
        return None
    subj = toks[i - 1] if i > 0 else None
    if (
        subj is None
        or subj.text[:1].isupper()
        or subj.low in lw.AGENT_NOUNS
        or subj.low in lw.PRONOUNS | {"who", "which", "what"}
    ):
        return None
    lemma = _ing_lemma(toks[j].low)
    if lemma not in _PROGRESSIVE_VERBS or (j + 1 < n and toks[j + 1].low == "to"):
        # "is planning to announce", "is meeting this week": intentions; "is going to rise":
        # the "going to" future, read on its own
        return None
    if lemma == "run" and j + 1 < n and toks[j + 1].low == "at":
        return None  # "serve holds are running at 84% this season": a rate so far
    for k in range(j + 1, min(n, j + 8)):
        if toks[k].low in {",", ";", ".", "and", "but", "as", "because"}:
            break
        if _AHEAD.match(" ".join(t.low for t in toks[k : k + 3])):
            return Cue(
                head=i,
                verb=j,
                kind="modal",
                core="will",
                modal="will",
                edits=[(i, j + 1, ("will not " if negated else "will ") + lemma)],
                negated=False,
            )
    return None


def _long_shot(toks: list[Tok], j: int) -> tuple[int, str] | None:
    """Where "(, frankly,) a long shot" or "a safe bet" at ``j`` ends, and its phrase, or
    None."""
    if j + 2 < len(toks) and toks[j].low == "," and toks[j + 2].low == ",":
        j += 3  # "is, frankly, a long shot"
    words = [t.low for t in toks[j : j + 3]]
    if words[:2] == ["a", "long-shot"]:
        return j + 2, "very unlikely"
    if words == ["a", "safe", "bet"]:
        return j + 3, "very likely"  # "a sell-out crowd is a safe bet"
    return (j + 3, "very unlikely") if words == ["a", "long", "shot"] else None


def _to_lose(toks: list[Tok], i: int, j: int) -> Cue | None:
    """ "the men's race was probably Oxmoor's to lose": the owner is the favourite, which
    becomes "the men's race will be won by Oxmoor"."""
    n = len(toks)
    adverb = toks[j].low if j < n else ""
    k = j + 1 if adverb in lw.EST_ADVERBS else j
    if k + 2 >= n or [t.low for t in toks[k + 1 : k + 3]] != ["to", "lose"]:
        return None
    if not (toks[k].low.endswith(("'s", "’s")) and toks[k].text[:1].isupper()):
        return None
    name = re.sub(r"['’]s$", "", toks[k].text)
    return Cue(
        head=i,
        verb=k + 3,
        kind="predicative",
        core=lw.EST_ADVERBS.get(adverb, "likely"),
        modal="would" if toks[i].low in lw.PAST_COPULAS else "",
        edits=[(i, k + 3, f"will be won by {name}")],
    )


def _even_to(toks: list[Tok], j: int) -> int | None:
    """The index of the verb after "(probably) 50-50 to" at ``j``, quotes allowed around the
    words, or None."""
    k = j + (toks[j].low in lw.EST_ADVERBS)
    if k >= len(toks) or toks[k].low not in {"50-50", "fifty-fifty", "50/50"}:
        return None
    k += 1
    if k < len(toks) and toks[k].low in {'"', "”"}:
        k += 1
    if not _to_verb(toks, k) or toks[k + 1].low in lw.DETERMINERS:
        return None  # "the score is 50-50 to the hosts"
    return k + 1


# a forecaster's most likely outcome, named: "our central case is that", "my best guess is"
_CASE_NOUNS = frozenset(
    {
        ("central", "case"),
        ("base", "case"),
        ("best", "guess"),
        ("central", "scenario"),
        ("central", "expectation"),
        ("working", "assumption"),
        ("my", "guess"),
        ("our", "guess"),
        ("my", "hunch"),
        ("our", "hunch"),
    }
)


# "is expected in the first half", "were expected along exposed coasts", "is expected widely"
_EXPECTED_WHEN = lw._words(
    "in on by before within next this later soon early widely along across throughout over"
    " inland overnight tomorrow tonight from"
)


def _copula_cue(toks: list[Tok], i: int, betting: bool = False) -> Cue | None:
    price_cue = _betting_cue(toks, i, betting)
    if price_cue is not None:
        return price_cue
    n = len(toks)
    j = i + 1
    negated = toks[i].low.endswith("n't")
    mods: list[str] = []
    while j < n and (
        toks[j].low in lw.NEGATIONS
        or toks[j].low in lw.MODIFIERS
        or toks[j].low
        in {"now", "still", "also", "increasingly", "all", "but", "therefore", "thus", "again"}
        # "a rate cut in February is roughly a toss-up"
        or (toks[j].low in {"roughly", "essentially", "basically", "effectively"} and j == i + 1)
        # a quotation that starts after the verb: the weekend was "on course to be ..."
        or (toks[j].low in {'"', "“"} and j == i + 1)
    ):
        if toks[j].low in lw.NEGATIONS:
            negated = True
        elif toks[j].low in lw.MODIFIERS:
            mods.append(toks[j].low)
        j += 1
    if j >= n:
        return None
    word = toks[j].low
    even = _even_to(toks, j)
    if even is not None:
        # 'Reddy was "probably 50-50" to start': a coin flip, not a bookmaker's price
        return _rewrite(
            i,
            even,
            "adj_to",
            "roughly even chance",
            negated,
            toks[i].low in lw.PAST_COPULAS,
            "will",
        )
    progressive = _progressive_ahead(toks, i, j, negated)
    if progressive is not None:
        return progressive
    to_lose = _to_lose(toks, i, j)
    if to_lose is not None:
        return to_lose
    est: str | None = None
    if (
        word in lw.EST_ADVERBS
        and word != "likely"
        and j + 2 < n
        and toks[j + 1].low == "going"
        and toks[j + 2].low == "to"
    ):
        est = lw.EST_ADVERBS[word]  # "is probably going to rise"
        j += 1
        word = toks[j].low
    nxt = toks[j + 1].low if j + 1 < n else ""
    past = toks[i].low in lw.PAST_COPULAS
    if word in lw.EST_ADVERBS and nxt == "inevitable" and i > 0 and toks[i - 1].low != "it":
        # 'an investigation was "probably inevitable now"': the adverb sets the chance
        return _rewrite(i, j + 2, "adj_to", lw.EST_ADVERBS[word], negated, past, "will happen")
    if [t.low for t in toks[j : j + 4]] == ["out", "of", "the", "question"] and i > 0:
        # "A new government before the summer recess is almost out of the question"
        if negated:  # "A 100/1 winner is not out of the question": possible
            return _rewrite(i, j + 4, "predicative", "possible", False, past, "will happen")
        cue = _rewrite(i, j + 4, "predicative", "unlikely", negated, past, "will happen")
        if mods:
            cue.mods = ("very",)
        else:
            cue.core = "almost no chance"
        return cue
    shot = _long_shot(toks, j)
    if (
        shot is not None
        and shot[0] < n
        and toks[shot[0]].low == "that"
        and i > 0
        and toks[i - 1].low == "it"
    ):
        # "It's a safe bet that Britain passes one million heat pumps by 2028"
        return Cue(
            head=i - 1,
            verb=shot[0] + 1,
            kind="it_that",
            core=shot[1],
            negated=negated,
            modal="would" if past else "",
            claim_start=shot[0] + 1,
            edits=_as_future(toks, shot[0] + 1),
        )
    # "a stage win would be a long shot": the modal goes with the copula
    cop = i - 1 if i > 0 and toks[i].low == "be" and toks[i - 1].low in lw.MODALS else i
    if shot is not None and toks[cop - 1].low not in {"there", "this", "that", "which", "it"}:
        # "a full return is a long shot before next year"; "he is a long shot": to win
        named = cop - 1
        while named > 0 and toks[named - 1].text[:1].isupper():
            named -= 1
        runner = toks[cop - 1].low in {"he", "she", "they"} or (
            toks[cop - 1].text[:1].isupper()
            and (named == 0 or toks[named - 1].low in {",", "and", "but", "while"})
        )  # "Benetti is a long shot", not "a crowd in Christchurch is a safe bet"
        rep = "will win" if runner else "will happen"
        priced = (
            _fractional_odds(toks, shot[0] + 1)
            if shot[0] + 1 < n and toks[shot[0]].low == "at"
            else None
        )
        if priced is not None:
            # "a medal would be a long shot at 25/1": the price says how long
            cue = _rewrite(cop, priced[2], "predicative", f"{priced[0]:.4f}", negated, past, rep)
            cue.label = priced[1]
            return cue
        return _rewrite(cop, shot[0], "predicative", shot[1], negated, past, rep)
    # "A second package is roughly as likely as not by the end of the first quarter"
    aln = j + 1 if toks[j].low in {"roughly", "about", "just", "probably"} else j
    if " ".join(t.low for t in toks[aln : aln + 4]) == "as likely as not":
        stop = aln + 4
        if _to_verb(toks, stop):
            return _rewrite(i, stop + 1, "adj_to", "roughly even chance", negated, past, "will")
        return _rewrite(i, stop, "predicative", "roughly even chance", negated, past, "will happen")
    # "is going to"
    if word == "going" and nxt == "to" and toks[i].low not in {"be", "been", "being"}:
        verb = j + 2
        if (
            verb >= n
            or not _WORDISH.match(toks[verb].low)
            or toks[verb].low in lw.DETERMINERS | {"the", "a", "an"}  # "was going to the rich"
        ):
            return None
        rep = "will not" if negated else "will"
        return Cue(
            head=i,
            verb=verb,
            kind="modal" if est is None else "adverb",
            core="going to" if est is None else est,
            modal="would" if past else "will",
            edits=[(i, verb, rep)],
        )
    # "a strike is on the cards"
    if (
        word == "on"
        and nxt == "the"
        and j + 2 < n
        and toks[j + 2].low == "cards"
        and i > 0
        and toks[i].low not in {"be", "been", "being"}
    ):
        core, mods = _fold_certain("likely", mods)
        return Cue(
            head=i,
            verb=j + 3,
            kind="predicative",
            core=core,
            mods=tuple(mods),
            negated=negated,
            modal="would" if past else "",
            edits=[(i, j + 3, "will happen")],
        )
    if [t.low for t in toks[j - 1 : j + 2]] in (
        ["no", "better", "than"],
        ["little", "better", "than"],
    ):
        # "a June cut is no better than a toss-up": at best even ("no" is not a negation)
        negated = any(t.low in lw.NEGATIONS for t in toks[i + 1 : j - 1])
        j += 2
        word = toks[j].low if j < n else ""
    # "further unrest is a real possibility", "a rate cut is a near certainty"
    if (
        word in {"a", "an"}
        and i > 0
        and toks[i - 1].low not in {"there", "this", "that", "which", "what"}
        and toks[i].low not in {"be", "been", "being"}
    ):
        k = j + 1
        adj = toks[k].low if k < n else ""
        if adj in lw.CHANCE_ADJ or adj in _CERTAINTY_ADJ:
            k += 1
        noun = toks[k].low if k < n else ""
        if noun in {"near-certainty", "virtual-certainty"}:
            noun, adj = "certainty", "near"
        after = toks[k + 1].low if k + 1 < n else ""
        if (noun in _EVEN_NOUNS and not negated) or (
            # "a larger move is a remote chance" (not "is a good chance to": a chance to act)
            noun == "chance" and adj in lw.CHANCE_ADJ and adj not in {"real", "every", "some"}
        ):
            noun, adj = "possibility", "even" if noun != "chance" else adj
        if noun == "possibility":
            phrase = lw.CHANCE_ADJ.get(adj, "possible")
        else:
            phrase = "almost certain" if adj in _CERTAINTY_ADJ else "certain"
        if (
            noun in {"possibility", "certainty"}
            and after == "that"
            and toks[i - 1].low == "it"
            and phrase != "certain"  # "it is a certainty that" stays unread, as before
        ):
            return Cue(  # "it's a near certainty that the hyperscalers trim capex"
                head=i - 1,
                verb=k + 2,
                kind="it_that",
                core=phrase,
                negated=negated,
                modal="would" if past else "",
                claim_start=k + 2,
            )
        if noun in {"possibility", "certainty"} and after not in {"that", "of", "for", "to"}:
            return _rewrite(i, k + 1, "predicative", phrase, negated, past, "will happen")
        if noun == "certainty" and after == "for" and toks[i - 1].text[:1].isupper():
            # "Rosa Lind is a near-certainty for supporting actress"
            return _rewrite(i, k + 2, "predicative", phrase, negated, past, "will win")
    # "on track/course to"
    if word == "on" and nxt in {"track", "course"} and j + 2 < n and toks[j + 2].low == "to":
        return _rewrite(i, j + 3, "adj_to", "set to", negated, past, "will")
    # "the quartet are in line for a medal", "she is in line to succeed him as chair"
    if word == "in" and nxt == "line" and j + 3 < n and toks[i].low not in {"be", "been", "being"}:
        if _to_verb(toks, j + 2) and toks[j + 3].low not in lw.DETERMINERS | {"the", "a", "an"}:
            return _rewrite(i, j + 3, "adj_to", "likely", negated, past, "will")
        if toks[j + 2].low == "for" and toks[j + 3].low in {"a", "an", "another", "their", "his"}:
            won = any(t.low in _PRIZES for t in toks[j + 3 : j + 7])
            return _rewrite(
                i, j + 3, "adj_to", "likely", negated, past, "will win" if won else "will get"
            )
    # "Qantas is on course (this year) for an even greater profit"
    if word == "on" and nxt in {"track", "course"} and toks[i].low not in {"be", "been", "being"}:
        f = next((x for x in range(j + 2, min(n, j + 6)) if toks[x].low == "for"), None)
        if (
            f is not None
            and all(_WORDISH.match(t.low) for t in toks[j + 2 : f])
            and f + 1 < n
            and (
                (_WORDISH.match(toks[f + 1].low) and toks[f + 1].text[:1].islower())
                or toks[f + 1].low[:1] in "$£€"
            )  # not "on course for Paris": a destination
        ):
            edits = [(i, j + 2, "will see")] + ([(f, f + 1, "")] if f > j + 2 else [])
            if f == j + 2:
                edits = [(i, f + 1, "will see")]
            return Cue(
                head=i,
                verb=f + 1,
                kind="adj_to",
                core="set to",
                negated=negated,
                modal="would" if past else "",
                edits=edits,
            )
    if (
        word in {"projected", "forecast", "estimated", "expected", "seen"}
        and nxt == "at"
        and j + 2 < n
        and (toks[j + 2].low[:1].isdigit() or toks[j + 2].low[:1] in "$£€")
        and toks[i].low in {"is", "are"}
    ):
        # "France's harvest is projected at 39.5 million hectolitres": a forecast value; the
        # "by the ministry" after it says who, not what
        cue = _rewrite(i, j + 2, "adj_to", "expected", negated, past, "will be")
        by = next((x for x in range(j + 3, min(n, j + 10)) if toks[x].low == "by"), None)
        if by is not None and by + 1 < n and toks[by + 1].low in {"the", "a", "an"}:
            stop = next((x for x in range(by, n) if toks[x].low in {",", ".", ";"}), n)
            cue.edits.append((by, stop, ""))
        return cue
    if (
        word in {"poised", "heading", "headed"}
        and nxt == "for"
        and toks[i].low not in {"be", "been", "being"}
        and j + 2 < n
        # "heading for their busiest summer on record"
        and toks[j + 2].low in {"a", "an", "another", "their", "its", "his", "her", "our"}
    ):
        # "They are poised for a record crop of more than 20 million bottles"
        return _rewrite(i, j + 2, "adj_to", "set to", negated, past, "will see")
    if word == "tipped" and nxt == "by":
        # "Ellery is tipped by several pundits to make at least the quarter-finals"
        to = next((x for x in range(j + 2, min(n - 1, j + 7)) if toks[x].low == "to"), None)
        if to is not None and not any(t.low in {",", ";", "."} for t in toks[j + 2 : to]):
            return Cue(
                head=i,
                verb=to + 1,
                kind="adj_to",
                core="likely",
                negated=negated,
                modal="would" if past else "",
                edits=[(i, to + 1, "will")],
            )
    if word in lw.ADJ_TO and nxt == "to":
        verb = j + 2
        if verb >= n or not _WORDISH.match(toks[verb].low) or toks[verb].low in lw.NON_VERBS:
            return None
        core = lw.ADJ_TO[word]
        core, mods = _fold_certain(core, mods)
        if word in {"set", "poised", "tipped"} and toks[i].low in {"be", "been"}:
            return None
        before = i - 1
        while before > 0 and toks[before].low in lw.ADVERBS | {"originally", "initially"}:
            before -= 1
        if toks[i].low == "been" and i > 0 and toks[before].low in {"had", "'d"}:
            # "Gazprom had (originally) been expected to win": a past expectation
            return None
        if (
            toks[verb].low == "have"
            and verb + 1 < n
            and (toks[verb + 1].low.endswith(("ed", "en")) or toks[verb + 1].low == "been")
        ):
            return None  # "likely to have convinced": an inference about the past
        neg_inner = verb < n and toks[verb].low == "not"
        rep = "will not" if neg_inner else "will"
        end = verb + 1 if neg_inner else verb
        return Cue(
            head=i,
            verb=end,
            kind="adj_to",
            core=core,
            mods=tuple(mods),
            negated=negated,
            modal="would" if past else "",
            edits=[(i, end, rep)],
        )
    if (
        word == "likely"
        and mods == ["more"]
        and i > 0
        and toks[i - 1].low == "it"
        and " ".join(t.low for t in toks[j + 1 : j + 4]) == "than not that"
    ):
        # 'it was now "more likely than not" that Hartwell would run out of cash'
        return Cue(
            head=i - 1,
            verb=j + 4,
            kind="it_that",
            core="better than even",
            negated=negated,
            modal="would" if past else "",
            claim_start=j + 4,
        )
    if (
        word == "for"
        and i > 0
        and toks[i - 1].low in _FORECAST_NOUNS | {"expectation", "expectations", "consensus"}
        and not past
    ):
        # "Halvergate's own forecast is for average prices to rise by 2.5%"
        to = next(
            (
                x
                for x in range(j + 2, min(n - 1, j + 14))
                if toks[x].low == "to" and _WORDISH.match(toks[x + 1].low)
            ),
            None,
        )
        if to is not None and not any(t.low in {",", ";", "."} for t in toks[j + 1 : to]):
            return Cue(
                head=i - 1,
                verb=to + 1,
                kind="hedge_obj",
                core="expect",
                claim_start=j + 1,
                gov=i - 1,
                edits=[(to, to + 1, "will")],
            )
        if (
            to is None
            and (
                toks[i - 1].low == "consensus"
                # "The consensus forecast is for a full-year dividend of 12 cents"
                or (
                    i > 1
                    # "My forecast is for growth of around 2.5% this year"
                    and (toks[i - 2].low == "consensus" or toks[i - 2].low in _OWNER_WORDS)
                    and toks[i - 1].low in {"forecast", "estimate", "view", "expectation"}
                )
            )
            and _NOMINAL_OBJECT.search(" ".join(t.low for t in toks[j + 1 : j + 8]))
        ):
            # "The consensus is for 4.1 million net additions"
            return Cue(
                head=i - 1,
                verb=j + 1,
                kind="nominal",
                core="expect",
                claim_start=j + 1,
                gov=i - 1,
                edits=[(j + 1, j + 1, "<nominal>")],
            )
    consensus = (
        word == "that"
        and i >= 4
        and [t.low for t in toks[:2]] == ["the", "consensus"]
        and toks[2].low in {"among", "of"}
    )  # "The consensus among the economists we survey is that growth will slow"
    if consensus and not negated:
        return Cue(
            head=0,
            verb=j + 1,
            kind="it_that",
            core="expected",
            modal="would" if past else "",
            claim_start=j + 1,
            edits=_as_future(toks, j + 1),
        )
    if (
        word == "that"
        and i >= 2
        and (toks[i - 2].low, toks[i - 1].low) in _CASE_NOUNS
        and not negated
    ):
        # "Autometrics' central case is that X will", "my best guess is that X"
        return Cue(
            head=i - 2,
            verb=j + 1,
            kind="it_that",
            core="probably",
            modal="would" if past else "",
            claim_start=j + 1,
            edits=_as_future(toks, j + 1),
        )
    if (
        word not in {"that", "for"}
        and i >= 2
        and (toks[i - 2].low, toks[i - 1].low) in _CASE_NOUNS
        and not negated
        # "My guess is they'll land on something closer to a 4 or 5% cut"
        and any(t.low in lw.MODALS or t.low in lw.CONTRACTED_WILL for t in toks[j : j + 10])
    ):
        # "My guess is stocks of O negative will be back above three days": no "that"
        return Cue(
            head=i - 2,
            verb=j,
            kind="it_that",
            core="probably",
            modal="would" if past else "",
            claim_start=j,
            edits=_as_future(toks, j),
        )
    if word == "for" and i >= 2 and (toks[i - 2].low, toks[i - 1].low) in _CASE_NOUNS:
        # "Her central case is for March futures to trade between $10.20 and $10.60"
        to = next((x for x in range(j + 2, min(n - 1, j + 9)) if toks[x].low == "to"), None)
        if to is not None and _to_verb(toks, to) and not negated:
            return Cue(
                head=i - 2,
                verb=to + 1,
                kind="hedge_obj",
                core="probably",
                claim_start=j + 1,
                edits=[(to, to + 1, "will")],
            )
    if word == "that" and i > 1 and toks[i - 1].low == "bet" and not negated:
        # "Our bet is that she will not": a wager on the claim, the "probably" row
        return Cue(
            head=i - 1,
            verb=j + 1,
            kind="it_that",
            core="probably",
            modal="would" if past else "",
            claim_start=j + 1,
        )
    # "it is likely (55-70%) that the ministry will select ...": the stated number wins
    stated, close = _bracketed_percent(toks, j + 1) if toks[i - 1].low == "it" else (None, j)
    if stated is not None and close + 1 < n and toks[close + 1].low == "that":
        return Cue(
            head=i - 1,
            verb=close + 2,
            kind="it_that",
            core=f"{stated:.4f}",
            negated=negated,
            modal="would" if past else "",
            label=f"{round(stated * 100)}% ({word})",
            claim_start=close + 2,
        )
    # "it was unlikely the scheme would be finished before 2028": "that" left out, the
    # clause's own modal a few words on
    bare = (
        nxt in {"the", "a", "an", "this", "any", "its", "their"}
        and any(t.low in lw.MODALS for t in toks[j + 2 : j + 8])
        and not any(t.low in {",", ";", ".", "to"} for t in toks[j + 1 : j + 3])
    )
    if word in lw.IT_THAT and i > 0 and toks[i - 1].low == "it" and (nxt == "that" or bare):
        core, mods = _fold_certain(lw.IT_THAT[word], mods)
        claim_at = j + 2 if nxt == "that" else j + 1
        tense: list[tuple[int, int, str]] = []
        if bare:
            # the clause's "would" is the estimate's tense, not a hedge of its own
            at = next(x for x in range(j + 2, j + 8) if toks[x].low in lw.MODALS)
            if toks[at].low == "would":
                tense.append((at, at + 1, "will"))
        return Cue(
            head=i - 1,
            verb=claim_at,
            kind="it_that",
            core=core,
            mods=tuple(mods),
            negated=negated,
            modal="would" if past else "",
            claim_start=claim_at,
            edits=tense,
        )
    # "an extension of the ban to basmati is not expected." (not "the slide was widely
    # expected.", a past expectation); "a crowd of about 82,300 is expected, with ..."
    ends = not past and (nxt in {"", ".", ";"} or (nxt == "," and toks[i].low in {"is", "are"}))
    if (
        word == "expected"
        and i > 0
        and toks[i - 1].low not in lw.PRONOUNS | {"which", "who", "as", "than", "what", "that"}
        and (nxt in _EXPECTED_WHEN or ends)
        # "the restart had originally been expected in 2023": a past expectation
        and not {t.low for t in toks[max(0, i - 3) : j]}
        & {"had", "originally", "previously", "initially", "once", "been"}
    ):
        # "a decision from the committee is expected in the first half of 2026"; "the
        # election is expected on 5 May" (an event is held, a decision comes)
        held = any(t.low in _HELD_EVENTS for t in toks[max(0, i - 6) : i])
        rep = "will be held" if held else "will happen" if ends else "will come"
        return _rewrite(i, j + 1, "adj_to", "expected", negated, past, rep)
    # "job losses were now almost certain" (but not "we are almost certain": a state of mind)
    near_certain = (
        word == "certain"
        and any(m in {"almost", "nearly", "virtually"} for m in mods)
        and i > 0
        and toks[i - 1].low not in {"i", "we", "you", "he", "she", "they", "'m", "'re"}
    )
    if (
        (word in lw.PREDICATIVE or near_certain)
        and i > 0
        and toks[i - 1].low not in {"it", "that", "this", "which"}
    ):
        after = nxt
        if (
            word == "likely"
            and mods == ["more"]
            and " ".join(t.low for t in toks[j + 1 : j + 3]) == "than not"
        ):
            # "a downgrade over the next quarter is more likely than not"
            return _rewrite(
                i, j + 3, "predicative", "better than even", negated, past, "will happen"
            )
        stated, close = _bracketed_percent(toks, j + 1)
        if stated is not None:
            # "a deliberate exchange of fire is unlikely (10-20%) before the end of June": the
            # analysts' stated number wins over the word
            j = close
            after = toks[j + 1].low if j + 1 < n else ""
        if after in {"to", "that", "than"}:
            return None
        if after not in {
            "",
            ".",
            ",",
            ";",
            ":",  # "A revenue beat is very likely: Lumora has topped consensus ..."
            "in",
            "within",
            "before",
            "by",
            "this",
            "next",
            "over",
            "until",
            "as",
            "because",
            "since",
            "given",
            "for",
            "at",
            "—",
            "–",
            "after",
            "soon",
            "anytime",
            "any",
            "now",
            "either",
            "and",
            "but",
            "unless",
            "while",  # "a sharp correction is highly unlikely while unemployment is low"
            "if",
            "ahead",
            "during",
            "later",
            # "gusts of up to 45mph are likely on Wednesday afternoon"
            "on",
            "through",
            "throughout",
            "tomorrow",
            "tonight",
            "overnight",
            "between",  # "Peak biting activity is most likely between late June and mid-August"
        }:
            return None
        core, mods = _fold_certain(lw.PREDICATIVE.get(word, "certain"), mods)
        return Cue(
            head=i,
            verb=j + 1,
            kind="predicative",
            core=core if stated is None else f"{stated:.4f}",
            mods=tuple(mods),
            negated=negated,
            modal="would" if past else "",
            label="" if stated is None else f"{round(stated * 100)}% ({word})",
            edits=[(i, j + 1, "will happen")],
        )
    return None


def _bracketed_percent(toks: list[Tok], k: int) -> tuple[float | None, int]:
    """The number a bracket at ``k`` states ("(10-20%)" -> 0.15, "(60%)" -> 0.6), or an
    aside between dashes ("- our base case puts the chance at 1-in-5 -" -> 0.2), and the
    bracket's or the aside's closing index; (None, k) when there is none."""
    if k < len(toks) and toks[k].low in {"–", "—"}:
        end = next(
            (x for x in range(k + 1, min(len(toks), k + 16)) if toks[x].low in {"–", "—", "."}),
            len(toks),
        )
        words = [t.low for t in toks[k + 1 : end]]
        if _CHANCE_WORDS.isdisjoint(words):
            return None, k
        value = _odds_value(" ".join(words))
        return (value, end - 1) if value else (None, k)  # the clause ends at the dash
    if k >= len(toks) or toks[k].low != "(":
        return None, k
    close = next((x for x in range(k + 1, min(len(toks), k + 9)) if toks[x].low == ")"), None)
    if close is None:
        return None, k
    inside = " ".join(t.text for t in toks[k + 1 : close])
    nums = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", inside)]
    if not nums or "%" not in inside or not all(0 < x <= 100 for x in nums):
        return None, k
    value = sum(nums) / len(nums) / 100
    if len(nums) == 1 and re.match(r"(?:below|under|less than)\b", inside, re.IGNORECASE):
        value /= 2  # "(below 10%)": somewhere under it
    elif len(nums) == 1 and re.match(r"(?:above|over|more than)\b", inside, re.IGNORECASE):
        value = (value + 1) / 2
    return value, close


_CHANCE_WORDS = lw._words("chance chances probability odds likelihood")


def _chance_cue(toks: list[Tok], i: int) -> Cue | None:
    n = len(toks)
    j = i + 2
    negated = False
    words: list[str] = []
    pct: float | None = None
    while j < n and j < i + 9:
        low = toks[j].low
        if low in lw.CHANCE_NOUNS:
            break
        if low in {"not", "n't"}:
            negated = True
        elif low[:1].isdigit() and j + 1 < n and toks[j + 1].low in {"%", "per", "percent"}:
            try:
                pct = float(low) / 100
            except ValueError:
                return None
        words += low.split("-") if low.endswith("-than-even") else [low]  # "better-than-even"
        j += 1
    else:
        return None
    if j >= n or toks[j].low not in lw.CHANCE_NOUNS:
        return None
    noun = toks[j].low
    if noun == "risk" and not words:
        return None
    k = j + 1
    aside: float | None = None
    stated, shut = _bracketed_percent(toks, k)
    if stated is not None:
        aside, k = stated, shut + 1  # "a remote chance (below 10%) that"
    if k < n and toks[k].low == ",":
        # "a small chance, perhaps one in ten, that X": the aside gives the number
        close = next((x for x in range(k + 1, min(n, k + 9)) if toks[x].low == ","), None)
        if close is not None:
            aside = _odds_value(" ".join(t.low for t in toks[k + 1 : close]))
            if aside is not None:
                k = close + 1
    present = None
    if k < n and toks[k].low == "that":
        claim_start = k + 1
        tail = "that"
        if not _bare_clause(toks, k + 1):
            # "next to no chance that a blast furnace is relit": a present for a future
            present = _bare_present(toks, k + 1) or _present_passive(toks, k + 1)
            tail = "present" if present is not None else tail
    elif k < n and toks[k].low == "of":
        claim_start = k + 1
        tail = "of"
    elif _bare_clause(toks, k):
        claim_start = k  # "there is a good chance the government will miss its target"
        tail = "that"
    elif (present := _bare_present(toks, k)) is not None:
        claim_start = k  # "there is a good chance the government misses its target"
        tail = "present"
    else:
        return None
    core = None
    mods: list[str] = []
    for w in words:
        if w in lw.CHANCE_ADJ:
            core = lw.CHANCE_ADJ[w]
        elif w in lw.MODIFIERS:
            mods.append(w)
        elif w == "roughly" or w == "about":
            continue
    if core is not None:
        core, mods = _fold_certain(core, mods)  # "almost no chance" is not "almost almost"
    if "even" in words:
        core = "roughly even chance"
        if "than" in words and words[words.index("than") - 1] in {"better", "more", "greater"}:
            core = "better than even"  # "a better than even chance"
        elif "than" in words and words[words.index("than") - 1] in {"less", "worse"}:
            core = "unlikely"
    if pct is None:
        pct = _odds_value(" ".join(words))  # "a one-in-three chance", "a fifty-fifty chance"
    if pct is None:
        pct = aside
    if core is None:
        if noun in {"risk", "possibility", "prospect"}:
            core = "possible"
        elif pct is None:
            return None
        else:
            core = "pct"
    cue = Cue(
        head=i,
        verb=claim_start,
        kind="chance",
        core=core,
        mods=tuple(mods),
        negated=negated,
        claim_start=claim_start,
    )
    if pct is not None:
        cue.core = f"{pct:.4f}"
    if tail == "of":
        cue.edits = [(n, n, "<of>")]
    elif tail == "present" and present is not None:
        cue.edits = [_future_edit(toks, present)]
    return cue


def _as_future(toks: list[Tok], start: int, passive: bool = False) -> list[tuple[int, int, str]]:
    """The edit that reads the clause at ``start`` in the future when it is told in the
    present ("is that Mwangura wins" -> "will win"; with ``passive``, "is sold" -> "will be
    sold"), or none when it has its own "will"."""
    if _bare_clause(toks, start):
        return []
    present = _bare_present(toks, start)
    if present is None and passive:
        present = _present_passive(toks, start)
    return [_future_edit(toks, present)] if present is not None else []


def _future_edit(toks: list[Tok], present: int) -> tuple[int, int, str]:
    """The edit that puts the present-tense verb at ``present`` in the future: "is" ->
    "will be", "misses" -> "will miss"."""
    verb = toks[present].low
    if verb in {"is", "are"}:
        return present, present + 1, "will be"
    plural = toks[present - 1].low in {"we", "they"} or not verb.endswith("s")
    plural = plural or verb.endswith("ss")  # "the bills pass"
    lemma = verb if plural else _present_lemma(verb)  # "the couriers win", "the bank cuts"
    return present, present + 1, f"will {lemma}"


def _present_passive(toks: list[Tok], k: int) -> int | None:
    """ "(a chance that) a blast furnace is relit": the "is" of a present passive within a
    few words of ``k``, followed by a participle."""
    for j in range(k + 1, min(len(toks) - 1, k + 6)):
        low = toks[j].low
        if low in {",", ";", ".", "that", "which", "who", "will", "would", "could", "may"}:
            return None
        if low in {"is", "are"}:
            # "(a 70% probability that Brackwell) is eventually sold"
            adverb = j + 2 < len(toks) and toks[j + 1].low.endswith("ly")
            nxt = toks[j + 2 if adverb else j + 1].low
            participle = nxt.endswith(("ed", "en")) or nxt in lw.IRREGULAR_PARTICIPLES
            return j if participle and toks[j + 1].text[:1].islower() else None
    return None


_PRESENT_VERBS = (
    lw.MARKET_VERBS
    | lw.OUTCOME_VERBS
    | lw.EFFECT_VERBS
    | lw._words(
        "sell buy move call cut sign agree vote leave resign approve reject win pass close open"
        " disappoint surprise raise lower hold announce"
    )
)
# what a doubt is about, in the present: "I doubt he goes beyond the second round"
_DOUBT_VERBS = _PRESENT_VERBS | lw._words("go get make reach survive finish last happen")


_LATER = re.compile(
    r"\b(?:in|by|before)\s+(?:20\d\d|the\s+(?:spring|summer|autumn|winter))\b|\bnext\s+\w+"
)


def _adverb_present_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "On current trends, the stock probably gets back there in 2028": a present told of a
    dated future, hedged."""
    n = len(toks)
    if i == 0 or i + 1 >= n or not _WORDISH.match(toks[i - 1].low):
        return None
    verb = toks[i + 1].low
    if not (verb.endswith("s") and not verb.endswith("ss")) or verb in lw.NON_VERBS:
        return None
    lemma = _present_lemma(verb)
    if lemma not in _PRESENT_VERBS | {"get", "go", "come"}:
        return None
    if not _LATER.search(" ".join(t.low for t in toks[i + 2 :])):
        return None  # "she probably knows": a present state
    return Cue(
        head=i,
        verb=i + 2,
        kind="adverb",
        core=lw.EST_ADVERBS[toks[i].low],
        edits=[(i, i + 2, f"will {lemma}")],
    )


def _present_lemma(word: str) -> str:
    if word == "has":
        return "have"
    if word in {"goes", "does"}:
        return word[:-2]
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1]


def _bare_present(toks: list[Tok], k: int) -> int | None:
    """A clause opening at ``k`` with a present-tense verb and no "that" or modal: "(a good
    chance) the government misses its target". Index of the verb, or None."""
    if (
        k + 1 < len(toks)
        and toks[k].low in {"we", "they"}
        and _present_lemma(toks[k + 1].low + "s") in _PRESENT_VERBS
    ):
        return k + 1  # "a good chance we see a second candidate report results"
    if k >= len(toks) or not (
        toks[k].low in {"the", "a", "an", "its", "their", "his", "her", "this", "these"}
        or toks[k].text[:1].isupper()
    ):
        return None
    for j in range(k + 1, min(len(toks), k + 6)):
        low = toks[j].low
        if low in {",", ";", ":", ".", "—", "–", "(", "and", "but", "that", "which", "who"}:
            return None
        if low.endswith(("'s", "’s")):
            return None
        if (
            low.endswith("s")
            and not low.endswith("ss")
            and toks[j].text[:1].islower()
            and _present_lemma(low) in _PRESENT_VERBS
            and j + 1 < len(toks)
            and toks[j + 1].low not in {"of", "for", "is", "are", "will", "would", "to"}
        ):
            return j
        if (
            low in _PRESENT_VERBS
            and j == k + 2
            and toks[k].low == "the"
            and toks[j - 1].low.endswith("s")
            and not toks[j - 1].low.endswith(("ss", "'s", "’s"))
        ):
            return j  # "an 80% chance the couriers win"
    return None


def _bare_clause(toks: list[Tok], k: int) -> bool:
    """A finite clause with "will"/"would" opens at ``k`` (no "that"): a subject of one to
    six words, then the modal."""
    if k >= len(toks) or not (_WORDISH.match(toks[k].low) or toks[k].text[:1].isupper()):
        return False
    if toks[k].low in lw.MODALS or toks[k].low in {"to", "for", "in", "at", "on", "is", "was"}:
        return False
    for j in range(k + 1, min(len(toks), k + 8)):
        low = toks[j].low
        if low in {"will", "would", "won't", "wouldn't"} or low in lw.CONTRACTED_WILL:
            return True
        if low in {",", ";", ":", ".", "—", "–", "(", "and", "but", "that", "which", "who"}:
            return False
        if low in lw.MODALS:
            return False
    return False


_NUMBER_WORDS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twenty": 20,
    "hundred": 100,
    "thousand": 1000,
}
_ODDS_WORDS = re.compile(
    r"(?P<pct>\d+(?:\.\d+)?)\s*(?:%|per ?cent\b|percent\b)"
    r"|\b(?P<num>\d+|[a-z]+)[- ]in[- ](?P<den>\d+|[a-z]+)\b"
    r"|\b(?P<even>fifty-fifty|50-50|coin[\s-](?:flip|toss)|toss-up)\b"
    # bookmakers' odds written out: "at 2-1 against", "at 3/1 on"
    r"|\b(?P<a>\d{1,3})[-/](?P<b>\d{1,3})\s+(?P<side>against|on)\b"
    # "put the odds of an outright win at about 60-40": the first share
    r"|\b(?P<s1>\d{1,2})-(?P<s2>\d{1,2})\b"
)
_CHANCE_LEAD = lw._words(
    "overall combined cumulative "
    "a an the only just about around roughly some perhaps maybe nearly almost at least more "
    "less than better worse no over under one in per cent percent % - very extremely quite "
    "fairly reasonable reasonably high low small slim good strong real realistic distinct "
    "serious remote little every fair even outside decent significant increased higher "
    "greater heightened growing rising increasing two three four five six seven eight nine "
    "ten twenty hundred"
)
_FRACTION_TOKEN = re.compile(r"^[a-z\d]+-in-[a-z\d]+$|^fifty-fifty$")
_CHANCE_GOVS = lw._words(
    "pricing priced price prices peg pegs pegged place places placed "
    "see sees saw seeing give gives gave giving put puts putting offer offers offered imply "
    "implies implied estimate estimates estimated rate rates rated assign assigns assigned "
    "reckon reckons reckoned judge judges judged assess assesses assessed"
)
_HAVE_CHANCE = lw._words("has have had stand stands stood")
# "The model has Holm on 19%", "Our model makes France favourites": a verb that holds the
# chance a model or a bookmaker gives
_HOLD_CHANCE = lw._words("has have makes make")
_MARKET_SUBJECTS = lw._words("markets traders investors futures options swaps currently now still")


def _chance_gov(toks: list[Tok], k: int) -> bool:
    """A verb that gives a chance at ``k`` ("gives", "puts", "markets price"); "price" is
    one only after a market ("the average New York price" is a noun)."""
    low = toks[k].low
    if low in {"price", "prices"}:
        return k > 0 and toks[k - 1].low in _MARKET_SUBJECTS
    return low in _CHANCE_GOVS


def _side_odds(a: int, b: int, side: str) -> float:
    """Odds written with their side: "2-1 against" is one chance in three; "1-3 on" and
    "3-1 on" are both the odds-on price, three in four."""
    return (min(a, b) if side == "against" else max(a, b)) / (a + b)


def _odds_value(words: str) -> float | None:
    """0.55 for "55%", 0.2 for "one-in-five" / "1 in 5", 0.5 for "fifty-fifty"."""
    m = _ODDS_WORDS.search(words)
    if m is None:
        return None
    if m["pct"]:
        value = float(m["pct"]) / 100
        return value if 0 < value <= 1 else None
    if m["even"]:
        return 0.5
    if m["side"]:
        a, b = int(m["a"]), int(m["b"])
        return _side_odds(a, b, m["side"].lower()) if a + b else None
    if m["s1"]:
        return int(m["s1"]) / 100 if int(m["s1"]) + int(m["s2"]) == 100 else None
    num = int(m["num"]) if m["num"].isdigit() else _NUMBER_WORDS.get(m["num"])
    den = int(m["den"]) if m["den"].isdigit() else _NUMBER_WORDS.get(m["den"])
    if not num or not den or num >= den:
        return None
    return num / den


_NUMBER_COMMENT = lw._words("the a its maybe perhaps possibly or probably")
_POSSESSIVE_SUBJECT = {"their": "they", "his": "he", "her": "she", "its": "it"}
_VALUE_HEDGES = lw._words("around about roughly some nearly close to approximately just only")
# the words of a number's comma aside: "We judge it likely, at around 70%, that"
_ASIDE_HEDGES = _VALUE_HEDGES | lw._words("at perhaps say")
_NOT_A_VALUE = lw._words("least most all the its their this that his her our an first last")


def _relative_head(toks: list[Tok], gov: int) -> tuple[int, int] | None:
    """ "The data service RaceIQ, which simulates the race 100,000 times, gives ...": the
    sentence's opening noun phrase, before the relative clause that ends at ``gov``."""
    if gov < 4 or toks[gov - 1].low != ",":
        return None
    for c in range(gov - 2, 0, -1):
        if toks[c].low == "," and toks[c + 1].low in {"which", "who"}:
            head = (0, c)
            named = any(t.text[:1].isupper() for t in toks[1:c])  # "The data service RaceIQ"
            if c <= 8 and (named or _is_agent(toks, head)):
                return head
            return None
        if toks[c].low in {";", ":", "—", "–"}:
            return None
    return None


_OWNER_PRONOUNS = {"his": "He", "her": "She", "their": "They", "our": "We"}
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def _rated_chance_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "It rates Copper Lantern's chance at just 9 per cent": a name's chance, with no
    "of", is its chance of winning."""
    n = len(toks)
    owner = i - 1
    if owner >= 1 and toks[owner].low == "the" and toks[owner - 1].low in _CHANCE_GOVS:
        # "I put the odds at roughly 60% that ministers announce a postponement"
        that = next((x for x in range(i + 2, min(n - 1, i + 8)) if toks[x].low == "that"), None)
        words = [t.low for t in toks[i + 2 : that or i + 2] if t.low not in _VALUE_HEDGES]
        value = _odds_value(" ".join(words)) if that is not None else None
        return _price_that(toks, owner - 1, that + 1, value, "") if that and value else None
    if owner > 1 and toks[owner].low in {"real", "true", "actual"}:
        owner -= 1  # "I'd put Priya's real chance at about 60%"
    pronoun = _OWNER_PRONOUNS.get(toks[owner].low) if owner >= 1 else None
    if not pronoun and (
        owner < 1
        or not toks[owner].low.endswith(("'s", "’s"))
        or not toks[owner].text[:1].isupper()
    ):
        return None
    start = owner
    while start > 0 and toks[start - 1].text[:1].isupper() and toks[start - 1].low != "the":
        start -= 1
    if pronoun:
        start = owner  # "I'd put his chances at no better than one in three": he will win
    if start < 1 or toks[start - 1].low not in _CHANCE_GOVS | {"rate", "rates", "rated"}:
        return None
    stop = i + 2
    while stop < n and toks[stop].low not in {",", ";", ".", "—", "–", "(", "and", "but"}:
        stop += 1
    words = [t.low for t in toks[i + 2 : stop]]
    while words and words[0] in _VALUE_HEDGES:
        words = words[1:]
    value = _odds_value(" ".join(words))
    if value is None:
        return None
    name = pronoun or re.sub(r"['’]s$", "", " ".join(t.text for t in toks[start : owner + 1]))
    return Cue(
        head=start,
        verb=stop,
        kind="chance",
        core=f"{value:.4f}",
        claim_start=start,
        gov=start - 1,
        # "I'd put our chances at about one in three": of what the speakers are trying for
        edits=[(start, stop, f"{name} will {'succeed' if name == 'We' else 'win'}")],
    )


_ROUGHLY = lw._words("roughly about around only just perhaps maybe barely nearly almost")
_GIVE = lw._words("give gives gave giving")


def _stated_value(toks: list[Tok], k: int) -> tuple[float, int] | None:
    """A chance written at ``k`` ("70%", "60-40", "4/6") and where it ends."""
    if k + 1 < len(toks) and toks[k].low[:1].isdigit() and toks[k + 1].low == "%":
        return float(toks[k].low) / 100, k + 2
    odds = _fractional_odds(toks, k)
    return (odds[0], odds[2]) if odds is not None else None


def _given_chance_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "Tern Capital gives approval an 80% chance": a chance given to an outcome noun,
    which becomes "Approval will happen"."""
    n = len(toks)
    if i + 1 < n and toks[i + 1].low not in {",", ".", ";", "—", "–", ")"}:
        return None
    a = _article_before(toks, i, reach=5)
    value = _odds_value(" ".join(t.low for t in toks[a:i])) if a >= 0 else None
    if value is None:
        return None
    o = a - 1
    while o > 0 and toks[o].low in _ROUGHLY:
        o -= 1
    name = o
    while name > 0 and o - name < 3 and toks[name - 1].text[:1].isupper():
        name -= 1
    if name > 0 and toks[name - 1].low == "the" and toks[o].text[:1].isupper():
        name -= 1
    if (
        toks[o].text[:1].isupper()
        and name > 0
        and toks[name - 1].low in _GIVE
        and toks[name - 1].text[:1].islower()
    ):
        # "I give the American roughly a one-in-four chance": of winning, in a preview
        return Cue(
            head=name,
            verb=i + 1,
            kind="chance",
            core=f"{value:.4f}",
            claim_start=name,
            gov=name - 1,
            edits=[(o + 1, i + 1, "will win")],
        )
    if a < 2 or a == i - 1 or toks[a - 2].low not in _GIVE:
        return None
    obj = toks[a - 1]
    if (
        not _WORDISH.match(obj.low)
        or not obj.text[:1].islower()
        or obj.low in lw.PRONOUNS | {"him", "her", "them", "us", "me", "it"}
    ):
        return None
    return Cue(
        head=a - 1,
        verb=i + 1,
        kind="chance",
        core=f"{value:.4f}",
        claim_start=a - 1,
        gov=a - 2,
        edits=[(a, i + 1, "will happen")],
    )


def _given_ing_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "The model gives a coalition of the Civic Alliance and the Agrarian Centre a 24%
    chance of reaching 91 seats": what is given the chance does the act, which becomes "A
    coalition of ... will reach 91 seats"."""
    n = len(toks)
    if i + 2 >= n or toks[i + 1].low != "of" or not toks[i + 2].low.endswith("ing"):
        return None
    a = _article_before(toks, i, reach=5)
    value = _odds_value(" ".join(t.low for t in toks[a:i])) if a >= 0 else None
    give = next((x for x in range(a - 1, max(-1, a - 14), -1) if toks[x].low in _GIVE), None)
    if value is None or give is None or give >= a - 1 or toks[give + 1].text[:1].isupper():
        return None  # "gives Okafor a 10% chance of winning": `_named_win_chance_cue`
    if any(not _WORDISH.match(t.low) for t in toks[give + 1 : a]):
        return None
    return Cue(
        head=give + 1,
        verb=i + 3,
        kind="chance",
        core=f"{value:.4f}",
        claim_start=give + 1,
        gov=give,
        edits=[(a, i + 3, "will " + _ing_lemma(toks[i + 2].low))],
    )


def _named_win_chance_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "gives Lindqvist a 14 per cent chance of victory", "gives Okafor a one-in-ten chance
    of winning the title": the chance a named runner wins, which becomes "Lindqvist will
    win"."""
    n = len(toks)
    if i + 2 >= n or toks[i + 1].low != "of" or toks[i + 2].low not in {"victory", "winning"}:
        return None
    a = _article_before(toks, i)
    name = a
    while name > 0 and a - name < 3 and toks[name - 1].text[:1].isupper():
        name -= 1
    value = _odds_value(" ".join(t.low for t in toks[a:i])) if a >= 0 else None
    if value is None or name == a or name == 0 or toks[name - 1].low not in _GIVE:
        return None
    return Cue(
        head=name,
        verb=i + 3,
        kind="chance",
        core=f"{value:.4f}",
        claim_start=name,
        gov=name - 1,
        edits=[(a, i + 3, "will win")],
    )


# a chance put in words: "at better than even"
_EVEN_WORDED = {
    "better than even": "better than even",
    "more than even": "better than even",
    "less than even": "unlikely",
    "worse than even": "unlikely",
    "roughly even": "roughly even chance",
    "about even": "roughly even chance",
    "no more than even": "unlikely",
    "no better than even": "unlikely",
}
# a bookmaker's word for it: "at better than evens"
_EVEN_WORDED |= {f"{words}s": core for words, core in _EVEN_WORDED.items()}
_ASSIGNING = lw._words("assign assigns assigned assigning attach attaches attached attaching")
_PLACING = _ASSIGNING | lw._words("put puts putting place places placed")


_CONSIDER_VERBS = lw._words("consider considers considered regard regards deem deems judge judges")


def _consider_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "most analysts consider a quota unlikely this season" -> "There will be a quota this
    season", unlikely ("consider it likely that X" is `_judge_it_cue`'s)."""
    n = len(toks)
    if i + 2 >= n or toks[i + 1].low not in {"a", "an", "any", "another", "further", "the"}:
        return None
    # "we judge a declaration of a state of emergency very unlikely"
    for adj in range(i + 2, min(n, i + 12)):
        low = toks[adj].low
        if low in lw.PREDICATIVE:
            if adj + 1 < n and toks[adj + 1].low in {"to", "that", "than"}:
                return None
            first = adj
            while first - 1 > i + 1 and toks[first - 1].low in lw.MODIFIERS:
                first -= 1
            cut = first
            if cut - 2 > i + 1 and [t.low for t in toks[cut - 2 : cut]] == ["to", "be"]:
                cut -= 2  # "We judge a negotiated settlement before the election to be unlikely"
            return Cue(
                head=i,
                verb=adj + 1,
                kind="nominal",
                core=lw.PREDICATIVE[low],
                mods=tuple(t.low for t in toks[first:adj]),
                claim_start=i + 1,
                gov=i,
                edits=[(i + 1, i + 1, "<nominal>"), (cut, adj + 1, "")],
            )
        if low == "to" and adj + 1 < n and toks[adj + 1].low == "be":
            continue
        if low in {",", ".", ";", "to", "that", "as"} or low in lw.MODALS or low in _BE:
            if low == "be" and toks[adj - 1].low == "to":
                continue
            return None
    return None


def _assigned_scenario_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "We assign roughly 15% to a scenario in which a disputed count triggers violence": the
    chance of what the scenario says, which becomes "A disputed count will trigger ..."."""
    n = len(toks)
    to = next((x for x in range(i + 1, min(n, i + 7)) if toks[x].low in {"to", "on"}), None)
    if to is None or to + 4 >= n:
        return None
    words = [t.low for t in toks[i + 1 : to] if t.low not in _ROUGHLY]
    value = _odds_value(" ".join(words))
    head = to + 2 if toks[to + 1].low in {"a", "the"} else to + 1
    if value is None or toks[head].low not in {"scenario", "outcome"}:
        return None
    start = head + 1
    if toks[start].low in {"in", "under"} and toks[start + 1].low == "which":
        start += 2
    elif toks[start].low in {"where", "that"}:
        start += 1
    else:
        return None
    return Cue(
        head=i,
        verb=start,
        kind="it_that",
        core=f"{value:.4f}",
        claim_start=start,
        gov=i,
        edits=_as_future(toks, start),
    )


def _chance_on_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "We put a one-in-four chance on USD/MXN trading above 20.00": a chance placed on an
    outcome, which becomes "USD/MXN will trade above 20.00"."""
    n = len(toks)
    if i + 3 >= n or toks[i + 1].low not in {"on", "to"}:
        return None
    a = _article_before(toks, i)
    # "we assign a 65% probability to Tavaria formally requesting one"
    verbs = _PLACING if toks[i + 1].low == "on" else _ASSIGNING
    if a < 1 or toks[a - 1].low not in verbs:
        return None
    value = _odds_value(" ".join(t.low for t in toks[a:i]))
    if value is None:
        return None
    for g in range(i + 3, min(n, i + 8)):
        low = toks[g].low
        if low in {",", ".", ";", "and", "or", "that", "which"}:
            break
        if low.endswith("ing") and len(low) > 4 and _WORDISH.match(low):
            verb = "will " + _ing_lemma(low)
            cut = g
            if toks[g - 1].low.endswith("ly") and g - 1 > i + 2:
                cut, verb = g - 1, f"will {toks[g - 1].low} {_ing_lemma(low)}"  # "formally"
            return Cue(
                head=a,
                verb=g + 1,
                kind="chance",
                core=f"{value:.4f}",
                claim_start=i + 2,
                gov=a - 1,
                edits=[(cut, g + 1, verb)],
            )
    if toks[i + 2].low not in {"a", "an"}:
        return None
    # "We put a 30% probability on a retest of the $40,000 level": the event will happen
    return Cue(
        head=a,
        verb=i + 3,
        kind="chance",
        core=f"{value:.4f}",
        claim_start=i + 2,
        gov=a - 1,
        edits=[(n, n, "<of>")],
    )


def _noun_chance_cue(toks: list[Tok], i: int) -> Cue | None:
    """Forecasts carried by a chance noun outside "there is": "see only a one-in-five
    chance of another cut", "odds that imply a 55% chance of a Green victory", "has a good
    chance of winning", "put the probability of a recession at 35%"."""
    n = len(toks)
    if i + 2 < n and toks[i + 1].low == "to" and toks[i + 2].low in {"a", "an", "the", "its"}:
        of = True  # "gives a 20% chance to a fresh cut": the chance of a fresh cut
    elif i + 1 < n and toks[i + 1].low == "at":
        return _rated_chance_cue(toks, i)
    elif i + 1 >= n or toks[i + 1].low not in {"of", "that"}:
        return _given_chance_cue(toks, i)
    else:
        of = toks[i + 1].low == "of"
    k = i - 1
    while (
        k >= 0
        and i - k <= 6
        and (
            toks[k].low in _CHANCE_LEAD
            or toks[k].low[:1].isdigit()
            or _FRACTION_TOKEN.match(toks[k].low)
        )
    ):
        k -= 1
        if toks[k + 1].low in {"a", "an", "the"}:
            break
    head = k + 1
    poss = None
    if (
        head >= i
        and i > 1
        and (
            (toks[i - 1].low.endswith(("'s", "’s")) and toks[i - 1].text[:1].isupper())
            or toks[i - 1].low in _POSSESSIVE_SUBJECT  # "rates their chances of staying up"
        )
    ):
        # "Its model puts England's chance of winning the series at 71%"
        poss = head = i - 1
        k = i - 2
    if head >= i:
        return None
    while k >= 0 and toks[k].low in _VALUE_HEDGES | {"only", "just", "perhaps", "maybe"}:
        k -= 1  # "see only a one-in-five chance", "price roughly a 20% chance"
    # "Opta's model gives them a 31% chance", "bookmakers give Labour a 70% chance"
    given: tuple[int, int] | None = None
    for width in (1, 2, 3):
        obj = toks[k - width + 1 : k + 1] if k - width >= 0 else []
        if (
            obj
            and toks[k - width].low in _GIVE
            and all(
                t.low in {"them", "it", "him", "her", "us"}
                or t.text[:1].isupper()
                or (x == 0 and t.low == "the" and width > 1)  # "gives the Social Democrats"
                for x, t in enumerate(obj)
            )
        ):
            k -= width
            given = (k + 1, k + 1 + width)
            break
    lead = ["the"] if poss is not None else [t.low for t in toks[head:i]]
    if lead[:1] == ["the"] and set(lead[1:]) <= {"overall", "combined", "cumulative"}:
        lead = ["the"]  # "She puts the overall chance of the union securing recognition at"
    gov = k if k >= 0 and (_chance_gov(toks, k) or toks[k].low in _HAVE_CHANCE) else None
    if gov is None and k > 0 and toks[k].low in {"and", ","} and lead == ["the"]:
        # "The desk puts the chance of a strong storm at 60%, and the chance of a severe
        # storm at 25%": the same verb puts both
        gov = next((x for x in range(k - 1, max(-1, k - 25), -1) if toks[x].low in _PLACING), None)
    claim_start = i + 2
    edits: list[tuple[int, int, str]] = []
    value = _odds_value(" ".join(lead))
    # "we see no more than even odds that the tunnel is operating by 2030"
    worded: str | None = _EVEN_WORDED.get(" ".join(lead))
    if worded is not None:
        value = 0.5
    # the clause runs at least to the value put after the claim: "puts the probability of
    # royal assent before the summer recess, which begins on 21 July, at 55%"
    value_at = claim_start
    if (
        lead == ["the"]
        and gov is not None
        and (
            toks[gov].low.startswith(("put", "rate", "estimat", "peg", "place", "judge", "assess"))
            # "Harcourt Bet has the odds of any party winning an outright majority at 4/1"
            or toks[gov].low in {"has", "have", "had"}
        )
    ):
        # "we put the probability of X at 35%", "It also rates the chance of a first-time
        # winner at 41%": the number comes after the claim
        # the "at" that a number follows: "put the chance of a reduction at the next meeting,
        # on 5 February, at about 60%"
        found = None
        for at in (
            x
            for x in range(claim_start, n)
            # not "at least one", "at the next meeting"
            if (toks[x].low == "at" and (x + 1 >= n or toks[x + 1].low not in _NOT_A_VALUE))
            # "We judge the chance of such talks starting before March to be roughly even"
            or (toks[x].low == "to" and x + 1 < n and toks[x + 1].low == "be")
        ):
            if toks[at].low == "to":
                at += 1  # the value follows "to be"
            stop = at + 1
            while stop < n and toks[stop].low not in {",", ";", ".", "—", "–", "(", "and", "but"}:
                stop += 1
            words = [t.low for t in toks[at + 1 : stop] if t.low not in {'"', "“", "”"}]
            first = at + 1
            while words and words[0] in _VALUE_HEDGES:
                words = words[1:]  # "at around 70%", "at close to one in three"
                first += 1
            value = 0.5 if words in (["even"], ["evens"]) else _odds_value(" ".join(words))
            priced = _fractional_odds(toks, first) if value is None and first < stop else None
            if priced is not None:
                value = priced[0]  # "put the odds of a Dashline win at 4/1", "at about 3/1 against"
            # "rated Norvik's chances of winning at 'better than even'"
            worded = _EVEN_WORDED.get(" ".join(words))
            if worded is not None:
                value = 0.5
            if value is not None:
                found = at - 1 if toks[at].low == "be" else at, stop, value
                break
        if found is None:
            return None
        at, stop, value = found
        value_at = at
        if stop + 1 < n and toks[stop].low == "," and toks[stop + 1].low in _NUMBER_COMMENT:
            # "at 41%, the highest figure it has produced", "at a coin flip, maybe a little
            # worse": a comment on the number
            while stop < n and toks[stop].low not in {";", ".", "—", "–"}:
                stop += 1
        edits.append((at, stop, ""))
    elif lead == ["the"] and gov is None:
        # "the chance of a cut in March is 30%", "the odds of a deal stood at one in four",
        # "the chance that it strikes down the reform is remote, at around 10%"
        cop = next(
            (x for x in range(claim_start, min(n, claim_start + 12)) if toks[x].low in _CHANCE_IS),
            None,
        )
        if cop is not None:
            at = cop + 1
            aside = (
                next((x for x in range(at + 1, min(n, at + 7)) if toks[x].low == ","), None)
                if at < n and toks[at].low == ","
                else None
            )
            if aside is not None:
                at = aside + 1  # "is, in my judgement, no better than one in ten"
            while at < n and toks[at].low in {"at", "around", "about", "roughly", "now", "only"}:
                at += 1
            stop = at
            while stop < n and toks[stop].low not in {",", ";", ".", "—", "–", "(", "and", "but"}:
                stop += 1
            value = _odds_value(" ".join(t.low for t in toks[at:stop]))
            dash = next(
                (
                    x
                    for x in range(stop, min(n - 1, stop + 6))
                    if toks[x].low in {"–", "—"}
                    or (toks[x].low == "," and toks[x + 1].low in _VALUE_HEDGES | {"at"})
                ),
                None,
            )
            if value is None and dash is not None:
                # 'the probability of X was "low but not negligible" - around 2% over the
                # next month': the number after the words
                first = dash + 1 + (toks[dash + 1].low == "at")
                after = _value_to_stop(toks, first + (toks[first].low in _VALUE_HEDGES))
                if after is not None:
                    value, stop = after
                    value_at = stop
            if value is not None:
                edits.append((cop, stop, ""))
                # "the chance that it strikes down the reform is ...": its present, a future
                present = next(
                    (
                        x
                        for x in range(claim_start + 1, cop)
                        if not of
                        and toks[x].low.endswith("s")
                        and not toks[x].low.endswith("ss")
                        and _present_lemma(toks[x].low) in _PRESENT_VERBS | {"strike"}
                    ),
                    None,
                )
                if present is not None:
                    edits.append(_future_edit(toks, present))
            elif not of:
                return None  # "the chance that X is ...": read only with its number
    core: str | None = None
    mods: list[str] = []
    for w in lead:
        if w in lw.CHANCE_ADJ:
            core = lw.CHANCE_ADJ[w]
        elif w in lw.MODIFIERS:
            mods.append(w)
    if value is not None:
        core = worded or f"{value:.4f}"
    if worded is not None:
        mods = []  # "no more than even": the words are the phrase, not a modifier of it
    if core is None or (core == "possible" and "some" in lead):
        return None  # "the chance of", "some risk of": no likelihood stated
    negated = False
    if of:
        nxt = toks[claim_start].low if claim_start < n else ""

        def gerund_claim(start: int, cut: int, stop: int, text: str, owner: int | None) -> Cue:
            """The claim from ``start``, with the words ``cut``-``stop`` (up to the gerund)
            replaced: "... Reform ... of coming first" -> "Reform will come first"."""
            return Cue(
                head=head,
                verb=max(stop, value_at),
                kind="chance",
                core=core,
                mods=tuple(mods),
                claim_start=start,
                gov=owner,
                edits=[(cut, stop, text), *edits],
            )

        if (
            given is not None
            and nxt.endswith("ing")
            and (toks[given[0]].text[:1].isupper() or toks[given[0]].low == "the")
        ):
            # "the model gives Reform a one in three chance of coming first"
            return gerund_claim(given[0], given[1], claim_start + 1, f"will {_ing_lemma(nxt)}", gov)
        if poss is not None:
            if not nxt.endswith("ing"):
                return None  # "England's chance of a win": read only with a verb
            name = _POSSESSIVE_SUBJECT.get(toks[poss].low) or re.sub(r"['’]s$", "", toks[poss].text)
            # "puts England's chance of winning the series at 71%"
            return gerund_claim(poss, poss, claim_start + 1, f"{name} will {_ing_lemma(nxt)}", gov)
        ing = next(
            # "the chance of a multi-year sharing deal being signed": the verb is "being"
            (x for x in range(claim_start + 1, min(n, claim_start + 9)) if toks[x].low == "being"),
            None,
        ) or next(
            (
                x
                # "the odds of the 2035 phase-out date for new gas boilers surviving to ..."
                for x in range(claim_start + 1, min(n, claim_start + 10))
                if toks[x].low.endswith("ing") and _WORDISH.match(toks[x].low)
            ),
            None,
        )
        if ing is not None and (
            all(
                t.text[:1].isupper() or (x == claim_start and t.low == "the")
                for x, t in enumerate(toks[claim_start:ing], start=claim_start)
            )
            # "the odds of the strike going ahead" -> "the strike will go ahead"
            or (
                nxt in {"the", "a", "an", "such", "any", "further", "new"}
                and ing >= claim_start + 2
            )
        ):  # "the chance of England winning the series" -> "England will win the series"
            owner = None if gov is not None and toks[gov].low in _HAVE_CHANCE else gov
            return gerund_claim(
                claim_start, ing, ing + 1, f"will {_ing_lemma(toks[ing].low)}", owner
            )
        if gov is not None and toks[gov].low in _HAVE_CHANCE and nxt.endswith("ing"):
            # "Labour has a good chance of winning" -> "Labour will win"
            lemma = _ing_lemma(nxt)
            return Cue(
                head=gov,
                verb=claim_start + 1,
                kind="adj_to",
                core=core,
                mods=tuple(mods),
                negated=negated,
                edits=[(gov, claim_start + 1, f"will {lemma}"), *edits],
            )
        edits.append((n, n, "<of>"))
    else:
        # "imply a 70% probability that Brackwell is eventually sold": a present for a future
        edits += _as_future(toks, claim_start, passive=True)
    if gov is not None and toks[gov].low in _HAVE_CHANCE:
        gov = None
    return Cue(
        head=head,
        verb=max(claim_start, value_at),
        kind="chance",
        core=core,
        mods=tuple(mods),
        negated=negated,
        claim_start=claim_start,
        gov=gov,
        edits=edits,
    )


_CHANCE_IS = lw._words("is are was were stood stands remains remain")
_OUTCOME_NOUNS = lw._words("outcome outcomes scenario result")


def _outcome_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "The most likely outcome is X", "X is the most likely outcome"."""
    n = len(toks)
    if i == 0 or toks[i - 1].low not in {"likely", "likeliest", "probable"}:
        return None
    j = i - 2
    mods: list[str] = []
    while j >= 0 and toks[j].low in lw.MODIFIERS:
        mods.append(toks[j].low)
        j -= 1
    if j < 0 or toks[j].low not in {"the", "a", "our", "my", "their", "its", "his", "her"}:
        return None
    det = j
    core = "likely" if toks[i - 1].low != "probable" else "probable"
    mods = [m for m in mods if m != "most"]
    # "X is the most likely outcome"
    if det > 0 and toks[det - 1].low in lw.COPULAS and det > 1:
        return Cue(
            head=det - 1,
            verb=i + 1,
            kind="predicative",
            core=core,
            mods=tuple(mods),
            edits=[(det - 1, i + 1, "will happen")],
        )
    # "the most likely outcome (of the talks) is X"
    k = i + 1
    stated: float | None = None
    while k < n and k < i + 12 and toks[k].low not in lw.COPULAS:
        if toks[k].low == "," and stated is None:
            # "The most probable outcome, at around 60%, is that ...": the number in an aside
            close = next((x for x in range(k + 1, min(n, k + 7)) if toks[x].low == ","), None)
            words = [t.low for t in toks[k + 1 : close]] if close is not None else []
            stated = _odds_value(" ".join(words))
            if close is not None and stated is not None:
                k = close + 1
                continue
        if toks[k].low in {",", ";", ".", "—", "–"}:
            return None
        k += 1
    if k >= n or toks[k].low not in {"is", "remains", "'s", "was", "seems", "looks"}:
        return None
    start = k + 1
    if stated is not None:
        core, mods = f"{stated:.4f}", []
    if start < n and toks[start].low == "that":
        start += 1
        return Cue(
            head=det,
            verb=start,
            kind="it_that",
            core=core,
            mods=tuple(mods),
            claim_start=start,
            edits=_as_future(toks, start),  # "is that Mwangura wins in the first round"
        )
    if start >= n or (not _WORDISH.match(toks[start].low) and toks[start].low[:1] not in "$£€"):
        return None
    return Cue(
        head=det,
        verb=start,
        kind="nominal",
        core=core,
        mods=tuple(mods),
        claim_start=start,
        edits=[(start, start, "<nominal>")],
    )


_SURPRISE_PAST = {
    "rose": "rise",
    "fell": "fall",
    "went": "go",
    "grew": "grow",
    "won": "win",
    "lost": "lose",
    "came": "come",
    "took": "take",
    "got": "get",
    "made": "make",
    "began": "begin",
    "broke": "break",
    "saw": "see",
    "left": "leave",
    "kept": "keep",
    "stayed": "stay",
    "held": "hold",
    "paid": "pay",
    "sold": "sell",
    "bought": "buy",
    "found": "find",
    "ran": "run",
    "met": "meet",
    "brought": "bring",
    "gave": "give",
    "became": "become",
    "led": "lead",
    "built": "build",
    "spent": "spend",
    "struck": "strike",
    "stood": "stand",
    "drew": "draw",
    "sank": "sink",
    "shrank": "shrink",
    "slid": "slide",
    "sought": "seek",
    "fought": "fight",
    "threw": "throw",
    "wrote": "write",
    "chose": "choose",
}
_SURPRISE_LEAD = lw._words("would wouldn't 'd not n't never i'd we'd he'd she'd they'd very really")
_SURPRISE_SAME = lw._words("cut hit put set let shut spread quit")


_SURPRISE_AUX = {
    "didn't": (True, "will"),
    "don't": (True, "will"),
    "doesn't": (True, "will"),
    "wasn't": (True, "will be"),
    "weren't": (True, "will be"),
    "isn't": (True, "will be"),
    "aren't": (True, "will be"),
    "won't": (True, "will"),
    "wouldn't": (True, "will"),
    "couldn't": (True, "will"),
    "would": (False, "will"),
    "will": (False, "will"),
    "could": (False, "will"),
    "is": (False, "will be"),
    "are": (False, "will be"),
}


_FACE_TIME = re.compile(
    r"^(?:this|next|the coming|coming|the next)\s+(?:summer|winter|spring|autumn|year|week|month"
    r"|weekend|season|decade|few)|^(?:within|by)\b|^in the (?:coming|next|months|weeks|years)"
    r"|^(?:soon|tomorrow)\b|^from (?:next|april|january)"
)


def _face_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "Millions of households face a hosepipe ban this summer": news register for a
    forecast, read only when a time ahead follows ("this summer", "within weeks")."""
    n = len(toks)
    if i == 0 or toks[i].text[:1].isupper():
        return None
    prev = toks[i - 1].low
    if prev in lw.MODALS or prev in lw.AUX | {
        "to",
        "the",
        "a",
        "an",
        "'s",
        "and",
        "or",
        "not",
        "n't",
    }:
        return None
    if not (_WORDISH.match(prev) or prev[:1].isdigit()) or prev in lw.PRONOUNS - {"they", "it"}:
        return None
    for k in range(i + 1, min(n, i + 14)):
        if toks[k].low in {",", ";", ".", ":", "—", "–", "but", "because", "after", "if"}:
            return None
        tail = " ".join(t.low for t in toks[k : k + 3])
        if _FACE_TIME.match(tail):
            return Cue(
                head=i,
                verb=i,
                kind="modal",
                core="will",
                modal="will",
                edits=[(i, i + 1, "will face")],
            )
    return None


_SHOULD_VERBS = (lw.MARKET_VERBS - {"be"}) | lw._words(
    "hold pick ease improve recover remain stay continue peak slow help boost settle "
    "stabilise stabilize return outpace outperform support lift weigh level bottom account "
    "represent edge drift tick creep start begin sell keep enter arrive come follow"
)
_SHOULD_CONTEST = lw._words("win beat edge prevail triumph reach qualify progress advance")
_PLACINGS = lw._words(
    "final first top cut podium semi-finals semis playoffs play-offs places frame"
)
_MODEL_NAME = re.compile(r"^[a-z][a-z0-9'-]*$")
_WHERE_PREPS = lw._words("in at near along on from")  # "Output from Wa State should"
_SHOULD_SUBJECT_NOT = lw._words("we you i they he she who which that this these those and or but")


def _should_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "Rents in the best buildings should hold up", "inflation should ease": the
    expectation "should", read only for markets and outcomes, never for advice ("the
    government should act")."""
    n = len(toks)
    if i == 0:
        return None
    j = i + 1
    while j < n and (
        toks[j].low in lw.ADVERBS or [t.low for t in toks[j : j + 2]] == ["at", "least"]
    ):
        j += 2 if toks[j].low == "at" else 1
    again = any(toks[x].low in {"again", "still"} for x in range(i + 1, j))
    contest = (
        j < n
        and (
            toks[j].low in _SHOULD_CONTEST
            # "Brevna should see its strongest summer yet": a record season, not advice
            or (
                toks[j].low == "see"
                and j + 2 < n
                and toks[j + 1].low in {"its", "their", "the", "a"}
                and (toks[j + 2].low.endswith("est") or toks[j + 2].low in {"best", "worst"})
            )
            # "Millbridge should have too much for Port Carrow": a tip on a match
            or [t.low for t in toks[j : j + 3]] == ["have", "too", "much"]
            # "she should at least make the first two": a place in the result
            or (
                toks[j].low == "make"
                and j + 2 < n
                and toks[j + 1].low == "the"
                and toks[j + 2].low in _PLACINGS
            )
        )
    )
    # "should again be the bright spot": what was so before, expected again
    if j >= n or not (toks[j].low in _SHOULD_VERBS or contest or (again and toks[j].low == "be")):
        return None
    if toks[j].low == "come" and j + 1 < n and toks[j + 1].low == "from":
        return None  # "expenditure should come from tax revenues": a rule, not a forecast
    k = i - 1
    while k >= 0 and toks[k].low in lw.ADVERBS:
        k -= 1
    if k > 0 and toks[k].low == ",":
        # "Inflation, at 7.9%, should fall below 5%": the subject before the aside
        opening = next((x for x in range(k - 1, max(-1, k - 12), -1) if toks[x].low == ","), None)
        if opening is not None and opening > 0:
            k = opening - 1
    place = k
    while place > 0 and toks[place].text[:1].isupper() and toks[place - 1].text[:1].isupper():
        place -= 1
    if place >= 2 and toks[place].text[:1].isupper() and toks[place - 1].low in _WHERE_PREPS:
        # "the 28-nanometre line in Dresden should enter production", "The defences along
        # Quay Street, raised by 60cm in 2019, should hold": the head before the place
        k = place - 2
    subj = toks[k].low if k >= 0 else ""
    if (
        not _MODEL_NAME.match(subj)  # "inflation", "the C9"
        # "He has a kind draw and should reach the quarter-finals": a player's prospects
        or (subj in _SHOULD_SUBJECT_NOT and not (contest and subj in {"he", "she", "they"}))
        or subj in lw.AGENT_NOUNS
        or subj in lw.POLITICAL_ACTORS
        # "Britain should act" is advice; "Vento Azzurro should edge it" a tip
        or (toks[k].text[:1].isupper() and k > 0 and toks[k - 1].low != "the" and not contest)
    ):
        return None
    return Cue(
        head=i,
        verb=j,
        kind="modal",
        core="probably",
        modal="should",
        edits=[(i, i + 1, "will")],
    )


_NONE_OF = {"neither": "either", "none": "any"}
_ASIDE_ADVERBS = lw._words("however though therefore also still")
# "would be a surprise if", "would be surprising if": the same, as a noun or an adjective
_SURPRISED = lw._words(
    "surprised amazed astonished shocked stunned surprise surprising shock shocking astonishing"
)


def _has_rising_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "(Its central scenario) has demand rising to 8.5 GW in 2030": "Demand will rise to
    8.5 GW in 2030", the scenario's figure."""
    for k in range(i + 2, min(len(toks) - 1, i + 8)):
        low = toks[k].low
        if not _WORDISH.match(low):
            return None
        lemma = _ing_lemma(low) if low.endswith("ing") else ""
        if lemma in lw.MARKET_VERBS and toks[k + 1].low in {"to", "by"}:
            return Cue(
                head=i,
                verb=k,
                kind="hedge_obj",
                core="expect",
                label="points to",
                claim_start=i + 1,
                gov=i,
                edits=[(k, k + 1, f"will {lemma}")],
            )
    return None


def _placed_figure(toks: list[Tok], i: int) -> Cue | None:
    """ "(its forecast) puts GB milk production at 12.9 billion litres": "GB milk production
    will be 12.9 billion litres"; not a chance ("puts the chance of X at 30%")."""
    n = len(toks)
    if any(t.low in _CHANCE_WORDS for t in toks[i + 1 : i + 3]):
        return None
    for at in range(i + 2, min(n - 1, i + 10)):
        if toks[at].low in {",", ";", "."}:
            return None
        if toks[at].low == "at" and (toks[at + 1].low[:1].isdigit() or toks[at + 1].low in "£$€"):
            return Cue(
                head=i,
                verb=at + 1,
                kind="hedge_obj",
                core="expect",
                label="points to",  # whose the forecast is: see `_attribute`
                claim_start=i + 1,
                gov=i,
                edits=[(at, at + 1, "will be")],
            )
    return None


# ", which this newspaper has seen,", ", built with the institute's model,"
_ASIDE_LEADS = lw._words("which that built made drawn run written taken seen given known")


def _before_aside(toks: list[Tok], i: int) -> int:
    """The token before ``i``, or before the aside that ends there (", which this newspaper
    has seen,", ", published last week,")."""
    if toks[i - 1].low != ",":
        return i - 1
    for k in range(i - 2, max(0, i - 14), -1):
        if toks[k].low == ",":
            # ", which this newspaper has seen,", ", published last week,"
            aside = toks[k + 1].low in _ASIDE_LEADS or toks[k + 1].low.endswith("ed")
            return k - 1 if aside else i - 1
    return i - 1


def _relative_aside(toks: list[Tok], k: int) -> int | None:
    """The closing comma of ", which published its plans on Monday," opening at ``k``."""
    if k + 1 >= len(toks) or toks[k + 1].low not in {"which", "who", "whose"}:
        return None
    for x in range(k + 2, min(len(toks), k + 20)):
        if toks[x].low in {";", ".", "—", "–"}:
            return None
        if toks[x].low == ",":
            return x
    return None


def _surprise_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "I'd be surprised if fares didn't rise again" (claim: fares will rise, likely);
    "I would be very surprised if the bank cut rates" (claim: it will cut, very unlikely);
    "I wouldn't be surprised if X" (claim X, a real possibility)."""
    n = len(toks)
    be = i - 1
    while be > 0 and toks[be].low in {
        "very",
        "really",
        "extremely",
        "quite",
        "pretty",
        "genuinely",
        "a",
        "big",
        "real",
        "major",
        "huge",
    }:
        be -= 1
    seen = (
        i + 3 < n
        and [t.low for t in toks[i + 1 : i + 3]] == ["to", "see"]
        and toks[i + 3].low in {"a", "an", "another", "further", "more", "some", "new"}
    )
    if be < 1 or toks[be].low != "be" or i + 1 >= n or (toks[i + 1].low != "if" and not seen):
        return None
    before = [t.low for t in toks[max(0, be - 3) : i]]
    # "Don't be surprised if they have all gone within a fortnight": the writer's own "I
    # wouldn't be surprised"
    told = be > 0 and toks[be - 1].low in {"don't", "do"} and (be == 1 or toks[be - 2].low == ",")
    if not told and not any(w in {"would", "'d", "wouldn't"} or w.endswith("'d") for w in before):
        return None  # "was surprised if": not a forecast
    outer_neg = told or any(w in {"not", "wouldn't", "never"} for w in before)
    if seen:
        # "we would not be surprised to see a new all-time high in the second quarter"
        head = be
        while head > 0 and head > be - 4 and toks[head - 1].low in lw.PRONOUNS | _SURPRISE_LEAD:
            head -= 1
        return Cue(
            head=head,
            verb=i + 3,
            kind="nominal",
            core="real possibility" if outer_neg else "very unlikely",
            claim_start=i + 3,
            edits=[(i + 3, i + 3, "<nominal>")],
        )
    start = i + 2
    inner_neg = False
    edits: list[tuple[int, int, str]] = []
    limit = min(n, start + 9)
    k = start
    while k + 1 < limit:
        k += 1
        low = toks[k].low
        aside = _relative_aside(toks, k) if low == "," else None
        if aside is not None:
            # "if the payments company Vellum Pay, which published its intention to float on
            # Monday, did not list": the verb comes after the aside
            limit = min(n, limit + aside - k)
            k = aside
            continue
        if low in {",", ";", ".", "—", "–", "and", "but"}:
            return None
        nxt = toks[k + 1].low if k + 1 < n else ""
        if low in {"did", "do", "does", "was", "were", "is", "are"} and nxt == "not":
            inner_neg = True
            rep = "will be" if low in {"was", "were", "is", "are"} else "will"
            edits = [(k, k + 2, rep)]
            break
        if low in _SURPRISE_AUX:
            inner_neg, rep = _SURPRISE_AUX[low]
            if nxt == "not":
                inner_neg = True
                edits = [(k, k + 2, rep)]
            else:
                edits = [(k, k + 1, rep)]
            break
        if low in {"were", "was"} and nxt == "to":
            edits = [(k, k + 2, "will")]
            break
        if low in {"have", "has"} and k > start:
            edits = [(k, k + 1, "will have")]  # "if they have all gone within a fortnight"
            break
        if low in _SURPRISE_PAST:
            edits = [(k, k + 1, f"will {_SURPRISE_PAST[low]}")]
            break
        if low in _SURPRISE_SAME:
            edits = [(k, k + 1, f"will {low}")]
            break
        stem = _present_lemma(low) if low.endswith("s") and not low.endswith("ss") else ""
        if (
            stem in _PRESENT_VERBS - {"be", "have"}
            and k > start
            and toks[k - 1].low not in lw.DETERMINERS
        ):
            # "I would be surprised if anyone moves in before 2028": a present for a future
            edits = [(k, k + 1, f"will {stem}")]
            break
        if low in _PRESENT_VERBS - {"be", "have"} and k > start and toks[k - 1].low.endswith("s"):
            edits = [(k, k + 1, f"will {low}")]  # "if prices fall this year"
            break
        if low.endswith("ed") and len(low) > 4 and toks[k].text[:1].islower():
            stem = (
                low[:-1]
                if low[:-2].endswith(("at", "as", "iz", "is", "ov", "uc", "ag"))
                else low[:-2]
            )
            edits = [(k, k + 1, f"will {stem}")]
            break
    if not edits:
        return None
    if outer_neg:
        if inner_neg:
            return None
        core = "real possibility"
    elif inner_neg:
        core = "very likely"  # surprise at the opposite: about four chances in five
    else:
        core = "very unlikely"
    head = be - 1 if told else be
    while head > 0 and head > be - 4 and toks[head - 1].low in lw.PRONOUNS | _SURPRISE_LEAD:
        head -= 1  # the quote starts at "I'd be surprised", "he would not be surprised"
    return Cue(
        head=head,
        verb=edits[0][1],
        kind="it_that",
        core=core,
        claim_start=start,
        edits=edits,
    )


_JUDGE_VERBS = lw._words(
    "think thinks thought consider considers considered judge judges judged believe believes "
    "believed deem deems deemed find finds found assess assesses assessed"
)
_MOVED = lw._words(
    "fallen risen fell rose dropped climbed increased decreased slipped jumped edged moved "
    "shortened lengthened narrowed"
)


def _judge_it_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "We think it unlikely that she will finish first", "analysts consider it likely
    that rates rise": the estimate is the object complement of the judging verb."""
    n = len(toks)
    j = i + 1
    mods: list[str] = []
    while j < n and toks[j].low in lw.MODIFIERS:
        mods.append(toks[j].low)
        j += 1
    if j + 1 >= n or toks[j].low not in lw.IT_THAT:
        return None
    that = j + 1
    label = ""
    core, mods = _fold_certain(lw.IT_THAT[toks[j].low], mods)
    if mods == ["more"] and [t.low for t in toks[that : that + 2]] == ["than", "not"]:
        # "we judge it more likely than not that both states will expand their fleets"
        core, mods, that = "better than even", [], that + 2
    if toks[that].low == "(":
        # "We judge it likely (60-70%) that ...": the stated number wins over the word
        close = next((x for x in range(that + 1, min(n, that + 9)) if toks[x].low == ")"), None)
        if close is None:
            return None
        stated, _ = _bracketed_percent(toks, that)
        if stated is not None:
            core = f"{stated:.4f}"
            label = " ".join(t.text for t in toks[that + 1 : close]).replace(" ", "")
        that = close + 1
    elif toks[that].low == ",":
        # "We judge it likely, at around 70%, that ...": the number in a comma aside
        close = next((x for x in range(that + 1, min(n, that + 7)) if toks[x].low == ","), None)
        words = [t.low for t in toks[that + 1 : close]] if close is not None else []
        num = next((w for w, nxt in itertools.pairwise(words) if nxt == "%"), None)
        if close is not None and num is not None and set(words) <= _ASIDE_HEDGES | {num, "%"}:
            stated = float(num) / 100 if num.replace(".", "", 1).isdigit() else None
            if stated is not None and 0 < stated <= 1:
                core, label, that = f"{stated:.4f}", f"{num}%", close + 1
    if that >= n or toks[that].low != "that":
        return None
    head = i - 1
    if head > 0 and toks[head - 1].low in lw.PRONOUNS | {"we", "i", "they"}:
        head -= 1
    return Cue(
        head=head,
        verb=that + 1,
        kind="it_that",
        core=core,
        mods=tuple(mods),
        label=label,
        claim_start=that + 1,
        gov=i - 1,
    )


def _moved_odds_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "The odds of a cut in March have fallen to around 20%": the market's new price."""
    n = len(toks)
    if i == 0 or toks[i - 1].low != "the" or i + 1 >= n or toks[i + 1].low != "of":
        return None
    for k in range(i + 2, min(n - 2, i + 14)):
        if toks[k].low in {",", ";", ".", "—", "–"}:
            return None
        if toks[k].low in _MOVED and toks[k + 1].low == "to":
            stop = k + 2
            while stop < n and toks[stop].low not in {",", ";", ".", "—", "–", "from", "and"}:
                stop += 1
            value = _odds_value(" ".join(t.low for t in toks[k + 2 : stop]))
            if value is None:
                return None
            first = k - 1 if toks[k - 1].low in {"have", "has", "had"} else k
            return Cue(
                head=i - 1,
                verb=i + 2,
                kind="chance",
                core=f"{value:.4f}",
                claim_start=i + 2,
                edits=[(first, stop, ""), (n, n, "<of>")],
            )
    return None


def _odds_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "Odds are that X", "the odds are X will happen"."""
    n = len(toks)
    j = i + 1
    if j >= n or toks[j].low not in {"are", "were"}:
        return None
    j += 1
    if j < n and toks[j].low in {"against", "on", "good", "high", "low", "long", "short", "in"}:
        return None
    if j < n and toks[j].low == "that":
        j += 1
    if j >= n or not _WORDISH.match(toks[j].low):
        return None
    head = i - 1 if i > 0 and toks[i - 1].low == "the" else i
    return Cue(head=head, verb=j, kind="it_that", core="likely", claim_start=j)


# a one-syllable stem ending in a single vowel and a consonant lost an "e" before "-ing"
_SHORT_E_STEM = re.compile(r"[^aeiouy]*[aeiou][^aeiouwxy]")


def _ing_lemma(word: str) -> str:
    """ "rising" -> "rise", "falling" -> "fall", "winning" -> "win"."""
    stem = word[:-3] if word.endswith("ing") else word
    known = lw.OUTCOME_VERBS | lw.EFFECT_VERBS | lw.EVENT_VERBS | lw.MARKET_VERBS
    options = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        options.insert(0, stem[:-1])
    for option in options:
        if option in known:
            return option
    if (
        len(stem) > 2
        and stem[-1] == stem[-2]
        and stem[-1] not in "lsz"
        and not (len(stem) == 3 and stem[0] in "aeiou")
    ):
        return stem[:-1]  # "betting" -> "bet"; not "selling", "adding"
    if _SHORT_E_STEM.fullmatch(stem):
        return stem + "e"  # "trading" -> "trade", "hoping" -> "hope"
    return stem + "e" if stem.endswith(("at", "iz", "is", "ur", "v", "c", "rg", "dg")) else stem


_PLACE_PREPS = lw._words("in at across under like")
_NOUN_NEXT = lw._words(
    "is are was were has have had of says said show shows showed suggest suggests "
    "suggested indicate indicates published released"
)


def _last_week_after_subject(toks: list[Tok], k: int) -> bool:
    """ "last week" at ``k`` after a subject ("The forum last week projected"), not "its last
    forecast" or "last month's forecast"."""
    return (
        k > 0
        and k + 1 < len(toks)
        and toks[k + 1].low in _WHEN_WORDS
        and toks[k - 1].low not in lw.DETERMINERS | {"its", "their", "his", "her", "our"}
    )


def _short_name_brackets(toks: list[Tok], k: int) -> int | None:
    """The index of the ")" closing a bracketed short name opened at ``k`` ("(CBO)",
    "(the ECB)"), or None."""
    for x in range(k + 1, min(len(toks), k + 5)):
        if toks[x].low == ")":
            inner = toks[k + 1 : x]
            named = inner and all(t.text[:1].isupper() or t.low == "the" for t in inner)
            return x if named else None
    return None


def _with_subject(toks: list[Tok], i: int) -> bool:
    """ "with" and a short noun phrase just before ``i``: "With the central bank expecting"."""
    for k in range(i - 1, max(-1, i - 6), -1):
        if toks[k].low == "with":
            return k < i - 1
        if not (_WORDISH.match(toks[k].low) or toks[k].text[:1].isupper()):
            return False
    return False


_VALUE_START = re.compile(r"[$£€\d]|(?:between|around|about|roughly|just|at)$")


def _forecast_for_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "Her team raised its forecast for the 2026 average price to $10,800 a tonne from
    $10,200": the quantity will be the new figure (the old one dropped)."""
    n = len(toks)
    if i + 2 >= n or toks[i + 1].low != "for":
        return None
    to = next(
        (x for x in range(i + 3, min(n - 1, i + 12)) if toks[x].low in {"to", ",", ";", "."}),
        None,
    )
    if to is None or toks[to].low != "to" or not _VALUE_START.match(toks[to + 1].low):
        return None
    edits = [(to, to + 1, "will be")]
    base = next((x for x in range(to + 2, min(n, to + 8)) if toks[x].low == "from"), None)
    if base is not None:
        stop = next((x for x in range(base, n) if toks[x].low in {",", ";", ".", "and"}), n)
        edits.append((base, stop, ""))
    return Cue(
        head=i,
        verb=to,
        kind="hedge_obj",
        core="expect",
        claim_start=i + 2,
        gov=i,
        edits=edits,
    )


def _expect_cue(toks: list[Tok], i: int) -> Cue | None:
    """ "analysts expect growth to slow", "the IMF forecasts growth of 4%"."""
    n = len(toks)
    low = toks[i].low
    prev = toks[i - 1].low if i else ""
    if low == "forecast" and prev in {"its", "their", "his", "her", "our", "my"}:
        return _forecast_for_cue(toks, i)  # a noun: "raised its forecast for X to Y"
    if low.endswith("ing") and i > 1 and prev.endswith("ly") and toks[i - 2].low in {"is", "are"}:
        prev = toks[i - 2].low  # "Meridian is publicly forecasting a $120m opening"
    if (
        low.endswith("ing")
        and prev not in {"is", "are", "was", "were", "'s", "'re", "now"}
        # "published its first estimate last week, forecasting production of 1.37 million
        # tonnes": a participle after a comma, with a figure
        and not (prev == "," and any(t.low[:1].isdigit() for t in toks[i + 1 : i + 6]))
        # "With the central bank expecting inflation to fall to 2.6%": whose expectation
        and not (low == "expecting" and _with_subject(toks, i))
    ):
        return None  # "economic forecasting": a noun
    if low in {"forecast", "forecasts"} and (
        prev.endswith("ing")
        or (i + 1 < n and toks[i + 1].low in {"is", "are", "was", "were", "had", "has", "of"})
    ):
        return None  # "missing forecasts of 53.7", "the inflation forecast were": nouns
    if i + 1 < n and (
        toks[i + 1].low in _NOUN_NEXT
        or (low == "forecasts" and toks[i + 1].low == "for")
        # "New projects in Salta and Catamarca may add 60,000 tonnes": the noun
        or (low == "projects" and toks[i + 1].low in _PLACE_PREPS)
    ):
        return None  # "the 20 biggest projects says", "that project is", "sales forecasts for"
    if prev in {
        "than",
        "as",
        "the",
        "a",
        "an",
        "had",
        "been",
        "be",
        "is",
        "are",
        "was",
        "were",
        "of",
        "what",
        "'s",
    } and not (
        low.endswith("ing")
        and (
            prev in {"is", "are"}
            # "GM said it was expecting ...": a back-shifted present, not a past expectation
            or (
                prev in {"was", "were"}
                and i >= 3
                and toks[i - 2].low in {"it", "he", "she", "they", "we"}
                and toks[i - 3].low in lw.SAY_VERBS
            )
        )
    ):
        return None
    if i == 0 and toks[i].text[0].isupper() and low != "expect":
        return None  # "Forecasts show ...": a noun ("Expect delays": the writer's imperative)
    if (
        low in {"forecast", "predicted", "projected", "expected", "anticipated"}
        and (
            any(
                t.low in {"had", "previously", "earlier", "ago"}
                # "The forum last week projected production at 808 million tonnes": when the
                # forecast was made, not a forecast gone by ("its last forecast")
                or (t.low == "last" and not _last_week_after_subject(toks, x))
                for x, t in enumerate(toks[max(0, i - 3) : i], start=max(0, i - 3))
            )
            or (i + 1 < n and toks[i + 1].low == "by")
            or prev[:1].isdigit()
            or prev == "%"
        )
    ):
        return None  # "had previously forecast", "last month forecast", "the 47.3% forecast by"
    if prev == "don't" and (i == 1 or toks[i - 2].low in {",", ":", ";", "?", "so"}):
        # "Don't expect the car tariff to disappear entirely": the writer's own negated hedge
        prev = "not"
    speaker = i - 2
    while speaker > 0 and (toks[speaker].low in lw.ADVERBS or toks[speaker].low.endswith("ly")):
        speaker -= 1  # "I honestly don't expect"
    if (
        prev in {"don't", "doesn't", "didn't", "wouldn't"}
        and i > 1
        and toks[speaker].low in {"i", "we", "they", "he", "she", "it"}
    ):
        # "I don't expect the lenders to change their minds", "I wouldn't expect rates to
        # fall further": a negated hedge
        prev = "not"
    if (
        prev
        in {
            "to",
            "cannot",
            "can't",
            "can",
            "could",
            "should",
            "must",
            "don't",
            "entitled",
            "would",
            "might",
            "may",
            "will",
            "also",
        }
        and prev != "also"
        # "I would expect prices to rise": a speaker's hedged expectation
        and not (prev == "would" and i > 1 and toks[i - 2].low in {"i", "we"})
        # "most economists I speak to expect": "to" ends a relative clause
        and not (prev == "to" and i > 1 and toks[i - 2].low in _TALK_VERBS)
    ) or (i > 1 and toks[i - 2].low in {"to", "cannot"}):
        return None
    j = i + 1
    if (
        j + 1 < n
        and toks[j].low == "to"
        and toks[j + 1].low in _GUIDANCE_VERBS
        and any(t.low[:1].isdigit() for t in toks[j + 2 : j + 10])
        and low.startswith("expect")
    ):
        # "Varenne now expects to deliver between 38 and 42 aircraft this year": guidance,
        # a forecast of an outcome the firm does not fully control
        return Cue(
            head=i,
            verb=j + 1,
            kind="adj_to",
            core="expect",
            gov=i,
            edits=[(i, j + 1, "will")],
        )
    # "expects that number to peak at 4,500": "that" as a determiner of the object
    det_object = (
        j + 2 < n
        and toks[j].low in {"that", "this"}
        and toks[j + 1].text[:1].islower()
        and toks[j + 1].low not in lw.PRONOUNS
        # "expect this spring's total summits from both sides to be between 700 and 800"
        and (toks[j + 2].low == "to" or toks[j + 1].low.endswith(("'s", "’s")))
    )
    if (
        j + 3 < n
        and [t.low for t in toks[j : j + 2]] == ["to", "see"]
        and toks[j + 2].low in {"a", "an", "any", "the", "more", "further", "another", "no"}
        and low.startswith("expect")
    ):
        # "I honestly don't expect to see a car in that tunnel before 2028": what will be seen
        return Cue(
            head=i,
            verb=j + 2,
            kind="nominal",
            core=_hedge_core(low),
            claim_start=j + 2,
            gov=i,
            edits=[(j + 2, j + 2, "<nominal>")],
        )
    if (
        j < n
        and toks[j].low in {"that", ",", ".", "to", "in", "on", "it", "this", "so"}
        and not (toks[j].low in {"it", "this"} and j + 1 < n and toks[j + 1].low == "to")
        and not det_object
    ):
        if toks[j].low == "that" and j + 2 < n and toks[j + 1].low == "to":
            # "We expect that to pass 140,000 by March": "that", the figure just given
            if not _WORDISH.match(toks[j + 2].low):
                return None
            return Cue(
                head=i,
                verb=j + 2,
                kind="hedge_obj",
                core=_hedge_core(low),
                claim_start=j,
                gov=i,
                edits=[(j + 1, j + 2, "will")],
            )
        return None  # that-clauses go through the modal path; "expects to" is an intention
    # object NP then "to" + verb
    k = j
    limit = j + 14
    while k < n and k < limit:
        tk = toks[k].low
        close = _aside_before_to(toks, k) if tk == "," else None
        if close is not None:
            limit += close - k  # an aside does not count against the object's length
            k = close + 1  # "expected the mid-crop, harvested from April, to be the largest"
            continue
        shut = _short_name_brackets(toks, k) if tk == "(" else None
        if shut is not None:
            limit += shut - k  # "expect the Central Bank of Ostland (CBO) to lower the rate"
            k = shut + 1
            continue
        if (
            tk in {",", ";", ".", ":", "—", "–", "(", "that", "which", "who", "and", "but"}
            and not (tk == "and" and k > j and toks[k - 1].low not in {","})
            # "any recommendation from that panel to cover": "that" as a determiner
            and not (tk == "that" and toks[k - 1].low in {"from", "of", "by", "for", "with", "at"})
            and not (k == j and det_object)
        ):
            break
        if (
            tk == "to"
            and k > j
            and k + 1 < n
            and _WORDISH.match(toks[k + 1].low)
            and toks[k + 1].low not in lw.NON_VERBS
            and toks[k + 1].text[:1].islower()  # "in the year to September 2026": a date
        ):
            neg_inner = toks[k + 1].low == "not"
            return Cue(
                head=i,
                verb=k + 1,
                kind="hedge_obj",
                core=_hedge_core(low),
                claim_start=j,
                gov=i,
                edits=[(k, k + 2 if neg_inner else k + 1, "will not" if neg_inner else "will")],
            )
        k += 1
    if low.startswith(("envisag", "see", "sees", "expect")):
        # "our central case envisages prices rising to $8,800"
        for k in range(j + 1, min(n, j + 8)):
            tk = toks[k].low
            if tk in {",", ";", ".", ":", "—", "–", "that", "which", "who", "to"}:
                break
            if tk.endswith("ing") and toks[k - 1].low not in lw.DETERMINERS | {"the", "a", "an"}:
                lemma = _ing_lemma(tk)
                if lemma in lw.MARKET_VERBS | lw.EFFECT_VERBS | lw.OUTCOME_VERBS:
                    return Cue(
                        head=i,
                        verb=k,
                        kind="hedge_obj",
                        core=_hedge_core(low),
                        claim_start=j,
                        gov=i,
                        edits=[(k, k + 1, f"will {lemma}")],
                    )
                break
    if low in {"see", "sees"}:
        if prev in lw.POLICY_NOUNS:
            return None  # "the deal sees Rosneft receive $6bn" describes the deal
        at = next((x for x in range(j + 1, min(n - 2, j + 7)) if toks[x].low == "at"), None)
        if (
            at is not None
            and re.search(r"\d", toks[at + 1].low + toks[at + 2].low)
            and all(_WORDISH.match(t.low) or t.text[:1].isupper() for t in toks[j:at])
        ):
            # "we see the March contract at $5,400/t by end-March": where it will be
            return Cue(
                head=i,
                verb=at + 1,
                kind="hedge_obj",
                core=_hedge_core(low),
                claim_start=j,
                gov=i,
                edits=[(at, at + 1, "will be at")],
            )
        tail = " ".join(t.low for t in toks[j : j + 5])
        if not re.search(r"\d", tail):
            return None
    obj = " ".join(t.low for t in toks[j : j + 10])
    if not _NOMINAL_OBJECT.search(obj) or _CHANCE_OBJECT.match(obj):
        return None  # "sees a 30% probability that X": the chance noun carries it
    subj_prev = prev
    back = i - 1
    while back > 0 and toks[back].low in lw.ADVERBS:
        back -= 1
        subj_prev = toks[back].low  # "it now expected revenue of ..."
    if (
        low.endswith("ed")
        and subj_prev not in {"it", "he", "she", "they", "we"}
        and not (low in {"predicted", "projected"} and re.search(r"\d", obj))
    ):
        return None
    return Cue(
        head=i,
        verb=j,
        kind="nominal",
        core=_hedge_core(low),
        claim_start=j,
        gov=i,
        edits=[(j, j, "<nominal>")],
    )


_NOT_SPEAKERS = lw._words(
    "figures data results numbers reports surveys polls studies statistics estimates forecasts "
    "projections signs indications documents papers minutes accounts records rules laws plans "
    "proposals prices markets shares sales profits this these those things"
)


def _relative_report(toks: list[Tok], say: int) -> tuple[int, int] | None:
    """For "NP that X say(s) <modal>": (start of NP, index of "that")."""
    r = next(
        (
            x
            for x in range(say - 1, max(-1, say - 5), -1)
            if toks[x].low in {"that", "which", "who"}
        ),
        None,
    )
    if r is None or r == say - 1 or not all(_WORDISH.match(t.low) for t in toks[r + 1 : say]):
        return None
    m = r - 1
    while m >= 0 and m >= r - 5 and _WORDISH.match(toks[m].low):
        if toks[m].low in {"a", "an", "the", "this", "these", "those", "its", "their"}:
            return m, r
        m -= 1
    return None


_TALK_VERBS = lw._words("speak spoke spoken talk talked listen listened")


def _aside_before_to(toks: list[Tok], k: int) -> int | None:
    """The comma closing a short aside that opens at ``k`` and is followed by "to" + verb."""
    # "workers at the Quebrada Honda mine, whose own contract expires on April 15, to stage"
    # "a severe flood warning, the highest level, meaning danger to life, to be issued": up
    # to two asides
    commas = 0
    # "the evening's sell-through rate, the share of lots that find a buyer, to come in at
    # around 80%": a described aside may hold a "that" of its own
    described = k + 1 < len(toks) and toks[k + 1].low in {"the", "a", "an"}
    for m in range(k + 2, min(len(toks) - 2, k + 18)):
        low = toks[m].low
        if low in {";", ".", ":", "which", "who", "and", "but"} or (
            low == "that" and not described
        ):
            return None
        if low == ",":
            if toks[m + 1].low == "to" and _WORDISH.match(toks[m + 2].low):
                return m
            commas += 1
            if commas > 1:
                return None
    return None


_CHANCE_OBJECT = re.compile(
    r"(?:a|an|the)\s+(?:[\w%.-]+\s+){0,4}?(?:chance|probability|likelihood|odds)\s+(?:of|that|to)\b"
)
_GUIDANCE_VERBS = lw._words(
    "deliver sell report post make achieve reach return generate ship produce earn book grow "
    "break record meet handle carry serve welcome attract complete build"
)
_NOMINAL_OBJECT = re.compile(
    r"\d|\b(?:growth|rise|rises|fall|falls|increase|increases|decrease|decline|drop|cut|cuts|hike"
    r"|hikes|recession|recovery|slowdown|rebound|default|victory|defeat|loss|losses|profit|profits"
    r"|surplus|deficit|bid|deal|agreement|settlement|merger|takeover|offer|strike|war|collapse"
    r"|win|draw|sweep|whitewash"
    r"|crash|downturn|upturn|boom|slump|pause|ban|sanctions|tariffs|inflation|deflation|shortage"
    r"|surge|spike|return|reversal|higher|lower|stronger|weaker|further|more|fewer|less|wider"
    r"|narrower|better|worse|record|increase|resignation|election|escalation|ceasefire"
    r"|progress|breakthrough|improvement|delays?|disruption|turmoil|volatility|unrest"
    r"|closures|redundancies|layoffs|job losses|bankruptcies|consolidation|little|no|dip|dips"
    r"|meltdown|chaos|queues|gridlock|congestion|above-average|below-average|above-normal"
    r"|below-normal|wildfires"
    r"|pick-up|upswing|correction|rally|contraction|expansion|squeeze|downgrade|upgrade"
    r"|reduction|reductions|showers|rain|rainfall|snow|storms?|gales|thunderstorms|heatwave|frost"
    r"|drought|flooding|floods|skies|sunshine|cloud|fog|winds|gusts|display|displays"
    r"|winter|summer|spring|autumn"
    # conflict and political events: "we do not expect a direct military confrontation"
    r"|confrontation|conflict|clash|clashes|attack|attacks|invasion|intervention|incursion"
    r"|retaliation|crisis|shutdown|walkout|protests?|riots?|coup|truce|bailout|rescue"
    r"|devaluation|tightening|easing|reshuffle|backlash|outbreak|wave|exodus|comeback|upset"
    r"|landslide|runoff|recount|snap election|clean sheet"
    # how a contest ends: "Dennis Harrower predicts a Reid-Yan final"
    r"|final|draw|whitewash|playoff|play-off|winner|nine-dart finish)\b"
)


def _hedge_core(verb: str) -> str:
    if verb in lw.HEDGES:
        return lw.HEDGES[verb]
    return "expect"


# --------------------------------------------------------------------------- clauses


_WHEN_WORDS = lw._words(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight week "
    "month year night morning afternoon evening weekend january february march april may june "
    "july august september october november december"
)
_WHEN_LINKS = lw._words("on in at last this earlier late the")


def _say_before_when(toks: list[Tok], j: int) -> int | None:
    """The reporting verb before a time phrase ending at ``j``: "said on Saturday (that)",
    "warned last week", "said on 3 May"."""
    if not (toks[j].low in _WHEN_WORDS or toks[j].low.isdigit()):
        return None
    m = j - 1
    while m >= max(0, j - 4) and (
        toks[m].low in _WHEN_WORDS or toks[m].low.isdigit() or toks[m].low in _WHEN_LINKS
    ):
        m -= 1
    if m >= 0 and toks[m].low in lw.SAY_VERBS and toks[m].text[:1].islower():
        return m
    return None


_MEDIA = lw._words(
    "report note statement update briefing review letter outlook bulletin survey research "
    "interview podcast"
)


def _say_in_report(toks: list[Tok], j: int) -> int | None:
    """The reporting verb before "in its report" ending at ``j``: "said in its pre-renewal
    report, published on Thursday, (that)"."""
    if toks[j].low == "," and j > 2:
        # the participle aside after the report: ", published on Thursday,"
        k = j - 1
        while k > 0 and toks[k].low != "," and j - k < 8:
            k -= 1
        if toks[k].low != "," or not toks[k + 1].low.endswith("ed"):
            return None
        j = k - 1
    if j < 3 or toks[j].low not in _MEDIA:
        return None
    for k in range(j - 1, max(0, j - 6), -1):
        if (
            toks[k].low in {"its", "their", "his", "her", "a", "an", "the"}
            and toks[k - 1].low == "in"
        ):
            say = k - 2
            if say >= 0 and toks[say].low in lw.SAY_VERBS and toks[say].text[:1].islower():
                return say
            return None
    return None


def _is_complementizer(toks: list[Tok], k: int) -> bool:
    j = k - 1
    while j >= 0 and toks[j].low in lw.ADVERBS:
        j -= 1
    if j < 0:
        return False
    prev = toks[j].low
    if prev in lw.SAY_VERBS or prev in lw.THAT_NOUNS or prev in lw.THAT_ADJ:
        return True
    if _say_before_when(toks, j) is not None or _say_in_report(toks, j) is not None:
        return True
    if prev in {"and", "but", ","}:
        return True
    if j > 0 and toks[j - 1].low in {
        "told",
        "tells",
        "tell",
        "warned",
        "warns",
        "assured",
        "reminded",
        "informed",
        "convinced",
        "persuaded",
    }:
        return True
    if prev in {"is", "are", "was", "were", "'s"} and j > 0 and toks[j - 1].low in lw.THAT_NOUNS:
        return True
    if prev in {
        "so",
        "such",
        "given",
        "now",
        "except",
        "provided",
        "assuming",
        "means",
        "mean",
        "meaning",
        "ensure",
        "ensuring",
        "show",
        "shows",
        "showed",
        "suggesting",
        "indicating",
        "hoping",
        "arguing",
        "warning",
        "insisting",
        "noting",
        "adding",
        "saying",
        "knowing",
        "realising",
        "realizing",
        "recognising",
        "recognizing",
    }:
        return True
    # a possessive noun phrase before "that" ("our forecast that") or reporting past tense
    return bool(prev.endswith("ed") and j > 0 and toks[j - 1].low not in lw.DETERMINERS)


def _descriptor_named(words: list[Tok]) -> bool:
    """ "The recycling charity ClearCycle", "the haulage industry body Road Freight UK": what
    a body is, then its name."""
    name = len(words)
    while name > 1 and words[name - 1].text[:1].isupper():
        name -= 1
    described = [w.low for w in words[1:name]]
    return (
        words[0].low == "the"
        and 0 < len(described) < name
        and name < len(words)
        and described[-1] in _ORG_WORDS | _COMPANY_HEADS | _DEFINITE_HEADS
        and all(_WORDISH.match(w) and w not in _LINK_WORDS for w in described)
    )


# a comma aside inside a subject: "the shortage, including bin crews, could worsen"
_ASIDE_OPENERS = lw._words("including notably especially particularly excluding")
# report verbs that are also nouns: "our best guess", "Britain's leading hope"
_NOUN_TOO = lw._words(
    "hope hopes bet bets guess guesses fear fears worry worries forecast estimate"
)


def _owned(toks: list[Tok], k: int) -> bool:
    """The word at ``k`` is a noun with an owner: "Britain's leading hope", "our best bet"."""
    j = k - 1
    if j >= 0 and toks[j].low in {
        "best",
        "leading",
        "main",
        "only",
        "last",
        "great",
        "big",
        "biggest",
        "brightest",
        "safest",
        "strongest",
        "realistic",
    }:
        j -= 1
    return j >= 0 and (
        toks[j].low.endswith(("'s", "’s", "s'"))
        or toks[j].low in {"my", "our", "your", "his", "her", "its", "their"}
    )


_BEFORE_A_PLURAL_NOUN = lw._words(
    "similar more new further many several few other such these those fresh rival legal "
    "insurance compensation"
)
_NOT_BEFORE_A_VERB = lw._words("the a an its their his her our my your own that")


_SURE = lw._words("confident sure certain convinced")
_SURE_FIRST = lw._words("i'm we're i’m we’re")


def _clause(toks: list[Tok], cue: Cue) -> Clause | None:
    n = len(toks)
    kind = "start"
    start = 0
    intro: int | None = None
    coord_that = False
    drops: list[tuple[int, int]] = []
    gov: int | None = cue.gov
    if cue.claim_start is not None and cue.kind in {"it_that", "chance", "hedge_obj", "nominal"}:
        start = cue.claim_start
        kind = "own"
        left_from = cue.head - 1
        if gov is None and (
            cue.kind in {"it_that", "chance"}
            or (cue.kind == "nominal" and toks[cue.head].low in _OUTCOME_DETS)
        ):
            gov = _reporting_verb_before(toks, cue.head)
    else:
        left_from = cue.head - 1
    k = left_from
    pending_comma: int | None = None
    while kind != "own" and k >= 0:
        low = toks[k].low
        if (
            low in {"“", '"'}
            and k > 0
            and (
                toks[k - 1].low == "that"
                or toks[k - 1].low in lw.SAY_VERBS
                or _WORDISH.match(toks[k - 1].low)
            )
        ):
            k -= 1
            continue
        if low == "and" and k > 1 and _ends_price(toks, k - 1):
            start, kind = k + 1, "coord"  # "Brandt is 11-10 and the draw is a 20-1 shot"
            break
        if (
            low in lw.IT_THAT
            and k > 1
            and toks[k - 2].low == "it"
            and toks[k - 1].low in lw.COPULAS
        ):
            start, kind = k + 1, "that"  # "it was unlikely the scheme would be finished"
            break
        opened = (
            next((x for x in range(k - 1, max(-1, k - 8), -1) if toks[x].low == "("), None)
            if low == ")"
            else None
        )
        if (
            opened is not None
            and opened > 0
            and (
                toks[opened - 1].text[:1].isupper()
                or (  # a name in brackets, not "(about 30-40%)"
                    _WORDISH.match(toks[opened - 1].low)
                    and all(t.low.replace("-", "").isalpha() for t in toks[opened + 1 : k])
                )
            )
        ):
            # "Clara Voss (The Salt Orchard) and Amaka Bright (Tidewater) are", "the Highland
            # biting midge (Culicoides impunctatus) is expected"
            k = opened - 1
            continue
        if low in {";", ":", "—", "–", "(", ")", "“", '"'} or (
            low == "-" and k > 0 and toks[k].start > toks[k - 1].end
        ):
            if low == ":" and k > 0 and k + 1 < n and toks[k - 1].low.isdigit():
                k -= 1
                continue
            start, kind = k + 1, "punct"
            break
        if (
            low == "that"
            and k + 1 == cue.head
            and k > 0
            and (toks[k - 1].low in lw.HEDGES or toks[k - 1].low in lw.SAY_VERBS)
            and toks[cue.head].low in lw.MODALS
        ):
            start, kind, gov = k, "that", k - 1  # "we don't think that will change"
            break
        if low == "that" and _is_complementizer(toks, k):
            if k + 1 == cue.head:
                start, kind = k, "relative"
                k -= 1
                continue
            start, kind = k + 1, "that"
            j = k - 1
            while j >= 0 and toks[j].low in lw.ADVERBS:
                j -= 1
            if j >= 0 and toks[j].low in {"and", "but"}:
                coord_that = True
                # "She said X was temporary and that Y would recover": the verb before
                gov = _earlier_report(toks, j + 1)
            elif j >= 0:
                gov = _teller(toks, j, k)  # "He told reporters that ..."
                if gov is None:
                    gov = _say_before_when(toks, j)  # "said on Saturday that ..."
                if gov is None:
                    gov = _say_in_report(toks, j)  # "said in its report, published ..., that"
                if gov is None and toks[j].low in {"is", "was"} and toks[j - 1].low in lw.HEDGES:
                    gov = j - 1  # "my own view is that ...": the view holds the estimate
                if gov is None:
                    gov = j
            break
        if low in lw.SUBORDINATORS:
            sub = lw.SUBORDINATORS[low]
            if low == "so" and (
                k + 1 >= n or toks[k + 1].low in {"far", "much", "many", "that", "long", "too"}
            ):
                k -= 1
                continue
            if sub == "relative":
                if k + 1 == cue.head or (k > 0 and toks[k - 1].low in {",", "of"}):
                    start, kind = _relative_start(toks, k), "relative"
                    break
                k -= 1
                continue
            if sub == "embedded" and low in {"what", "where", "how", "why"} and k + 1 == cue.head:
                start, kind = k, "embedded"
                break
            if low in {"what", "whatever"} and any(
                t.low in lw.AUX or (t.low.endswith("ed") and t.text[:1].islower())
                for t in toks[k + 1 : cue.head]
            ):
                k -= 1  # "the gap between what donors have pledged will widen": in the subject
                continue
            if (
                sub == "temporal"
                and low in {"before", "after", "until", "till"}
                and (
                    k + 1 < n
                    and toks[k + 1].low not in lw.PRONOUNS - {"this", "that", "these", "those"}
                )
            ):
                k -= 1
                continue
            start, kind = k + 1, sub
            break
        if low == "as" and _as_is_subordinator(toks, k):
            start, kind = k + 1, "reason"
            break
        if low == "but":
            start, kind = k + 1, "coord"
            break
        if k == 0 and low in {"and", "so", "yet"}:
            start = 1  # "And the authority will ...": a link to the sentence before
            break
        if (
            low in _SURE
            and k > 0
            and (
                toks[k - 1].low in _SURE_FIRST
                or (
                    k > 1
                    and toks[k - 1].low in {"am", "'m", "are", "'re"}
                    and toks[k - 2].low in {"i", "we"}
                )
            )
        ):
            # "I'm confident this will be our busiest summer on record": the claim is after
            # (not "he was confident the proposals would pass": a report, read as one)
            start = k + 1 + (toks[k + 1].low == "that" and k + 1 < cue.head)
            kind, gov = "report", k
            break
        if (
            low in lw.SAY_VERBS
            and toks[k].text[:1].islower()
            and low not in {"show", "shows", "showed", "demonstrate"}
            # "My own estimate is that", "that confirmed cases will rise": a noun, an adjective
            and not (k > 0 and toks[k - 1].low in _NOT_BEFORE_A_VERB)
            # "Britain's leading hope, Kwame Adeyemi-Lowe, is 3/1": a noun after its owner
            and not (low in _NOUN_TOO and _owned(toks, k) and toks[k + 1].low == ",")
            # "the gap between what is needed and what donors have pledged will widen"
            and not any(t.low in {"what", "whatever"} for t in toks[max(0, k - 4) : k])
            # "New projects in Salta may add 60,000 tonnes": the noun
            and not (k + 1 < n and low == "projects" and toks[k + 1].low in _PLACE_PREPS)
            # "Peregrine Risk estimates claims from the valley will total £30m": the object
            # "Heliora predicts that claims will come in below last winter's record"
            and not (
                low in {"claims", "estimates", "forecasts", "reports"}
                and k > 0
                and (
                    toks[k - 1].low in lw.HEDGES
                    or toks[k - 1].low in lw.SAY_VERBS
                    or toks[k - 1].low in {"that", "the", "of"}
                    # "at least 30 similar claims against other platforms will be filed"
                    or toks[k - 1].low in _BEFORE_A_PLURAL_NOUN
                    or toks[k - 1].low[:1].isdigit()
                )
            )
        ):
            rel = _relative_report(toks, k) if k + 1 == cue.head else None
            if rel is not None:
                # "a summit that diplomats say could settle the dispute": the claim is about
                # the summit; "that diplomats say" names who says so
                drops.append((rel[1], k + 1))
                start, kind, gov = rel[0], "report", k
                break
            opening = next((x for x in range(k - 1, max(0, k - 5), -1) if toks[x].low == ","), None)
            # "A recount, Okafor told reporters, was ...": the one told may close the aside
            close = next(
                (
                    x
                    for x in range(k + 1, min(n, k + 4 if low in {"told", "tells"} else k + 2))
                    if toks[x].low == ","
                ),
                None,
            )
            if (
                close is not None
                and all(_WORDISH.match(t.low) for t in toks[k + 1 : close])
                and opening is not None
                and opening > 0
                and toks[k - 1].low != "to"  # "needless to say": not a report
                and all(_WORDISH.match(t.low) for t in toks[opening + 1 : k])
            ):
                # "A below-normal season, it said, was very unlikely": a parenthetical report
                drops.append((opening, close + 1))
                gov = k
                k = opening - 1
                continue
            start = k + 1
            if low in {"told", "tells", "tell"}:
                start = _skip_told_object(toks, k + 1, cue.head)
            if start < cue.head and toks[start].low == "that":
                start += 1
            kind, gov = "report", k
            break
        if low == ",":
            seg_after = toks[k + 1 : pending_comma if pending_comma is not None else cue.head]
            aside = _segment_start(toks, k)
            if (
                not seg_after
                and pending_comma is None
                and aside >= 2
                and toks[aside].low in {"which", "who", "whose"}
                and toks[aside - 1].low == ","
            ):
                # "Demand for X, which gives ..., is expected to rise": skip the aside
                drops.append((aside - 1, k + 1))
                k = aside - 2
                continue
            if (
                pending_comma is not None
                and k > 0
                and toks[k - 1].text[:1].isupper()
                # "X, the only book on the list, is"; "Northern Tide, trained in Yorkshire by
                # Alice Fenby, is"
                and (
                    toks[k + 1].low in {"the", "a", "an"}
                    or toks[k + 1].low.endswith("ed")
                    or toks[k + 1].low in {"born", "owned", "run", "known"}
                )
                and not any(t.low in lw.AUX or t.low in lw.MODALS for t in seg_after)
            ):
                # "Hollis Grant's Surveyors, the only book on the list ..., is the 10-1
                # outsider": an apposition; the name is the subject
                drops.append((k, pending_comma + 1))
                pending_comma = None
                k -= 1
                continue
            if pending_comma is not None and toks[k + 1].low in _ASIDE_OPENERS:
                # "the shortage of lorry drivers, including bin lorry crews, could worsen"
                drops.append((k, pending_comma + 1))
                pending_comma = None
                k -= 1
                continue
            if not seg_after or all(t.low in lw.ADVERBS for t in seg_after):
                if seg_after:
                    drops.append((k, k + 1 + len(seg_after)))
                pending_comma = k
                k -= 1
                continue
            if toks[k + 1].low in {"and", "but", "yet", "or", "so"}:
                start, kind = k + 2, "coord"
                break
            pre_start = _segment_start(toks, k)
            first = toks[pre_start].low if pre_start < k else ""
            if first in lw.INTRO_WORDS or first.endswith("ing") or first in lw.SUBORDINATORS:
                start, kind, intro = k + 1, "intro", pre_start
                that = pre_start - 2
                if (
                    that > 0
                    and toks[pre_start - 1].low == ","
                    and toks[that].low == "that"
                    and _is_complementizer(toks, that)
                ):
                    # "The service forecasts that, at current collection rates, X will fall":
                    # the aside sits inside the reported clause
                    kind, gov = "that", that - 1
                break
            if _looks_like_clause(toks[pre_start:k]):
                start, kind = k + 1, "after_clause"
                break
            pending_comma = k
        k -= 1
    if kind in {"embedded", "condition", "temporal"}:
        return None
    if gov is None and kind in {"coord", "reason"} and toks[start - 1].low in _REPORTED_LINKS:
        # "She said A was likely, though B might still sour": B is reported too
        gov = _earlier_report(toks, start - 1)
    end, condition, cond_end = _clause_end(toks, cue)
    subject_tokens = (
        toks[start : cue.head]
        if cue.kind not in {"it_that", "chance", "hedge_obj", "nominal"}
        else toks[start : start + 1]
    )
    subjectless = kind in {"coord", "after_clause"} and (
        not subject_tokens or subject_tokens[0].low in lw.ADVERBS
    )
    if (
        kind == "start"
        and not subject_tokens
        and cue.kind not in {"it_that", "chance"}
        # "It'll sell out, it always does": the subject is in the contraction
        and toks[cue.head].low not in lw.CONTRACTED_WILL
    ):
        return None
    clause = Clause(
        cue=cue,
        start=start,
        end=end,
        kind=kind,
        intro=intro,
        coord_that=coord_that,
        subjectless=subjectless,
        gov=gov,
        condition=condition,
        drops=drops,
        cond_end=cond_end,
    )
    if intro is not None:
        head = toks[intro].low
        if head in {"if", "unless", "provided", "assuming", "should"}:
            words = toks[intro + (0 if head == "unless" else 1) : start - 1]
            clause.condition = _join(words)
    return clause


_OUTCOME_DETS = lw._words("the a an our my their its his her")


_TELL = lw._words("told tells tell assured reminded")


def _teller(toks: list[Tok], last: int, limit: int) -> int | None:
    """The "told" whose object ends at ``last`` ("He told reporters that", "told the BBC there
    was a chance"), or None."""
    for back in range(last, max(-1, last - 7), -1):  # "told a scrutiny meeting last week"
        if toks[back].low in _TELL:
            told_to = _skip_told_object(toks, back + 1, limit)
            return back if back == last - 1 or told_to >= last + 1 else None
    return None


def _reporting_verb_before(toks: list[Tok], head: int) -> int | None:
    """The say or expect verb that introduces "it was likely that ..." / "there was a good
    chance of ..." ("Mr Wild said it was very unlikely that ...")."""
    k = head - 1
    if k >= 0 and toks[k].low == "that":
        k -= 1
    while k >= 0 and toks[k].low in lw.ADVERBS:
        k -= 1
    teller = _teller(toks, k, head)  # "Ms Smith told the BBC there was a good chance ..."
    if teller is not None:
        k = teller
    if k < 1 or not toks[k].text[:1].islower():
        return None
    low = toks[k].low
    if low not in lw.SAY_VERBS and low not in lw.EXPECT_VERBS:
        return None
    if toks[k - 1].low in {"the", "a", "an", "its", "their", "his", "her", "our", "to"}:
        return None
    return k


_REPORTED_LINKS = lw._words("though although")


def _earlier_report(toks: list[Tok], link: int) -> int | None:
    """The reporting verb whose complement runs on to the link word at ``link``."""
    for m in range(link - 2, max(-1, link - 40), -1):
        low = toks[m].low
        if low in {";", ":", "“", '"', "”", "—", "–", "(", ")"}:
            return None
        if (
            low in lw.SAY_VERBS
            and toks[m].text[:1].islower()
            and _verb_like(toks, m)
            and m > 0
            and toks[m - 1].low not in {"the", "a", "an", "its", "their", "his", "her", "our", "to"}
            # "said levels are expected to peak ..., and that X": the passive is not the report
            and not (toks[m - 1].low in _BE and low.endswith("ed"))
        ):
            return m
    return None


def _relative_start(toks: list[Tok], k: int) -> int:
    j = k - 1
    while j >= 0 and toks[j].low not in {";", ":", "—", "–"}:
        j -= 1
    return j + 1


def _as_is_subordinator(toks: list[Tok], k: int) -> bool:
    if k == 0:
        return False
    prev = toks[k - 1].low
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    if prev in {"such", "seen", "known", "regarded", "same", "so", "well", "just", "much"}:
        return False
    if (
        nxt
        in {
            "well",
            "much",
            "many",
            "long",
            "soon",
            "far",
            "early",
            "late",
            "a",
            "an",
            "part",
            "high",
            "low",
            "little",
            "of",
            "for",
            "to",
            "if",
            "though",
            "expected",
        }
        or nxt[:1].isdigit()
    ):
        return False
    return (
        prev == ","
        or nxt in lw.DETERMINERS
        or nxt in lw.PRONOUNS
        or (k + 1 < len(toks) and toks[k + 1].text[:1].isupper())
    )


def _skip_told_object(toks: list[Tok], j: int, limit: int) -> int:
    """Where the told clause starts after "told" at ``j - 1``: past its object ("told
    reporters", "told the BBC") and a time of speaking before "that" ("told reporters on
    Monday that the economy will still grow")."""
    k = _told_object_end(toks, j, limit)
    m = k
    while (
        m < limit
        and m < k + 5
        # "told parliament on 5 February that"
        and (toks[m].low in _WHEN_WORDS or toks[m].low in _WHEN_LINKS or toks[m].low.isdigit())
    ):
        m += 1
    return m if m > k and m < limit and toks[m].low == "that" else k


def _told_object_end(toks: list[Tok], j: int, limit: int) -> int:
    if j < limit and toks[j].low in {
        "reporters",
        "journalists",
        "investors",
        "analysts",
        "mps",
        "parliament",
        "him",
        "her",
        "them",
        "us",
        "me",
        "shareholders",
        "delegates",
        "lawmakers",
        "senators",
        "supporters",
        "listeners",
        "viewers",
        "staff",
    }:
        return j + 1
    if j + 1 < limit and toks[j].low == "the" and toks[j + 1].text[:1].isupper():
        k = j + 1
        while k < limit and k < j + 4 and toks[k].text[:1].isupper():
            k += 1
        return k
    if toks[j].low in {"a", "an", "the"}:
        # "told a scrutiny meeting last week that": the audience, up to the time or "that"
        k = j + 1
        while (
            k < limit and k < j + 5 and toks[k].text[:1].islower() and _WORDISH.match(toks[k].low)
        ):
            if toks[k].low in _WHEN_LINKS | _WHEN_WORDS | {"that"}:
                break
            k += 1
        return k if k > j + 1 and k < limit else j
    # "told Radio Norte there was ...", "told BBC Radio 4's Today programme that ...": a
    # station or paper named without "the"
    k = j
    while k < limit and k < j + 5 and (toks[k].text[:1].isupper() or toks[k].low[:1].isdigit()):
        k += 1
    if k > j and k < limit and toks[k].low in {"'s", "’s"}:
        k += 1
        while k < limit and k < j + 8 and toks[k].low not in {"that", "there", ","}:
            k += 1
    return k if k > j and k < limit and toks[k].low in {"that", "there"} else j


def _segment_start(toks: list[Tok], k: int) -> int:
    j = k - 1
    while j >= 0 and toks[j].low not in {",", ";", ":", "—", "–", "(", ")", '"', "“", "”"}:
        j -= 1
    return j + 1


def _looks_like_clause(seg: list[Tok]) -> bool:
    """A comma-bounded stretch with its own finite verb ends the previous clause."""
    if len(seg) < 3:
        return False
    lows = [t.low for t in seg]
    return any(
        w in lw.MODALS
        or w in {"is", "are", "was", "were", "has", "have", "had"}
        or (w.endswith("ed") and i > 0)
        for i, w in enumerate(lows[1:], 1)
    )


_STOP_AFTER_COMMA = lw._words(
    "while whereas although though even as because since given adding saying noting arguing "
    "warning citing pointing according which who whose where whoever whatever whichever leading "
    "meaning based "
    "despite unlike compared followed"
)


def _next_chance(toks: list[Tok], k: int) -> bool:
    """Another stated chance opens at ``k``: "(and) a 30% chance of", "a one-in-ten chance"."""
    k += k < len(toks) and toks[k].low == "and"
    if k + 2 >= len(toks) or toks[k].low not in {"a", "an"}:
        return False
    j = next(
        (x for x in range(k + 1, min(len(toks), k + 5)) if toks[x].low in lw.CHANCE_NOUNS), None
    )
    return j is not None and _odds_value(" ".join(t.low for t in toks[k:j])) is not None


def _clause_end(toks: list[Tok], cue: Cue) -> tuple[int, str | None, int]:
    n = len(toks)
    row = cue.edits[-1] if cue.label.endswith("scenario") and cue.edits else None
    if row is not None and row[1] == n and toks[row[0]].low == ":":
        # "- Deal signed, coalition collapses and an early election is called: 25%": the
        # whole row is the outcome
        return row[0], None, 0
    k = max(cue.verb, cue.head + 1)
    depth = 0
    while k < n:
        low = toks[k].low
        if low == "(":
            depth += 1
        elif low == ")":
            depth = max(0, depth - 1)
        elif depth:
            pass
        elif (
            low in {";", "—", "–", "?", "!", "”"}
            or (
                low == "-"
                and toks[k].start > toks[k - 1].end
                and k + 1 < n
                and toks[k + 1].start > toks[k].end
            )
            or (low == '"' and _closes_quote(toks, k))
            or (low == ":" and not (k + 1 < n and toks[k + 1].low[:1].isdigit()))
        ):
            return k, None, 0
        elif low in {"if", "unless"} and k > cue.verb:
            return k, *_condition(toks, k)
        elif (
            low == ","
            and k > cue.verb
            and toks[cue.head].low == "expecting"
            and _with_subject(toks, cue.head)
        ):
            return k, None, 0  # "With the central bank expecting X to fall, ...": the phrase

        elif low in {"after", "following", "despite"} and _is_price(cue):
            return k, None, 0  # "the 9/2 favourite with Paddock Bet after two wins": why
        elif low == "and" and k > cue.verb and _new_clause_after_and(toks, k):
            return k, None, 0  # "... next May and all the parties are stepping up ...": new clause
        elif (
            low == "and"
            and k > cue.verb
            and k + 2 < n
            and toks[k + 1].low in {"is", "are"}
            and toks[k + 2].low in _OFFER_VERBS
        ):
            return k, None, 0  # "makes a playoff 5/1 and is offering 150/1 on ...": a new price
        elif low == "even" and k + 1 < n and toks[k + 1].low in {"if", "though", "as", "then"}:
            return k - (1 if toks[k - 1].low == "," else 0), None, 0
        elif (
            low in {"and", ","}
            and k > cue.verb
            and (_follow_on(toks, k + 1) is not None or _next_act(toks, k + 1, cue) is not None)
        ):
            return k, None, 0  # "growth of 24% in 2026 and 20% in 2027": one value each
        elif low in {"and", ","} and toks[k - 1].low == ")" and cue.label.endswith("scenario"):
            return k, None, 0  # "a grand coalition (30%), a repeat election (5%)": one each
        elif low in {"and", ","} and k > cue.verb and _next_chance(toks, k + 1):
            # "a 60% chance of an above-normal season, a 30% chance of a near-normal season
            # and a 10% chance of a below-normal season": one chance each
            return k, None, 0
        elif low in {"and", ","} and (
            _price_follows(toks, k + 1)
            or (k + 1 < n and _chance_gov(toks, k + 1))
            or (low == "and" and _fractional_odds(toks, k + 1) is not None)  # "and 12/1 on a draw"
        ):
            return k, None, 0  # "..., with Reform at 6/4 and Labour at 8/1": one price each
        elif low == "," and k + 1 < n:
            nxt = toks[k + 1].low
            if nxt in _STOP_AFTER_COMMA or nxt in {"if", "unless"}:
                if nxt in {"if", "unless"}:
                    return k, *_condition(toks, k + 1)
                return k, None, 0
            if (
                nxt == "or"
                and k + 3 < n
                and toks[k + 3].low == ","
                and _WORDISH.match(toks[k + 2].low)
            ):
                k += 4  # "a G3, or strong, geomagnetic storm": a gloss inside the phrase
                continue
            if nxt in {"and", "but", "or", "yet", "so"}:
                rest = toks[k + 2 :]
                if rest and rest[0].low in {"not", "to"}:
                    k += 1
                    continue
                if len(rest) <= 3 and all(t.low not in lw.MODALS for t in rest):
                    k += 1
                    continue
                return k, None, 0
            if _attribution_follows(toks, k + 1):
                return k, None, 0
            if nxt in {"up", "down"} and k + 2 < n and toks[k + 2].low == "from":
                return k, None, 0  # "a 65% chance of that move, up from 50% a fortnight ago"
            if nxt == "with" and _with_figure_cue(toks, k + 1, cue) is not None:
                return k, None, 0  # "growth of 0.8% in 2026, with inflation peaking at 24%"
            if nxt in {"a", "an"} and k + 2 < n and toks[k + 2].low in _COMMENT_NOUNS:
                return k, None, 0  # "X is 3/1 to win gold, a price his coach regards as ..."
            if nxt in {"the", "a", "an"} and _ends_price(toks, k - 1):
                return k, None, 0  # "Northbound, priced at 3/1, the road-trip drama that ..."
        elif (
            low in {"but", "and"}
            and k + 1 < n
            and toks[k + 1].low in lw.SAY_VERBS
            and toks[k + 1].low.endswith("ed")
        ):
            return k, None, 0  # "X was likely, but warned that Y could ...": a new report
        elif low == "." and k == n - 1:
            return k, None, 0
        k += 1
    return n, None, 0


# what is won, not got: "in line for a medal"
_PRIZES = lw._words("medal medals title titles trophy cup gold silver bronze prize award podium")
# a comment on the forecast just made, in apposition to it
_COMMENT_NOUNS = lw._words(
    "price figure prospect forecast prediction view verdict call target estimate projection"
)
_CLAUSE_OPENERS = lw._words(
    "all the a an some many most few we they it he she this that these those their its his her "
    "our my your there no"
)


def _new_clause_after_and(toks: list[Tok], k: int) -> bool:
    """ "and all the parties are ...": a subject of its own (opening with a determiner or a
    pronoun, so that "the drug and healthcare industries are" stays one subject) and a
    finite "be" or "have"; "and six expect the bank to hold": a count that says so."""
    if (
        k + 2 < len(toks)
        and (toks[k + 1].low.isdigit() or toks[k + 1].low in _COUNT_WORDS)
        and (toks[k + 2].low in lw.EXPECT_VERBS or toks[k + 2].low in lw.SAY_VERBS)
    ):
        return True
    if k + 1 >= len(toks) or toks[k + 1].low not in _CLAUSE_OPENERS:
        return False
    for j in range(k + 2, min(len(toks), k + 6)):
        low = toks[j].low
        if low in {"is", "are", "was", "were", "has", "have", "had"}:
            return toks[k + 1].low not in lw.AUX and toks[k + 1].low not in lw.MODALS
        if not _WORDISH.match(low) or low in lw.MODALS or low in lw.AUX:
            return False
    return False


def _price_follows(toks: list[Tok], k: int) -> bool:
    """ "(with) Reform at 6/4" opens at ``k``: a name, "at" and bookmakers' odds."""
    n = len(toks)
    if k < n and toks[k].low == "with":
        k += 1
    if k < n and toks[k].low == "the":  # "with the draw at 25%"
        k += 1
    j = k
    while (
        j < n
        and j < k + 5
        # "and Japan's Haruto Sakamoto 12/1"
        and (toks[j].text[:1].isupper() or toks[j].low in {"draw", "'s", "’s"})
    ):
        j += 1
    if j == k or j >= n:
        return False
    while j + 1 < n and toks[j].low in _BEFORE_AT:
        j += 1  # "and Labour out at 12/1", "with Delmas close behind at 5/2"
    if toks[j].low == "at" and j + 1 < n:
        j += 1
    # "and Sri Lanka 17%", "with the draw at 25%", "and Okafor 10 per cent": the next entry
    # of a list of chances
    percent = (
        j + 1 < n
        and toks[j].low[:1].isdigit()
        # not "EUR 85 per megawatt-hour"
        and (
            toks[j + 1].low in {"%", "percent"}
            or (toks[j + 1].low == "per" and j + 2 < n and toks[j + 2].low == "cent")
        )
    )
    return percent or _fractional_odds(toks, j) is not None


def _closes_quote(toks: list[Tok], k: int) -> bool:
    if k + 1 >= len(toks) or toks[k + 1].low in {",", ".", "said", "he", "she", "they"}:
        return True
    # '...in February," Julio Hegedus told ...': a mark after a comma, touching it
    return k > 0 and toks[k - 1].low in {",", ".", "?", "!"} and toks[k - 1].end == toks[k].start


def _condition(toks: list[Tok], k: int) -> tuple[str, int]:
    start = k + 1 if toks[k].low == "if" else k
    if start < len(toks) and toks[start].low == ",":
        # "if, as Tony Blair has suggested, GCSEs stay": the condition follows the aside
        close = next((x for x in range(start + 1, len(toks)) if toks[x].low == ","), None)
        if close is not None:
            start = close + 1
    j = start
    while j < len(toks) and toks[j].low not in {",", ";", ".", "—", "–", "?"}:
        j += 1
    return _join(toks[start:j]), j


def _attribution_follows(toks: list[Tok], k: int) -> bool:
    """A speaker and a reporting verb open at ``k``: ", analysts said", and with the
    speaker in apposition, ", the group's director, Clodagh Bracken, said"."""
    j = k
    limit = min(len(toks), k + 14)
    commas = 0
    while j < limit:
        low = toks[j].low
        if low in lw.SAY_VERBS and low not in {"expected", "forecast", "projected"}:
            return commas == 0 or toks[j - 1].low == ","
        if low == ",":
            commas += 1
            if commas > 2 or j >= k + 8:
                return False
        elif (
            low in {";", ".", "who", "which", "that", "if"}
            or low in lw.MODALS
            or (commas and low in lw.AUX)
        ):
            return False
        j += 1
    return False


def _join(words: list[Tok]) -> str:
    if not words:
        return ""
    out = words[0].text
    for prev, cur in itertools.pairwise(words):
        out += (" " if cur.start > prev.end else "") + cur.text
    return out


# --------------------------------------------------------------------------- attribution


_ROLE_NOUNS = lw._words("mp mps mep msp am mla mayor councillor senator congressman congresswoman")


_NAME_LINKS = lw._words("of and & at the for")


def _subject_np(toks: list[Tok], verb: int) -> tuple[int, int] | None:
    """Token range of the subject of the verb at ``verb`` (scanning left)."""
    j = verb - 1
    while j >= 0 and (toks[j].low in lw.AUX or toks[j].low.endswith("n't")):
        j -= 1
    # ", nevertheless," style parenthesis between subject and verb
    if j >= 0 and toks[j].low == ",":
        k = j - 1
        while k >= 0 and toks[k].low in lw.ADVERBS:
            k -= 1
        if k >= 0 and toks[k].low == "," and k < j - 1:
            j = k - 1
        elif k >= 0 and k < j - 1:
            j = k
    end = j + 1
    if j >= 0 and toks[j].low == ")":
        # "The International Air Transport Association (IATA) has forecast": skip the brackets
        k = j - 1
        while k >= 0 and toks[k].low not in {"(", ")", ",", "."} and k > j - 6:
            k -= 1
        if k > 0 and toks[k].low == "(":
            j = k - 1
            end = k
    if j >= 0 and toks[j].low == ",":
        first = next((f for f in range(j) if toks[f].low == ","), j)
        if (
            0 < first < j
            and first <= 8
            # "The Pellworth Night-Time Economy Group, which represents bars, clubs and ..."
            and toks[first + 1].low in {"a", "an", "the", "which", "who"}
            # "Analysts at the Centre for Public Accountability, a think tank that ..., said"
            and all(t.text[:1].isupper() or t.low in _NAME_LINKS for t in toks[:first])
            and not any(t.low in lw.SAY_VERBS for t in toks[first:j])
        ):
            # "Songscore, an online model that combines odds, streaming figures and past
            # votes, gives ...": a long appositive after the name that opens the sentence
            return (0, first)
        # appositive: "The centre's director, Samuel Tetteh, said"
        k = j - 1
        while k >= 0 and toks[k].low not in {",", ";", ":", "—", "–", "(", "“", '"'}:
            k -= 1
        if k >= 0 and toks[k].low == "," and toks[k + 1].low not in {"which", "who", "whose"}:
            described = (
                (toks[k + 1].low in {"the", "a", "an"} and toks[k + 2].text[:1].islower())
                or (  # ", once among the most profitable grocers,"
                    toks[k + 1].text[:1].islower() and toks[k + 1].low not in {"the", "a", "an"}
                )
            )
            m = k - 1
            while m >= 0 and toks[m].low not in {",", ";", ":", "—", "–", "(", "“", '"', "that"}:
                m -= 1
            if (
                not described
                and toks[k + 1].low in {"the", "a", "an"}
                and any(
                    t.low in lw.ROLE_WORDS | lw.AGENT_NOUNS | _ROLE_NOUNS for t in toks[k + 1 : j]
                )
                and _has_person_name(toks[m + 1 : k])
            ):
                described = True  # "Rachael Maskell, the York Central MP, said": the person
            if described and m + 1 < k and _has_capital(toks[m + 1 : k]):
                # "Caledon Breweries, the maker of Highland Gold lager, said": the appositive
                # describes the name before it
                return (m + 1, k)
            if _has_person_name(toks[k + 1 : j]):
                return (k + 1, j)  # "The centre's director, Samuel Tetteh, said"
            m = k - 1
            while m >= 0 and toks[m].low not in {",", ";", ":", "—", "–", "(", "“", '"', "that"}:
                m -= 1
            # "Winn-Dixie, once among the most profitable grocers, said": the name comes first
            return (m + 1, k) if m + 1 < k else (k + 1, j)
        if k >= 0 and toks[k].low == ",":
            # "The IMF, which approved a loan, expects": the subject precedes the relative
            m = k - 1
            while m >= 0 and toks[m].low not in {",", ";", ":", "—", "–", "(", "“", '"', "that"}:
                m -= 1
            return (m + 1, k) if m + 1 < k else None
        return None
    # "Over the next twenty years I'd expect": the pronoun, contracted or not
    if j >= 0 and re.sub(r"['’](?:d|ll|ve|m|re)$", "", toks[j].low) in {
        "he",
        "she",
        "they",
        "we",
        "i",
        "it",
    }:
        return (j, j + 1)
    while (
        j >= 0
        and (
            # "the UK Centre for Ecology and Hydrology expects": "and" inside a name
            (
                toks[j].low == "and"
                and 0 < j < end - 1
                and toks[j - 1].text[:1].isupper()
                and (
                    toks[j + 1].text[:1].isupper()
                    # "the Economic Commission for Latin America and the Caribbean"
                    or (toks[j + 1].low == "the" and j + 2 < end and toks[j + 2].text[:1].isupper())
                )
                and any(t.low in {"of", "for"} for t in toks[max(0, j - 4) : j])
            )
            or toks[j].low
            not in {
                ",",
                ";",
                ":",
                "—",
                "–",
                "(",
                ")",
                "that",
                "“",
                '"',
                "”",
                ".",
                "!",
                "?",
                "and",
                "but",
                "as",
                "because",
                "while",
                "if",
                "when",
                "which",
                "who",
            }
        )
    ):
        j -= 1
    if (
        j >= 0
        and toks[j].low == "and"
        and j > 0
        and toks[j - 1].text[:1].isupper()
        and toks[j + 1].text[:1].isupper()
        if j + 1 < len(toks)
        else False
    ):
        # "Washington and London have said": keep both names
        k = j - 1
        while k >= 0 and toks[k].text[:1].isupper():
            k -= 1
        j = k
    if j > 2 and toks[j].low == ")" and toks[j + 1].low in {"in", "at", "based"}:
        # "The Northern Space Weather Centre (NSWC) in Aberdeen said": the name before the
        # brackets, not the place
        k = j - 1
        while k > j - 5 and toks[k].low not in {"(", ")"}:
            k -= 1
        if toks[k].low == "(" and toks[k - 1].text[:1].isupper():
            j = k - 1
            while j >= 0 and (toks[j].text[:1].isupper() or toks[j].low in {"of", "for", "&"}):
                j -= 1
    start = j + 1
    while start < end and toks[start].low in {
        "so",
        "but",
        "and",
        "yet",
        "then",
        "thus",
        "now",
        "still",
        "however",
        "meanwhile",
    }:
        start += 1
    if start >= end:
        return None
    return (start, end)


def _has_capital(words: list[Tok]) -> bool:
    return any(t.text[:1].isupper() and t.low not in {"the", "a", "an"} for t in words)


def _has_person_name(words: list[Tok]) -> bool:
    run = 0
    for t in words:
        if len(t.text) >= 2 and t.text.isupper() and t.text.isalpha():
            return True  # an acronym names a body: "Manufacturers' organisation, the EEF,"
        if t.text[:1].isupper() and t.low not in {"the", "a", "an"}:
            run += 1
            if run >= 2:
                return True
        else:
            run = 0
    return False


_DATE_LEAD = re.compile(
    r"^(?:In|On|At|Since|By|Last|Earlier|Later|This)\s+(?:(?:early|late|mid)[\s-]+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|(?:19|20)\d\d)"
    r",?\s+(?=\S)"
)
_TIDY_TAIL = re.compile(
    r"(?:\s+(?:have|has|had|also|then|now|was|were|is|are|currently|still|already|generally))+$"
    r"|[\s.,;:'’-]+$"
)


_GENERIC_BODIES = lw._words("organisation organization regulator watchdog agency body authority")
_ACRONYM_BODY = re.compile(
    r"((?:[A-Z][\w&'’-]*\s+)(?:(?:of|for|on|and)\s+(?:the\s+)?|[A-Z][\w&'’-]*\s+)*"
    r"[A-Z][\w&'’-]*)\s+\([A-Z]{2,}\)"
)


def _definite(name: str, offset: int, ctx: Context) -> str:
    """ "the institute", "the center": the body named before whose name has that head word
    ("the Valdorian Institute for Economic Research (VIER) ... the institute forecasts");
    a forecaster has to be someone a reader could look up."""
    m = re.fullmatch(r"[Tt]he\s+([a-z]+)", name.strip())
    if not m or m[1] not in _DEFINITE_HEADS:
        return name
    head = m[1].capitalize()
    cap = r"[A-Z][\w&'’-]*"
    pat = re.compile(
        rf"(?:{cap}\s+)(?:(?:of|for|on|and)\s+(?:the\s+)?|{cap}\s+)*?{head}\b"
        rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{cap}(?:\s+(?:and\s+)?{cap})*)?"
        rf"|\b{head}\s+(?:of|for|on)\s+(?:the\s+)?{cap}(?:\s+(?:and\s+)?{cap})*"
    )
    found = [x.group(0) for x in pat.finditer(ctx.text[:offset])]
    if not found and m[1] in _GENERIC_BODIES:
        # "the United Nations Economic Commission for Europe (UNECE) said ... the
        # organisation said": a body given an acronym is the one the article follows
        found = [x[1] for x in _ACRONYM_BODY.finditer(ctx.text[:offset])]
    found = [
        f
        for f in found
        if not re.match(r"(?:The|A|An|In|At|On|By|But|And)\s", f) or len(f.split()) > 2
    ]
    if not found:
        # "MeteoAlpina, the Innsbruck-based forecasting service, ... the service gives": the
        # name the head word was put beside
        beside = re.compile(
            rf"({cap}(?:\s+{cap})*),\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,4}}{m[1]}\b"
        )
        named = [
            x[1]
            for x in beside.finditer(ctx.text[:offset])
            if x[1].split()[-1].lower() not in _MONTH_NAMES | _DAY_NAMES  # "on Wednesday, the"
        ]
        return named[-1] if named else name
    best = re.sub(r"^(?:The|A|An|In|At|On|By|But|And)\s+", "", found[-1])
    return best if len(best.split()) > 1 else name


_DESCRIPTOR_CAPS = frozenset({"Consultancy", "Agency", "Broker", "Insurer", "Lender", "Retailer"})
# names that end in "'s" of their own, not a possessive
_NAMES_WITH_S = frozenset(
    {
        "moody's",
        "mcdonald's",
        "sainsbury's",
        "lloyd's",
        "macy's",
        "kellogg's",
        "domino's",
        "wendy's",
        "morrison's",
        "sotheby's",
        "christie's",
        "claire's",
        "dillard's",
        "kohl's",
    }
)


def _tidy_name(name: str, publisher: str, seller: bool = False) -> str:
    """Last repairs on a forecaster name cut out of running text; a ``seller`` of a price is
    named as the subject of its verb, so its "'s" is its own ("Whitlock's has Teague")."""
    name = name.strip()
    if ". " in name:
        name = name.rsplit(". ", 1)[1]  # "Peter Gregg. Qantas" spans a sentence end
    name = re.sub(r"^(?:with|by|from|for|of|and|but)\s+", "", name)
    name = _DATE_LEAD.sub("", name)  # "In January the independent Institute for Fiscal Studies"
    # "the credit rating agency Moody's", "the consultancy Aerodyne Partners": the name
    described = re.match(
        r"^(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){0,3}(?:agency|firm|company|group|consultancy|bank"
        r"|broker|insurer|lender|retailer|regulator|watchdog|service|platform|provider|website)\s+([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)$",
        name[:1].lower() + name[1:] if name.partition(" ")[0] in _DESCRIPTOR_CAPS else name,
    )
    if described:
        name = described[1]
    # "... Authority (CSA)", "... Centre (NSWC) in Aberdeen"
    name = re.sub(r"\s*\([A-Z][A-Za-z]{1,7}\)(?:\s+(?:in|at)\s+[A-Z][\w-]*)?$", "", name)
    if not seller and name.lower().replace("’", "'") not in _NAMES_WITH_S:
        name = re.sub(r"(?<=\w)['’]s$", "", name)  # "Shanghai Automotive's"
    poss = re.match(
        r"^(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s\s+(?:((?:Mr|Mrs|Ms|Dr)\.?\s+)"
        r"([A-Z][\w'-]+)|()([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+))$",
        name,
    )
    if poss:
        # "the BBC's Paul Reynolds", "the EIU's Mr Hensel"; not "The King's Fund"
        name = (poss[1] or "") + (poss[2] or poss[4])
    name = re.split(
        r"\s+(?:said|says|told|added|argued|warned|believes?|thinks?(?!\s+tanks?\b))\b", name
    )[0]  # "the think tank" is a speaker
    titled = re.match(
        r"^.*\b(?:Minister|Secretary|Commissioner|Chancellor|President|Governor|Director|Chairman"
        r"|Chairwoman|Spokesman|Spokeswoman|Leader|Executive|Officer|Economist|Analyst|Editor"
        r"|Correspondent|MP|MEP)\s+((?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?"
        r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+)$",
        name,
    )
    if titled:
        name = (titled[1] or "") + titled[2]  # "Education Secretary Ruth Kelly"
    acronym = re.match(r"^[A-Z]{2,}\s+([A-Z][a-z][\w'-]*\s+[A-Z][\w'-]+)$", name)
    if acronym:
        name = acronym[1]  # "BBC Paul Reynolds" from "the BBC's Paul Reynolds"
    name = _TIDY_TAIL.sub("", name).strip()
    if not name or not re.search(r"[A-Za-z]", name):
        return publisher
    if re.search(
        r"\b(?:doing|better than|worse than|is|are|was|were|has|have|sent|made|gave)\b", name
    ):
        return publisher  # a clause, not a name
    if publisher.lower() == "the " + name.lower():
        return publisher  # "The Sporting Ledger expects ...": the publisher, as it is named
    return name


def _leading_np(toks: list[Tok], limit: int) -> tuple[int, int] | None:
    """Subject of a sentence-initial clause: "China's ministry called X and said ..."."""
    j = 0
    while j < limit:
        t = toks[j]
        if t.text[:1].islower() and (
            t.low.endswith("ed")
            or t.low in lw.SAY_VERBS
            or t.low in {"has", "have", "is", "are", "was", "were"}
        ):
            break
        if t.low in {",", ";", "—", "–"}:
            return None
        j += 1
    return (0, j) if 0 < j < limit else None


_MONTH_WORDS = lw._words(
    "january february march april may june july august september october november december"
)


def _coordinated_verb(toks: list[Tok], verb: int) -> int | None:
    """For "X said A and predicted that B", the first verb shares the subject."""
    j = verb - 1
    while j >= 0 and (toks[j].low in lw.AUX or toks[j].low in {"now", "still"}):
        j -= 1
    if j < 0 or toks[j].low not in {"and", "but"}:
        return None
    k = j - 1
    while k >= 0:
        # "X gives A a 56% chance and puts the odds of B at one in four" too
        if (
            (toks[k].low in lw.SAY_VERBS or _chance_gov(toks, k))
            and _verb_like(toks, k)
            and toks[k - 1].low not in _MONTH_WORDS  # not the noun of "the September forecast"
        ):
            return k
        if toks[k].low in {";", "—", "–"}:
            return None
        k -= 1
    # "Money markets moved quickly after the release and now price an 80% probability": the
    # sentence's own subject and first verb
    first = next(
        (x for x in range(1, min(j, 16)) if toks[x].low.endswith("ed") and _verb_like(toks, x)),
        None,
    )
    if first is None:
        return None
    subj = _subject_np(toks, first)
    if subj == (0, first) or (
        # "Joanne Pryce, director of PetOwners Voice, welcomed the ruling but warned that"
        subj is not None and subj[0] == 0 and toks[first - 1].low == "," and first < j
    ):
        return first
    return None


_LEAD_DROP = lw._words("but and so yet also however meanwhile the")
_BE = lw._words("is are was were be been being")


_NUMBER_LEAD = lw._words("two three four five six seven eight nine ten several many")


def _clean_name(toks: list[Tok], rng: tuple[int, int], ctx: Context) -> str:
    words = toks[rng[0] : rng[1]]
    while words and words[0].low in {
        "with",
        "but",
        "and",
        "so",
        "yet",
        "however",
        "meanwhile",
        "still",
        "although",
        "though",
        "while",
        "whereas",
    }:
        words = words[1:]
    while len(words) > 1 and words[-1].low in lw.ADVERBS:
        words = words[:-1]  # "which they currently forecast": the speaker is "they"
    if len(words) > 2 and words[-1].low in _WHEN_WORDS and words[-2].low in _WHEN_LINKS:
        words = words[:-2]  # "The International Grains Forum last week": when it spoke
    if len(words) > 1 and words[0].low in {"those", "these"} and words[-1].low in lw.AGENT_NOUNS:
        words = words[1:]  # "those analysts" are the analysts named before
    polled = next((x for x, w in enumerate(words) if w.low in {"polled", "surveyed"}), None)
    if polled is not None and polled > 0:
        # "Economists polled by Market Wire": the economists, not the pollster (often the
        # publisher itself)
        text = _join(words)
        return text[:1].lower() + text[1:] if words[0].low in lw.AGENT_NOUNS else text
    if len(words) == 2 and words[0].low in {"its", "their"} and words[1].low in lw.AGENT_NOUNS:
        # "Its modellers put the chance at 15%": the body's own experts speak for it
        owner = ctx.last_org if words[0].low == "its" else ctx.last_group
        opening = toks[0 : next((x for x, t in enumerate(toks) if not t.text[:1].isupper()), 0)]
        if len(opening) >= 2 and opening[0].low not in {"the", "a", "an"}:
            # "Pembury Securities, which covers Dashline's shares, is less sure: its analysts
            # put the odds ...": the body the sentence opens with
            owner = _join(opening)
        if owner:
            return owner
    if len(words) == 2 and words[0].low in {"his", "her"} and ctx.last_person:
        return ctx.last_person  # "Her team raised its forecast": the person just quoted
    if not words:
        return ""
    lows = [w.low for w in words]
    if lows[0] in {"he", "she"}:
        return ctx.last_person or words[0].text
    if lows == ["they"]:
        return ctx.last_group or ctx.last_agent or words[0].text
    if lows == ["it"]:
        return ctx.last_org or ctx.last_agent or words[0].text
    if lows[0] in _FIRST_PERSON:
        return ctx.publisher
    if (
        len(words) >= 3
        and lows[0] in lw.AGENT_NOUNS
        and lows[0].endswith("s")
        and lows[1] == "in"
        and words[2].text[:1].isupper()
    ):
        return _join(words)[:1].lower() + _join(words)[1:]  # "officials in Cardiff Bay"
    # person name inside role words: "Chief executive Rhona MacLeod", "Jamie Kerr at broker X"
    runs = [
        (a, b)
        for a, b in _capital_runs(words)
        if not any(w.low in lw.AGENT_NOUNS | lw.ROLE_WORDS for w in words[a:b])
    ]
    if runs and (len(runs) > 1 or runs[0] != (0, len(words))):
        a, b = runs[0]
        if (
            a == 0
            and b - a >= 2
            and b < len(words)
            and words[b].low in {"at", "of", "from", "with", "for", "in"}
        ):
            return ctx.names.resolve(_join(words[a:b]))
        a, b = runs[-1]
        if b == len(words) and (b - a >= 2 or (a > 0 and words[a - 1].low.endswith("'s"))):
            poss = [i for i in range(a, b - 1) if words[i].text.endswith(("'s", "’s"))]
            if poss and b - poss[-1] - 1 >= 2:
                a = poss[-1] + 1  # "the BBC's Paul Reynolds": the person after the owner
            elif poss:
                return _join(words[a:b])  # "The King's Fund": the possessive is in the name
            return ctx.names.resolve(_join(words[a:b]).replace("’s", "").replace("'s", ""))
    if len(words) == 1 or (len(words) == 2 and lows[0] in {"mr", "mrs", "ms", "dr"}):
        return ctx.names.resolve(_join(words))
    # "Most analysts", "Two members" say how many hold the view; "an analyst" does not
    while words and words[0].low in {"a", "an", "any", "certain"}:
        words = words[1:]
    # trailing participle: "economists surveyed by the association"
    for idx, w in enumerate(words):
        if (
            idx > 0
            and w.low.endswith("ed")
            and w.low not in lw.AGENT_NOUNS
            and "-" not in w.low
            and w.text[:1].islower()
        ):
            words = words[:idx]
            break
    name = _join(words)
    if name.lower().startswith(("the ", "a ")) and len(words) > 1 and words[1].text[:1].isupper():
        return name
    return (
        name[:1].lower() + name[1:]
        if name[:1].isupper() and len(words) > 1 and words[0].low in {"the", "a", "an"}
        else name
    )


_OF_THE_HEADS = lw.ORG_HEADS | lw._words("university college bank church museum court")


def _capital_runs(words: list[Tok]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if words[i].text[:1].isupper() and words[i].low not in {
            "the",
            "a",
            "mr",
            "mrs",
            "ms",
            "dr",
        }:
            j = i
            while j < len(words) and (
                words[j].text[:1].isupper()
                or words[j].low in {"bin", "al", "de"}
                or (
                    # "Department of Trade and Industry", "Campaign for Borders Rail"
                    words[j].low in {"of", "and", "for", "&"}
                    and j + 1 < len(words)
                    and words[j + 1].text[:1].isupper()
                    and j > i
                )
                or (
                    # "University of the Western Shore" (not "Callum Reid of the Moray ...")
                    [w.low for w in words[j : j + 2]] == ["of", "the"]
                    and j == i + 1
                    and words[i].low in _OF_THE_HEADS
                    and j + 2 < len(words)
                    and words[j + 2].text[:1].isupper()
                )
                or (words[j].low == "the" and j == i + 2 and words[i].low in _OF_THE_HEADS)
            ):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _is_agent(toks: list[Tok], rng: tuple[int, int]) -> bool:
    words = toks[rng[0] : rng[1]]
    if not words:
        return False
    lows = [w.low.rstrip("'s") for w in words]
    if lows[0] in {"this", "that", "these", "those", "it", "there", "such"} and not (
        len(lows) > 1 and lows[-1] in lw.AGENT_NOUNS  # "those analysts"
    ):
        return False
    if lows[0] in {"he", "she", "they", "we", "i"} or lows[-2:] == ["smart", "money"]:
        return True  # "the smart money says": informed opinion, as a speaker
    if any(w in lw.AGENT_NOUNS or w in lw.ORG_HEADS for w in lows):
        return True
    caps = [
        w
        for i, w in enumerate(words)
        if w.text[:1].isupper()
        and (
            i > 0
            or w.low
            not in {"the", "a", "an", "but", "and", "this", "that", "its", "their", "his", "her"}
        )
    ]
    return bool(caps) and not any(
        w.low
        in {
            "ending",
            "end",
            "breakdown",
            "collapse",
            "data",
            "figures",
            "numbers",
            "result",
            "results",
            # "Advance sales suggest the show is likely to ...": evidence the writer reads
            "sales",
            "signs",
            "indicators",
            "trends",
        }
        for w in words
    )


@dataclass
class Attribution:
    name: str
    raw: str
    verb: str | None
    negated: bool
    reported: bool


# "priced at 12/1 by StarLine", "a 7/1 chance with Harrowgate Sports": the firm named
_PRICED_BY = re.compile(
    r"(?:\d{1,3}\s*[/-]\s*\d{1,3}|\d{1,3}\.\d{1,2}|evens)(?:\s+(?:shot|chance|favourites?))?"
    # "evens to take the Hound Group with Betmarsh"
    r"(?:\s+to\s+[a-z]+(?:\s+[\w'’-]+){0,4}?)?"
    r"\s+(?:with|by)\s+((?-i:[A-Z])[\w'’&]*(?:\s+(?:&\s+)?(?-i:[A-Z])[\w'’&]*){0,2})"
)
_MOST_FIRMS = re.compile(
    r"\bwith\s+(?:most|all|several|some)\s+(?:firms|bookmakers|bookies)\b|\bacross\s+the\s+board\b"
)
_BOOKMAKERS = re.compile(
    r"\b(?:bookmakers?|bookies|betting exchanges?|punters|William Hill|Ladbrokes|Coral"
    r"|Paddy Power|Betfair|Betfred|Sky Bet|(?-i:[A-Z]\w+)\s+(?:Exchange|Bet)|rival\s+firm)\b"
)


_LAYS_OUT = re.compile(
    r"\s*((?:[A-Z][\w'’&.-]*\s+){0,3}[A-Z][\w'’.-]*|The\s+[a-z]+)\s+(?:sets\s+out|set\s+out|lays\s+out"
    r"|laid\s+out|outlines|outlined|describes|described|sketches|sketched"
    r"|assigns\s+probabilities|assigned\s+probabilities)\b"
)
_TRADE_WORDS = lw._words("rival firm bookmaker local online")


def _firm_named(words: list[Tok]) -> str | None:
    """The firm a subject names: "Kingsbridge Bet", "Rival firm QuickOdds" (after the
    trade words that introduce it)."""
    k = 0
    while k < len(words) - 1 and words[k].low in _TRADE_WORDS:
        k += 1
    if all(t.text[:1].isupper() for t in words[k:]):
        return _join(words[k:])
    return None


_SHARE_OF = re.compile(
    r"\b(?:a\s+net\s+balance\s+of\s+)?[+-]?\d{1,3}(?:\.\d)?%\s+of\s+(?:the\s+)?"
    r"(?P<who>[a-z]+s)(?:\s+(?:surveyed|polled|questioned))?\s*$"
)
_CONSENSUS_AMONG = re.compile(
    r"\s*(?:The\s+)?consensus\s+(?:among|of)\s+(?P<who>[^,;]{3,60}?)\s+(?:is|was)\s+that\s"
)
_FIRM_AFTER = re.compile(
    r" ([A-Z][\w'’-]*(?: (?:& )?[A-Z][\w'’-]*){0,3})"
    r"(?= has| have| makes| make| is| are| offers|,|\.|$)"
)


def _attribute(toks: list[Tok], clause: Clause, sentence: Sentence, ctx: Context) -> Attribution:
    gov = clause.gov
    among = _CONSENSUS_AMONG.match(sentence.text)
    if among is not None:
        # "The consensus among the economists we survey is that growth will slow": theirs,
        # as an expectation
        return Attribution(among["who"], among["who"], "expect", False, True)
    at = clause.cue.head
    share = (
        _SHARE_OF.search(sentence.text, 0, toks[at].start)
        if toks[at].low in {"expect", "predict", "forecast", "think", "believe", "see"}
        else None
    )
    if share is not None and share.end() >= toks[at].start - 1:
        # "a net balance of +18% of surveyors expect prices to rise": the surveyors do
        return Attribution(share["who"], share["who"], toks[at].low, False, True)
    if toks[at].low == "expecting" and _with_subject(toks, at):
        # "With the central bank expecting inflation to fall": the phrase names whose it is
        with_at = max(x for x in range(at) if toks[x].low == "with")
        expecter = _clean_name(toks, (with_at + 1, at), ctx)
        return Attribution(expecter, expecter, "expect", False, True)
    if clause.cue.kind == "nominal" and at > 0 and toks[at - 1].low in _OWNER_WORDS:
        # "My forecast is for growth of around 2.5% this year": whose the possessive says
        poss = toks[at - 1].low
        mine = ctx.publisher if poss in {"our", "my"} else None
        who = mine or {"its": ctx.last_org, "their": ctx.last_group}.get(poss, ctx.last_person)
        if who:
            return Attribution(who, poss, "forecast", False, True)
    if (
        gov is not None
        and gov + 1 < len(toks)
        and toks[gov].low in lw.THAT_NOUNS
        and toks[gov + 1].low in {"is", "was"}
        and (owner := _forecast_owner(toks, gov, ctx)) is not None
        and owner.lower() not in {"our", "my"}
    ):
        # "The harbour board's own forecast is that income will drop": whose forecast it is
        return Attribution(owner, owner, "forecast", False, True)
    price_at = toks[clause.cue.head].start
    books = [
        # "Local bookmaker Hollis & Co has made ...": the firm the trade word introduces
        (firm[1] if (firm := _FIRM_AFTER.match(sentence.text, m.end())) else m.group(0), m.start())
        for m in _BOOKMAKERS.finditer(sentence.text)
    ] + [(m[1], m.start(1)) for m in _PRICED_BY.finditer(sentence.text)]
    maker = (
        _subject_np(toks, clause.cue.head)
        if clause.cue.label and toks[clause.cue.head].low in {"make", "makes", "made"}
        else None
    )
    if (
        maker is not None
        and all(t.text[:1].isupper() for t in toks[maker[0] : maker[1]])
        and toks[maker[1] - 1].low not in _BOOKIES  # "Bookmakers have made X 4/6": the trade
    ):
        seller = _join(toks[maker[0] : maker[1]])  # "while Oddsline makes Wrona a 14/1 shot"
        return Attribution(seller, seller, "price", False, True)
    sold = clause.cue.subject if clause.cue.kind == "it_that" and _is_price(clause.cue) else None
    sold_by = _seller(toks, sold, books, ctx.text) if sold is not None else None
    if sold_by:
        return Attribution(sold_by, sold_by, "price", False, True)  # "Stanwell's is 8/13 that"
    if clause.cue.label and books:
        # a price is the bookmakers' forecast: "Sweden are the bookmakers' favourites"; a
        # named one's before the trade's ("For punters looking for value, Sky Bet offers"),
        # the last named before the price if there are two ("On the Torrent Exchange, Marsh
        # is trading at 2-7, while bookmaker Whitlock's has Teague at 5-2")
        firms = [(b, start) for b, start in books if not b.islower()]
        lo = toks[min(clause.start, clause.cue.head)].start
        hi = toks[clause.end - 1].end if 0 < clause.end <= len(toks) else len(sentence.text)
        own = [b for b, start in firms if lo <= start < hi]  # "... 7-2 with rival firm X"
        earlier = [b for b, start in firms if start < price_at]
        if _MOST_FIRMS.search(sentence.text, lo, hi) and not own:
            own = ["bookmakers"]  # "Ashby is a 1/3 favourite with most firms"
        if own:
            name = own[0]
        elif earlier:
            name = earlier[-1]
        else:
            name = firms[-1][0] if firms else books[0][0]
        return Attribution("bookmakers" if name.islower() else name, name, "price", False, True)
    if (
        _is_price(clause.cue)
        and clause.cue.subject
        and clause.cue.kind != "it_that"
        and toks[clause.cue.head].low in _OFFER_VERBS
    ):
        seller = _join(toks[clause.cue.subject[0] : clause.cue.subject[1]])
        return Attribution(seller, seller, "price", False, True)  # "Paddock Bet is offering 5/2 on"
    if (
        _is_price(clause.cue)
        and clause.cue.gov == clause.cue.head
        and toks[clause.cue.head].low in _HOLD_CHANCE
        and (maker := _subject_np(toks, clause.cue.head)) is not None
        and (seller := _firm_named(toks[maker[0] : maker[1]]) or "")
    ):
        return Attribution(seller, seller, "price", False, True)  # "Kingsbridge Bet has Reece at"
    if _is_price(clause.cue):
        return Attribution("bookmakers", "", "price", False, True)  # a price has a bookmaker
    if clause.cue.label == "projection" and clause.cue.subject is not None:
        # "The IMF's own projections are gloomier: growth of 0.8% in 2026"
        owner = _forecast_owner(toks, clause.cue.subject[0], ctx)
        if owner and owner.lower() not in {"our", "my"}:
            return Attribution(owner, owner, "forecast", False, True)
    if clause.cue.label == "own forecast" and clause.cue.subject is not None:
        # "She cut her 2026 profit forecast to £402m": whose forecast the possessive says
        poss = toks[clause.cue.subject[0]].low
        owner = {"her": ctx.last_person, "his": ctx.last_person, "its": ctx.last_org}.get(poss)
        owner = ctx.publisher if poss in {"our", "my"} else owner or ctx.last_agent
        if owner:
            return Attribution(owner, poss, "forecast", False, True)
    tool = _subject_np(toks, clause.cue.head) if clause.cue.label == "points to" else None
    if tool is not None and (owner := _instrument_owner(toks, tool, ctx) or _issuer(toks, tool)):
        # "The Met Office long-range outlook points to ...": whoever issued the outlook
        return Attribution(owner, owner, "forecast", False, True)
    lays_out = _LAYS_OUT.match(sentence.text) if clause.cue.label.endswith("scenario") else None
    if lays_out:
        # "Sahlberg sets out four scenarios for the government that emerges: ... (45%)"; "The
        # bulletin sets out three scenarios": whoever wrote the bulletin
        who = _name_from_text(lays_out[1], ctx) or lays_out[1]
        if lays_out[1].split()[-1].lower() in _INSTRUMENTS:
            who = ctx.last_estimator or ctx.last_org or ctx.publisher
        return Attribution(who, lays_out[1], "scenario", False, True)
    head = toks[clause.cue.head].low
    if (
        clause.cue.kind == "it_that"
        and head in {"he", "she"}
        and _SURPRISED & {t.low for t in toks[clause.cue.head : clause.cue.head + 6]}
    ):
        # "..., she said, and she would be surprised if X": the one surprised forecasts
        named = list(_people(sentence.text[: toks[clause.cue.head].start], ctx))
        who = named[-1] if named else ctx.last_person
        if who:
            return Attribution(who, toks[clause.cue.head].text, "surprised", False, True)
    if clause.cue.kind in {"nominal", "hedge_obj"} and toks[clause.cue.head].low in _FORECAST_NOUNS:
        owner = _forecast_owner(toks, clause.cue.head, ctx)
        if owner:
            return Attribution(owner, owner, "forecast", False, True)
    if clause.cue.kind in {"it_that", "hedge_obj"} and (
        (toks[clause.cue.head].low, toks[clause.cue.head + 1].low) in _CASE_NOUNS
    ):
        # "Autometrics' central case is that": whose case it is ("our" is the publisher's)
        at = clause.cue.head
        owner = _forecast_owner(toks, at, ctx)
        if at > 0 and toks[at - 1].low in {"his", "her"}:
            owner = ctx.last_person  # "Her central case is for March futures to trade ..."
        if at > 1 and toks[at - 1].low in {"'", "’"} and toks[at - 2].text[:1].isupper():
            owner = toks[at - 2].text  # a plural's possessive: "Autometrics'"
        if owner and owner.lower() not in {"our", "my"}:
            return Attribution(owner, owner, "forecast", False, True)
    if clause.cue.kind in {"nominal", "hedge_obj"} and toks[clause.cue.head].low == "consensus":
        # "The consensus is for 4.1 million net additions": the analysts' consensus
        owner = _forecast_owner(toks, clause.cue.head, ctx) or "the consensus"
        return Attribution(owner, owner, "forecast", False, True)
    negated = False
    raw = ""
    if (
        gov is not None
        and not _verb_like(toks, gov)
        and toks[gov].low in lw.SAY_VERBS | lw.THAT_NOUNS
    ):
        # "I'm in no doubt that rough sleeping will rise again": no doubt, a sure thing
        no_doubt = toks[gov].low == "doubt" and gov > 0 and toks[gov - 1].low == "no"
        return Attribution(ctx.publisher, "", toks[gov].low, no_doubt, True)
    if (
        gov is not None
        and clause.cue.kind == "chance"
        # "The model has Holm on 19%" (its "has" governs the chance it gives)
        and (_chance_gov(toks, gov) or (gov == clause.cue.head and toks[gov].low in _HOLD_CHANCE))
        and toks[gov].low not in lw.SAY_VERBS | lw.EXPECT_VERBS
    ):
        # "Traders give a one-in-five chance", "X offers odds that imply a 55% chance"
        rel = _relative_head(toks, gov)
        subj = rel or _subject_np(toks, gov) or _initial_name(toks, gov)
        if subj is None and (first := _coordinated_verb(toks, gov)) is not None:
            subj = _subject_np(toks, first)  # "Pitchline gives A ... and puts the odds of B"
        if subj is not None and subj[1] - subj[0] > 1 and toks[subj[1] - 1].low in lw.MODALS:
            subj = (subj[0], subj[1] - 1)  # "I would put the chance of X at 70%": "I"
        if subj is not None and [t.low for t in toks[subj[0] : subj[1]]] in (["it"], ["they"]):
            # "The Met Office said ..., and it put the chance that ...": the earlier speaker
            say = next(
                (
                    x
                    for x in range(subj[0] - 1, -1, -1)
                    if toks[x].low in lw.SAY_VERBS and _verb_like(toks, x)
                ),
                None,
            )
            outer = _subject_np(toks, say) if say is not None else None
            if outer is not None and _is_agent(toks, outer):
                subj = outer
            else:
                # "Nordvik Bank published three scenarios. It puts the probability of X at 65%"
                pronoun = toks[subj[0]].low
                owner_name = (
                    (ctx.last_estimator or ctx.last_org) if pronoun == "it" else ctx.last_group
                )
                if owner_name:
                    return Attribution(owner_name, toks[subj[0]].text, "estimate", False, True)
        if subj is not None and [t.low for t in toks[subj[0] : subj[1]]] in (["he"], ["she"]):
            # "Solberg is less optimistic: she puts the odds of X at 2-1 against"
            named = list(_people(sentence.text[: toks[subj[0]].start], ctx))
            # "Solberg is less optimistic: she ...": a surname opening the sentence
            opener = re.match(r"\s*([A-Z][\w'’-]+)\s", sentence.text)
            known = ctx.names.resolve(opener[1]) if opener else ""
            who = named[-1] if named else (known if " " in known else ctx.last_person)
            if who:
                return Attribution(who, toks[subj[0]].text, "estimate", False, True)
        if subj is not None and subj[1] - subj[0] == 1 and toks[subj[0]].low in _FIRST_PERSON:
            # '"I'd put the odds at one in five," she said': the one quoted
            speaker = _quote_speaker(sentence, toks, gov, ctx)
            if speaker:
                return Attribution(speaker, toks[subj[0]].text, "estimate", False, True)
        owner = _instrument_owner(toks, subj, ctx) if subj is not None else None
        if owner:
            ctx.last_estimator = owner  # "Our own race model gives ... It puts the chance of"
            raw = _join(toks[subj[0] : subj[1]]) if subj else ""
            return Attribution(owner, raw, "estimate", False, True)
        if subj is not None and (
            rel is not None
            or _is_agent(toks, subj)
            or toks[subj[1] - 1].low in {"markets", "traders", "investors"}
        ):  # "Money markets are pricing a 70% chance": the market's forecast
            name = _clean_name(toks, subj, ctx)
            if name:
                if not _has_person_name(toks[subj[0] : subj[1]]):
                    ctx.last_estimator = name
                return Attribution(name, _join(toks[subj[0] : subj[1]]), "estimate", False, True)
        gov = None
    if gov is not None and (
        toks[gov].low in lw.SAY_VERBS
        or toks[gov].low in lw.EXPECT_VERBS
        or toks[gov].low in _CONSIDER_VERBS  # "most analysts consider a quota unlikely"
        or toks[gov].low in {"pricing", "priced"}  # "Markets are pricing in a cut"
        or toks[gov].low in _BACKING  # "Holt is backing Aurora Nine to lift the trophy"
    ):
        verb = toks[gov].low
        j = gov - 1
        aside = False
        while j >= 0 and (
            toks[j].low in lw.AUX
            or toks[j].low.endswith("n't")
            # "Whitcombe does not, however, expect": an aside between the negation and the verb
            or (toks[j].low == "," and j >= 2 and toks[j - 1].low in _ASIDE_ADVERBS)
        ):
            if toks[j].low == ",":
                aside = True
                j -= 3 if toks[j - 2].low == "," else 2
                continue
            if toks[j].low in {"not", "n't", "never"} or toks[j].low.endswith("n't"):
                negated = True
            j -= 1
        subj = _subject_np(toks, j + 1) if aside else _subject_np(toks, gov)
        if subj is None:
            first = _coordinated_verb(toks, gov)
            subj = _subject_np(toks, first) if first is not None else _leading_np(toks, gov)
        if subj is not None:
            lows = [t.low for t in toks[subj[0] : subj[1]]]
            raw = _join(toks[subj[0] : subj[1]])
            if (
                subj[0] >= 2
                and toks[subj[0] - 1].low in lw.AUX
                and toks[subj[0] - 2].low
                in {
                    "nor",
                    "neither",
                }
            ):
                negated = True  # "Nor do I expect a crash"
            passive = any(t.low in _BE for t in toks[subj[1] : gov]) and not toks[gov].low.endswith(
                "ing"
            )  # "it was expecting" is progressive, not passive
            if (
                len(lows) == 1
                and lows[0] in _FIRST_PERSON
                and (speaker := _quote_speaker(sentence, toks, gov, ctx))
            ):
                # '"... I'd expect something north of 300p before the vote," said Ruth
                # Adebayo': the one quoted
                return Attribution(speaker, raw, verb, negated, True)
            if lows and lows[0] in {"it", "they", "he", "she"} and len(lows) == 1 and not passive:
                # "X said it expected ...", "Philip Shaw said he did not expect ...", "Jamie
                # Kerr expects A, and he said B": the pronoun is the earlier speaker
                k = subj[0] - 1
                while k >= 0 and not (
                    (toks[k].low in lw.SAY_VERBS or toks[k].low in lw.EXPECT_VERBS)
                    and _verb_like(toks, k)
                ):
                    k -= 1
                outer = _subject_np(toks, k) if k >= 0 else None
                if outer is not None and _is_agent(toks, outer):
                    outer_low = toks[outer[0]].low
                    personal = lows[0] in {"he", "she"}
                    if outer_low not in {"it", "they", "he", "she", "we", "i"} and (
                        not personal or _has_person_name(toks[outer[0] : outer[1]])
                    ):
                        subj = outer
                        raw = _join(toks[subj[0] : subj[1]])
                        lows = [t.low for t in toks[subj[0] : subj[1]]]
                here = _org_before(toks, subj[0]) if lows == ["it"] else None
                if here:
                    # "Shares in Calderwood fell after it warned that ...": named just before
                    return Attribution(here, raw, verb, negated, True)
                if lows in (["he"], ["she"]) and not _in_quote(sentence, toks, gov, ctx):
                    # "Analyst Priya Rao raised her target and said she expects ...": the
                    # person named earlier in this sentence, not the last one before it
                    before = sentence.text[: toks[subj[0]].start]
                    # "Okafor is less optimistic: she thinks ...": a surname alone, known
                    named = list(_people(before, ctx)) or _surnames(before, ctx)
                    # "Maya Lindholm, Shore Street's head of retail, goes further: she expects"
                    own = [n for n in named if not n.endswith(("'s", "’s"))]
                    if own or named:
                        return Attribution((own or named)[-1], raw, verb, negated, True)
                body = ctx.last_agent if ctx.last_agent != ctx.last_person else None
                it_names = _opening_name(toks[: subj[0]]) if lows == ["it"] else None
                if it_names:
                    # "The Institute of Grocery Research ... is more optimistic: it forecasts"
                    return Attribution(it_names, raw, verb, negated, True)
                if lows == ["it"] and (ctx.last_org or body or ctx.firm or ctx.last_agent):
                    # "Christian Aid has called ... It added that ...": the last subject or
                    # body that spoke; else the company the article is about ("It said its
                    # adjusted operating margin is expected to be around 12%")
                    name = ctx.last_org or body or ctx.firm or ctx.last_agent or ""
                    if body and body[:1].isupper() and ctx.agent_at == ctx.sent_index - 1:
                        # "EuroSkies ... forecasts that delays will reach 2.5 minutes. It
                        # warned that ...": the body that forecast just before
                        name = body
                    return Attribution(name, raw, verb, negated, True)
            if lows and lows[0] in {"we", "i", "our"} and not _in_quote(sentence, toks, gov, ctx):
                return Attribution(ctx.publisher, raw, verb, negated, True)
            among = _OF_GROUP.match(sentence.text)
            if len(lows) == 1 and (lows[0].isdigit() or lows[0] in _COUNT_WORDS) and among:
                # "Of 18 economists surveyed by the Ledgerline last week, 12 expect a cut"
                return Attribution(among[1], raw, verb, negated, True)
            if lows[0] in {"his", "her", "its", "their"} and (
                owner := _instrument_owner(toks, subj, ctx)
            ):
                # "Her model suggests", "Its winter bulletin, published on Monday, forecasts"
                return Attribution(owner, raw, verb, negated, True)
            plural_speakers = (
                len(lows) <= 2
                and lows[-1].endswith("s")
                and _WORDISH.match(lows[-1])
                and lows[-1] not in _NOT_SPEAKERS
                and lows[-1] not in lw.AUX
                and verb in lw.SAY_VERBS
            )  # "hauliers say", "many farmers fear"
            if _is_agent(toks, subj) or plural_speakers:
                name = _clean_name(toks, subj, ctx)
                inner = toks[subj[0] + 1 : subj[1]]
                based = next((x for x, t in enumerate(inner) if t.low.endswith("-based")), -1)
                if (
                    lows[-1] in _COMPANY_HEADS
                    and all(t.text[:1].islower() or x <= based for x, t in enumerate(inner))
                    # not "analysts polled by the company": the company is not the subject
                    and not {"by", "of", "at", "for", "from"} & set(lows)
                ):  # "the clothing retailer", "The San Jose-based company"
                    # "Shares in Harwood & Lane fell after the clothing retailer warned"
                    employer = _ROLE_OF.findall(sentence.text[: toks[subj[0]].start])
                    # "Redpost's spokesman, Tom Askew, said the firm expects": Redpost
                    name = (
                        (employer[-1] if employer else None)
                        or _org_before(toks, subj[0])
                        or ctx.firm
                        or ctx.last_org
                        or name
                    )
                elif (
                    lows == ["the", lows[-1]]
                    and lows[-1] in _BODY_HEADS
                    and ctx.last_org
                    and not ctx.last_org.islower()
                    # "The Coffee Market Research Institute ... The institute forecasts": a
                    # body named with that head word earlier is the one meant
                    and _definite(name, sentence.start + toks[subj[0]].start, ctx) == name
                ):
                    name = ctx.last_org  # "NOAA said ... The agency expects 14 to 20 storms"
                if lows and lows[0] in {"we", "i"}:
                    name = _quote_speaker(sentence, toks, gov, ctx) or ctx.publisher
                if len(lows) == 1 and lows[0] in _COUNT_WORDS and ctx.last_group:
                    # "Competition lawyers were less sanguine. Two said ...": two of them
                    name = ctx.last_group
                if name:
                    return Attribution(name, raw, verb, negated, True)
        elif verb == "expect" and all(not t.low[:1].isalnum() for t in toks[:gov]):
            # '"... Expect at least two more of them to be called in."': the one quoted
            name = _quote_speaker(sentence, toks, gov, ctx) or ctx.publisher
            return Attribution(name, "", verb, negated, True)
        elif toks[gov].low in lw.SAY_VERBS:
            return Attribution(ctx.publisher, "", verb, negated, True)
        return Attribution(ctx.publisher, raw, verb, negated, verb in lw.SAY_VERBS)
    if gov is not None and toks[gov].low in lw.THAT_NOUNS:
        k = gov - 1
        owner = None
        while k >= 0 and k >= gov - 4:
            if toks[k].low.endswith("'s") or toks[k].text.endswith("’s"):
                owner = toks[k].text.replace("’s", "").replace("'s", "")
            k -= 1
        return Attribution(owner or ctx.publisher, "", toks[gov].low, False, True)
    tail = (
        sentence.text[toks[clause.end - 1].end if clause.end > 0 else 0 :]
        if clause.end < len(toks)
        else ""
    )
    inside = _quote_at(sentence.start + toks[clause.cue.head].start, ctx)
    if (
        inside is not None
        and clause.end > 0
        and inside.close > sentence.start + toks[clause.end - 1].end
    ):
        # '"No party will win ..., and voters should not be misled by anyone who says
        # otherwise," she said': the quote's own words are not its attribution
        tail = ""
    m = _SAY_AFTER.match(tail) if tail else None
    if m:
        who = _said_who(m).strip()
        verb = (m["v1"] or m["v3"] or m["v2"] or "").lower()
        name = _name_from_text(who, ctx)
        if who.lower() in {"he", "she"}:
            # "His coach, Sam Ridley, has no doubts: the teenager was unlikely to be
            # overawed, he said": the person named earlier in this sentence
            named = list(_people(sentence.text[: toks[clause.start].start], ctx))
            # '"I'd put the odds at one in five," she said.': the person last named
            name = named[-1] if named else (name or ctx.last_person or "")
        if name:
            return Attribution(name, who, verb, False, True)
    final = _SAY_FINAL.search(sentence.text)
    if final is not None and clause.end > 0 and final.start() >= toks[clause.end - 1].end:
        who = final["n"].strip()
        name = _name_from_text(who, ctx)
        if name:
            return Attribution(name, who, "said", False, True)
    acc = _ACCORDING.search(sentence.text)
    if acc:
        who = acc.group(1).strip()
        apposed = _APPOSED_NAME.match(sentence.text, acc.end())
        role = who.split()[-1].lower() if who.split() else ""
        if apposed and role in _PERSON_ROLES and not role.endswith("s"):
            who = apposed[1]  # "according to the forum's chief economist, Gail Sutherland"
        return Attribution(_name_from_text(who, ctx) or who, who, "according", False, True)
    # "..., and in his view the Greens are on course to ...": the coordinated clause's own
    view = _IN_VIEW.match(sentence.text) or (
        _IN_VIEW_MID.match(sentence.text, toks[clause.start].start)
        if clause.kind == "coord"
        else None
    )
    if view:
        # "In Lind's view, the sell-off will reverse within weeks"; "In his view, ...": the
        # person last named
        who = re.sub(r"['’]s?$", "", view[1])
        viewer = ctx.last_person if who in {"his", "her"} else _name_from_text(who, ctx) or who
        if who in {"my", "our"}:
            # "and in my view he will not stay": the writer's own (in a quote, the speaker's)
            quoted = _in_quote(sentence, toks, clause.cue.head, ctx)
            viewer = (
                _quote_speaker(sentence, toks, clause.cue.head, ctx) if quoted else ctx.publisher
            )
        if viewer:
            return Attribution(viewer, who, "according", False, True)
    speaker = _quote_speaker(sentence, toks, clause.cue.head, ctx)
    if speaker:
        return Attribution(speaker, speaker, "said", False, True)
    if ctx.last_producer and (
        (clause.cue.kind == "adj_to" or clause.cue.act)
        and any(t.low in {"projected", "forecast"} for t in toks[: clause.cue.verb])
    ):
        # "the ASO published new population projections. ... the population is projected
        # to grow": the projections just named
        return Attribution(ctx.last_producer, "", "projected", False, True)
    return Attribution(ctx.publisher, "", None, False, False)


_INSTRUMENTS = lw._words(
    "outlook outlooks model models forecast forecasts projection projections survey surveys "
    "analysis research estimate estimates report index poll polls assessment calculations "
    "bulletin bulletins scenario scenarios plan"
)


_OF_GROUP = re.compile(
    r"\s*Of\s+(?:the\s+)?(?:\d+|[a-z]+)\s+([a-z][\w-]*(?:\s+(?:surveyed|polled|asked)\s+by\s+"
    r"(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)?)"
)
_COUNT_WORDS = lw._words(
    "one two three four five six seven eight nine ten several some many most others both"
)
_FIRST_PERSON = lw._words("i we our us i'd we'd i'll we'll i've we've")
_COMPANY_HEADS = lw._words(
    "company firm group retailer carrier airline chain lender bank insurer grocer brewer "
    "maker manufacturer operator producer supermarket business carmaker miner"
)
_BODY_HEADS = lw._words(
    "agency regulator watchdog commission authority institute organisation organization fund"
)
# "the institute", "the committee": a body's head word, for the name it stands for
_DEFINITE_HEADS = _BODY_HEADS | lw._words(
    "association center centre office council federation union board bureau ministry "
    "department committee panel service foundation society confederation chamber forum "
    "observatory"
)
_NOT_ORG = lw._words(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr"
)


_ROLE_OF = re.compile(
    r"\b([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})['’]s\s+(?:[a-z-]+\s+)?(?:spokes(?:man|woman|person)"
    r"|chief|head|director|analyst|compiler|economist|strategist)\b"
)


_RIVAL = re.compile(r"^(?:Rival\s+)?(?:firm|bookmakers?)\s+", re.IGNORECASE)


def _seller(
    toks: list[Tok], span: tuple[int, int], books: list[tuple[str, int]], text: str
) -> str | None:
    """The firm a price's subject names ("Stanwell's is 8/13 that ..."), as named in full
    ("Stanbridge also offers" after "Stanbridge Bet"); not "the same firm"."""
    if not toks[span[0]].text[:1].isupper() or toks[span[0]].low == "the":
        return None
    # "Rival firm Penfold's go evens that ...": the firm, not its description
    name = _RIVAL.sub("", _join(toks[span[0] : span[1]]))
    full = re.search(rf"\b{re.escape(name)}\s+(?:Bet|Bets|Sports|Odds|Bookmakers)\b", text)
    return next((b for b, _ in books if b.startswith(name + " ")), full[0] if full else name)


def _org_before(toks: list[Tok], limit: int) -> str | None:
    """The last organisation-like name earlier in the sentence, for an "it" after it."""
    words = toks[:limit]
    if any(t.low in {"he", "she", "they", "said", "says", ",", ";", ":"} for t in words):
        return None  # a speaker or another clause intervenes: leave "it" to the context
    for a, b in reversed(_capital_runs(words)):
        if a == 0 and b == 1:
            continue  # the sentence's first word
        if any(t.low in _NOT_ORG for t in words[a:b]):
            continue
        return _join(words[a:b])
    return None


def _opening_name(toks: list[Tok]) -> str | None:
    """The name a sentence opens with, when it is the subject ("The Institute of Grocery
    Research, an independent think tank, is ...", "Minera Altiplano Norte said"), not a
    name that qualifies another ("Stella Artois maker Inbev")."""
    start = 1 if toks and toks[0].low == "the" else 0
    stop = start
    while stop < len(toks) and (
        toks[stop].text[:1].isupper()
        or (toks[stop].low in {"of", "&"} and stop + 1 < len(toks) and stop > start)
    ):
        stop += 1
    if stop - start < 2 or stop >= len(toks):
        return None
    if toks[stop].low not in {",", "is", "was", "has", "said", "says", "which"}:
        return None
    return _join(toks[start:stop])


def _last_name_run(toks: list[Tok]) -> str | None:
    """The last run of two or more capitalised words in ``toks`` (not the sentence's first
    word alone), "of" and "&" inside it: "WinProb Analytics", "The Institute of Grocery
    Research" -> "Institute of Grocery Research"."""
    runs: list[list[Tok]] = []
    current: list[Tok] = []
    for x, t in enumerate(toks):
        joins = (
            t.low in {"of", "&"}
            and current
            and x + 1 < len(toks)
            and toks[x + 1].text[:1].isupper()
        )
        if joins or (t.text[:1].isupper() and _WORDISH.match(t.low) and x > 0):
            current.append(t)
            continue
        if sum(w.text[:1].isupper() for w in current) >= 2:
            runs.append(current)
        current = []
    if sum(w.text[:1].isupper() for w in current) >= 2:
        runs.append(current)
    return _join(runs[-1]) if runs else None


def _issuer(toks: list[Tok], rng: tuple[int, int]) -> str | None:
    """The name before a tool's own words: "The Met Office long-range outlook" -> "Met
    Office"."""
    start, end = rng
    if toks[start].low != "the" or not toks[start + 1].text[:1].isupper():
        return None
    stop = start + 1
    while stop < end - 1 and toks[stop].text[:1].isupper():
        stop += 1
    return _join(toks[start + 1 : stop]) or None


def _instrument_owner(toks: list[Tok], rng: tuple[int, int], ctx: Context) -> str | None:
    """Whose forecast a tool's output is: "its long-range outlook gives", "Opta's model gives"
    -> the body that made it (an earlier speaker in the sentence, else the last subject)."""
    words = toks[rng[0] : rng[1]]
    if not words or words[-1].low not in _INSTRUMENTS:
        return None
    first = words[0].low
    if first in {"its", "their"}:
        k = rng[0] - 1
        while k >= 0 and not (toks[k].low in lw.SAY_VERBS and _verb_like(toks, k)):
            k -= 1
        outer = _subject_np(toks, k) if k >= 0 else None
        if outer is not None and _is_agent(toks, outer) and toks[outer[0]].low not in lw.PRONOUNS:
            return _clean_name(toks, outer, ctx) or None
        named = _last_name_run(toks[: rng[0]])
        if named and first == "its":
            # "The numbers crunched by WinProb Analytics are less emphatic: its simulation
            # model gives England a 64% chance": the body named before it in the sentence
            return named
        return (ctx.last_org if first == "its" else ctx.last_group) or ctx.last_agent
    if first in {"his", "her"} and ctx.last_person:
        return ctx.last_person  # "Her model suggests X": the modeller named before
    if first in {"my", "our"}:
        return ctx.publisher  # "My model gives the Owls a 64% chance": the writer's own
    if first == "the" and len(words) == 2 and ctx.last_estimator:
        return ctx.last_estimator  # "RaceMetric gives ... The model has Holm on 19%"
    for i in range(len(words) - 1, -1, -1):
        if words[i].text.endswith(("'s", "’s")) and words[i].text[:1].isupper():
            j = i
            while j > 0 and words[j - 1].text[:1].isupper():
                j -= 1
            return _join(words[j : i + 1])[:-2].strip() or None
        if words[i].low in {"council's", "government's", "bank's", "company's", "agency's"}:
            # "the council's own projections show": the council, named before if it was
            return "the " + words[i].low[:-2]
    return None


def _initial_name(toks: list[Tok], limit: int) -> tuple[int, int] | None:
    """A run of two or more capitalised words opening the sentence: "William Hargreaves"."""
    j = 0
    while j < limit and toks[j].text[:1].isupper() and toks[j].low not in {"the", "a", "an"}:
        j += 1
    return (0, j) if j >= 2 else None


def _verb_like(toks: list[Tok], k: int) -> bool:
    """False for noun uses such as "our forecast that" or "the Annual Forecast that"."""
    if k == 0:
        return True
    prev = toks[k - 1]
    if prev.low in lw.DETERMINERS or prev.low in {"our", "my", "your", "the", "a", "an"}:
        return False
    if prev.low.endswith("'s") or prev.text.endswith("’s"):
        return False
    return not (toks[k].text[:1].isupper() and prev.text[:1].isupper())


def _name_from_text(text: str, ctx: Context) -> str:
    toks = tokenize(text)
    if not toks:
        return ""
    low = toks[0].low
    if low in {"he", "she"} and len(toks) <= 2:
        return ctx.last_person or toks[0].text
    if low in {"it", "they", "we"} and len(toks) <= 2:
        group = ctx.last_group if low == "they" else ctx.last_org if low == "it" else None
        return group or ctx.last_agent or ctx.publisher
    if low in _COUNT_WORDS and len(toks) <= 2 and ctx.last_group:
        return ctx.last_group  # "Diplomats ... told us ...: '...,' one said"
    # "a spokesman for the group", "economists at Berenberg"
    return _clean_name(toks, (0, len(toks)), ctx)


def _in_quote(sentence: Sentence, toks: list[Tok], idx: int, ctx: Context) -> bool:
    return _quote_at(sentence.start + toks[idx].start, ctx) is not None


def _quote_at(pos: int, ctx: Context) -> QuoteSpan | None:
    for q in ctx.quotes:
        if q.open < pos < q.close:
            return q
    return None


def _quote_speaker(sentence: Sentence, toks: list[Tok], idx: int, ctx: Context) -> str | None:
    q = _quote_at(sentence.start + toks[idx].start, ctx)
    if q is None:
        return None
    after = ctx.text[q.close + 1 : q.close + 160]
    after = after.split("\n", 1)[0]
    m = _SAY_AFTER.match(after)
    if m:
        who = _said_who(m).strip()
        name = _name_from_text(who, ctx)
        if name:
            return name
    line_start = ctx.text.rfind("\n", 0, q.open) + 1
    before = ctx.text[max(line_start, q.open - 160) : q.open]
    m2 = _SAY_BEFORE.search(before)
    if m2:
        return _name_from_text(m2["n"], ctx)
    named = list(_people(before, ctx)) if before.rstrip().endswith(":") else []
    # "Former captain Lee Varga, on TouchlineTV, is already excited: '...'"
    return named[-1] if named else ctx.last_person


# --------------------------------------------------------------------------- filters


def _is_self(subject: list[Tok], att: Attribution, ctx: Context) -> bool:
    if not subject:
        return False
    lows = [t.low for t in subject]
    first = lows[0]
    if first in {"i", "we", "i'll", "we'll", "our"}:
        return True
    if not att.reported or att.name == ctx.publisher:
        return False
    person = bool(ctx.last_person) and att.name.split()[-1] == (ctx.last_person or "").split()[-1]
    if (
        first in {"he", "she", "it", "they", "he'll", "she'll", "it'll", "they'll"}
        and len(lows) <= 2
        # "Sahlberg says it may slip below the line": a person does not call herself "it";
        # '"They will cut on Thursday," he said': nor himself "they"
        and not (person and first in {"it", "it'll", "they", "they'll"})
    ):
        return True
    raw_low = att.raw.lower()
    if (
        first in {"his", "her", "their", "its"}
        and len(lows) <= 4
        and (lows[-1] in lw.ORG_HEADS or lows[-1] in {"manifesto", "campaign", "plan", "policy"})
    ):
        return True
    if (
        first == "the"
        and len(lows) <= 5
        and lows[-1] in lw.ORG_HEADS
        and not any(t.text[:1].isupper() for t in subject[1:])
    ):
        return True
    if any(w in lw.ROLE_WORDS for w in raw_low.split()):
        subject_text = " ".join(lows)
        canon = ALIASES.get(subject_text) or ALIASES.get(subject_text.removeprefix("the "))
        if canon:
            demonyms = {a for a, c in ALIASES.items() if c == canon}
            if any(re.search(rf"\b{re.escape(d)}\b", raw_low) for d in demonyms):
                return True
        if (
            subject[0].low == "the"
            and len(subject) > 1
            and subject[1].text[:1].isupper()
            and raw_low.split()[0] in {"a", "an", "one"}
        ):
            return True
    return False


_SCHEDULE = re.compile(
    r"\b(?:on|from|by|until|this|next|last|every)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|weekend)\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:'s|’s)?\b|\bon\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b|\b(?:later\s+)?(?:today|tomorrow"
    r"|tonight)\b|\blater\s+this\s+(?:week|month)\b|\b(?:this|next)\s+(?:week|month)\b"
    r"|\bat\s+\d{1,2}(?::\d\d|\d\d)?\s*(?:am|pm|GMT|BST)\b"
    r"|\bfrom\s+(?:19|20)\d\d\b"
    r"|\bin\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|June|July|August"
    r"|September|October|November|December)\b",
)
_FROM_DATE = re.compile(
    r"\b[Ff]rom\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b"
)
_UNDER_POLICY = re.compile(
    r"^(?:\w+\s+){0,2}under\s+(?:the|this|these|its|his|her|their|a|new)\b", re.I
)
_PREVIEW_VERBS = lw._words(
    "say tell announce unveil outline publish present meet visit attend host discuss debate "
    "address speak sign travel reiterate repeat detail testify chair appear"
)
_EVALUATION = re.compile(
    r"^[\"“]?\s*(?:(?:a|an|the)\s+)?(?:\w+ly\s+|very\s+|so\s+|too\s+|quite\s+|rather\s+)?"
    r"(?:rash|negligent|prosperous|counterproductive|unworkable|unfair|unjust|illegal|wrong|right"
    r"|mistake|fatal|fair|unfair|better|best|good|bad|great|huge|disaster|disastrous|welcome"
    r"|sensible|unacceptable|acceptable|appropriate|inappropriate|foolish|madness|nonsense"
    r"|absurd|ridiculous|shame|tragedy|crazy|wise|unwise|helpful|useful|dangerous"
    r"|irresponsible|surprised|surprising|delighted|happy|pleased|glad|keen|willing|ready"
    r"|prepared|interested|able|unable|possible|impossible|difficult|hard|easy|nice|wonderful"
    r"|terrible|outrageous|scandal|betrayal|insult|folly|error|blow|boost|step|mistaken"
    r"|naive|premature|irresponsible|reckless|pointless|unfortunate|regrettable)\b"
)
_PAST_ABILITY = re.compile(
    # "in the past week" dates a change, it does not put what follows in the past
    r"\b(?:previously|formerly|in the past(?!\s+(?:\w+\s+)?(?:days?|weeks?|fortnight|months?"
    r"|quarters?|years?|decades?|few|couple))|used to|until now|until recently|at the time"
    r"|back then)\b",
    re.IGNORECASE,
)
_GENERIC_SUBJECT = re.compile(
    r"^(?:anyone|anybody|everyone|whoever|any \w+)\b|^(?:\w+\s+){0,2}(?:that|who|which)\s"
    # "those found guilty will", but not the demonstrative "those libraries will"
    r"|^those(?:\s+(?:who|with|without|in|on|at|found|caught|convicted|aged|over|under)\b|$)"
    r"|^(?:people|firms|companies|workers|users|drivers|passengers|customers|applicants|"
    r"migrants|visitors|students|parents|employers|households|consumers) \w+ing\b"
    r"|\b(?:found guilty|convicted|caught|who break|that break|breaking)\b"
)
_SPEECH_OBJECT = re.compile(
    r"^(?:\S+\s+){0,2}(?:announcement|statement|speech|address|visit|trip|talks|tour|appearance"
    r"|presentation|debut)\b"
)
_PERSONAL = frozenset({"he", "she", "it", "they", "i", "we"})


def _np_head(np: list[Tok]) -> list[Tok]:
    """A noun phrase up to its first preposition: "the text" of "the text on Ukraine's
    accession"."""
    cut = next((k for k, t in enumerate(np) if k and t.low in _NP_PREPS), len(np))
    return np[:cut]


_NP_PREPS = lw._words("of on in at for from with about over")
_NOT_SPEAKING = lw._words(
    "summit meeting text draft communique communiqué declaration document wording treaty deal"
    " agreement conference"
)


def _plan_or_description(
    c: Clause,
    subject: list[Tok],
    toks: list[Tok],
    att: Attribution,
    sentence: Sentence,
    ctx: Context,
) -> str | None:
    """Why a clause is a plan, schedule or policy description worded as a forecast (lexicon
    README), as a short reason code; None when it is none of these."""
    cue = c.cue
    hedged_by_speaker = att.verb in lw.HEDGES or att.verb in {
        "predicted",
        "predicts",
        "forecast",
        "forecasts",
        "projected",
        "estimated",
    }
    verb = _main_verb(toks, cue)
    if (
        cue.kind == "adj_to"
        and cue.core in {"expected", "set to"}
        and verb in lw.SPEECH_VERBS
        # "is expected to set out its plans", not "to set a new spending target"
        and (verb != "set" or "out" in {t.low for t in toks[cue.verb + 1 : cue.verb + 4]})
        # "the summit is expected to set", "the text is expected to repeat": no speaker
        and not _NOT_SPEAKING & {t.low for t in _np_head(subject)}
    ):
        return "speech_preview"  # "is expected to say": a speech previewed
    lows = [t.low for t in subject]
    while lows and lows[0] in lw.ADVERBS | {"and", "but", "so", "yet", "or"}:
        lows = lows[1:]
    after = " ".join(t.low for t in toks[cue.verb + 1 : cue.verb + 5])
    if (
        cue.kind == "modal"
        and cue.core in {"will", "would"}
        and (
            verb in _PREVIEW_VERBS
            or (verb in {"make", "give", "deliver", "hold"} and _SPEECH_OBJECT.match(after))
        )
        and lows
        and (lows[0] in _PERSONAL or _agent_subject(subject, toks[c.start] is toks[0], ctx))
    ):
        return "speech_event"  # "Mr Blunkett would make the announcement", "X will meet Y"
    if (
        lows
        and lows[0] in {"i", "we", "i'll", "we'll"}
        and cue.modal in {"will", "would"}
        and (cue.modal == "would" or verb not in lw.CONTEST_VERBS | {"see", "have"})
    ):
        return "first_person_plan"  # "I would add", "we will need time": the speaker's own plans
    if (
        cue.modal == "would"
        and verb == "be"
        and cue.verb + 2 < len(toks)
        and toks[cue.verb + 1].low in {'"', "“"}
        # 'the race would be "the biggest betting heat of the year"': an outcome, quoted
        and toks[cue.verb + 2].low not in {"the", "a", "an"}
    ):
        return "quoted_judgement"  # 'it would be "crass and ignorant"': a quoted judgement
    if cue.modal in {"may", "might"} and verb in {"wish", "want", "like"}:
        return "advice"  # "Investors with peso exposure may wish to hedge"
    if lows and lows[0] in {"you", "you'll"} and cue.kind in {"modal", "adverb"}:
        # advice to the reader, or a generic "you"; "your morning coffee will cost more" is
        # about the reader's bill, a forecast
        return "you"
    if (
        cue.modal in {"could", "may", "might"}
        and cue.core == cue.modal
        and (
            c.kind == "relative"
            or (
                verb == "be"
                and cue.verb + 1 < len(toks)
                and toks[cue.verb + 1].low.endswith("ing")
                and toks[cue.verb + 1].low not in {"going"}
            )
        )
    ):
        return (
            "present_possibility"  # "loopholes that could be abused", "students could be applying"
        )
    if cue.modal in {"could", "would", "might"} and any(
        not re.search(r"\b(?:which|who|that)\s+$", sentence.text[: m.start()])
        for m in _PAST_ABILITY.finditer(sentence.text[: toks[cue.head].start])
    ):
        # "Previously, passengers could claim": a past state ("heatwaves, which used to
        # strike every 50 years, would probably occur ..." is not)
        return "past_ability"
    unhedged = cue.kind == "modal" and cue.core in {"will", "would", "going to"}
    if not unhedged or hedged_by_speaker or not lows:
        return None
    if _GENERIC_SUBJECT.search(" ".join(lows)) or lows[0] in {"£", "$", "€"}:
        return (
            "generic_subject"  # "firms that break the law will face fines", "£13m will come from"
        )
    if (
        _head_noun(subject) in lw.POLITICAL_ACTORS
        and verb not in lw.CONTEST_VERBS
        and not hedged_by_speaker
    ):
        return "political_pledge"  # "the Tories would get a grip on crime": a pledge
    if verb == "become" and any(
        t.low in lw.ROLE_WORDS for t in toks[cue.verb + 1 : min(len(toks), cue.verb + 5)]
    ):
        return "appointment"  # "Mr Tsuda will become chairman": an appointment
    region = sentence.text[toks[c.start].start : toks[c.end - 1].end] if c.end > c.start else ""
    passive = _passive_participle(toks, cue)
    if passive is not None and passive not in lw.OUTCOME_PARTICIPLES:
        return "plan_passive"  # "the cards will be issued in 2008": someone's plan, stated as fact
    if (
        passive is None
        and (verb not in lw.MARKET_VERBS or (verb == "be" and lows[0] != "there"))
        and _SCHEDULE.search(region)
        # "the bank will cut in December unless something goes badly wrong": a call
        and not re.search(r"\bunless\b", sentence.text[toks[c.start].start :])
    ):
        return "schedule"  # "the firm will open the plant in May", "the vote will be on Friday"
    if cue.core in {"will", "would"} and _FROM_DATE.search(sentence.text):
        return "schedule"  # "fares will rise by 4.6% from 2 March": a change already set
    head = _head_noun(subject)
    if head in lw.POLICY_NOUNS and (verb in lw.DESCRIBE_VERBS or passive is not None):
        return "policy_description"  # "the bill will create new offences"
    if _UNDER_POLICY.match(sentence.text):
        return "under_policy"  # "Under the plan, councils will ..."
    # A news report relaying what someone is going to do, or how an event will run.
    called = verb in _CALL_VERBS or (
        verb == "make" and " ".join(t.low for t in toks[cue.verb + 1 : cue.verb + 3]) == "the cut"
    )  # "He will make the cut here, comfortably": a preview's call on a contest
    if (
        not ctx.analytic
        and att.name == ctx.publisher
        and verb not in lw.EFFECT_VERBS
        and not called
    ):
        return "news_register"
    return None


def _agent_subject(subject: list[Tok], initial: bool, ctx: Context) -> bool:
    """A person, organisation or country: role nouns, or a capitalised name that is not just
    the capital at the start of a sentence ("Talks will resume" has no agent)."""
    words = [t for t in subject if t.low not in lw.DETERMINERS and t.low not in {"the", "a", "an"}]
    if any(t.low.rstrip("'s") in lw.AGENT_NOUNS or t.low in lw.ORG_HEADS for t in words):
        return True
    for i, t in enumerate(subject):
        if not t.text[:1].isupper() or t.low in {"the", "a", "an", "but", "and", "this", "that"}:
            continue
        if i > 0 or not initial or t.low in ALIASES:
            return True
        if re.search(r"[a-z,;] " + re.escape(t.text) + r"\b", ctx.text):
            return True  # written with a capital mid-sentence elsewhere: a name
    return False


def _passive_participle(toks: list[Tok], cue: Cue) -> str | None:
    j = cue.verb
    n = len(toks)
    while j < n and (toks[j].low in lw.ADVERBS or toks[j].low in lw.NEGATIONS):
        j += 1
    if j >= n or toks[j].low not in {"be", "get"}:
        return None
    j += 1
    while j < n and toks[j].low in lw.ADVERBS:
        j += 1
    if j < n and (
        toks[j].low.endswith(("ed", "en", "wn"))
        or toks[j].low in lw.PLAN_PARTICIPLES
        or toks[j].low in lw.IRREGULAR_PARTICIPLES
    ):
        return toks[j].low
    return None


def _head_noun(subject: list[Tok]) -> str:
    words = [t.low for t in subject]
    for stop in ("of", "which", "who", "that", ",", "("):
        if stop in words[1:]:
            words = words[: words.index(stop, 1)]
    return words[-1] if words else ""


def _main_verb(toks: list[Tok], cue: Cue) -> str:
    j = cue.verb
    n = len(toks)
    while j < n and (toks[j].low in lw.ADVERBS or toks[j].low in lw.NEGATIONS):
        j += 1
    if j >= n:
        return ""
    verb = toks[j].low
    if verb in {"be", "been"} and j + 1 < n and toks[j + 1].low.endswith("ing"):
        return _ing_lemma(toks[j + 1].low)
    if verb in {"continue", "keep", "start", "begin"} and j + 1 < n:
        nxt = toks[j + 2].low if toks[j + 1].low == "to" and j + 2 < n else toks[j + 1].low
        if toks[j + 1].low == "to" or nxt.endswith("ing"):
            return _ing_lemma(nxt) if nxt.endswith("ing") else nxt
    return verb


# --------------------------------------------------------------------------- assembly


def _analyse(sentence: Sentence, ctx: Context) -> list[tuple[Candidate, Evidence]]:
    text = sentence.text
    if text.rstrip("\"'”’) ").endswith("?"):
        return []
    skip = _SKIP_SENTENCE.search(text)
    if skip is not None:
        aside = _DOUBT_ASIDE.search(text, 0, skip.start())
        if aside is None:
            return []
        # "Fonoti is 8/1 with Brightline Bet, although whether his hamstring holds up
        # remains to be seen": the doubt is the aside's; the price before it stands
        sentence = replace(sentence, end=sentence.start + aside.start(), text=text[: aside.start()])
        text = sentence.text
    toks = tokenize(text)
    if ctx.scare:
        toks = [t for t in toks if sentence.start + t.start not in ctx.scare]
    cues = _find_cues(toks, ctx.betting)
    if ctx.price_row is not None and not cues:
        cues = _price_row_cue(toks)
    if ctx.judged and not cues and any(t.low[:1].isdigit() for t in toks):
        cues = _projected_row_cue(toks)  # "- GDP growth of 1.2% this year"
    if ctx.called and not cues:
        cues = _called_row_cue(toks)  # "- LME tin to average $34,500/t in 2026"
    if not cues:
        return []
    clauses: list[Clause] = []
    for cue in cues:
        clause = _clause(toks, cue)
        if clause is not None:
            clauses.append(clause)
    groups = _merge(clauses, toks)
    out: list[tuple[Candidate, Evidence]] = []
    for group in groups:
        found = _candidate(group, toks, sentence, ctx)
        if found is not None:
            out.append(found)
    out = _drop_contained(out)
    for cand, ev in out:
        if cand.forecaster != ctx.publisher and not ev.flags:
            ctx.last_agent, ctx.agent_at = cand.forecaster, ctx.sent_index
    return out


_PLAIN = frozenset({"will", "would", "going to"})
_FRONTED_TIME = re.compile(
    r"(?:,|;|\band|\bbut)\s+((?:by|in|over|within|before|until|during)\s+[^,;]{1,30}?),?\s*$",
    re.IGNORECASE,
)
_BARE_HALF = re.compile(r"(?:the\s+)?(?:first|second)\s+half", re.IGNORECASE)
_SAME_PERIOD = re.compile(
    r"\b(?:over|in|during|by|within|across)\s+the\s+same\s+(?:period|time|timeframe|span|years?)\b"
    # "We put the odds of a formal agreement by that date at one in ten"
    r"|\bby\s+(?:that\s+(?:date|time|point)|then)\b"
)
# what a vote or a court decides, told in the present of the event to come
_DECIDED = lw._words(
    "approved adopted ratified rejected passed elected re-elected overturned upheld signed "
    "confirmed cancelled postponed delayed blocked vetoed"
)
_PAST_ASIDE = re.compile(
    r",\s+(?:who|which)\s+(?:\w+ly\s+)?(?:had\s+)?(?:[a-z]+ed|was|were|has|have|won|ran|beat|lost|took"
    r"|came|made|set|broke|saw|fell|rose|grew|began|got|went|gave|led|spent|sold|bought|hit)\b"
    r"[^,;]*,"
    # "Josh Maybury, back after breaking his wrist at the Ulster round in August, is 8-1"
    r"|,\s+(?:back|fresh|returning)\s+(?:after|from)\b[^,;]*,"
    # "unlikely to stay up with a squad that lost its three best players in the summer"
    r"|\b(?:that|which|who)\s+(?:lost|won|sold|signed|finished|ended|beat)\b[^,;]*$"
)
_YEAR_ONLY = re.compile(r"(?:in\s+)?(?:19|20)\d{2}")
_WEEK_OF = re.compile(r"(?:next|this)\s+week", re.IGNORECASE)
_THIS_WINTER = re.compile(r"(?:this|the|the\s+coming)\s+winter", re.IGNORECASE)
_SPLIT_YEAR = re.compile(r"(?:the\s+)?\d{4}\s*[-/–]\s*\d{2,4}(?:\s+season)?", re.IGNORECASE)
# "the 2026-27 marketing year, which runs from July to June": the article says when it ends
_YEAR_RUNS = re.compile(
    r"\b(?:marketing|crop|harvest|trading|coffee|cocoa|sugar|season)\s+year\b[^.;]{0,40}?"
    r"\b(?:runs?|running|lasts?|stretches|goes)\s+from\s+[A-Z][a-z]+\s+(?:to|through|until)\s+"
    r"(?P<to>January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_MONTH_NUMBER = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
# "The statistics office publishes both sets of figures at 09:00", "today's figures": a
# data day, when forecasts of last month's numbers are settled within hours
_RELEASE_TODAY = re.compile(
    r"\b(?:publish(?:es)?|release[sd]?|puts?\s+out|are\s+out|is\s+out|due(?:\s+out)?)\b"
    r"[^.;\n]{0,50}?\bat\s+\d{1,2}[:.]\d{2}\b(?![^.;\n]{0,40}\b(?:on|next|tomorrow)\b)"
    r"|\btoday['’]s\s+(?:figures|data|numbers|release|jobs\s+report|inflation\s+figures)\b",
    re.IGNORECASE,
)


# "Brightwell Stores (full-year results, Tuesday 10 March)", "Pennant reports on Friday"
_FIRM_DATED = re.compile(
    r"\b([A-Z][\w'’-]+)(?:\s+(?:&\s+)?[A-Z][\w'’-]+){0,3}\s*"
    r"(?:\(([^()]{0,60})\)|(?:reports|publishes|updates|announces)\b([^.;]{0,40}))"
)


def _firm_day(region: str, ctx: Context) -> Horizon | None:
    """The day the article says the company a claim names reports, or None."""
    if ctx.firm_days is None:
        ctx.firm_days = {}
        for m in _FIRM_DATED.finditer(ctx.text):
            said = m[2] if m[2] is not None else m[3]
            if m[2] is not None and not re.search(r"\bresults?\b|\bupdate\b|trading", said):
                continue  # "(CBO)", "(Reuters)": not a results day
            days = [
                h
                for h in find_horizons(said, ctx.published)
                if h.date is not None and not FULL_YEAR_WORDS.search(h.text)
            ]
            if days:
                ctx.firm_days.setdefault(m[1], min(days, key=lambda h: h.date or ctx.published))
    for name, day in ctx.firm_days.items():
        if re.search(rf"\b{re.escape(name)}\b", region):
            return day
    return None


# a numbered event of a timetable or a series: "Round 4: 20-24 April 2026", "Game 7 on 2 May"
_NUMBERED = re.compile(r"\b(Round|Stage|Game|Leg|Heat|Race|Test)\s+(\d{1,2})\b(?!\s*[-–%/])")
_RANGE_START = re.compile(r"\b(\d{1,2})\s*[-–]\s*\d{1,2}\s+[A-Z][a-z]+")


def _numbered_dates(ctx: Context) -> dict[str, tuple[dt.date, dt.date]]:
    """When each numbered event the article dates starts and ends."""
    if ctx.numbered is None:
        ctx.numbered = {}
        for m in _NUMBERED.finditer(ctx.text):
            after = re.split(r"[.;\n]", ctx.text[m.end() : m.end() + 60])[0]
            if not re.match(r"\s*(?::|,|\(|on\b|is\s+on\b|takes\s+place\b)", after):
                continue  # "Round 3 is expected to close ...": named, not dated
            dated = pick(find_horizons(after, ctx.published))
            if dated is None or dated.date is None:
                continue
            end = dated.date
            first = _RANGE_START.search(after)
            start = end.replace(day=int(first[1])) if first and int(first[1]) < end.day else end
            ctx.numbered.setdefault(f"{m[1].lower()} {m[2]}", (start, end))
    return ctx.numbered


def _numbered_event(region: str, ctx: Context) -> Horizon | None:
    """ "before Round 4": the day it starts; "Round 3 is expected to close": the day it ends."""
    for m in _NUMBERED.finditer(region):
        dates = _numbered_dates(ctx).get(f"{m[1].lower()} {m[2]}")
        if dates is not None:
            ahead = re.search(r"\b(?:before|ahead\s+of|by)\s+(?:the\s+)?$", region[: m.start()])
            return Horizon(dates[0] if ahead else dates[1], m.group(0), 0, 0)
    return None


# "The season ends on Sunday 17 May": the day a league's places are settled
_SEASON_ENDS = re.compile(
    r"\bseason\s+(?:ends|finishes|closes|concludes|wraps\s+up)\s+(?:on\s+)?[^.;]{3,40}",
    re.IGNORECASE,
)


def _sport_season_end(ctx: Context) -> Horizon:
    stated = _SEASON_ENDS.search(ctx.text)
    dated = pick(find_horizons(stated.group(0), ctx.published)) if stated else None
    if dated is not None and dated.date is not None:
        return dated
    return Horizon(season_end("sport", ctx.published), "the season", 0, 0)


_FIRST_YEAR = re.compile(
    r"\b(?:in|over|during|within|by\s+the\s+end\s+of)\s+(?:its|their|the)\s+first\s+"
    r"(?:year|12\s+months|twelve\s+months)\b(?!\s+of\s+(?!operation))",
    re.IGNORECASE,
)
# the day a product, a service or a building starts: "will go on sale in 30 markets on 17
# October", "opens to the public on 28 March"
_BEGINS = re.compile(
    r"\b(?:(?:go|goes|going)\s+on\s+sale|opens?|launch(?:es)?|arrives?|goes\s+live"
    r"|takes?\s+effect|comes?\s+into\s+force)[^.;]{0,50}",
    re.IGNORECASE,
)


def _begins_on(ctx: Context) -> dt.date | None:
    if ctx.begins is None:
        found = (
            h.date
            for m in _BEGINS.finditer(ctx.text)
            for h in find_horizons(m.group(0), ctx.published)
            if h.date is not None and h.date >= ctx.published
        )
        ctx.begins = next(found, ctx.published)
    return ctx.begins if ctx.begins != ctx.published else None


def _ended_month(region: str, ctx: Context) -> str | None:
    """ "in February" in ``region`` of a piece of 6 March: the month just ended, or None."""
    last = ctx.published.replace(day=1) - dt.timedelta(days=1)
    name = calendar.month_name[last.month]
    m = re.search(rf"\b(?:in|for)\s+{name}\b(?!\s+\d{{4}})", region)
    return m.group(0) if m else None


_MONTH_ONLY = re.compile(
    r"(?:in\s+)?(January|February|March|April|May|June|July|August|September|October"
    r"|November|December)",
    re.IGNORECASE,
)
_PRESENT_FORECAST = lw._words("forecast forecasts expect expects predict predicts project projects")
_TIME_OPENING = re.compile(
    r"\s*(?:By|In|Over|Within|Before|Until|During|Towards?|Later|Next|This|Come|For)\s"
)
_GUIDANCE = re.compile(r"\b(?:guide|guides|guidance|forecast|outlook)\b", re.IGNORECASE)
_PART_OF_YEAR = re.compile(r"\b(?:quarter|half)\b|\b[QH][1-4]\b", re.IGNORECASE)
_LEADING_LINK = re.compile(r"^(?:though|although|but|and|yet|while|so)\s+", re.IGNORECASE)
_AMONG = re.compile(r"\b[Aa]mong\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\b")
_PRESENT_PASSIVE = re.compile(r"\b(?:is|are) (?:\w+ly )?\w+(?:ed|en)\b")
_FEW = re.compile(
    r"(?:very |almost |virtually )?(?:few|no one|nobody|no-one|hardly anyone)\b", re.I
)


def _with_chance(c: Clause, toks: list[Tok]) -> bool:
    """A chance added after a forecast: "expects temperatures of around 24C, with a 30%
    chance of thunderstorms"."""
    head = c.cue.head
    return head >= 2 and [t.low for t in toks[head - 2 : head]] == [",", "with"]


def _other_estimate(group: list[Clause], c: Clause, toks: list[Tok]) -> bool:
    if c.cue.kind == "it_that" and any(
        x.cue.head >= (c.cue.claim_start or len(toks)) for x in group
    ):
        return False  # "bookmakers offer 11/10 that the champion will be ...": one forecast
    """A coordinated clause with an estimate of its own is a forecast of its own: "the price
    will settle at 1,700p, and that Crestline could walk away" (two values), "puts X at 64%
    and gives Reform a one in three chance" (two numbers)."""
    if c.drops and c.kind == "report" and all(x.gov != c.gov for x in group):
        return True  # "..., in a dispute that hauliers say could leave gaps": hauliers' own
    if (
        c.kind == "report"
        and c.gov is not None
        and toks[c.gov - 1].low == "and"
        and all(x.gov != c.gov for x in group)
    ):
        return True  # "projected X at 808 million tonnes and said stocks were likely to rise"
    if c.kind == "coord" and _IN_VIEW_MID.match(
        " ".join(t.text for t in toks[c.start : c.start + 3])
    ):
        return True  # "X will finish fourth, and in his view Y is on course to ...": a second
    if c.kind == "relative" or not (c.coord_that or c.cue.core[:1].isdigit()):
        return False
    if _with_chance(c, toks):
        return True
    cores = {x.cue.core for x in group}
    if c.cue.core in cores or (c.cue.core in _PLAIN and cores & _PLAIN):
        return False
    return any(x.cue.kind != "nominal" for x in group)


def _merge(clauses: list[Clause], toks: list[Tok]) -> list[list[Clause]]:
    main = sorted((c for c in clauses if c.kind != "relative"), key=lambda c: (c.start, c.cue.head))
    groups: list[list[Clause]] = []
    for c in main:
        if groups:
            last = groups[-1]
            end = max(x.end for x in last)
            if (c.start < end or c.coord_that or c.subjectless) and not _other_estimate(
                last, c, toks
            ):
                last.append(c)
                continue
            if c.start < end:
                # the earlier forecast stops where this one's "and that" begins
                cut = c.start
                if c.kind == "report" and c.gov is not None and c.gov < cut:
                    cut = c.gov  # "... and said stocks were likely to rise": before "said"
                if _with_chance(c, toks):
                    cut = c.cue.head
                    c.gov = c.gov if c.gov is not None else last[0].gov  # the same forecaster
                while cut > 0 and toks[cut - 1].low in {
                    "and",
                    "that",
                    ",",
                    "but",
                    "while",
                    "in",
                    "amid",
                    "with",
                }:
                    cut -= 1
                for x in last:
                    x.end = min(x.end, max(cut, x.cue.verb + 1))
        groups.append([c])
    if not groups:
        # "..., one of which is likely to be in Glasgow": the sentence has no other forecast
        groups = [[c] for c in clauses if c.kind == "relative"][:1]
    return groups


_CALL_VERBS = lw._words("win beat lose survive qualify retain")


# Reasons to drop a clause that are sometimes wrong on news text: with ``propose`` the clause
# is kept, flagged, and the learned filter decides (judged BBC tuning proposals: 16 of 350
# flagged ones were forecasts, all under these reasons). Every other reason ("speech_event",
# "generic_subject", "judgement", "intention", "you", "evaluative", ...) had no forecast among
# the judged proposals and still drops the clause outright.
SOFT_FLAGS = frozenset(
    {
        "bare_would",
        "self",
        "news_register",
        "plan_passive",
        "schedule",
        "political_pledge",
        "policy_description",
    }
)


def _drop_reason(
    c: Clause, toks: list[Tok], att: Attribution, sentence: Sentence, ctx: Context
) -> str | None:
    """Why the rules take a cue for something other than a forecast, or None."""
    cue = c.cue
    verb = _main_verb(toks, cue)
    if (
        cue.modal == "would"
        and verb == "be"
        and _EVALUATION.match(" ".join(t.low for t in toks[cue.verb + 1 : cue.verb + 5]))
        # "she doubted that councils would be able to raise fees": an ability forecast
        and not (
            att.verb in lw.HEDGES
            and toks[min(cue.verb + 1, len(toks) - 1)].low in {"able", "unable"}
        )
    ):
        # "it would be a mistake", "walking out now would be a mistake": a judgement, reported
        # or not
        return "judgement"
    if cue.modal == "would" and any(
        toks[x].low == "even" and toks[x + 1].low == "without"
        for x in range(max(0, cue.head - 14), cue.head - 1)
    ):
        # "even without the facility, the country would still possess missiles": a claim
        # about a hypothetical world, not about what will happen
        return "counterfactual"
    if (cue.modal == "would" or (cue.kind == "adj_to" and cue.modal == "would")) and (
        not att.reported
        or att.verb == "according"
        or (_in_quote(sentence, toks, cue.head, ctx) and att.verb != "said")
    ):
        return "bare_would"
    if (
        cue.kind == "modal"
        and verb in lw.INTENTION_VERBS
        and cue.core not in {"may", "might", "could"}  # "cells may attempt to cross": a guess
    ):
        after = next((t.low for t in toks[cue.verb :] if t.low not in lw.ADVERBS), "")
        if not (verb == "mean" and after != "to"):  # "it will mean higher prices": an effect
            return "intention"
    subject = (
        toks[c.start : cue.head]
        if cue.kind not in {"hedge_obj", "nominal", "it_that", "chance"}
        else []
    )
    if cue.kind == "modal" and toks[cue.head].low in lw.CONTRACTED_WILL:
        subject = [toks[cue.head]]
    if _EVALUATIVE.match(_join(toks[c.start : min(len(toks), cue.verb + 4)])):
        return "evaluative"
    if (
        subject
        and _is_self(subject, att, ctx)
        and cue.kind in {"modal", "adverb"}
        and verb not in lw.OUTCOME_VERBS
    ):
        return "self"
    return _plan_or_description(c, subject, toks, att, sentence, ctx)


def _candidate(
    group: list[Clause], toks: list[Tok], sentence: Sentence, ctx: Context
) -> tuple[Candidate, Evidence] | None:
    first = group[0]
    start = min(c.start for c in group)
    end = max(c.end for c in group)
    quote_start = min([c.intro for c in group if c.intro is not None] + [start])
    for c in group:
        if c.cue.quote_start is not None:  # "Paddock Bet is offering 5/2 on", "The model has"
            quote_start = min(quote_start, c.cue.quote_start)
        if c.cue.kind in {"it_that", "chance"}:
            quote_start = min(quote_start, c.cue.head)
            gov = c.cue.gov
            if gov is not None and c.cue.head - 6 <= gov < c.cue.head:
                # "The TIIE swaps market is pricing about a 65% chance of that move": the
                # quote holds who gives the chance
                subj = _subject_np(toks, gov)
                quote_start = min(quote_start, subj[0] if subj else gov)
        if c.cue.kind in {"hedge_obj", "nominal"}:
            subj = (
                None if toks[c.cue.head].low in _OUTCOME_DETS else _subject_np(toks, c.cue.head)
            )  # "the most likely outcome is X" opens the quote itself
            quote_start = min(quote_start, subj[0] if subj else c.cue.head)
    while end > start and toks[end - 1].low in {",", ".", ";", ":", "and", "but"}:
        end -= 1
    if end <= start:
        return None
    gov = first.gov
    if (
        end - quote_start < 5
        and first.kind in {"report", "that"}
        and gov is not None
        and quote_start - 4 <= gov < quote_start
        and (toks[gov].low in lw.SAY_VERBS or toks[gov].low in lw.HEDGES)
        # a claim with its own subject
        and not (toks[quote_start].low in lw.MODALS or toks[quote_start].low in lw.AUX)
    ):
        # "He predicted the budget would pass", "My own view is that Wren will win": a short
        # claim's quote keeps who says it
        subj = _subject_np(toks, gov)
        quote_start = subj[0] if subj is not None and gov - 4 <= subj[0] else gov
    # a price merged with the clause it is on ("bookmakers offer 11/10 that the champion
    # will be ...") is the price-setter's forecast; "Autometrics' central case is that X
    # will" is Autometrics'
    owned = next(
        (
            c
            for c in group
            if c.cue.kind == "it_that"
            and (
                _is_price(c.cue)
                or tuple(t.low for t in toks[c.cue.head : c.cue.head + 2]) in _CASE_NOUNS
            )
        ),
        first,
    )
    att = _attribute(toks, owned, sentence, ctx)
    if ctx.price_row:
        att = Attribution(ctx.price_row, ctx.price_row, "price", False, True)
    if ctx.judged and (ctx.judged_by or ctx.last_body) and att.name == ctx.publisher:
        # "The report ... sets out a series of judgments about the year ahead. Among them:"
        # then "- State-linked groups are likely to ...": the report's maker's judgments
        att = Attribution(ctx.judged_by or ctx.last_body or "", "", "judgment", False, True)
    if att.name == ctx.publisher and ctx.interviewee and _in_answer(sentence.start, ctx):
        # "I think prices will stay roughly flat this year" answering the interviewer's
        # question: the interviewee's forecast, not the paper's
        att = Attribution(ctx.interviewee, att.raw, att.verb, att.negated, True)
    if owned.cue.kind == "chance":
        listed = owned.cue.head > 1 and toks[owned.cue.head - 1].low in {"and", ","}
        if listed and not att.reported and ctx.last_chance and ctx.last_chance[0] == ctx.sent_index:
            att = ctx.last_chance[1]  # "..., and a 20% chance of G4 conditions"
        ctx.last_chance = (ctx.sent_index, att)
    # validity of every cue: the rules' reasons to drop one become flags when proposing
    valid: list[Clause] = []
    flagged: list[Clause] = []
    reasons: list[str] = []
    for c in group:
        reason = _drop_reason(c, toks, att, sentence, ctx)
        if reason is None:
            valid.append(c)
        else:
            flagged.append(c)
            reasons.append(reason)
    flags: list[str] = []
    if not valid:
        soft = [(c, r) for c, r in zip(flagged, reasons, strict=True) if r in SOFT_FLAGS]
        if not ctx.propose or not soft:
            return None
        valid, flags = [c for c, _ in soft], [r for _, r in soft]
    if att.verb in lw.PLEDGE_VERBS and all(c.cue.kind == "modal" for c in valid):
        return None  # "promised that X would": a pledge
    if att.raw.lower().startswith(("not ", "none ")):
        return None  # "Not everyone thinks X will": nobody commits to it
    few = _LEADING_LINK.sub("", att.raw.strip())  # "though few expect": the quantifier
    if _FEW.match(few):
        if att.verb not in lw.HEDGES or att.verb.endswith("ed") or att.verb in {"thought", "felt"}:
            return None  # "Nobody thought stocks would fall that fast": a past surprise
        # "few in Port Selim believe X will", "almost nobody expects X": the crowd's doubt,
        # read as "do not believe"
        att = replace(att, negated=not att.negated)
        if _FEW.fullmatch(few):
            # "Among diplomats, few expect ...": the group named; else the publisher's report
            among = _AMONG.search(sentence.text[: toks[start].start])
            att = replace(att, name=among[1] if among else ctx.publisher)
    if (
        ctx.propose
        and first.gov is not None
        and first.gov > 0
        and toks[first.gov - 1].low in {"had", "'d"}
    ):
        flags.append("past_report")  # "the IMF had said that growth would be 1.8%"
    if (
        att.reported
        and att.verb
        and (att.verb.endswith("ed") or att.verb in {"forecast", "thought"})
    ):
        prefix = sentence.text[: toks[start].start]
        years = [int(y) for y in _YEAR.findall(prefix)]
        if years and max(years) < ctx.published.year:
            flags.append("old_forecast")  # a report of an old forecast
    if flags and not ctx.propose:
        return None
    reading = _reading(valid, att, ctx)
    if reading is None:
        return None
    for c in valid:
        if (
            c.cue.kind in {"it_that", "chance"}
            and c.cue.claim_start is not None
            and not any(
                t.low in lw.MODALS or t.low in lw.CONTRACTED_WILL
                for t in toks[c.cue.claim_start : c.end]
            )
        ):
            rewritten = {x for a, b, _ in c.cue.edits for x in range(a, b)}
            window = []
            for x in range(c.cue.claim_start, min(len(toks), c.cue.claim_start + 12)):
                if toks[x].low in {",", ";", "—", "–", "("}:
                    break
                if x not in rewritten:  # "have fallen to 20%" is replaced, not a past tense
                    window.append(toks[x].low)
            past = {"has", "have", "had", "was", "were", "did", "is", "are"}
            passive = _PRESENT_PASSIVE.search(" ".join(window))
            if passive and (c.cue.kind == "chance" or passive[0].split()[-1] in _DECIDED):
                # "a one-in-three chance that waits are eliminated by the end of the year";
                # "we judge it likely that the statute is approved": an event to come
                past -= {"is", "are"}
            said = " ".join(window)
            if any(int(y) > ctx.published.year for y in re.findall(r"\b20\d\d\b", said)) or any(
                h.date is not None and h.date > ctx.published and re.search(r"\d{4}", h.text)
                for h in find_horizons(said, ctx.published)
            ):
                # "the chance that the population is smaller in 2040", "that inflation is still
                # above 3% at the end of 2026" (written in February 2026)
                past -= {"is", "are"}
            if re.search(r"\b(?:is|are) \w+ing\b", said) and re.search(
                r"\b(?:by|before|within|next)\b", said
            ):
                past -= {"is", "are"}  # "odds that the tunnel is operating by 2030": ahead
            if c.cue.label.endswith(("scenario", "odds", "evens", "whether")):
                # "Alternative (30%): the vote is postponed", "Downside case (30%): rains are
                # late": a scenario is told in the present, and so is a bet ("It is 4/6 that
                # the winner is a woman")
                past -= {"is", "are"}
            if any(w in past for w in window):
                return None  # "it is likely that X has happened / is the case": not a forecast
    q0 = toks[quote_start].start
    q1 = toks[end - 1].end
    tail_if = max((c.cond_end for c in group if c.cond_end), default=0)
    if tail_if > end:
        q1 = toks[tail_if - 1].end
    abs_start = sentence.start + q0
    abs_end = sentence.start + q1
    quote = ctx.text[abs_start:abs_end]
    first_tok = toks[quote_start].text[:1]
    bare_modal = toks[quote_start].low in lw.MODALS and not re.search(
        r"\w['’]", toks[quote_start].low
    )
    if bare_modal or not (first_tok.isalnum() or first_tok in '$£€“"'):
        return None  # no subject left: a fragment, not a checkable claim ("I'd" has one)
    own = [c.cue.claim_start for c in group if c.cue.kind == "it_that" and c.cue.claim_start]
    # "it was more likely than not that X would": the claim is X, whatever else the group holds
    claim = _claim(toks, sentence.text, max([start, *own]), end, valid, group)
    scenario = any(c.cue.label.endswith("scenario") for c in group)
    if len(claim.split()) < (2 if scenario else 3):
        return None  # a fragment; a scenario may be as short as "talks collapse"
    horizon_lo = min(
        [c.intro for c in group if c.intro is not None and c.condition is None]
        # a cue phrase before the claim dates it: "the most likely outcome for 2024 is X"
        + [c.cue.head for c in group if c.cue.claim_start is not None]
        + [start]
    )
    region = sentence.text[toks[horizon_lo].start : q1]
    # "Lindqvist, who cleared 6.05m indoors in March, is 2/1 to ...": a past aside's date
    # is not the forecast's
    hz = pick(find_horizons(_PAST_ASIDE.sub(lambda m: " " * len(m[0]), region), ctx.published))
    opening = sentence.text[: toks[horizon_lo].start]
    if (
        (hz is None or hz.date is None)
        and _TIME_OPENING.match(opening)
        # "In January the IFS said X would": the opening dates the saying ("For 2026 as a
        # whole, we forecast that": a present forecast, the opening dates what it is about)
        and not any(
            (t.low in lw.SAY_VERBS and t.low not in _PRESENT_FORECAST) or t.low.endswith("ed")
            for t in toks[:horizon_lo]
        )
    ):
        # "By the end of the year we see the pair at 64": the sentence opens with its date
        hz = pick(find_horizons(opening, ctx.published)) or hz
    fronted = _FRONTED_TIME.search(opening) if hz is None or hz.date is None else None
    if fronted is not None:
        # "..., and by 2027 I expect Samsung's share to slip to 17%": the clause opens with it
        hz = pick(find_horizons(fronted[1], ctx.published)) or hz
    horizon_text: str | None
    if hz is None or hz.date is None:
        hz = summer_recess(region, ctx.published, ctx.events) or hz
    if hz is None or hz.date is None or FULL_YEAR_WORDS.fullmatch(hz.text.strip(" ,.")):
        # "We expect Brightwell to report full-year profit of £412m" in a results-week
        # preview that lists "Brightwell Stores (full-year results, Tuesday 10 March)"; "...
        # when it reports full-year results on 26 February": the day it reports
        if hz is not None and hz.date is not None:
            days = [
                h
                for h in find_horizons(region, ctx.published)
                if h.date is not None and not FULL_YEAR_WORDS.search(h.text)
            ]
            hz = min(days, key=lambda h: h.date or ctx.published) if days else hz
        hz = _firm_day(region, ctx) or hz
    numbered = _numbered_event(region, ctx) if hz is None or hz.date is None else None
    if numbered is not None:
        hz = numbered  # "Round 3 is expected to close the services chapter", dated in a list
    first_year = _FIRST_YEAR.search(region) if hz is None or hz.date is None else None
    if first_year is not None:
        # "shipments of 14.5 million units in the first 12 months after launch": a year from
        # the day it goes on sale (or opens), where the article gives one
        begins = _begins_on(ctx) or ctx.published
        hz = Horizon(begins.replace(year=begins.year + 1), first_year.group(0), 0, 0)
    ended = _ended_month(region, ctx) if ctx.release_today else None
    if (hz is None or hz.date is None) and ended:
        # "Economists expect employers to have added 18,000 jobs in February" on the day
        # the February figures come out: settled by today's release
        hz = Horizon(ctx.published, ended, 0, 0)
    held = event_horizon(region, ctx.events) if hz is not None and hz.date is not None else None
    month = _MONTH_ONLY.fullmatch(hz.text.strip(" ,.'’")) if hz is not None else None
    if (
        held is not None
        and held.date is not None
        and hz is not None
        and hz.date is not None
        # "at next month's meeting", not "could walk out next month"
        and (month is not None or re.search(r"\b(?:next|this) month['’]s\b", region) is not None)
        and (held.date.year, held.date.month) == (hz.date.year, hz.date.month)
        and (month is None or held.date.strftime("%B").lower() == month[1].lower())
    ):
        hz = held  # "a cut at the December meeting", held on 11 December: that day
    if (
        hz is not None
        and hz.date is not None
        and _SPLIT_YEAR.fullmatch(hz.text.strip(" ,.'’"))
        and ctx.season in {"grain", "crop"}
    ):
        # "808 million tonnes in 2025-26" in a harvest story: the crop year, not the UK's
        # financial year
        kind = ctx.season
        hz = replace(hz, date=season_end(kind, dt.date(hz.date.year, 1, 1)))
    if (
        hz is not None
        and hz.date is not None
        and ctx.year_ends is not None
        and _SPLIT_YEAR.fullmatch(hz.text.strip(" ,.'’"))
    ):
        end = ctx.year_ends
        hz = replace(hz, date=dt.date(hz.date.year, end, calendar.monthrange(hz.date.year, end)[1]))
    if hz is not None and hz.date is not None and is_this_season(hz.text):
        # "this season" in a harvest outlook is the crop year, in a football preview May
        kind = season_kind(region, least=1)  # "tropical cyclones ... this season"
        kind = kind if kind != "sport" else ctx.season
        hz = replace(hz, date=season_end(kind, ctx.published, hz.text))
    if (
        hz is not None
        and hz.date is not None
        and _THIS_WINTER.fullmatch(hz.text.strip(" ,.'’"))
        and (kind := ctx.season) in {"heating", "ski"}
    ):
        # "end the winter at around 38%" in a gas outlook: the gas year's winter, to March
        hz = replace(hz, date=season_end(kind, ctx.published))
    if (hz is None or hz.date is None) and ctx.frame is not None:
        hz = ctx.frame[1]  # the paragraph's opening time frame
    if (hz is None or hz.date is None) and ctx.section is not None:
        hz = ctx.section
    match_day = ctx.events.get("match")
    if (
        hz is not None
        and match_day is not None
        and match_day.date is not None
        and _BARE_HALF.fullmatch(hz.text.strip())
        # a match the article previews, not one it mentions in passing
        and ctx.main_event is not None
        and ctx.main_event.date == match_day.date
    ):
        hz = match_day  # "heavy rain is likely to arrive in the second half" of the final
    if hz is not None and hz.date is not None and ctx.fiscal_month is not None:
        ends = fiscal_end(hz.text, ctx.published, ctx.fiscal_month)
        if ends is not None:
            hz = replace(hz, date=ends)  # "FY2027" for a fund whose year ends on 30 June
    # the filter reads the claim's own time words: an event dated elsewhere says nothing
    # about whether this clause is a forecast
    own_horizon = hz is not None and hz.date is not None
    if (hz is None or hz.date is None) and _SEASON_OUTCOME.search(claim) and ctx.season == "sport":
        # "Ashdown are 2-5 with CrownBet to be relegated": decided on the season's final day
        # (the one the article dates, else the usual end), not at the next match
        last = [h for h in ctx.events.values() if h.date and _LAST_DAY.search(h.text)]
        hz = max(last, key=lambda h: h.date or dt.date.min) if last else _sport_season_end(ctx)
    if hz is None or hz.date is None:
        # "X will win the race", dated elsewhere; "Okafor is 8/1" names the win only in its claim
        dated = event_horizon(region, ctx.events) or event_horizon(claim, ctx.events)
        # "to rise by two to four points in the month after the result": counted from it
        hz = after_event(region, dated) if dated is not None else hz
    if (hz is None or hz.date is None) and ctx.last_due is not None and _SAME_PERIOD.search(region):
        hz = (
            ctx.last_due
        )  # "..., while the working-age population will shrink over the same period"
    if (hz is None or hz.date is None) and ctx.asked is not None:
        hz = ctx.asked  # "What will be the hottest console this Christmas?" / "Most analysts ..."
    if hz is None and ctx.main_event is not None and not _LONG_RUN.search(region):
        hz = ctx.main_event  # an undated forecast in a preview is due when its event is
    if (
        hz is not None
        and hz.date is not None
        and ctx.main_event is not None
        and ctx.main_event.date is not None
        and _WEEK_OF.fullmatch(hz.text.strip(" ,.'’"))
        and 0 <= (hz.date - ctx.main_event.date).days < 7
    ):
        # "Orrin will not show its smart glasses next week", the event being on 9 September:
        # that week's event is what settles it
        hz = ctx.main_event
    if (hz is None or hz.date is None) and ctx.outlook is not None and not _LONG_RUN.search(region):
        hz = ctx.outlook  # "Spring outlook: March to May 2026": its calls are for that spring
    if (
        (hz is None or hz.date is None)
        and not ctx.events
        and _LEAGUE_PLACE.search(claim)
        and ctx.season == "sport"
    ):
        hz = _sport_season_end(ctx)
    results = ctx.events.get("results")
    if (
        hz is not None
        and hz.date is not None
        and results is not None
        and results.date is not None
        and results.date > ctx.published
        and _PART_OF_YEAR.search(hz.text)
        and not _YEAR.search(hz.text)
        and (
            (hz.date - ctx.published).days > 270
            or (results.date < hz.date and _GUIDANCE.search(claim))
        )
    ):
        # "expect fourth-quarter sales to decline", written in January before the results:
        # the quarter just ended, known on results day (not the fourth quarter of this year);
        # "management will guide above $9.5bn for the fourth quarter": said on results day
        hz = results
    if (
        hz is not None
        and hz.date is not None
        and (hz.date.month, hz.date.day) == (12, 31)
        and _YEAR_ONLY.fullmatch(hz.text.strip(" ,.'’"))
        and ctx.season == "hurricane"
    ):
        # "an above-normal Atlantic hurricane season in 2026": over when the season is
        hz = replace(hz, date=season_end("hurricane", dt.date(hz.date.year, 1, 1)))
    if hz is not None and hz.date is not None:
        resolve_by, horizon_text, source = hz.date, hz.text, "stated"
        ctx.last_due = hz
    else:
        resolve_by = ctx.published + dt.timedelta(days=ctx.default_horizon_days)
        horizon_text, source = (hz.text if hz else None), "default"
    condition = next((c.condition for c in group if c.condition), None)
    cand = Candidate(
        quote=quote,
        start=abs_start,
        end=abs_end,
        claim=claim,
        probability=reading.p,
        probability_phrase=reading.phrase,
        scale=ctx.scale.name,
        resolve_by=resolve_by,
        horizon_text=horizon_text,
        horizon_source=source,  # type: ignore[arg-type]
        forecaster=_tidy_name(
            _definite(att.name or ctx.publisher, abs_start, ctx),
            ctx.publisher,
            seller=att.verb == "price",
        ),
        actors=actors_in(claim, ctx.names),
        conditional=condition,
        quantity=find_quantity(claim),
    )
    main = valid[0]
    cue = main.cue
    verb_at = cue.verb
    while verb_at < len(toks) - 1 and (
        toks[verb_at].low in lw.ADVERBS or toks[verb_at].low in lw.NEGATIONS
    ):
        verb_at += 1
    evidence = Evidence(
        flags=tuple(flags),
        cue_kind=cue.kind,
        cue_core=cue.core if not cue.core[:1].isdigit() else "pct",
        modal=cue.modal,
        mods=cue.mods,
        phrase=reading.phrase if not reading.phrase[:1].isdigit() else "pct",
        clause_kind=main.kind,
        subject=tuple(t.text for t in _claim_subject(main, toks)),
        verb=_main_verb(toks, cue),
        passive=_passive_participle(toks, cue),
        att_verb=att.verb,
        att_reported=att.reported,
        att_publisher=cand.forecaster == ctx.publisher,
        in_quote=_in_quote(sentence, toks, cue.head, ctx),
        conditional=condition is not None,
        horizon_stated=own_horizon,
        schedule=bool(_SCHEDULE.search(region)),
        tokens=tuple(t.low for t in toks),
        cue_at=cue.head,
        verb_at=min(verb_at, len(toks) - 1),
        claim_start=start,
        claim_end=end,
        sent_index=ctx.sent_index,
        sent_count=ctx.sent_count,
        analytic=ctx.analytic,
        estimative=ctx.estimative,
        speaker=cand.forecaster,
        speaker_raw=att.raw,
        speaker_context=_speaker_context(cand.forecaster, att.raw, ctx),
        politics=ctx.politics,
    )
    return cand, evidence


def _speaker_context(name: str, raw: str, ctx: Context) -> str:
    """The attribution words and the text around the speaker's first mention, lower-cased:
    "Lib Dem home affairs spokesman Mark Oaten" tells what kind of speaker Mr Oaten is."""
    if not name or name == ctx.publisher:
        return ""
    cached = ctx.speakers.get(name)
    if cached is None:
        key = name.split()[-1]
        pos = ctx.text.find(key) if len(key) > 2 else -1
        window = ctx.text[max(0, pos - 80) : pos + len(key) + 60] if pos >= 0 else ""
        cached = ctx.speakers[name] = f"{name} {window}".lower()
    return f"{raw} {cached}".lower()


def _claim_subject(c: Clause, toks: list[Tok]) -> list[Tok]:
    """The subject of the claim (not of the attribution)."""
    cue = c.cue
    if cue.kind == "hedge_obj" and cue.claim_start is not None and cue.edits:
        return toks[cue.claim_start : cue.edits[0][0]]
    if cue.kind in {"nominal", "it_that", "chance"} and cue.claim_start is not None:
        out: list[Tok] = []
        for t in toks[cue.claim_start : cue.claim_start + 6]:
            if t.low in lw.MODALS or t.low in lw.CONTRACTED_WILL or t.low in lw.COPULAS:
                break
            out.append(t)
        return out
    if cue.kind == "modal" and toks[cue.head].low in lw.CONTRACTED_WILL:
        return [toks[cue.head]]
    return toks[c.start : cue.head]


_PRIORITY = {
    "it_that": 0,
    "chance": 0,
    "adj_to": 0,
    "predicative": 0,
    "adverb": 0,
    "hedge_obj": 1,
    "nominal": 1,
    "modal": 2,
}


def _reading(clauses: list[Clause], att: Attribution, ctx: Context) -> Reading | None:
    best: Reading | None = None
    best_rank = 9
    for c in clauses:
        cue = c.cue
        rank = _PRIORITY[cue.kind]
        if cue.core[:1].isdigit():
            p = float(cue.core)
            reading: Reading | None = Reading(
                1 - p if cue.negated else p, p, p, cue.label or f"{round(p * 100)}% chance"
            )
        else:
            reading = ctx.scale.read(cue.core, cue.mods, negated=cue.negated)
        weak = cue.core in {"may", "might", "could"} and not att.negated
        if (
            rank == 2
            and att.verb in lw.HEDGES
            and not (weak and lw.HEDGES[att.verb] in {"think", "believe", "expect", "suspect"})
        ):
            # "she thought France might overtake": the modal's hedge stands, not "think"
            hedge = ctx.scale.read(lw.HEDGES[att.verb], negated=att.negated)
            if hedge is not None:
                reading = hedge
                rank = 1
        elif rank == 1 and att.negated and cue.kind in {"hedge_obj", "nominal"}:
            reading = ctx.scale.read(cue.core, negated=True)
        if reading is None:
            continue
        if rank < best_rank or (rank == best_rank and best is not None and reading.p < best.p):
            best, best_rank = reading, rank
    return best


# "in the longer term", "up to 15 years": a forecast that looks past the article's event
# ("the worst year since the pandemic" looks back at one year, not past the event)
_LONG_RUN = re.compile(
    r"\b(?:years|decades?|long(?:er)?[- ]term|long run|eventually|first\s+(?:full\s+)?year)\b",
    re.I,
)
_SUBJECT_OF = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "I"}
_OBJECT_SUBJECT = re.compile(r"^(him|her|them|us|me) (will|would)\b", re.IGNORECASE)


def _claim(
    toks: list[Tok], text: str, start: int, end: int, clauses: list[Clause], group: list[Clause]
) -> str:
    edits: dict[int, tuple[int, str]] = {}
    for c in clauses:
        for a, b, rep in c.cue.edits:
            if start <= a < end or (a == b == len(toks) and rep == "<of>"):
                edits[a] = (b, rep)
        for a, b in c.drops:
            if start <= a < end:
                edits[a] = (b, "")
    for c in group:
        if c.coord_that:
            k = c.start - 1
            if k >= 0 and toks[k].low == "that":
                edits[k] = (k + 1, "")
    pieces: list[str] = []
    i = start
    prev_end: int | None = None
    nominal = any(rep == "<nominal>" for _, rep in edits.values())
    of_form = any(rep == "<of>" for _, rep in edits.values())
    while i < end:
        if i in edits and edits[i][1] not in {"<nominal>", "<of>"}:
            b, rep = edits[i]
            if rep:
                pieces.append((" " if pieces else "") + rep)
            prev_end = toks[b - 1].end
            i = b
            continue
        t = toks[i]
        gap = "" if prev_end is None else (" " if t.start > prev_end else "")
        pieces.append(gap + t.text)
        prev_end = t.end
        i += 1
    claim = _SPACES.sub(" ", "".join(pieces)).strip(" ,;:")
    claim = claim.replace(" ,", ",")
    # "could well step in": the hedge is in the probability; "will well" is not English
    claim = re.sub(r"\bwill (not )?well ", lambda m: "will " + (m[1] or ""), claim)
    # "expect him to climb" -> "he will climb": the object pronoun becomes the subject
    claim = re.sub(r"\b(?:appears?|seems?|looks?) to will\b", "will", claim)
    claim = _OBJECT_SUBJECT.sub(lambda m: _SUBJECT_OF[m[1].lower()] + " " + m[2], claim)
    claim = _VIEW_OPENING.sub("", claim)  # who holds the view is the forecaster, not the claim
    if nominal:
        claim = (
            "There will be " + claim[:1].lower() + claim[1:]
            if claim[:1].isupper()
            and not claim.split()[0].isupper()
            and claim.split()[0].lower() in {"a", "an", "the"}
            else "There will be " + claim
        )
    elif of_form:
        claim = claim + " will happen"
    return claim[:1].upper() + claim[1:] if claim else claim


def _drop_contained(
    found: list[tuple[Candidate, Evidence]],
) -> list[tuple[Candidate, Evidence]]:
    keep: list[tuple[Candidate, Evidence]] = []
    norms = [_NORM.sub(" ", c.claim.lower()).strip() for c, _ in found]
    for i, pair in enumerate(found):
        if any(
            j != i
            and norms[i] in norms[j]
            and len(norms[j]) > len(norms[i])
            and (pair[1].flags or not found[j][1].flags)  # a flagged one never hides a clean one
            for j in range(len(found))
        ):
            continue
        keep.append(pair)
    return keep
