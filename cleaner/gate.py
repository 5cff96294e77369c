"""Line gates: which line starts a line-anchored combined scan needs to try, found cheaply."""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from .literals import Needs, Starts, match_starts, required_literals, satisfied

_ANY_ON_LINE = "[^\\U0000000a]{"  # how a fragment starting with [^\n]{m,n} is written

#: Characters the scan templates' LEAD may consume before a rule's own text starts (besides spaces).
LEAD_MARKS = frozenset("-*\u2022\u00b7>#|+")


class _Near:
    """A rule whose start is only known as "one of these literals soon, on this line" (or as a
    pattern that first runs over any characters of the line): tried only if the document holds
    the literals the rule cannot match without."""

    __slots__ = ("needs", "near", "first", "after_break")

    def __init__(self, starts: Starts, needs: Needs | None, wild: list[str], lead: str, flags: int) -> None:
        self.needs = needs
        self.near = tuple((hi, lit) for hi, lits in starts.near for lit in lits)
        head = f"{lead}(?:{'|'.join(wild)})" if wild else None
        self.first = regex.compile("^" + head, flags) if head else None
        self.after_break = regex.compile("\n" + head, flags) if head else None


class LineGate:
    """For a scan whose every match starts at a line start (`^` then LEAD): the line starts where
    some rule's own text can begin. A superset, so trying the full pattern only there is exact."""

    def __init__(self, sources: Sequence[str], lead: str, flags: int) -> None:
        starts = [match_starts(s) for s in sources]
        self.usable = all(s is not None for s in starts)
        prefixes: set[str] = set()
        frags: list[str] = []
        self.weak: list[_Near] = []
        for src, s in zip(sources, starts):
            if s is None:
                continue
            prefixes.update(s.prefixes)
            wild = [f for f in s.regex if f.startswith(_ANY_ON_LINE)]  # slow to scan: only when needed
            frags += [f for f in s.regex if not f.startswith(_ANY_ON_LINE)]
            if s.near or wild:
                self.weak.append(_Near(s, required_literals(src), wild, lead, flags))
        self.prefixes = tuple(sorted(prefixes))
        # The literal starts as one standard-library scan of the casefolded text (no case to fold,
        # no Unicode properties: `re` does this many times faster than `regex`), at line breaks only.
        marks = "".join(re.escape(ch) for ch in sorted(LEAD_MARKS))
        lits = "|".join(re.escape(p) for p in sorted(self.prefixes, key=len, reverse=True)) or "(?!)"
        head = rf"(?:[^\S\n]|[{marks}])*(?:{lits})"
        self.prefix_first = re.compile(head)
        self.prefix_after_break = re.compile("\n" + head)
        self.reach = max([len(p) for p in self.prefixes] + [hi + len(lit) for w in self.weak for hi, lit in w.near] + [1])
        # The starts known only as character classes: one scan, at line breaks only (a literal prefix).
        head = f"{lead}(?:{'|'.join(dict.fromkeys(frags))})" if frags else None
        self.first = regex.compile("^" + head, flags) if head else None
        self.after_break = regex.compile("\n" + head, flags) if head else None

    def candidates(self, text: str, folded: str) -> list[int]:
        """Sorted line starts worth trying; `folded` is ``text.casefold()`` (for the literal checks)."""
        memo: dict[str, bool] = {}
        weak = [w for w in self.weak if satisfied(w.needs, folded, memo)]
        near = tuple((hi, lit) for w in weak for hi, lit in w.near)
        found: set[int] = set()
        for scan in [self] + weak:
            if scan.first is not None and scan.after_break is not None:
                if scan.first.match(text):
                    found.add(0)
                found.update(m.start() + 1 for m in scan.after_break.finditer(text, overlapped=True))
        if not near and len(folded) == len(text):  # offsets agree: scan the folded text in C
            if self.prefix_first.match(folded):
                found.add(0)
            found.update(m.start() + 1 for m in self.prefix_after_break.finditer(folded))
            return sorted(found)
        prefixes, reach, n = self.prefixes, self.reach, len(text)
        start = 0
        while start <= n:
            if start not in found:
                q = start
                while q < n and text[q] != "\n" and (text[q] in LEAD_MARKS or text[q].isspace()):
                    q += 1
                seg = text[start : q + reach].casefold()
                lead = q - start
                if any(seg.startswith(prefixes, off) for off in range(lead + 1)) or (
                        near and any(lit in seg[: lead + hi + len(lit)].split("\n", 1)[0] for hi, lit in near)):
                    found.add(start)
            brk = text.find("\n", start)
            if brk < 0:
                break
            start = brk + 1
        return sorted(found)
