"""Training the line model on labelled documents: `python -m cleaner.train LABELLED_DIR` (extra `train`).

Each non-blank line that the named rules leave is an example: boilerplate when all its labelled
tokens are junk (optional ones aside), content when any is content; lines of optional text only
teach nothing and are left out. Examples weigh the square root of their tokens, as the metric
counts tokens. The fit is scikit-learn's logistic regression on standardised features; the
standardisation is folded into the weights, so inference is one dot product (`cleaner.linemodel`).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import linemodel
from .engine import Cleaner
from .errors import CleanerError
from .scoring import CONTENT, JUNK, Evaluation, Labelled, label_tokens, load_labelled, score_document, site_of
from .text import TIDY

#: Inverse regularisation strength; chosen by leave-site-out cross-validation (docs/evaluation.md).
C = 0.3

#: Words the model gets a weight for: those in training lines of at least this many site groups
#: (a word of one site's own chrome is what `cleaner learn` is for).
MIN_SITES = 20

Example = tuple[list[float], frozenset[str], int, float, str]  # features, words, label (1: boilerplate), weight, site


def rules_only() -> Cleaner:
    """The cleaner whose cuts the model's features see: the default preset without the model."""
    return Cleaner(ignore=["model"], repair=False)


def examples(doc: Labelled, cleaner: Cleaner) -> list[Example]:
    """The training examples of one labelled document."""
    text = doc.text
    site = site_of(doc)
    result = cleaner.clean(text)
    lines = linemodel.lines_of(text)
    spans = [(r.start, r.end) for r in result.removed if r.rule != TIDY]
    cut = linemodel.cut_shares(text, lines, spans)
    rows = linemodel.features(text, lines, cut, training=True)
    tokens = label_tokens(doc)
    out = []
    k = 0
    for (a, b), row in zip(lines, rows):
        while k < len(tokens) and tokens[k][2] < a:
            k += 1
        junk = content = 0
        j = k
        while j < len(tokens) and tokens[j][3] <= b:
            junk += tokens[j][1] == JUNK
            content += tokens[j][1] == CONTENT
            j += 1
        if row is None or not (junk or content):
            continue
        label = 0 if content else 1
        out.append((row, linemodel.line_words(text[a:b].strip()), label, math.sqrt(content or junk), site))
    return out


def fit(data: Sequence[Example], c: float | None = None) -> linemodel.Model:
    """A logistic regression fitted to the examples: the features standardised (the standardisation
    folded into their weights), the words of `MIN_SITES` sites or more as yes/no features."""
    try:
        from scipy import sparse
        from sklearn.linear_model import LogisticRegression
        from sklearn.preprocessing import StandardScaler
    except ImportError:
        raise CleanerError("training the line model needs scikit-learn: pip install 'syndication-cleaner[train]'") from None
    labels = [e[2] for e in data]
    if len(set(labels)) < 2:
        raise CleanerError("training the line model needs both boilerplate and content lines among the documents")
    sites: dict[str, set[str]] = {}
    for _, words, _, _, site in data:
        for w in words:
            sites.setdefault(w, set()).add(site)
    vocab = {w: i for i, w in enumerate(sorted(w for w, s in sites.items() if len(s) >= MIN_SITES))}
    rows = [e[0] for e in data]
    scaler = StandardScaler().fit(rows)
    present = sparse.csr_matrix(([1.0] * sum(len(vocab.keys() & e[1]) for e in data),
                                 ([i for i, e in enumerate(data) for w in sorted(vocab.keys() & e[1])],
                                  [vocab[w] for e in data for w in sorted(vocab.keys() & e[1])])),
                                shape=(len(data), len(vocab)))
    matrix = sparse.hstack([sparse.csr_matrix(scaler.transform(rows)), present]).tocsr()
    clf = LogisticRegression(C=c or C, max_iter=5000).fit(matrix, labels, sample_weight=[e[3] for e in data])
    coef = clf.coef_[0]
    dense = coef[: len(rows[0])]
    weights = tuple(float(w / s) for w, s in zip(dense, scaler.scale_))
    bias = float(clf.intercept_[0] - sum(w * m / s for w, m, s in zip(dense, scaler.mean_, scaler.scale_)))
    words = {w: float(coef[len(rows[0]) + i]) for w, i in vocab.items() if abs(coef[len(rows[0]) + i]) >= 0.01}
    return linemodel.Model(bias, weights, words)


def train(docs: Sequence[Labelled], cleaner: Cleaner | None = None) -> linemodel.Model:
    """The line model fitted to every line of `docs`."""
    cleaner = cleaner or rules_only()
    return fit([e for doc in docs for e in examples(doc, cleaner)])


def site_folds(docs: Sequence[Labelled], k: int = 10) -> list[list[Labelled]]:
    """`docs` in `k` folds (fewer if there are fewer sites), every site's documents in one fold,
    the folds balanced by size (largest site first, each to the smallest fold so far)."""
    by_site: dict[str, list[Labelled]] = {}
    for doc in docs:
        by_site.setdefault(site_of(doc), []).append(doc)
    folds: list[list[Labelled]] = [[] for _ in range(min(k, len(by_site)))]
    for site in sorted(by_site, key=lambda s: (-len(by_site[s]), s)):
        min(folds, key=len).extend(by_site[site])
    return folds


def fold_models(docs: Sequence[Labelled], k: int = 10) -> list[tuple[list[Labelled], linemodel.Model]]:
    """Each fold of `site_folds` with the model trained on the other folds' documents."""
    base = rules_only()
    folds = site_folds(docs, k)
    data = [[e for doc in fold for e in examples(doc, base)] for fold in folds]
    return [(fold, fit([e for j, part in enumerate(data) if j != i for e in part])) for i, fold in enumerate(folds)]


def cross_validate(docs: Sequence[Labelled], make: Callable[[linemodel.Model], Cleaner], k: int = 10) -> Evaluation:
    """Leave-site-out figures: for each fold of `site_folds`, a model trained on the other folds'
    documents cleans (through `make`) the fold's documents, which it never saw; the scores of every
    fold together."""
    scores = []
    for fold, model in fold_models(docs, k):
        cleaner = make(model)
        scores += [score_document(doc, cleaner.clean(doc.text, doc.path)) for doc in fold]
    return Evaluation(scores)


def to_json(model: linemodel.Model, docs: Sequence[Labelled]) -> dict[str, object]:
    """The weights file's content: the features, the weights and what they were trained on."""
    return {
        "features": list(linemodel.FEATURES),
        "bias": round(model.bias, 6),
        "weights": [round(w, 6) for w in model.weights],
        "words": {w: round(v, 4) for w, v in sorted(model.words.items())},
        "trained_on": {"documents": len(docs), "sites": len({site_of(d) for d in docs}), "c": C,
                       "min_sites": MIN_SITES},
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cleaner.train", description=__doc__.split("\n")[0])
    parser.add_argument("dir", metavar="LABELLED_DIR", help="folder of labelled *.json documents")
    parser.add_argument("--out", default=str(Path(__file__).parent / linemodel.WEIGHTS),
                        help="where the weights go (default: the package's own, cleaner/data/linemodel.json)")
    args = parser.parse_args(argv)
    docs = load_labelled(args.dir)
    model = train(docs)
    Path(args.out).write_text(json.dumps(to_json(model, docs), indent=1) + "\n", encoding="utf-8")
    print(f"trained on {len(docs)} documents from {len({site_of(d) for d in docs})} sites; wrote {args.out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
