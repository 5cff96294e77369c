"""The `cleaner` command: one module per subcommand, each with `add_parser` and `run`."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from ..errors import CleanerError
from ..io import OutputError, output_error
from . import clean, evaluate, explain, learn, report, rules

#: Exit codes, documented in docs/cli.md.
OK, SKIPPED, USAGE, STOPPED, INTERRUPTED, BROKEN_PIPE = 0, 1, 2, 3, 130, 141
COMMANDS = (clean, rules, evaluate, explain, report, learn)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleaner", description="Strip syndication junk from scraped article text and report every cut.")
    from .. import __version__
    from ..literals import accelerator

    engine = accelerator() or "none; pip install 'syndication-cleaner[fast]' adds one"
    parser.add_argument("--version", action="version", version=f"cleaner {__version__} (accelerator: {engine})")
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
    except BrokenPipeError:  # the reader of stdout went away (`| head`): end quietly, as a Unix tool does
        _silence_stdout()
        return BROKEN_PIPE
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


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that flushing it at exit does not fail on the closed pipe again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a file (captured): nothing is left to flush
        pass


def entry() -> None:
    sys.exit(main())
