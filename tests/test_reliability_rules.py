"""Hostile or broken rules: a runaway pattern is stopped per document and named; a bad rule file is refused at load."""

from __future__ import annotations

import gc
import json
import signal
from pathlib import Path

import pytest

from cleaner import Cleaner, timer
from cleaner.cli import SKIPPED, USAGE, main
from cleaner.config import load_rules
from cleaner.errors import ConfigError, RuleTimeoutError
from cleaner.rules import Rule

# (a|aa)+ splits a run of a's in exponentially many ways before it can fail on the missing "z".
EVIL = Rule(id="user.runaway", description="backtracks", pattern=r"(?:a|aa)+z", remove=("aaz",))
TRAP = "A story.\n\n" + "a" * 64 + "!\n\nThe end.\n"

EVIL_TOML = '''
[[rule]]
id = "user.runaway"
description = "backtracks catastrophically"
pattern = '(?:a|aa)+z'
remove = ["aaz"]
'''


def test_runaway_rule_is_stopped_and_named() -> None:
    cleaner = Cleaner(extend=[EVIL], timeout=0.2)
    cleaner.clean_within("Fine.\n\naaz\n", None, timer.NO_LIMIT)  # its patterns compiled, untimed
    with pytest.raises(RuleTimeoutError, match=r"rule 'user.runaway' ran past the time limit of 0.2 s") as info:
        cleaner.clean(TRAP)
    assert info.value.rule == "user.runaway"
    # The limit is CPU time: a full garbage collection of what earlier tests left in this process
    # would be charged to the next document (it once took it past 0.2 s), so collect first.
    gc.collect()
    assert cleaner.clean("Fine.\n\naaz\n").text == "Fine.\n"  # the same Cleaner goes on with other documents


@pytest.mark.parametrize("scope", ["sentence", "paragraph", "inline"])
def test_runaway_rule_is_named_in_every_scope(scope: str) -> None:
    rule = Rule(id="user.runaway", description="backtracks", pattern=r"(?:a|aa)+z", scope=scope)
    # A "z" somewhere: the scans skip rules whose required letters a document lacks.
    with pytest.raises(RuleTimeoutError, match="user.runaway"):
        Cleaner(extend=[rule], timeout=0.2, check=False).clean(TRAP + "Zero.\n")


def test_runaway_rule_skips_the_document_and_the_run_goes_on(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "trap.txt").write_text(TRAP)
    (src / "fine.txt").write_text("Fine.\n\naaz\nRead original article here\n")
    config = tmp_path / "rules.toml"
    config.write_text(EVIL_TOML)
    out = tmp_path / "out"
    gc.collect()  # not charged to fine.txt's 0.2 s of CPU (see test_runaway_rule_is_stopped_and_named)
    code = main(["clean", str(src), "--out", str(out), "-q", "--config", str(config), "--timeout", "0.2"])
    records = {r["path"]: r for r in map(json.loads, (out / "cleaner-report.jsonl").open())}
    assert code == SKIPPED
    assert "rule 'user.runaway' ran past the time limit" in records["trap.txt"]["skipped"]
    assert (out / "fine.txt").read_text() == "Fine.\n"
    assert (src / "trap.txt").read_text() == TRAP


def test_cli_has_a_default_time_limit() -> None:
    from cleaner.cli import build_parser
    from cleaner.cli.common import build_cleaner
    from cleaner.timer import COMMAND_LINE

    args = build_parser().parse_args(["clean", "x", "--dry-run"])
    assert args.timeout == COMMAND_LINE.seconds == 5.0 and build_cleaner(args).limit == COMMAND_LINE
    args = build_parser().parse_args(["clean", "x", "--dry-run", "--timeout", "0"])
    assert build_cleaner(args).timeout is None


def _refused(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> str:
    config = tmp_path / "bad.toml"
    config.write_text(text)
    (tmp_path / "a.txt").write_text("text\n")
    assert main(["clean", str(tmp_path / "a.txt"), "--dry-run", "--config", str(config)]) == USAGE
    err = capsys.readouterr().err
    assert str(config) in err
    return err


def test_invalid_regex_is_refused_at_load_with_file_rule_and_reason(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    err = _refused(tmp_path, '[[rule]]\nid = "user.broken"\ndescription = "d"\npattern = "(unclosed"\n', capsys)
    assert "rule 'user.broken'" in err and "pattern does not compile" in err and "missing )" in err


def test_invalid_toml_is_refused_at_load_with_file_and_reason(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    err = _refused(tmp_path, '[[rule]]\nid = "user.x\ndescription = 3\n', capsys)
    assert "not valid TOML" in err and "line 2" in err


def test_rule_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "latin.toml"
    config.write_bytes('[[rule]]\nid = "user.caf\xe9"\n'.encode("latin-1"))
    with pytest.raises(ConfigError, match="latin.toml: rule file is not UTF-8"):
        load_rules(config)


def test_numbered_back_reference_is_refused_at_load(tmp_path: Path) -> None:
    # Found by the atheris target: (a)\1 compiles alone, but inside the combined scan \1 names the rule's own group.
    config = tmp_path / "rules.toml"
    config.write_text('[[rule]]\nid = "user.echo"\ndescription = "d"\npattern = \'(ab)\\1\'\n')
    with pytest.raises(ConfigError, match=r"rules.toml: rule 'user.echo': pattern does not compile inside a scan"):
        load_rules(config)
    named = tmp_path / "named.toml"
    named.write_text('[[rule]]\nid = "user.echo"\ndescription = "d"\npattern = \'(?P<w>ab)(?P=w)\'\nremove = ["abab"]\n')
    assert load_rules(named)[0].id == "user.echo"


def test_runaway_rule_is_named_when_tried_on_a_line_another_rule_matched() -> None:
    # The combined scan matches the line with user.tailx (first alternative), out of its zone; the line is
    # then tried against the other rules one by one, and there the runaway one has to be caught too.
    tail = Rule(id="user.tailx", description="t", pattern=r"a+!", scope="tail", zone=1)
    evil = Rule(id="user.runaway", description="e", pattern=r"(?:a|aa)+z", scope="tail", zone=10)
    with pytest.raises(RuleTimeoutError, match="user.runaway"):
        Cleaner([tail, evil], timeout=0.2, check=False, repair=False).clean("a" * 60 + "!\n\nx\n\ny\n\nz\n")


def test_runaway_rule_is_refused_at_load_when_its_own_example_sets_it_off(tmp_path: Path) -> None:
    config = tmp_path / "rules.toml"
    config.write_text(EVIL_TOML.replace('remove = ["aaz"]', 'remove = ["aaz"]\nkeep = ["' + "a" * 64 + '!"]'))
    with pytest.raises(ConfigError, match=r"rules.toml: rule 'user.runaway': pattern runs past 2 s on its own examples"):
        load_rules(config)


def test_the_command_lines_timer_gives_what_the_per_match_limit_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    """One timer per document, no limit on each match: same results, and the limit still holds."""

    # The two ways are compared under a limit no example comes near: the limit counts the whole
    # process's CPU time, and late in a test run a garbage collection or compiling a pattern can
    # take a tenth of a second of it (0.2 s failed here twice). The runaway rule below is stopped
    # by the 0.2 s limit.
    roomy = Cleaner(extend=[EVIL], timeout=5.0)
    texts = [ex for r in roomy.rules for ex in r.remove + r.keep]
    assert [timer.clean(roomy, t) for t in texts] == [roomy.clean(t) for t in texts]
    cleaner = Cleaner(extend=[EVIL], timeout=0.2)
    cleaner.clean_within(TRAP.replace("a" * 64, "a"), None, timer.NO_LIMIT)  # its patterns compiled, untimed
    limits = []
    real = Cleaner.clean_within
    monkeypatch.setattr(Cleaner, "clean_within", lambda self, text, path, limit: limits.append(limit) or real(self, text, path, limit))
    assert timer.clean(cleaner, texts[0]) == cleaner.clean(texts[0])
    assert limits[0] == timer.NO_LIMIT  # the timer's way: no per-match limit
    limits.clear()
    with pytest.raises(RuleTimeoutError, match="user.runaway") as info:
        timer.clean(cleaner, TRAP)
    assert info.value.rule == "user.runaway"
    assert limits == [timer.NO_LIMIT, timer.TimeLimit(0.2)]  # stopped by the timer, then named by a run with the per-match limit
    assert timer.clean(cleaner, "Fine.\n\naaz\n").text == "Fine.\n"  # disarmed: the next document is cleaned


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_expiry_swallowed_by_a_destructor_still_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Python swallows an exception raised while a `__del__` runs (`regex` runs some while it
    compiles a pattern; CI once caught the timer there): the document is still cleaned again with
    the per-match limit, not passed as if it had finished in time."""

    class Dying:
        def __del__(self) -> None:
            timer._expire(signal.SIGPROF, None)  # the timer strikes here; the exception goes nowhere

    cleaner = Cleaner(timeout=5.0)
    limits = []
    real = Cleaner.clean_within

    def clean_within(self: Cleaner, text: str, path: str | None, limit: timer.TimeLimit) -> object:
        if not limits:  # the first document's run under the timer
            Dying()  # made and dropped at once: its __del__ runs now
        limits.append(limit)
        return real(self, text, path, limit)

    text = "Markets rose.\n\nRead original article here\n"
    expected = cleaner.clean(text)
    monkeypatch.setattr(Cleaner, "clean_within", clean_within)
    assert timer.clean(cleaner, text) == expected
    assert limits[:2] == [timer.NO_LIMIT, timer.TimeLimit(5.0)]  # the timer's run, then one with the per-match limit
    del limits[2:]
    assert timer.clean(cleaner, "Fine.\n").text == "Fine.\n" and limits[2:] == [timer.NO_LIMIT]  # the next document: one run


def test_the_timer_is_not_used_outside_the_main_thread() -> None:
    import threading


    cleaner = Cleaner(extend=[EVIL], timeout=0.2)
    caught: list[BaseException] = []

    def work() -> None:
        try:
            timer.clean(cleaner, TRAP)
        except RuleTimeoutError as exc:
            caught.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(30)
    assert len(caught) == 1 and caught[0].rule == "user.runaway"  # type: ignore[attr-defined]
