"""Presets and rule selection: which rules a preset, `select`, `ignore` and `extend` leave to apply."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

from .catalog import ALIASES, RULES
from .errors import RuleError, UnknownRuleError
from .rules import Rule
from .text import TIDY

#: preset name -> the confidences it applies, with the one-line description `cleaner rules` shows.
PRESETS: dict[str, tuple[frozenset[str], str]] = {
    "conservative": (frozenset({"high"}), "exact phrases only"),
    "default": (frozenset({"high", "medium"}), "every rule that is safe on prose"),
    "aggressive": (frozenset({"high", "medium", "low"}), "adds riskier guesses, such as bare related-story headlines"),
}


def catalog() -> list[Rule]:
    """Every built-in rule, in catalog order."""
    return list(RULES)


def choose(rules: Sequence[Rule], preset: str) -> list[Rule]:
    """The rules a preset applies.

    >>> [r.confidence for r in choose(catalog(), "conservative")][:1]
    ['high']
    """
    if preset not in PRESETS:
        close = difflib.get_close_matches(preset, PRESETS, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise UnknownRuleError(f"unknown preset {preset!r} (known: {', '.join(PRESETS)}){hint}")
    levels = PRESETS[preset][0]
    return [r for r in rules if r.confidence in levels]


def select_rules(
    rules: Sequence[Rule] | None = None,
    *,
    preset: str | None = None,
    select: str | Iterable[str] = (),
    ignore: str | Iterable[str] = (),
    extend: Sequence[Rule] = (),
) -> list[Rule]:
    """The rules to apply, in order: `rules` (default: the catalog, picked by `preset`, default
    "default"; rules given are all kept unless a preset is named), then `extend`; `select` (ids or
    families, renamed ids read as their new ones) replaces that choice from all of them, and
    `ignore` drops from it. An unknown name or preset, or an id that `extend` takes twice, is an error.

    >>> [r.id for r in select_rules(select="backlink.read-original")]
    ['backlink.read-original']
    >>> select_rules(select=["backlink.read-orignal"])
    Traceback (most recent call last):
    ...
    cleaner.errors.UnknownRuleError: unknown rule or family 'backlink.read-orignal'; did you mean 'backlink.read-original'?
    """
    base = list(rules) if rules is not None else catalog()
    check_ids_free(base, extend)
    pool = base + list(extend)
    chosen = base if rules is not None and preset is None else choose(base, preset or "default")
    chosen = chosen + list(extend)
    select, ignore = _names(select), _names(ignore)
    if select:
        chosen = [r for r in pool if _matches(r, _known(pool, select))]
    if ignore:
        chosen = [r for r in chosen if not _matches(r, _known(pool, ignore))]
    return _unique(chosen)


def check_ids_free(rules: Sequence[Rule] | None, extend: Sequence[Rule]) -> None:
    """Raise `RuleError` when a rule in `extend` takes an id that a rule before it has (in `rules`,
    default the catalog): a rule would otherwise be dropped without a word."""
    taken = {r.id: _where(r, "the rules given") for r in (catalog() if rules is None else rules)}
    for rule in extend:
        if rule.id in taken:
            raise RuleError(f"rule id {rule.id!r} is defined twice: in {taken[rule.id]} and in "
                            f"{_where(rule, 'extend=')}; give one of them another id (to replace a built-in "
                            f"rule, --ignore {rule.id} and give yours a new id)")
        taken[rule.id] = _where(rule, "extend=")


def _names(names: str | Iterable[str]) -> list[str]:
    """A list of rule names; one name given as a string is one name, not its letters."""
    return [names] if isinstance(names, str) else list(names)


def _known(pool: Sequence[Rule], names: list[str]) -> set[str]:
    """The ids and families named, renamed ids read as their new ids; an unknown name is an error."""
    names = [ALIASES.get(n, n) for n in names]
    known = {r.id for r in pool} | {r.family for r in pool}
    for name in names:
        if name in (TIDY, TIDY.split(".")[0]) and name not in known:
            raise UnknownRuleError(
                f"{name!r} cannot be selected or ignored: it is not a rule but the engine's tidying of the "
                "whitespace a cut leaves (the cut line's break, a blank line the cut doubles), which keeps the "
                "text's layout and the report's rebuild exact; to keep a line, ignore the rule that cut it")
        if name not in known:
            close = difflib.get_close_matches(name, sorted(known), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else "; `cleaner rules` lists them"
            raise UnknownRuleError(f"unknown rule or family {name!r}{hint}")
    return set(names)


def _matches(rule: Rule, names: set[str]) -> bool:
    return rule.id in names or rule.family in names


def _where(rule: Rule, default: str) -> str:
    """Where a rule was defined: its file, the built-in catalog, or `default` for a rule made in Python."""
    if rule.source != "catalog":
        return rule.source
    return "the built-in catalog" if any(r is rule for r in RULES) else default


def _unique(rules: Iterable[Rule]) -> list[Rule]:
    seen: dict[str, Rule] = {}
    for r in rules:
        seen.setdefault(r.id, r)
    return list(seen.values())
