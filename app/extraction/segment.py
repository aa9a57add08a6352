# ruff: noqa: RUF001  (typographic quotes and dashes are matched on purpose)
"""Split an article into blocks and sentences, keeping offsets into the original text.

Boilerplate (bylines, reading-time lines, captions and photo credits, editor's notes,
copyright footers, navigation) is flagged here so the rules never see it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_BLANK = re.compile(r"\n[ \t]*\n")
_LINE = re.compile(r"[^\n]+")
_BULLET = re.compile(r"^[ \t]*(?:[•\-*–·▪●]|\d+[.)])\s+", re.MULTILINE)
_TERMINAL = re.compile(r"[.!?][\"'”’)\]]*\s*$")

_BOILER = re.compile(
    r"copyright|©|all rights reserved|^\s*\d+\s*mins?\.?\s+read\b|\bmin(?:ute)?s? read\s*$"
    r"|^\s*reading time\b|^\s*(?:posted|published|updated|last updated)\b[^.]{0,60}$"
    r"|^\s*editor'?s note\b|^\s*(?:related|read more|see also|more on this story)\s*:"
    r"|^\s*(?:share|follow us|subscribe|sign up|click here|advertisement)\b"
    r"|^\s*article search\s*$|^\s*disclaimer\s*:|may not be (?:published|reproduced)"
    r"|does not constitute (?:investment|financial|legal) advice|views expressed (?:are|here)"
    r"|^\s*about (?:the|us)\b[^.]{0,80}:|reproduction permitted|^\s*image\s*(?:source|caption)?\s*:"
    r"|^\s*(?:photo|picture)\s*:",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^\s*[(\[].*(?:getty|afp|reuters|\bap\b|images|photo|pool|shutterstock|epa|via ).*[)\]]\s*$",
    re.IGNORECASE,
)
_QUOTE_MARK = re.compile(r'[“”"]')
_FOOTER_START = re.compile(r"copyright|©|all rights reserved", re.IGNORECASE)

_ABBREV = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "plc",
        "gov",
        "sen",
        "rep",
        "gen",
        "col",
        "lt",
        "maj",
        "capt",
        "sgt",
        "jr",
        "sr",
        "fig",
        "approx",
        "est",
        "dept",
        "univ",
        "ave",
        "bros",
    ]
)
_SENT_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9$£€])")


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    kind: str  # "body", "heading" or "boiler"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    block: int


@dataclass(frozen=True)
class QuoteSpan:
    """A stretch of direct speech: ``open``/``close`` are the offsets of the marks."""

    open: int
    close: int
    block: int


@dataclass
class Segmented:
    text: str
    blocks: list[Block]
    sentences: list[Sentence]
    quotes: list[QuoteSpan]
    scare: list[QuoteSpan] = field(default_factory=list)


def segment(text: str) -> Segmented:
    blocks = _blocks(text)
    sentences: list[Sentence] = []
    quotes: list[QuoteSpan] = []
    scare: list[QuoteSpan] = []
    for index, block in enumerate(blocks):
        if block.kind != "body":
            continue
        sentences.extend(_sentences(text, block, index))
        for q in _quotes(text, block, index):
            (scare if _is_scare(text, q) else quotes).append(q)
    return Segmented(text, blocks, sentences, quotes, scare)


def _blocks(text: str) -> list[Block]:
    raw: list[tuple[int, int]] = []
    para_start = 0
    for sep in [*_BLANK.finditer(text), None]:
        para_end = sep.start() if sep else len(text)
        lines = [(m.start(), m.end()) for m in _LINE.finditer(text, para_start, para_end)]
        lines = [(s, e) for s, e in lines if text[s:e].strip()]
        current: tuple[int, int] | None = None
        for s, e in lines:
            line = text[s:e]
            if current is None:
                current = (s, e)
                continue
            prev = text[current[0] : current[1]]
            wrapped = (
                not _TERMINAL.search(prev)
                and not _BULLET.match(line)
                and len(prev.rstrip().splitlines()[-1]) > 50
            )
            if wrapped:
                current = (current[0], e)
            else:
                raw.append(current)
                current = (s, e)
        if current is not None:
            raw.append(current)
        if sep:
            para_start = sep.end()
    kinds = [_classify(text[s:e]) for s, e in raw]
    for i in range(len(raw) - 1):
        if _CREDIT.match(text[raw[i + 1][0] : raw[i + 1][1]]):
            kinds[i] = kinds[i + 1] = "boiler"
    footer = False
    for i, (s, e) in enumerate(raw):
        if footer:
            kinds[i] = "boiler"
        elif _FOOTER_START.search(text[s:e]) and i >= len(raw) - 4:
            footer = True
    return [Block(s, e, k) for (s, e), k in zip(raw, kinds, strict=True)]


# a listed outcome and its chance: a scenario table's row
_CHANCE_ITEM = re.compile(
    # "- Paulo Serrat (Kingsmere): 7-2", a price list's row
    r"[\w)]:\s*(?:\d{1,2}(?:\.\d)?%|\d{1,3}\s*[-/]\s*\d{1,3}|evens)\.?$"
)


# a listed runner and the price that ends its row: "Stays at Castlegate - 4/9", "Galway by
# 1-3 points: 4/1", "- Ardenvale Moonraker (Standard Poodle) 7-2", "No. 51 Ardent Racing 6/1"
_PRICED_ITEM = re.compile(r"^[A-Z].{0,62}\s(?:\d{1,3}\s*[-/]\s*\d{1,3}|evens)\.?$")


_FORECAST_WORD = re.compile(
    r"\b(?:will|would|could|may|might|likely|unlikely|expected|expects?|forecasts?|set\s+to"
    r"|on\s+course)\b",
    re.IGNORECASE,
)


def _classify(block: str) -> str:
    if _BOILER.search(block) or _CREDIT.match(block):
        return "boiler"
    body = _BULLET.sub("", block).strip()
    if _BULLET.match(block) and _CHANCE_ITEM.search(body):
        return "body"  # "- A small explosive eruption from the summit crater: 35%"
    if _PRICED_ITEM.match(body):
        return "body"  # a price list's row
    if _BULLET.match(block) and re.search(r"\d", body) and len(body.split()) >= 4:
        return "body"  # "- GDP growth of 1.2% this year": a listed figure
    if _BULLET.match(block) and _FORECAST_WORD.search(body) and len(body.split()) >= 4:
        # "- The electoral commission will publish certified final results on Tuesday": a
        # key point with no full stop is still a sentence
        return "body"
    if not _TERMINAL.search(body) and len(body.split()) <= 20:
        return "heading"
    return "body"


# a live report's entry time opening its paragraph: "08:31 Of 24 economists surveyed ..."
_STAMP = re.compile(r"\d{1,2}[:.]\d{2}\s+(?=[A-Z\"“])")


def _sentences(text: str, block: Block, index: int) -> list[Sentence]:
    out: list[Sentence] = []
    start = block.start
    bullet = _BULLET.match(text, block.start, block.end) or _STAMP.match(
        text, block.start, block.end
    )
    if bullet:
        start = bullet.end()  # "- ...", "08:31 Of 24 economists ...": the text after the mark
    for m in _SENT_END.finditer(text, start, block.end):
        if _is_abbreviation(text, m.start()):
            continue
        out.append(_make(text, start, m.end(), index))
        start = m.end()
    if start < block.end:
        out.append(_make(text, start, block.end, index))
    return [s for s in out if s.text]


def _make(text: str, start: int, end: int, block: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end], block)


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot]
    if not word:
        return False
    if "." in word or (len(word) == 1 and word.isupper()):
        return True  # U.S. / J. Smith
    return word.lower() in _ABBREV


_SCARE_BEFORE = re.compile(
    r"(?:^|[^\w])(?:said|says|say|told|added|warned|wrote|insisted|argued|asked|replied"
    r"|stressed|explained|commented|declared|concluded|predicted)\s*$",
    re.IGNORECASE,
)


def _is_scare(text: str, q: QuoteSpan) -> bool:
    """A few quoted words inside the reporter's own sentence ("the government was "very
    likely to lose" the vote"): part of reported speech, not a stretch of direct speech."""
    inner = text[q.open + 1 : q.close]
    if len(inner.split()) > 8 or re.search(r"[.!?;:,]\s*$|[.!?;]\s", inner):
        return False
    before = text[max(0, q.open - 40) : q.open].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in "%"):
        return False  # opens a sentence or follows a colon or comma: direct speech
    return not _SCARE_BEFORE.search(before)


def _quotes(text: str, block: Block, index: int) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    opened: int | None = None
    for m in _QUOTE_MARK.finditer(text, block.start, block.end):
        i, ch = m.start(), m.group()
        if ch == "“" or (ch == '"' and opened is None):
            opened = i
        elif (ch == "”" or ch == '"') and opened is not None:
            spans.append(QuoteSpan(opened, i, index))
            opened = None
    return spans
