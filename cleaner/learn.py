"""Learning a source's own boilerplate: lines that recur across many of its documents become rules."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from glob import escape

import regex

from .engine import check_rule
from .errors import CleanerError, RuleError
from .learn_shape import key, shape, trailing_sentence
from .rules import Rule

#: Defaults measured in docs/learn.md: a line is proposed when at least MIN_DOCS documents of one
#: source carry it and they are at least MIN_SHARE of that source's documents.
MIN_DOCS = 5
MIN_SHARE = 0.2
#: Distinct (source, line) keys counted at once; past it the rarest are dropped (lossy counting).
MAX_KEYS = 50_000
#: A closing sentence shorter than this ("He said.") is too common in prose to be a site's own.
MIN_SENTENCE_WORDS = 3
MAX_LINE = 1000  # longer lines are paragraphs of content, not boilerplate
LINE, SENTENCE = "L", "S"


@dataclass(frozen=True, slots=True)
class Doc:
    """One document to learn from: its path (for examples and scope), its source and its text."""

    path: str
    source: str
    text: str


@dataclass(frozen=True, slots=True)
class Proposal:
    """A recurring line of one source, ready to become a rule."""

    source: str
    scope: str  # "line" or "sentence"
    pattern: str
    example: str
    documents: int
    share: float
    examples: tuple[str, ...]


@dataclass(slots=True)
class _Seen:
    kind: str
    source: str
    text: str
    paths: list[str]


@dataclass(slots=True)
class Counts:
    """Document counts of hashed (source, kind, line key), bounded by `max_keys`.

    Examples are kept only for keys seen in two documents or more. When the table is full the
    keys with the fewest documents go (lossy counting): `floor` is the most documents a dropped
    key had, and a key dropped and found again starts over, so its count can be short.
    """

    max_keys: int = MAX_KEYS
    docs: Counter[str] = field(default_factory=Counter)
    counts: dict[int, int] = field(default_factory=dict)
    seen: dict[int, _Seen] = field(default_factory=dict)
    floor: int = 0
    prunes: int = 0

    def add(self, doc: Doc) -> None:
        self.docs[doc.source] += 1
        done: set[int] = set()
        for kind, text in _candidates(doc.text):
            k = key(text)
            if k is None:
                continue
            h = hash((doc.source, kind, k))
            if h in done:
                continue
            done.add(h)
            n = self.counts.get(h, 0) + 1
            self.counts[h] = n
            if n == 2:
                self.seen[h] = _Seen(kind, doc.source, text, [doc.path])
            elif n == 3 and h in self.seen:
                self.seen[h].paths.append(doc.path)
        if len(self.counts) > self.max_keys:
            self._prune()

    def _prune(self) -> None:
        """Drop the keys with the fewest documents until half the table is free."""
        by_count = Counter(self.counts.values())
        keep, floor = len(self.counts), 0
        while keep > self.max_keys // 2:
            floor += 1
            keep -= by_count.get(floor, 0)
        self.counts = {h: n for h, n in self.counts.items() if n > floor}
        self.seen = {h: s for h, s in self.seen.items() if h in self.counts}
        self.floor = max(self.floor, floor)
        self.prunes += 1

    def proposals(self, min_docs: int = MIN_DOCS, min_share: float = MIN_SHARE) -> list[Proposal]:
        """Recurring lines of each source, most documents first."""
        found: dict[tuple[str, str], Proposal] = {}
        for h, seen in self.seen.items():
            n, total = self.counts[h], self.docs[seen.source]
            if n < min_docs or n < min_share * total:
                continue
            s = shape(seen.text)
            if s is None:
                continue
            scope = "line" if seen.kind == LINE else "sentence"
            p = Proposal(seen.source, scope, s.pattern, seen.text, n, n / total, tuple(seen.paths))
            # A text both alone on a line and trailing paragraphs is one rule: sentence scope covers both.
            other = found.get((seen.source, s.key))
            if other is not None:
                best = max(p, other, key=lambda q: (q.documents, q.example))
                p = Proposal(best.source, "sentence", best.pattern, best.example,
                             best.documents, best.share, best.examples)
            found[(seen.source, s.key)] = p
        for (source, _), p in list(found.items()):
            # The closing sentence of a proposed line ("Got a tip? Write to ...") is covered by it.
            tail = trailing_sentence(p.example) if p.scope == "line" else None
            covered = found.get((source, key(tail))) if tail else None
            if covered is not None and covered.scope == "sentence" and covered.documents <= p.documents:
                del found[(source, key(tail))]  # type: ignore[arg-type]
        return sorted(found.values(), key=lambda p: (-p.documents, -p.share, p.source, p.example))


@dataclass(slots=True)
class Tally:
    """`Counts` that merge: one per partition of a corpus, merged in the partitions' order (a reduction).

    Keys are kept whole, not hashed (a string's hash differs between processes), each with its
    count and its first three (path, text) occurrences, so that merged tallies propose what one
    pass over all the documents in order proposes, as long as no key had to be dropped. Past
    `max_keys` the keys with the fewest documents go, as in `Counts`.

    >>> words = "rain wind snow fog sun hail frost dew mist heat".split()
    >>> docs = [Doc(f"a/{w}.txt", "a", f"A day of {w}.\\nFollow Example Daily on Mastodon") for w in words]
    >>> halves = [Tally(), Tally()]
    >>> for i, doc in enumerate(docs):
    ...     halves[i // 5].add(doc)
    >>> [p.example for p in halves[0].merge(halves[1]).counts().proposals()] == [p.example for p in learn(docs)[0]]
    True
    """

    max_keys: int = MAX_KEYS
    docs: Counter[str] = field(default_factory=Counter)
    keys: dict[tuple[str, str, str], list] = field(default_factory=dict)  # type: ignore[type-arg]  # [n, [(path, text)]]
    floor: int = 0
    prunes: int = 0

    def add(self, doc: Doc) -> None:
        self.docs[doc.source] += 1
        done: set[tuple[str, str, str]] = set()
        for kind, text in _candidates(doc.text):
            k = key(text)
            if k is None or (doc.source, kind, k) in done:
                continue
            done.add((doc.source, kind, k))
            self._count((doc.source, kind, k), 1, [(doc.path, text)])
        if len(self.keys) > self.max_keys:
            self._prune()

    def _count(self, k: tuple[str, str, str], n: int, seen: list[tuple[str, str]]) -> None:
        entry = self.keys.get(k)
        if entry is None:
            self.keys[k] = [n, seen[:3]]
        else:
            entry[0] += n
            entry[1] = (entry[1] + seen)[:3]

    def merge(self, later: Tally) -> Tally:
        """This tally with the counts of `later` (documents that come after these) added."""
        for k, (n, seen) in later.keys.items():
            self._count(k, n, seen)
        self.docs.update(later.docs)
        self.floor = max(self.floor, later.floor)
        self.prunes += later.prunes
        if len(self.keys) > self.max_keys:
            self._prune()
        return self

    def _prune(self) -> None:
        by_count = Counter(n for n, _ in self.keys.values())
        keep, floor = len(self.keys), 0
        while keep > self.max_keys // 2:
            floor += 1
            keep -= by_count.get(floor, 0)
        self.keys = {k: v for k, v in self.keys.items() if v[0] > floor}
        self.floor = max(self.floor, floor)
        self.prunes += 1

    def counts(self) -> Counts:
        """The `Counts` one pass would have made: examples are the second and third documents of a key."""
        c = Counts(max_keys=self.max_keys, docs=Counter(self.docs), floor=self.floor, prunes=self.prunes)
        for (source, kind, k), (n, seen) in self.keys.items():
            h = hash((source, kind, k))
            c.counts[h] = n
            if n >= 2 and len(seen) >= 2:
                c.seen[h] = _Seen(kind, source, seen[1][1], [path for path, _ in seen[1:3]])
        return c


def _candidates(text: str) -> Iterable[tuple[str, str]]:
    for line in text.splitlines():
        line = line.strip()
        if not line or len(line) > MAX_LINE:
            continue
        yield LINE, line
        tail = trailing_sentence(line)
        if tail and len(tail.split()) >= MIN_SENTENCE_WORDS:
            yield SENTENCE, tail


def learn(docs: Iterable[Doc], *, min_docs: int = MIN_DOCS, min_share: float = MIN_SHARE,
          max_keys: int = MAX_KEYS) -> tuple[list[Proposal], Counts]:
    """Count every line of every document once, then propose the recurring ones.

    >>> words = "rain wind snow fog sun hail frost dew mist heat".split()
    >>> docs = [Doc(f"a/{w}.txt", "a", f"A day of {w}.\\nFollow Example Daily on Mastodon") for w in words]
    >>> [p.example for p in learn(docs)[0]]
    ['Follow Example Daily on Mastodon']
    """
    if min_docs < 2:
        raise CleanerError("--min-docs must be at least 2: a line in one document does not recur")
    if not 0 < min_share <= 1:
        raise CleanerError("--min-share must be a fraction above 0 and at most 1 (e.g. 0.2)")
    counts = Counts(max_keys=max_keys)
    for doc in docs:
        counts.add(doc)
    return counts.proposals(min_docs, min_share), counts


def slug(source: str) -> str:
    """The source as an id part: lower-case letters and digits joined by dashes.

    >>> slug("www.Example-Daily.co.uk")
    'www-example-daily-co-uk'
    """
    return regex.sub(r"[^a-z0-9]+", "-", source.casefold()).strip("-") or "root"


def scope_paths(source: str) -> tuple[str, ...]:
    """The glob that limits a rule to its source's documents (none for the corpus root)."""
    return () if source == "." else (f"{escape(source)}/*",)


def to_rules(proposals: Iterable[Proposal]) -> tuple[list[tuple[Rule, Proposal]], list[tuple[Proposal, str]]]:
    """Rules for the proposals (ids `learned.<source>-<n>`), and the proposals that fail their own check."""
    made: list[tuple[Rule, Proposal]] = []
    failed: list[tuple[Proposal, str]] = []
    numbers: Counter[str] = Counter()
    for p in proposals:
        numbers[slug(p.source)] += 1
        rule = Rule(
            id=f"learned.{slug(p.source)}-{numbers[slug(p.source)]}",
            description=f"recurring {p.scope} of {p.source}: {_short(p.example)}",
            pattern=p.pattern, scope=p.scope,  # type: ignore[arg-type]
            confidence="medium", remove=(p.example,), reason=f"boilerplate learned from {p.source}",
            paths=scope_paths(p.source))
        try:
            check_rule(rule)
        except RuleError as exc:
            failed.append((p, str(exc)))
            continue
        made.append((rule, p))
    return made, failed


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def toml_rules(rules: Iterable[tuple[Rule, Proposal]], header: str = "") -> str:
    """The rules as `[[rule]]` tables that `cleaner.config.load_rules` reads back."""
    out = [f"# {line}" if line else "#" for line in header.splitlines()]
    for rule, p in rules:
        out += ["", "[[rule]]",
                f"id = {_q(rule.id)}",
                f"description = {_q(rule.description)}",
                f"scope = {_q(rule.scope)}",
                f"confidence = {_q(rule.confidence)}",
                f"pattern = {_q(rule.pattern)}",
                f"remove = [{_q(p.example)}]",
                f"reason = {_q(rule.reason)}"]
        if rule.paths:
            out.append(f"paths = [{', '.join(map(_q, rule.paths))}]")
        out += ["[rule.meta]",
                f"source = {_q(p.source)}",
                f"documents = {p.documents}",
                f"share = {round(p.share, 3)}",
                f"examples = [{', '.join(map(_q, p.examples))}]"]
    return "\n".join(out) + "\n"


def _q(text: str) -> str:
    """A TOML basic string: JSON's escapes are all valid TOML, except that TOML also escapes DEL."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")
