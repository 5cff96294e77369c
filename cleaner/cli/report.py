"""`cleaner report REPORT.jsonl`: totals per rule of a run, and with --html a page for reviewing its cuts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import CleanerError
from ..htmlreport import MAX_BYTES, RunStats, collect, read_records, source_texts, write_html
from ..io import DEFAULT_SUFFIXES
from ..overlap import check_writes
from ..report import learned_beside
from ..text import counted


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("report", help="summarise a run's report; --html writes a page to review its cuts",
                       description=__doc__)
    p.add_argument("report", metavar="REPORT", help="the JSON Lines report `cleaner clean` wrote")
    p.add_argument("--html", metavar="FILE", help="write a self-contained HTML page for reviewing the cuts")
    p.add_argument("--src", metavar="SRC", help="the folder, file or JSON Lines file that was cleaned, to show cuts in their text")
    p.add_argument("--text-field", default="text", metavar="NAME",
                   help="when SRC is a JSON Lines file: the field holding the text (default: text)")
    p.add_argument("--top", type=int, default=500, metavar="N", help="documents with the most removed to list (default: 500)")
    p.add_argument("--samples", type=int, default=12, metavar="K", help="cuts sampled per rule (default: 12)")
    p.add_argument("--title", default=None, help="page title (default: the report's file name)")
    p.add_argument("--learned", metavar="FILE", help="the run's learned rules, listed as their own group "
                   "(default: the REPORT-learned.toml that `cleaner clean --learn` wrote beside the report, if any)")
    p.add_argument("--quiet", "-q", action="store_true", help="no summary")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.top < 0 or args.samples < 0:
        raise CleanerError("--top and --samples take a number, 0 or more")
    report = Path(args.report)
    if not report.is_file():
        raise CleanerError(f"{report}: no such report; `cleaner clean SRC --out DST` writes DST/cleaner-report.jsonl")
    texts = None
    if args.src is not None:
        if not Path(args.src).exists():
            raise CleanerError(f"{args.src}: no such file or folder; give the SRC the run cleaned")
        texts = source_texts(args.src, text_field=args.text_field)
    records = read_records(report)
    if args.html:
        learned = args.learned or learned_beside(report)
        if args.learned and not Path(args.learned).is_file():
            raise CleanerError(f"{args.learned}: no such learned-rules file")
        reads = [("the report", report), ("the learned rules", Path(learned))]
        # --src is a folder of documents with the default suffixes (a run's --ext is not in its report)
        check_writes(Path(args.src) if args.src else None, [("--html", Path(args.html))], reads=reads,
                     suffixes=DEFAULT_SUFFIXES)
        stats = write_html(records, args.html, texts, title=args.title or report.name, top=args.top,
                           samples=args.samples, max_bytes=MAX_BYTES, learned=learned)
    else:
        stats = collect(records, top=0, samples=0)
    if not args.quiet:
        print_summary(stats, args.html, sys.stderr if args.html else sys.stdout)
    return 0


def print_summary(s: RunStats, html: str | None, stream) -> None:  # type: ignore[no-untyped-def]
    print("      docs  removals    chars  confidence  rule", file=stream)
    for r in sorted(s.rules.values(), key=lambda r: (-r.chars, r.rule)):
        print(f"  {r.docs:8d}  {r.removals:8d}  {r.chars:7d}  {r.confidence:<10}  {r.rule}", file=stream)
    line = (f"cleaner: {s.documents} documents, {s.touched} with cuts, {s.skipped_total} skipped; "
            f"{counted(s.removals, 'removal')}, {s.chars_removed} of {counted(s.chars_in, 'character')} removed")
    print(line + (f"; page: {html}" if html else ""), file=stream)
