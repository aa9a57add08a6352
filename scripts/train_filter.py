"""Train the learned precision filter of the extractor (app/extraction/filter_model.json).

    python scripts/train_filter.py [--report] [--write]

Data (all of it allowed for training; none of it is evaluation data):
  * tests/extraction/fixtures/train/bbc_tuning_judged.json: proposals of the rules on the
    BBC TUNING pool, judged by hand (forecast / borderline / not);
  * every labelled set measured in an earlier round (TRAIN_SPLITS, BBC_GOLD_DIRS): our own
    articles a01-a06 and h01 onwards and the hand-labelled BBC evaluation-pool articles of
    fixtures/bbc_gold and eval3-eval11; a proposal matching a required gold forecast is a
    forecast, one matching an optional one is borderline, anything else is not;
  * the shared dev gold (/work/shared/eval/dev, if present), labelled the same way.
Only the newest round's fresh set (HELD_OUT below; no BBC articles were left) is held out,
with any later split already on disk.
Threshold rule (--rule): "f1" (default since round 10) takes the best cross-validated F1 on
the labelled articles' required forecasts with BBC forecast recall >= --min-bbc-recall;
"precision" (rounds 3-9) the best strict BBC precision above --min-article-recall.
Borderline proposals are left out of the fit (they still get out-of-fold scores, which the
precision figures count as not-forecasts for "strict" and as forecasts for "lenient").

Model: logistic regression (scikit-learn, liblinear, L2) on the binary features of
app/extraction/features.py, vectorised with a DictVectorizer. Flagged proposals were sampled
at 45% for judging, so BBC examples are weighted back to the population (1 / 0.45 for
flagged ones). C and the threshold are chosen by 5-fold cross-validation grouped by article
(no article is in both the fold's training and test part): the threshold maximises strict
precision on the BBC judgements subject to keeping at least --min-article-recall of the
required gold forecasts of the labelled articles and --min-bbc-recall of the judged BBC
forecasts. Deterministic: liblinear with a fixed random_state, folds by sorted article id.

--write stores the model (only non-zero weights, rounded) in app/extraction/filter_model.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.extraction.features import FEATURE_VERSION, featurize  # noqa: E402
from app.extraction.filter import MODEL_PATH  # noqa: E402
from app.extraction.goldeval import gold_splits, same_forecast, split_round  # noqa: E402
from app.extraction.rules import propose  # noqa: E402
from scripts.bbc_pools import CORPUS, pool_of  # noqa: E402

FIXTURES = ROOT / "tests" / "extraction" / "fixtures"
JUDGED = FIXTURES / "train" / "bbc_tuning_judged.json"
SHARED_DEV = Path("/work/shared/eval/dev")
FLAGGED_SAMPLING = 0.45
# Every labelled set measured in an earlier round is training data; the newest round's fresh
# set is held out (the BBC evaluation pool ran out in round 11), and so is any later set
# already written but not yet measured.
HELD_OUT = "final83"
TRAIN_SPLITS = {s for s in gold_splits(FIXTURES / "gold") if split_round(s) < split_round(HELD_OUT)}
BBC_GOLD_DIRS = [
    FIXTURES / "bbc_gold",
    FIXTURES / "eval3" / "bbc_gold",
    FIXTURES / "eval4" / "bbc_gold",
    FIXTURES / "eval5" / "bbc_gold",
    FIXTURES / "eval6" / "bbc_gold",
    FIXTURES / "eval7" / "bbc_gold",
    FIXTURES / "eval8" / "bbc_gold",
    FIXTURES / "eval9" / "bbc_gold",
    FIXTURES / "eval10" / "bbc_gold",
    FIXTURES / "eval11" / "bbc_gold",
]
SEED = 2005
MIN_DF = 1  # a feature seen in fewer training examples gets no weight


@dataclass
class Example:
    features: dict[str, float]
    verdict: str  # forecast / borderline / not
    group: str  # article
    source: str  # bbc / article / shared
    weight: float = 1.0
    gold: list[int] = field(default_factory=list)  # required gold forecasts it matches
    quote: str = ""


@dataclass
class Article:
    key: str
    required: int


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / min(a[1] - a[0], b[1] - b[0])


def bbc_examples() -> tuple[list[Example], int]:
    doc = json.loads(JUDGED.read_text(encoding="utf-8"))
    by_path: dict[str, list[dict[str, object]]] = defaultdict(list)
    for j in doc["judgements"]:
        if pool_of(str(j["path"])) != "tuning":
            raise SystemExit(f"{j['path']} is not in the tuning pool")
        by_path[str(j["path"])].append(j)
    out: list[Example] = []
    unmatched = 0
    for rel in sorted(by_path):
        text = (CORPUS / rel).read_text(encoding="utf-8", errors="replace")
        found = propose(text, published=dt.date(2005, 1, 1), publisher="BBC")
        used: set[int] = set()
        for j in by_path[rel]:
            span = (int(str(j["start"])), int(str(j["end"])))
            best, best_i = 0.0, -1
            for i, (cand, _) in enumerate(found):
                ov = _overlap(span, (cand.start, cand.end))
                if ov > best and i not in used:
                    best, best_i = ov, i
            if best < 0.5:
                unmatched += 1
                continue
            used.add(best_i)
            cand, ev = found[best_i]
            flagged = bool(j.get("rule_flags"))
            out.append(
                Example(
                    featurize(ev),
                    str(j["verdict"]),
                    rel,
                    "bbc",
                    weight=1 / FLAGGED_SAMPLING if flagged else 1.0,
                    quote=cand.quote,
                )
            )
    return out, unmatched


def gold_examples(
    paths: list[Path], root_of: dict[Path, Path], source: str
) -> tuple[list[Example], list[Article]]:
    out: list[Example] = []
    arts: list[Article] = []
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (root_of[path] / gold["document"]).read_text(encoding="utf-8")
        found = propose(
            text,
            published=dt.date.fromisoformat(gold["published"]),
            publisher=gold.get("publisher", ""),
        )
        golds = gold["forecasts"]
        arts.append(Article(path.name, sum(1 for g in golds if g.get("required"))))
        for cand, ev in found:
            hits = [i for i, g in enumerate(golds) if same_forecast(g["quote"], cand.quote)]
            required = [i for i in hits if golds[i].get("required")]
            verdict = "forecast" if required else ("borderline" if hits else "not")
            out.append(
                Example(featurize(ev), verdict, path.name, source, gold=required, quote=cand.quote)
            )
    return out, arts


def load_all() -> tuple[list[Example], list[Article], dict[str, int]]:
    bbc, unmatched = bbc_examples()
    own = sorted(
        p
        for p in (FIXTURES / "gold").glob("*.gold.json")
        if json.loads(p.read_text())["split"] in TRAIN_SPLITS
    )
    ex_own, arts = gold_examples(own, dict.fromkeys(own, FIXTURES), "article")
    shared = sorted(SHARED_DEV.glob("*.gold.json")) if SHARED_DEV.exists() else []
    ex_sh, arts_sh = gold_examples(
        shared, dict.fromkeys(shared, SHARED_DEV.parent.parent), "shared"
    )
    bbc_gold = sorted(p for d in BBC_GOLD_DIRS for p in d.glob("*.gold.json"))
    ex_bg, arts_bg = gold_examples(
        bbc_gold, dict.fromkeys(bbc_gold, CORPUS.parent.parent), "bbcgold"
    )
    stats = {
        "bbc_judged_matched": len(bbc),
        "bbc_judged_unmatched": unmatched,
        "article_proposals": len(ex_own),
        "shared_proposals": len(ex_sh),
        "bbc_gold_proposals": len(ex_bg),
        "articles": len(own),
        "shared_articles": len(shared),
        "bbc_gold_articles": len(bbc_gold),
    }
    return bbc + ex_own + ex_sh + ex_bg, arts + arts_sh + arts_bg, stats


def _int32(x: sparse.spmatrix) -> sparse.csr_matrix:
    """liblinear wants 32-bit sparse indices."""
    x = sparse.csr_matrix(x)
    x.indices = x.indices.astype(np.int32)
    x.indptr = x.indptr.astype(np.int32)
    return x


def fit(examples: list[Example], c: float) -> tuple[DictVectorizer, LogisticRegression]:
    train = [e for e in examples if e.verdict != "borderline"]
    df: dict[str, int] = defaultdict(int)
    for e in train:
        for k in e.features:
            df[k] += 1
    rows = [{k: v for k, v in e.features.items() if df[k] >= MIN_DF} for e in train]
    vec = DictVectorizer(sparse=True)
    x = _int32(vec.fit_transform(rows))
    y = np.array([e.verdict == "forecast" for e in train], dtype=int)
    w = np.array([e.weight for e in train])
    model = LogisticRegression(C=c, solver="liblinear", random_state=SEED, max_iter=1000)
    model.fit(x, y, sample_weight=w)
    return vec, model


def oof_scores(examples: list[Example], c: float, folds: int = 5) -> np.ndarray:
    groups = sorted({e.group for e in examples})
    gid = {g: i for i, g in enumerate(groups)}
    idx = np.array([gid[e.group] for e in examples])
    scores = np.zeros(len(examples))
    for tr, te in GroupKFold(n_splits=folds).split(np.zeros(len(examples)), groups=idx):
        vec, model = fit([examples[i] for i in tr], c)
        x = _int32(vec.transform([examples[i].features for i in te]))
        scores[te] = model.predict_proba(x)[:, 1]
    return scores


def metrics(
    examples: list[Example], arts: list[Article], scores: np.ndarray, t: float
) -> dict[str, float]:
    keep = scores >= t
    bbc = [(e, k) for e, k in zip(examples, keep, strict=True) if e.source == "bbc"]
    kept_w = sum(e.weight for e, k in bbc if k)
    good_w = sum(e.weight for e, k in bbc if k and e.verdict == "forecast")
    border_w = sum(e.weight for e, k in bbc if k and e.verdict == "borderline")
    pos_w = sum(e.weight for e, _ in bbc if e.verdict == "forecast")
    found: dict[str, set[int]] = defaultdict(set)
    art_kept = art_good = 0
    for e, k in zip(examples, keep, strict=True):
        if e.source == "bbc" or not k:
            continue
        art_kept += 1
        art_good += e.verdict != "not"
        found[e.group].update(e.gold)
    required = sum(a.required for a in arts)
    return {
        "bbc_precision_strict": good_w / kept_w if kept_w else 1.0,
        "bbc_precision_lenient": (good_w + border_w) / kept_w if kept_w else 1.0,
        "bbc_recall": good_w / pos_w if pos_w else 1.0,
        "article_recall": sum(len(v) for v in found.values()) / required if required else 1.0,
        "article_precision": art_good / art_kept if art_kept else 1.0,
    }


def choose_threshold(
    examples: list[Example],
    arts: list[Article],
    scores: np.ndarray,
    min_article_recall: float,
    min_bbc_recall: float,
    rule: str = "f1",
) -> tuple[float, dict[str, float]]:
    best_t, best_m = 0.0, metrics(examples, arts, scores, 0.0)
    for t in np.arange(0.05, 0.95, 0.01):
        m = metrics(examples, arts, scores, float(t))
        if rule == "f1":
            if m["bbc_recall"] < min_bbc_recall:
                continue
            if _f1(m) > _f1(best_m) + 1e-9:
                best_t, best_m = float(t), m
            continue
        if m["article_recall"] < min_article_recall or m["bbc_recall"] < min_bbc_recall:
            continue
        if m["bbc_precision_strict"] > best_m["bbc_precision_strict"] + 1e-9:
            best_t, best_m = float(t), m
    return round(best_t, 2), best_m


def _f1(m: dict[str, float]) -> float:
    p, r = m["article_precision"], m["article_recall"]
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--c", type=float, nargs="*", default=[0.1, 0.2, 0.4, 0.8])
    ap.add_argument(
        "--rule",
        choices=("f1", "precision"),
        default="f1",
        help="f1: best CV F1 on the labelled articles (since round 10); precision: best "
        "strict BBC precision above --min-article-recall (rounds 3-9)",
    )
    ap.add_argument("--min-article-recall", type=float, default=0.9)
    ap.add_argument("--min-bbc-recall", type=float, default=0.85)
    ap.add_argument("--report", action="store_true", help="print the precision/recall curve")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    examples, arts, stats = load_all()
    counts: defaultdict[str, int] = defaultdict(int)
    for e in examples:
        counts[f"{e.source}:{e.verdict}"] += 1
    print("data:", json.dumps(stats), json.dumps(dict(sorted(counts.items()))))
    results = []
    for c in args.c:
        scores = oof_scores(examples, c)
        t, m = choose_threshold(
            examples, arts, scores, args.min_article_recall, args.min_bbc_recall, args.rule
        )
        key = _f1(m) if args.rule == "f1" else m["bbc_precision_strict"]
        results.append((key, c, t, m, scores))
        print(f"C={c}: threshold {t} -> " + " ".join(f"{k}={v:.3f}" for k, v in m.items()))
    _, c, t, m, scores = max(results, key=lambda r: (r[0], -r[1]))
    if args.report:
        for thr in np.arange(0.1, 0.9, 0.05):
            mm = metrics(examples, arts, scores, float(thr))
            print(f"  t={thr:.2f} " + " ".join(f"{k}={v:.3f}" for k, v in mm.items()))
    print(f"chosen: C={c} threshold={t}")
    if not args.write:
        return 0
    vec, model = fit(examples, c)
    names = vec.get_feature_names_out()
    weights = {
        str(n): round(float(w), 4)
        for n, w in zip(names, model.coef_[0], strict=True)
        if abs(w) >= 1e-4
    }
    doc = {
        "model": "logistic regression over app/extraction/features.py (scripts/train_filter.py)",
        "feature_version": FEATURE_VERSION,
        "trained": dt.date.today().isoformat(),
        "C": c,
        "threshold": t,
        "threshold_rule": (
            "max cross-validated F1 on the labelled articles' required forecasts with BBC "
            f"forecast recall >= {args.min_bbc_recall} (5-fold, grouped by article)"
            if args.rule == "f1"
            else f"max cross-validated strict precision on judged BBC tuning proposals with "
            f"article recall >= {args.min_article_recall} and BBC forecast recall >= "
            f"{args.min_bbc_recall} (5-fold, grouped by article)"
        ),
        "cv_at_threshold": {k: round(v, 4) for k, v in m.items()},
        "data": {**stats, **dict(sorted(counts.items()))},
        "intercept": round(float(model.intercept_[0]), 4),
        "weights": dict(sorted(weights.items())),
    }
    MODEL_PATH.write_text(json.dumps(doc, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH} ({len(weights)} weights, {MODEL_PATH.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
