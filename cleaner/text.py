"""Constants about plain text that rules, detection, learning and reports share, each defined once."""

from __future__ import annotations

import re

#: The marks that may open a list item or a heading before a line's wording: dash, star, bullet,
#: middle dot, quote mark, hash, bar, plus.
LIST_MARKS = "-*\u2022\u00b7>#|+"


def _escaped(chars: str) -> str:
    r"""`chars` as they are written inside a regex character class, non-ASCII ones as \uXXXX escapes.

    >>> _escaped("-\u2022")
    '-\\u2022'
    """
    return "".join(c if c.isascii() else f"\\u{ord(c):04x}" for c in chars)


#: A regex character class of one list mark (written with escapes, as the patterns always had it,
#: so that rule patterns, and the fingerprints of configurations, stay as they were).
LIST_MARK = f"[{_escaped(LIST_MARKS)}]"

#: The id of the engine's tidying in reports: the whitespace a cut leaves behind (not a rule).
TIDY = "tidy.whitespace"

#: What ends a sentence, closing quotes and brackets after its mark included, Chinese and Japanese
#: marks too.
SENTENCE_END = ".!?\u2026\"\u201d\u2019\u00bb)\u3002\uff01\uff1f\u300d\u300f\uff09"

#: Chinese, Japanese and Korean characters: their lines have no spaces between words.
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def cjk_share(line: str) -> float:
    """The share of a line's non-space characters that are Chinese, Japanese or Korean.

    >>> cjk_share("GPT\u7684\u521b\u65b0"), cjk_share("Share this")
    (0.5, 0.0)
    """
    if line.isascii():
        return 0.0
    visible = len(line) - sum(map(str.isspace, line))
    return len(_CJK.findall(line)) / visible if visible else 0.0


def word_count(line: str) -> int:
    """A line's words: its pieces between spaces, or, for a line of Chinese, Japanese or Korean,
    two of its characters a word (those scripts put no spaces between words), whichever is more.

    >>> word_count("The council met on Monday."), word_count("\u901a\u8fc7Transformer\u67b6\u6784\uff0c\u5b83\u5b9e\u73b0\u4e86\u5e76\u884c\u8ba1\u7b97")
    (5, 7)
    """
    words = len(line.split())
    if line.isascii():
        return words
    return max(words, words + len(_CJK.findall(line)) // 2)


def counted(n: int, noun: str) -> str:
    """`n` and `noun`, plural but for one, as the summaries print counts.

    >>> counted(1, "removal"), counted(6, "removal"), counted(0, "character")
    ('1 removal', '6 removals', '0 characters')
    """
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
