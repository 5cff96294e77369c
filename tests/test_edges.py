"""Runs of junk lines at a document's edge: found in one look, in linear time, as the repeated looks found them."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, layout
from cleaner.catalog import RULES
from cleaner.scan import EDGE_WALK_LINES, Detector
from cleaner.text import TIDY

ROOT = Path(__file__).resolve().parent.parent
BODY = "The council met on Tuesday to discuss the budget.\n\nIt agreed to raise spending on roads.\n\n"
CLEANER = Cleaner()


def tail_run(n: int) -> str:
    return BODY + "Source: Reuters\n" * n


def head_run(n: int) -> str:
    return "Menu\n" * n + BODY


def looks(monkeypatch: pytest.MonkeyPatch, cleaner: Cleaner, text: str) -> int:
    """How many times the engine looked at the text again after a cut."""
    calls = [0]
    real = Detector.find_again

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Detector, "find_again", counted)
    cleaner.clean(text)
    return calls[0]


@pytest.mark.parametrize("make", [tail_run, head_run])
def test_a_run_of_junk_lines_at_an_edge_takes_one_look_whatever_its_length(
        monkeypatch: pytest.MonkeyPatch, make) -> None:  # type: ignore[no-untyped-def]
    """Each look reads the whole document: one look per `zone` lines made the run quadratic. (The
    last zone's worth is left to a look of its own, which reads the text as the cuts leave it.)"""
    # (Below EDGE_WALK_LINES lines a document is short enough for the repeated looks.)
    assert looks(monkeypatch, CLEANER, make(3000)) == looks(monkeypatch, CLEANER, make(EDGE_WALK_LINES)) <= 3


@pytest.mark.parametrize("make", [tail_run, head_run])
def test_the_whole_run_comes_off(make) -> None:  # type: ignore[no-untyped-def]
    result = CLEANER.clean(make(2000))
    assert result.text.strip() == BODY.strip()
    assert sum(r.rule != TIDY for r in result.removed) == 2000
    assert result.restore_input() == make(2000)


def _cpu(text: str) -> float:
    """The least CPU time of three cleanings (the least is the least disturbed by other work)."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        CLEANER.clean(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("make", [tail_run, head_run])
def test_cleaning_time_grows_linearly_with_the_run(make) -> None:  # type: ignore[no-untyped-def]
    """Ten times the lines, about ten times the time (quadratic was a hundred times); the bound is
    generous so that a busy machine does not fail it."""
    CLEANER.clean(make(50))  # patterns compiled
    small, large = _cpu(make(1500)), _cpu(make(15000))
    assert large < 35 * max(small, 0.002), (small, large)


def _line_at_cpu(text: str) -> float:
    middle = len(text) // 2
    start = time.process_time()
    for pos in range(middle, middle + 4000, 2):
        layout.line_at(text, pos)
    return time.process_time() - start


def test_finding_a_line_does_not_read_the_whole_text() -> None:
    """`line_at` looked for a \r back to the text's start and on to its end: a call per cut line
    made a long document's plan quadratic. A hundred times the text, about the same time."""
    short, long = "x\n" * 5_000, "x\n" * 2_500_000
    assert _line_at_cpu(long) < 10 * max(_line_at_cpu(short), 0.001)
    assert layout.line_at("a\r\nb\rc\nd", 4) == layout.Line(3, 4, 5)
    assert layout.line_at("a\r\nb\rc\nd", 5) == layout.Line(5, 6, 7)
    assert layout.line_at("a\r\nb\rc\nd", 1) == layout.Line(0, 1, 3)


def _without_walk(cleaner: Cleaner, text: str):  # type: ignore[no-untyped-def]
    Detector.walk_edges = False
    try:
        return cleaner.clean(text)
    finally:
        Detector.walk_edges = True


CLEANERS = {name: Cleaner(preset=name) for name in ("conservative", "default", "aggressive")}
JUNK = [ex for r in RULES if r.scope in ("head", "tail", "line") for ex in r.remove]


def test_the_walk_gives_what_the_repeated_looks_give_on_every_example_and_seed() -> None:
    texts = [ex for r in RULES for ex in r.remove + r.keep] + [p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")]
    texts += [BODY + "\n".join(JUNK[k::7]) for k in range(7)] + ["\n\n".join(JUNK[k::5]) + "\n\n" + BODY for k in range(5)]
    for cleaner in CLEANERS.values():
        assert [cleaner.clean(t) for t in texts] == [_without_walk(cleaner, t) for t in texts]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(JUNK + ["Menu", "Source: Reuters", "", "The ferry runs at dawn.", "It rained.",
                                        "Related", "How I Built a Shed"]), max_size=40), st.sampled_from(sorted(CLEANERS)))
def test_the_walk_gives_what_the_repeated_looks_give(lines: list[str], preset: str) -> None:
    text = "\n".join(lines)
    assert CLEANERS[preset].clean(text) == _without_walk(CLEANERS[preset], text)
