"""Unicode repair: fixes what is broken, leaves typography alone, and the cheap skip changes nothing."""

from __future__ import annotations

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, CleanerError
from cleaner.unicode import FTFY_CONFIG, needs_repair, repair

BROKEN = [
    "It\u00e2\u20ac\u2122s a caf\u00c3\u00a9",  # UTF-8 read as Windows-1252
    "Fish &amp; chips &lt;3",
    "bell\x07 and \x1b[31mred\x1b[0m",
    "\u00c3\u00a9t\u00c3\u00a9 \u00e2\u20ac\u201d m\u00c3\u00aame",
    "na\u00efve \u0080quote\u0081",
]
CLEAN = [
    "\u201cCurly\u201d quotes \u2014 and dashes \u2013 stay.",
    "Stra\u00dfe, \u00e9t\u00e9, \u0107evap, \u00c5ngstr\u00f6m",
    "\u6771\u4eac\u3068\u5927\u962a \u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd \u041f\u0440\u0438\u0432\u0435\u0442",
    "e\u0301 combining acute, \ufb01 ligature, \uff21 full width",
    "line one\r\nline two\r\n",
]


def test_typography_and_other_scripts_skip_ftfy() -> None:
    for text in (CLEAN[0], CLEAN[2], CLEAN[4], "plain ASCII words"):
        assert not needs_repair(text)


def test_broken_text_is_repaired_and_each_repair_listed() -> None:
    for text in BROKEN:
        fixed, fixes = repair(text)
        assert fixed == ftfy.fix_text(text, FTFY_CONFIG) != text
        assert fixes and all(f.steps for f in fixes)


def test_correct_text_is_left_exactly_as_it_was() -> None:
    for text in CLEAN:
        assert repair(text) == (text, ())
        assert ftfy.fix_text(text, FTFY_CONFIG) == text


def test_fixes_rebuild_the_input() -> None:
    text = "Intro\n" + "\n".join(BROKEN) + "\nOutro\n\nLeave a Comment\n"
    result = Cleaner(repair="output").clean(text)
    assert result.restore_input() == text
    assert len(result.fixes) == len(BROKEN)
    assert Cleaner(repair=True).clean(text) == result


def test_by_default_repairs_find_junk_and_the_input_comes_back_in_its_own_characters() -> None:
    """Junk is looked for in the repaired text; what is kept, and what a removal holds, is the
    input's own characters, so the article comes back as it was written, entities and all."""
    text = ("Fish &amp; chips, it\u00e2\u20ac\u2122s said, are back on the menu.\n\n"
            "Don\u00e2\u20ac\u2122t miss out on the latest news\n\nAT&amp;T &lt;3\n")
    result = Cleaner(select=["promo"]).clean(text)
    assert result.text == ("Fish &amp; chips, it\u00e2\u20ac\u2122s said, are back on the menu.\n\n"
                           "AT&amp;T &lt;3\n")
    assert [r.text for r in result.removed if r.rule != "tidy.whitespace"] == [
        "Don\u00e2\u20ac\u2122t miss out on the latest news\n"]
    assert result.fixes == () and result.repaired == text and result.restore() == text
    assert Cleaner(select=["promo"], repair="off").clean(text).text == text  # not found unrepaired


def test_a_cut_inside_a_repaired_line_keeps_the_input_around_it() -> None:
    text = "The caf\u00c3\u00a9 opened in May, and the whole town came to see it. Follow us on Twitter for more updates.\n"
    repaired = Cleaner(repair="output").clean(text)
    result = Cleaner().clean(text)
    assert repaired.text == "The caf\u00e9 opened in May, and the whole town came to see it.\n"
    assert result.text == "The caf\u00c3\u00a9 opened in May, and the whole town came to see it.\n"
    assert result.restore() == text
    assert [r.rule for r in result.removed] == [r.rule for r in repaired.removed]


def test_an_unknown_repair_mode_is_an_error_that_names_the_modes() -> None:
    with pytest.raises(CleanerError, match="'detect', 'output', 'off'"):
        Cleaner(repair="yes")


def test_repair_can_be_turned_off() -> None:
    text = BROKEN[0]
    assert Cleaner(repair=False).clean(text).text == text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(
    list("ab &;#\n\r\t.\u00e2\u20ac\u2122\u00c3\u00a9\u00a9\u00e9\u201c\u201d\u2014\u6771\u0645\x07\x80\u00a0\ufffd\u0301")
    + ["&amp;", "\u00c3\u00a9", "\u00e2\u20ac\u2122", "caf\u00c3\u00a9 ", "word "]), max_size=40).map("".join))
def test_skip_never_changes_output(text: str) -> None:
    """The cheap test is a superset of what ftfy changes: skipping gives ftfy's own output."""
    assert repair(text)[0] == ftfy.fix_text(text, FTFY_CONFIG)
