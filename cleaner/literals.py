"""Literal prefilters: the words a pattern cannot match without, so a scan can skip what cannot match."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

#: A conjunction of clauses; a clause is satisfied when any of its literals occurs in the text.
Needs = tuple[frozenset[str], ...]

MAX_CLAUSES = 2
_PROPERTY = re.compile(r"\\[pP](?:\{[^}]*\}|\w)")
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))


@functools.lru_cache(maxsize=4096)
def required_literals(source: str) -> Needs | None:
    """Clauses of lower-case literals (ASCII, or characters without case) that every match of `source`
    contains, or None if unknown.

    The test is case-insensitive: compare with `fold(text)`. None means "may match anything".

    >>> [sorted(c) for c in required_literals(r"read\\s+(?:more|on)\\b")]
    [['read'], ['more', 'on']]
    >>> [sorted(c) for c in required_literals(r"\\[\\d+ chars?\\]")]  # an optional letter: both spellings
    [[' char]', ' chars]'], ['[']]
    >>> required_literals(r"\\w+") is None
    True
    """
    try:
        tree = _parse(source)[0]  # a property stands for a non-ASCII character: no literal
    except (re.error, RecursionError, OverflowError):
        return None
    clauses = _sequence(list(tree))
    if not clauses:
        return None
    best = sorted(set(clauses), key=lambda c: (_common(c), -min(map(len, c)), len(c), sorted(c)))
    return tuple(best[:MAX_CLAUSES])


#: Words in nearly every English text: a clause of them rules nothing out, whatever its length.
_EVERYWHERE = frozenset("the and for you are was not but his her its".split())


def _common(clause: frozenset[str]) -> bool:
    """Whether the clause holds a word nearly every text holds (so it is nearly always satisfied)."""
    return not _EVERYWHERE.isdisjoint(clause)


def fold(text: str) -> str:
    """`text.casefold()` with one character for each of `text`'s, so that a place in it is the same
    place in `text`: a character that casefolds to several ("ß" to "ss", "İ" to "i" and a dot) gives
    the first of them. What the literal checks read, positions and all.

    The rules match case-insensitively one character against one (`regex`'s simple case folding:
    "ß" never matches "ss"), and the one character that matches an ASCII letter among those that
    casefold to several, "İ" (against "i"), gives that letter: every literal a rule's match holds is
    in `fold(text)` where the match holds it. (Before this, a text with one "ß" had its literals
    looked for without their places: German pages were scanned at every position.) The dotless
    "ı", which casefolds to itself but which `regex` matches to a pattern's "I", gives "i" too.

    >>> fold("STRASSE Straße"), fold("İSTANBUL"), fold("ımportant"), len(fold("ﬂoß")) == len("ﬂoß")
    ('strasse strase', 'istanbul', 'important', True)
    """
    folded = text.casefold()
    if len(folded) != len(text):  # a character casefolds to several (German pages' "ß", Turkish ones' "İ")
        folded = _expanding().sub(lambda m: m.group().casefold()[0], text).casefold()
    return folded.replace("\u0131", "i") if "\u0131" in folded else folded


@functools.cache
def _expanding() -> re.Pattern[str]:
    """The characters that casefold to several (104 in Unicode 14, all below U+FB18), read from this
    Python's own database the first time a text holds one (about 0.07 s)."""
    chars = [chr(i) for i in range(0x80, 0x110000) if not 0xD800 <= i < 0xE000 and len(chr(i).casefold()) > 1]
    return re.compile("[" + "".join(map(re.escape, chars)) + "]")


def satisfied(needs: Needs | None, folded: str, memo: dict[str, bool]) -> bool:
    """Whether every clause has a literal in `folded` (`fold(text)`); `memo` caches look-ups."""
    if needs is None:
        return True
    for clause in needs:
        for lit in clause:
            hit = memo.get(lit)
            if hit is None:
                hit = memo[lit] = lit in folded
            if hit:
                break
        else:
            return False
    return True


#: The most spellings a literal run keeps for its optional letters ("chars?]": "char]" or "chars]").
_MOST_SPELLINGS = 8


def _sequence(items: list) -> list[frozenset[str]]:  # type: ignore[type-arg]
    clauses: list[frozenset[str]] = []
    runs = [""]  # the literal run so far, in each of its spellings (an optional letter doubles them)

    def flush() -> None:
        nonlocal runs
        if all(runs):  # no spelling empty
            clauses.append(frozenset(runs))
        runs = [""]

    for op, arg in items:
        if op is C.LITERAL and _plain(arg):
            runs = [r + chr(arg).lower() for r in runs]
            continue
        if (op in _REPEATS and arg[0] == 0 and arg[1] == 1 and len(arg[2]) == 1 and arg[2][0][0] is C.LITERAL
                and _plain(arg[2][0][1]) and len(runs) * 2 <= _MOST_SPELLINGS):  # one optional letter
            runs += [r + chr(arg[2][0][1]).lower() for r in runs]
            continue
        flush()
        if op is C.SUBPATTERN:
            clauses += _sequence(list(arg[-1]))
        elif op is C.ATOMIC_GROUP:
            clauses += _sequence(list(arg))
        elif op in _REPEATS and arg[0] >= 1:
            clauses += _sequence(list(arg[2]))
        elif op is C.BRANCH:
            clause = _branch(arg[1])
            if clause:
                clauses.append(clause)
    flush()
    return clauses


def _plain(code: int) -> bool:
    """Whether a pattern's character stands in a folded text as in the pattern, lower-cased:
    ASCII, or a character without case."""
    return code < 128 or _caseless(code)


def _caseless(code: int) -> bool:
    """Whether a character outside ASCII is its own and only case ("…", "»"), so that it stands
    in a casefolded text as in the pattern; never a placeholder of a property (see `_parse`).

    >>> _caseless(ord("…")), _caseless(ord("é")), _caseless(_PLACEHOLDER)
    (True, False, False)
    """
    ch = chr(code)
    return not 0xE000 <= code <= 0xF8FF and ch.casefold() == ch == ch.upper() == ch.lower()


def _branch(alternatives: list) -> frozenset[str] | None:  # type: ignore[type-arg]
    """One clause for an alternation: the best clause of each alternative, joined."""
    out: set[str] = set()
    for alt in alternatives:
        clauses = _sequence(list(alt))
        if not clauses:
            return None
        out |= max(clauses, key=lambda c: (not _common(c), min(map(len, c)), -len(c)))
    return frozenset(out)


def _strip_lookbehinds(source: str) -> str:
    """`source` without its look-behind groups: they are zero-width, and `re` rejects variable widths."""
    out, i = [], 0
    while i < len(source):
        if source.startswith(("(?<=", "(?<!"), i):
            i = _group_end(source, i)
            continue
        if source[i] == "\\":
            out.append(source[i : i + 2])
            i += 2
            continue
        out.append(source[i])
        i += 1
    return "".join(out)


def _group_end(source: str, i: int) -> int:
    """Index just past the group that opens at `i` (escapes and character classes respected)."""
    depth, in_class = 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source.startswith(("[]", "[^]"), i):
                i += 2 if source[i + 1] == "]" else 3
                continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise re.error("unbalanced parenthesis")


# -- What a match must start with (for patterns anchored at line starts) ---------------------------

_PLACEHOLDER = 0xE000  # private-use code points stand in for `\p{...}` while `re` parses the pattern
_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}
MAX_FRAGMENTS = 512


class _Unknown(Exception):
    """The start of a pattern could not be described."""


@dataclass(frozen=True, slots=True)
class Starts:
    """What every match of a pattern starts with: any of `prefixes` (lower-case literals), any of
    `near` (a literal within so many characters of the start, on the same line), or a match of one of
    the `regex` fragments (case-insensitive)."""

    prefixes: tuple[str, ...]
    near: tuple[tuple[int, tuple[str, ...]], ...]
    regex: tuple[str, ...]


def forget_parses() -> None:
    """Drop the parse trees kept while a Cleaner's scans are built (a few MB for the catalog); the
    analyses read from them stay cached."""
    _parse.cache_clear()


@functools.lru_cache(maxsize=4096)  # several analyses read each tree: see forget_parses()
def _parse(source: str) -> tuple[Any, list[str]]:
    """The standard parser's tree of `source`, each Unicode property held by a private-use code
    point (the index into the returned list of properties); raises `re.error` as the parser does."""
    props: list[str] = []

    def hold(m: re.Match[str]) -> str:
        props.append(m.group())
        return f"\\u{_PLACEHOLDER + len(props) - 1:04x}"

    return _parser.parse(_strip_lookbehinds(_PROPERTY.sub(hold, source)), re.IGNORECASE), props


@functools.lru_cache(maxsize=4096)
def match_starts(source: str) -> Starts | None:
    """How every match of `source` starts, or None if that cannot be told.

    >>> s = match_starts(r"(?:read|see)\\s+more|[^\\n]{0,40}?\\bget\\s+the\\s+app|\\d+\\s+shares?")
    >>> s.prefixes, s.near, s.regex
    (('read', 'see'), ((40, ('get',)),), ('[\\\\d]{1,}(?:[\\\\s]{1,}(?:share))',))
    """
    try:
        tree, props = _parse(source)
        frags = _first(list(tree), props)
    except (re.error, RecursionError, OverflowError, _Unknown):
        return None
    prefixes, near, rx = [], [], []
    for kind, value in dict.fromkeys(frags):
        if kind == "lit":
            prefixes.append(value)
        elif kind == "near":
            near.append(value)
        else:
            rx.append(value)
    return Starts(tuple(prefixes), tuple(near), tuple(rx))


def _first(items: list, props: list[str], depth: int = 0) -> list[tuple[str, Any]]:  # type: ignore[type-arg]
    """Fragments that start every match of the sequence `items` (raise _Unknown if there are none)."""
    if not items:
        raise _Unknown
    op, arg = items[0]
    rest = items[1:]
    if op is C.LITERAL:
        run = []
        for op2, arg2 in items:
            if op2 is not C.LITERAL or arg2 >= 128 or chr(arg2) == "\n":
                break
            run.append(chr(arg2).lower())
        if run:
            return [("lit", "".join(run))]
    single = _single(op, arg, props)
    if single is not None:  # a character class is no anchor by itself: take what follows along
        return [("re", single + _then(rest, props, depth))]
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _first(rest, props, depth)
    if op is C.SUBPATTERN:
        return _first(list(arg[-1]) + rest, props, depth)
    if op is C.ATOMIC_GROUP:
        return _first(list(arg) + rest, props, depth)
    if op is C.BRANCH:
        return _capped([f for alt in arg[1] for f in _first(list(alt) + rest, props, depth)])
    if op in _REPEATS:
        lo, hi, sub = arg
        if len(sub) == 1 and (single := _single(*sub[0], props)) is not None:
            if _is_not_newline(*sub[0]) and hi is not C.MAXREPEAT:
                after = _first(rest, props, depth) if rest else _unknown()
                if all(kind == "lit" for kind, _ in after):  # "a literal soon, on this line"
                    return [("near", (hi, tuple(v for _, v in after)))]
            quant = f"{{{lo},{'' if hi is C.MAXREPEAT else hi}}}"
            return [("re", single + quant + _then(rest, props, depth))]
        # after one pass through `sub` comes another pass (up to `hi`) or what follows
        again = [(op, (max(lo - 1, 0), hi if hi is C.MAXREPEAT else hi - 1, sub))] if hi is C.MAXREPEAT or hi > 1 else []
        out = _first(list(sub) + again + rest, props, depth)
        return _capped(out + _first(rest, props, depth)) if lo == 0 else out
    return _unknown()


def _is_not_newline(op: object, arg: Any) -> bool:
    if op is C.NOT_LITERAL:
        return arg == 10
    return op is C.IN and list(arg) == [(C.NEGATE, None), (C.LITERAL, 10)]


def _single(op: object, arg: Any, props: list[str]) -> str | None:
    """One character (class) in `regex` syntax, or None if the item is not a single character."""
    if op is C.LITERAL:
        return _char(arg, props)
    if op is C.IN:
        return _class(arg, props)
    if op is C.NOT_LITERAL:
        return f"[^{_char(arg, props)}]"
    if op is C.CATEGORY:
        return _CATEGORIES[arg] if arg in _CATEGORIES else _unknown()  # type: ignore[return-value]
    return None


def _then(rest: list, props: list[str], depth: int) -> str:  # type: ignore[type-arg]
    """A group of what must follow, or "" (anything) when that cannot be told: a shorter fragment
    only lets more lines through."""
    if depth >= 4 or not rest:
        return ""
    try:
        frags = _first(rest, props, depth + 1)
    except _Unknown:
        return ""
    body = "(?:" + "|".join(dict.fromkeys(_as_regex(f) for f in frags)) + ")"
    if len(body) > 4000:
        raise _Unknown
    return body


def _as_regex(frag: tuple[str, Any]) -> str:
    kind, value = frag
    if kind == "lit":
        return "".join(_escape(ch) for ch in value)
    if kind == "near":
        hi, lits = value
        return f"[^\\n]{{0,{hi}}}(?:" + "|".join("".join(_escape(ch) for ch in lit) for lit in lits) + ")"
    return value


def _unknown() -> Any:
    raise _Unknown


def _capped(out: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    if len(out) > MAX_FRAGMENTS:
        raise _Unknown
    return out


def _escape(ch: str) -> str:
    return ch if ch.isascii() and ch.isalnum() else f"\\U{ord(ch):08x}"


def _char(code: int, props: list[str]) -> str:
    k = code - _PLACEHOLDER
    if 0 <= k < len(props):
        return props[k]
    return _escape(chr(code))


def _class(items: list, props: list[str]) -> str:  # type: ignore[type-arg]
    parts = []
    for op, arg in items:
        if op is C.NEGATE:
            parts.insert(0, "^")
        elif op is C.LITERAL:
            parts.append(_char(arg, props))
        elif op is C.RANGE:
            parts.append(f"{_char(arg[0], props)}-{_char(arg[1], props)}")
        elif op is C.CATEGORY and arg in _CATEGORIES:
            parts.append(_CATEGORIES[arg])
        else:
            raise _Unknown
    return "[" + "".join(parts) + "]"


# -- Where an unanchored match can start: a few skippable characters before a literal -----------

@dataclass(frozen=True, slots=True)
class Anchor:
    """Every match starts with characters from `skip` (and horizontal or any whitespace, if the
    flags say so), then one of `literals` (lower-case ASCII): a match starts at most that run of
    characters before an occurrence of a literal."""

    literals: tuple[str, ...]
    skip: frozenset[str]
    spaces: bool  # horizontal whitespace may come before the literal
    newlines: bool  # any whitespace, line breaks too


@functools.lru_cache(maxsize=4096)
def anchor(source: str) -> Anchor | None:
    """How every match of `source` begins, as an Anchor; None if it cannot be told.

    >>> a = anchor(r"(?:(?<=^|[.!?])[^\\S\\n]*|[^\\S\\n]+)(?:\\.\\.+|\\u2026)?[^\\S\\n]*(?:read\\s+more|continue)")
    >>> a.literals, sorted(a.skip), a.spaces, a.newlines
    (('continue', 'read'), ['.', '…'], True, False)
    """
    try:  # a Unicode property becomes \w: a class this analysis never skips over
        tree = list(_parser.parse(_strip_lookbehinds(_PROPERTY.sub(r"\\w", source)), re.IGNORECASE))
    except (re.error, RecursionError, OverflowError):
        return None
    for strict in (True, False):  # anchor on words if every match has one up front, else on any literal
        try:
            literals, skip, flags = _anchor(tree, 0, strict)
            break
        except (RecursionError, _Unknown):
            continue
    else:
        return None
    return Anchor(tuple(sorted(literals)), frozenset(skip), "h" in flags or "n" in flags, "n" in flags)


def _anchor(items: list, depth: int, strict: bool) -> tuple[set[str], set[str], set[str]]:  # type: ignore[type-arg]
    """(literals, skippable characters, whitespace flags) for the sequence `items`."""
    if depth > 8:
        raise _Unknown
    skip: set[str] = set()
    flags: set[str] = set()
    for k, (op, arg) in enumerate(items):
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.LITERAL and chr(arg) != "\n" and (chr(arg).isalnum() and arg < 128 or not strict):
            run = []
            for op2, arg2 in items[k:]:
                if op2 is not C.LITERAL or chr(arg2) == "\n":
                    break
                run.append(chr(arg2))
            return {"".join(run).casefold()}, skip, flags
        spot = _skippable([(op, arg)], strict)
        if spot is not None:
            skip |= spot[0]
            flags |= spot[1]
            continue
        rest = items[k + 1 :]
        if op is C.SUBPATTERN:
            alts = [list(arg[-1]) + rest]
        elif op is C.ATOMIC_GROUP:
            alts = [list(arg) + rest]
        elif op is C.BRANCH:
            alts = [list(alt) + rest for alt in arg[1]]
        elif op in _REPEATS and arg[0] >= 1:
            alts = [list(arg[2]) + rest]
        elif op in _REPEATS:
            alts = [list(arg[2]) + rest, rest]
        else:
            raise _Unknown
        literals: set[str] = set()
        for alt in alts:
            lits, s, f = _anchor(alt, depth + 1, strict)
            literals |= lits
            skip |= s
            flags |= f
        return literals, skip, flags
    raise _Unknown


def _skippable(items: list, strict: bool = True) -> tuple[set[str], set[str]] | None:  # type: ignore[type-arg]
    """(characters, whitespace flags) if `items` can only consume punctuation-like characters
    (no letters or digits named literally; no literals at all unless `strict`) and whitespace."""
    chars: set[str] = set()
    flags: set[str] = set()
    for op, arg in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.LITERAL:
            if chr(arg).isalnum() or not strict:
                return None
            chars.add(chr(arg))
        elif op is C.IN:
            found = _class_chars(arg)
            if found is None:
                return None
            chars |= found[0]
            flags |= found[1]
        elif op is C.CATEGORY and arg is C.CATEGORY_SPACE:
            flags.add("n")
        elif op in _REPEATS or op is C.SUBPATTERN or op is C.ATOMIC_GROUP:
            sub = arg[2] if op in _REPEATS else (arg[-1] if op is C.SUBPATTERN else arg)
            inner = _skippable(list(sub), strict)
            if inner is None:
                return None
            chars |= inner[0]
            flags |= inner[1]
        elif op is C.BRANCH:
            for alt in arg[1]:
                inner = _skippable(list(alt), strict)
                if inner is None:
                    return None
                chars |= inner[0]
                flags |= inner[1]
        else:
            return None
    return chars, flags


def _class_chars(items: list) -> tuple[set[str], set[str]] | None:  # type: ignore[type-arg]
    ops = [op for op, _ in items]
    if ops and ops[0] is C.NEGATE:  # only [^\S\n] and [^\S\r\n]: horizontal whitespace
        rest = items[1:]
        if rest and rest[0] == (C.CATEGORY, C.CATEGORY_NOT_SPACE) and all(
                op is C.LITERAL and chr(a) in "\r\n" for op, a in rest[1:]) and any(a == 10 for _, a in rest[1:]):
            return set(), {"h"}
        return None
    chars: set[str] = set()
    flags: set[str] = set()
    for op, arg in items:
        if op is C.LITERAL:
            chars.add(chr(arg))
        elif op is C.RANGE and arg[1] - arg[0] < 64:
            chars |= {chr(c) for c in range(arg[0], arg[1] + 1)}
        elif op is C.CATEGORY and arg is C.CATEGORY_SPACE:
            flags.add("n")
        else:
            return None
    if any(ch.isalnum() for ch in chars):
        return None
    return chars, flags


# -- Whether a match can run over a line break -------------------------------------------------------

@functools.lru_cache(maxsize=4096)
def single_line(source: str) -> bool:
    """Whether no match of `source` can contain a line break (False when that cannot be told).

    >>> single_line(r"share[^\\S\\n]+this"), single_line(r"share\\s+this"), single_line(r"[^,]+")
    (True, False, False)
    """
    if "(?s" in source or "(?x" in source.replace(" ", ""):
        return False  # dot-all, or a verbose pattern the standard parser reads differently
    try:
        tree, props = _parse(source)
        return not _breaks(list(tree), props)
    except (re.error, RecursionError, OverflowError, _Unknown, KeyError):
        return False


@functools.lru_cache(maxsize=4096)
def _takes_newline(single: str) -> bool:
    import regex

    try:
        return regex.fullmatch(single, "\n", regex.IGNORECASE) is not None
    except regex.error:  # cannot tell: it may
        return True


def _breaks(items: list, props: list[str]) -> bool:  # type: ignore[type-arg]
    """Whether some item of the sequence can consume a line break."""
    for op, arg in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: what a look-ahead reads is not part of the match
        if op is C.ANY:
            continue  # "." stops at line breaks without the s flag (checked above)
        if op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.CATEGORY):
            single = _single(op, arg, props)
            if single is None or _takes_newline(single):
                return True
        elif op is C.SUBPATTERN:
            if _breaks(list(arg[-1]), props):
                return True
        elif op is C.ATOMIC_GROUP:
            if _breaks(list(arg), props):
                return True
        elif op in _REPEATS:
            if _breaks(list(arg[2]), props):
                return True
        elif op is C.BRANCH:
            if any(_breaks(list(alt), props) for alt in arg[1]):
                return True
        else:
            return True  # a back-reference or anything unknown: assume it can
    return False


@functools.lru_cache(maxsize=4096)
def line_local(source: str) -> bool:
    """Whether what `source` matches at a place depends on that place's line alone: no match runs
    over a line break, no look-around reads past one, and no `\\Z` asks where the text ends (`^`
    and `$` only read the break itself; `\\A` can only change with the first line, which a cut at
    the start of the text changes). False when that cannot be told.

    >>> line_local(r"share[^\\S\\n]+this"), line_local(r"(?<=\\n\\n)share"), line_local(r"share(?=[^\\n]*$)")
    (True, False, True)
    """
    if not single_line(source):
        return False
    try:
        tree, props = _parse(source)
        if not _local(list(tree), props):
            return False
    except (re.error, RecursionError, OverflowError, _Unknown, KeyError):
        return False
    return all(line_local(inner) for inner in _lookbehinds(source))


def _local(items: list, props: list[str]) -> bool:  # type: ignore[type-arg]
    for op, arg in items:
        if op is C.AT and arg is C.AT_END_STRING:  # \Z; \A is fine: a cut at the start changes the first line
            return False
        if op in (C.ASSERT, C.ASSERT_NOT) and (_breaks(list(arg[1]), props) or not _local(list(arg[1]), props)):
            return False
        inner = arg[-1] if op is C.SUBPATTERN else arg if op is C.ATOMIC_GROUP else arg[2] if op in _REPEATS else None
        if inner is not None and not _local(list(inner), props):
            return False
        if op is C.BRANCH and not all(_local(list(alt), props) for alt in arg[1]):
            return False
    return True


def _lookbehinds(source: str) -> list[str]:
    """The patterns inside the look-behind groups of `source` (the parser is not shown them)."""
    out, i = [], 0
    while i < len(source):
        if source.startswith(("(?<=", "(?<!"), i):
            end = _group_end(source, i)
            out.append(source[i + 4 : end - 1])
            i = end
            continue
        i += 2 if source[i] == "\\" else 1
    return out


@functools.lru_cache(maxsize=4096)
def never_empty(source: str) -> bool:
    """Whether every match of `source` takes at least one character (False when that cannot be told).

    >>> never_empty(r"read\\s+more"), never_empty(r"(?=x)"), never_empty(r"a*")
    (True, False, False)
    """
    try:
        return _parse(source)[0].getwidth()[0] > 0  # a property stands for one character either way
    except (re.error, RecursionError, OverflowError):
        return False


class LiteralIndex:
    """Which of a fixed set of literals a text holds, found in one pass by an Aho-Corasick automaton
    (the `fast` extra's `ahocorasick-rs`) instead of one `in` per literal. It only fills the memo
    that `satisfied` and the scans read: a literal it does not know is looked up as before, so the
    output is the same with it and without it.

    >>> index = LiteralIndex(["read", "more", "subscrib"])
    >>> index.usable == (accelerator() is not None)
    True
    """

    #: Shorter literals ("a", "the") are in nearly every text: `in` finds them at once, while the
    #: automaton would report each of their hundreds of occurrences. They are left to `in`.
    SHORTEST = 4

    #: The most literals the automaton is built as a DFA for (see `__init__`).
    DFA_UP_TO = 400

    def __init__(self, literals: Iterable[str]) -> None:
        self.literals = sorted(lit for lit in set(literals) if len(lit) >= self.SHORTEST)
        try:
            import ahocorasick_rs
        except ImportError:  # the extra is not installed: the pure path
            self.usable = False
            return
        self.usable = bool(self.literals)
        # A DFA reads a document in half the time of the default automaton; it takes more memory
        # (about 250 KB for the catalog's 200 literals, 2.4 MB for 2,000, and a Cleaner can hold a
        # detector for each of 1,024 sets of rules), so only for the few literals of most sets.
        kind = ahocorasick_rs.Implementation.DFA if len(self.literals) <= self.DFA_UP_TO else None
        self._automaton = ahocorasick_rs.AhoCorasick(self.literals, implementation=kind) if self.usable else None
        self._none_held = dict.fromkeys(self.literals, False)  # copied for each text: faster than built
        self.known = frozenset(self.literals)

    def held(self, folded: str) -> set[str] | None:
        """The literals of the index that `folded` (`fold(text)`) holds; None for a text the
        engine cannot read (a lone surrogate)."""
        assert self._automaton is not None
        try:
            return {self.literals[i] for i, _start, _end in self._automaton.find_matches_as_indexes(folded, overlapping=True)}
        except UnicodeEncodeError:
            return None

    def present(self, folded: str) -> dict[str, bool]:
        """Every literal of the index, and whether `folded` (`fold(text)`) holds it; nothing for
        a text the engine cannot read (a lone surrogate), whose literals are then looked up by `in`."""
        held = self.held(folded)
        if held is None:  # a lone surrogate, which the engine cannot take: each literal by `in`
            return {}
        out = dict(self._none_held)
        out.update(dict.fromkeys(held, True))
        return out


def accelerator() -> str | None:
    """The name of the installed accelerator's package, or None (the pure path)."""
    try:
        import ahocorasick_rs  # noqa: F401
    except ImportError:
        return None
    return "ahocorasick-rs"
