"""Scoring against labelled documents, with exactly the metric of the labelled-corpus format."""

from __future__ import annotations

import json
import unicodedata
import urllib.parse
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

import regex

from .document import Cleaned
from .engine import Cleaner
from .errors import CleanerError
from .text import TIDY

_TOKEN = regex.compile(r"\S+")
_NONWORD = regex.compile(r"\W+")
_SWAP = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "})
JUNK, OPTIONAL, CONTENT = "junk", "optional", "content"


@dataclass(frozen=True, slots=True)
class Labelled:
    """One labelled document: its text and the spans a cleaner must (junk) or may (optional) remove."""

    id: str
    text: str
    junk: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    path: str = ""
    source: str = ""  # where the text came from (a URL, or a dataset and row): it names the site group
    kind: str = ""  # news-site, blog, aggregator, negative, ...

    @property
    def negative(self) -> bool:
        return not self.junk


def normalise(token: str) -> str:
    """A token as the metric compares it.

    >>> normalise("\u201cDon\u2019t!\u201d")
    'dont'
    """
    return _NONWORD.sub("", unicodedata.normalize("NFKC", token.translate(_SWAP)).lower())


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(normalised token, start, end) for each run of non-space that does not normalise away."""
    out = []
    for m in _TOKEN.finditer(text):
        norm = normalise(m.group())
        if norm:
            out.append((norm, m.start(), m.end()))
    return out


def spans_of(text: str, needles: Iterable[str]) -> list[tuple[int, int]]:
    """Offsets of each labelled span; a string listed k times stands for its first k occurrences."""
    seen: dict[str, int] = {}
    out = []
    for needle in needles:
        pos = -1
        for _ in range(seen.get(needle, 0) + 1):
            pos = text.find(needle, pos + 1)
            if pos < 0:
                raise CleanerError(f"labelled span not found in text: {needle[:60]!r}")
        seen[needle] = seen.get(needle, 0) + 1
        out.append((pos, pos + len(needle)))
    return out


def label_tokens(doc: Labelled) -> list[tuple[str, str, int, int]]:
    """(normalised token, label, start, end) for each raw token of a labelled document."""
    junk, optional = spans_of(doc.text, doc.junk), spans_of(doc.text, doc.optional)

    def hits(spans: list[tuple[int, int]], s: int, e: int) -> bool:
        return any(a < e and s < b for a, b in spans)

    return [(t, JUNK if hits(junk, s, e) else OPTIONAL if hits(optional, s, e) else CONTENT, s, e)
            for t, s, e in tokens(doc.text)]


def removed_tokens(raw: Sequence[str], out: Sequence[str], labels: Sequence[str]) -> list[bool]:
    """Which raw tokens the cleaner's output lost, by a minimal word-level alignment."""
    removed = [False] * len(raw)
    sm = SequenceMatcher(None, list(raw), list(out), autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "delete":
            i1, i2 = _best_placement(raw, labels, i1, i2)
            for i in range(i1, i2):
                removed[i] = True
        elif op == "replace":
            present = set(out[j1:j2])
            for i in range(i1, i2):
                removed[i] = raw[i] not in present
    return removed


def _best_placement(raw: Sequence[str], labels: Sequence[str], i1: int, i2: int) -> tuple[int, int]:
    """Slide a deleted run over repeated words to where it covers the most labelled tokens."""
    candidates = [(i1, i2)]
    a, b = i1, i2
    while a > 0 and raw[a - 1] == raw[b - 1]:
        a, b = a - 1, b - 1
        candidates.append((a, b))
    a, b = i1, i2
    while b < len(raw) and raw[a] == raw[b]:
        a, b = a + 1, b + 1
        candidates.append((a, b))

    def covered(c: tuple[int, int]) -> int:
        return sum(labels[i] != CONTENT for i in range(*c))

    return max(candidates, key=covered)


@dataclass(slots=True)
class DocScore:
    """What cleaning did to one labelled document, token by token."""

    id: str
    path: str
    negative: bool
    kind: str = ""
    site: str = ""
    counts: dict[str, int] = field(default_factory=dict)  # junk/content/optional totals
    removed: dict[str, int] = field(default_factory=dict)  # removed per label
    missed: list[str] = field(default_factory=list)  # junk text kept, by token run
    wrongly_cut: list[str] = field(default_factory=list)  # content text removed, by token run
    by_rule: dict[str, dict[str, int]] = field(default_factory=dict)  # rule -> label -> tokens

    @property
    def perfect(self) -> bool:
        return self.removed.get(JUNK, 0) == self.counts.get(JUNK, 0) and not self.removed.get(CONTENT, 0)


def score_document(doc: Labelled, result: Cleaned) -> DocScore:
    """Score one cleaned document against its labels."""
    raw = label_tokens(doc)
    out = [t for t, _, _ in tokens(result.text)]
    labels = [lab for _, lab, _, _ in raw]
    gone = removed_tokens([t for t, _, _, _ in raw], out, labels)
    score = DocScore(doc.id, doc.path, doc.negative, doc.kind, site_of(doc))
    for label in (JUNK, OPTIONAL, CONTENT):
        score.counts[label] = labels.count(label)
        score.removed[label] = sum(1 for g, lab in zip(gone, labels) if g and lab == label)
    rule_at = _rule_lookup(result)
    for (_tok, label, s, e), g in zip(raw, gone):
        if g:
            rule = rule_at(s, e)
            score.by_rule.setdefault(rule, {}).setdefault(label, 0)
            score.by_rule[rule][label] += 1
    score.missed = _runs(doc.text, raw, [lab == JUNK and not g for lab, g in zip(labels, gone)])
    score.wrongly_cut = _runs(doc.text, raw, [lab == CONTENT and g for lab, g in zip(labels, gone)])
    return score


def _rule_lookup(result: Cleaned):  # type: ignore[no-untyped-def]
    """Map a span of the raw input to the rule whose removal covers it (repairs shift offsets)."""
    shifts = [(f.start, f.end, len(f.original) - len(f.fixed), f) for f in result.fixes]

    def to_repaired(pos: int) -> int:
        delta = 0
        for start, _end, d, f in shifts:
            raw_start = start + delta
            if pos < raw_start:
                break
            if pos < raw_start + len(f.original):
                return start
            delta += d
        return pos - delta

    def rule_at(s: int, e: int) -> str:
        a, b = to_repaired(s), max(to_repaired(e - 1) + 1, to_repaired(s) + 1)
        for r in result.removed:
            if r.start < b and a < r.end and r.rule != TIDY:
                return r.rule
        return "(alignment)"

    return rule_at


def _runs(text: str, raw: list[tuple[str, str, int, int]], flags: list[bool]) -> list[str]:
    runs, start, end = [], None, 0
    for (_, _, s, e), f in zip(raw, flags):
        if f:
            start = s if start is None else start
            end = e
        elif start is not None:
            runs.append(text[start:end])
            start = None
    if start is not None:
        runs.append(text[start:end])
    return runs


@dataclass(slots=True)
class Evaluation:
    """Corpus-level figures and the per-document scores they come from."""

    documents: list[DocScore]

    def total(self, kind: str, label: str) -> int:
        return sum(getattr(d, kind).get(label, 0) for d in self.documents)

    @property
    def recall(self) -> float:
        return _ratio(self.total("removed", JUNK), self.total("counts", JUNK))

    @property
    def precision(self) -> float:
        junk, content = self.total("removed", JUNK), self.total("removed", CONTENT)
        return _ratio(junk, junk + content)

    @property
    def content_loss(self) -> float:
        return self.total("removed", CONTENT) / max(1, self.total("counts", CONTENT))

    @property
    def perfect(self) -> float:
        return sum(d.perfect for d in self.documents) / max(1, len(self.documents))

    @property
    def damaged_negatives(self) -> list[str]:
        return [d.id for d in self.documents if d.negative and d.removed.get(CONTENT, 0)]

    def by_rule(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for d in self.documents:
            for rule, per in d.by_rule.items():
                for label, n in per.items():
                    out.setdefault(rule, {}).setdefault(label, 0)
                    out[rule][label] += n
        return dict(sorted(out.items()))

    def by_family(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for rule, per in self.by_rule().items():
            fam = out.setdefault(rule.split(".")[0], {})
            for label, n in per.items():
                fam[label] = fam.get(label, 0) + n
        return out

    def by_group(self, key: str) -> dict[str, Evaluation]:
        """The figures per kind of document (`key` "kind") or per site group ("site")."""
        groups: dict[str, list[DocScore]] = {}
        for d in self.documents:
            groups.setdefault(getattr(d, key) or "(none)", []).append(d)
        return {name: Evaluation(docs) for name, docs in sorted(groups.items())}

    def worst(self, n: int = 5) -> list[DocScore]:
        def badness(d: DocScore) -> tuple[int, int]:
            return (d.removed.get(CONTENT, 0) * 3 + d.counts.get(JUNK, 0) - d.removed.get(JUNK, 0), 0)

        return [d for d in sorted(self.documents, key=badness, reverse=True) if not d.perfect][:n]

    def summary(self) -> dict[str, object]:
        return {
            "documents": len(self.documents),
            "recall": round(self.recall, 4),
            "precision": round(self.precision, 4),
            "content_loss": round(self.content_loss, 5),
            "perfect_documents": round(self.perfect, 4),
            "damaged_negatives": self.damaged_negatives,
            "junk_tokens": self.total("counts", JUNK),
            "removed_junk_tokens": self.total("removed", JUNK),
            "content_tokens": self.total("counts", CONTENT),
            "removed_content_tokens": self.total("removed", CONTENT),
        }

    def to_json(self, worst: int = 5) -> dict[str, object]:
        return {
            **self.summary(),
            "by_rule": self.by_rule(),
            "by_family": self.by_family(),
            "worst": [{"id": d.id, "path": d.path, "missed": d.missed, "wrongly_cut": d.wrongly_cut} for d in self.worst(worst)],
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def site_of(doc: Labelled) -> str:
    """The site group a labelled document belongs to: the host of its source URL (without
    ``www.``), else the dataset or file named before any parenthesis, else its id.

    >>> site_of(Labelled("d1", "", source="https://www.example.com/a/b"))
    'example.com'
    >>> site_of(Labelled("d2", "", source="someone/news-dataset sample.csv (row 3)"))
    'someone/news-dataset sample.csv'
    """
    source = doc.source.strip()
    if "://" in source.split(" ", 1)[0]:
        return urllib.parse.urlparse(source).netloc.lower().removeprefix("www.")
    return source.split(" (", 1)[0] or doc.id


def load_labelled(folder: str | Path) -> list[Labelled]:
    """Read every ``*.json`` labelled document in a folder (see docs/evaluation.md for the format)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CleanerError(f"{folder}: not a folder of labelled documents (*.json)")
    docs = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            doc = Labelled(str(data.get("id", path.stem)), data["text"], tuple(data.get("junk", ())),
                           tuple(data.get("optional", ())), str(path), str(data.get("source", "")),
                           str(data.get("kind", "")))
            if not all(isinstance(s, str) for s in (doc.text, *doc.junk, *doc.optional)):
                raise TypeError("'text' and each label must be strings")
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise CleanerError(f"{path}: not a labelled document ({exc}); each needs at least a 'text' field") from None
        try:
            spans_of(doc.text, doc.junk), spans_of(doc.text, doc.optional)
        except CleanerError as exc:
            raise CleanerError(f"{path}: {exc}; copy each label from the document's text exactly") from None
        docs.append(doc)
    if not docs:
        raise CleanerError(f"{folder}: no labelled documents (*.json) found")
    return docs


def evaluate(source: str | Path | Sequence[Labelled], cleaner: Cleaner | None = None) -> Evaluation:
    """Clean labelled documents and score the result.

    >>> doc = Labelled("a", "Rain fell.\\n\\nLeave a Comment", junk=("Leave a Comment",))
    >>> ev = evaluate([doc])
    >>> ev.recall, ev.precision, ev.content_loss
    (1.0, 1.0, 0.0)
    """
    docs = load_labelled(source) if isinstance(source, (str, Path)) else list(source)
    cleaner = cleaner or Cleaner()
    return Evaluation([score_document(d, cleaner.clean(d.text)) for d in docs])
