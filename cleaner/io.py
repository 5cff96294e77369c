"""Safe file handling for runs over folders: finding documents, decoding them, writing atomically."""

from __future__ import annotations

import codecs
import errno
import itertools
import os
import stat
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import CleanerError

DEFAULT_SUFFIXES = (".txt", ".md")
#: Documents larger than this are skipped unread (news articles are a few kB; a larger file is
#: almost always a dump, a log or a mistake, and would be held whole in memory several times).
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
#: Cleaned copies are written under this suffix first, then renamed into place.
TEMP_SUFFIX = ".cleaner-tmp"
_SNIFF = 8192

# Byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Signatures of the binary formats most often found next to scraped text.
_MAGIC = (
    (b"%PDF-", "PDF document"), (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"), (b"PK\x03\x04", "zip archive (or docx/xlsx/epub)"), (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"), (b"\xfd7zXZ\x00", "xz data"), (b"(\xb5/\xfd", "zstd data"),
    (b"\x7fELF", "executable"), (b"SQLite format 3\x00", "SQLite database"), (b"RIFF", "RIFF media file"),
)
# Control bytes that never appear in text (tab, newlines, form feed and escape do).
_CONTROL = bytes(set(range(32)) - {9, 10, 11, 12, 13, 27}) + b"\x7f"


class SkipDocument(CleanerError):
    """A document that cannot be cleaned; the message is the reason given in the report."""


class OutputError(CleanerError):
    """An output cannot be written (disk full, read-only, no permission): the run must stop."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """A document's text and how to write it back the way it came (encoding and byte-order mark).

    >>> doc = decode(b"\\xef\\xbb\\xbfCaf\\xc3\\xa9\\r\\n")
    >>> doc.text, doc.encoding, doc.bom
    ('Café\\r\\n', 'utf-8', b'\\xef\\xbb\\xbf')
    >>> doc.encode(doc.text)
    b'\\xef\\xbb\\xbfCaf\\xc3\\xa9\\r\\n'
    """

    text: str
    encoding: str = "utf-8"
    bom: bytes = b""

    def encode(self, text: str) -> bytes:
        """`text` in the document's own encoding, with its byte-order mark."""
        return self.bom + text.encode(self.encoding)


def check_destination(src: Path, out: Path, suffixes: tuple[str, ...] = DEFAULT_SUFFIXES,
                      outputs: Collection[str] = ()) -> None:
    """Refuse an output folder where a cleaned copy could land on an input.

    DST may lie inside SRC (the walk leaves it out) but may not be SRC, hold SRC, or, for a single
    file, be the file's own folder. Nor may a DST inside SRC already hold a document (a file with
    `suffixes`) that is not one of `outputs` (the paths, relative to DST, that an earlier run's
    manifest lists): that file is one of the user's inputs, which the walk would skip and a
    cleaned copy of the same name would overwrite.
    """
    s, o = src.resolve(), out.resolve()
    if s.is_file():
        if (o / s.name) == s or o == s:
            raise CleanerError(f"--out {out} would overwrite the input {src}; choose another folder")
        return
    if o == s:
        raise CleanerError("--out must differ from SRC: inputs are never overwritten")
    if o in s.parents:
        raise CleanerError(f"--out {out} contains SRC {src}, so outputs could land on inputs; choose a folder outside it")
    if o.is_relative_to(s) and o.is_dir():
        known = set(outputs)
        stray = next((rel for _, rel in find_documents(out, suffixes) if rel not in known), None)
        if stray is not None:
            raise CleanerError(f"--out {out} lies inside SRC {src} and already holds {out / stray}, which no earlier "
                               "run wrote: it is an input, and a cleaned copy could overwrite it; choose an --out "
                               "that is new, empty, or outside SRC")


def find_documents(src: Path, suffixes: tuple[str, ...] = DEFAULT_SUFFIXES, exclude: Path | None = None) -> Iterator[tuple[Path, str]]:
    """(path, path relative to `src` with / separators) of each document, in a stable order.

    Symlinked folders are never entered (no loops, no leaving SRC); symlinked files are listed and
    `read_document(path, root=src)` decides on them. `exclude` (an output folder inside `src`) is
    skipped, so outputs are never read back as inputs. A folder that cannot be listed is yielded
    as `rel/`, so that `read_document` reports it.
    """
    if src.is_file():
        yield src, src.name
        return
    exclude = exclude.resolve() if exclude is not None else None
    unlisted: list[OSError] = []
    for root, dirs, files in os.walk(src, onerror=unlisted.append):
        while unlisted:  # a folder that cannot be listed is reported (as a skip) by read_document
            folder = Path(unlisted.pop().filename or root)
            yield folder, folder.relative_to(src).as_posix() + "/"
        rootp = Path(root)
        dirs[:] = sorted(d for d in dirs if not (exclude and (rootp / d).resolve() == exclude))
        for name in sorted(files):
            if name.lower().endswith(suffixes) and not name.endswith(TEMP_SUFFIX):
                path = rootp / name
                yield path, path.relative_to(src).as_posix()
    for error in unlisted:
        folder = Path(error.filename or src)
        yield folder, folder.relative_to(src).as_posix() + "/"


def read_document(path: Path, *, root: Path | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Decoded:
    """Read a document exactly (line endings, BOM and encoding kept); raise SkipDocument with a reason otherwise.

    The size is checked from the file system before anything is read; a symlink is followed only
    to a regular file inside `root`.
    """
    target = _target(path, root)
    try:
        # O_NONBLOCK: a FIFO that slipped past the check must not hang the run.
        fd = os.open(target, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        raise SkipDocument(f"cannot read: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise SkipDocument("not a regular file")
        if max_bytes is not None and info.st_size > max_bytes:
            raise SkipDocument(f"too large: {info.st_size:,} bytes, over the limit of {max_bytes:,}; raise --max-size to clean it")
        try:
            # One byte over the size the check saw tells a file that grew since (a bigger buffer
            # than the file costs more than the read itself); then it is read on, to one byte over
            # the limit.
            data = fh.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += fh.read() if max_bytes is None else fh.read(max(max_bytes + 1 - len(data), 0))
        except OSError as exc:
            raise SkipDocument(f"cannot read: {exc.strerror or exc}") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise SkipDocument(f"too large: grew past the limit of {max_bytes:,} bytes while being read")
    return decode(data)


def _target(path: Path, root: Path | None) -> Path:
    """The path to open: `path` itself, or the in-tree regular file a symlink points to."""
    try:
        info = path.lstat()
    except OSError as exc:
        raise SkipDocument(f"cannot read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        try:
            os.listdir(path)
        except OSError as exc:
            raise SkipDocument(f"cannot list folder: {exc.strerror or exc}") from None
        raise SkipDocument("a folder, not a document")
    if not stat.S_ISLNK(info.st_mode):
        if not stat.S_ISREG(info.st_mode):
            raise SkipDocument("not a regular file (device, FIFO or socket)")
        return path
    try:
        real = path.resolve(strict=True)
    except RuntimeError:
        raise SkipDocument("symbolic link loop; not followed") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise SkipDocument("symbolic link loop; not followed") from None
        raise SkipDocument("broken symbolic link; not followed") from None
    if root is not None and not real.is_relative_to(root.resolve()):
        raise SkipDocument("symbolic link leads outside SRC; not followed")
    if not real.is_file():
        raise SkipDocument("symbolic link to something other than a regular file; not followed")
    return real


def decode(data: bytes) -> Decoded:
    """Decode a document's bytes only where they can be written back exactly; raise SkipDocument otherwise.

    >>> decode(b"\\xff\\xfeH\\x00i\\x00").text
    'Hi'
    >>> decode(b"caf\\xe9")
    Traceback (most recent call last):
    ...
    cleaner.io.SkipDocument: not UTF-8 (byte 0xe9 at offset 3); convert it to UTF-8 first
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_exact(data, encoding, bom)
    kind = binary_kind(data[:_SNIFF])
    if kind == "NUL bytes" and _looks_utf16(data[:_SNIFF]):
        raise SkipDocument("UTF-16 text without a byte-order mark; convert it to UTF-8 or add the mark")
    if kind:
        raise SkipDocument(f"binary file ({kind}); not text")
    return _decode_exact(data, "utf-8", b"")


def _decode_exact(data: bytes, encoding: str, bom: bytes) -> Decoded:
    try:
        doc = Decoded(data[len(bom):].decode(encoding), encoding, bom)
    except UnicodeDecodeError as exc:
        at = exc.start + len(bom)
        name = "UTF-8" if encoding == "utf-8" else encoding.upper()
        raise SkipDocument(f"not {name} (byte 0x{data[at]:02x} at offset {at}); convert it to UTF-8 first") from None
    if encoding != "utf-8" and doc.encode(doc.text) != data:  # strict UTF-8 always round-trips
        raise SkipDocument(f"{encoding.upper()} text that would not be written back byte for byte")
    return doc


def _looks_utf16(head: bytes) -> bool:
    """Whether NULs fill one byte of each pair, as in ASCII-heavy UTF-16."""
    even, odd = head[0::2], head[1::2]
    return len(head) >= 4 and max(even.count(0), odd.count(0)) >= 0.9 * len(odd) > min(even.count(0), odd.count(0)) * 9


def binary_kind(head: bytes) -> str:
    """What binary format `head` (a file's first bytes) looks like, or '' for text.

    >>> binary_kind(b"%PDF-1.7"), binary_kind(b"plain text\\n")
    ('PDF document', '')
    """
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if b"\x00" in head:
        return "NUL bytes"
    if head and len(head.translate(None, _CONTROL)) < len(head) * 0.9:
        return "control bytes"
    return ""


def write_output(path: Path, data: bytes, *, sync: bool = True) -> None:
    """Write a cleaned document atomically: a temporary file beside it, synced, then renamed over it.

    A run killed at any moment leaves either the old file or the new one, never a part;
    a leftover temporary (suffix `TEMP_SUFFIX`) is removed by `remove_temporaries`.
    `sync=False` skips the fsync: still atomic against a killed process, not against a power cut.
    Raises OutputError when the output cannot be written (the run cannot go on).
    """
    tmp = None
    try:
        fd, tmp = _temporary(path)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if sync:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise output_error(exc, path) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


_TEMPORARIES = itertools.count()
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def _temporary(path: Path) -> tuple[int, str]:
    """A new file beside `path`, open for writing, with the permissions of any file the user
    creates (0o666 less the umask, as a plain copy gets), its folder made when missing."""
    made = False
    for _ in range(1000):
        tmp = os.path.join(path.parent, f".{path.name[:100]}.{os.getpid()}-{next(_TEMPORARIES)}{TEMP_SUFFIX}")
        try:
            return os.open(tmp, _NEW_FILE, 0o666), tmp
        except FileExistsError:  # left by a killed run of a process with the same id
            continue
        except FileNotFoundError:
            if made:
                raise
            path.parent.mkdir(parents=True, exist_ok=True)
            made = True
    raise FileExistsError(errno.EEXIST, "no free name for a temporary file", str(path.parent))


def output_error(exc: OSError, path: Path | str) -> OutputError:
    """The OutputError saying why `path` could not be written and what to do."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return OutputError(f"disk full while writing {path}; free some space and run again (finished files are kept)")
    if exc.errno == errno.EFBIG:
        return OutputError(f"file size limit reached while writing {path}; raise the limit or free space and run again")
    if exc.errno == errno.EROFS:
        return OutputError(f"cannot write {path}: the file system is read-only; choose another --out")
    return OutputError(f"cannot write {path}: {exc.strerror or exc}; check the --out folder")


def remove_temporaries(out: Path) -> int:
    """Delete temporaries a killed run left under `out`; returns how many."""
    n = 0
    if not out.is_dir():
        return 0
    for root, _dirs, files in os.walk(out):
        for name in files:
            if name.startswith(".") and name.endswith(TEMP_SUFFIX):
                try:
                    os.unlink(os.path.join(root, name))
                    n += 1
                except FileNotFoundError:
                    pass
    return n
