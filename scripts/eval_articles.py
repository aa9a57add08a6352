"""Score the extractor on the hand-labelled articles in tests/extraction/fixtures.

python scripts/eval_articles.py [--split dev|heldout|final|final4|...|final83|all]
    [--verbose]

"dev" articles were tuned on; "heldout" ones (h01-h09) were held out in earlier rounds and
are training data of the learned filter since round 3 (scripts/train_filter.py). "final"
(h10-h16) was written and labelled before any extractor ran on it in round 3 and is the
fresh measurement of that round; "final4" (h23-h28) the same for round 4 ("final4-seen",
h17-h22, was written for it too, but main's forecaster and horizon errors on it were glimpsed
before the changes). Since round 5 every set up to final4 is training data of the learned
filter; "final5" (h29-h34), written and labelled by a separate helper session that never
saw the extractor's code or output, was round 5's fresh measurement; "final6" (h35-h40),
made the same way after the round-5 changes, is the fresh measurement of round 6 (and the
held-out data of the filter trained with final5); "final7" (h41-h46) is round 7's,
"final8" (h47-h52) round 8's, "final9" (h53-h58) round 9's, "final10"
(h59-h64) round 10's, "final11" (h65-h70) round 11's, "final12" (h71-h76) round 12's,
"final13" (h77-h82) round 13's, "final14" (h83-h88) round 14's,
"final15" (h89-h94) round 15's, "final16" (h95-h100) round 16's,
"final17" (h101-h106) round 17's, "final18" (h107-h112) round 18's, "final19" (h113-h118)
round 19's, "final20" (h119-h124) round 20's, "final21" (h125-h130) round 21's,
"final22" (h131-h136) round 22's, "final23" (h137-h142) round 23's,
"final24" (h143-h148) round 24's, "final25" (h149-h154) round 25's, "final26" (h155-h160)
round 26's, "final27" (h161-h166) round 27's, "final28" (h167-h172) round 28's,
"final29" (h173-h178) round 29's, "final30" (h179-h184) round 30's, "final31" (h185-h190)
round 31's, "final32" (h191-h196) round 32's, "final33" (h197-h202) round 33's, "final34"
(h203-h208) round 34's, "final35" (h209-h214) round 35's, "final36" (h215-h220) round 36's,
"final37" (h221-h226) round 37's, "final38" (h227-h232) round 38's, "final39"
(h233-h238) round 39's, "final40" (h239-h244) round 40's, "final41" (h245-h250) round 41's,
"final42" (h251-h256) round 42's, "final43" (h257-h262) round 43's, "final44" (h263-h268)
round 44's, "final45" (h269-h274) round 45's, "final46" (h275-h280) round 46's, "final47"
(h281-h286) round 47's, "final48" (h287-h292) round 48's, "final49" (h293-h298) round 49's,
"final50" (h299-h304) round 50's, "final51" (h305-h310) round 51's, "final52" (h311-h316)
round 52's, "final53" (h317-h322) round 53's, "final54" (h323-h328) round 54's, "final55"
(h329-h334) round 55's, "final56" (h335-h340) round 56's, "final57" (h341-h346) round 57's,
"final58" (h347-h352) round 58's, "final59" (h353-h358) round 59's, "final60" (h359-h364)
round 60's, "final61" (h365-h370) round 61's, "final62" (h371-h376) round 62's, "final63"
(h377-h382) round 63's, "final64" (h383-h388) round 64's, "final65" (h389-h394) round 65's,
"final66" (h395-h400) round 66's, "final67" (h401-h406) round 67's, "final68" (h407-h412)
round 68's, "final69" (h413-h418) round 69's, "final70" (h419-h424) round 70's, "final71"
(h425-h430) round 71's, "final72" (h431-h436) round 72's, "final73" (h437-h442) round 73's,
"final74" (h443-h448) round 74's, "final75" (h449-h454) round 75's, "final76" (h455-h460)
round 76's, "final77" (h461-h466) round 77's, "final78" (h467-h472) round 78's, "final79"
(h473-h478) round 79's, "final80" (h479-h484) round 80's, "final81" (h485-h490) round 81's,
"final82" (h491-h496) round 82's, "final83" (h497-h502) round 83's.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.extraction.goldeval import Tally, gold_splits, score_file  # noqa: E402

FIXTURES = ROOT / "tests" / "extraction" / "fixtures"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--split",
        choices=(*gold_splits(FIXTURES / "gold"), "all"),
        default="dev",
    )
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    total = Tally()
    for path in sorted((FIXTURES / "gold").glob("*.gold.json")):
        split = json.loads(path.read_text())["split"]
        if args.split != "all" and split != args.split:
            continue
        t = score_file(path, FIXTURES)
        print(f"{path.name} [{split}]: {t.summary()} extracted={t.extracted}")
        if args.verbose:
            for q in t.misses:
                print(f"   missed: {q}")
            for q in t.extras:
                print(f"   extra: {q}")
            for w in t.wrong:
                print(f"   wrong {w}")
        total.add(t)
    print(f"TOTAL [{args.split}]: {total.summary()} extracted={total.extracted}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
