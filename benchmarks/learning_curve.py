"""Would labelling more documents help? Leave-site-out figures with the line model trained on a
share of the training sites.

    python benchmarks/learning_curve.py ../shared/dev [--shares 0.25 0.5 0.75 1] [--seeds 5] [--preset aggressive]

For each fold of `cleaner.train.site_folds` (the folds of `cleaner eval --folds site`), the line
model is trained on a random share of the other folds' sites and cleans the fold's documents,
which it never saw; the figures of all folds together are one run. Each share is run with several
seeds (the whole set, once) and the medians printed, with the lowest and highest recall. If recall
still climbs from three quarters of the sites to all of them, more labelled sites will raise it; if
it is flat, they will mostly steady the precision, and recall has to come from elsewhere (the named
rules, new features). Needs the `train` extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import random
import statistics
from collections.abc import Sequence

from cleaner import Cleaner, scoring, train


def curve(docs: Sequence[scoring.Labelled], shares: Sequence[float], seeds: int = 5,
          preset: str = "default") -> list[tuple[float, list[dict[str, object]]]]:
    """For each share of the training sites, the leave-site-out summaries of `seeds` runs (one run
    for the whole set), each run training every fold's model on that share of its other sites."""
    base = train.rules_only()
    folds = train.site_folds(docs)
    data = [[(scoring.site_of(doc), e) for doc in fold for e in train.examples(doc, base)] for fold in folds]
    out = []
    for share in shares:
        runs = []
        for seed in range(seeds if share < 1 else 1):
            rng = random.Random(seed)
            scores = []
            for i, fold in enumerate(folds):
                pool = [x for j, part in enumerate(data) if j != i for x in part]
                sites = sorted({site for site, _ in pool})
                kept = set(rng.sample(sites, max(1, round(len(sites) * share))))
                cleaner = Cleaner(preset=preset, line_model=train.fit([e for site, e in pool if site in kept]))
                scores += [scoring.score_document(doc, cleaner.clean(doc.text, doc.path)) for doc in fold]
            runs.append(scoring.Evaluation(scores).summary())
        out.append((share, runs))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", help="a folder of labelled documents (../shared/dev's format)")
    parser.add_argument("--shares", type=float, nargs="+", default=[0.25, 0.5, 0.75, 1.0])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--preset", default="default")
    args = parser.parse_args(argv)
    docs = scoring.load_labelled(args.dir)
    print(f"{len(docs)} documents, {len({scoring.site_of(d) for d in docs})} site groups, preset {args.preset}")
    print("share of training sites | runs | recall (median, lowest-highest) | precision (median) | perfect (median)")
    for share, runs in curve(docs, args.shares, args.seeds, args.preset):
        recalls = [float(r["recall"]) for r in runs]  # type: ignore[arg-type]
        print(f"{share:>23.2f} | {len(runs):>4} | {statistics.median(recalls):.4f} ({min(recalls):.4f}-{max(recalls):.4f}) "
              f"| {statistics.median(float(r['precision']) for r in runs):.4f} "  # type: ignore[arg-type]
              f"| {statistics.median(float(r['perfect_documents']) for r in runs):.3f}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
