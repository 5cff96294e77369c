"""A small corpus for the scale tests: prose, non-Latin text, curly typography, junk and mojibake."""

from __future__ import annotations

from pathlib import Path

PARAS = [
    "The council met on Monday and agreed the budget after a long debate.",
    "\u201cWe are ready,\u201d the mayor said \u2014 and the vote passed.",
    "\u5e02\u8bae\u4f1a\u5468\u4e00\u8868\u793a\uff0c\u65b0\u89c4\u5b9a\u5c06\u4e8e\u660e\u5e74\u751f\u6548\u3002",
    "\u0413\u043e\u0440\u043e\u0434\u0441\u043a\u043e\u0439 \u0441\u043e\u0432\u0435\u0442 \u0437\u0430\u044f\u0432\u0438\u043b \u0432 \u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a.",
    "Prices rose 3% in the north &amp; fell in the south.",
]
JUNK = ["Read original article here", "Leave a Comment", "Source link", "Share this:",
        "The post Budget Day appeared first on Example News."]


def article(i: int) -> str:
    paras = [PARAS[(i + k) % len(PARAS)] for k in range(3 + i % 4)]
    text = "\n\n".join([f"Headline number {i}"] + paras + [JUNK[i % len(JUNK)]]) + "\n"
    if i % 7 == 3:
        text = text.encode("utf-8").decode("cp1252", errors="replace")  # mojibake
    return text


def write_tree(root: Path, n: int) -> Path:
    for i in range(n):
        path = root / f"d{i % 3}" / f"{i:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(article(i).encode("utf-8"))
    return root


def read_tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
