"""Refusing, before any work, a run where a file it writes could be one of the files it reads."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from .errors import CleanerError


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: the same path, or a symlink or hard link to it."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): only the same resolved path is the same file
        return a.resolve() == b.resolve()


def check_writes(src: Path | None, writes: Sequence[tuple[str, Path]], *, dst: Path | None = None) -> None:
    """Raise CleanerError when a path the run writes is its input, lies in its SRC folder, or is written twice.

    `writes` are (option, path) of each file the run writes (the report, the HTML page, a file
    --out); `dst` is an output folder inside which writing is safe even when it lies inside SRC.
    """
    for i, (what, path) in enumerate(writes):
        if src is not None and src.is_dir():
            _outside_folder(what, path, src, dst)
        elif src is not None and same_file(path, src):
            raise CleanerError(f"{what} {path} is the input {src}: inputs are never overwritten; choose another file")
        for other, earlier in writes[:i]:
            if same_file(path, earlier):
                raise CleanerError(f"{what} and {other} both name {path}; give each its own file")


def _outside_folder(what: str, path: Path, src: Path, dst: Path | None) -> None:
    """Refuse a written file inside the SRC folder (outside DST) or a hard link to a file there."""
    real, root = path.resolve(), src.resolve()
    if real.is_relative_to(root) and not (dst is not None and real.is_relative_to(dst.resolve())):
        raise CleanerError(f"{what} {path} lies inside SRC {src}, where inputs are read and never overwritten; "
                           "write it outside SRC")
    try:
        info = os.stat(path)
    except OSError:
        return
    if info.st_nlink > 1:  # a hard link may share its file with an input under any name: look for it
        for folder, _dirs, files in os.walk(src):
            for name in files:
                if same_file(Path(folder, name), path):
                    raise CleanerError(f"{what} {path} is a hard link to the input {Path(folder, name)}: "
                                       "inputs are never overwritten; choose another file")
