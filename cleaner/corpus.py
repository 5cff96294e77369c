"""Cleaning a folder: find the documents, read them safely, write the mirror tree and the report."""

from __future__ import annotations

import difflib
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from . import report
from .engine import Cleaner
from .errors import CleanerError

DEFAULT_SUFFIXES = (".txt", ".md")


@dataclass(slots=True)
class Summary:
    """What a run did, for the closing lines of the CLI."""

    read: int = 0
    written: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    removals: Counter[str] = field(default_factory=Counter)
    chars_removed: int = 0

    def add(self, rec: dict) -> None:  # type: ignore[type-arg]
        if "skipped" in rec:
            self.skipped.append((rec["path"], rec["skipped"]))
            return
        self.read += 1
        for r in rec["removed"]:
            self.removals[r["rule"]] += 1
            self.chars_removed += r["end"] - r["start"]


def find_documents(src: Path, suffixes: tuple[str, ...] = DEFAULT_SUFFIXES, exclude: Path | None = None) -> Iterator[tuple[Path, str]]:
    """(path, path relative to `src` with / separators) of each document, in a stable order.

    Symlinked folders are not followed; `exclude` (an output folder inside `src`) is skipped.
    """
    if src.is_file():
        yield src, src.name
        return
    for root, dirs, files in os.walk(src):
        rootp = Path(root)
        dirs[:] = sorted(d for d in dirs if not (exclude and (rootp / d).resolve() == exclude))
        for name in sorted(files):
            if name.lower().endswith(suffixes):
                path = rootp / name
                yield path, path.relative_to(src).as_posix()


def read_document(path: Path) -> str:
    """Read a UTF-8 document exactly (line endings kept); raise CleanerError with a reason otherwise."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CleanerError(f"cannot read: {exc.strerror or exc}") from None
    if b"\x00" in data[:8192]:
        raise CleanerError("binary file (NUL bytes); not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CleanerError(f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8 first") from None


def clean_tree(
    src: Path,
    out: Path | None,
    cleaner: Cleaner,
    report_stream: IO[str] | None,
    *,
    diff_stream: IO[str] | None = None,
    suffixes: tuple[str, ...] = DEFAULT_SUFFIXES,
) -> Summary:
    """Clean every document under `src` into the mirror tree `out` (None: write nothing)."""
    summary = Summary()
    exclude = out.resolve() if out is not None else None
    for path, rel in find_documents(src, suffixes, exclude):
        try:
            text = read_document(path)
            result = cleaner.clean(text, rel)
        except CleanerError as exc:
            rec = report.skipped(rel, str(exc))
        else:
            rec = report.record(rel, result, len(text))
            if out is not None:
                target = out / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(result.text.encode("utf-8"))
                summary.written += 1
            if diff_stream is not None and result.removed:
                diff_stream.writelines(difflib.unified_diff(
                    result.repaired.splitlines(keepends=True), result.text.splitlines(keepends=True), rel, rel + " (clean)"))
        summary.add(rec)
        if report_stream is not None:
            report.write(report_stream, rec)
    return summary
