"""Recall and false proposals of `cleaner learn` for a grid of K (--min-docs) and P (--min-share).

Usage: python benchmarks/learn_thresholds.py [--seeds 3]

Generated corpora (tests/learn_corpus.py) shaped like news sites: sites of 20 to 1000 documents,
each planting three lines in a random 30-100% of its documents (each document draws for itself),
amid articles whose stock sentences ("He said.", "Here's what we know.") each appear, alone on a
line or closing a paragraph, in a given share of documents, plus a quote repeated by three stories.
A proposal is right when its key is one of its own site's planted lines; anything else is content.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from learn_corpus import Site, article

from cleaner.learn import Counts, Doc
from cleaner.learn_shape import key

SIZES = (20, 50, 200, 1000)
KS = (2, 3, 5, 10)
PS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3)
STOCK_RATES = (0.02, 0.05, 0.1, 0.15)
QUOTE = '"We will not stop until the bridge is open," the engineer said on the site.'


def site_corpus(seed: int, stock_rate: float) -> tuple[list[Doc], set[tuple[str, str]]]:
    rng = random.Random(seed)
    docs: list[Doc] = []
    planted: set[tuple[str, str]] = set()
    for k, size in enumerate(SIZES * 2):
        site = Site(f"s{k}", f"Site {k}", (f"Site {k} morning edition for subscribers", f"Contact the Site {k} desk"),
                    f"{{n}} readers shared Site {k} today", tuple(rng.uniform(0.3, 1.0) for _ in range(3)))
        for i in range(size):
            carry = tuple(rng.random() < share for share in site.shares)
            a = article(site, i, rng, carry, stock_rate)
            text = a.text + (f"\n{QUOTE}\n" if i < 3 else "")
            docs.append(Doc(a.path, a.source, text))
            planted |= {(a.source, key(line)) for line in a.boilerplate}  # type: ignore[misc]
    return docs, planted


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=3)
    args = ap.parse_args()
    print(f"sites of {SIZES} documents, twice; {args.seeds} seeds; cells: recall of planted lines / false proposals")
    for rate in STOCK_RATES:
        print(f"\nstock sentences each in {rate:.0%} of documents")
        print("      " + "".join(f"P={p:<12}" for p in PS))
        cells: dict[tuple[int, float], list[tuple[int, int, int]]] = {}
        for seed in range(args.seeds):
            docs, planted = site_corpus(seed, rate)
            counts = Counts(max_keys=10**7)
            for d in docs:
                counts.add(d)
            for k in KS:
                for p in PS:
                    props = counts.proposals(k, p)
                    got = {(q.source, key(q.example)) for q in props}
                    cells.setdefault((k, p), []).append((len(got & planted), len(planted), len(got - planted)))
        for k in KS:
            row = []
            for p in PS:
                hit, total, false = (sum(x) for x in zip(*cells[(k, p)], strict=True))
                row.append(f"{hit / total:6.1%} /{false:3d}  ")
            print(f"K={k:<3} " + "".join(row))


if __name__ == "__main__":
    main()
