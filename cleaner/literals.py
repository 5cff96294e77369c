"""Literal prefilters: the words a pattern cannot match without, so a scan can skip what cannot match."""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

#: A conjunction of clauses; a clause is satisfied when any of its literals occurs in the text.
Needs = tuple[frozenset[str], ...]

MAX_CLAUSES = 4
_PROPERTY = re.compile(r"\\[pP](?:\{[^}]*\}|\w)")
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))


def required_literals(source: str) -> Needs | None:
    """Clauses of lower-case ASCII literals that every match of `source` contains, or None if unknown.

    The test is case-insensitive: compare with ``text.casefold()``. None means "may match anything".

    >>> [sorted(c) for c in required_literals(r"read\\s+(?:more|on)\\b")]
    [['read'], ['more', 'on']]
    >>> required_literals(r"\\w+") is None
    True
    """
    try:
        tree = _parser.parse(_strip_lookbehinds(_PROPERTY.sub(r"\\d", source)), re.IGNORECASE)
    except (re.error, RecursionError, OverflowError):
        return None
    clauses = _sequence(list(tree))
    if not clauses:
        return None
    best = sorted(set(clauses), key=lambda c: (-min(map(len, c)), len(c), sorted(c)))
    return tuple(best[:MAX_CLAUSES])


def satisfied(needs: Needs | None, folded: str, memo: dict[str, bool]) -> bool:
    """Whether every clause has a literal in `folded` (the casefolded text); `memo` caches look-ups."""
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


def _sequence(items: list) -> list[frozenset[str]]:  # type: ignore[type-arg]
    clauses: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            clauses.append(frozenset(["".join(run)]))
            run.clear()

    for op, arg in items:
        if op is C.LITERAL and arg < 128:
            run.append(chr(arg).lower())
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


def _branch(alternatives: list) -> frozenset[str] | None:  # type: ignore[type-arg]
    """One clause for an alternation: the best clause of each alternative, joined."""
    out: set[str] = set()
    for alt in alternatives:
        clauses = _sequence(list(alt))
        if not clauses:
            return None
        out |= max(clauses, key=lambda c: (min(map(len, c)), -len(c)))
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
