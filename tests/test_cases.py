"""Before/after cases per family: the named rule makes the cut, and keep-cases come back whole."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from cleaner.catalog import RULES

from .cases import Case, all_cases

CASES = all_cases()
CLEANERS = {p: Cleaner(preset=p) for p in ("conservative", "default", "aggressive")}
IDS = {r.id for r in RULES} | {r.family for r in RULES}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Case) -> None:
    assert case.rule in IDS, f"case names an unknown rule {case.rule!r}"
    result = CLEANERS[case.preset].clean(case.input)
    assert result.text == case.output
    rules = {r.rule for r in result.removed}
    if case.keep:
        assert not result.removed
    else:
        assert case.rule in rules or case.rule in {r.split(".")[0] for r in rules}, f"cut by {rules}, not {case.rule}"


def test_every_family_has_remove_and_keep_cases() -> None:
    families = {r.family for r in RULES}
    for family in families:
        mine = [c for c in CASES if c.rule.split(".")[0] == family]
        assert any(not c.keep for c in mine), f"no remove-case for {family}"
        assert any(c.keep for c in mine), f"no keep-case for {family}"
