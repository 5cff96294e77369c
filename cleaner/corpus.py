"""Cleaning a folder: find the documents, read them safely, write the mirror tree and the report."""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from . import report
from .engine import Cleaner
from .errors import CleanerError
from .io import DEFAULT_MAX_BYTES, DEFAULT_SUFFIXES, find_documents, read_document, remove_temporaries, write_output

__all__ = ["DEFAULT_SUFFIXES", "Summary", "clean_tree"]


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


def clean_tree(
    src: Path,
    out: Path | None,
    cleaner: Cleaner,
    report_stream: IO[str] | None,
    *,
    diff_stream: IO[str] | None = None,
    suffixes: tuple[str, ...] = DEFAULT_SUFFIXES,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Summary:
    """Clean every document under `src` into the mirror tree `out` (None: write nothing)."""
    summary = Summary()
    exclude = out.resolve() if out is not None else None
    if out is not None:
        remove_temporaries(out)  # what a killed run left half-written
    for path, rel in find_documents(src, suffixes, exclude):
        try:
            doc = read_document(path, root=src, max_bytes=max_bytes)
            text = doc.text
            result = cleaner.clean(text, rel)
        except CleanerError as exc:
            rec = report.skipped(rel, str(exc))
        except Exception as exc:  # noqa: BLE001 - a fault in one document must not end the run over the rest
            rec = report.skipped(rel, f"internal error ({type(exc).__name__}: {exc}); please report it with this file")
        else:
            rec = report.record(rel, result, len(text))
            if out is not None:
                write_output(out / rel, doc.encode(result.text))
                summary.written += 1
            if diff_stream is not None and result.removed:
                diff_stream.writelines(difflib.unified_diff(
                    result.repaired.splitlines(keepends=True), result.text.splitlines(keepends=True), rel, rel + " (clean)"))
        summary.add(rec)
        if report_stream is not None:
            report.write(report_stream, rec)
    return summary
