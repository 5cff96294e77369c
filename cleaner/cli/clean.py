"""`cleaner clean SRC --out DST`: clean a file or a folder into a mirror tree, with a report."""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack
from pathlib import Path

from ..corpus import DEFAULT_SUFFIXES, Summary, clean_tree
from ..errors import CleanerError
from ..io import DEFAULT_MAX_BYTES, check_destination
from .common import add_cleaner_options, build_cleaner

REPORT_NAME = "cleaner-report.jsonl"


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("clean", help="clean a file or folder", description=__doc__)
    p.add_argument("src", metavar="SRC", help="a file, or a folder searched recursively")
    p.add_argument("--out", metavar="DST", help="folder for the cleaned copies (mirrors SRC); required unless --dry-run")
    p.add_argument("--report", metavar="FILE", help=f"JSON Lines report (default: DST/{REPORT_NAME}; '-' for stdout)")
    p.add_argument("--dry-run", action="store_true", help="write no cleaned files, only the report")
    p.add_argument("--diff", action="store_true", help="print what would go as a unified diff")
    p.add_argument("--ext", action="append", metavar="SUFFIX", help="file suffixes to clean (default: .txt and .md)")
    p.add_argument("--quiet", "-q", action="store_true", help="no summary")
    p.add_argument("--max-size", type=int, default=DEFAULT_MAX_BYTES, metavar="BYTES",
                   help=f"skip files larger than this, unread (default: {DEFAULT_MAX_BYTES}; 0: no limit)")
    add_cleaner_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    src = Path(args.src)
    if not src.exists():
        raise CleanerError(f"{src}: no such file or folder")
    if args.out is None and not args.dry_run:
        raise CleanerError("say where the cleaned files go with --out DST, or use --dry-run to only report")
    out = None if args.dry_run else Path(args.out)
    if out is not None:
        check_destination(src, out)
    cleaner = build_cleaner(args)
    suffixes = tuple(s if s.startswith(".") else "." + s for s in args.ext) if args.ext else DEFAULT_SUFFIXES
    report_path = args.report or (str(out / REPORT_NAME) if out is not None else "-")
    with ExitStack() as stack:
        if report_path == "-":
            stream = sys.stdout
        else:
            Path(report_path).parent.mkdir(parents=True, exist_ok=True)
            # backslashreplace: a file name that is not UTF-8 goes in as a \udcXX JSON escape, which reads back exactly
            stream = stack.enter_context(open(report_path, "w", encoding="utf-8", errors="backslashreplace"))
        summary = clean_tree(src, out, cleaner, stream, diff_stream=sys.stdout if args.diff else None, suffixes=suffixes,
                             max_bytes=args.max_size or None)
    if not args.quiet:
        print_summary(summary, report_path, sys.stderr)
    return 1 if summary.skipped else 0


def print_summary(s: Summary, report_path: str, stream) -> None:  # type: ignore[no-untyped-def]
    for rule, n in s.removals.most_common():
        print(f"  {n:7d}  {rule}", file=stream)
    for path, reason in s.skipped:
        print(f"  skipped {path}: {reason}", file=stream)
    where = "stdout" if report_path == "-" else report_path
    print(f"cleaner: {s.read} read, {s.written} written, {len(s.skipped)} skipped; "
          f"{sum(s.removals.values())} removals, {s.chars_removed} characters removed; report: {where}", file=stream)
