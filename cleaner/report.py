"""The JSON Lines report: one object per document, listing every cut and repair."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .document import Cleaned


def record(path: str, result: Cleaned, chars_in: int | None = None) -> dict[str, Any]:
    """The report object for one cleaned document.

    `start`/`end` are Python string offsets into the repaired text; `chars_in` counts the input.
    """
    return {
        "path": path,
        "removed": [r.to_dict() for r in result.removed],
        "fixes": [f.to_dict() for f in result.fixes],
        "chars_in": len(result.repaired) if chars_in is None else chars_in,
        "chars_out": len(result.text),
    }


def skipped(path: str, reason: str) -> dict[str, Any]:
    """The report object for a document that was not cleaned."""
    return {"path": path, "skipped": reason}


def write(stream: IO[str], obj: dict[str, Any]) -> None:
    stream.write(json.dumps(obj, ensure_ascii=False) + "\n")


def read(path: str | Path) -> Iterator[dict[str, Any]]:
    """Iterate over the objects of a report file."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def learned_beside(report: str | Path) -> Path:
    """Where `cleaner clean --learn` keeps the learned rules: beside the report, named after it.

    >>> [learned_beside(p).as_posix() for p in ("out/cleaner-report.jsonl", "clean-report.jsonl", "run.jsonl")]
    ['out/cleaner-learned.toml', 'clean-learned.toml', 'run-learned.toml']
    """
    name = Path(report).name
    for suffix in ("-report.jsonl", ".jsonl", ".json"):
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    return Path(report).with_name(name + "-learned.toml")
