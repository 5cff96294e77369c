"""A synthetic news corpus with realistic junk, for the throughput benchmark (deterministic per seed)."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

WORDS = (
    "the council said on monday that new rules would take effect next year after a long review of "
    "local budgets housing transport schools water prices energy markets rose fell while analysts "
    "expected further changes officials warned residents about delays in the northern district "
    "government report found evidence of growth despite weak demand from abroad and rising costs"
).split()
NON_LATIN = (
    "市议会周一表示，新规定将于明年生效。分析人士预计将有进一步变化。",
    "Городской совет заявил в понедельник, что новые правила вступят в силу в следующем году.",
    "قال المجلس البلدي يوم الاثنين إن القواعد الجديدة ستدخل حيز التنفيذ العام المقبل.",
    "Το δημοτικό συμβούλιο δήλωσε τη Δευτέρα ότι οι νέοι κανόνες θα ισχύσουν του χρόνου.",
    "市議会は月曜日、新しい規則が来年施行されると述べた。",
)
CURLY = ("\u201cWe are ready,\u201d she said \u2014 and the mayor\u2019s office agreed.",
         "It\u2019s a \u2018first step\u2019\u2026 nothing more, he said \u2013 for now.")
ARTICLE = (2000, 5000)  # the folder benchmark's articles: about 2-5 KB, 3.9 KB on average
SHORT = (800, 1700)  # about 1.6 KB on average: the size the peer comparison and the JSON Lines run use
JUNK_HEAD = ("Advertisement", "Share this:", "Skip to content")
JUNK_TAIL = (
    "Read original article here",
    "The post {title} appeared first on Example Daily News.",
    "Leave a Comment",
    "Source link",
    "Denial of responsibility! Example News is an automatic aggregator of the all world’s media. "
    "In each content, the hyperlink to the primary source is specified.",
    "We use cookies to give you the best experience on our website. By continuing you agree to our cookie policy.",
)


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
    return " ".join(words).capitalize() + "."


def mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252: the most common mojibake in scraped text."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


def article(rng: random.Random, n: int, size: tuple[int, int] = ARTICLE) -> str:
    """One article of about `size` bytes (2–5 KB): paragraphs, some non-Latin or curly, junk at head and tail."""
    title = sentence(rng)[:60].rstrip(".")
    paras: list[str] = []
    target = rng.randint(*size)
    size = 0
    while size < target:
        kind = rng.random()
        if kind < 0.12:
            para = rng.choice(NON_LATIN) + " " + rng.choice(NON_LATIN)
        elif kind < 0.3:
            para = rng.choice(CURLY) + " " + sentence(rng)
        else:
            para = " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
        paras.append(para)
        size += len(para.encode("utf-8")) + 2
    head = [rng.choice(JUNK_HEAD)] if rng.random() < 0.4 else []
    tail = [rng.choice(JUNK_TAIL).format(title=title) for _ in range(rng.randint(0, 2))]
    text = "\n\n".join(head + [title] + paras + tail) + "\n"
    if n % 10 == 3:  # about 10% of documents arrive as mojibake
        text = mojibake(text)
    return text


def write_corpus(dst: Path, n: int, seed: int = 1, size: tuple[int, int] = ARTICLE) -> int:
    """Write `n` articles under `dst` (100 per sub-folder); returns the bytes written."""
    rng = random.Random(seed)
    total = 0
    for i in range(n):
        folder = dst / f"{i // 100:05d}"
        if i % 100 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        data = article(rng, i, size).encode("utf-8")
        (folder / f"{i:07d}.txt").write_bytes(data)
        total += len(data)
    return total


def texts(n: int, seed: int = 1, size: tuple[int, int] = SHORT) -> Iterator[str]:
    """The articles `write_corpus` writes for this seed and size, in memory."""
    rng = random.Random(seed)
    for i in range(n):
        yield article(rng, i, size)


def write_jsonl(dst: Path, n: int, seed: int = 1, size: tuple[int, int] = SHORT) -> int:
    """Write `n` articles as one JSON Lines file of {"id", "text"} records; returns the bytes written."""
    total = 0
    with dst.open("wb") as out:
        for i, text in enumerate(texts(n, seed, size)):
            line = (json.dumps({"id": f"{i:07d}", "text": text}, ensure_ascii=False) + "\n").encode("utf-8")
            out.write(line)
            total += len(line)
    return total
