"""Lines that scraping glued together from several widgets' labels, with no break between them:
"Share this:Click to share on Twitter (Opens in new window)Click to share on Facebook (Opens in new
window)Like this:Like Loading...".

Each label alone is a line some `line`-scope rule takes; glued, the line matches none of them. Such a
line is split where one label can end and the next begin (a lower-case letter, a digit or a closing
mark directly followed by a capital or "[", or a tab), and it goes when it splits into two or more
pieces that each match a line rule as a whole line (up to the line's end, or up to a tab: what
follows a tab is another of the page's blocks, and it stays). Share counters glued between them
("1") go with them. At a line's end, after its last sentence, a run of two labels or more goes the
same way, and one label glued with no space straight after a sentence's end or a digit ("June 2,
2024Post a Comment"); the sentence stays. A piece of anything else, such as an article's words,
keeps the line as it is: when in doubt, keep. Each piece is reported under the rule that took it.

Items that a page sets apart with a separator on one line ("Posted on March 3, 2019 by Jane | Leave a
comment", "Nov 18, 2019 · 2 min read") are read the same way (`separated_hits`): the items at the
line's end that each match a line rule as a whole line go, with the separators before them; the
items before them (a date, a byline) stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import regex

from .layout import Hit, TakenSpans, line_at

#: Where one glued label can end and the next begin: a capital or "[" straight after a lower-case
#: letter, a digit or a closing mark (the match's start); and a tab, which is a piece of its own.
SEAM = regex.compile(r"(?<=[\p{Ll}\p{N}\p{Pe}\p{Pf}:.!?\u2026])[\p{Lu}\[]|\t+")
#: What marks a line worth splitting: a closing mark, a digit or a tab straight before a capital that
#: is no initial ("U.S." is none). Plain `re` over Latin, Greek and Cyrillic capitals: one cheap pass
#: over every document finds the few lines worth the finer look of `SEAM`.
TRIGGER = re.compile(r"[):.!?\]\u2026\u201d\t0-9](?=[A-Z\u00c0-\u00de\u0391-\u03a9\u0410-\u042f\[])(?!.\.)")
#: A share or comment counter glued between labels or after one ("(Opens in new window)1"): goes
#: with them, never counts as one.
COUNTER = regex.compile(r"[\d\s.,()]*")
DIGITS = "0123456789"
#: How far from a line's end glued labels are looked for (a glued widget bar is a few hundred
#: characters).
LONGEST = 2000
#: The most places a line is tried at: the pieces tried grow as their square.
MOST_SEAMS = 60
#: The longest piece tried for a label.
LONGEST_LABEL = 200
#: A separator between the items of one line, with spaces on both sides: a bar, a middle dot, a bullet.
SEPARATOR_MARKS = "|\u00b7\u2022"
SEPARATOR = re.compile(rf"[^\S\n]+[{SEPARATOR_MARKS}][^\S\n]+")
#: The words (or a digit) that the items before a run of labels need to stay as a line of their own.
DATELINE_WORDS = 3
#: The most words the items before a run of labels may have: more, and the line is prose.
MOST_DATELINE_WORDS = 20
#: The most items a line set apart by separators is read as.
MOST_ITEMS = 30
#: What ends the article's last sentence, before a run of glued labels.
SENTENCE_END = frozenset('.!?\u2026"\u201d\u2019)')


def glued_hits(text: str, taken: Sequence[tuple[int, int]], rule_of: Callable[[str], int | None]) -> list[Hit]:
    """Hits of the pieces of each line of `text` that no span of `taken` touches and that splits
    wholly into labels, or ends in a run of them after its last sentence; `rule_of(piece)` is the
    index of the line rule that takes `piece` as a whole line, or None.

    >>> rules = {"Share this:": 0, "Like this:": 1}
    >>> line = "Share this:Like this:"
    >>> [(line[h.start : h.end], h.rule) for h in glued_hits(line, [], rules.get)]
    [('Share this:', 0), ('Like this:', 1)]
    >>> glued_hits(line, [(0, 3)], rules.get)
    []
    >>> glued_hits("Share this:The mayor spoke.", [], rules.get)
    []
    >>> line = "The mayor spoke.Share this:"
    >>> [line[h.start :] for h in glued_hits(line, [], rules.get)]
    ['Share this:']
    >>> glued_hits("The mayor spoke Share this:", [], rules.get)
    []
    """
    touched = TakenSpans(taken)
    hits = []
    end = -1  # the end of the last line looked at: each line is read once, however many marks it has
    for m in TRIGGER.finditer(text):  # one quick pass: most documents have no such place
        at = m.end()
        if at <= end:
            continue
        start = text.rfind("\n", 0, at) + 1  # back to this line's start, never further
        start = text.rfind("\r", start, at) + 1 or start
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        end = text.find("\r", at, end) if "\r" in text[at:end] else end
        if touched.touches(start, end):
            continue
        seams = [(a, b) if text[a] == "\t" else (a, a)
                 for a, b in (n.span() for n in SEAM.finditer(text, max(start, end - LONGEST), end))]
        hits += _split(text, start, end, seams, rule_of)
    return hits


def _split(text: str, start: int, end: int, seams: list[tuple[int, int]],
           rule_of: Callable[[str], int | None]) -> list[Hit]:
    """The hits of one line's labels: the whole line's, or those of a run of labels after the line's
    last sentence (see `_goes`)."""
    line = text[start:end]
    lead = len(line) - len(line.lstrip())
    line, start = line[lead:], start + lead
    cuts = [0]
    for a, b in seams:
        for cut in (a - start, b - start):  # a tab is a piece of its own (a counter's)
            if cut > cuts[-1]:
                cuts.append(cut)
    if len(cuts) < 2 or len(cuts) > MOST_SEAMS:
        return []
    cuts.append(len(line))
    # rest[k]: the most pieces that line[cuts[k]:] splits into, as (start, end, rule) with rule None
    # for a counter, or None if it does not split into labels (a pattern that takes the rest of its
    # line, as "Tags: ..." does, must not hide the labels after it). A run of labels may also end at
    # a tab: what follows the tab is another block of the page, which stays whatever it is.
    rest: list[list[tuple[int, int, int | None]] | None] = [None] * len(cuts)
    rest[-1] = []
    tabs = {a - start for a, b in seams if b > a}
    for k, cut in enumerate(cuts):
        if cut in tabs:
            rest[k] = []
    for k in range(len(cuts) - 2, -1, -1):
        for j in range(k + 1, len(cuts)):
            after = rest[j]
            if cuts[j] - cuts[k] > LONGEST_LABEL:
                break
            if after is None or (rest[k] is not None and len(after) + 1 <= len(rest[k])):  # type: ignore[arg-type]
                continue
            piece = line[cuts[k] : cuts[j]]
            rule = None if COUNTER.fullmatch(piece) else _label(piece, rule_of)
            if rule is not None or COUNTER.fullmatch(piece):
                rest[k] = [(cuts[k], cuts[j], rule), *after]
    found = next((way for k, way in enumerate(rest) if way and way[0][2] is not None and _goes(line, cuts[k], way)), None)
    if found is None:
        return []
    hits: list[Hit] = []
    for a, b, rule in found:
        if rule is None:  # a counter or a tab joins the label before it
            hits[-1] = hits[-1]._replace(end=start + b)
        else:
            hits.append(Hit(start + a, start + b, rule, False))
    return hits


def _goes(line: str, at: int, way: list[tuple[int, int, int | None]]) -> bool:
    """Whether labels `way`, from `at` to the line's end, go: two or more of them making up the whole
    line or standing after a sentence's end; or one glued, with no space, straight after a
    sentence's end or a digit ("... on Monday.Share this:", "June 2, 2024Post a Comment"), never
    after a letter, where a capital is as likely a name's ("YouTube", "LinkedIn")."""
    labels = sum(rule is not None for _, _, rule in way)
    if at == 0:
        return labels >= 2
    before = line[:at]
    if labels >= 2:
        return before.rstrip()[-1:] in SENTENCE_END
    return labels == 1 and (before[-1:] in SENTENCE_END or before[-1:].isdigit())


def _label(piece: str, rule_of: Callable[[str], int | None]) -> int | None:
    """The rule that takes `piece` as a whole line, perhaps once a counter glued to its end is set
    apart ("Click to share on Facebook (Opens in new window)1")."""
    piece = piece.strip()
    rule = rule_of(piece)
    bare = piece.rstrip(DIGITS).rstrip()
    return rule if rule is not None or bare == piece or not bare else rule_of(bare)


def separated_hits(text: str, taken: Sequence[tuple[int, int]], rule_of: Callable[[str], int | None]) -> list[Hit]:
    """Hits of the labels that end a line of items set apart by separators (`SEPARATOR`), on the
    lines that no span of `taken` touches: each item of the run at the line's end that `rule_of`
    takes as a whole line goes, with the separator before it; when every item is one, the whole
    line goes. The items before the run stay, and where they do not read as a line of their own
    (`_dateline`), the line is left whole.

    >>> rules = {"Leave a comment": 0, "2 min read": 1, "Share": 2, "Tweet": 2}
    >>> line = "Posted on March 3, 2019 by Jane | Leave a comment"
    >>> [(line[h.start : h.end], h.rule) for h in separated_hits(line, [], rules.get)]
    [(' | Leave a comment', 0)]
    >>> line = "Share | Tweet"
    >>> [(line[h.start : h.end], h.rule) for h in separated_hits(line, [], rules.get)]
    [('Share', 2), (' | Tweet', 2)]
    >>> separated_hits("Leave a comment | Posted on March 3, 2019 by Jane", [], rules.get)
    []
    """
    if not any(mark in text for mark in SEPARATOR_MARKS):  # most documents: one quick look each
        return []
    touched = TakenSpans(taken)
    hits: list[Hit] = []
    end = -1  # the end of the last line read: each line is read once, however many separators it has
    for m in SEPARATOR.finditer(text):
        if m.start() <= end:
            continue
        start, end, _ = line_at(text, m.start())
        if not touched.touches(start, end):
            hits += _items(text, start, end, rule_of)
    return hits


def _items(text: str, start: int, end: int, rule_of: Callable[[str], int | None]) -> list[Hit]:
    """The hits of one line's items (see `separated_hits`)."""
    seps = [s.span() for s in SEPARATOR.finditer(text, start, end)]
    if len(seps) >= MOST_ITEMS:
        return []
    bounds = [start + len(text[start:end]) - len(text[start:end].lstrip()), *(b for _, b in seps)]
    ends = [a for a, _ in seps] + [start + len(text[start:end].rstrip())]
    run: list[Hit] = []
    for k in range(len(bounds) - 1, -1, -1):
        rule = _label(text[bounds[k] : ends[k]], rule_of)
        if rule is None:
            break
        run.append(Hit(seps[k - 1][0] if k else bounds[0], ends[k], rule, False))
    if not run:
        return []
    if len(run) < len(bounds) and not _dateline(text[bounds[0] : run[-1].start]):
        return []  # "Kontakt | Impressum", "Jane Doe · 2 min read": a menu's item or a byline, read with its line
    return run[::-1]


def _dateline(items: str) -> bool:
    """Whether the items before a run of labels read as a line of their own: a date (a digit), or one
    item of `DATELINE_WORDS` words or more (a byline), and `MOST_DATELINE_WORDS` words at most (a
    line of prose is no dateline). Items without a digit
    ("Posted in News | Permalink") are a widget's, read whole with the labels by the line model.

    >>> _dateline("March 3, 2019 | By Jane Doe"), _dateline("Posted by Jane Doe"), _dateline("Jane Doe")
    (True, True, False)
    >>> _dateline("Posted in News | Permalink"), _dateline("It rained all day, and " * 9)
    (False, False)
    """
    words = len(items.split())
    if words > MOST_DATELINE_WORDS:
        return False  # a paragraph's line ("... Visit our Privacy Policy | Terms of Use."): when in doubt, keep
    if any(c.isdigit() for c in items):
        return True
    return SEPARATOR.search(items) is None and words >= DATELINE_WORDS
