"""Line gates: which line starts a line-anchored combined scan needs to try, and which of its rules
can match there, found cheaply."""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from .layout import NONBLANK_LINE  # the zones count non-blank lines with it
from .literals import Needs, Starts, fold, match_starts, never_empty, required_literals, satisfied, single_line
from .text import LIST_MARKS

_ANY_ON_LINE = "[^\\U0000000a]{"  # how a fragment starting with [^\n]{m,n} is written

#: Characters the scan templates' LEAD may consume before a rule's own text starts (besides spaces).
LEAD_MARKS = frozenset(LIST_MARKS)

#: For each candidate line start, the positions (in the gate's `sources`) of the rules that can match there.
Candidates = dict[int, set[int]]


class Near:
    """A rule whose start is only known as "one of these literals soon, on this line" (or as a
    pattern that first runs over any characters of the line): tried only if the document holds
    the literals the rule cannot match without."""

    __slots__ = ("rule", "needs", "near", "first", "after_break", "on_line")

    def __init__(self, rule: int, starts: Starts, needs: Needs | None, wild: list[str], lead: str, flags: int,
                 one_line: bool = False) -> None:
        self.rule = rule
        self.needs = needs
        # A rule that never matches over a line break can only match on a line holding one of the
        # literals of each clause: the lines holding those of the first are found with `str.find`.
        self.on_line = tuple(needs[0]) if one_line and needs else None
        self.near = tuple((hi, lit) for hi, lits in starts.near for lit in lits)
        head = f"{lead}(?:{'|'.join(wild)})" if wild else None
        self.first = regex.compile("^" + head, flags) if head else None
        self.after_break = regex.compile("\n" + head, flags) if head else None


class LineGate:
    """For a scan whose every match starts at a line start (`^` then LEAD): the line starts where
    some rule's own text can begin, each with the rules that can begin there. A superset, so trying
    those rules' combined pattern only there is exact."""

    def __init__(self, sources: Sequence[str], lead: str, flags: int,
                 zones: Sequence[tuple[str, int] | None] = ()) -> None:
        starts = [match_starts(s) for s in sources]
        self.usable = all(s is not None for s in starts)
        self.by_prefix: dict[str, set[int]] = {}
        frags: dict[int, list[str]] = {}
        self.weak: list[Near] = []
        # Rules that only count on the first or last few lines and never match over a line break
        # are tried on those lines alone; there, those whose start is not a literal are tried
        # whatever the line starts with (`loose`).
        self.zoned = {k: zone for k, zone in enumerate(zones) if zone is not None}
        self.skip_empty = all(never_empty(src) for src in sources)  # then no rule matches an empty line
        self._most = {side: max((n for scope, n in self.zoned.values() if scope == side), default=0) for side in ("head", "tail")}
        self.loose: set[int] = set()
        self.loose_needs: dict[int, Needs | None] = {}
        for k, (src, s) in enumerate(zip(sources, starts)):
            if s is None:
                continue
            for p in s.prefixes:
                self.by_prefix.setdefault(p, set()).add(k)
            if k in self.zoned:
                if s.regex or s.near:
                    self.loose.add(k)
                    self.loose_needs[k] = required_literals(src)  # the zoned rules never match over a line break
                continue
            wild = [f for f in s.regex if f.startswith(_ANY_ON_LINE)]  # slow to scan: only when needed
            mine = [f for f in s.regex if not f.startswith(_ANY_ON_LINE)]
            if mine:
                frags[k] = list(dict.fromkeys(mine))
            if s.near or wild:
                self.weak.append(Near(k, s, required_literals(src), wild, lead, flags, single_line(src)))
        self.prefixes = tuple(sorted(self.by_prefix))
        self.lengths = tuple(sorted({len(p) for p in self.prefixes}))
        # The literal starts as one standard-library scan of the folded text (no case to fold,
        # no Unicode properties: `re` does this many times faster than `regex`), at line breaks only.
        marks = "".join(re.escape(ch) for ch in sorted(LEAD_MARKS))
        lits = _longest_of(self.prefixes) if self.prefixes else "(?!)"
        head = rf"(?:[^\S\n]|[{marks}])*\[?(?P<lit>{lits})"  # as LEAD: spaces, list marks, a link's bracket
        self.prefix_first = re.compile(head)
        self.prefix_after_break = re.compile("\n" + head)
        self.longest = re.compile(lits)  # at a position of the folded text (see `rules_at`)
        # A line that starts with its literal: the rules of every prefix of the longest one found there.
        self.with_prefixes = {p: frozenset(k for n in self.lengths if n <= len(p) and p[:n] in self.by_prefix
                                           for k in self.by_prefix[p[:n]])
                              for p in self.prefixes}
        self.reach = max([len(p) for p in self.prefixes] + [1])
        # The starts known only as character classes: one scan, at line breaks only (a literal
        # prefix); then, at the few lines it finds, which rules' starts match there: one optional
        # look-ahead per rule, each capturing into the group f<position>.
        self.frag_rules = frozenset(frags)
        head = f"{lead}(?:{'|'.join(f for fs in frags.values() for f in fs)})" if frags else None
        self.first = regex.compile("^" + head, flags) if head else None
        self.after_break = regex.compile("\n" + head, flags) if head else None
        self._frags, self._lead, self._flags = frags, lead, flags
        self._whiches: dict[frozenset[int], tuple[regex.Pattern[str], tuple[tuple[int, int], ...]]] = {}

    def candidates(self, text: str, folded: str, memo: dict[str, bool] | None = None) -> Candidates:
        """Line starts worth trying, each with the rules that can match there; `folded` is
        `fold(text)` (`cleaner.literals.fold`: its literals stand where the text's do), `memo`
        caches which literals it holds."""
        memo = {} if memo is None else memo
        weak = self.weak_in(folded, memo)
        found: Candidates = {}
        if self.first is not None and self.after_break is not None:
            for s in _line_starts(self.first, self.after_break, text):
                found.setdefault(s, set()).update(self._which_at(text, s))
        for w in weak:
            if w.on_line is not None:
                for lit in w.on_line:
                    if memo.get(lit) is False:  # known not to be in the text
                        continue
                    q = folded.find(lit)
                    while q >= 0:
                        found.setdefault(folded.rfind("\n", 0, q) + 1, set()).add(w.rule)
                        q = folded.find("\n", q)
                        q = -1 if q < 0 else folded.find(lit, q)
            elif w.first is not None and w.after_break is not None:
                for s in _line_starts(w.first, w.after_break, text):
                    found.setdefault(s, set()).add(w.rule)
        first = self.prefix_first.match(folded)  # the literal starts, found in the folded text, in C
        for m in ([first] if first else []) + list(self.prefix_after_break.finditer(folded)):
            s = m.start() if m is first else m.start() + 1
            if m.start("lit") == s and not (text[s] in LEAD_MARKS or text[s] == "[" or text[s].isspace()):
                # nothing before the literal: it is the longest there, the others its prefixes
                found.setdefault(s, set()).update(self.with_prefixes[m.group("lit")])
            else:
                found.setdefault(s, set()).update(self.rules_at(text, s))
        for w in weak:
            if w.on_line is None:
                for _hi, lit in w.near:  # the line holds the literal: a superset of "soon after its start"
                    q = folded.find(lit)
                    while q >= 0:
                        found.setdefault(folded.rfind("\n", 0, q) + 1, set()).add(w.rule)
                        q = folded.find(lit, q + 1)
        return self._zoned(text, found, folded, memo)

    def _zoned(self, text: str, found: Candidates, folded: str, memo: dict[str, bool]) -> Candidates:
        """`found` with the zoned rules kept to the lines of their zones, and the loose ones added
        there: on the lines that hold the literals they need (`folded` is `fold(text)`)."""
        if not self.zoned:
            return found
        zones = self.zone_ranges(text)
        for k in self.loose:
            needs = self.loose_needs[k]
            if needs is not None and not satisfied(needs, folded, memo):
                continue
            lo, hi = zones[k]
            start = lo
            while 0 <= start < hi:
                end = text.find("\n", start) + 1 or len(text) + 1
                if ((not self.skip_empty or (start < len(text) and text[start] != "\n"))
                        and (needs is None or satisfied(needs, folded[start:end], {}))):
                    found.setdefault(start, set()).add(k)
                start = end if end <= len(text) else -1
        out: Candidates = {}
        for s, rules in found.items():
            rules = {k for k in rules if k not in zones or zones[k][0] <= s < zones[k][1]}
            if rules:
                out[s] = rules
        return out

    def _which_of(self, rules: frozenset[int]) -> tuple[regex.Pattern[str], tuple[tuple[int, int], ...]]:
        """`which` for these of the rules whose start is a character class (the look-aheads are
        independent: each rule takes part as it does in the whole), and (group number, rule
        position) for each; compiled when first needed."""
        found = self._whiches.get(rules)
        if found is None:
            frags = {k: fs for k, fs in self._frags.items() if k in rules}
            looks = "".join(f"(?:(?={self._lead}(?P<f{k}>{'|'.join(fs)})))?" for k, fs in frags.items())
            which = regex.compile(looks, self._flags)
            found = self._whiches[rules] = (which, tuple((which.groupindex[f"f{k}"] - 1, k) for k in frags))
        return found

    def _which_at(self, text: str, start: int, among: set[int] | None = None) -> list[int]:
        """The rules whose start is a character class that can begin at the line start `start`
        (with `among`, only those of these rules): the look-aheads that took part, read by group
        number (a dict of the groups by name costs several times the match)."""
        which, groups_of = self._which_of(self.frag_rules if among is None else self.frag_rules & among)
        m = which.match(text, start)
        assert m is not None  # every look-ahead is optional
        groups = m.groups()
        return [k for group, k in groups_of if groups[group] is not None]

    def rules_at(self, text: str, start: int) -> set[int]:
        """The rules with a literal prefix at the line start `start` (after list marks or a bracket)."""
        q, n = start, len(text)
        while q < n and text[q] != "\n" and (text[q] in LEAD_MARKS or text[q].isspace()):
            q += 1
        seg = fold(text[start : q + self.reach + 1])
        lead = q - start
        offsets = range(lead + 2 if seg[lead : lead + 1] == "[" else lead + 1)
        out: set[int] = set()
        for off in offsets:
            m = self.longest.match(seg, off)
            if m is not None:  # the literals there: the longest and those of its prefixes that are literals too
                out |= self.with_prefixes[m.group()]
        return out

    def weak_in(self, folded: str, memo: dict[str, bool] | None = None) -> list[Near]:
        """The rules known only by the literals soon on their line (or starting over any characters)
        that can match in a text at all: those whose required literals `folded` (`fold(text)`)
        holds; `memo` caches which literals it does."""
        return [w for w in self.weak if satisfied(w.needs, folded, {} if memo is None else memo)]

    def rules_on_line(self, text: str, start: int, zones: dict[int, tuple[int, int]],
                      among: set[int] | None = None, weak: Sequence[Near] | None = None) -> set[int]:
        """Every rule that can match at the line start `start`, from that line alone; `zones` is what
        `zone_ranges` gives for `text`. With `among`, only those of these rules (and perhaps others);
        with `weak` (what `weak_in` gives for `text`), only those of the rules known by their literals."""
        rules = self.rules_at(text, start)
        if self.frag_rules and (among is None or not self.frag_rules.isdisjoint(among)):
            rules.update(self._which_at(text, start, among))
        weak = self.weak if weak is None else weak
        weak = weak if among is None else [w for w in weak if w.rule in among]
        if weak:
            end = text.find("\n", start)
            line = fold(text[start : len(text) if end < 0 else end])
            rules.update(w.rule for w in weak if w.on_line is None or any(lit in line for lit in w.on_line))
        rules.update(k for k in self.loose if zones[k][0] <= start < zones[k][1] and (among is None or k in among))
        return {k for k in rules if k not in zones or zones[k][0] <= start < zones[k][1]}

    def zone_ranges(self, text: str) -> dict[int, tuple[int, int]]:
        """For each zoned rule, the span of `text` where the line starts of its zone lie.

        A head rule with zone n counts on a line that has fewer than n non-blank lines before it; a
        tail rule, on a line with fewer than n non-blank lines after it.
        """
        if not self.zoned:
            return {}
        head, tail = _nonblank_starts(text, self._most["head"], self._most["tail"])
        out = {}
        for k, (scope, n) in self.zoned.items():
            if scope == "head":  # up to the n+1-th non-blank line
                out[k] = (0, head[n] if n < len(head) else len(text) + 1)
            elif n <= 0:  # a zone of no lines
                out[k] = (len(text) + 1, len(text) + 1)
            else:  # from the n-th non-blank line from the end
                out[k] = (tail[n - 1] if n <= len(tail) else 0, len(text) + 1)
        return out


#: The most groups `_longest_of` nests (the standard parser recurses into each, and a rule's words
#: could nest deeper than it can follow).
_MOST_NESTED = 50


def _longest_of(words: Sequence[str]) -> str:
    """A pattern that matches the longest of `words` that stands at a position, as their
    alternation sorted longest first does, written as a tree of their shared beginnings: at a line
    start `re` then reads a character or two instead of trying each of hundreds of words in turn.
    (That alternation itself where the tree would nest too deep.)

    >>> _longest_of(["read", "reader", "reply"])
    're(?:ad(?:er)?|ply)'
    """
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict[str, dict], depth: int) -> str:  # type: ignore[type-arg]
        if depth > _MOST_NESTED:
            raise RecursionError
        alternatives = []
        for ch in sorted(k for k in node if k):
            run, child = ch, node[ch]
            while len(child) == 1 and "" not in child:  # one way on, and no word ends: no group
                (ch, child), = child.items()
                run += ch
            alternatives.append(re.escape(run) + pattern(child, depth + 1))
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        if "" not in node:
            return body
        return f"(?:{body})?" if len(alternatives) == 1 else body + "?"  # greedy: the longer word first

    try:
        return pattern(tree, 0)
    except RecursionError:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _line_starts(first: regex.Pattern[str], after_break: regex.Pattern[str], text: str) -> list[int]:
    """The line starts where a pattern matches: `first` at the text's start, `after_break` (the
    same after a line break) anywhere else."""
    starts = [m.start() + 1 for m in after_break.finditer(text, overlapped=True)]
    if first.match(text):
        starts.append(0)
    return starts


_RECENT: dict[tuple[str, int, int], tuple[list[int], list[int]]] = {}
_REMEMBER_UP_TO = 32_768  # characters


def _nonblank_starts(text: str, first: int, last: int) -> tuple[list[int], list[int]]:
    """The starts of the first `first` + 1 non-blank lines, and of the last `last` ones (nearest the
    end first); lines are read from either end only as far as needed. The texts seen last are
    remembered: a document's zones are asked for by several scans, before and after its cuts.
    (Not long ones: hashing them would cost more than reading their ends again, and the cache
    would keep them in memory while the next document is cleaned.)"""
    if len(text) > _REMEMBER_UP_TO:
        return _read_nonblank_starts(text, first, last)
    key = (text, first, last)
    found = _RECENT.pop(key, None)
    if found is None:
        found = _read_nonblank_starts(text, first, last)
        for old in list(_RECENT)[:-2]:  # a document before its cuts and after them: never more held
            _RECENT.pop(old, None)  # (safe when threads share the cache: they only recompute)
    _RECENT[key] = found  # the most recent last
    return found


def _read_nonblank_starts(text: str, first: int, last: int) -> tuple[list[int], list[int]]:
    head: list[int] = []
    pos, n = 0, len(text)
    while len(head) <= first and pos <= n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        if pos < end and (not text[pos].isspace() or _nonblank(text[pos:end])):  # mostly seen by its first character
            head.append(pos)
        pos = end + 1
    tail: list[int] = []
    end = n
    while len(tail) < last and end >= 0:
        start = text.rfind("\n", 0, end) + 1
        if start < end and (not text[start].isspace() or _nonblank(text[start:end])):
            tail.append(start)
        end = start - 1
    return head, tail


def _nonblank(line: str) -> bool:
    """Whether a line is non-blank as the zones count it (`regex`'s \\s is a subset of
    `str.isspace`, so only an all-space line needs the pattern's word)."""
    return bool(line) and (not line.isspace() or NONBLANK_LINE.match(line) is not None)
