"""Reading and writing JSON Lines corpora (plain or gzip) one record at a time."""

from __future__ import annotations

import gzip
import json
import re
import sys
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Protocol

from .errors import CleanerError
from .io import SkipDocument

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


class Readable(Protocol):
    """What `read_lines` needs of a stream."""

    def readline(self, size: int = -1, /) -> bytes: ...


def read_lines(stream: Readable, limit: int | None,
               spill: Callable[[int], IO[bytes]] | None = None) -> Iterator[tuple[int, bytes | None]]:
    """(line number from 1, line) of each line, blank ones too; a line longer than `limit` bytes comes as None.

    A long line is skipped in bounded pieces, never held whole; `spill(number)`, when given, is
    a file the pieces are copied to, so that the line can still be passed through.

    >>> import io
    >>> list(read_lines(io.BytesIO(b'{"a":1}\\n\\n' + b'x' * 50 + b'\\n{}'), 20))
    [(1, b'{"a":1}\\n'), (2, b'\\n'), (3, None), (4, b'{}')]
    """
    number = 0
    while True:
        line = stream.readline(-1 if limit is None else limit + 1)
        if not line:
            return
        number += 1
        if limit is not None and (len(line) > limit and not line.endswith(b"\n") or len(line) > limit + 1):
            keep = spill(number) if spill is not None else None
            while True:
                if keep is not None:
                    keep.write(line)
                if not line or line.endswith(b"\n"):
                    break
                line = stream.readline(1 << 16)
            yield number, None
            continue
        yield number, line


class Reader:
    """A binary input whose read errors (a .gz cut short or not gzip at all, an I/O error) raise SkipDocument."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream

    def readline(self, size: int = -1) -> bytes:
        try:
            return self.stream.readline(size)
        except EOFError:
            raise SkipDocument("the gzip stream ends early (a truncated download?)") from None
        except gzip.BadGzipFile as exc:
            raise SkipDocument(f"not valid gzip data ({exc})") from None
        except (OSError, zlib.error) as exc:
            raise SkipDocument(f"cannot read: {getattr(exc, 'strerror', None) or exc}") from None


def parse(line: bytes, field: str) -> tuple[dict[str, Any], str]:
    """The record of a JSON line and the text under `field`; CleanerError saying what is wrong otherwise.

    >>> parse(b'{"text": null}', "text")
    Traceback (most recent call last):
    ...
    cleaner.errors.CleanerError: field 'text' is null, not a string
    """
    try:
        obj = json.loads(line)
    except UnicodeDecodeError as exc:
        raise CleanerError(f"not UTF-8 (byte 0x{line[exc.start]:02x} at offset {exc.start} of the line)") from None
    except ValueError as exc:
        raise CleanerError(f"not a JSON object: {exc}") from None
    if not isinstance(obj, dict):
        raise CleanerError(f"not a JSON object but {_kind(obj)}")
    if field not in obj:
        raise CleanerError(f"no field {field!r} (choose the text's field with --text-field)")
    text = obj[field]
    if not isinstance(text, str):
        raise CleanerError(f"field {field!r} is {_kind(text)}, not a string")
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


def _kind(value: object) -> str:
    """How a JSON value is named in a message."""
    if value is None:
        return "null"
    names = {bool: "a boolean", int: "a number", float: "a number", list: "an array", dict: "an object"}
    return names.get(type(value), "a string")


_SURROGATE = re.compile("[\ud800-\udfff]")


def escape_surrogates(line: str) -> str:
    """A JSON text with each lone surrogate written as its \\u escape, so that it encodes as UTF-8 and reads back the same.

    >>> escape_surrogates(json.dumps({"a": "caf\\udce9"}, ensure_ascii=False))
    '{"a": "caf\\\\udce9"}'
    """
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", line) if _SURROGATE.search(line) else line


def dumps(obj: dict[str, Any]) -> bytes:
    """A record as one line of UTF-8 JSON; a lone surrogate (from a \\udcXX escape) is kept as its escape."""
    return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")


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
            stream: IO[bytes] = gzip.GzipFile(target.name, "wb", fileobj=raw, mtime=0) if target.name.lower().endswith(".gz") else raw  # type: ignore[assignment]
            yield stream
            if stream is not raw:
                stream.close()
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
