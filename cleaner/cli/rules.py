"""`cleaner rules [ID]`: list the catalog, or show one rule or family in full."""

from __future__ import annotations

import argparse

from ..docgen import rule_text
from ..presets import PRESETS, catalog, select_rules


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("rules", help="list the rule catalog", description=__doc__)
    p.add_argument("id", nargs="?", help="a rule id or family to show in full")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    rules = catalog()
    if args.id:
        chosen = select_rules(rules, select=[args.id])  # an unknown id raises with a suggestion
        print("\n\n".join(rule_text(r) for r in chosen))
        return 0
    width = max(len(r.id) for r in rules)
    for r in rules:
        print(f"{r.id:<{width}}  {r.confidence:<6}  {r.scope:<9}  {r.description}")
    presets = "; ".join(f"{name}: {desc}" for name, (_, desc) in PRESETS.items())
    print(f"\n{len(rules)} rules. Presets: {presets}.")
    return 0
