"""Show a cleaned document in the terminal with every cut marked in place, and a summary per rule."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from .document import Cleaned, Removal
from .text import TIDY, counted

if TYPE_CHECKING:
    from .engine import Cleaner


# ANSI styles: the cut in red and struck through, its label dim; plain text uses brackets instead.
_CUT, _LABEL, _RESET = "\x1b[31;9m", "\x1b[2;36m", "\x1b[0m"


@dataclass(frozen=True, slots=True)
class RuleSummary:
    """How often one rule cut in a document, and how much."""

    rule: str
    confidence: str
    reason: str
    removals: int
    chars: int


def explain(text: str, cleaner: Cleaner | None = None, *, path: str | None = None, color: bool | None = None,
            context: int | None = None, whitespace: bool = False, file: IO[str] | None = None) -> Cleaned:
    """Clean `text`, print it with every removed span marked in place, and return the result.

    >>> _ = explain("Markets rose.\\n\\nRead original article here\\n", color=False)
    Markets rose.
    <BLANKLINE>
    [-Read original article here-]{backlink.read-original high}
    --
      removals  chars  confidence  rule
             1     27  high        backlink.read-original
             1      1  high        tidy.whitespace
    2 removals, 28 of 42 characters removed

    `color` defaults to whether `file` is a terminal (and NO_COLOR is unset); `context` shows only
    that many lines around each cut; `whitespace` marks the whitespace tidied after cuts too.
    """
    if cleaner is None:
        from .engine import Cleaner

        cleaner = Cleaner()
    out = file if file is not None else sys.stdout
    result = cleaner.clean(text, path=path)
    if color is None:
        color = use_color(out)
    out.write(render(result, color=color, context=context, whitespace=whitespace))
    return result


def use_color(stream: IO[str]) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    import os

    return not os.environ.get("NO_COLOR") and bool(getattr(stream, "isatty", lambda: False)())


def render(result: Cleaned, *, color: bool = False, context: int | None = None, whitespace: bool = False) -> str:
    """The repaired text with cuts marked, then the summary table; see `explain`."""
    body = mark(result.repaired, result.removed, color=color, whitespace=whitespace)
    if context is not None:
        body = around_cuts(body, result.repaired, result.removed, context)
    if body and not body.endswith("\n"):
        body += "\n"
    return body + "--\n" + summary_table(result)


def mark(text: str, removed: Sequence[Removal], *, color: bool = False, whitespace: bool = False) -> str:
    """`text` with each removal wrapped in `[-…-]` (or colour) and followed by `{rule confidence}`.

    A span's own trailing newline stays outside the marks so that lines keep their shape;
    whitespace tidied after a cut is left as it is unless `whitespace` is true.

    >>> mark("a\\nJunk\\nb", [Removal("x.junk", 2, 7, "Junk\\n", confidence="low")])
    'a\\n[-Junk-]{x.junk low}\\nb'
    """
    parts: list[str] = []
    pos = 0
    for r in removed:
        if r.rule == TIDY and not whitespace:
            continue
        parts.append(text[pos : r.start])
        span = text[r.start : r.end]
        shown, tail = (span[:-1], "\n") if span.endswith("\n") and len(span) > 1 else (span, "")
        if r.rule == TIDY:
            shown = shown.replace("\n", "↵")
        label = f"{{{r.rule} {r.confidence}}}"
        if color:
            parts.append(f"{_CUT}{shown}{_RESET}{_LABEL}{label}{_RESET}{tail}")
        else:
            parts.append(f"[-{shown}-]{label}{tail}")
        pos = r.end
    parts.append(text[pos:])
    return "".join(parts)


def around_cuts(marked: str, text: str, removed: Sequence[Removal], context: int) -> str:
    """Only the marked lines near a cut (`context` lines either side), with `..` between the groups."""
    # Marking adds no newlines, so line numbers in `marked` and in `text` agree.
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    from bisect import bisect_right

    wanted: set[int] = set()
    for r in removed:
        if r.rule == TIDY:
            continue
        first = bisect_right(starts, r.start) - 1
        last = bisect_right(starts, max(r.start, r.end - 1)) - 1
        wanted.update(range(first - context, last + context + 1))
    lines = marked.split("\n")
    out: list[str] = []
    previous = -2
    for n in sorted(i for i in wanted if 0 <= i < len(lines)):
        if n != previous + 1 and out:
            out.append("..")
        out.append(lines[n])
        previous = n
    return "\n".join(out)


def summarize(removed: Sequence[Removal]) -> list[RuleSummary]:
    """One row per rule, most characters removed first."""
    rows: dict[str, list] = {}
    for r in removed:
        row = rows.setdefault(r.rule, [r.confidence, r.reason, 0, 0])
        row[2] += 1
        row[3] += r.end - r.start
    summaries = [RuleSummary(rule, *row) for rule, row in rows.items()]
    return sorted(summaries, key=lambda s: (-s.chars, s.rule))


def summary_table(result: Cleaned) -> str:
    """The per-rule table printed after the document, and a line of totals."""
    rows = summarize(result.removed)
    lines = []
    if rows:
        lines.append("  removals  chars  confidence  rule")
        lines += [f"  {s.removals:8d}  {s.chars:5d}  {s.confidence:<10}  {s.rule}" for s in rows]
    cut = sum(s.chars for s in rows)
    total = f"{counted(sum(s.removals for s in rows), 'removal')}, {cut} of {counted(len(result.repaired), 'character')} removed"
    if result.fixes:
        total += f"; {len(result.fixes)} unicode repairs"
    lines.append(total)
    return "\n".join(lines) + "\n"
