"""Presets: named selections of the catalog by confidence, nothing more."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from .errors import UnknownRuleError
from .rules import Rule

#: preset name -> the confidences it applies, with the one-line description `cleaner rules` shows.
PRESETS: dict[str, tuple[frozenset[str], str]] = {
    "conservative": (frozenset({"high"}), "exact phrases only"),
    "default": (frozenset({"high", "medium"}), "every rule that is safe on prose"),
    "aggressive": (frozenset({"high", "medium", "low"}), "adds riskier guesses, such as bare related-story headlines"),
}


def catalog() -> list[Rule]:
    """Every built-in rule, in catalog order."""
    from .catalog import RULES

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
