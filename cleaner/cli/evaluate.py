"""`cleaner eval DIR`: score the cleaner on labelled documents (see docs/evaluation.md)."""

from __future__ import annotations

import argparse
import json

from ..scoring import CONTENT, JUNK, Evaluation, evaluate, load_labelled
from .common import add_cleaner_options, build_cleaner


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("eval", help="score the cleaner on labelled documents", description=__doc__)
    p.add_argument("dir", metavar="LABELLED_DIR", help="folder of labelled *.json documents")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--worst", type=int, default=5, metavar="N", help="show the N worst documents (default 5)")
    p.add_argument("--by", choices=("kind", "site"), action="append", default=[],
                   help="also print the figures per kind of document or per site group (repeatable)")
    p.add_argument("--folds", choices=("site",),
                   help="'site': leave-site-out figures for the line model: each site's documents are cleaned "
                        "by a model trained on the other sites' (needs scikit-learn: the 'train' extra)")
    add_cleaner_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.folds == "site":
        from ..train import cross_validate

        ev = cross_validate(load_labelled(args.dir), lambda model: build_cleaner(args, line_model=model))
    else:
        ev = evaluate(args.dir, build_cleaner(args))
    if args.json:
        out = ev.to_json(args.worst)
        for key in args.by:
            out[f"by_{key}"] = {name: group.summary() for name, group in ev.by_group(key).items()}
        print(json.dumps(out, ensure_ascii=False, indent=1))
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
    for key in args.by:
        print(f"\nper {key}:")
        for name, group in ev.by_group(key).items():
            print(f"  {name[:38]:<38} {_line(group)}")
    print(f"\n{_line(ev)}")
    return 0


def _line(ev: Evaluation) -> str:
    return (f"{len(ev.documents)} documents: recall {ev.recall:.4f}, precision {ev.precision:.4f}, "
            f"content loss {ev.content_loss:.4%}, perfect {ev.perfect:.1%}, "
            f"damaged negatives {len(ev.damaged_negatives)} {ev.damaged_negatives or ''}").rstrip()
