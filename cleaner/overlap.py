"""Refusing, before any work, a run where a file it writes could be one of the files it reads."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from .errors import CleanerError
from .manifest import MANIFEST_NAME


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: the same path, or a symlink or hard link to it."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): only the same resolved path is the same file
        return a.resolve() == b.resolve()


def check_writes(src: Path | None, writes: Sequence[tuple[str, Path]], *, dst: Path | None = None,
                 suffixes: tuple[str, ...] = (), reads: Sequence[tuple[str, Path]] = ()) -> None:
    """Raise CleanerError when a path the run writes is its input, one of its outputs, or is written twice.

    `writes` are (option, path) of each file the run writes (the report, the HTML page, a file
    --out). For a SRC folder, its inputs are the files with `suffixes` in it, outside `dst`
    (an output folder, which the walk leaves out even when it lies inside SRC); inside `dst`, a
    written file may not take a cleaned document's place or the manifest's. `reads` are
    (what, path) of the other files the run reads (rule files, a report), which no write may be.
    """
    for i, (what, path) in enumerate(writes):
        if src is not None and src.is_dir():
            _outside_folder(what, path, src, dst, suffixes)
        elif src is not None and same_file(path, src):
            raise CleanerError(f"{what} {path} is the input {src}: inputs are never overwritten; choose another file")
        if src is not None and dst is not None:
            _not_an_output(what, path, src, dst, suffixes)
        for name, read in reads:
            if same_file(path, read):
                raise CleanerError(f"{what} {path} is {name}, which this command reads: it would be overwritten; "
                                   "choose another file")
        for other, earlier in writes[:i]:
            if same_file(path, earlier):
                raise CleanerError(f"{what} and {other} both name {path}; give each its own file")


def _not_an_output(what: str, path: Path, src: Path, dst: Path, suffixes: tuple[str, ...]) -> None:
    """Refuse a written file inside the output folder where a cleaned document or the manifest goes."""
    real, out = path.resolve(), dst.resolve()
    if not real.is_relative_to(out):
        return
    rel = real.relative_to(out).as_posix()
    if rel == MANIFEST_NAME:
        raise CleanerError(f"{what} {path} is the run's manifest in {dst}, which it needs to resume; "
                           "choose another file")
    if src.is_file():
        source = src if rel == src.name else None
    else:
        source = src / rel if rel.lower().endswith(suffixes) else None
    if source is not None and source.is_file():
        raise CleanerError(f"{what} {path} is where the cleaned copy of {source} goes; choose another file")


def _outside_folder(what: str, path: Path, src: Path, dst: Path | None, suffixes: tuple[str, ...]) -> None:
    """Refuse a written file that is (or would be read as) a document of the SRC folder, or a hard link to one."""
    real, root = path.resolve(), src.resolve()
    if real.is_relative_to(root) and not (dst is not None and real.is_relative_to(dst.resolve())) \
            and real.name.lower().endswith(suffixes):
        raise CleanerError(f"{what} {path} is a document of SRC {src} (or would be read as one): inputs are never "
                           "overwritten; write it outside SRC or under another name")
    try:
        info = os.stat(path)
    except OSError:
        return
    if info.st_nlink > 1:  # a hard link may share its file with an input under any name: look for it
        for folder, _dirs, files in os.walk(src):
            for name in files:
                if name.lower().endswith(suffixes) and same_file(Path(folder, name), path):
                    raise CleanerError(f"{what} {path} is a hard link to the input {Path(folder, name)}: "
                                       "inputs are never overwritten; choose another file")
