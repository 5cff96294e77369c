"""A self-contained HTML page for reviewing a cleaning run: rule totals, sampled cuts, the most-cut documents."""

from __future__ import annotations

import heapq
import json
import random
import tomllib
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

from . import formats
from .errors import CleanerError
from .io import SkipDocument, read_document
from .text import TIDY
from .unicode import repair

Record = dict[str, Any]
#: Gives the text a record's offsets point into (the repaired input), or None when it is not at hand.
TextSource = Callable[[Record], "str | None"]

MAX_BYTES = 20_000_000  # the page never exceeds this; document texts give way first (docs/review.md)
TEXT_BUDGET = 12_000_000  # UTF-8 bytes of document text the page may hold
DOC_FULL = 60_000  # a longer document is shown as windows around its cuts
WINDOW = 600  # characters kept either side of a cut in a windowed document
CONTEXT = 200  # characters either side of a sampled cut
SPAN_SHOWN = 2_000  # a longer removed span is shown with its middle elided
SKIPPED_SHOWN = 1_000


class ReportFormatError(CleanerError):
    """A report file that is not a cleaner JSON Lines report."""


@dataclass(slots=True)
class RuleStats:
    """Running totals of one rule over a run, with a uniform sample of its cuts."""

    rule: str
    confidence: str = "high"
    reason: str = ""
    docs: int = 0
    removals: int = 0
    chars: int = 0
    longest: int = 0
    sample: list[tuple[int, Record, int]] = field(default_factory=list)  # (sequence, record, removal index)


@dataclass(slots=True)
class RunStats:
    """What one pass over a report gathers, in memory bounded by the sample sizes, not the run."""

    top: int = 500
    samples: int = 12
    documents: int = 0
    touched: int = 0
    removals: int = 0
    chars_in: int = 0
    chars_out: int = 0
    chars_removed: int = 0
    repaired: int = 0
    skipped_total: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    rules: dict[str, RuleStats] = field(default_factory=dict)
    heaviest: list[tuple[int, int, Record]] = field(default_factory=list)  # min-heap of (chars removed, -seq, record)
    longest: list[tuple[int, int, int, Record]] = field(default_factory=list)  # min-heap of (chars, -seq, -index, record)
    rng: random.Random = field(default_factory=lambda: random.Random(0))

    def add(self, seq: int, rec: Record) -> None:
        if "skipped" in rec:
            self.skipped_total += 1
            if len(self.skipped) < SKIPPED_SHOWN:
                self.skipped.append((str(rec.get("path", "?")), str(rec["skipped"])))
            return
        removed = rec.get("removed", [])
        self.documents += 1
        self.chars_in += rec.get("chars_in", 0)
        self.chars_out += rec.get("chars_out", 0)
        self.repaired += bool(rec.get("fixes"))
        if not removed:
            return
        self.touched += 1
        seen: set[str] = set()
        cut = 0
        for i, r in enumerate(removed):
            n = r["end"] - r["start"]
            cut += n
            stats = self.rules.get(r["rule"]) or self.rules.setdefault(
                r["rule"], RuleStats(r["rule"], r.get("confidence", "high"), r.get("reason", "")))
            stats.removals += 1
            stats.chars += n
            stats.longest = max(stats.longest, n)
            if r["rule"] not in seen:
                seen.add(r["rule"])
                stats.docs += 1
            if r["rule"] != TIDY:
                self._sample(stats, seq, rec, i)
                _push(self.longest, 30, (n, -seq, -i, rec))
        self.removals += len(removed)
        self.chars_removed += cut
        _push(self.heaviest, self.top, (cut, -seq, rec))

    def _sample(self, stats: RuleStats, seq: int, rec: Record, i: int) -> None:
        # Reservoir sampling (algorithm R): every cut of the rule is equally likely to be kept.
        if len(stats.sample) < self.samples:
            stats.sample.append((seq, rec, i))
        else:
            j = self.rng.randrange(stats.removals)
            if j < self.samples:
                stats.sample[j] = (seq, rec, i)


def _push(heap: list, size: int, item: tuple) -> None:  # type: ignore[type-arg]
    # Items lead with unique sort keys (the record's sequence number, the cut's index) so that
    # heapq never falls through to comparing the record dicts that ride along.
    if size <= 0:
        return
    if len(heap) < size:
        heapq.heappush(heap, item)
    elif item[:-1] > heap[0][:-1]:
        heapq.heapreplace(heap, item)


def _rank(item: tuple) -> tuple:  # type: ignore[type-arg]
    return item[:-1]


def collect(records: Iterable[Record], *, top: int = 500, samples: int = 12) -> RunStats:
    """One streaming pass over the records of a report."""
    stats = RunStats(top=top, samples=samples)
    for seq, rec in enumerate(records):
        stats.add(seq, rec)
    return stats


def read_records(path: str | Path) -> Iterator[Record]:
    """The records of a report file, with an error naming the line when one is not a report record."""
    try:
        with open(path, encoding="utf-8") as fh:
            yield from _parse(str(path), fh)
    except OSError as exc:
        raise CleanerError(f"{path}: cannot read the report ({exc.strerror or exc})") from None


def _parse(name: str, lines: Iterable[str]) -> Iterator[Record]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            raise ReportFormatError(f"{name}, line {n}: not JSON; give the .jsonl report `cleaner clean` wrote") from None
        if not isinstance(rec, dict) or "path" not in rec or not ("removed" in rec or "skipped" in rec):
            raise ReportFormatError(f"{name}, line {n}: not a cleaner report record (needs path and removed or skipped)")
        yield rec


def source_texts(src: str | Path, *, text_field: str = "text", jsonl: bool | None = None) -> TextSource:
    """Texts for a report's records from the run's source (a folder, the single file cleaned, or a JSON Lines file).

    A document is re-read and, when its record lists unicode repairs, repaired again, so that
    the record's offsets point into it; when its removed spans no longer match, it is not used.
    A JSON Lines source (by its suffix unless `jsonl` says) gives each record's `text_field`.
    """
    root = Path(src)
    if jsonl or (jsonl is None and formats.is_jsonl(root)):
        return JsonlTexts(root, text_field)

    def text(rec: Record) -> str | None:
        path = root if root.is_file() else root / rec["path"]
        try:
            raw = read_document(path).text
        except SkipDocument:
            return None
        return repair(raw)[0] if rec.get("fixes") else raw

    return text


class JsonlTexts:
    """The texts of a JSON Lines source by the line number in a record's path (`name:N`), read in one pass.

    `prepare(records)` reads the texts of all the records the page will ask for at once, so a
    large or gzipped source is read once, not once per record.
    """

    def __init__(self, path: Path, text_field: str) -> None:
        self.path, self.field = path, text_field
        self.texts: dict[int, str | None] = {}

    def prepare(self, records: Iterable[Record]) -> None:
        wanted = {n for n in map(_line_number, records) if n is not None} - self.texts.keys()
        if not wanted:
            return
        self.texts.update(dict.fromkeys(wanted))
        try:
            with formats.open_binary(self.path, "r") as fh:
                for n, line in enumerate(fh, 1):
                    if n in wanted:
                        self.texts[n] = self._text(line)
                        wanted.discard(n)
                        if not wanted:
                            break
        except (OSError, EOFError, zlib.error):
            pass  # what could not be read is shown as "could not be read"

    def _text(self, line: bytes) -> str | None:
        try:
            return formats.parse(line, self.field)[1]
        except CleanerError:
            return None

    def __call__(self, rec: Record) -> str | None:
        n = _line_number(rec)
        if n is not None and n not in self.texts:
            self.prepare([rec])
        raw = self.texts.get(n) if n is not None else None
        return repair(raw)[0] if raw is not None and rec.get("fixes") else raw


def _line_number(rec: Record) -> int | None:
    """N of a JSON Lines record's path `name:N`."""
    number = str(rec.get("path", "")).rpartition(":")[2]
    return int(number) if number.isdigit() else None


def matches(text: str, rec: Record) -> bool:
    """Whether every removed span of the record is found at its offsets in `text`."""
    return all(text[r["start"] : r["end"]] == r["text"] for r in rec.get("removed", []))


def learned_rules(path: str | Path) -> list[Record]:
    """The rules of a learned-rules file (`cleaner clean --learn`, `cleaner learn`) as the page lists them:
    id, scope, the line's shape with its slots, the source, and the documents it was learned from."""
    from .learn_shape import template

    try:
        tables = tomllib.loads(Path(path).read_text(encoding="utf-8")).get("rule", [])
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CleanerError(f"{path}: cannot read the learned rules ({exc})") from None
    out = []
    for t in tables if isinstance(tables, list) else []:
        meta = t.get("meta") if isinstance(t.get("meta"), dict) else {}
        example = (t.get("remove") or [""])[0]
        source = meta.get("source") or ", ".join(p.removesuffix("/*") for p in t.get("paths", [])) or "every document"
        out.append({"id": str(t.get("id", "?")), "scope": t.get("scope", "line"), "shape": template(str(example)),
                    "example": str(example), "source": str(source), "learned_docs": meta.get("documents"),
                    "share": meta.get("share")})
    return out


def build(stats: RunStats, texts: TextSource | None = None, *, title: str = "cleaner run",
          text_budget: int = TEXT_BUDGET, learned: list[Record] | None = None) -> dict[str, Any]:
    """The page's data: totals, rules, samples, longest cuts and documents (texts within the budget);
    with `learned` (see `learned_rules`), those rules as their own group with the documents each cut."""
    heaviest = sorted(stats.heaviest, key=_rank, reverse=True)
    wanted: dict[int, Record] = {-neg: rec for _, neg, rec in heaviest}
    for rs in stats.rules.values():
        wanted.update((seq, rec) for seq, rec, _ in rs.sample)
    wanted.update((-neg, rec) for _, neg, _, rec in stats.longest)
    order = [-neg for _, neg, _ in heaviest] + sorted(set(wanted) - {-neg for _, neg, _ in heaviest})
    docs: dict[int, dict[str, Any]] = {}
    full: dict[int, str] = {}
    budget = text_budget
    if texts is not None and hasattr(texts, "prepare"):
        texts.prepare(wanted.values())
    for seq in order:
        rec = wanted[seq]
        text = texts(rec) if texts is not None and budget > 0 else None
        note = ""
        if text is not None and not matches(text, rec):
            text, note = None, "the source no longer matches the report; showing the removed spans only"
        elif texts is None:
            note = "no source given; showing the removed spans only"
        elif text is None and budget <= 0:
            note = "text left out to keep the page under its size cap"
        elif text is None:
            note = "the source could not be read; showing the removed spans only"
        doc = _doc(rec, text, note)
        budget -= sum(len(c[1].encode("utf-8", "surrogatepass")) for c in doc["chunks"] or [])
        docs[seq] = doc
        if text is not None:
            full[seq] = text
    index = {seq: i for i, seq in enumerate(order)}
    return {
        "title": title,
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "totals": {
            "documents": stats.documents, "touched": stats.touched, "skipped": stats.skipped_total,
            "removals": stats.removals, "chars_in": stats.chars_in, "chars_out": stats.chars_out,
            "chars_removed": stats.chars_removed, "repaired": stats.repaired,
        },
        "rules": [_rule(rs, index, full) for rs in sorted(stats.rules.values(), key=lambda r: (-r.chars, r.rule))],
        "longest": [_cut(-neg, rec, -i, index, full) for _, neg, i, rec in sorted(stats.longest, key=_rank, reverse=True)],
        "top": len(heaviest),
        "docs": [docs[seq] for seq in order],
        "skipped": stats.skipped,
        "learned": [_learned(r, stats) for r in learned or []],
    }


def _learned(rule: Record, stats: RunStats) -> Record:
    rs = stats.rules.get(rule["id"])
    return {**rule, "docs": rs.docs if rs else 0, "removals": rs.removals if rs else 0, "chars": rs.chars if rs else 0}


def _doc(rec: Record, text: str | None, note: str) -> dict[str, Any]:
    removed = rec.get("removed", [])
    cuts = [[r["start"], r["end"], r["rule"], r.get("confidence", "high")] for r in removed]
    chunks = None if text is None else _chunks(text, removed)
    return {
        "path": rec["path"], "removals": len(removed), "chars": sum(r["end"] - r["start"] for r in removed),
        "chars_in": rec.get("chars_in", 0), "repaired": len(rec.get("fixes") or []), "cuts": cuts,
        "chunks": chunks, "spans": None if text is not None else [_elide(r["text"]) for r in removed], "note": note,
    }


def _chunks(text: str, removed: list[Record]) -> list[list[Any]]:
    """[[offset, text], ...]: the whole text, or for a long one the windows around its cuts."""
    if len(text) <= DOC_FULL:
        return [[0, text]]
    windows: list[list[int]] = []
    for r in removed:
        lo, hi = max(0, r["start"] - WINDOW), min(len(text), r["end"] + WINDOW)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return [[lo, text[lo:hi]] for lo, hi in windows]


def _elide(span: str) -> str:
    if len(span) <= SPAN_SHOWN:
        return span
    half = SPAN_SHOWN // 2
    return f"{span[:half]} … [{len(span) - 2 * half} characters] … {span[-half:]}"


def _cut(seq: int, rec: Record, i: int, index: dict[int, int], full: dict[int, str]) -> dict[str, Any]:
    r = rec["removed"][i]
    text = full.get(seq)
    before = text[max(0, r["start"] - CONTEXT) : r["start"]] if text else ""
    after = text[r["end"] : r["end"] + CONTEXT] if text else ""
    return {"doc": index[seq], "path": rec["path"], "rule": r["rule"], "confidence": r.get("confidence", "high"),
            "start": r["start"], "chars": r["end"] - r["start"], "text": _elide(r["text"]),
            "before": before, "after": after}


def _rule(rs: RuleStats, index: dict[int, int], full: dict[int, str]) -> dict[str, Any]:
    sample = sorted(rs.sample, key=lambda s: (s[0], s[2]))
    return {"id": rs.rule, "confidence": rs.confidence, "reason": rs.reason, "docs": rs.docs,
            "removals": rs.removals, "chars": rs.chars, "longest": rs.longest,
            "samples": [_cut(seq, rec, i, index, full) for seq, rec, i in sample]}


def render(data: dict[str, Any]) -> str:
    """The page: the template with the data embedded as JSON that no text inside can break out of."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # Escaping these keeps "</script>" or "<!--" inside a document from ending the data block.
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    template = files("cleaner").joinpath("templates/report.html").read_text(encoding="utf-8")
    title = data["title"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return template.replace("{{title}}", title).replace("{{data}}", payload)


def write_html(records: Iterable[Record], out: str | Path, texts: TextSource | None = None, *,
               title: str = "cleaner run", top: int = 500, samples: int = 12, max_bytes: int = MAX_BYTES,
               learned: str | Path | None = None) -> RunStats:
    """Write the review page of a run to `out` and return the run's totals.

    `records` are the report's objects (streamed once); `texts` gives the text of a record's
    document (see `source_texts`) and is asked only for the sampled and most-cut documents.
    Document texts give way (the budget halves) until the page fits in `max_bytes`. `learned`
    names the run's learned-rules file, listed as its own group.
    """
    rules = learned_rules(learned) if learned is not None and Path(learned).exists() else None
    stats = collect(records, top=top, samples=samples)
    budget = min(TEXT_BUDGET, max_bytes // 2)
    while True:
        page = render(build(stats, texts, title=title, text_budget=budget, learned=rules)).encode("utf-8", "surrogatepass")
        if len(page) <= max_bytes or budget == 0:
            break
        budget = budget // 2 if budget > 1000 else 0
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(page)
    return stats
