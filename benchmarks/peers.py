"""`Cleaner.clean` against peers on the same texts: CPU µs per document, medians, interleaved.

    python benchmarks/run.py --peers                      # 2,000 documents of about 1.6 KB, 5 runs
    python benchmarks/run.py --peers --docs 500 --runs 3

Every contender reads the same documents (`corpus.texts`, about 1.6 KB each) in the same process.
What it needs to read a document in its own form (HTML paragraphs for jusText, a datatrove
`Document`, a JSON line) is built before its timed pass. Each run times one pass of each
contender, in an order that rotates from run to run, so that drift hits all alike. The peers come
from the `bench` extra (`pip install -e '.[bench]'`); a peer that cannot be imported is skipped
with a note. "kept" is the share of characters a contender keeps, from one untimed pass: the
contenders do not do the same job, and it says how far apart they are.
"""

from __future__ import annotations

import html
import json
import os
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata
from typing import Any

CLEAN = "Cleaner.clean, default catalog"
PURE = "Cleaner.clean, pure path (accelerate=False)"
DATATROVE = "datatrove C4 line filter, no sentence counting"

# About 30 junk wordings a plain cleaner would start from, in one stdlib `re` alternation tried at
# each line's start: the cheapest thing that can be called a syndication-junk cleaner.
WORDINGS = (
    r"read (?:the )?(?:original|full) (?:article|story)", r"source link", r"source:", r"advertisement",
    r"sponsored content", r"share this", r"share on (?:facebook|twitter)", r"skip to (?:main )?content",
    r"leave a (?:comment|reply)", r"the post .* appeared first on",
    r"this (?:article|story) (?:originally )?appeared (?:first )?(?:on|in)", r"click here",
    r"subscribe to our newsletter", r"sign up for our newsletter", r"follow us on", r"we use cookies",
    r"this (?:web)?site uses cookies", r"denial of responsibility", r"related (?:articles|posts|stories)",
    r"read more", r"continue reading", r"all rights reserved", r"copyright", r"©", r"you may also like",
    r"recommended for you", r"tags:", r"filed under", r"posted in", r"print this", r"email this",
    r"comments? \(\d+\)", r"loading\.\.\.", r"menu\s*$",
)
JUNK = re.compile(r"[ \t]*(?:" + "|".join(WORDINGS) + ")", re.IGNORECASE)


@dataclass
class Contender:
    """One way of cleaning a document: `prepare` builds its inputs (untimed), `run` is what is timed."""

    name: str
    prepare: Callable[[Sequence[str]], list[Any]]
    run: Callable[[Any], Any]
    kept: Callable[[Any], int]  # characters kept, read from what `run` returned (untimed)
    fresh: bool = False  # True: `run` changes its input, so each timed pass gets new inputs


def regex_clean(text: str) -> str:
    """`text` without the lines that open with one of the `JUNK` wordings."""
    return "".join(line for line in text.splitlines(keepends=True) if not JUNK.match(line))


def to_html(text: str) -> str:
    """The smallest HTML page jusText reads: one `<p>` per non-blank line."""
    paras = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n") if line.strip())
    return f"<html><body>\n{paras}</body></html>"


def ours() -> list[Contender]:
    """`Cleaner.clean` as a library user calls it, and on the pure path when the accelerator (the
    `fast` extra) is installed."""
    from cleaner import Cleaner
    from cleaner.literals import accelerator

    found = [_cleaner(CLEAN, Cleaner())]
    if accelerator() is not None:
        found.append(_cleaner(PURE, Cleaner(accelerate=False)))
    return found


def _cleaner(name: str, cleaner: Any) -> Contender:
    return Contender(name, list, cleaner.clean, lambda cleaned: len(cleaned.text))


def datatrove() -> list[Contender]:
    """datatrove's C4 quality filter per document, sentence counting off (`min_num_sentences=-1`)."""
    from datatrove.data import Document
    from datatrove.pipeline.filters import C4QualityFilter

    c4 = C4QualityFilter(min_num_sentences=-1)

    def run(doc: Document) -> Document | None:
        return doc if c4.filter(doc) is True else None  # `filter` rewrites doc.text to the lines it keeps

    def prepare(texts: Sequence[str]) -> list[Document]:
        return [Document(text=t, id=str(i)) for i, t in enumerate(texts)]

    return [Contender(DATATROVE, prepare, run, lambda doc: len(doc.text) if doc else 0, fresh=True)]


def justext() -> list[Contender]:
    """jusText (English stoplist) on each text as minimal HTML: whole, and its classification alone."""
    import justext as jt
    from justext.core import (
        ParagraphMaker,
        classify_paragraphs,
        html_to_dom,
        preprocessor,
        revise_paragraph_classification,
    )

    stoplist = jt.get_stoplist("English")

    def good(paragraphs: list[Any]) -> int:
        return sum(len(p.text) for p in paragraphs if not p.is_boilerplate)

    def classify(paragraphs: list[Any]) -> list[Any]:
        classify_paragraphs(paragraphs, stoplist)  # what justext.justext does after parsing, defaults alike
        revise_paragraph_classification(paragraphs)
        return paragraphs

    def paragraphs(texts: Sequence[str]) -> list[list[Any]]:
        return [ParagraphMaker.make_paragraphs(preprocessor(html_to_dom(to_html(t)))) for t in texts]

    return [
        Contender("jusText, HTML parse and classification", lambda ts: [to_html(t) for t in ts],
                  lambda page: jt.justext(page, stoplist), good),
        Contender("jusText, classification only", paragraphs, classify, good),
    ]


def baselines() -> list[Contender]:
    """The combined-regex cleaner, and a JSON Lines parse+dump copy of the records (the floor)."""
    def records(texts: Sequence[str]) -> list[str]:
        return [json.dumps({"id": f"{i:07d}", "text": t}, ensure_ascii=False) for i, t in enumerate(texts)]

    def copy(line: str) -> str:
        return json.dumps(json.loads(line), ensure_ascii=False)

    return [
        Contender(f"{len(WORDINGS)} junk wordings in one `re`, per line", list, regex_clean, len),
        Contender("JSON Lines parse+dump copy", records, copy, lambda line: len(json.loads(line)["text"])),
    ]


def contenders() -> list[Contender]:
    """Every contender this environment can run; a peer library that is missing is skipped with a note."""
    found = ours()
    for peer, dist in ((datatrove, "datatrove"), (justext, "jusText")):
        try:
            found += peer()
        except ImportError as exc:
            print(f"note: {dist} skipped: {exc} (install the peers with `pip install -e '.[bench]'`)")
    return found + baselines()


def kept_shares(found: Sequence[Contender], texts: Sequence[str]) -> dict[str, float]:
    """One untimed pass of each contender over `texts`: the share of characters each keeps."""
    total = sum(len(t) for t in texts)
    return {c.name: sum(c.kept(c.run(x)) for x in c.prepare(texts)) / total for c in found}


def timings(found: Sequence[Contender], texts: Sequence[str], runs: int) -> dict[str, list[float]]:
    """CPU µs per document of each contender, one value per run; the order rotates from run to run."""
    inputs = {c.name: c.prepare(texts) for c in found if not c.fresh}
    times: dict[str, list[float]] = {c.name: [] for c in found}
    for run in range(runs):
        for c in found[run % len(found):] + found[:run % len(found)]:
            items = c.prepare(texts) if c.fresh else inputs[c.name]
            step = c.run
            start = time.process_time()
            for item in items:
                step(item)
            times[c.name].append((time.process_time() - start) / len(items) * 1e6)
    return times


def versions() -> str:
    """The peers' versions, for the record."""
    names = ("datatrove", "jusText", "lxml")
    found = []
    for name in names:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            pass
    return ", ".join(found) or "no peer libraries"


def compare(texts: Sequence[str], runs: int) -> dict[str, list[float]]:
    """Time every contender on `texts` and print the table; returns the timings."""
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    found = contenders()
    load = os.getloadavg()[0]
    kept = kept_shares(found, texts)  # also the warm-up: every pattern compiled, every model loaded
    times = timings(found, texts, runs)
    ours_us = statistics.median(times[CLEAN])
    print(f"peers: {len(texts)} documents, {nbytes / len(texts) / 1e3:.2f} KB each on average; {runs} runs; "
          f"CPU µs per document, medians; Python {sys.version.split()[0]}; {versions()}")
    print(f"{'':52}{'µs/doc':>8}{'speed vs clean':>16}{'kept':>7}   runs (µs/doc)")
    for name, values in times.items():
        med = statistics.median(values)
        print(f"{name:52}{med:8.0f}{ours_us / med:15.2f}×{kept[name]:7.0%}   {', '.join(f'{v:.0f}' for v in values)}")
    if DATATROVE in times:
        print(f"Cleaner.clean takes {ours_us / statistics.median(times[DATATROVE]):.1f}× the time of datatrove's C4 line "
              f"filter (the target: at most 3×)")
    print(f"load average (1 min) before: {load:.2f}, after: {os.getloadavg()[0]:.2f} (2 shared cores: "
          f"compare within one run)")
    return times
