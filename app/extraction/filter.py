"""The learned precision filter: a logistic regression over ``features.featurize``.

The weights live in ``filter_model.json`` next to this file (package data), written by
``scripts/train_filter.py`` from the judgements in ``tests/extraction/fixtures/train/``.
Inference is a dictionary lookup per feature and one exponential: pure Python, offline.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .features import FEATURE_VERSION, Evidence, featurize

MODEL_PATH = Path(__file__).with_name("filter_model.json")


@dataclass(frozen=True)
class Filter:
    weights: dict[str, float]
    intercept: float
    threshold: float
    feature_version: int

    def logit(self, features: dict[str, float]) -> float:
        w = self.weights
        return self.intercept + sum(v * w.get(k, 0.0) for k, v in features.items())

    def score(self, evidence: Evidence) -> float:
        """Probability that the proposal is a forecast, by the model."""
        z = self.logit(featurize(evidence))
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


def filter_from_dict(data: dict[str, object]) -> Filter:
    weights = data["weights"]
    if not isinstance(weights, dict):
        raise ValueError("filter model: 'weights' must be an object")
    version = int(str(data.get("feature_version", 0)))
    if version != FEATURE_VERSION:
        raise ValueError(
            f"filter model was trained on feature version {version}, code has "
            f"{FEATURE_VERSION}: retrain with scripts/train_filter.py"
        )
    return Filter(
        weights={str(k): float(v) for k, v in weights.items()},
        intercept=float(str(data["intercept"])),
        threshold=float(str(data["threshold"])),
        feature_version=version,
    )


@lru_cache(maxsize=4)
def load_filter(path: Path = MODEL_PATH) -> Filter:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a JSON object")
    return filter_from_dict(data)
