# ruff: noqa: RUF001  (typographic quotes and dashes are matched on purpose)
"""Who a claim is about: countries, organisations and people named in it.

A small gazetteer maps demonyms and common aliases to one canonical name ("U.S." ->
"United States", "Chinese" -> "China"); other capitalised names are kept as written, with
short person mentions expanded to the fullest form used in the article ("Trump" ->
"Donald Trump").
"""

from __future__ import annotations

import re

# canonical name: aliases and demonyms (lower case)
_PLACES: dict[str, tuple[str, ...]] = {
    "United States": (
        "u.s.",
        "us",
        "u.s",
        "usa",
        "america",
        "american",
        "americans",
        "united states",
        "the united states",
    ),
    "United Kingdom": ("uk", "u.k.", "britain", "great britain", "british", "united kingdom"),
    "China": ("china", "chinese", "prc"),
    "Taiwan": ("taiwan", "taiwanese"),
    "Japan": ("japan", "japanese"),
    "North Korea": ("north korea", "north korean", "dprk"),
    "South Korea": ("south korea", "south korean"),
    "Russia": ("russia", "russian", "russians"),
    "Ukraine": ("ukraine", "ukrainian"),
    "Germany": ("germany", "german", "germans"),
    "France": ("france", "french"),
    "Italy": ("italy", "italian"),
    "Spain": ("spain", "spanish"),
    "Portugal": ("portugal", "portuguese"),
    "Netherlands": ("netherlands", "dutch", "holland"),
    "Belgium": ("belgium", "belgian"),
    "Austria": ("austria", "austrian"),
    "Switzerland": ("switzerland", "swiss"),
    "Sweden": ("sweden", "swedish"),
    "Norway": ("norway", "norwegian"),
    "Denmark": ("denmark", "danish"),
    "Finland": ("finland", "finnish"),
    "Poland": ("poland", "polish"),
    "Hungary": ("hungary", "hungarian"),
    "Greece": ("greece", "greek"),
    "Ireland": ("ireland", "irish"),
    "Scotland": ("scotland", "scottish"),
    "Wales": ("wales", "welsh"),
    "England": ("england", "english"),
    "Turkey": ("turkey", "turkish", "turkiye"),
    "Iran": ("iran", "iranian"),
    "Iraq": ("iraq", "iraqi"),
    "Syria": ("syria", "syrian"),
    "Israel": ("israel", "israeli"),
    "Egypt": ("egypt", "egyptian"),
    "Saudi Arabia": ("saudi arabia", "saudi", "saudis"),
    "Qatar": ("qatar", "qatari"),
    "United Arab Emirates": ("uae", "united arab emirates", "emirati"),
    "Yemen": ("yemen", "yemeni"),
    "Lebanon": ("lebanon", "lebanese"),
    "Jordan": ("jordan", "jordanian"),
    "Afghanistan": ("afghanistan", "afghan"),
    "Pakistan": ("pakistan", "pakistani"),
    "India": ("india", "indian"),
    "Bangladesh": ("bangladesh",),
    "Sri Lanka": ("sri lanka",),
    "Indonesia": ("indonesia", "indonesian"),
    "Malaysia": ("malaysia", "malaysian"),
    "Singapore": ("singapore",),
    "Thailand": ("thailand", "thai"),
    "Vietnam": ("vietnam", "vietnamese"),
    "Philippines": ("philippines", "philippine", "filipino"),
    "Australia": ("australia", "australian"),
    "New Zealand": ("new zealand",),
    "Canada": ("canada", "canadian"),
    "Mexico": ("mexico", "mexican"),
    "Brazil": ("brazil", "brazilian"),
    "Argentina": ("argentina", "argentine", "argentinian"),
    "Chile": ("chile", "chilean"),
    "Colombia": ("colombia", "colombian"),
    "Venezuela": ("venezuela", "venezuelan"),
    "Peru": ("peru", "peruvian"),
    "Guyana": ("guyana",),
    "Cuba": ("cuba", "cuban"),
    "Nigeria": ("nigeria", "nigerian"),
    "Ghana": ("ghana", "ghanaian", "ghanaians"),
    "Kenya": ("kenya", "kenyan"),
    "Ethiopia": ("ethiopia", "ethiopian"),
    "South Africa": ("south africa", "south african"),
    "Zimbabwe": ("zimbabwe",),
    "Algeria": ("algeria", "algerian"),
    "Morocco": ("morocco", "moroccan"),
    "Libya": ("libya", "libyan"),
    "Sudan": ("sudan", "sudanese"),
    "Azerbaijan": ("azerbaijan", "azerbaijani", "azeri"),
    "Armenia": ("armenia", "armenian"),
    "Georgia": ("georgia", "georgian"),
    "Kazakhstan": ("kazakhstan", "kazakh"),
    "Belarus": ("belarus", "belarusian"),
    "Serbia": ("serbia", "serbian"),
    "Romania": ("romania", "romanian"),
    "Bulgaria": ("bulgaria", "bulgarian"),
    "Czech Republic": ("czech republic", "czech"),
    "Slovakia": ("slovakia", "slovak"),
    "Estonia": ("estonia",),
    "Latvia": ("latvia",),
    "Lithuania": ("lithuania",),
    "Iceland": ("iceland",),
    "Cyprus": ("cyprus",),
    "Hong Kong": ("hong kong",),
    "Myanmar": ("myanmar", "burma"),
    "Cambodia": ("cambodia",),
    "Mongolia": ("mongolia",),
    "Europe": ("europe",),
    "Africa": ("africa",),
    "Asia": ("asia",),
    "Middle East": ("middle east",),
    "Latin America": ("latin america",),
    "Euro area": ("euro area", "eurozone", "euro zone"),
}
_ORGS: dict[str, tuple[str, ...]] = {
    "International Monetary Fund": ("imf", "international monetary fund"),
    "World Bank": ("world bank",),
    "European Union": ("eu", "european union", "brussels"),
    "European Central Bank": ("ecb", "european central bank"),
    "Federal Reserve": ("fed", "federal reserve", "the fed"),
    "Bank of England": ("bank of england", "boe"),
    "Bank of Japan": ("bank of japan", "boj"),
    "OPEC": ("opec", "opec+"),
    "NATO": ("nato",),
    "United Nations": ("un", "united nations"),
    "World Trade Organization": ("wto", "world trade organization", "world trade organisation"),
    "European Commission": ("european commission", "the commission"),
    "Organisation for Economic Co-operation and Development": ("oecd",),
    "International Energy Agency": ("iea", "international energy agency"),
    "African Union": ("african union", "au"),
    "G7": ("g7",),
    "G20": ("g20",),
}
_CAPITALS: dict[str, str] = {
    "washington": "United States",
    "beijing": "China",
    "moscow": "Russia",
    "kremlin": "Russia",
    "pyongyang": "North Korea",
    "seoul": "South Korea",
    "tokyo": "Japan",
    "london": "United Kingdom",
    "paris": "France",
    "berlin": "Germany",
    "ankara": "Turkey",
    "tehran": "Iran",
    "riyadh": "Saudi Arabia",
    "cairo": "Egypt",
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "baku": "Azerbaijan",
    "accra": "Ghana",
    "taipei": "Taiwan",
    "new delhi": "India",
    "delhi": "India",
    "islamabad": "Pakistan",
    "jerusalem": "Israel",
    "rome": "Italy",
    "madrid": "Spain",
    "brasilia": "Brazil",
    "ottawa": "Canada",
    "canberra": "Australia",
}
ALIASES: dict[str, str] = {}
for _canon, _aliases in (*_PLACES.items(), *_ORGS.items()):
    for _alias in _aliases:
        ALIASES[_alias] = _canon
ALIASES.update(_CAPITALS)

# Words that start with a capital but are not names on their own.
_NOT_NAMES = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "our",
        "their",
        "his",
        "her",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "if",
        "as",
        "at",
        "by",
        "for",
        "in",
        "of",
        "on",
        "to",
        "with",
        "from",
        "into",
        "over",
        "under",
        "after",
        "before",
        "while",
        "when",
        "where",
        "which",
        "who",
        "what",
        "why",
        "how",
        "however",
        "meanwhile",
        "moreover",
        "still",
        "also",
        "even",
        "just",
        "then",
        "there",
        "here",
        "although",
        "though",
        "because",
        "since",
        "unless",
        "until",
        "despite",
        "given",
        "according",
        "ultimately",
        "instead",
        "indeed",
        "overall",
        "conversely",
        "similarly",
        "finally",
        "first",
        "second",
        "third",
        "last",
        "next",
        "new",
        "one",
        "two",
        "no",
        "not",
        "neither",
        "either",
        "both",
        "some",
        "many",
        "most",
        "several",
        "all",
        "any",
        "each",
        "every",
        "such",
        "other",
        "another",
        "more",
        "less",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "professor",
        "sir",
        "lord",
        "lady",
        "president",
        "prime",
        "minister",
        "chancellor",
        "secretary",
        "minister",
        "vice",
        "foreign",
        "chief",
        "executive",
        "governor",
        "chairman",
        "chairwoman",
        "director",
        "spokesman",
        "spokeswoman",
        "leader",
        "king",
        "queen",
        "prince",
        "senator",
        "general",
        "sen",
        "rep",
        "state",
        "party",
        "will",
        "would",
        "can",
        "could",
        "should",
        "might",
        "must",
        "do",
        "does",
        "did",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "analysis",
        "editor",
        "note",
        "summary",
        "copyright",
        "related",
        "our",
        "view",
        "key",
        "judgement",
        "risks",
        "what",
        "happened",
        "why",
        "it",
        "matters",
        "big",
        "picture",
        "bigger",
        "picture",
        "west",
        "north",
        "south",
        "east",
        "western",
        "eastern",
        "northern",
        "southern",
    ]
)
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sir",
        "lord",
        "lady",
        "president",
        "prime",
        "minister",
        "chancellor",
        "secretary",
        "minister",
        "vice",
        "foreign",
        "finance",
        "energy",
        "trade",
        "defence",
        "defense",
        "interior",
        "home",
        "chief",
        "executive",
        "governor",
        "chairman",
        "chairwoman",
        "director",
        "spokesman",
        "spokeswoman",
        "leader",
        "king",
        "queen",
        "prince",
        "senator",
        "general",
        "state",
        "deputy",
        "former",
        "acting",
        "commerce",
        "economy",
        "economic",
        "treasury",
        "of",
        # "Chief Financial Officer Dana Whitlock", "Managing Director Ann Bell"
        "officer",
        "financial",
        "operating",
        "investment",
        "managing",
        "commissioner",
        "ambassador",
    ]
)
_CAP_RUN = re.compile(
    r"(?:[A-Z][\w’'.&-]*|[A-Z]\.)(?:\s+(?:of\s+(?:the\s+)?|for\s+|&\s+|de\s+|bin\s+|al-)?"
    r"(?:[A-Z][\w’'.&-]*))*"
)
_SPLIT_HYPHEN = re.compile(r"(?<=[\w.])-(?=[A-Z])")


_NICKNAME = re.compile(r"\b([A-Z][a-z]+)( [\"“][A-Z][\w'’-]*[\"”])(?= [A-Z])")


def blank_nicknames(text: str) -> str:
    """``text`` with quoted nicknames inside names blanked out, offsets kept: 'Marcus
    "Ledger" Holt' reads as Marcus Holt."""
    return _NICKNAME.sub(lambda m: m[1] + " " * len(m[2]), text)


class NameIndex:
    """Fullest form of each person-like name used in an article."""

    def __init__(self, text: str) -> None:
        self._full: dict[str, str] = {}
        # Words written with a capital where no sentence starts: names, not "Progress" or
        # "Talks" capitalised only because a sentence (or a claim) begins with them.
        self.mid_caps = frozenset(re.findall(r"(?<=[a-z,;] )[A-Z][\w’'-]*", text))
        for m in _CAP_RUN.finditer(_SPLIT_HYPHEN.sub(" ", blank_nicknames(text))):
            words = m.group(0).split()
            if "of" in words[2:]:
                # "Professor Helen Marchetti of Kingsreach University": the name before "of"
                words = words[: words.index("of")]
            words = _after_last_title(words)
            # "Professor Helen Marchetti": the name is after the title, the full form keeps it
            core = words[1:] if words and words[0].lower() == "professor" else words
            if len(core) < 2 or len(core) > 4 or _split_known(core):
                continue
            if any(w.lower() in _NOT_NAMES for w in core):
                continue
            if " ".join(core).lower() in ALIASES:
                continue
            full = " ".join(words)
            for key in {core[-1], core[0], full}:
                current = self._full.get(key)
                if current is None or len(full) > len(current):
                    self._full[key] = full

    def resolve(self, name: str) -> str:
        words = _strip_titles(name.split())
        if not words:
            return name
        short = " ".join(words)
        if len(words) == 1:
            return self._full.get(short, short)
        if len(words) == 2 and words[0].lower() in {"mr", "mrs", "ms", "dr"}:
            return self._full.get(words[1], words[1])
        return self._full.get(short, short)


def _after_last_title(words: list[str]) -> list[str]:
    last = -1
    for i, w in enumerate(words[:-1]):
        if w.lower().strip(".") in _TITLES or w.lower() in ALIASES:
            last = i
    return words[last + 1 :]


_ORG_WORDS = frozenset(
    ["office", "department", "ministry", "committee", "council", "bank", "board", "party"]
)


after_last_title = _after_last_title


def _strip_titles(words: list[str]) -> list[str]:
    i = 0
    while i < len(words) - 1 and words[i].lower().strip(".") in _TITLES:
        if words[i + 1].lower() in _ORG_WORDS:
            return words  # "Home Office", "Foreign Ministry": a title word naming a body
        i += 1
    return words[i:]


def canonical(name: str) -> str | None:
    return ALIASES.get(name.lower().strip())


def actors_in(text: str, names: NameIndex | None = None) -> list[str]:
    """Countries, organisations and people named in ``text``, in order of appearance."""
    found: list[str] = []
    seen: set[str] = set()

    def add(name: str) -> None:
        if name and name.lower() not in seen:
            seen.add(name.lower())
            found.append(name)

    for m in _CAP_RUN.finditer(_SPLIT_HYPHEN.sub(" ", text)):
        raw = m.group(0).rstrip(".’'").replace("’s", "").replace("'s", "")
        words = raw.split()
        while (
            words
            and words[0].lower() in _NOT_NAMES
            and words[0].lower() not in ALIASES
            and not _split_known(words)
        ):
            words = words[1:]
        if not words:
            continue
        phrase = " ".join(words)
        canon = canonical(phrase) or canonical(phrase.rstrip("."))
        if canon:
            add(canon)
            continue
        parts = _split_known(words)
        if parts:
            for part in parts:
                add(part)
            continue
        rest = _strip_titles(words)
        if not rest or all(w.lower() in _NOT_NAMES for w in rest):
            continue
        if (
            names is not None
            and len(rest) == 1
            and m.start() == 0
            and rest[0] not in names.mid_caps
            and not rest[0].isupper()
        ):
            continue  # capitalised only because the claim starts with it
        if len(rest) == 1 and rest[0].isupper() and len(rest[0]) <= 2:
            continue
        name = " ".join(rest)
        add(names.resolve(name) if names else name)
    return found


def _split_known(words: list[str]) -> list[str]:
    """Pull gazetteer names out of runs such as "Chinese President Xi Jinping"."""
    out: list[str] = []
    i = 0
    rest_start = None
    while i < len(words):
        matched = False
        for size in (3, 2, 1):
            chunk = " ".join(words[i : i + size]).lower().rstrip(".")
            if len(words[i : i + size]) == size and chunk in ALIASES:
                out.append(ALIASES[chunk])
                i += size
                matched = True
                break
        if not matched:
            rest_start = i if rest_start is None else rest_start
            break
    if not out:
        return []
    if rest_start is not None:
        rest = _strip_titles(words[rest_start:])
        if rest and not all(w.lower() in _NOT_NAMES | _TITLES for w in rest):
            out.append(" ".join(rest))
    return out
