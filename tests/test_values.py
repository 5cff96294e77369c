"""Values stay values: checking a rule, choosing rules and the time limit, each in one place."""

from __future__ import annotations

import math
import pickle

import pytest

from cleaner import Cleaner, CleanerError, Rule, RuleError, TimeLimit, check_rule, phrases
from cleaner.presets import catalog, select_rules
from cleaner.timer import COMMAND_LINE, NO_LIMIT
from cleaner.validate import check, check_fields

FOOTER = Rule(id="mysite.footer", description="Footer.", pattern=phrases("Thanks for reading"),
              remove=("Thanks for reading",), keep=("She said thanks for reading it to the class.",))


def test_a_rule_is_checked_by_the_judge_it_is_given() -> None:
    """validate.check asks the judge how the rule alone cleans each example: a judge that cuts
    nothing fails the remove-example, the engine's judge passes it."""
    from cleaner.document import Cleaned

    calls = []

    def nothing_cut(rules: list[Rule], limit: TimeLimit):  # type: ignore[no-untyped-def]
        calls.append(([r.id for r in rules], limit))
        return lambda text: Cleaned(text, (), (), text)

    with pytest.raises(RuleError, match="remove-example is not removed: 'Thanks for reading'"):
        check(FOOTER, nothing_cut)
    assert calls == [(["mysite.footer"], TimeLimit(2.0))]
    check_rule(FOOTER)


def test_fields_are_checked_without_cleaning() -> None:
    with pytest.raises(RuleError, match="scope 'everywhere' is not one of"):
        check_fields(Rule(id="mysite.x", description="X.", pattern="x", scope="everywhere"))  # type: ignore[arg-type]
    with pytest.raises(RuleError, match="pattern matches the empty string"):
        check_fields(Rule(id="mysite.x", description="X.", pattern="x*"))


def test_a_bad_rule_in_extend_is_refused_and_check_false_skips_it() -> None:
    bad = Rule(id="mysite.bad", description="Bad.", pattern="Thanks", remove=("Goodbye",))
    with pytest.raises(RuleError, match="remove-example is not removed: 'Goodbye'"):
        Cleaner(extend=[bad])
    assert Cleaner(extend=[bad], check=False).rules[-1] is bad


@pytest.mark.parametrize("options", [
    {},
    {"preset": "aggressive"},
    {"preset": "conservative", "ignore": "backlink"},
    {"select": ["backlink", "engagement.leave-a-comment"], "ignore": ["backlink.read-original"]},
    {"extend": [FOOTER], "ignore": "mysite"},
    {"rules": [FOOTER]},
    {"rules": [FOOTER], "preset": "default", "extend": []},
])
def test_the_cleaner_applies_what_select_rules_chooses(options: dict) -> None:  # type: ignore[type-arg]
    assert Cleaner(**options).rules == tuple(select_rules(**options))


def test_select_rules_reads_one_name_and_refuses_an_unknown_one() -> None:
    assert [r.id for r in select_rules(select="engagement.leave-a-comment")] == ["engagement.leave-a-comment"]
    with pytest.raises(CleanerError, match="did you mean 'backlink'"):
        select_rules(ignore=["backlnk"])
    with pytest.raises(CleanerError, match="is defined twice"):
        select_rules(extend=[catalog()[0]])


def test_the_time_limit_is_one_value() -> None:
    cleaner = Cleaner(timeout=0.5)
    assert cleaner.limit == TimeLimit(0.5) and cleaner.timeout == 0.5
    assert Cleaner(limit=TimeLimit(0.5)).limit == cleaner.limit and Cleaner().limit == NO_LIMIT
    assert pickle.loads(pickle.dumps(cleaner)).limit == TimeLimit(0.5)
    with pytest.raises(CleanerError, match="give the time limit once"):
        Cleaner(timeout=1.0, limit=TimeLimit(1.0))


@pytest.mark.parametrize("seconds", [-1.0, math.inf, math.nan])
def test_a_time_limit_that_is_no_number_of_seconds_is_refused(seconds: float) -> None:
    """It made every match time out (or none); now the Cleaner is refused when it is built."""
    with pytest.raises(CleanerError, match="give a number of seconds, 0 or more"):
        Cleaner(timeout=seconds)


def test_the_command_lines_limit() -> None:
    assert TimeLimit.option(0) == NO_LIMIT and TimeLimit.option(5) == COMMAND_LINE == TimeLimit(5.0)
    with pytest.raises(CleanerError, match=r"^--timeout -1\.0: give a number of seconds, 0 or more \(0: no limit\)$"):
        TimeLimit.option(-1.0)
    assert TimeLimit(3.0).rerun() == TimeLimit(7.0)  # twice the limit and a second, for the run that names the rule
