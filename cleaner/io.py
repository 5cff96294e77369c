"""Safe file handling for runs over folders: finding documents, decoding them, writing atomically."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import CleanerError

DEFAULT_SUFFIXES = (".txt", ".md")


class SkipDocument(CleanerError):
    """A document that cannot be cleaned; the message is the reason given in the report."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """A document's text and how to write it back the way it came (encoding and byte-order mark)."""

    text: str
    encoding: str = "utf-8"
    bom: bytes = b""

    def encode(self, text: str) -> bytes:
        """`text` in the document's own encoding, with its byte-order mark."""
        return self.bom + text.encode(self.encoding)


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


def read_document(path: Path) -> Decoded:
    """Read a document exactly (line endings kept); raise SkipDocument with a reason otherwise."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SkipDocument(f"cannot read: {exc.strerror or exc}") from None
    if b"\x00" in data[:8192]:
        raise SkipDocument("binary file (NUL bytes); not text")
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise SkipDocument(f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8 first") from None


def write_output(path: Path, data: bytes) -> None:
    """Write a cleaned document, creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
