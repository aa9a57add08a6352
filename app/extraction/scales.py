"""Estimative-language scales: phrase -> probability band and point value.

Built-in scales live as JSON in ``app/extraction/lexicon/``; ``load_scale`` also reads a
user file of the same shape (see ``lexicon/README.md``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

BUILTIN = ("icd203", "phia", "mauboussin2018")

# When a scale lacks a phrase, try these stand-ins before giving up: each maps to a
# phrase that the published tables treat as equivalent or as the nearest row.
_STAND_INS: dict[str, tuple[str, ...]] = {
    "almost certainly": ("almost certain", "certain"),
    "almost certain": ("almost certainly", "nearly certain", "certain"),
    "nearly certain": ("almost certain",),
    "all but certain": ("almost certain",),
    "virtually certain": ("almost certain",),
    "certainly": ("certain", "almost certain"),
    "certain": ("certainly", "almost certain"),
    "highly probable": ("very likely", "highly likely"),
    "highly likely": ("very likely", "highly probable"),
    "very likely": ("highly likely", "highly probable"),
    "probable": ("likely", "probably"),
    "probably": ("likely", "probable"),
    "likely": ("probably", "probable"),
    "unlikely": ("improbable",),
    "improbable": ("unlikely",),
    "very unlikely": ("highly unlikely", "highly improbable"),
    "highly unlikely": ("very unlikely", "highly improbable"),
    "highly improbable": ("very unlikely", "highly unlikely"),
    "remote": ("remote chance", "almost no chance"),
    "remote chance": ("almost no chance", "remote"),
    "almost no chance": ("remote chance", "remote"),
    "no chance": ("almost no chance", "remote chance"),
    "little chance": ("very unlikely", "highly unlikely"),
    "slim chance": ("little chance", "very unlikely", "highly unlikely"),
    "small chance": ("little chance", "unlikely"),
    "low chance": ("little chance", "unlikely"),
    "roughly even chance": ("roughly even odds", "even chance"),
    "roughly even odds": ("roughly even chance",),
    "even chance": ("roughly even chance",),
    "fifty-fifty": ("roughly even chance",),
    "good chance": ("likely",),
    "strong chance": ("good chance", "likely"),
    "high chance": ("strong chance", "likely"),
    "better than even": ("roughly even chance",),
    "realistic possibility": ("real possibility", "possible"),
    "real possibility": ("realistic possibility", "possible"),
    "serious possibility": ("real possibility", "realistic possibility"),
    "distinct possibility": ("real possibility", "realistic possibility"),
    "possible": ("possibly", "realistic possibility"),
    "possibly": ("possible", "realistic possibility"),
    "going to": ("will",),
    "would": ("will",),
    "might": ("may",),
    "may": ("might",),
    "could": ("might", "may"),
    "set to": ("expected", "likely"),
    "expected": ("expect", "likely"),
    "expect": ("expected", "likely"),
    "believe": ("likely",),
    "think": ("believe", "likely"),
    "suspect": ("think", "likely"),
    "fear": ("roughly even chance",),
    "doubt": ("unlikely",),
}


class ScaleError(ValueError):
    """A scale name is unknown or a scale file is malformed."""


@dataclass(frozen=True)
class Entry:
    phrase: str
    low: float
    high: float
    p: float
    section: str = "phrases"
    note: str | None = None


@dataclass(frozen=True)
class Reading:
    """A resolved probability with the words and scale row that produced it."""

    p: float
    low: float
    high: float
    phrase: str


@dataclass(frozen=True)
class Scale:
    name: str
    entries: dict[str, Entry]
    modifiers: dict[str, float] = field(default_factory=dict)
    title: str = ""
    source: str = ""

    def find(self, phrase: str) -> Entry | None:
        seen: set[str] = set()
        queue = [phrase.lower().strip()]
        while queue:
            key = queue.pop(0)
            if key in seen:
                continue
            seen.add(key)
            if key in self.entries:
                return self.entries[key]
            queue.extend(_STAND_INS.get(key, ()))
        return None

    def read(
        self, core: str, modifiers: tuple[str, ...] = (), *, negated: bool = False
    ) -> Reading | None:
        """Probability of the positive claim for ``[modifiers] core``, flipped when negated."""
        words = " ".join((*modifiers, core))
        entry = self.find(words) if modifiers else None
        shift = 0.0
        if entry is None:
            entry = self.find(core)
            if entry is None:
                return None
            shift = sum(self.modifiers.get(m, 0.0) for m in modifiers)
        p, low, high = _shifted(entry, shift)
        if negated:
            if core in {"certain", "certainly", "sure", "almost certain", "guaranteed"}:
                # "not certain" means open, not "almost no chance".
                even = self.find("roughly even chance")
                p, low, high = (even.p, even.low, even.high) if even else (0.5, 0.45, 0.55)
            else:
                p, low, high = 1.0 - p, 1.0 - high, 1.0 - low
        label = ("not " if negated else "") + words
        return Reading(round(p, 4), round(low, 4), round(high, 4), label)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "phrases": {
                e.phrase: {"band": [e.low, e.high], "p": e.p, "section": e.section}
                for e in self.entries.values()
            },
            "modifiers": dict(self.modifiers),
        }


def _shifted(entry: Entry, shift: float) -> tuple[float, float, float]:
    if not shift:
        return entry.p, entry.low, entry.high
    target = 1.0 if entry.p >= 0.5 else 0.0
    if shift < 0:
        target = 0.5
        shift = -shift

    def move(x: float) -> float:
        return min(0.99, max(0.01, x + shift * (target - x)))

    return move(entry.p), move(entry.low), move(entry.high)


_cache: dict[str, Scale] = {}


def load_scale(name_or_path: str | Path | Scale = "icd203") -> Scale:
    """Return a built-in scale by name, or parse a user JSON file.

    A user file has ``{"name": ..., "phrases": {phrase: {"band": [lo, hi], "p": x}}}`` and
    optionally ``"modal"``, ``"modifiers"`` and ``"extends"`` (a built-in name, default
    ``icd203``) whose rows fill in any phrase the file leaves out.
    """
    if isinstance(name_or_path, Scale):
        return name_or_path
    key = str(name_or_path)
    if key in _cache:
        return _cache[key]
    if key in BUILTIN:
        raw = _read_builtin(key)
        scale = _parse(raw, origin=f"built-in scale {key}", base=None)
    else:
        path = Path(key)
        if not path.suffix and not path.exists():
            raise ScaleError(f"unknown scale {key!r}; built-in scales are {', '.join(BUILTIN)}")
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ScaleError(f"cannot read scale file {path}: {exc}") from exc
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ScaleError(f"scale file {path} is not valid JSON: {exc}") from exc
        base_name = raw.get("extends", "icd203") if isinstance(raw, dict) else "icd203"
        if base_name is not None and base_name not in BUILTIN:
            raise ScaleError(f"{path}: 'extends' must be one of {', '.join(BUILTIN)} or null")
        base = load_scale(base_name) if base_name else None
        scale = _parse(raw, origin=str(path), base=base)
    _cache[key] = scale
    return scale


def _read_builtin(name: str) -> Any:
    data = resources.files("app.extraction.lexicon").joinpath(f"{name}.json")
    return json.loads(data.read_text(encoding="utf-8"))


def _parse(raw: Any, *, origin: str, base: Scale | None) -> Scale:
    if not isinstance(raw, dict):
        raise ScaleError(f"{origin}: top level must be a JSON object")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ScaleError(f"{origin}: 'name' must be a non-empty string")
    if "phrases" not in raw:
        raise ScaleError(f"{origin}: missing 'phrases' object")
    entries: dict[str, Entry] = dict(base.entries) if base else {}
    for section in ("phrases", "modal"):
        block = raw.get(section, {})
        if not isinstance(block, dict):
            raise ScaleError(f"{origin}: '{section}' must be an object of phrase -> entry")
        for phrase, spec in block.items():
            entries[phrase.lower().strip()] = _entry(phrase, spec, section, origin)
    if not entries:
        raise ScaleError(f"{origin}: no phrases defined")
    mods_raw = raw.get("modifiers", {})
    if not isinstance(mods_raw, dict) or not all(
        isinstance(v, (int, float)) and -1.0 <= v <= 1.0 for v in mods_raw.values()
    ):
        raise ScaleError(f"{origin}: 'modifiers' must map words to numbers in [-1, 1]")
    modifiers = dict(base.modifiers) if base else {}
    modifiers.update({str(k).lower(): float(v) for k, v in mods_raw.items()})
    return Scale(
        name=name.strip(),
        entries=entries,
        modifiers=modifiers,
        title=str(raw.get("title", "")),
        source=str(raw.get("source", "")),
    )


def _entry(phrase: str, spec: Any, section: str, origin: str) -> Entry:
    where = f"{origin}: {section}[{phrase!r}]"
    if not phrase.strip():
        raise ScaleError(f"{origin}: empty phrase in '{section}'")
    if not isinstance(spec, dict):
        raise ScaleError(f"{where} must be an object with 'band' and 'p'")
    band = spec.get("band")
    if (
        not isinstance(band, list)
        or len(band) != 2
        or not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in band)
    ):
        raise ScaleError(f"{where}: 'band' must be a list of two numbers [low, high]")
    low, high = float(band[0]), float(band[1])
    if not (0.0 <= low <= high <= 1.0):
        raise ScaleError(f"{where}: band {band} must satisfy 0 <= low <= high <= 1")
    p = spec.get("p", (low + high) / 2)
    if not isinstance(p, (int, float)) or isinstance(p, bool) or not (low <= p <= high):
        raise ScaleError(f"{where}: 'p' must be a number inside its band {band}")
    note = spec.get("note")
    return Entry(phrase.lower().strip(), low, high, float(p), section, str(note) if note else None)
