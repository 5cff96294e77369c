"""Options shared by the subcommands that build a Cleaner."""

from __future__ import annotations

import argparse

from ..config import load_rules
from ..engine import Cleaner
from ..presets import PRESETS

#: Seconds a scan of one document may take before the rule to blame is named and the document skipped.
DEFAULT_TIMEOUT = 5.0


def add_cleaner_options(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("rules")
    g.add_argument("--preset", default=None, choices=sorted(PRESETS), help="which rules to apply (default: default)")
    g.add_argument("--select", action="append", default=[], metavar="IDS",
                   help="apply only these rule ids or families (comma-separated; repeatable)")
    g.add_argument("--ignore", action="append", default=[], metavar="IDS",
                   help="do not apply these rule ids or families (comma-separated; repeatable)")
    g.add_argument("--config", action="append", default=[], metavar="FILE", help="add the rules of a TOML file (repeatable)")
    g.add_argument("--no-repair", action="store_true", help="skip the unicode repair (ftfy)")
    g.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"time limit per rule scan of a document; a rule that runs past it skips the document "
                        f"with the rule named (default: {DEFAULT_TIMEOUT:g}; 0: none)")


def _ids(values: list[str]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def build_cleaner(args: argparse.Namespace) -> Cleaner:
    extra = [rule for path in args.config for rule in load_rules(path)]
    return Cleaner(preset=args.preset, select=_ids(args.select), ignore=_ids(args.ignore), extend=extra,
                   repair=not args.no_repair, check=False,
                   timeout=args.timeout or None)
