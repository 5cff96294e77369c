"""Options shared by the subcommands that build a Cleaner."""

from __future__ import annotations

import argparse

from ..config import load_rules
from ..engine import Cleaner
from ..linemodel import Model
from ..presets import PRESETS
from ..timer import COMMAND_LINE, TimeLimit


def add_cleaner_options(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("rules")
    g.add_argument("--preset", default=None, choices=sorted(PRESETS), help="which rules to apply (default: default)")
    g.add_argument("--select", action="append", default=[], metavar="IDS",
                   help="apply only these rule ids or families (comma-separated; repeatable)")
    g.add_argument("--ignore", action="append", default=[], metavar="IDS",
                   help="do not apply these rule ids or families (comma-separated; repeatable)")
    g.add_argument("--config", action="append", default=[], metavar="FILE", help="add the rules of a TOML file (repeatable)")
    g.add_argument("--no-repair", action="store_true",
                   help="skip the unicode repair (ftfy) that junk is looked for in (the output is the input's own "
                        "characters either way)")
    g.add_argument("--repair-output", action="store_true",
                   help="write ftfy's unicode repairs (mojibake, HTML entities) into the output too")
    g.add_argument("--timeout", type=float, default=COMMAND_LINE.seconds, metavar="SECONDS",
                   help=f"time limit (CPU seconds) per document; a document that runs past it is skipped, with "
                        f"the rule named if one rule ran away (default: {COMMAND_LINE.seconds:g}; 0: none)")


def _ids(values: list[str]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def build_cleaner(args: argparse.Namespace, line_model: Model | None = None) -> Cleaner:
    limit = TimeLimit.option(args.timeout)
    extra = [rule for path in args.config for rule in load_rules(path)]
    return Cleaner(preset=args.preset, select=_ids(args.select), ignore=_ids(args.ignore), extend=extra,
                   repair="off" if args.no_repair else "output" if args.repair_output else "detect", check=False,
                   limit=limit, line_model=line_model)
