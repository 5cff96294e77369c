"""Detection: one combined scan of the document per rule scope, returning hits and changing nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import regex

from . import layout
from .edges import edge_hits
from .errors import RuleTimeoutError
from .gate import LineGate, Near
from .layout import Hit
from .literals import (
    Anchor,
    LiteralIndex,
    Needs,
    anchor,
    fold,
    forget_parses,
    line_local,
    match_starts,
    never_empty,
    required_literals,
    satisfied,
    single_line,
)
from .rules import Rule
from .text import LIST_MARK

HS = r"[^\S\r\n]"  # horizontal whitespace
#: What may stand around a whole-line phrase: list bullets and heading marks before it,
#: closing punctuation, arrows and symbols after it ("Read more »", "Share this:").
LEAD = rf"{HS}*(?:{LIST_MARK}+{HS}*)?\[?"
# Markdown link leftovers may follow too: "[Leave a Comment](https://...)" or "... [»](#respond)".
TRAIL = r"(?:[^\S\r\n]|[\p{Pe}\p{Po}\p{Pf}\p{Sc}\p{Sk}\p{So}\u2190-\u21ff]|\[[^\]\n]{0,20}\]\([^)\n]{0,300}\)|\]\([^)\n]{0,300}\))*"
SENTENCE_END = "[.!?\u2026\"\u201d\u2019)\\]]"
FLAGS = regex.IGNORECASE | regex.MULTILINE
WIDGET_WORDS = 14  # longer block lines need a cut line after them


def _one_word_sentence(body: str, line: str) -> bool:
    """A single word ending its line with a full stop or comma reads as the tail of wrapped prose
    ("...see the\\nsources."), not as a label."""
    return len(body.split()) == 1 and line.rstrip().endswith((".", ",", ";")) and not line.rstrip().endswith("...")


def _junk_tail(run: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The run from its first cut line (rule -1) after which cut lines are a third at least."""
    cuts = sum(1 for r in run if r[2] < 0)
    others = len(run) - cuts
    for k, r in enumerate(run):
        if r[2] < 0:
            if others <= 2 * cuts:
                return run[k:]
            cuts -= 1
        else:
            others -= 1
    return []


def _widget_sized(line: str) -> bool:
    """A label, link or headline: a few words, not ending like a sentence."""
    end = line.rstrip().rstrip("\"'\u201d\u2019\u00bb)")
    return len(line.split()) <= WIDGET_WORDS and not end.endswith((".", ",", ";"))


#: Lines a document needs before the edge walk (`cleaner.edges`) pays: below it the engine's repeated
#: looks are cheaper, and they find the same.
EDGE_WALK_LINES = 400


class Scan:
    """The rules of one or more scopes compiled into one regex, each rule a named group."""

    def __init__(self, rules: Sequence[Rule], indices: Sequence[int], template: str,
                 cache: dict[str, tuple[dict, dict, dict]] | None = None) -> None:  # type: ignore[type-arg]
        """`cache`: compiled patterns by template, shared by the scans of one rule list (a Cleaner's
        detectors for several path groups compile each pattern once between them)."""
        self.rules = rules
        self.indices = list(indices)
        self.template = template
        self._combined: tuple[list[int], regex.Pattern[str] | None] = (self.indices, None)
        self.sentence_guard = template == LINE_TEMPLATE
        shared = ({}, {}, {}) if cache is None else cache.setdefault(template, ({}, {}, {}))
        self._single: dict[int, regex.Pattern[str]] = shared[0]
        self._subsets: dict[tuple[int, ...], regex.Pattern[str]] = shared[1]
        self._leds: dict[int, regex.Pattern[str]] = shared[2]
        self.gate, self.rest = None, None
        self._no_zones: dict[int, tuple[int, int]] = {}
        self.exhaustive = False  # True: no shortcut, every position tried
        self.readable: list[int] = []
        if template.startswith("^" + LEAD):
            # Rules whose start the gate cannot read are scanned apart, so one of them (a user's
            # rule, say) does not take the gate away from all the others.
            readable = [i for i in self.indices if match_starts(rules[i].regex_source()) is not None]
            zones = [(rules[i].scope, rules[i].zone) if rules[i].scope in ("head", "tail")
                     and single_line(rules[i].regex_source()) else None for i in readable]
            gate = LineGate([rules[i].regex_source() for i in readable], LEAD, FLAGS, zones) if readable else None
            if gate is not None and gate.usable and len(readable) < len(self.indices):
                rest = [i for i in self.indices if i not in readable]
                self._combined = (readable, None)
                self.rest = self._compile(rest)
                self.priority = {i: k for k, i in enumerate(self.indices)}
            self.gate = gate if gate is not None and gate.usable else None
            if self.gate is not None:  # for `whole`: a piece is in no zone
                self._no_zones = {k: (0, 0) for k in self.gate.zoned}
            self.readable = readable
        # Unanchored scans: where each rule's match can start, near an occurrence of its literals.
        self.anchors: dict[int, Anchor | None] = {} if self.gate else {
            i: anchor(template.replace("{body}", rules[i].regex_source())) for i in self.indices}
        self._useful = {i: _useful(a) for i, a in self.anchors.items()}  # the anchors worth searching for
        self.one_line = not self.gate and all(single_line(rules[i].regex_source()) for i in self.indices)
        self.skip_empty = all(never_empty(rules[i].regex_source()) for i in self.indices)
        # Rules whose match at a place depends on its line alone: on a line that no cut changed, they
        # match after the cuts as they did before, so a second look need not try them there.
        local = {i for i in self.indices if line_local(rules[i].regex_source())}
        self.all_local = len(local) == len(self.indices)
        self.local_positions = {k for k, i in enumerate(self.readable) if i in local}
        self._misses: set[tuple[object, ...]] = set()  # (line, at the start?, gate positions) no rule matched
        self.nonlocal_positions = {k for k, i in enumerate(self.readable) if i not in local}
        self.rest_local = self.rest is None or all(i in local for i in self.indices if i not in self.readable)

    @property
    def pattern(self) -> regex.Pattern[str]:
        """The combined pattern (of the rules the gate reads, when some are scanned apart), compiled
        when first needed: a gated scan tries its rules one by one and seldom needs it."""
        ids, pattern = self._combined
        if pattern is None:
            pattern = self._subset(tuple(ids))
            self._combined = (ids, pattern)
        return pattern

    def single(self, i: int) -> regex.Pattern[str]:
        if i not in self._single:
            src = self.template.replace("{body}", f"(?P<r{i}>{self.rules[i].regex_source()})")
            self._single[i] = regex.compile(src, FLAGS)
        return self._single[i]

    def subset(self, possible: set[int] | None) -> regex.Pattern[str] | None:
        """The combined pattern of the rules in `possible` only (same order, same groups); None if none.

        Leaving out rules that cannot match anywhere in the text changes no match.
        """
        if possible is None:
            return self.pattern
        keep = tuple(i for i in self.indices if i in possible)
        if len(keep) == len(self.indices):
            return self.pattern
        if not keep:
            return None
        return self._subset(keep)

    def _subset(self, keep: tuple[int, ...]) -> regex.Pattern[str]:
        pattern = self._subsets.get(keep)
        if pattern is None:
            if len(self._subsets) > 1024:  # bounded: the subsets seen in a corpus are few
                self._subsets.clear()
            pattern = self._subsets[keep] = self._compile(keep)
        return pattern

    def _gated(self, positions: set[int]) -> regex.Pattern[str]:
        """The combined pattern of the gated rules at these gate positions (in the rules' order)."""
        return self._subset(tuple(self.readable[k] for k in sorted(positions)))

    def _match_line(self, text: str, start: int, positions: set[int], timeout: float | None) -> regex.Match[str] | None:
        """What the combined pattern of the rules at these gate positions matches at the line start
        `start`, found by trying the rules one by one (no pattern to compile for each set of rules).

        The combined pattern takes the first rule in order that matches with the longest LEAD, then
        with shorter ones. So the first rule that matches at all wins if it matched with the
        longest LEAD, as nearly always; otherwise the combined pattern decides. A line that the
        same rules missed before, whose rules read that line alone, is missed again without a try:
        a document of thousands of equal lines costs one try per distinct line.
        """
        order = sorted(positions)
        key = None
        if self.local_positions.issuperset(order):
            key = (text[start : text.find("\n", start) + 1 or len(text)], start == 0, *order)
            if key in self._misses:
                return None
        m = self._try_line(text, start, order, positions, timeout)
        if m is None and key is not None:
            if len(self._misses) > 4096:  # bounded: the lines worth remembering repeat within a document
                self._misses.clear()  # (and `Detector.find` forgets them when a document starts)
            self._misses.add(key)
        return m

    def _try_line(self, text: str, start: int, order: list[int], positions: set[int],
                  timeout: float | None) -> regex.Match[str] | None:
        for k in order:
            led = self._led(self.readable[k])
            # (`regex` reads a keyword argument more slowly than it tries a rule on a line: no limit, none passed)
            m = led.match(text, start) if timeout is None else led.match(text, start, timeout=timeout)
            if m is not None:
                if m.end("lead_") == _LEAD.match(text, start).end():
                    return m
                return self._gated(positions).match(text, start, timeout=timeout)
        return None

    def whole(self, piece: str, among: frozenset[int]) -> int | None:
        """The first rule of `among` that takes all of `piece` (one line's text) as this scan's
        template does, its candidates read off the gate; None if none does."""
        if self.gate is None:
            order = [i for i in self.indices if i in among]
        else:
            weak = self.gate.weak_in(fold(piece))
            order = [self.readable[k] for k in sorted(self.gate.rules_on_line(piece, 0, self._no_zones, weak=weak))]
            order = [i for i in order if i in among] + [i for i in self.indices if i in among and i not in self.readable]
        readable = set(self.readable)
        for i in order:
            m = (self._led(i) if i in readable else self.single(i)).match(piece)  # what the line scan compiled
            if m is not None and m.end() == len(piece) and not (
                    self.sentence_guard and _one_word_sentence(m.group(f"r{i}"), m.group())):
                return i
        return None

    def _led(self, i: int) -> regex.Pattern[str]:
        """Rule `i` alone in the line template, its LEAD in the group `lead_`."""
        pattern = self._leds.get(i)
        if pattern is None:
            rest = self.template[len("^" + LEAD):].replace("{body}", f"(?P<r{i}>{self.rules[i].regex_source()})")
            pattern = self._leds[i] = regex.compile(f"^(?P<lead_>{LEAD}){rest}", FLAGS)
        return pattern

    def _compile(self, indices: Sequence[int]) -> regex.Pattern[str]:
        body = "|".join(f"(?P<r{i}>{self.rules[i].regex_source()})" for i in indices)
        return regex.compile(self.template.replace("{body}", body), FLAGS)

    def matches(self, text: str, timeout: float | None, possible: set[int] | None = None,
                folded: str | None = None, windows: list[tuple[int, int]] | None = None,
                memo: dict[str, bool] | None = None) -> list[tuple[int, int, int]]:
        """(start, end, rule index) of every match of the combined pattern (of the `possible` rules);
        with `windows` (runs of whole lines), only those that start in them (and perhaps others)."""
        pattern = None  # a gated scan tries its rules line by line
        if self.gate is None:
            pattern = self.subset(possible)
            if pattern is None:
                return []
        out = []
        try:
            for m in self._finditer(pattern, text, timeout, folded, possible, windows, memo):
                hit = self._hit(m)
                if hit is not None:
                    out.append(hit)
        except TimeoutError:
            raise self.blame(text, timeout) from None
        if self.rest is not None:
            out = self._with_rest(out, text, timeout)
        return out

    def _hit(self, m: regex.Match[str]) -> tuple[int, int, int] | None:
        """(start, end, rule index) of a match: the rule is the named group `r<index>` that took part."""
        name = m.lastgroup  # the outermost group closes last: usually the rule's own
        if name is None or name[0] != "r" or not name[1:].isdigit():
            name = next(n for n, v in m.groupdict().items() if v is not None and n[0] == "r" and n[1:].isdigit())
        if self.sentence_guard and _one_word_sentence(m.group(name), m.group()):
            return None
        return (m.start(), m.end(), int(name[1:]))

    def match_at(self, text: str, pos: int, timeout: float | None,
                 zones: dict[int, tuple[int, int]], changed: bool = True, weak: Sequence[Near] | None = None,
                 ) -> tuple[int, int, int] | None:
        """The match starting exactly at `pos` (a line start), as one combined pattern would give it;
        `zones` is what the gate's `zone_ranges` gives for `text`, `weak` what its `weak_in` gives. On
        a line no cut `changed`, None unless a rule that reads past its line can match: the others
        match there as they did before."""
        if not changed and self.all_local:
            return None
        found = []
        try:
            if self.gate is not None:
                if not changed and self.rest_local and self.gate.rules_on_line(
                        text, pos, zones, self.nonlocal_positions, weak).isdisjoint(self.nonlocal_positions):
                    return None
                ms = [self._match_line(text, pos, self.gate.rules_on_line(text, pos, zones, weak=weak), timeout)]
            else:
                ms = [self.pattern.match(text, pos, timeout=timeout)]
            if self.rest is not None:
                ms.append(self.rest.match(text, pos, timeout=timeout))
        except TimeoutError:
            raise self.blame(text, timeout) from None
        for m in ms:
            hit = None if m is None else self._hit(m)
            if hit is not None:
                found.append(hit)
        if len(found) > 1 and self.rest is not None:
            found.sort(key=lambda f: self.priority[f[2]])
        return found[0] if found else None

    def match_among(self, text: str, pos: int, allowed: tuple[int, ...],
                    timeout: float | None) -> tuple[int, int, int] | None:
        """What the combined pattern of the `allowed` rules alone (in this scan's order) matches at
        the line start `pos`, as `match_at` gives it for a zone that reaches only those rules."""
        readable = set(self.readable)
        try:
            if self.gate is not None:
                positions = {k for k, i in enumerate(self.readable) if i in allowed}
                ms = [self._match_line(text, pos, positions, timeout) if positions else None]
                rest = tuple(i for i in self.indices if i in allowed and i not in readable)
                if rest:
                    ms.append(self._subset(rest).match(text, pos, timeout=timeout))
            else:
                ms = [self._subset(tuple(i for i in self.indices if i in allowed)).match(text, pos, timeout=timeout)]
        except TimeoutError:
            raise self.blame(text, timeout) from None
        found = [h for h in (self._hit(m) for m in ms if m is not None) if h is not None]
        found.sort(key=lambda f: self.indices.index(f[2]))
        return found[0] if found else None

    def _with_rest(self, out: list[tuple[int, int, int]], text: str, timeout: float | None) -> list[tuple[int, int, int]]:
        """Add the matches of the rules scanned apart; where two claim one line, the earlier rule wins,
        as it would in one combined pattern."""
        assert self.rest is not None
        best = {start: (end, i) for start, end, i in out}
        try:
            for m in self.rest.finditer(text, timeout=timeout):
                hit = self._hit(m)
                if hit is None:
                    continue
                i = hit[2]
                if m.start() not in best or self.priority[i] < self.priority[best[m.start()][1]]:
                    best[m.start()] = (m.end(), i)
        except TimeoutError:
            raise self.blame(text, timeout) from None
        return [(start, end, i) for start, (end, i) in sorted(best.items())]

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

    def _finditer(self, pattern: regex.Pattern[str] | None, text: str, timeout: float | None,
                  folded: str | None, possible: set[int] | None = None,
                  windows: list[tuple[int, int]] | None = None,
                  memo: dict[str, bool] | None = None) -> Iterator[regex.Match[str]]:
        """`pattern.finditer(text)`, tried only at the positions where some rule's match can start:
        the line starts a line gate lets through, or the places just before a rule's literals (at
        sentence starts, for sentence rules; in `windows`, when no match can run over a line break)."""
        if self.exhaustive:  # the plain scan every shortcut must agree with (the tests compare them)
            assert pattern is not None
            yield from pattern.finditer(text, timeout=timeout)
            return
        folded = fold(text) if folded is None else folded
        if self.gate is not None:  # each line start with the few rules that can match there
            found_at = self.gate.candidates(text, folded, memo)
            pos = 0
            for start in sorted(found_at):
                if start < pos:
                    continue
                m = self._match_line(text, start, found_at[start], timeout)
                if m is not None:
                    yield m
                    pos = max(m.end(), start + 1)
            return
        ids = self.indices if possible is None else [i for i in self.indices if i in possible]
        # No match runs over a line break: lines are independent, and those outside `windows` are skipped.
        spans = windows if windows is not None and self.one_line else [(0, len(text))]
        if self.template == SENTENCE_TEMPLATE:
            candidates = _sentence_starts(text, folded, [self.anchors[i] for i in ids], spans)
        else:
            candidates = _anchored_starts(text, folded, [self._useful[i] for i in ids], spans, memo)
        if candidates is None:  # some rule has no literal to start from: the regex reads every position
            if len(spans) > 1 or spans[0] != (0, len(text)):
                yield from _finditer_within(pattern, text, spans, timeout)
            else:
                yield from pattern.finditer(text, timeout=timeout)
            return
        if len(spans) > 1 or spans[0] != (0, len(text)):
            candidates = [c for c in candidates if any(a <= c < b for a, b in spans)]
        pos = 0
        for start in candidates:
            if start < pos:
                continue
            m = pattern.match(text, start) if timeout is None else pattern.match(text, start, timeout=timeout)  # as in `_try_line`
            if m is not None:
                yield m
                pos = max(m.end(), start + 1)


def _finditer_within(pattern: regex.Pattern[str], text: str, spans: Sequence[tuple[int, int]],
                     timeout: float | None) -> Iterator[regex.Match[str]]:
    """The matches of `pattern` (one that never runs over a line break) that start inside `spans`
    of whole lines, each span read with the line after it in view (a lookahead past the span's
    last line break sees what the whole text would show it)."""
    pos = 0
    for a, b in sorted(spans):
        end = text.find("\n", b)
        end = len(text) if end < 0 else end + 1
        for m in pattern.finditer(text, max(a, pos), end) if timeout is None else \
                pattern.finditer(text, max(a, pos), end, timeout=timeout):
            if m.start() >= b:
                break
            yield m
            pos = max(m.end(), m.start() + 1)


def _line_matches(first: regex.Pattern[str], after_break: regex.Pattern[str], text: str,
                  timeout: float | None) -> list[tuple[int, int]]:
    """The spans `first` ("^" and a pattern that never matches empty) finds in `text`, as `finditer`
    finds them, found by `after_break` (a line break and the same pattern): `regex` skips to each
    break at once where `^` has it try every position (`promo.stock-picks` over the dev documents
    and 1,436 saved pages: 375 -> 45 ms)."""
    out = []
    m = first.match(text, timeout=timeout)
    if m is not None:
        out.append(m.span())
    pos = m.end() if m is not None else 1  # a match runs on from where the last one ended
    while pos <= len(text):
        m = after_break.search(text, pos - 1, timeout=timeout)  # a break right before `pos` starts a line at it
        if m is None:
            break
        out.append((m.start() + 1, m.end()))
        pos = m.end()
    return out


def _first_from(kept: list[tuple[int, int]], size: int, src: int) -> int:
    """The first offset of the cut text (of `size` characters, made of the `kept` stretches, as
    (offset in it, offset in the source)) whose source offset is `src` or more."""
    for k, (out, start) in enumerate(kept):
        end = kept[k + 1][0] if k + 1 < len(kept) else size
        if src < start + (end - out):
            return out + max(src - start, 0)
    return size + 1


def _memo_again(memo: dict[str, bool], folded: str, seams: list[int],
                index: LiteralIndex | None = None) -> dict[str, bool]:
    """Which literals the cut text `folded` holds, from `memo` for the text before the cuts: a
    literal it did not hold can only now run over a seam. (Held before may no longer be: that only
    lets a rule be tried that then does not match.) With `index`, its literals are looked for near
    the seams in one pass, and only the others one by one."""
    reach = max(map(len, memo), default=1) - 1
    around = "\0".join(folded[max(seam - reach, 0) : seam + reach] for seam in seams)  # every stretch over a seam
    near = index.held(around) if index is not None else None
    if near is None:
        return {lit: held or lit in around for lit, held in memo.items()}
    again = dict(memo)
    again.update((lit, True) for lit in near if lit in memo)
    for lit in memo.keys() - index.known:
        if not memo[lit] and lit in around:
            again[lit] = True
    return again


def _useful(a: Anchor | None) -> Anchor | None:
    """An anchor worth searching for: no short word (an "a" is everywhere)."""
    if a is None or any(len(lit) < 3 and any(ch.isalnum() for ch in lit) for lit in a.literals):
        return None
    return a


def _sentence_starts(text: str, folded: str, anchors: list[Anchor | None], spans: list[tuple[int, int]]) -> list[int]:
    """Sorted positions in `spans` (runs of whole lines) where a sentence rule's match can start: a
    line start, or just after a sentence's end (and the spaces after it), where one of the rules'
    literals follows."""
    starts: set[int] = set()
    for a, b in spans:
        starts.add(a)
        starts.update(m.end() for m in _BREAK.finditer(text, a, b))
        for m in _AFTER_END.finditer(text, a, b):
            starts.update(range(m.start() + 1, m.end() + 1))
    if any(a is None for a in anchors):
        return sorted(starts)
    n = len(text)
    keep = []
    seen: dict[int, bool] = {}  # for the anchors that skip only spaces: whether a literal follows there
    plain = [a for a in anchors if a is not None and not a.skip and a.spaces and not a.newlines]
    others = [a for a in anchors if a is not None and a not in plain]
    lits = tuple(lit for a in plain for lit in a.literals)
    for p in sorted(starts):
        if plain:
            q = p
            while q < n and text[q] != "\n" and text[q].isspace():
                q += 1
            hit = seen.get(q)
            if hit is None:
                hit = seen[q] = folded.startswith(lits, q)
            if hit:
                keep.append(p)
                continue
        for a in others:
            q = p
            while q < n and (text[q] in a.skip or (a.spaces and text[q].isspace() and (a.newlines or text[q] != "\n"))):
                q += 1
            if folded.startswith(a.literals, q):
                keep.append(p)
                break
    return keep


def _anchored_starts(text: str, folded: str, anchors: list[Anchor | None],
                     spans: list[tuple[int, int]], memo: dict[str, bool] | None = None) -> list[int] | None:
    """Sorted positions where a match of one of these rules can start, for literals in `spans`;
    None to scan everywhere. A literal `memo` knows `folded` not to hold is not looked for."""
    if any(a is None for a in anchors):
        return None
    found: set[int] = set()
    seen: dict[str, list[int]] = {}
    for a in anchors:
        assert a is not None
        for lit in a.literals:
            if lit not in seen:
                seen[lit] = hits = []
                if memo is not None and memo.get(lit) is False:
                    continue
                for lo, hi in spans:
                    q = folded.find(lit, lo, hi)
                    while q >= 0:
                        hits.append(q)
                        q = folded.find(lit, q + 1, hi)
            for q in seen[lit]:
                k = q
                while k > 0:
                    ch = text[k - 1]
                    if ch in a.skip or (a.spaces and ch.isspace() and (a.newlines or ch != "\n")):
                        k -= 1
                    else:
                        break
                found.update(range(k, q + 1))
    return sorted(found)


_LEAD = regex.compile(LEAD)
#: A `lines` pattern that starts at the document's start (`\A`) is tried there only, not at each line.
_ANCHORED = regex.compile(r"(?:\(\?:)*\\A")
# Where a sentence template's match can start, as `re` finds them (its \s takes in a few more
# characters than `regex`'s: a superset). The pattern itself then decides.
_BREAK = re.compile("\n")
_AFTER_END = re.compile(SENTENCE_END + r"[^\S\n]*")
LINE_TEMPLATE = rf"^{LEAD}(?:{{body}}){TRAIL}$"
SENTENCE_TEMPLATE = rf"(?:^{HS}*|(?<={SENTENCE_END}{HS}*))(?:{{body}}){TRAIL}$"
PARAGRAPH_TEMPLATE = rf"^{LEAD}(?:{{body}})"
INLINE_TEMPLATE = "(?:{body})"


class Detector:
    """All of a Cleaner's rules, grouped by scope into combined scans."""

    #: Count head and tail zones on the lines that stay (`cleaner.edges`); off, the engine's
    #: repeated looks find the same cuts, slowly (the tests compare the two).
    walk_edges = True  # tests switch the walk off to hold it to the engine's repeated looks

    def __init__(self, rules: Sequence[Rule], active: frozenset[int] | None = None,
                 cache: dict[str, tuple[dict, dict, dict]] | None = None,  # type: ignore[type-arg]
                 accelerate: bool = True) -> None:
        """`active`: the indices of the rules to detect with (default all); hits name rules by their
        index in `rules` either way. `cache`: compiled patterns shared with the other detectors of
        the same `rules` (see `Scan`). `accelerate`: find which literals a text holds with the
        `fast` extra's engine, if installed (`LiteralIndex`; the same hits either way)."""
        self.rules = list(rules)
        self._cache = {} if cache is None else cache
        by_scope: dict[str, list[int]] = {}
        for i, rule in enumerate(self.rules):
            if active is None or i in active:
                by_scope.setdefault(rule.scope, []).append(i)
        # Anywhere-rules come first so that a zone rule never shadows them on the same line.
        line_ids = by_scope.get("line", []) + by_scope.get("head", []) + by_scope.get("tail", [])
        self.line = Scan(self.rules, line_ids, LINE_TEMPLATE, self._cache) if line_ids else None
        self.sentence = self._scan(by_scope, "sentence", SENTENCE_TEMPLATE)
        self.paragraph = self._scan(by_scope, "paragraph", PARAGRAPH_TEMPLATE)
        self.inline = self._scan(by_scope, "inline", INLINE_TEMPLATE)
        self.block = by_scope.get("block", [])
        self.lines = by_scope.get("lines", [])
        self._lines_patterns: dict[int, regex.Pattern[str]] = {}
        self._lines_anchored: set[int] = set()  # `lines` rules whose pattern starts with \A
        self._lines_after_break: dict[int, regex.Pattern[str]] = {}  # the others that never match empty: after a break
        zoned = by_scope.get("head", []) + by_scope.get("tail", [])
        self.zoned = Scan(self.rules, zoned, LINE_TEMPLATE, self._cache) if zoned else None
        self._block_patterns: dict[int, regex.Pattern[str]] = {}
        self._anywhere = frozenset(by_scope.get("line", []))  # line rules with no zone
        # Literals each rule cannot match without: one cheap look-up per literal skips the rules
        # (and often whole scans) that cannot match the document.
        # Only the scans of few rules are narrowed: the line scan has too many rules with common
        # words for a subset to pay for its compilation.
        gated = [s.indices for s in (self.sentence, self.paragraph, self.inline) if s] + [self.lines]
        self.needs = {i: required_literals(self.rules[i].regex_source()) for ids in gated for i in ids}
        forget_parses()
        index = LiteralIndex(self._literals()) if accelerate else None
        self.index = index if index is not None and index.usable else None

    def _literals(self) -> set[str]:
        """Every literal the scans look a text up for (whether it holds them, or where)."""
        out: set[str] = set()

        def add(needs: Needs | None) -> None:
            for clause in needs or ():
                out.update(clause)

        for needs in self.needs.values():
            add(needs)
        for scan in (self.line, self.sentence, self.paragraph, self.inline, self.zoned):
            if scan is None:
                continue
            out.update(lit for a in scan.anchors.values() if a is not None for lit in a.literals)
            if scan.gate is not None:
                for w in scan.gate.weak:
                    add(w.needs)
                    out.update(w.on_line or ())
                    out.update(lit for _hi, lit in w.near)
                for needs in scan.gate.loose_needs.values():
                    add(needs)
        return out

    def compile(self) -> None:
        """Compile every combined pattern now (they are otherwise compiled when first needed): a
        rule that compiles alone may not inside a scan (a numbered back-reference, say)."""
        for scan in (self.line, self.sentence, self.paragraph, self.inline, self.zoned):
            if scan is not None:
                scan.pattern  # noqa: B018 (compiles it)
                for i in scan.readable:
                    scan._led(i)

    def _scan(self, by_scope: dict[str, list[int]], scope: str, template: str) -> Scan | None:
        ids = by_scope.get(scope)
        return Scan(self.rules, ids, template, self._cache) if ids else None

    def find(self, text: str, timeout: float | None = None, memo: dict[str, bool] | None = None) -> list[Hit]:
        """Every hit of every rule in `text` (line breaks of any style), unordered.

        `memo` collects which literals `text` holds, for `find_again` on the text once cut.
        """
        probe = text.replace("\r", "\n") if "\r" in text else text  # same offsets, one break style
        folded = fold(probe)
        memo = {} if memo is None else memo
        if self.index is not None and not memo:
            memo.update(self.index.present(folded))
        possible = self.possible(folded, memo)
        for scan in (self.line, self.zoned):  # the lines they missed are remembered for one document
            if scan is not None:
                scan._misses.clear()
        hits: list[Hit] = []
        if self.line:
            hits += self._line_hits(probe, timeout, folded, memo)
        if self.sentence:
            hits += [Hit(s, e, i, False) for s, e, i in self.sentence.matches(probe, timeout, possible, folded)]
        if self.paragraph:
            hits += self._paragraph_hits(probe, timeout, possible, folded)
        if self.inline:
            hits += [Hit(s, e, i, False) for s, e, i in self.inline.matches(probe, timeout, possible, folded, memo=memo) if e > s]
        if self.lines:
            hits += self._lines_hits(probe, timeout, possible)
        if self.block and hits:
            hits += self._block_hits(probe, hits)
        return self._edge_hits(probe, hits, timeout)

    def find_again(self, text: str, seams: list[int], timeout: float | None = None,
                   memo: dict[str, bool] | None = None, *, whole: frozenset[int] = frozenset(),
                   source: tuple[str, list[tuple[int, int]]] | None = None) -> list[Hit]:
        """The hits that cuts can have made possible in the cleaned `text`, cut at `seams`.

        What a rule matches depends on its own line, and the line or two around it (a bare
        headline's neighbours, a two-line "Previous Post" link), except for zones and paragraph
        starts: so every scan runs near the seams only, and the few head, tail and paragraph
        rules run over the whole text. Near the seams, the rules that read only their own line
        are tried only on the lines a cut changed: all but those at the seams in `whole`, where
        the cut took whole lines. With `source` (the text `find` read, and the kept stretches as
        (offset in `text`, offset in it)), head and tail rules are tried only on the lines that
        came into their zones. The same hits as `find`, which the engine's tests pin.
        """
        probe = text.replace("\r", "\n") if "\r" in text else text
        windows = layout.windows(probe, seams)
        changed = layout.changed_lines(probe, [s for s in seams if s not in whole])
        folded = fold(probe)
        memo = _memo_again(memo, folded, seams, self.index) if memo else {}
        possible = self.possible(folded, memo)
        hits: list[Hit] = []
        changed_starts = [a for a, _ in changed]
        for scan in (self.sentence, self.inline):  # unanchored: their own fast scan, kept near the seams
            if scan:
                near = changed if scan.all_local else windows
                if near:
                    near_starts = [a for a, _ in near]
                    hits += [Hit(s, e, i, False) for s, e, i in scan.matches(probe, timeout, possible, folded, near, memo)
                             if e > s and layout.within(near, near_starts, s)]
        zones = self.line.gate.zone_ranges(probe) if self.line and self.line.gate else {}
        weak = self.line.gate.weak_in(folded, memo) if self.line and self.line.gate else None
        for start, end in windows:
            if self.line:
                pos = start
                while pos < end:
                    empty = probe[pos] == "\n" and self.line.skip_empty  # no rule matches an empty line
                    m = None if empty else self.line.match_at(probe, pos, timeout, zones,
                                                                  layout.within(changed, changed_starts, pos), weak)
                    if m is not None and self._in_zone(probe, m[0], m[1], m[2]):
                        hits.append(Hit(m[0], m[1], m[2], True))
                    pos = probe.find("\n", pos, end) + 1 or end
        if self.zoned and source is not None and self.zoned.gate is not None and self.zoned.all_local:
            hits += self._zoned_again(probe, timeout, source)
        elif self.zoned:
            hits += [Hit(s, e, i, True) for s, e, i in self.zoned.matches(probe, timeout, None, folded, memo=memo)
                     if self._in_zone(probe, s, e, i)]
        if self.paragraph:
            hits += self._paragraph_hits(probe, timeout, possible, folded)
        if self.lines:  # few rules, each one scan of the whole text: a cut can join two runs
            hits += self._lines_hits(probe, timeout, possible)
        if self.block and hits:
            hits += self._block_hits(probe, hits)
        return list(dict.fromkeys(self._edge_hits(probe, hits, timeout)))

    def _edge_hits(self, probe: str, hits: list[Hit], timeout: float | None) -> list[Hit]:
        """`hits` and the head and tail hits on the lines that come into the zones once the lines
        `hits` take whole are cut (`cleaner.edges`), as the engine's next looks would find them."""
        if not self.walk_edges or probe.count("\n") < EDGE_WALK_LINES:
            return hits  # a short document's few looks cost less than the walk
        return hits + edge_hits(self, probe, hits, timeout)

    def _zoned_again(self, probe: str, timeout: float | None, source: tuple[str, list[tuple[int, int]]]) -> list[Hit]:
        """The head and tail rules' hits on the lines of `probe` that came into their zones since
        `find` read the source (a line it read in a rule's zone matches now as it did then, the
        rules reading their own line alone; a line a cut changed is tried near the seams)."""
        scan = self.zoned
        assert scan is not None and scan.gate is not None
        text, kept = source
        old = text.replace("\r", "\n") if "\r" in text else text
        now, was = scan.gate.zone_ranges(probe), scan.gate.zone_ranges(old)
        where = {x: _first_from(kept, len(probe), x) for span in set(was.values()) for x in span}
        spans: list[tuple[int, int]] = []
        for k, (lo, hi) in now.items():
            olo, ohi = where[was[k][0]], where[was[k][1]]  # where the old zone lies now
            spans += [(lo, min(hi, olo)), (max(lo, ohi), hi)]
        hits = []
        for a, b in layout.merge_spans([(a, b) for a, b in spans if a < b]):
            pos = a if a == 0 or probe[a - 1] == "\n" else probe.find("\n", a) + 1 or len(probe) + 1
            while pos < min(b, len(probe) + 1):
                if pos < len(probe) and not (probe[pos] == "\n" and scan.skip_empty):
                    m = scan.match_at(probe, pos, timeout, now)
                    if m is not None and self._in_zone(probe, m[0], m[1], m[2]):
                        hits.append(Hit(m[0], m[1], m[2], True))
                pos = probe.find("\n", pos) + 1 or len(probe) + 1
        return hits

    def possible(self, folded: str, memo: dict[str, bool] | None = None) -> set[int]:
        """Indices of the gated rules whose required literals all occur in `folded` (`fold(text)`);
        `memo` caches which literals do."""
        memo = {} if memo is None else memo
        return {i for i, needs in self.needs.items() if satisfied(needs, folded, memo)}

    def _line_hits(self, probe: str, timeout: float | None, folded: str | None = None,
                   memo: dict[str, bool] | None = None) -> list[Hit]:
        assert self.line is not None
        hits = []
        for start, end, i in self.line.matches(probe, timeout, None, folded, memo=memo):
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

    def _paragraph_hits(self, probe: str, timeout: float | None, possible: set[int] | None = None,
                        folded: str | None = None) -> list[Hit]:
        assert self.paragraph is not None
        hits = []
        for start, _end, i in self.paragraph.matches(probe, timeout, possible, folded):
            if layout.starts_paragraph(probe, start):
                hits.append(Hit(start, layout.paragraph_end(probe, start), i, True))
        return hits

    def _block_hits(self, probe: str, hits: list[Hit]) -> list[Hit]:
        """Widget lines in the run at the end of the document that starts at a strong junk line.

        Walking up from the end, the run holds blank lines, lines other rules cut whole, and lines
        a block rule's pattern matches; it stops at the first other line. Block lines after the
        run's first cut line go with it: "Related" then three headlines, or a share bar's labels.
        A matched line that is not widget-sized (a sentence, or a promotion's blurb) stays in the
        run only when a cut line follows it, so the run never eats the article's own last paragraph;
        a line that another rule cuts only part of (a truncation mark after the article's last
        words) ends the run, as what that rule left is the article's;
        and the lines between two cut lines stay out of the run when a sentence is among them: a
        subheading and a paragraph between an "Advertisement" marker and a share bar are the
        article's. The run stays in the second half of the document.
        """
        anchors = {}
        partial = set()  # the starts of lines a rule cuts only part of: the rest is the article's
        for h in hits:
            if not (h.whole_line or layout.fills_line(probe, h.start, h.end)):
                partial.add(probe.rfind("\n", 0, h.start) + 1)
            elif self.rules[h.rule].confidence != "low":
                pos = h.start
                while pos < h.end:  # every line of a multi-line hit
                    anchors[probe.rfind("\n", 0, pos) + 1] = True  # the line's start (probe breaks are \n)
                    pos = probe.find("\n", pos, h.end) + 1 or h.end
        run: list[tuple[int, int, int]] = []  # (start, end, block rule or -1 for a cut line), end first
        cut_after = False
        end, half = len(probe), len(probe) // 2
        while end > half:
            start = probe.rfind("\n", 0, end) + 1 if probe[end - 1] != "\n" else probe.rfind("\n", 0, end - 1) + 1
            content_end = end - 1 if probe[end - 1] == "\n" else end
            line = probe[start:content_end]
            if start in anchors:
                # The block lines between this cut line and the next: with a sentence among them,
                # they are the article's own ("Advertisement", then its last paragraph, then a share
                # bar), and the run starts after them.
                since = len(run) - next((k for k, r in enumerate(reversed(run)) if r[2] < 0), len(run))
                if any(not _widget_sized(probe[a:b]) for a, b, _ in run[since:]):
                    del run[since:]
                    break
                run.append((start, content_end, -1))
                cut_after = True
            elif line.strip():
                if start in partial:
                    break  # what a rule left of the line ("The clerk sa" before "... [+1200 chars]") is the article's
                if not cut_after and not _widget_sized(line):
                    break  # no widget's line, under no cut line: it ends the run whatever matches it
                i = next((i for i in self.block if self._block_pattern(i).fullmatch(line)), -1)
                if i < 0:
                    break
                run.append((start, content_end, i))
            end = start
        return [Hit(s, e, i, True) for s, e, i in _junk_tail(run[::-1]) if i >= 0]

    def _lines_hits(self, probe: str, timeout: float | None, possible: set[int]) -> list[Hit]:
        """The runs of whole lines that a `lines` rule's pattern matches from a line's start to a
        line's end (the breaks after the run's last line stay out of the cut); a rule whose required
        literals the text lacks (`possible`) is not tried."""
        hits = []
        for i in self.lines:
            if i not in possible:
                continue
            if i not in self._lines_patterns:
                source = self.rules[i].regex_source()
                self._lines_patterns[i] = regex.compile(rf"^(?:{source})", FLAGS)
                if _ANCHORED.match(source):
                    self._lines_anchored.add(i)
                elif never_empty(source) and "\\K" not in source:
                    self._lines_after_break[i] = regex.compile(rf"\n(?:{source})", FLAGS)
            pattern = self._lines_patterns[i]
            try:
                if i in self._lines_anchored:  # a pattern that starts at the document's start: one try there
                    found = [m.span() for m in (pattern.match(probe, timeout=timeout),) if m is not None]
                elif i in self._lines_after_break:
                    found = _line_matches(pattern, self._lines_after_break[i], probe, timeout)
                else:
                    found = [m.span() for m in pattern.finditer(probe, timeout=timeout)]
            except TimeoutError:
                raise RuleTimeoutError(f"rule {i} timed out", i) from None
            for start, stop in found:
                last = stop
                while last > start and probe[last - 1].isspace():
                    last -= 1
                end = probe.find("\n", last)  # the end of the run's last line
                end = len(probe) if end < 0 else end
                if last > start and end <= stop:
                    hits.append(Hit(start, end, i, True))
        return hits

    def sentence_hits(self, piece: str) -> list[tuple[int, int, int]]:
        """(start, end, rule index) of the `sentence`-scope rules' matches in `piece`, a text of one
        line (see `cleaner.links`)."""
        if self.sentence is None:
            return []
        # all the rules, in the scan compiled once: a subset for each line's literals would compile
        # a pattern for each new subset, dearer than trying every rule on one line
        return self.sentence.matches(piece, None, None, fold(piece))

    def line_rule(self, piece: str) -> int | None:
        """The first `line`-scope rule (no zone) that takes `piece`, a text of one line, as a whole
        line; None if none does (see `cleaner.glued`)."""
        return None if self.line is None else self.line.whole(piece, self._anywhere)

    def _block_pattern(self, i: int) -> regex.Pattern[str]:
        if i not in self._block_patterns:
            self._block_patterns[i] = regex.compile(
                rf"{LEAD}(?:{self.rules[i].regex_source()}){TRAIL}", FLAGS)
        return self._block_patterns[i]
