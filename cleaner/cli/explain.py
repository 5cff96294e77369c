"""`cleaner explain FILE`: print a document with every cut marked in place, then a summary per rule."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import CleanerError
from ..explain import explain, use_color
from ..io import SkipDocument, read_document
from .common import add_cleaner_options, build_cleaner


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("explain", help="show what cleaning a file would remove, marked in place", description=__doc__)
    p.add_argument("file", metavar="FILE", help="a text file (UTF-8); '-' reads stdin")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="mark cuts with colour (default: auto, on a terminal unless NO_COLOR is set)")
    p.add_argument("--context", "-C", type=int, metavar="N", default=None,
                   help="show only N lines around each cut instead of the whole document")
    p.add_argument("--path", metavar="REL", default=None,
                   help="the document's path relative to the corpus root, for rules limited to some paths "
                        "(default: the file name)")
    p.add_argument("--whitespace", action="store_true", help="also mark the whitespace tidied after cuts")
    add_cleaner_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.context is not None and args.context < 0:
        raise CleanerError("--context takes a number of lines, 0 or more")
    if args.file == "-":
        text, path = sys.stdin.read(), None
    else:
        file = Path(args.file)
        if file.is_dir():
            raise CleanerError(f"{file} is a folder; explain shows one document: give one of its files "
                               f"(cleaner explain {file / 'NAME.txt'}), or see the whole folder's cuts with "
                               f"cleaner clean {file} --dry-run --diff")
        if not file.is_file():
            raise CleanerError(f"{file}: no such file; give the path of a text file")
        try:
            text = read_document(file).text
        except SkipDocument as exc:
            raise CleanerError(f"{file}: {exc}") from None
        path = file.name
    color = {"always": True, "never": False}.get(args.color, use_color(sys.stdout))
    explain(text, build_cleaner(args), path=args.path or path, color=color, context=args.context,
            whitespace=args.whitespace, file=sys.stdout)
    return 0
