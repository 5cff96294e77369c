"""Reading and writing JSON Lines corpora (plain or gzip) one record at a time."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .errors import CleanerError

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


def is_jsonl(path: str | Path) -> bool:
    """Whether a path names a JSON Lines file (optionally gzipped).

    >>> is_jsonl("news.jsonl.gz"), is_jsonl("news.txt")
    (True, False)
    """
    return str(path).lower().endswith(JSONL_SUFFIXES)


def open_binary(path: str | Path, mode: str) -> IO[bytes]:
    """Open a file for binary reading or writing, through gzip when its name ends in .gz; '-' is stdin/stdout."""
    if str(path) == "-":
        return sys.stdin.buffer if "r" in mode else sys.stdout.buffer
    if str(path).lower().endswith(".gz"):
        return gzip.open(path, mode + "b")  # type: ignore[return-value]
    return open(path, mode + "b")


def read_lines(stream: IO[bytes], limit: int | None) -> Iterator[tuple[int, bytes | None]]:
    """(line number from 1, line) of each non-blank line; a line longer than `limit` bytes comes as None.

    A long line is skipped in bounded pieces, never held whole.

    >>> import io
    >>> list(read_lines(io.BytesIO(b'{"a":1}\\n\\n' + b'x' * 50 + b'\\n{}'), 20))
    [(1, b'{"a":1}\\n'), (3, None), (4, b'{}')]
    """
    number = 0
    while True:
        line = stream.readline(-1 if limit is None else limit + 1)
        if not line:
            return
        number += 1
        if limit is not None and (len(line) > limit and not line.endswith(b"\n") or len(line) > limit + 1):
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 16)
            yield number, None
            continue
        if line.strip():
            yield number, line


def parse(line: bytes, field: str) -> tuple[dict[str, Any], str]:
    """The record of a JSON line and the text under `field`; CleanerError if either is missing."""
    try:
        obj = json.loads(line)
    except ValueError as exc:
        raise CleanerError(f"not a JSON object: {exc}") from None
    if not isinstance(obj, dict):
        raise CleanerError("not a JSON object")
    text = obj.get(field)
    if not isinstance(text, str):
        raise CleanerError(f"no text field {field!r} (choose it with --text-field)")
    return obj, text


def source_path(obj: dict[str, Any], source_field: str, id_field: str, number: int | str) -> str | None:
    """A record's path, SOURCE/ID (ID: the `id_field`, else the line number), as `cleaner learn` and
    `cleaner clean --source-field` both name it, so that learned rules' `paths` match; None without a source.

    >>> source_path({"domain": "example.org", "id": 7}, "domain", "id", 3), source_path({}, "domain", "id", 3)
    ('example.org/7', None)
    """
    source = obj.get(source_field)
    if not isinstance(source, str) or not source.strip():
        return None
    ident = obj.get(id_field)
    return f"{source.strip()}/{ident if isinstance(ident, (str, int)) else number}"


def dumps(obj: dict[str, Any]) -> bytes:
    return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")


@contextmanager
def atomic_output(path: str | Path) -> Iterator[IO[bytes]]:
    """A stream whose content appears at `path` only when the block finishes without error."""
    if str(path) == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    import os

    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as raw:
            stream: IO[bytes] = gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) if target.name.lower().endswith(".gz") else raw  # type: ignore[assignment]
            yield stream
            if stream is not raw:
                stream.close()
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
