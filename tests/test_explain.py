"""`cleaner explain` and `cleaner.explain`: the document with every cut marked in place, then a summary per rule."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

import cleaner
from cleaner import Cleaner, Removal
from cleaner.cli import main
from cleaner.explain import mark, render

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b1c333bcfcf2b32f.txt"
SEED_RULES = ("backlink.read-original", "disclaimer.denial-of-responsibility", "engagement.leave-a-comment")
MARK = re.compile(r"\[-(.*?)-\]\{([\w.-]+) (high|medium|low)\}", re.DOTALL)


def test_cli_shows_the_three_seed_cuts_with_their_rule_ids(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(SEED), "--color", "never"]) == 0
    out = capsys.readouterr().out
    marks = MARK.findall(out)
    assert [rule for _, rule, _ in marks] == list(SEED_RULES)
    assert marks[0][0] == "Read original article here"
    assert marks[1][0].startswith("Denial of responsibility!") and marks[1][0].endswith("within 24 hours.")
    assert marks[2][0] == "Leave a Comment"
    # The article itself is printed unmarked, and the summary lists each rule once.
    assert "China’s top graft-buster has warned" in out
    summary = out.split("\n--\n", 1)[1]
    for rule in SEED_RULES:
        assert len(re.findall(rf"\b{re.escape(rule)}$", summary, re.MULTILINE)) == 1
    assert "6 removals, 468 of 3692 characters removed" in summary


def test_removing_the_marks_gives_back_the_document() -> None:
    text = SEED.read_text(encoding="utf-8")
    result = Cleaner().clean(text)
    plain = mark(result.repaired, result.removed, whitespace=True)
    unmarked = MARK.sub(lambda m: m.group(1), plain).replace("↵", "\n")
    assert unmarked == text


def test_colour_marks_cuts_with_ansi_and_never_with_brackets(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(SEED), "--color", "always"]) == 0
    out = capsys.readouterr().out
    assert "\x1b[31;9mRead original article here\x1b[0m\x1b[2;36m{backlink.read-original high}\x1b[0m" in out
    assert "[-" not in out


def test_auto_colour_is_off_when_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(SEED)]) == 0
    assert "\x1b[" not in capsys.readouterr().out


def test_context_shows_only_lines_near_cuts() -> None:
    # Varied paragraphs, so that nothing here looks like a run of widget lines.
    topics = ("the harbour budget", "a tram strike", "the winter storms", "museum funding", "the ferry timetable")
    paragraphs = [f"In part {n}, " + " ".join([f"reporters followed {topics[n % 5]} as it went on;"] * (1 + n % 4))
                  + f" {'Officials declined to comment.' if n % 3 else 'The mayor spoke at length.'}" for n in range(20)]
    paragraphs[10] = "Leave a Comment"
    text = "\n\n".join(paragraphs) + "\n\nRead original article here\n"
    out = render(Cleaner().clean(text), context=2)
    body = out.split("\n--\n")[0]
    assert "In part 9," in body and "In part 11," in body and "In part 19," in body
    assert "In part 8," not in body and "In part 12," not in body and "In part 0," not in body
    assert "\n..\n" in body
    assert body.count("[-Leave a Comment-]{engagement.leave-a-comment high}") == 1
    assert body.count("[-Read original article here-]{backlink.read-original high}") == 1


def test_python_explain_prints_and_returns_the_result() -> None:
    buf = io.StringIO()
    result = cleaner.explain("Markets rose.\n\nSource link\n", Cleaner(select=["backlink"]), file=buf, color=False)
    assert result.text == "Markets rose.\n"
    out = buf.getvalue()
    assert out.startswith("Markets rose.\n\n[-Source link-]{backlink.source-link ")
    assert out.endswith("characters removed\n")


def test_document_without_cuts_prints_unchanged_with_zero_summary() -> None:
    buf = io.StringIO()
    cleaner.explain("Just an article.\n", file=buf, color=False)
    assert buf.getvalue() == "Just an article.\n--\n0 removals, 0 of 17 characters removed\n"


def test_one_removal_is_counted_in_the_singular() -> None:
    buf = io.StringIO()
    cleaner.explain("Markets rose.\nSource link\n", file=buf, color=False)
    assert buf.getvalue().endswith("\n1 removal, 12 of 26 characters removed\n")


def test_mark_keeps_a_spans_last_newline_outside_the_marks() -> None:
    removed = [Removal("x.a", 0, 4, "Aa\n\n"), Removal("x.b", 4, 6, "Bb", confidence="medium")]
    assert mark("Aa\n\nBb", removed) == "[-Aa\n-]{x.a high}\n[-Bb-]{x.b medium}"


def test_unicode_repairs_are_counted_and_offsets_point_into_the_repaired_text() -> None:
    buf = io.StringIO()
    text = "Caf\u00c3\u00a9 news.\n\nRead original article here\n"
    cleaner.explain(text, Cleaner(repair="output"), file=buf, color=False)
    out = buf.getvalue()
    assert out.startswith("Café news.\n\n[-Read original article here-]{backlink.read-original high}\n")
    assert "1 unicode repairs" in out


def test_by_default_the_input_is_marked_in_its_own_characters() -> None:
    buf = io.StringIO()
    cleaner.explain("Caf\u00c3\u00a9 news.\n\nRead original article here\n", file=buf, color=False)
    out = buf.getvalue()
    assert out.startswith("Caf\u00c3\u00a9 news.\n\n[-Read original article here-]{backlink.read-original high}\n")
    assert "unicode repairs" not in out


def test_missing_file_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_binary_file_is_a_usage_error_with_the_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "x.txt"
    f.write_bytes(b"\x00\x01binary")
    assert main(["explain", str(f)]) == 2
    assert "binary file" in capsys.readouterr().err


def test_rule_options_apply(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(SEED), "--color", "never", "--ignore", "disclaimer"]) == 0
    rules = [rule for _, rule, _ in MARK.findall(capsys.readouterr().out)]
    assert rules == ["backlink.read-original", "engagement.leave-a-comment"]


def test_path_option_reaches_rules_limited_to_some_paths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rule]]\nid = "site.footer"\ndescription = "a site footer"\nphrases = ["Thanks for reading"]\n'
                     'scope = "line"\nkeep = ["She said thanks."]\n'
                     'paths = ["site/*"]\n', encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text("News of the day.\n\nThanks for reading\n", encoding="utf-8")
    args = ["explain", str(doc), "--color", "never", "--config", str(rules)]
    assert main(args) == 0
    assert "site.footer" not in capsys.readouterr().out
    assert main([*args, "--path", "site/a.txt"]) == 0
    assert "[-Thanks for reading-]{site.footer high}" in capsys.readouterr().out
