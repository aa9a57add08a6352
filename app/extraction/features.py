# ruff: noqa: RUF001  (typographic apostrophes are matched on purpose)
"""Features of a proposed candidate, for the learned precision filter (``filter.py``).

The rules (``rules.py``) propose candidates and record what they saw in an ``Evidence``:
the cue, the clause, its subject and main verb, the attribution, and the reasons the
hand-written filters would have dropped it. ``featurize`` turns that into a sparse binary
feature dict (name -> 1.0). Everything is pure Python and deterministic; the training
script (``scripts/train_filter.py``) calls the same function, so training and inference
see identical features.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from . import lexicon_words as lw

FEATURE_VERSION = 2


@dataclass(frozen=True)
class Evidence:
    """What the rules saw when they proposed one candidate."""

    flags: tuple[str, ...]  # reasons the hand-written filters give for dropping it
    cue_kind: str  # modal, adverb, adj_to, predicative, it_that, chance, hedge_obj, nominal
    cue_core: str  # "will", "likely", "expected", "set to", ...
    modal: str
    mods: tuple[str, ...]  # modifiers of the cue: "very", "more", "increasingly"
    phrase: str  # the probability phrase read on the scale
    clause_kind: str  # how the clause was cut: start, that, report, coord, intro, ...
    subject: tuple[str, ...]  # subject of the claim, original case
    verb: str  # main verb of the claim (lemma-like)
    passive: str | None  # participle of "will be <participle>"
    att_verb: str | None  # attribution verb ("said", "expects", "according")
    att_reported: bool  # attributed to someone (or a reporting verb governs it)
    att_publisher: bool  # forecaster is the publisher
    in_quote: bool  # the cue sits inside direct speech
    conditional: bool
    horizon_stated: bool
    schedule: bool  # a calendar anchor ("on Monday", "in June") in the claim
    tokens: tuple[str, ...]  # the sentence, lower-cased tokens
    cue_at: int  # token index of the cue
    verb_at: int  # token index of the main verb
    claim_start: int  # token range of the claim
    claim_end: int
    sent_index: int
    sent_count: int
    analytic: bool  # the document is written as an assessment
    estimative: int  # estimative phrases outside direct speech in the document
    speaker: str = ""  # the forecaster as extracted
    speaker_raw: str = ""  # the attribution words as written ("it", "analysts at X")
    speaker_context: str = ""  # lower-cased words around the speaker's first mention
    politics: int = 0  # political words in the document


_WORD = re.compile(r"^[a-z][a-z'-]*$")
_NUMBER = re.compile(r"^\d")
_STOP = lw._words("the a an of to and in on at for")
_SAY = lw._words(
    "said says say told tells added adds insisted insists stressed stresses noted notes "
    "explained explains argued argues claimed claims wrote writes stated states"
)
_PREDICT = lw._words(
    "predicted predicts predict forecast forecasts projected projects estimated estimates "
    "estimate reckoned reckons calculated calculates"
)
_WARN = lw._words("warned warns warn cautioned cautions feared fears fear")
_ANNOUNCE = lw._words(
    "announced announces confirmed confirms unveiled unveils revealed reveals indicated "
    "indicates signalled signals"
)
_FIRST = lw._words("i we our us i'll we'll my")
_DEMONSTRATIVE = lw._words("this that these those such which")
_TITLES = lw._words("mr mrs ms dr sir lord lady prof professor")
_PAST_MARKERS = lw._words("was were had did been")
_FUTURE_WORDS = lw._words(
    "next coming future forthcoming soon eventually later tomorrow upcoming ahead"
)


def _subject_type(subject: tuple[str, ...]) -> tuple[str, str]:
    """(type, head word) of the claim's subject."""
    words = [w for w in subject if w.lower() not in lw.ADVERBS | {"and", "but", "so", "yet"}]
    if not words:
        return "none", ""
    lows = [w.lower().replace("’", "'") for w in words]
    first = lows[0]
    stop = next(
        (i for i, w in enumerate(lows) if i and w in {"of", "which", "who", "that", ",", "("}),
        len(lows),
    )
    head = lows[stop - 1].removesuffix("'s")
    if first in _FIRST:
        return "first", head
    if first in {"you", "your", "you'll"}:
        return "you", head
    if first in {"he", "she", "he'll", "she'll"} and len(lows) <= 2:
        return "he_she", head
    if first in {"they", "they'll"} and len(lows) <= 2:
        return "they", head
    if first in {"it", "it'll"} and len(lows) <= 2:
        return "it", head
    if first in {"there", "there'll"}:
        return "there", head
    if first in _DEMONSTRATIVE and len(lows) <= 2:
        return "demonstrative", head
    if first in {"£", "$", "€"} or _NUMBER.match(first):
        return "money_number", head
    if head in lw.POLITICAL_ACTORS:
        return "political", head
    if head in lw.POLICY_NOUNS:
        return "policy", head
    if head in lw.ORG_HEADS:
        return "org", head
    if head in lw.AGENT_NOUNS:
        return "agent", head
    caps = [w for i, w in enumerate(words[:stop]) if w[:1].isupper() and (i or len(words) > 1)]
    if first in _TITLES or (len(caps) >= 2 and all(w[:1].isupper() for w in words[-2:stop])):
        return "name", head
    if caps or (words[0][:1].isupper() and len(words) == 1):
        return "proper", head
    if head.endswith("s") and first not in {"the", "its", "their", "his", "her"}:
        return "generic_plural", head
    return "noun", head


def _verb_classes(verb: str, passive: str | None) -> list[str]:
    out = []
    if passive is not None:
        out.append("passive_outcome" if passive in lw.OUTCOME_PARTICIPLES else "passive_plan")
        return out
    if verb in lw.MARKET_VERBS and verb not in {"be", "remain", "stay"}:
        out.append("market")
    if verb in lw.EFFECT_VERBS:
        out.append("effect")
    if verb in lw.EVENT_VERBS:
        out.append("event")
    if verb in lw.SPEECH_VERBS:
        out.append("speech")
    if verb in lw.CONTEST_VERBS:
        out.append("contest")
    if verb in lw.INTENTION_VERBS:
        out.append("intention")
    if verb in {"be", "have"}:
        out.append(verb)
    return out or ["other"]


def _att_class(verb: str | None, reported: bool) -> str:
    if verb is None:
        return "reported_other" if reported else "none"
    if verb == "according":
        return "according"
    if verb in lw.HEDGES:
        return "hedge"
    if verb in _PREDICT:
        return "predict"
    if verb in _WARN:
        return "warn"
    if verb in lw.PLEDGE_VERBS:
        return "pledge"
    if verb in _ANNOUNCE:
        return "announce"
    if verb in _SAY:
        return "say"
    if verb in lw.THAT_NOUNS:
        return "noun"
    return "other"


_SPEAKER_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "analyst",
        re.compile(
            r"\b(?:analysts?|economists?|strategists?|experts?|forecasters?|observers?"
            r"|commentators?|researchers?|research|report|survey|study|index|institute"
            r"|think[- ]tank|consultancy|consultants?|professor|academics?|correspondent"
            r"|editor|polls?|pollsters?|traders?|investors?|markets?|brokers?|bankers?"
            r"|economics|fund|agency|imf|oecd|world bank)\b"
        ),
    ),
    (
        "official",
        re.compile(
            r"\b(?:minister|secretary|chancellor|premier|spokes(?:man|woman|person)"
            r"|officials?|government|department|ministry|commission(?:er)?|treasury"
            r"|home office|president|mayor|governor|cabinet|executive|administration"
            r"|regulators?|police|council|authorit(?:y|ies)|central bank|fed)\b"
        ),
    ),
    (
        "politician",
        re.compile(
            r"\b(?:mps?|msps?|meps?|party|leader|shadow|tor(?:y|ies)|conservatives?"
            r"|labour|lib dems?|liberal democrats?|ukip|snp|plaid|candidates?|peer"
            r"|lord|backbencher|opposition)\b"
        ),
    ),
    (
        "company",
        re.compile(
            r"\b(?:chief executive|chairman|chairwoman|boss|managing director|director"
            r"|firm|company|group|plc|ltd|inc|corp|founder|manager|airline|bank|maker"
            r"|retailer|operator|carrier|producer)\b"
        ),
    ),
    (
        "campaign",
        re.compile(
            r"\b(?:unions?|tuc|campaigns?|campaigners?|charity|charities|alliance"
            r"|association|federation|lobby|society|league|activists?|critics?"
            r"|opponents?|supporters?)\b"
        ),
    ),
)
_POLICY_SUBJECTS = lw.POLICY_NOUNS | lw._words(
    "move moves measures cuts tax taxes decision ruling idea proposals plans changes reforms "
    "deal merger takeover bid offer agreement announcement review levy ban policy strategy "
    "initiative budget restructuring investment"
)
_PRESENT_MARKERS = lw._words("now currently already still today presently")


def speaker_types(speaker: str, context: str) -> list[str]:
    """Kinds of speaker by the words in and around their name ("analyst", "official",
    "politician", "company", "campaign", "person", "publisher")."""
    if not speaker:
        return ["publisher"]
    found = [name for name, pat in _SPEAKER_TYPES if pat.search(context)]
    if found:
        return found
    if re.match(r"^[A-Z][\w'-]+(?: [A-Z][\w'-]+)+$", speaker):
        return ["person"]
    return ["other"]


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def featurize(ev: Evidence) -> dict[str, float]:
    """Sparse binary features of one proposal. Names are stable strings; the model file
    holds a weight for each name it knows, and unknown names are ignored."""
    f: dict[str, float] = {"bias": 1.0}

    def on(name: str) -> None:
        f[name] = 1.0

    for flag in ev.flags:
        on(f"flag={flag}")
    on(f"flags={min(len(ev.flags), 2)}")
    on(f"cue={ev.cue_kind}")
    on(f"core={ev.cue_core}")
    on(f"cue={ev.cue_kind}|core={ev.cue_core}")
    if ev.modal:
        on(f"modal={ev.modal}")
    for mod in ev.mods:
        on(f"mod={mod}")
    if set(ev.mods) & {"more", "increasingly", "less"}:
        on("comparative")  # "are more likely to become involved in crime": a generic contrast
    on(f"phrase={ev.phrase}")
    on(f"clause={ev.clause_kind}")
    stype, head = _subject_type(ev.subject)
    on(f"subj={stype}")
    if head and _WORD.match(head):
        on(f"subjhead={head}")
    for vc in _verb_classes(ev.verb, ev.passive):
        on(f"verbclass={vc}")
        on(f"subj={stype}|verbclass={vc}")
        on(f"core={ev.cue_core}|verbclass={vc}")
        if ev.att_publisher:
            on(f"own|verbclass={vc}")
    if ev.verb and _WORD.match(ev.verb):
        on(f"verb={ev.verb}")
    att = _att_class(ev.att_verb, ev.att_reported)
    on(f"att={att}")
    on(f"att={att}|core={ev.cue_core}")
    on(f"att={att}|subj={stype}")
    if ev.att_verb and _WORD.match(ev.att_verb):
        on(f"attverb={ev.att_verb}")
    on(f"publisher={ev.att_publisher}")
    on(f"publisher={ev.att_publisher}|analytic={ev.analytic}")
    on(f"publisher={ev.att_publisher}|core={ev.cue_core}")
    on(f"publisher={ev.att_publisher}|subj={stype}")
    on(f"quote={ev.in_quote}")
    on(f"quote={ev.in_quote}|subj={stype}")
    on(f"conditional={ev.conditional}")
    on(f"horizon={ev.horizon_stated}")
    on(f"schedule={ev.schedule}")
    on(f"analytic={ev.analytic}")
    on(f"estimative={_bucket(ev.estimative, (0, 1, 3, 6))}")
    on(f"position={_bucket(ev.sent_index, (0, 1, 3, 8))}")
    if ev.sent_index >= ev.sent_count - 2:
        on("position=last2")

    kinds = speaker_types("" if ev.att_publisher else ev.speaker, ev.speaker_context)
    flag = ev.flags[0] if ev.flags else "none"
    on(f"flag={flag}|subj={stype}")
    on(f"flag={flag}|speaker={kinds[0]}")
    on(f"flag={flag}|att={att}")
    for vc in _verb_classes(ev.verb, ev.passive):
        on(f"flag={flag}|verbclass={vc}")
    for kind in kinds:
        on(f"speaker={kind}")
        on(f"speaker={kind}|core={ev.cue_core}")
        on(f"speaker={kind}|subj={stype}")
        for vc in _verb_classes(ev.verb, ev.passive):
            on(f"speaker={kind}|verbclass={vc}")
    lows = [w.lower() for w in ev.subject]
    raw = ev.speaker_raw.lower().strip()
    if raw in {"it", "they", "he", "she", "the company", "the firm", "the group", "the party"}:
        on(f"speaker_pronoun|subj={stype}")  # "The firm will open two plants, it said"
    if lows and lows[0] in {"it", "they", "it'll", "they'll"}:
        cue_at = ev.cue_at
        if any(t in lw.SAY_VERBS for t in ev.tokens[:cue_at]):
            on("pronoun_after_report")
    if ev.verb == "be" and ev.verb_at + 1 < len(ev.tokens):
        nxt = ev.tokens[ev.verb_at + 1]
        if nxt.endswith("ed") or nxt in lw.IRREGULAR_PARTICIPLES:
            on("be_participle")
        elif nxt in {"a", "an", "the"}:
            on("be_noun")
        elif _WORD.match(nxt):
            on("be_other")
    if lows and ev.att_reported and not ev.att_publisher:
        if lows[0] in {"it", "they", "he", "she", "we", "i", "it'll", "they'll", "he'll"}:
            on("self_pronoun")
        if lows[0] in {"its", "their", "his", "her", "our", "my"}:
            on("self_possessive")
        speaker_words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", ev.speaker)}
        if speaker_words & {w.strip("'s") for w in lows}:
            on("subject_is_speaker")
    if head in _POLICY_SUBJECTS or any(w in _POLICY_SUBJECTS for w in lows[:4]):
        on("subj_policy")
        on(f"subj_policy|speaker={kinds[0]}")
    on(f"politics={_bucket(ev.politics, (2, 6, 12))}")

    toks = ev.tokens
    claim = toks[ev.claim_start : ev.claim_end]
    if any(t in _PRESENT_MARKERS for t in claim):
        on("claim_present_marker")
    if "have" in claim and "to" in claim:
        on("claim_have_to")
    on(f"claimlen={_bucket(len(claim), (5, 9, 15, 25))}")
    if any(_NUMBER.match(t) or t in {"%", "£", "$", "€"} for t in claim):
        on("claim_number")
    if any(t in _FUTURE_WORDS for t in claim):
        on("claim_future_word")
    if any(t in {"not", "n't", "never", "no"} for t in claim):
        on("claim_negation")
    sentence_lows = set(toks)
    if sentence_lows & {"if", "unless"}:
        on("sent_if")
    if sentence_lows & _PAST_MARKERS:
        on("sent_past_marker")
    if "?" in sentence_lows:
        on("sent_question_mark")
    if sentence_lows & {'"', "“", "”"}:
        on("sent_quote_mark")
    if sentence_lows & {"plans", "plan", "planned", "intends", "aims", "wants", "proposals"}:
        on("sent_plan_word")
    if sentence_lows & {"announced", "announce", "announcement", "unveiled", "confirmed"}:
        on("sent_announce_word")
    if sentence_lows & {"analysts", "analyst", "economists", "economist", "experts", "forecast"}:
        on("sent_analyst_word")

    # lexical context around the cue and the main verb
    left = [t for t in toks[max(0, ev.cue_at - 3) : ev.cue_at] if _WORD.match(t)]
    right = [t for t in toks[ev.cue_at : ev.verb_at + 3] if _WORD.match(t)]
    for w in left:
        on(f"L:{w}")
    for w in right:
        if w not in _STOP:
            on(f"R:{w}")
    for a, b in itertools.pairwise(right):
        on(f"RB:{a}_{b}")
    if left:
        on(f"LB:{left[-1]}_{right[0] if right else ''}")
    return f
