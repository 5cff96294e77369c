"""Checking a rule: its fields are well formed, its pattern compiles, and the engine cuts each of its
remove-examples and none of its keep-examples."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from . import presets
from .document import Cleaned
from .errors import RuleError, RuleTimeoutError
from .rules import CONFIDENCES, MODEL_SCOPES, SCOPES, Rule
from .timer import CHECKING, TimeLimit

_ID = regex.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*")

#: How a set of rules alone cleans a text, under a time limit: the engine, which is the one judge of
#: what a rule removes (`cleaner.engine.check_rule` passes it; this module does not import the engine,
#: which checks the rules it is given with this module).
Judge = Callable[[list[Rule], TimeLimit], Callable[[str], Cleaned]]


def check(rule: Rule, judge: Judge) -> None:
    """Raise `RuleError` if the id, scope or pattern is malformed or an example disagrees with `judge`."""
    where = f"rule {rule.id!r}"
    check_fields(rule)
    # Block and model rules extend other rules' cuts, so they are checked beside the catalog.
    company = [r for r in presets.catalog() if r.id != rule.id and r.scope not in MODEL_SCOPES] \
        if rule.scope == "block" or rule.scope in MODEL_SCOPES else []
    me = replace(rule, paths=())  # examples stand for documents the rule is meant for
    try:
        clean = judge([*company, me], CHECKING)
    except regex.error as exc:  # compiles alone, not inside the combined scan (e.g. a numbered back-reference)
        raise RuleError(f"{where}: pattern does not compile inside a scan: {exc}; "
                        "refer back with named groups, (?P<name>...) and (?P=name)") from None
    try:
        _check_examples(rule, where, clean)
    except RuleTimeoutError:
        raise RuleError(f"{where}: pattern runs past {CHECKING.seconds:g} s on its own examples "
                        "(catastrophic backtracking?)") from None


def check_fields(rule: Rule) -> None:
    """Raise `RuleError` if the id, scope, confidence, description, zone, threshold or pattern is
    malformed (what can be said of the rule without cleaning a text).

    >>> check_fields(Rule(id="Footer", description="Footer.", pattern="Thanks"))
    Traceback (most recent call last):
    ...
    cleaner.errors.RuleError: rule 'Footer': id must look like 'family.kebab-name' (e.g. 'backlink.read-original')
    """
    where = f"rule {rule.id!r}"
    if not _ID.fullmatch(rule.id):
        raise RuleError(f"{where}: id must look like 'family.kebab-name' (e.g. 'backlink.read-original')")
    if rule.scope not in SCOPES:
        raise RuleError(f"{where}: scope {rule.scope!r} is not one of {', '.join(SCOPES)}")
    if rule.confidence not in CONFIDENCES:
        raise RuleError(f"{where}: confidence {rule.confidence!r} is not one of {', '.join(CONFIDENCES)}")
    if not rule.description:
        raise RuleError(f"{where}: description is empty")
    if not isinstance(rule.zone, int) or isinstance(rule.zone, bool) or rule.zone < 0:
        raise RuleError(f"{where}: field 'zone' is {rule.zone!r}; use a whole number of lines, 0 or more")
    if rule.scope in MODEL_SCOPES:
        if not 0.5 <= rule.threshold < 1.0:
            raise RuleError(f"{where}: threshold {rule.threshold!r} must be a probability from 0.5 to below 1")
    else:
        _check_pattern(rule, where)


def _check_pattern(rule: Rule, where: str) -> None:
    try:
        compiled = regex.compile(rule.regex_source(), regex.IGNORECASE)
    except regex.error as exc:
        raise RuleError(f"{where}: pattern does not compile: {exc}") from None
    if compiled.search("") is not None and compiled.fullmatch(""):
        raise RuleError(f"{where}: pattern matches the empty string")


def _check_examples(rule: Rule, where: str, clean: Callable[[str], Cleaned]) -> None:
    for example in rule.remove:
        if not any(r.rule == rule.id for r in clean(example).removed):
            raise RuleError(f"{where}: remove-example is not removed: {example!r}")
    for example in rule.keep:
        cut = [r.text for r in clean(example).removed if r.rule == rule.id]
        if cut:
            raise RuleError(f"{where}: keep-example loses {cut[0]!r}: {example!r}")
