"""Lines and paragraphs by offset, and turning hits into tidy, non-overlapping cuts."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Container, Iterable, Mapping, Sequence
from itertools import accumulate
from typing import NamedTuple

import regex

NONBLANK_LINE = regex.compile(r"^[^\S\n]*\S", regex.MULTILINE)
_BLANK_LINE = regex.compile(r"\n[^\S\n]*(?:\n|\Z)")


#: A block of metadata that opens a Markdown file (YAML between "---" lines, TOML between "+++"):
#: "---\ntitle: ...\ndate: ...\n---". Its first line names a field.
_FRONT_MATTER = regex.compile(r"""
    \A\ufeff?(?:[^\S\n]*\r?\n)*
    (?P<fence>---|\+\+\+)[^\S\n]*\r?\n
    [^\S\n]*[\w-]+[^\S\n]*[:=][^\n]*\n            # title: ..., or title = ...
    (?:(?!(?P=fence)[^\S\n]*(?:\r?\n|\Z))[^\n]*\n){0,200}?
    (?P=fence)[^\S\n]*(?:\r?\n|\Z)
""", regex.VERBOSE)


def front_matter(text: str) -> int:
    """The length of the block of metadata that opens a Markdown file (0 if none): a file's own
    fields, which the engine leaves as they are.

    >>> front_matter("---\\ntitle: Rivers\\ntags: []\\n---\\n\\nThe river rose.")
    31
    >>> front_matter("---\\n\\nThe river rose.\\n\\n---\\n")
    0
    """
    if not text or text[0] not in "-+\ufeff\n \r\t":  # the block's fence, or blank lines before it
        return 0
    m = _FRONT_MATTER.match(text)
    return m.end() if m else 0


class Line(NamedTuple):
    start: int
    content_end: int  # before the line break
    end: int  # after the line break


def line_at(text: str, pos: int) -> Line:
    """The line holding offset `pos`; breaks are \\n, \\r\\n or a lone \\r."""
    if 0 < pos < len(text) and text[pos] == "\n" and text[pos - 1] == "\r":
        pos -= 1  # the \n of a \r\n belongs to the line the pair ends
    # Each \r is looked for only up to the nearest \n: a text without any is not read to its ends.
    nl = text.rfind("\n", 0, pos)
    start = max(nl, text.rfind("\r", nl + 1, pos)) + 1
    n = text.find("\n", pos)
    r = text.find("\r", pos, len(text) if n < 0 else n)
    ends = [x for x in (n, r) if x >= 0]
    content_end = min(ends) if ends else len(text)
    end = content_end
    if end < len(text):
        end += 2 if text.startswith("\r\n", end) else 1
    return Line(start, content_end, end)


def _line_at_lf(text: str, pos: int) -> Line:
    """`line_at` for a text whose every break is \n."""
    n = text.find("\n", pos)
    if n < 0:
        return Line(text.rfind("\n", 0, pos) + 1, len(text), len(text))
    return Line(text.rfind("\n", 0, pos) + 1, n, n + 1)


def is_blank(text: str, line: Line) -> bool:
    return text[line.start : line.content_end].isspace() or line.start == line.content_end


def fills_line(probe: str, start: int, end: int) -> bool:
    """Whether probe[start:end] is all of its line but whitespace (probe has \\n breaks only)."""
    line_start = probe.rfind("\n", 0, start) + 1
    line_end = probe.find("\n", end)
    line_end = len(probe) if line_end < 0 else line_end
    return not probe[line_start:start].strip() and not probe[end:line_end].strip()


def windows(probe: str, seams: list[int], before: int = 2, after: int = 3) -> list[tuple[int, int]]:
    """Merged runs of whole lines around each seam: `before` lines before its line, `after` after."""
    out: list[tuple[int, int]] = []
    for seam in seams:
        start = probe.rfind("\n", 0, max(seam - 1, 0)) + 1 if seam > 0 else 0
        for _ in range(before):
            if start == 0:
                break
            start = probe.rfind("\n", 0, start - 1) + 1
        end = seam
        for _ in range(after + 1):
            nxt = probe.find("\n", end)
            if nxt < 0:
                end = len(probe)
                break
            end = nxt + 1
        out.append((start, end))
    return merge_spans(out)


def changed_lines(probe: str, seams: list[int]) -> list[tuple[int, int]]:
    """The lines (start, end past the break) that hold a seam, a seam at a line start counting
    for the line it starts; merged where they touch. For the seams of cuts that took part of a
    line, these are the lines left with other text than before.

    >>> changed_lines("one\\ntwo\\nthree\\n", [5, 8])
    [(4, 14)]
    """
    return merge_spans([(probe.rfind("\n", 0, seam) + 1, probe.find("\n", seam) + 1 or len(probe)) for seam in seams])


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in order, those that overlap or touch merged.

    >>> merge_spans([(8, 9), (0, 4), (3, 6), (6, 7)])
    [(0, 7), (8, 9)]
    """
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


class TakenSpans:
    """Spans other hits took, asked whether a stretch of text touches any of them, by bisection.

    >>> taken = TakenSpans([(8, 12), (0, 3)])
    >>> taken.touches(2, 5), taken.touches(3, 8), taken.touches(11, 20)
    (True, False, True)
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._reach = list(accumulate((b for _, b in ordered), max))  # the furthest end up to each

    def touches(self, start: int, end: int) -> bool:
        """Whether a span that starts before `end` ends after `start`."""
        k = bisect_left(self._starts, end)
        return bool(k) and self._reach[k - 1] > start


def within(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """Whether `pos` falls in one of the sorted, disjoint `spans` (`starts`: their starts), by bisection.

    >>> spans = [(0, 7), (8, 9)]
    >>> [within(spans, [0, 8], p) for p in (0, 7, 8, 9)]
    [True, False, True, False]
    """
    k = bisect_right(starts, pos) - 1
    return k >= 0 and pos < spans[k][1]


def count_nonblank_lines(probe: str, start: int, end: int) -> int:
    """How many non-blank lines begin in probe[start:end] (probe has \\n breaks only)."""
    return len(NONBLANK_LINE.findall(probe, start, end))


def starts_paragraph(probe: str, pos: int) -> bool:
    """Whether the line at `pos` is the first of a paragraph (after a blank line or the start)."""
    start = probe.rfind("\n", 0, pos) + 1
    if start == 0:
        return True
    prev = probe.rfind("\n", 0, start - 1) + 1
    return probe[prev : start - 1].strip() == ""


def paragraph_end(probe: str, pos: int) -> int:
    """End of the paragraph that holds `pos`: before the next blank line, or the line's end.

    In a document without blank lines a paragraph is one line.
    """
    line_end = probe.find("\n", pos)
    if line_end < 0:
        return len(probe)
    m = _BLANK_LINE.search(probe, pos)
    if m is None:
        has_blank = _BLANK_LINE.search(probe) is not None
        return len(probe) if has_blank else line_end
    return m.start()


#: A line this long (characters) that ends with no closing mark leaves its sentence open.
WRAPPED_LINE = 40
_CLOSING = frozenset(".!?:;\"'\u201d\u2019\u00bb)]}\u2026|>*")


def continues_sentence(text: str, pos: int, whole_line: bool = True, cut: Container[int] = (),
                       shortened: Mapping[int, Sequence[Piece]] | None = None) -> bool:
    """Whether the line at `pos` goes on a sentence the line right above it leaves open, as
    hard-wrapped prose does: that line (no blank line between) is long and ends with no closing
    mark, and this one starts with a small letter. A label a rule would cut ("like this:", "read
    more") is then the article's words; a label under a heading or a menu item stays a label.
    With `whole_line` false, only a hit that starts where the line's words start counts. A line
    above whose start is in `cut` (lines cut whole) leaves no sentence open: it is junk; one that
    `shortened` holds spans cut from (by its start) is read without them, as the output has it.

    >>> text = "When the clerk was asked about it, the answer she gave was\\nread more\\n\\nRead more"
    >>> continues_sentence(text, text.index("read")), continues_sentence(text, text.index("Read"))
    (True, False)
    >>> continues_sentence(text, text.index("more"), whole_line=False)
    False
    >>> text = text.replace("\\n", "\\r\\n")  # any break style
    >>> continues_sentence(text, text.index("read")), continues_sentence(text, text.index("Read"))
    (True, False)
    """
    line_start = line_at(text, pos).start
    first = text[line_start : line_start + 200].lstrip(" \t")[:1]
    if line_start < 2 or not first.islower() or (not whole_line and text[line_start:pos].strip()):
        return False
    over = line_at(text, line_start - 1)
    if over.start in cut:
        return False
    at, parts = over.start, []  # the line above as the output has it: without what is cut from it
    for piece in sorted((shortened or {}).get(over.start, ())):
        parts.append(text[at : piece.start])
        at = max(at, piece.end)
    above = ("".join(parts) + text[at : over.content_end]).rstrip()
    if not above.strip():
        return False
    return len(above) >= WRAPPED_LINE and above[-1] not in _CLOSING and above.lstrip()[:1] not in ("#", "|")


class Hit(NamedTuple):
    """A span a rule found; `whole_line` hits go with their lines."""

    start: int
    end: int
    rule: int  # index into the Cleaner's rule list
    whole_line: bool


class Piece(NamedTuple):
    start: int
    end: int
    rule: int  # rule index, or -1 for tidying


def plan_cuts(text: str, hits: Iterable[tuple[int, int, int, bool]]) -> list[Piece]:
    """Turn overlapping hits into ordered, disjoint pieces that leave tidy text behind.

    Whole-line hits take their lines with the line break; partial hits take the spaces they
    leave dangling; a line left blank goes whole; blank lines doubled by a cut go too.
    """
    pieces: list[Piece] = []
    full_lines: dict[int, Line] = {}  # line start -> line, for lines removed whole
    partial: dict[int, list[Piece]] = {}  # line start -> partial pieces on that line
    at = line_at if "\r" in text else _line_at_lf
    for start, end, rule, whole in _resolve(text, hits):  # top to bottom: the line above is settled first
        if continues_sentence(text, start, whole, full_lines, partial):
            continue  # a wrapped line of prose that starts like a label ("... would look" / "like this:")
        if whole:
            first = at(text, start)
            last = first if end <= first.content_end else line_at(text, max(start, end - 1))
            pieces.append(Piece(first.start, last.end, rule))
            line = first
            while True:
                full_lines[line.start] = line
                if line.end >= last.end or line.end <= line.start:
                    break
                line = line_at(text, line.end)
        else:
            partial.setdefault(line_at(text, start).start, []).append(Piece(start, end, rule))
    pieces = _trim(pieces)
    taken = _Taken(list(pieces))
    for line_start, cuts in partial.items():
        line = line_at(text, line_start)
        cuts = [c for c in (taken.trim(c) for c in cuts) if c is not None]
        if not cuts:
            continue
        pieces += cuts
        rest = _rest(text, line, cuts)
        if all(text[s:e].isspace() for s, e in rest):
            pieces += [Piece(s, e, -1) for s, e in rest if e > s]
            if line.end > line.content_end:
                pieces.append(Piece(line.content_end, line.end, -1))
            full_lines[line.start] = line
        else:
            pieces += _dangling_spaces(text, line, cuts)
    pieces += _blank_lines(text, full_lines)
    return _merge_tidy(sorted(pieces))


def _resolve(text: str, hits: Iterable[tuple[int, int, int, bool]]) -> list[tuple[int, int, int, bool]]:
    """Drop hits inside earlier, longer ones; the first rule to claim a character keeps it."""
    out: list[tuple[int, int, int, bool]] = []
    reach = -1
    for start, end, rule, whole in sorted(hits, key=lambda h: (h[0], -h[1], h[2])):
        if end <= reach:
            continue
        out.append((max(start, reach), end, rule, whole) if not whole else (start, end, rule, whole))
        reach = max(reach, end)
    return out


def _trim(pieces: list[Piece]) -> list[Piece]:
    out: list[Piece] = []
    for p in sorted(pieces):
        if out and p.start < out[-1].end:
            if p.end <= out[-1].end:
                continue
            p = Piece(out[-1].end, p.end, p.rule)
        out.append(p)
    return out


class _Taken:
    """Lookup of the whole-line pieces already planned, to trim partial cuts against them."""

    def __init__(self, pieces: list[Piece]) -> None:
        self.pieces = pieces
        self.starts = [p.start for p in pieces]

    def trim(self, cut: Piece) -> Piece | None:
        i = bisect_right(self.starts, cut.start) - 1
        if i >= 0 and self.pieces[i].end > cut.start:
            return None
        nxt = i + 1
        if nxt < len(self.pieces) and self.pieces[nxt].start < cut.end:
            return None
        return cut


def _rest(text: str, line: Line, cuts: list[Piece]) -> list[tuple[int, int]]:
    """The parts of a line's content that no cut covers."""
    rest, pos = [], line.start
    for c in sorted(cuts):
        if c.start > pos:
            rest.append((pos, min(c.start, line.content_end)))
        pos = max(pos, c.end)
    if pos < line.content_end:
        rest.append((pos, line.content_end))
    return rest


def _dangling_spaces(text: str, line: Line, cuts: list[Piece]) -> list[Piece]:
    """Spaces a partial cut leaves at the line's end, or doubled where the cut stood."""
    out = []
    for c in sorted(cuts):
        before = c.start
        while before > line.start and text[before - 1] in " \t":
            before -= 1
        after = c.end
        while after < line.content_end and text[after] in " \t":
            after += 1
        if after == line.content_end or not text[c.end : line.content_end].strip():
            if before < c.start:
                out.append(Piece(before, c.start, -1))
            if after > c.end:
                out.append(Piece(c.end, after, -1))
        elif (before == line.start or before < c.start) and after > c.end:
            out.append(Piece(c.end, after, -1))
    return _trim_against(out, cuts)


def _trim_against(tidy: list[Piece], cuts: list[Piece]) -> list[Piece]:
    return [t for t in tidy if not any(t.start < c.end and c.start < t.end for c in cuts)]


def _blank_lines(text: str, removed: dict[int, Line]) -> list[Piece]:
    """Tidy pieces for the blank lines that cuts leave doubled, or dangling at either end."""
    out: list[Piece] = []
    seen: set[int] = set()
    for line_start in sorted(removed):
        if line_start in seen:
            continue
        gap = _gap_around(text, removed, line_start)
        seen.update(line.start for line in gap)
        at_head = gap[0].start == 0
        at_tail = gap[-1].end == len(text)
        blanks = [line for line in gap if line.start not in removed]
        keep = 0 if at_head or at_tail else _longest_blank_run(gap, removed)
        out += [Piece(line.start, line.end, -1) for line in blanks[keep:]]
        if at_tail and not at_head and text and text[-1] not in "\r\n":
            prev = line_at(text, gap[0].start - 1)  # the last line kept: drop its break too
            if prev.end > prev.content_end:
                out.append(Piece(prev.content_end, prev.end, -1))
    return out


def _gap_around(text: str, removed: dict[int, Line], line_start: int) -> list[Line]:
    """The run of removed and blank lines around a removed line."""
    first = line_at(text, line_start)
    lines = [first]
    pos = first.start
    while pos > 0:
        line = line_at(text, pos - 1)
        if line.start not in removed and not is_blank(text, line):
            break
        lines.insert(0, line)
        pos = line.start
    pos = first.end
    while pos < len(text):
        line = removed.get(pos) or line_at(text, pos)
        if line.start not in removed and not is_blank(text, line):
            break
        lines.append(line)
        if line.end <= pos:
            break
        pos = line.end
    return lines


def _longest_blank_run(gap: list[Line], removed: dict[int, Line]) -> int:
    best = run = 0
    for line in gap:
        run = 0 if line.start in removed else run + 1
        best = max(best, run)
    return best


def _merge_tidy(pieces: list[Piece]) -> list[Piece]:
    """Join touching tidy pieces and keep every piece disjoint, so the report rebuilds the text exactly.

    Overlaps come from two cuts claiming the space between them, and from an inline cut that runs
    across a line break into the whitespace tidied after it: the rule's cut keeps its span.
    """
    out: list[Piece] = []
    for p in pieces:
        if out and p.start < out[-1].end:
            if p.rule == -1:
                p = Piece(out[-1].end, p.end, -1)
                if p.end <= p.start:
                    continue
            elif out[-1].rule == -1:
                out[-1] = Piece(out[-1].start, p.start, -1)
                if out[-1].end <= out[-1].start:
                    out.pop()
        if out and out[-1].rule == -1 and p.rule == -1 and out[-1].end == p.start:
            out[-1] = Piece(out[-1].start, p.end, -1)
        else:
            out.append(p)
    return out
