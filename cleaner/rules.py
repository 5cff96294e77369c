"""What a rule is: a catalogued pattern with an id, a scope, a confidence and examples."""

from __future__ import annotations

import fnmatch
import functools
from dataclasses import dataclass, field
from typing import Literal

import regex

from .document import Confidence
from .text import LIST_MARK

#: Where a rule's pattern may match.
#: - ``line``: a whole line, anywhere in the document;
#: - ``head`` / ``tail``: a whole line among the first / last `zone` non-blank lines;
#: - ``sentence``: the trailing sentence(s) of a line, after the end of a previous sentence;
#: - ``paragraph``: a paragraph whose first line starts with the pattern, cut to the paragraph end;
#: - ``inline``: anywhere, even inside a line (only for markers that are never content);
#: - ``block``: a run of short widget lines at the tail, anchored by a line that the pattern matches;
#: - ``lines``: several whole lines that the pattern matches together, across their breaks, from a
#:   line's start to a line's end (a list of other stories, each a headline over its excerpt);
#: - ``section``: a heading below the article (the document's second half, after lines of prose, with
#:   less prose after it than before) and everything after it to the end: a comment section;
#: - ``links``: a run of lines that the pattern matches whole (nothing but links, as a page scraped to
#:   Markdown writes a menu) above the article's first line of prose (`cleaner.links`);
#: - ``model``: a whole line that the trained line model (`cleaner.linemodel`) scores at `threshold` or
#:   above, given the line, its neighbours and the other rules' cuts; it has no pattern;
#: - ``model-run``: the same at a lower `threshold`, for a label in a run: below the article's last line
#:   of prose, right under a line a named rule cut (a widget's items under its heading), or above its
#:   first, six labels or more one under the other (a menu); no pattern either.
Scope = Literal["line", "head", "tail", "sentence", "paragraph", "inline", "block", "lines", "section", "links",
                "model", "model-run"]
SCOPES: tuple[str, ...] = ("line", "head", "tail", "sentence", "paragraph", "inline", "block", "lines", "section",
                           "links", "model", "model-run")
#: The scopes of the trained line model's rules (no pattern; a `threshold`).
MODEL_SCOPES: tuple[str, ...] = ("model", "model-run")
CONFIDENCES: tuple[str, ...] = ("high", "medium", "low")


@dataclass(frozen=True, slots=True)
class Rule:
    """A self-describing junk detector.

    `pattern` is a regular expression (module `regex`, matched case-insensitively); write it with
    `phrases()` for plain wordings. `remove` holds examples the rule must cut and `keep` examples it
    must leave alone; both are checked by `cleaner.check_rule()`, by the test suite and shown in the docs.

    `paths` limits the rule to documents whose path (relative to the folder being cleaned) matches
    one of its glob patterns, for rules that belong to one site; a rule with paths never applies
    to text cleaned without a path.

    Confidence says how safe the rule is on prose: ``high`` for exact phrases that are never
    content, ``medium`` for shapes that are junk where they stand, ``low`` for guesses that only
    the ``aggressive`` preset applies.
    """

    id: str
    description: str
    pattern: str
    scope: Scope = "line"
    confidence: Confidence = "high"
    remove: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    reason: str = ""
    zone: int = 6
    verbose: bool = False
    paths: tuple[str, ...] = ()
    threshold: float = 0.0
    source: str = field(default="catalog", compare=False)

    def applies_to(self, path: str | None) -> bool:
        """Whether the rule is in scope for a document path (`paths` holds glob patterns; none means all)."""
        if not self.paths:
            return True
        return path is not None and any(fnmatch.fnmatchcase(path, p) for p in self.paths)

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]

    def regex_source(self) -> str:
        """The pattern as it goes into a combined scan (verbose patterns in a scoped group)."""
        return _unverbosed(self.pattern) if self.verbose else self.pattern


def unverbose(pattern: str) -> str:
    r"""Rewrite a VERBOSE-mode pattern without its layout and comments, so it can join a combined scan.

    >>> unverbose("a b  # the letters\n [ ]c\\ d")
    'ab[ ]c\\ d'
    """
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]" and not (out and out[-1] in ("[", "[^")):
                in_class = False
            out.append(ch)
        elif ch == "[":
            in_class = True
            out.append("[^" if pattern.startswith("[^", i) else "[")
            i += 2 if pattern.startswith("[^", i) else 1
            continue
        elif ch == "#":
            end = pattern.find("\n", i)
            i = len(pattern) if end < 0 else end
            continue
        elif not ch.isspace():
            out.append(ch)
        i += 1
    return "".join(out)


_unverbosed = functools.lru_cache(maxsize=4096)(unverbose)  # each scan asks again for each rule


_QUOTE1 = "['\u2018\u2019\u02bc`\u00b4]"
_QUOTE2 = '["\u201c\u201d\u201e\u00ab\u00bb]'
_TOLERANT = {
    "'": _QUOTE1,
    "\u2018": _QUOTE1,
    "\u2019": _QUOTE1,
    '"': _QUOTE2,
    "\u201c": _QUOTE2,
    "\u201d": _QUOTE2,
    "-": r"\p{Pd}",
    "\u2013": r"\p{Pd}",
    "\u2014": r"\p{Pd}",
    "\u2026": r"(?:\u2026|\.\.\.)",
}


def phrase(text: str) -> str:
    """A regex for `text` that tolerates whitespace, quote, dash and ellipsis variants.

    >>> import regex
    >>> bool(regex.fullmatch(phrase("Don't miss - read..."), "don\u2019t  miss \u2014 read\u2026", regex.I))
    True
    >>> bool(regex.fullmatch(phrase("Wird geladen \u2026"), "Wird geladen...", regex.I))
    True
    """
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if text.startswith("...", i):
            out.append(_TOLERANT["\u2026"])
            i += 3
            continue
        if ch.isspace():
            while i + 1 < len(text) and text[i + 1].isspace():
                i += 1
            before_ellipsis = text.startswith(("\u2026", "..."), i + 1)  # "Loading …" and "Loading..." alike
            out.append(r"[^\S\n]*" if before_ellipsis else r"[^\S\n]+")  # spaces, never a line break
        else:
            out.append(_TOLERANT.get(ch) or regex.escape(ch))
        i += 1
    return "".join(out)


def phrases(*texts: str) -> str:
    """An alternation of `phrase()` regexes, longest first so that the longest wording wins.

    >>> import regex
    >>> bool(regex.fullmatch(phrases("Leave a comment", "Leave a reply"), "LEAVE A REPLY", regex.I))
    True
    """
    return "(?:" + "|".join(phrase(t) for t in sorted(texts, key=len, reverse=True)) + ")"


#: A look-ahead: the rest of the line is no reporting clause (", the study found.", "— a phrase the
#: court ..."), so a sentence that quotes a notice's wording is kept. ("Never miss a story — sign up
#: for our newsletter." is still the notice.)
NOT_REPORTED = (r"(?![^\n]*(?:\u2014[^\S\n]*(?:a|an|the|which|that|as|but|and)\b|[,;][^\S\n]+(?:[\w'\u2019]+[^\S\n]+){0,3}(?:said|says|say|warns?|warned|found|finds"
                r"|explained|explains|states?|stated|argues?|argued|wrote|writes|told|tells|reads?|called|notes?|noted|added|adds"
                r"|urged|urges|ruled|admitted|insisted|held|asked|advised|shows?|according|joked"
                "|sagte|sagt|dijo|asegur\u00f3|afirm\u00f3|seg\u00fan|selon|a[^\\S\\n]+d\u00e9clar\u00e9)\\b))")

#: A look-behind: no list or heading mark before the wording on its line; for wordings that are
#: also plain nouns, which a list item or a subheading may be ("- Advertising", "## Werbung").
NOT_LISTED = rf"(?<!^[^\S\n]*{LIST_MARK}+[^\S\n]*)"
