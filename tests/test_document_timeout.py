"""--timeout holds for a whole document: one slow as a whole, with no rule to blame, is skipped with a reason."""

from __future__ import annotations

import gc
import time

import pytest

from cleaner import Cleaner, Rule, timer
from cleaner.cli import main
from cleaner.errors import RuleTimeoutError

# Each line takes this rule a few milliseconds (it backtracks over the a's), far below the limit;
# a thousand lines take seconds.
SLOW = Rule(id="user.slow", description="A line of x, a's and y.", pattern=r"x(?:a|aa)*y", scope="line",
            remove=("xaay",), keep=("xaab",))
LINES = "".join(f"x{'a' * 22} {i}\n" for i in range(1500))


def test_the_command_lines_timer_skips_a_document_slow_as_a_whole() -> None:
    cleaner = Cleaner(extend=[SLOW], select=["user.slow"], timeout=0.3, check=False)
    start = time.process_time()
    with pytest.raises(RuleTimeoutError, match="ran past the time limit of 0.3 s, though no single rule did"):
        timer.clean(cleaner, LINES)
    assert time.process_time() - start < 4  # the two timed runs: 0.3 s, then 1.6 s at most
    gc.collect()  # a full collection would be charged to the next document's 0.3 s of CPU
    assert timer.clean(cleaner, "Fine.\n\nxaay\n").text == "Fine.\n"  # the next document is cleaned


def test_the_library_checks_the_document_after_each_look(monkeypatch: pytest.MonkeyPatch) -> None:
    cleaner = Cleaner(extend=[SLOW], select=["user.slow"], timeout=0.3, check=False)
    with pytest.raises(RuleTimeoutError, match="no single rule did"):
        cleaner.clean(LINES)


def test_the_cli_reports_the_slow_document_and_cleans_the_others(tmp_path) -> None:  # type: ignore[no-untyped-def]
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "slow.txt").write_text(LINES, encoding="utf-8")
    (src / "fine.txt").write_text("Fine.\n\nxaay\n", encoding="utf-8")
    config = tmp_path / "slow.toml"
    config.write_text('[[rule]]\nid = "user.slow"\ndescription = "A line of x, a\'s and y."\n'
                      'pattern = \'x(?:a|aa)*y\'\nremove = ["xaay"]\nkeep = ["xaab"]\n', encoding="utf-8")
    gc.collect()  # not charged to fine.txt's 0.3 s of CPU
    code = main(["clean", str(src), "--out", str(out), "-q", "--config", str(config), "--select", "user.slow",
                 "--timeout", "0.3", "--workers", "1"])
    assert code == 1
    report = (out / "cleaner-report.jsonl").read_text(encoding="utf-8")
    assert "slow.txt" in report and "no single rule did" in report
    assert (out / "fine.txt").read_text(encoding="utf-8") == "Fine.\n"
    assert not (out / "slow.txt").exists()
