"""Leave-site-out figures of a rule change with the fold models held fixed.

    python benchmarks/fixed_folds.py save ../shared/dev folds.json          # in the checkout before
    python benchmarks/fixed_folds.py score ../shared/dev folds.json [--preset aggressive]   # in both

`cleaner eval --folds site` refits each fold's line model on the lines that the named rules leave,
so a rule change also changes the models: one training line fewer has moved a held-out document's
menu across the threshold (20 tokens or more, docs/evaluation.md). That is the right figure for a
release whose model is retrained; the shipped weights are not retrained with each rule, though, and
a rule's own effect is best seen with the models it will meet. `save` trains the fold models
(`cleaner.train.fold_models`, as `cleaner eval --folds site` does) in one checkout and writes them as JSON;
`score` cleans each fold's documents with its saved model in any checkout whose line features are
the same, and prints the figures. Scored in the checkout before and after a change, the
difference is the change's alone. Needs the `train` extra for `save`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cleaner import Cleaner, linemodel, scoring, train


def save(dir: str, out: str) -> None:
    docs = scoring.load_labelled(dir)
    models = [{"documents": [doc.id for doc in fold], "model": train.to_json(model, [d for d in docs if d not in fold])}
              for fold, model in train.fold_models(docs)]
    Path(out).write_text(json.dumps(models) + "\n", encoding="utf-8")
    print(f"{len(models)} fold models of {len(docs)} documents written to {out}", file=sys.stderr)


def score(dir: str, folds: str, preset: str) -> scoring.Evaluation:
    docs = {doc.id: doc for doc in scoring.load_labelled(dir)}
    scores = []
    for fold in json.loads(Path(folds).read_text(encoding="utf-8")):
        cleaner = Cleaner(preset=preset, line_model=linemodel.load(fold["model"]))
        scores += [scoring.score_document(docs[i], cleaner.clean(docs[i].text, docs[i].path))
                   for i in fold["documents"] if i in docs]
    return scoring.Evaluation(scores)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("save", "score"))
    parser.add_argument("dir", help="folder of labelled documents")
    parser.add_argument("folds", help="the fold models' JSON file")
    parser.add_argument("--preset", default="default")
    args = parser.parse_args()
    if args.command == "save":
        save(args.dir, args.folds)
    else:
        summary = score(args.dir, args.folds, args.preset).summary()
        print(json.dumps({k: summary[k] for k in ("documents", "recall", "precision", "content_loss",
                                                   "perfect_documents", "damaged_negatives")}))


if __name__ == "__main__":
    main()
