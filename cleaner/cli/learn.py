"""`cleaner learn SRC --out learned.toml`: propose rules for the lines each source repeats in many documents."""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..config import load_rules
from ..errors import CleanerError
from ..formats import source_path
from ..io import DEFAULT_SUFFIXES, SkipDocument, find_documents, read_document
from ..learn import MAX_KEYS, MIN_DOCS, MIN_SHARE, Counts, Doc, Proposal, learn, to_rules, toml_rules
from ..overlap import check_writes
from ..rules import Rule

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("learn", help="propose rules for each source's own recurring lines", description=__doc__)
    p.add_argument("src", metavar="SRC", help="a folder (one sub-folder per source) or a JSON Lines file (.jsonl[.gz])")
    p.add_argument("--out", metavar="FILE", default="-", help="TOML file for the proposed rules (default: stdout)")
    add_learn_options(p)
    p.add_argument("--text-field", default="text", metavar="NAME", help="JSON Lines: field with the text (default: text)")
    p.add_argument("--source-field", default="source", metavar="NAME",
                   help="JSON Lines: field naming the source, e.g. domain (default: source)")
    p.add_argument("--id-field", default="id", metavar="NAME",
                   help="JSON Lines: field with a record id, for example paths (default: id; else the line number)")
    p.add_argument("--ext", action="append", metavar="SUFFIX", help="folders: file suffixes to read (default: .txt and .md)")
    p.add_argument("--quiet", "-q", action="store_true", help="no summary")
    p.set_defaults(run=run)


def add_learn_options(p: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """The thresholds and bounds of learning, shared by `cleaner learn` and `cleaner clean --learn`."""
    p.add_argument("--min-docs", type=int, default=MIN_DOCS, metavar="K",
                   help=f"propose a line found in at least K documents of its source (default: {MIN_DOCS})")
    p.add_argument("--min-share", type=float, default=MIN_SHARE, metavar="P",
                   help=f"... and in at least this share of its source's documents (default: {MIN_SHARE})")
    p.add_argument("--source-depth", type=int, default=1, metavar="N",
                   help="folders: a source is the first N folder levels of a path (default: 1, the sub-folder)")
    p.add_argument("--max-keys", type=int, default=MAX_KEYS, metavar="N",
                   help=f"distinct lines counted at once; bounds memory (default: {MAX_KEYS})")


def check_learn_options(args: argparse.Namespace) -> None:
    """The learning options' errors, before any document is read."""
    if args.max_keys < 1000:
        raise CleanerError("--max-keys below 1000 would forget boilerplate before it recurs; use 1000 or more")
    if args.source_depth < 0:
        raise CleanerError("--source-depth must be 0 (the whole folder is one source) or more")


def run(args: argparse.Namespace) -> int:
    src = Path(args.src)
    if not src.exists():
        raise CleanerError(f"{src}: no such file or folder")
    check_learn_options(args)
    if args.out != "-":  # before the long pass: the rule file may not take an input's place
        check_writes(src, [("--out", Path(args.out))], suffixes=_suffixes(args))
    skipped: list[tuple[str, str]] = []
    rules, failed, counts = learn_corpus(src, args, skipped)
    n_docs = sum(counts.docs.values())
    header = (f"Rules proposed by `cleaner learn` from {src} ({n_docs} documents, {len(counts.docs)} sources;\n"
              f"--min-docs {args.min_docs} --min-share {args.min_share}). Review them, delete the ones that\n"
              f"are content, then apply: cleaner clean SRC --out DST --config THIS_FILE")
    if rules:
        write_rules(args.out, toml_rules(rules, header))
    if not args.quiet:
        print_summary(rules, failed, skipped, counts, n_docs, args.out, sys.stderr)
    return 1 if skipped else 0


def learn_corpus(src: Path, args: argparse.Namespace, skipped: list[tuple[str, str]], *, jsonl: bool = False,
                 **read: Any) -> tuple[list[tuple[Rule, Proposal]], list[tuple[Proposal, str]], Counts]:
    """One streaming pass over a folder or a JSON Lines file (by its name, or `jsonl`): the rules
    proposed, those that failed their check, and the counts."""
    if src.is_dir():
        docs = folder_docs(src, _suffixes(args), args.source_depth, skipped, **read)
    elif jsonl or src.name.lower().endswith(JSONL_SUFFIXES):
        docs = jsonl_docs(src, args.text_field, args.source_field, args.id_field, skipped)
    else:
        raise CleanerError(f"{src}: learning needs many documents; give a folder or a JSON Lines file (.jsonl, .jsonl.gz)")
    proposals, counts = learn(docs, min_docs=args.min_docs, min_share=args.min_share, max_keys=args.max_keys)
    if not sum(counts.docs.values()):
        raise CleanerError(f"{src}: no documents read" + (f" ({len(skipped)} skipped: {skipped[0][1]})" if skipped else ""))
    rules, failed = to_rules(proposals)
    return rules, failed, counts


def _suffixes(args: argparse.Namespace) -> tuple[str, ...]:
    """The file suffixes of a folder's documents (--ext)."""
    return tuple(s if s.startswith(".") else "." + s for s in args.ext) if args.ext else DEFAULT_SUFFIXES


def write_rules(out: str, text: str) -> None:
    """Write a rule file (atomically: a run stopped midway leaves none) and check that it reads back."""
    if out == "-":
        sys.stdout.write(text)
        return
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    read_rules(path)  # what we write must read back; a failure here is a bug worth an error


def read_rules(path: Path) -> list[Rule]:
    """The rules of a file `write_rules` wrote; none when it holds only its header (nothing was learned)."""
    try:
        if "rule" not in tomllib.loads(path.read_text(encoding="utf-8")):
            return []
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        pass  # load_rules says what is wrong, naming the file
    return load_rules(path)


def folder_docs(src: Path, suffixes: tuple[str, ...], depth: int, skipped: list[tuple[str, str]],
                **read: Any) -> Iterator[Doc]:
    """The documents of a folder, each with its first `depth` folder levels as its source.

    `read` may hold `exclude` (a folder to leave out) and the `root` and `max_bytes` of `read_document`.
    """
    exclude = read.pop("exclude", None)
    for path, rel in find_documents(src, suffixes, exclude):
        try:
            text = read_document(path, **read).text
        except SkipDocument as exc:
            skipped.append((rel, str(exc)))
            continue
        parts = rel.split("/")
        yield Doc(rel, "/".join(parts[:depth]) if depth and len(parts) > depth else ".", text)


def jsonl_docs(src: Path, text_field: str, source_field: str, id_field: str,
               skipped: list[tuple[str, str]]) -> Iterator[Doc]:
    """The records of a JSON Lines file (gzip if it ends in .gz); a record's path is SOURCE/ID."""
    opener = gzip.open if src.name.lower().endswith(".gz") else open
    try:
        with opener(src, "rt", encoding="utf-8") as stream:
            for n, line in enumerate(stream, 1):
                if line.strip():
                    doc = _record(line, n, text_field, source_field, id_field, skipped)
                    if doc is not None:
                        yield doc
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise CleanerError(f"{src}: cannot read as JSON Lines: {exc}") from None


def _record(line: str, n: int, text_field: str, source_field: str, id_field: str,
            skipped: list[tuple[str, str]]) -> Doc | None:
    where = f"line {n}"
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        skipped.append((where, f"not JSON: {exc.msg}"))
        return None
    if not isinstance(rec, dict) or not isinstance(rec.get(text_field), str):
        skipped.append((where, f"no string field {text_field!r}; name the text field with --text-field"))
        return None
    path = source_path(rec, source_field, id_field, n)
    if path is None:
        skipped.append((where, f"no string field {source_field!r}; name the source field with --source-field"))
        return None
    return Doc(path, rec[source_field].strip(), rec[text_field])


def print_summary(rules, failed, skipped, counts, n_docs, out, stream) -> None:  # type: ignore[no-untyped-def]
    for rule, p in rules:
        print(f"  {p.documents:6d} {p.share:6.0%}  {rule.id:28s} {p.example[:70]}", file=stream)
    for p, reason in failed:
        print(f"  not proposed ({p.source}: {p.example[:50]!r}): {reason}", file=stream)
    for where, reason in skipped[:20]:
        print(f"  skipped {where}: {reason}", file=stream)
    if len(skipped) > 20:
        print(f"  ... and {len(skipped) - 20} more skipped", file=stream)
    if counts.prunes:
        print(f"  note: the line table was full {counts.prunes} times and forgot lines then found in up to "
              f"{counts.floor} documents, so counts may be short; raise --max-keys for exact counts", file=stream)
    where = "stdout" if out == "-" else out
    told = f"{len(rules)} rules written to {where}" if rules else "no recurring lines found; nothing written"
    print(f"cleaner: {n_docs} documents from {len(counts.docs)} sources read, {len(skipped)} skipped; {told}",
          file=stream)
