"""Detection: one combined scan of the document per rule scope, returning hits and changing nothing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import regex

from . import layout
from .errors import RuleTimeoutError
from .rules import Rule

HS = r"[^\S\r\n]"  # horizontal whitespace
#: What may stand around a whole-line phrase: list bullets and heading marks before it,
#: closing punctuation, arrows and symbols after it ("Read more »", "Share this:").
LEAD = rf"{HS}*(?:[-*\u2022\u00b7>#|+]+{HS}*)?"
TRAIL = r"(?:[^\S\r\n]|[\p{Pe}\p{Po}\p{Pf}\p{S}]|\[[^\]\n]{0,20}\]\([^)\n]{0,200}\))*"
SENTENCE_END = "[.!?\u2026\"\u201d\u2019)\\]]"
FLAGS = regex.IGNORECASE | regex.MULTILINE


class Hit(NamedTuple):
    """A span a rule found; `whole_line` hits go with their lines."""

    start: int
    end: int
    rule: int  # index into the Cleaner's rule list
    whole_line: bool


class Scan:
    """The rules of one or more scopes compiled into one regex, each rule a named group."""

    def __init__(self, rules: Sequence[Rule], indices: Sequence[int], template: str) -> None:
        self.rules = rules
        self.indices = list(indices)
        body = "|".join(f"(?P<r{i}>{rules[i].regex_source()})" for i in self.indices)
        self.template = template
        self.pattern = regex.compile(template.replace("{body}", body), FLAGS)
        self._single: dict[int, regex.Pattern[str]] = {}

    def single(self, i: int) -> regex.Pattern[str]:
        if i not in self._single:
            src = self.template.replace("{body}", f"(?P<r{i}>{self.rules[i].regex_source()})")
            self._single[i] = regex.compile(src, FLAGS)
        return self._single[i]

    def matches(self, text: str, timeout: float | None) -> list[tuple[int, int, int]]:
        """(start, end, rule index) of every match of the combined pattern."""
        out = []
        try:
            for m in self.pattern.finditer(text, timeout=timeout):
                name = m.lastgroup
                if name is None or not name.startswith("r") or not name[1:].isdigit():
                    name = next(k for k, v in m.groupdict().items() if v is not None and k[0] == "r")
                out.append((m.start(), m.end(), int(name[1:])))
        except TimeoutError:
            raise self.blame(text, timeout) from None
        return out

    def fits(self, i: int, text: str, start: int, end: int, timeout: float | None) -> bool:
        """Whether rule `i` alone matches exactly text[start:end]."""
        try:
            return self.single(i).fullmatch(text, start, end, timeout=timeout) is not None
        except TimeoutError:
            raise RuleTimeoutError(f"rule {i} timed out", i) from None

    def blame(self, text: str, timeout: float | None) -> RuleTimeoutError:
        """The error naming the rule that made the combined scan time out: the first that times out alone."""
        for i in self.indices:
            try:
                for _ in self.single(i).finditer(text, timeout=timeout):
                    pass
            except TimeoutError:
                return RuleTimeoutError(f"rule {i} timed out", i)
        return RuleTimeoutError("the rules together ran past the time limit, none alone did")


LINE_TEMPLATE = rf"^{LEAD}(?:{{body}}){TRAIL}$"
SENTENCE_TEMPLATE = rf"(?:^{HS}*|(?<={SENTENCE_END}{HS}*))(?:{{body}}){TRAIL}$"
PARAGRAPH_TEMPLATE = rf"^{LEAD}(?:{{body}})"
INLINE_TEMPLATE = "(?:{body})"


class Detector:
    """All of a Cleaner's rules, grouped by scope into combined scans."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = list(rules)
        by_scope: dict[str, list[int]] = {}
        for i, rule in enumerate(self.rules):
            by_scope.setdefault(rule.scope, []).append(i)
        # Anywhere-rules come first so that a zone rule never shadows them on the same line.
        line_ids = by_scope.get("line", []) + by_scope.get("head", []) + by_scope.get("tail", [])
        self.line = Scan(self.rules, line_ids, LINE_TEMPLATE) if line_ids else None
        self.sentence = self._scan(by_scope, "sentence", SENTENCE_TEMPLATE)
        self.paragraph = self._scan(by_scope, "paragraph", PARAGRAPH_TEMPLATE)
        self.inline = self._scan(by_scope, "inline", INLINE_TEMPLATE)
        self.block = self._scan(by_scope, "block", LINE_TEMPLATE)

    def _scan(self, by_scope: dict[str, list[int]], scope: str, template: str) -> Scan | None:
        ids = by_scope.get(scope)
        return Scan(self.rules, ids, template) if ids else None

    def find(self, text: str, timeout: float | None = None) -> list[Hit]:
        """Every hit of every rule in `text` (line breaks of any style), unordered."""
        probe = text.replace("\r", "\n") if "\r" in text else text  # same offsets, one break style
        hits: list[Hit] = []
        if self.line:
            hits += self._line_hits(probe, timeout)
        if self.sentence:
            hits += [Hit(s, e, i, False) for s, e, i in self.sentence.matches(probe, timeout)]
        if self.paragraph:
            hits += self._paragraph_hits(probe, timeout)
        if self.inline:
            hits += [Hit(s, e, i, False) for s, e, i in self.inline.matches(probe, timeout) if e > s]
        if self.block:
            hits += self._block_hits(probe, timeout)
        return hits

    def _line_hits(self, probe: str, timeout: float | None) -> list[Hit]:
        assert self.line is not None
        hits = []
        for start, end, i in self.line.matches(probe, timeout):
            if not self._in_zone(probe, start, end, i):
                i = next(
                    (j for j in self.line.indices if j != i and self.line.fits(j, probe, start, end, timeout)
                     and self._in_zone(probe, start, end, j)),
                    -1,
                )
                if i < 0:
                    continue
            hits.append(Hit(start, end, i, True))
        return hits

    def _in_zone(self, probe: str, start: int, end: int, i: int) -> bool:
        rule = self.rules[i]
        if rule.scope == "head":
            return layout.count_nonblank_lines(probe, 0, start) < rule.zone
        if rule.scope == "tail":
            return layout.count_nonblank_lines(probe, end, len(probe)) < rule.zone
        return True

    def _paragraph_hits(self, probe: str, timeout: float | None) -> list[Hit]:
        assert self.paragraph is not None
        hits = []
        for start, _end, i in self.paragraph.matches(probe, timeout):
            if layout.starts_paragraph(probe, start):
                hits.append(Hit(start, layout.paragraph_end(probe, start), i, True))
        return hits

    def _block_hits(self, probe: str, timeout: float | None) -> list[Hit]:
        """A tail block: from an anchor line in the tail zone, the widget lines after it."""
        assert self.block is not None
        for start, _end, i in self.block.matches(probe, timeout):
            if layout.count_nonblank_lines(probe, start, len(probe)) <= self.rules[i].zone:
                end = layout.widget_block_end(probe, start)
                if end is not None:
                    return [Hit(start, end, i, True)]
        return []
