"""`cleaner clean SRC --out DST`: clean a file, a folder, a JSON Lines corpus or stdin, with a report."""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import IO, cast

from .. import formats, manifest, timer
from ..config import load_rules
from ..corpus import DEFAULT_SUFFIXES, Options, Summary, clean_jsonl, clean_tree
from ..errors import CleanerError
from ..htmlreport import read_records, source_texts, write_html
from ..io import DEFAULT_MAX_BYTES, Decoded, SkipDocument, check_destination, decode, read_document
from ..learn import toml_rules
from ..overlap import check_writes
from ..report import learned_beside
from ..rules import Rule
from ..text import counted
from .common import _ids as split_ids
from .common import add_cleaner_options, build_cleaner
from .learn import add_learn_options, check_learn_options, learn_corpus, read_rules, write_rules

REPORT_NAME = "cleaner-report.jsonl"
LEARNED_NAME = "cleaner-learned.toml"  # beside the report (report.learned_beside), for --learn
LEARNED_FAMILY = "learned"


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("clean", help="clean a file, folder, JSON Lines file or stdin", description=__doc__)
    p.add_argument("src", metavar="SRC", help="a file, a folder searched recursively, a .jsonl[.gz] file, or - for stdin")
    p.add_argument("--out", metavar="DST", help="where the cleaned copies go: a folder mirroring SRC, or a .jsonl[.gz] "
                   "file for JSON Lines input (default for stdin: stdout); required unless --dry-run")
    p.add_argument("--report", metavar="FILE", help=f"JSON Lines report (default: DST/{REPORT_NAME}, or DST-report.jsonl "
                   "beside a JSON Lines output; '-' for stdout, or stderr when the text goes to stdout)")
    p.add_argument("--dry-run", action="store_true", help="write no cleaned files, only the report")
    p.add_argument("--diff", action="store_true", help="print what would go as a unified diff")
    p.add_argument("--ext", action="append", metavar="SUFFIX", help="file suffixes to clean (default: .txt and .md)")
    p.add_argument("--format", choices=("text", "jsonl"), help="input format (default: jsonl for .jsonl/.jsonl.gz/.ndjson, else text)")
    p.add_argument("--text-field", default="text", metavar="NAME", help="JSON Lines: the field holding the text (default: text)")
    p.add_argument("--report-field", metavar="NAME", help="JSON Lines: put each record's report under this field instead of a report file")
    p.add_argument("--workers", "-j", type=int, default=os.cpu_count() or 1, metavar="N",
                   help="processes cleaning in parallel (default: the number of cores); results are identical for any N")
    p.add_argument("--max-bytes", "--max-size", dest="max_bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                   help=f"skip (and report) documents larger than this, unread (default: {DEFAULT_MAX_BYTES}; 0: no limit)")
    p.add_argument("--fsync", action="store_true",
                   help="flush each output to disk before renaming it into place (survives a power cut; slower)")
    p.add_argument("--restart", action="store_true", help="ignore the manifest of an earlier run in DST and clean everything again")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress and no summary")
    p.add_argument("--html", metavar="FILE", help="also write a page for reviewing the run's cuts (docs/review.md)")
    p.add_argument("--source-field", metavar="NAME", help="JSON Lines: the field naming each record's source (e.g. "
                   "domain); records are then named SOURCE/ID, as `cleaner learn` names them, so learned rules apply")
    p.add_argument("--id-field", default="id", metavar="NAME",
                   help="JSON Lines with --source-field: the field with a record id (default: id; else the line number)")
    add_cleaner_options(p)
    g = p.add_argument_group("learning (docs/learn.md)")
    g.add_argument("--learn", action="store_true",
                   help="first learn each source's recurring lines (as `cleaner learn` does), then clean with the "
                        f"catalog plus them; the rules go beside the report ({LEARNED_NAME}) and a rerun reads them back")
    add_learn_options(g)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.workers < 1:
        raise CleanerError("--workers must be at least 1")
    if args.max_bytes < 0:
        raise CleanerError(f"--max-bytes {args.max_bytes}: give a size in bytes, or 0 for no limit")
    if args.max_bytes == 0:
        args.max_bytes = None  # no limit
    fmt = args.format or ("jsonl" if formats.is_jsonl(args.src) else "text")
    if args.source_field is not None and fmt != "jsonl":
        raise CleanerError("--source-field names a JSON Lines field; a folder's sources are its sub-folders")
    learned: list[Rule] = []
    if args.learn:
        learned_path = _check_learning(args, fmt)
    else:
        cleaner = build_cleaner(args)
    if args.src == "-" and fmt == "text":
        return _run_stdin(args, cleaner)
    src = Path(args.src)
    if args.src != "-" and not src.exists():
        raise CleanerError(f"{src}: no such file or folder")
    if args.out is None and not args.dry_run and args.src != "-":
        raise CleanerError("say where the cleaned files go with --out DST, or use --dry-run to only report")
    suffixes = tuple(s if s.startswith(".") else "." + s for s in args.ext) if args.ext else DEFAULT_SUFFIXES
    if args.learn:
        learned = _learned_rules(args, src, fmt, learned_path, suffixes)
        if learned:  # applied exactly as `--config` applies a file: after the other files' rules
            args.config = [*args.config, str(learned_path)]
        cleaner = build_cleaner(args)
    if fmt == "text" and src.is_file() and args.out is not None and _names_a_file(args.out, src, suffixes):
        return _run_file(args, cleaner, src)
    with ExitStack() as scratch, ExitStack() as stack:
        progress = stack.enter_context(_Progress(args, src))
        options = Options(workers=args.workers, max_bytes=args.max_bytes, resume=not args.restart, progress=progress.update,
                          fsync=args.fsync)
        if fmt == "jsonl":
            out_name = None if args.dry_run else (args.out or "-")
            report_path = args.report or _jsonl_report_path(out_name, args.report_field)
            check_writes(None if args.src == "-" else src,
                         _written(("--out", out_name), (_report_option(args), report_path), ("--html", args.html)),
                         reads=_rule_files(args))
            source = _stdin_copy(scratch) if args.src == "-" and args.html else args.src
            stream, copy = _report_streams(stack, scratch, args, report_path, to_stdout=out_name == "-")
            out = stack.enter_context(formats.atomic_output(out_name)) if out_name else None
            summary = clean_jsonl(source, out, cleaner, stream, text_field=args.text_field,
                                  report_field=args.report_field, options=options,
                                  name="stdin" if args.src == "-" else None,
                                  source_field=args.source_field, id_field=args.id_field)
            texts = source_texts(source, text_field=args.text_field, jsonl=True) if args.html else None
        else:
            out = None if args.dry_run else Path(args.out)
            report_path = args.report or (str(out / REPORT_NAME) if out is not None else "-")
            if out is not None:
                check_destination(src, out, suffixes, _earlier_outputs(out, report_path, args.html))
            check_writes(src, _written((_report_option(args), report_path), ("--html", args.html)), dst=out,
                         suffixes=suffixes, reads=_rule_files(args))
            # The diff goes to stdout: a report asked for there goes to stderr, so the two never mix.
            stream, copy = _report_streams(stack, scratch, args, report_path, to_stdout=args.diff)
            summary = clean_tree(src, out, cleaner, stream, diff_stream=sys.stdout if args.diff else None,
                                 suffixes=suffixes, options=options)
            texts = source_texts(src) if args.html else None
        stack.close()  # the report is complete before the page reads it back
        if args.html:
            written = copy or report_path
            assert written is not None  # with no report file, the copy is made
            write_html(read_records(written), args.html, texts, title=src.name if args.src != "-" else "stdin",
                       learned=learned_path if args.learn else None)
    if not args.quiet:
        print_summary(summary, _where(report_path, to_stdout=fmt == "jsonl" and out_name == "-" or args.diff),
                      sys.stderr)
    return 1 if summary.skipped else 0


def _check_learning(args: argparse.Namespace, fmt: str) -> Path:
    """Where the learned rules go; the learning options and the rule options checked before the long first pass."""
    if args.src == "-":
        raise CleanerError("--learn reads the input twice (once to learn, once to clean); give a file or folder, not stdin")
    if fmt == "text" and Path(args.src).is_file():
        raise CleanerError(f"{args.src}: --learn needs many documents; give a folder or a JSON Lines file")
    if fmt == "jsonl" and args.source_field is None:
        raise CleanerError("--learn on JSON Lines needs --source-field NAME, the field naming each record's source "
                           "(e.g. domain): boilerplate is learned per source")
    check_learn_options(args)
    # The rule options are checked now, but for the learned ids, which exist only after learning.
    probe = argparse.Namespace(**vars(args))
    probe.select = [n for n in split_ids(args.select) if not _is_learned(n)]
    probe.ignore = [n for n in split_ids(args.ignore) if not _is_learned(n)]
    build_cleaner(probe)
    return _learned_path(args, fmt)


def _is_learned(name: str) -> bool:
    return name == LEARNED_FAMILY or name.startswith(LEARNED_FAMILY + ".")


def _learned_path(args: argparse.Namespace, fmt: str) -> Path:
    """Beside the report: DST/cleaner-learned.toml, DST-learned.toml beside DST.jsonl, REPORT-learned.toml."""
    if fmt == "jsonl":
        out_name = None if args.dry_run else (args.out or "-")
        report = args.report or _jsonl_report_path(out_name, args.report_field)
        if report in (None, "-") and out_name not in (None, "-"):
            report = _jsonl_report_path(out_name, None)  # the report goes into the records: beside the output
    else:
        report = args.report or (str(Path(args.out) / REPORT_NAME) if args.out and not args.dry_run else None)
    if report in (None, "-"):
        raise CleanerError("--learn writes the learned rules beside the report: give --report FILE or --out DST")
    return learned_beside(report)


def _learned_rules(args: argparse.Namespace, src: Path, fmt: str, path: Path, suffixes: tuple[str, ...]) -> list[Rule]:
    """The first pass: each source's recurring lines as rules, written to `path`; or, when an earlier run
    (or the user, after review) left that file and this is not --restart, the rules read from it."""
    out = None if args.dry_run or args.out is None or fmt == "jsonl" else Path(args.out)
    check_writes(src, _written(("--html", args.html), ("the learned rules", str(path))), dst=out, suffixes=suffixes,
                 reads=_rule_files(args))
    if path.exists() and not args.restart:
        rules = read_rules(path)
        if not args.quiet:
            print(f"cleaner: {len(rules)} learned rules read from {path} (an earlier run's, perhaps reviewed; "
                  "--restart learns again)", file=sys.stderr)
        return _select_learned(args, rules)
    skipped: list[tuple[str, str]] = []  # the second pass reports them
    read = {}
    if fmt == "text":
        read = {"exclude": out, "root": src, "max_bytes": args.max_bytes}
    if not args.quiet and sys.stderr.isatty():
        print(f"cleaner: learning each source's recurring lines from {src} (first pass) ...", file=sys.stderr)
    made, failed, counts = learn_corpus(src, args, skipped, jsonl=fmt == "jsonl", **read)
    n_docs = sum(counts.docs.values())
    header = (f"Rules learned by `cleaner clean --learn` from {src} ({n_docs} documents, {len(counts.docs)} sources;\n"
              f"--min-docs {args.min_docs} --min-share {args.min_share}); that run applied them. Review them:\n"
              f"delete the ones that are content and run the same command again, which reads this file\n"
              f"instead of learning (--restart learns afresh). Or apply it with --config THIS_FILE.")
    write_rules(str(path), toml_rules(made, header) if made else _empty(header))
    if not args.quiet:
        for p, reason in failed:
            print(f"  not learned ({p.source}: {p.example[:50]!r}): {reason}", file=sys.stderr)
        note = f"; counts may be short (--max-keys {args.max_keys} was reached)" if counts.prunes else ""
        print(f"cleaner: learned {len(made)} rules from {n_docs} documents of {len(counts.docs)} sources: "
              f"{path}{note}", file=sys.stderr)
    return _select_learned(args, read_rules(path))


def _empty(header: str) -> str:
    return "".join(f"# {line}\n" for line in header.splitlines()) + "# No line recurred often enough: no rules.\n"


def _select_learned(args: argparse.Namespace, rules: list[Rule]) -> list[Rule]:
    """The learned rules; a learned id in --ignore that was not learned is dropped (there is nothing to
    ignore), while one in --select stays, for the Cleaner to report as unknown with the closest id."""
    pool = rules + [rule for path in args.config for rule in load_rules(path)]
    known = {r.id for r in pool} | {r.family for r in pool}
    args.ignore = [n for n in split_ids(args.ignore) if not _is_learned(n) or n in known]
    return rules


def _earlier_outputs(out: Path, *written: str | None) -> set[str]:
    """The files under `out` (relative to it) that an earlier run wrote there: the documents its
    manifest lists, the manifest itself, and the files this run writes too (report, HTML page)."""
    ours = set(manifest.load(out / manifest.MANIFEST_NAME)) | {manifest.MANIFEST_NAME}
    real = out.resolve()
    for path in filter(None, written):
        if path != "-" and Path(path).resolve().is_relative_to(real):
            ours.add(Path(path).resolve().relative_to(real).as_posix())
    return ours


def _names_a_file(out: str, src: Path, suffixes: tuple[str, ...]) -> bool:
    """Whether --out for a single input file names the output file itself, as `cp a.txt b.txt` does.

    It does when it ends in a document suffix and is no folder (an existing one, or written with a
    trailing slash); otherwise the output goes into the folder under the input's name.
    """
    if out.endswith(("/", os.sep)) or Path(out).is_dir():
        return False
    return Path(out).name.lower().endswith((*suffixes, src.suffix.lower() or "\0"))


def _written(*pairs: tuple[str, str | None]) -> list[tuple[str, Path]]:
    """(option, path) of each file the run writes; none for standard output."""
    return [(what, Path(path)) for what, path in pairs if path not in (None, "-")]


def _rule_files(args: argparse.Namespace) -> list[tuple[str, Path]]:
    """The rule files the run reads (--config), which it may not write over."""
    return [(f"the rule file --config {path}", Path(path)) for path in args.config]


def _report_option(args: argparse.Namespace) -> str:
    return "--report" if args.report else "the report"


def _where(report_path: str | None, *, to_stdout: bool) -> str:
    """The report's destination as the summary names it."""
    if report_path is None:
        return "none"
    if report_path == "-":
        return "stderr" if to_stdout else "stdout"
    return report_path


def _report_streams(stack: ExitStack, scratch: ExitStack, args: argparse.Namespace, path: str | None, *,
                    to_stdout: bool) -> tuple[IO[str] | None, str | None]:
    """The report stream, and when --html needs the report back but it goes to no file, a copy to read."""
    stream = _report_stream(stack, path, to_stdout=to_stdout)
    if not args.html or path not in (None, "-"):
        return stream, None
    copy = str(Path(scratch.enter_context(tempfile.TemporaryDirectory())) / "report.jsonl")
    tee = _Tee(stack.enter_context(open(copy, "w", encoding="utf-8", errors="backslashreplace")), stream)
    return cast(IO[str], tee), copy


class _Tee:
    """A text stream writing to two (the second may be None)."""

    def __init__(self, first: IO[str], second: IO[str] | None) -> None:
        self.first, self.second = first, second

    def write(self, text: str) -> int:
        if self.second is not None:
            self.second.write(text)
        return self.first.write(text)


def _stdin_copy(scratch: ExitStack) -> str:
    """Standard input copied to a temporary file, so that the HTML page can read its texts back."""
    import shutil

    path = Path(scratch.enter_context(tempfile.TemporaryDirectory())) / "stdin.jsonl"
    with open(path, "wb") as fh:
        shutil.copyfileobj(sys.stdin.buffer, fh)
    return str(path)


def _run_stdin(args: argparse.Namespace, cleaner) -> int:  # type: ignore[no-untyped-def]
    """One text document from stdin to stdout (or --out FILE)."""
    data = sys.stdin.buffer.read() if args.max_bytes is None else sys.stdin.buffer.read(args.max_bytes + 1)
    out = None if args.dry_run else (args.out or "-")
    if args.max_bytes is not None and len(data) > args.max_bytes:
        return _run_one(args, cleaner, "-", SkipDocument(f"larger than the size limit ({args.max_bytes} bytes; "
                                                          "raise --max-bytes)"), out, args.report)
    try:
        doc = decode(data)  # as a file's: a byte-order mark (UTF-8, UTF-16, UTF-32) is honoured and kept
    except SkipDocument as exc:
        raise CleanerError(f"stdin: {exc}") from None
    return _run_one(args, cleaner, "-", doc, out, args.report)


def _run_file(args: argparse.Namespace, cleaner, src: Path) -> int:  # type: ignore[no-untyped-def]
    """One text file to one output file (`--out` names a file, not a folder)."""
    out = None if args.dry_run else args.out
    report_path = args.report or ("-" if args.dry_run else str(Path(args.out).with_suffix("")) + "-report.jsonl")
    try:
        doc: Decoded | SkipDocument = read_document(src, max_bytes=args.max_bytes)
    except SkipDocument as exc:
        doc = exc
    return _run_one(args, cleaner, src.name, doc, out, report_path, src=src)


def _run_one(args: argparse.Namespace, cleaner, name: str, doc: Decoded | SkipDocument,  # type: ignore[no-untyped-def]
             out: str | None, report_path: str | None, src: Path | None = None) -> int:
    """Clean one document (or report why not) into `out` ('-': stdout; None: nowhere), with its report."""
    from .. import report

    check_writes(src, _written(("--out", out), (_report_option(args), report_path), ("--html", args.html)),
                 reads=_rule_files(args))
    summary = Summary()
    result = None
    diff = args.diff and out != "-"  # the diff goes to stdout, unless the text does
    with ExitStack() as stack:
        stream = _report_stream(stack, report_path, to_stdout=out == "-" or diff)
        if isinstance(doc, SkipDocument):
            rec = report.skipped(name, str(doc))
        else:
            result = timer.clean(cleaner, doc.text, name)
            rec = report.record(name, result, len(doc.text))
            if out is not None:
                stack.enter_context(formats.atomic_output(out)).write(doc.encode(result.text))
                summary.written += 1
            if diff:
                sys.stdout.writelines(difflib.unified_diff(result.repaired.splitlines(keepends=True),
                                                           result.text.splitlines(keepends=True), name, name + " (clean)"))
        summary.add(rec)
        if stream is not None:
            report.write(stream, rec)
    if args.html:
        repaired = result.repaired if result is not None else None
        write_html([rec], args.html, lambda _rec: repaired, title=name if name != "-" else "stdin")
    if not args.quiet:
        print_summary(summary, _where(report_path, to_stdout=out == "-" or diff), sys.stderr)
    return 1 if summary.skipped else 0


def _jsonl_report_path(out_name: str | None, report_field: str | None) -> str | None:
    if report_field:
        return None
    if out_name is None or out_name == "-":
        return "-"
    name = out_name
    for suffix in formats.JSONL_SUFFIXES:
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    return name + "-report.jsonl"


def _report_stream(stack: ExitStack, path: str | None, *, to_stdout: bool) -> IO[str] | None:
    if path is None:
        return None
    if path == "-":
        return sys.stderr if to_stdout else sys.stdout
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    # backslashreplace: a file name that is not UTF-8 goes in as a \udcXX JSON escape, which reads back exactly
    return stack.enter_context(open(path, "w", encoding="utf-8", errors="backslashreplace"))


class _Progress:
    """Documents, MB/s and ETA on a terminal (tqdm); nothing when stderr is not one or with --quiet.

    A folder is counted first, so the bar counts documents; an uncompressed JSON Lines file is
    measured by size, so the bar counts bytes (the ETA stays right whatever the record sizes).
    """

    def __init__(self, args: argparse.Namespace, src: Path) -> None:
        self.bar = None
        self.docs = self.nbytes = 0
        self.by_bytes = False
        self.start = time.monotonic()
        if args.quiet or not sys.stderr.isatty():
            return
        try:
            from tqdm import tqdm
        except ImportError:
            return
        total = None
        if src.is_dir():
            total = sum(1 for _root, _dirs, files in os.walk(src) for f in files
                        if f.lower().endswith(tuple(args.ext or DEFAULT_SUFFIXES)))
        elif args.src != "-" and formats.is_jsonl(src) and not src.name.lower().endswith(".gz"):
            total, self.by_bytes = src.stat().st_size, True
        if self.by_bytes:
            self.bar = tqdm(total=total, unit="B", unit_scale=True, file=sys.stderr, dynamic_ncols=True, mininterval=0.5)
        else:
            self.bar = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True, mininterval=0.5)

    def update(self, docs: int, nbytes: int) -> None:
        if self.bar is None:
            return
        self.docs += docs
        self.nbytes += nbytes
        self.bar.update(nbytes if self.by_bytes else docs)
        if self.docs % 200 == 0:
            rate = self.nbytes / 1e6 / max(time.monotonic() - self.start, 1e-9)
            self.bar.set_postfix_str(f"{self.docs} docs" if self.by_bytes else f"{rate:.1f} MB/s", refresh=False)

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.close()


def print_summary(s: Summary, where: str, stream) -> None:  # type: ignore[no-untyped-def]
    """The removals per rule, the skipped files and the closing line; `where` names the report's destination."""
    for rule, n in s.removals.most_common():
        print(f"  {n:7d}  {rule}", file=stream)
    for path, reason in s.skipped:
        print(f"  skipped {path}: {reason}", file=stream)
    resumed = f" ({s.resumed} already done)" if s.resumed else ""
    print(f"cleaner: {s.read} read, {s.written + s.resumed} written{resumed}, {len(s.skipped)} skipped; "
          f"{counted(sum(s.removals.values()), 'removal')}, {counted(s.chars_removed, 'character')} removed; report: {where}",
          file=stream)
