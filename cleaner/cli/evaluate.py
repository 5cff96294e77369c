"""`cleaner eval DIR`: score the cleaner on labelled documents (see docs/evaluation.md)."""

from __future__ import annotations

import argparse
import json

from ..scoring import CONTENT, JUNK, evaluate
from .common import add_cleaner_options, build_cleaner


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("eval", help="score the cleaner on labelled documents", description=__doc__)
    p.add_argument("dir", metavar="LABELLED_DIR", help="folder of labelled *.json documents")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--worst", type=int, default=5, metavar="N", help="show the N worst documents (default 5)")
    add_cleaner_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    ev = evaluate(args.dir, build_cleaner(args))
    if args.json:
        print(json.dumps(ev.to_json(args.worst), ensure_ascii=False, indent=1))
        return 0
    print("rule / family                              junk  content  (tokens removed)")
    for name, per in [*ev.by_family().items(), *ev.by_rule().items()]:
        print(f"  {name:<40} {per.get(JUNK, 0):5d}  {per.get(CONTENT, 0):7d}")
    for d in ev.worst(args.worst):
        print(f"\n== {d.id} ({d.path})")
        for m in d.missed:
            print("  missed:      " + m.replace("\n", "\\n")[:160])
        for m in d.wrongly_cut:
            print("  wrongly cut: " + m.replace("\n", "\\n")[:160])
    s = ev.summary()
    print(f"\n{s['documents']} documents: recall {ev.recall:.4f}, precision {ev.precision:.4f}, "
          f"content loss {ev.content_loss:.4%}, perfect {ev.perfect:.1%}, "
          f"damaged negatives {len(ev.damaged_negatives)} {ev.damaged_negatives or ''}".rstrip())
    return 0
