"""The `section` scope: a heading below the article that starts a part of the page running to its
end, such as the comment section under "Leave a Reply" or "12 thoughts on “…”".

A heading only counts where the article is plainly behind it: in the document's second half,
after `PROSE_BEFORE` lines of prose, with a third of that prose after it at most (so a blog's index
page, one post after another, keeps its later posts, and a share bar set into an article keeps the
article's rest). The cut runs from the heading to the end. A share or like heading of WordPress's
sharing buttons (`CLOSING`: "Share this:", "Teilen mit:", "Compartilhe isso:") counts in the
first half too: those stand only under a post, and a short post over a long comment form, sidebar
and footer has them before the middle (a related list a site sets into its articles does not
count there: it can have the article's last paragraphs under it).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from .layout import Hit, continues_sentence
from .links import words_of
from .rules import Rule
from .scan import LEAD, TRAIL  # the line scope's own edges
from .text import SENTENCE_END, word_count

#: Lines of the article's prose a section heading needs above it.
PROSE_BEFORE = 3

#: The prose before a heading must be more than this many times the prose after it (a share bar or a
#: related list set into the middle of a long article has much of the article after it).
PROSE_RATIO = 3

#: A line of prose: a dozen words or more (counted by the spaces between them), ending a sentence.
PROSE_WORDS = 12
#: The longest line taken for a heading ("12 thoughts on “...”" holds a title).
HEADING_CHARS = 300
_PROSE_END = tuple(SENTENCE_END)

#: The headings of WordPress's (Jetpack's) sharing buttons, in the catalog's languages: a post's
#: end wherever they stand (see the module's docstring).
_CLOSING_HEADINGS = ("share this", "like this", "teilen mit", "teile dies", "gef\u00e4llt mir", "partager", "j'aime",
                     "j\u2019aime", "compartir esto", "comparte esto", "me gusta esto", "compartilhe isso", "partilhe isto",
                     "curtir isso", "gostar disto", "condividi", "mi piace", "deel dit")
CLOSING = regex.compile(rf"{LEAD}(?:{'|'.join(map(regex.escape, _CLOSING_HEADINGS))})[^\S\n]*:{TRAIL}", regex.IGNORECASE)


@functools.lru_cache(maxsize=64)
def _heading(source: str) -> regex.Pattern[str]:
    """A rule's pattern as a whole line, bullets, heading marks and closing marks around it."""
    return regex.compile(rf"{LEAD}(?:{source}){TRAIL}", regex.IGNORECASE)


def section_hits(text: str, rules: Sequence[Rule], indices: Sequence[int]) -> list[Hit]:
    """For each rule of `indices` (scope `section`), a hit from the first heading it matches where the
    article is behind it (see the module's docstring) to the end of `text`.

    >>> from cleaner.rules import Rule
    >>> rule = Rule(id="x.comments", description="d", pattern="leave a reply", scope="section")
    >>> prose = "The council met on Monday and agreed the budget for the coming year at last.\\n"
    >>> text = prose * 3 + "Leave a Reply\\nAnna says:\\nGreat piece!\\n"
    >>> [text[h.start : h.end] for h in section_hits(text, [rule], [0])]
    ['Leave a Reply\\nAnna says:\\nGreat piece!\\n']
    >>> section_hits("Leave a Reply\\n" + text, [rule], [0])[0].start == len("Leave a Reply\\n") + 3 * len(prose)
    True
    """
    if not indices:
        return []
    probe = text.replace("\r", "\n") if "\r" in text else text  # same offsets, one break style
    spans, prose = [], []  # each line's (start, end), and its prose words (0 if it is no prose)
    pos = 0
    for line in probe.split("\n"):
        # words by their spaces (two Chinese or Japanese characters a word)
        words = (line.strip().count(" ") + 1 if line.isascii() else word_count(line)) if line.rstrip().endswith(_PROSE_END) else 0
        spans.append((pos, pos + len(line)))
        prose.append(words if words >= PROSE_WORDS else 0)
        pos += len(line) + 1
    total = sum(prose)
    # the lines where the article is behind a heading, whatever the rule: read once for all rules
    places = []
    before = lines_before = 0
    for k, ((start, end), words) in enumerate(zip(spans, prose)):
        if not words and 0 < end - start <= HEADING_CHARS and lines_before >= PROSE_BEFORE \
                and PROSE_RATIO * (total - before) < before \
                and (start * 2 > len(probe) or CLOSING.fullmatch(probe, start, end)):
            places.append(k)
        before += words
        lines_before += words > 0
    hits = []
    for i in indices:
        pattern = _heading(rules[i].regex_source())
        for k in places:  # (the rule's own pattern rules out most lines before the line above is read)
            start, end = spans[k]
            if _is_heading(pattern, probe, start, end) and not continues_sentence(probe, start) \
                    and not _leads_in(probe, spans, prose, k):
                hits.append(Hit(start, len(probe), i, True))
                break
    return hits


def _is_heading(pattern: regex.Pattern[str], probe: str, start: int, end: int) -> bool:
    """Whether `pattern` (`_heading`) takes the line from `start` to `end`, read through its links
    ("[**Written by Jane Doe**](https://example.org/@jane)" as "**Written by Jane Doe**")."""
    if pattern.fullmatch(probe, start, end):
        return True
    return "](" in probe[start:end] and pattern.fullmatch(words_of(probe[start:end])[0]) is not None


def _leads_in(probe: str, spans: Sequence[tuple[int, int]], prose: Sequence[int], k: int) -> bool:
    """Whether line k ends in a colon and leads into what stands under it: a picture or a paragraph
    ("... in smaller chunks with clear headings.\\n\\nLike this:\\n\\n![](example.png)"), not a share
    bar's or a like button's heading.

    >>> probe = "Like this:\\n\\n![](example.png)\\n"
    >>> spans = [(0, 10), (11, 11), (12, 29), (30, 30)]
    >>> _leads_in(probe, spans, [0, 0, 0, 0], 0), _leads_in("Like this:\\nLike Loading...", [(0, 10), (11, 27)], [0, 0], 0)
    (True, False)
    """
    if not probe[spans[k][0] : spans[k][1]].rstrip().endswith(":"):
        return False
    for j in range(k + 1, len(spans)):
        line = probe[spans[j][0] : spans[j][1]].strip()
        if line:
            return bool(prose[j]) or line.startswith("![")
    return False
