"""Invariants that need no labels: lossless report, idempotence, output is input minus spans."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Cleaned, Cleaner
from cleaner.catalog import RULES

ROOT = Path(__file__).resolve().parent.parent
CLEANERS = {name: Cleaner(preset=name) for name in ("conservative", "default", "aggressive")}

JUNK_LINES = [ex for r in RULES for ex in r.remove] + ["Read original article here", "Leave a Comment", "Source link"]
PROSE = [
    "The river rose three feet overnight.",
    "He declined to leave a comment when reached by phone.",
    "Residents said the source link was broken.",
    "\u201cWe will rebuild,\u201d the mayor said \u2014 twice.",
    "Caf\u00e9 owners in M\u00fcnchen and \u6771\u4eac agreed.",
    "",
]


def check_invariants(cleaner: Cleaner, text: str) -> Cleaned:
    result = cleaner.clean(text)
    assert result.restore() == result.repaired
    assert result.restore_input() == text
    pos = 0
    for r in result.removed:
        assert r.start >= pos and r.end > r.start
        assert result.repaired[r.start : r.end] == r.text
        pos = r.end
    again = cleaner.clean(result.text)
    assert not again.removed, "cleaning clean text cuts nothing more"
    # ftfy judges mojibake line by line, so a line a cut shortened can be judged anew: "\x9b\u00ba [\u2026]"
    # is only a C1 control fix, the "\u203a\u00ba" left after "[\u2026]" comes off reads as mojibake.
    if not again.fixes:
        assert again.text == result.text, "cleaning clean text changes nothing"
    return result


#: Inline cuts that change what is left of their line, so that a second look has new lines to read.
INLINE_TAILS = ["", "", "", " [\u2026]", " [...]", " Read more \u00bb", " (more\u2026)", " \u2026 [+3043 chars]"]


def documents() -> st.SearchStrategy[str]:
    line = st.one_of(st.sampled_from(JUNK_LINES), st.sampled_from(PROSE), st.text(max_size=40))
    sep = st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\n\n\n", " \n"])
    return st.lists(st.tuples(line, st.sampled_from(INLINE_TAILS), sep), max_size=12).map(
        lambda parts: "".join(a + t + b for a, t, b in parts))


@settings(max_examples=300, deadline=None)
@given(documents(), st.sampled_from(sorted(CLEANERS)), st.booleans())
def test_lossless_and_idempotent(text: str, preset: str, trim_end: bool) -> None:
    check_invariants(CLEANERS[preset], text.rstrip("\r\n") if trim_end else text)


@pytest.mark.parametrize("path", sorted((ROOT / "seeds").glob("*.txt")), ids=lambda p: p.name)
@pytest.mark.parametrize("preset", sorted(CLEANERS))
def test_seed_invariants(path: Path, preset: str) -> None:
    check_invariants(CLEANERS[preset], path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_examples_invariants(rule) -> None:  # type: ignore[no-untyped-def]
    for text in rule.remove + rule.keep:
        for cleaner in CLEANERS.values():
            check_invariants(cleaner, text)
            check_invariants(cleaner, "Intro line.\r\n\r\n" + text.replace("\n", "\r\n") + "\r\n")


DEV = ROOT.parent / "shared" / "dev"


@pytest.mark.skipif(not DEV.is_dir(), reason="the labelled development corpus is not next to this checkout")
def test_lossless_and_idempotent_on_the_development_corpus() -> None:
    from cleaner.scoring import load_labelled

    for doc in load_labelled(DEV):
        for cleaner in CLEANERS.values():
            check_invariants(cleaner, doc.text)


@settings(max_examples=300, deadline=None)
@given(documents(), st.sampled_from(sorted(CLEANERS)))
def test_second_pass_near_the_seams_finds_what_a_full_pass_finds(text: str, preset: str) -> None:
    """After a cut the engine looks again only near the cuts (and at zones and paragraphs)."""
    from cleaner.scan import Detector

    cleaner = CLEANERS[preset]
    fast = cleaner.clean(text)
    full = Detector.find_again
    try:
        Detector.find_again = lambda self, t, seams, timeout=None, memo=None, **kw: self.find(t, timeout)  # type: ignore[method-assign]
        slow = cleaner.clean(text)
    finally:
        Detector.find_again = full  # type: ignore[method-assign]
    assert fast == slow


def test_second_pass_on_every_example_and_seed() -> None:
    from cleaner.scan import Detector

    texts = [ex for r in RULES for ex in r.remove + r.keep] + [p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")]
    for cleaner in CLEANERS.values():
        fast = [cleaner.clean(t) for t in texts]
        full = Detector.find_again
        try:
            Detector.find_again = lambda self, t, seams, timeout=None, memo=None, **kw: self.find(t, timeout)  # type: ignore[method-assign]
            assert [cleaner.clean(t) for t in texts] == fast
        finally:
            Detector.find_again = full  # type: ignore[method-assign]
