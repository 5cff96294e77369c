"""Lines of a page scraped to Markdown: the `links` scope, and the catalog's line rules read
through a line's links.

The `links` scope: a run of lines that are nothing but links, as a page scraped to Markdown
writes a site's menu ("* [News](https://example.org/news/)") above the article.

A run counts where it stands above the article's first line of prose (or the first lines of a
paragraph broken into lines): the head of the page. A run needs `RUN` lines that the rule's
pattern matches whole, or `RUN` + 1 links on fewer such lines (a menu on one line); a menu's group label ("* Sport", a list mark and a few words) may stand
among them, and goes with them. The whole run is one cut. Lines of links further down stay: under
the article they are as often its own reading list ("References", "Downloads", each link behind a
site's redirect) as the site's footer, and the two read alike.

Read through its links: a line with a link inside it ("This entry was posted in [News](https://...).
Bookmark the [permalink](https://...).") matches no line rule as it stands, where the same line
scraped to plain text would. `linked_hits` reads each such line as its words (each link as its
text, each image as nothing) and takes the whole line where a `line`-scope rule takes those words
as a whole line, or its last sentences where a `sentence`-scope rule takes them. The rule is the
one reported.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

import regex

from .layout import Hit, TakenSpans
from .rules import Rule
from .text import LIST_MARK, SENTENCE_END, word_count

#: Lines a run needs that the pattern matches whole (a group label among them not counted).
RUN = 3

#: A line of prose: this many words or more, ending a sentence.
PROSE_WORDS = 12
#: A paragraph broken into lines of this many words or more, one right under the other, is prose too.
WRAPPED_WORDS = 8
_PROSE_END = tuple(SENTENCE_END)

#: A menu's group label: a list mark and a few words (`_GROUP_WORDS` at most), no link, no sentence
#: end ("* Sport", "+ Mehr"); a heading ("## ...") is none.
_GROUP = regex.compile(r"[^\S\n]*(?:[-*+\u2022\u00b7][^\S\n]*)+[^\W\d_][^\n\[\]()]{0,40}")
_GROUP_WORDS = 4
#: A heading that links a headline of this many words or more ("## [Floods close the mill road](...)")
#: is the article's own title, as a blog's page writes it over a post: it ends a menu's run and stays.
HEADLINE_WORDS = 3
_HEADING_LINK = regex.compile(r"[^\S\n]*#+[^\S\n]*\[([^\[\]\n]*)\]\(")
#: A link to a file (a report, a poster, a recording) is the article's own, never a menu's.
_FILE = regex.compile(r"\.(?:pdf|zip|docx?|xlsx?|pptx?|csv|epub|mp3|mp4)(?:[?#][^)\s]*)?\)", regex.IGNORECASE)
#: A link's address in a line's words, left out of its word count.
_ADDRESS = regex.compile(r"\]\([^)\n]*\)")


@functools.lru_cache(maxsize=64)
def _whole(source: str) -> regex.Pattern[str]:
    """A rule's pattern as a whole line, after list marks, numbers and heading marks."""
    return regex.compile(rf"[^\S\n]*(?:(?:{LIST_MARK}|\d{{1,3}}[.)])[^\S\n]*)*(?:{source})[^\S\n]*", regex.IGNORECASE)


def _words(line: str) -> int:
    """The words of a line, its links' addresses left out (two Chinese or Japanese characters a word).

    >>> _words("[Norme e adeguamenti](https://example.org/legal/)")
    3
    """
    return word_count(_ADDRESS.sub("]", line))


def _is_prose(line: str) -> bool:
    return line.rstrip().endswith(_PROSE_END) and _words(line) >= PROSE_WORDS


def link_hits(text: str, rules: Sequence[Rule], indices: Sequence[int]) -> list[Hit]:
    """For each rule of `indices` (scope `links`), one hit per run of lines it matches whole above
    the article's first line of prose (see the module's docstring).

    >>> from cleaner.rules import Rule
    >>> rule = Rule(id="x.links", description="d", pattern=r"\\[[^\\]\\n]+\\]\\([^)\\s]+\\)", scope="links")
    >>> prose = "The council met on Monday and agreed the budget for the coming year at last.\\n"
    >>> text = "* [Home](/)\\n* [News](/news)\\n* Sport\\n* [Weather](/weather)\\n" + prose
    >>> [text[h.start : h.end] for h in link_hits(text, [rule], [0])]
    ['* [Home](/)\\n* [News](/news)\\n* Sport\\n* [Weather](/weather)']
    >>> link_hits(prose + "Sources:\\n- [One](/1)\\n- [Two](/2)\\n- [Three](/3)\\n", [rule], [0])
    []
    """
    if not indices or "](" not in text:
        return []
    probe = text.replace("\r", "\n") if "\r" in text else text  # same offsets, one break style
    spans, strings = [], []
    pos = 0
    for line in probe.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
            strings.append(line)
        pos += len(line) + 1
    first = next((k for k, s in enumerate(strings) if _is_prose(s)), -1)
    if first < 0:
        return []  # no article to tell the page's chrome by: when in doubt, keep
    for k in range(first):  # a paragraph broken into lines starts the article too
        if _wrapped(probe, spans, strings, k):
            first = k
            break
    hits = []
    for i in indices:
        whole = _whole(rules[i].regex_source())
        hits += [Hit(spans[a][0], spans[b - 1][1], i, True) for a, b in _runs(strings, first, whole)]
    return hits


def _wrapped(probe: str, spans: Sequence[tuple[int, int]], strings: Sequence[str], k: int) -> bool:
    """Whether line k and the line right under it (no blank line between) are a paragraph's lines."""
    if k + 1 >= len(strings) or "\n" in probe[spans[k][1] + 1 : spans[k + 1][0]]:
        return False
    return all(_words(s) >= WRAPPED_WORDS and "](" not in s and not _GROUP.match(s) for s in strings[k : k + 2])


def _headline(line: str) -> bool:
    """Whether a line is a heading that links a headline (`HEADLINE_WORDS` words or more).

    >>> _headline("## [Floods close the mill road](https://example.org/2024/floods/)"), _headline("# [Example News](/)")
    (True, False)
    """
    m = _HEADING_LINK.match(line)
    return m is not None and len(m.group(1).split()) >= HEADLINE_WORDS


def _runs(strings: Sequence[str], hi: int, whole: regex.Pattern[str]) -> list[tuple[int, int]]:
    """The runs (first line, line after the last) among the lines above line `hi`: `RUN` lines or
    more that `whole` matches (none linking to a file), or fewer with `RUN` + 1 links among them
    ("[Home](/) | [News](/news) | [Sport](/sport) | [Weather](/weather)"), group labels among them,
    none at either end."""
    out = []
    k = 0
    while k < hi:
        members, links, end, j = 0, 0, k, k
        while j < hi:
            s = strings[j]
            if "](" in s and whole.fullmatch(s) and not _FILE.search(s) and not _headline(s):
                members, links, end = members + 1, links + s.count("]("), j + 1
            elif not (members and _GROUP.fullmatch(s) and _words(s) <= _GROUP_WORDS + 1):
                break
            j += 1
        if members >= RUN or links >= RUN + 1:
            out.append((k, end))
        k = max(end, k + 1)
    return out


#: A Markdown link or image with its text: "[text](https://example.org/ "title")", "![alt](src)".
_LINKED = regex.compile(r"(!?)\[([^\[\]\n]*)\]\([^()\s]*(?:[^\S\n]+\"[^\"\n]*\")?\)")


def words_of(line: str) -> tuple[str, list[int]]:
    """A line as its reader sees it (each link as its text, each image as nothing), and where each
    of its characters stands in the line (a link's first one at its "[": a cut from there takes the
    whole link).

    >>> words, where = words_of("Posted in [News](https://example.org/c/news/) ![](/i.png)")
    >>> words, where[10], where[11]
    ('Posted in News ', 10, 12)
    """
    out, where, pos = [], [], 0
    for m in _LINKED.finditer(line):
        out.append(line[pos : m.start()])
        where += range(pos, m.start())
        if not m.group(1) and m.group(2):
            out.append(m.group(2))
            where += [m.start(), *range(m.start(2) + 1, m.end(2))]
        pos = m.end()
    out.append(line[pos:])
    where += range(pos, len(line))
    return "".join(out), where


def linked_hits(text: str, taken: Sequence[tuple[int, int]], rule_of: Callable[[str], int | None],
                sentences_of: Callable[[str], list[tuple[int, int, int]]] | None = None) -> list[Hit]:
    """Hits of the lines with a link that no span of `taken` touches, read as their words
    (`words_of`): the whole line where `rule_of` (the index of the line rule that takes a text as a
    whole line, or None) takes its words; else the line's last sentences, links and all, where
    `sentences_of` (the sentence rules' matches in a text of one line) finds them there.

    >>> rules = {"This entry was posted in News. Bookmark the permalink.": 0}
    >>> text = "It rained.\\nThis entry was posted in [News](/c/news/). Bookmark the [permalink](/p/).\\n"
    >>> [(text[h.start : h.end], h.rule) for h in linked_hits(text, [], rules.get)]
    [('This entry was posted in [News](/c/news/). Bookmark the [permalink](/p/).', 0)]
    >>> linked_hits(text, [(12, 20)], rules.get)
    []
    >>> text = "It rained all day. The post [Rain](/p/) appeared first on [News](/).\\n"
    >>> found = lambda s: [(s.index("The post"), len(s), 1)] if "appeared first" in s else []
    >>> [(text[h.start : h.end], h.rule, h.whole_line) for h in linked_hits(text, [], rules.get, found)]
    [('The post [Rain](/p/) appeared first on [News](/).', 1, False)]
    """
    if "](" not in text:
        return []
    touched = TakenSpans(taken)
    hits = []
    end = -1
    at = text.find("](")
    while at >= 0:
        if at > end:
            start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
            end = len(text)
            for brk in ("\n", "\r"):
                found = text.find(brk, at)
                end = found if 0 <= found < end else end
            if not touched.touches(start, end):
                hits += _read_through(text, start, end, rule_of, sentences_of)
        at = text.find("](", max(at, end) + 1)
    return hits


def _read_through(text: str, start: int, end: int, rule_of: Callable[[str], int | None],
                  sentences_of: Callable[[str], list[tuple[int, int, int]]] | None) -> list[Hit]:
    """The hits of one line with links, read as its words (see `linked_hits`)."""
    words, where = words_of(text[start:end])
    if not words.strip():
        return []
    rule = rule_of(words.strip())
    if rule is not None:
        return [Hit(start, end, rule, True)]
    out = []
    for a, b, i in sentences_of(words) if sentences_of is not None else ():
        whole = not words[:a].strip()
        out.append(Hit(start if whole else start + where[a], end if b >= len(words) else start + where[b], i, whole))
    return out
