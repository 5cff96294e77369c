"""The `cleaner` command: one module per subcommand, each with `add_parser` and `run`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..errors import CleanerError
from ..io import OutputError, output_error
from . import clean, evaluate, explain, learn, report, rules

#: Exit codes, documented in docs/cli.md.
OK, SKIPPED, USAGE, STOPPED, INTERRUPTED = 0, 1, 2, 3, 130
COMMANDS = (clean, rules, evaluate, explain, report, learn)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleaner", description="Strip syndication junk from scraped article text and report every cut.")
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"cleaner {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        command.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        return int(args.run(args))
    except OutputError as exc:
        print(f"cleaner: stopped: {exc}", file=sys.stderr)
        return STOPPED
    except OSError as exc:  # inputs fail one by one inside the run; what escapes is the output or report
        print(f"cleaner: stopped: {output_error(exc, exc.filename or 'the report')}", file=sys.stderr)
        return STOPPED
    except CleanerError as exc:
        print(f"cleaner: error: {exc}", file=sys.stderr)
        return USAGE
    except KeyboardInterrupt:
        print("cleaner: interrupted", file=sys.stderr)
        return INTERRUPTED


def entry() -> None:
    sys.exit(main())
