"""The resume manifest: which outputs of a folder run are done, for which input bytes and rules."""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

MANIFEST_NAME = ".cleaner-manifest.jsonl"


def digest(data: bytes) -> str:
    """The hash recorded for an input document."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@dataclass(frozen=True, slots=True)
class Entry:
    """One finished document: its input's size and hash, the cleaner's fingerprint, its report line."""

    size: int
    hash: str
    fingerprint: str
    record: str


def load(path: Path) -> dict[str, Entry]:
    """The entries of a manifest by document path (the last entry of a path wins); {} if none."""
    entries: dict[str, Entry] = {}
    if not path.exists():
        return entries
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            try:
                obj = json.loads(line)
                entries[obj["path"]] = Entry(obj["size"], obj["hash"], obj["fingerprint"], obj["record"])
            except (ValueError, KeyError, TypeError):
                continue  # a line cut short by an interruption: that document is simply redone
    return entries


def compact(path: Path, entries: dict[str, Entry]) -> None:
    """Rewrite a manifest to hold only `entries` (its last entry per path) when it holds more.

    Each run with other rules appends an entry for every document: without this, the file
    would grow by a whole copy per change of configuration.
    """
    if not entries or not path.exists():
        return
    with open(path, "rb") as fh:
        lines = sum(1 for _ in fh)
    if lines <= len(entries):
        return
    from .io import write_output

    out = io.StringIO()
    for name, entry in entries.items():
        append(out, name, entry)
    write_output(path, out.getvalue().encode("utf-8"), sync=False)


def append(stream: IO[str], path: str, entry: Entry) -> None:
    obj: dict[str, Any] = {"path": path, "size": entry.size, "hash": entry.hash,
                           "fingerprint": entry.fingerprint, "record": entry.record}
    # No flush per line: an entry lost to a crash only means that document is cleaned again.
    # ASCII escapes: a file name that is not UTF-8 (a lone surrogate) reads back exactly.
    stream.write(json.dumps(obj) + "\n")
