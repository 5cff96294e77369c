"""Fuzzing with hypothesis: junk, prose and Unicode edge cases never raise, and every invariant holds."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import Cleaner
from cleaner.catalog import RULES
from cleaner.config import load_rules
from cleaner.errors import CleanerError
from cleaner.io import SkipDocument, decode

CLEANERS = [Cleaner(preset="aggressive"), Cleaner(preset="default", repair=False)]
JUNK = sorted({ex for r in RULES for ex in r.remove[:3]})
PROSE = [
    "The council met on Tuesday.", "She said she would not leave a comment.", "Prices rose 3% in May.",
    "\u201cIt was,\u201d he said, \u201cthe end.\u201d", "Read the original article in the archive, they said.",
]
EDGE = [
    "e\u0301\u0308\u20dd",  # stacked combining marks
    "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \u202eevil\u202c",  # Hebrew, Arabic, an RTL override
    "zero\u200bwidth\u200d\u2060joiner\ufeff",  # zero-width characters and a stray BOM
    "\u65e5\u672c\u8a9e\u306e\u6587\u3002\u4e2d\u6587\u3002",  # CJK with ideographic full stops
    "\ud83d lone high, lone low \udc00",  # lone surrogates, as a str can hold them
    "\\ud83d\\ude00 escaped",  # surrogates escaped as text
    "\x00\x07\x1b[31m\x7f",  # control characters and an ANSI escape
    "\u2028line sep\u2029para sep\x85nel\x0bvt\x0cff",  # Unicode line breaks
    "\U0001f468\u200d\U0001f469\u200d\U0001f467 \U0001f1fa\U0001f1f8",  # ZWJ emoji and flags
    "Ã©Ã¨ mojibake â€” dash &amp; entity",
    "\ufffd\ufffe\uffff",
]
BREAKS = ["\n", "\n\n", "\r\n", "\r", "\r\n\r\n", " \n", "\t\n", "\u2028"]


def documents() -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(JUNK), st.sampled_from(PROSE), st.sampled_from(EDGE),
                      st.text(max_size=30), st.text(st.characters(codec="utf-8"), max_size=20))
    joined = st.lists(st.tuples(piece, st.sampled_from(BREAKS)), max_size=14)
    return joined.map(lambda parts: "".join(a + b for a, b in parts))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.sampled_from(range(len(CLEANERS))))
def test_cleaning_never_raises_and_keeps_every_invariant(text: str, which: int) -> None:
    cleaner = CLEANERS[which]
    result = cleaner.clean(text)
    assert result.restore() == result.repaired, "the report rebuilds the repaired text"
    assert result.restore_input() == text, "the report rebuilds the input"
    if not cleaner.repair:
        assert result.repaired == text
    pos = 0
    for r in result.removed:  # the output is the input with disjoint spans taken out, in order
        assert pos <= r.start < r.end <= len(result.repaired)
        assert result.repaired[r.start : r.end] == r.text
        pos = r.end
    assert sum(r.end - r.start for r in result.removed) == len(result.repaired) - len(result.text)
    again = cleaner.clean(result.text)
    assert not again.removed, "cleaning is idempotent: a second run cuts nothing"
    # (It can still repair a line that a cut shortened: ftfy judges mojibake a line at a time.)
    assert again.text == result.text or again.fixes, "cleaning is idempotent"


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=200), documents().map(lambda t: t.encode("utf-8", "surrogatepass")),
                 st.tuples(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"]),
                           st.binary(max_size=60)).map(b"".join)))
def test_decoding_is_exact_or_refused(data: bytes) -> None:
    try:
        doc = decode(data)
    except SkipDocument as exc:
        assert str(exc)
        return
    assert doc.encode(doc.text) == data


TOML_PARTS = ['[[rule]]', 'id = "user.x"', 'id = "bad id"', 'description = "d"', 'pattern = "a+b"',
              "pattern = '(?:a|aa)+z'", 'pattern = "("', 'phrases = ["Read more"]', 'phrases = []', 'scope = "tail"',
              'scope = "nowhere"', 'zone = -1', 'remove = ["ab"]', 'keep = ["ab"]', 'verbose = true', '[meta]',
              'paths = ["*.md"]', 'confidence = "low"', 'x = 1', '"', '[rule]', 'pattern = ""', 'remove = [1]']


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(TOML_PARTS), st.text(max_size=15)), max_size=10))
def test_rule_loader_raises_only_config_errors(tmp_path: Path, lines: list[str]) -> None:
    path = tmp_path / "rules.toml"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    try:
        rules = load_rules(path)
    except CleanerError as exc:
        assert str(path) in str(exc)
        return
    Cleaner(rules, timeout=1.0).clean("ab\nRead more\n")


def test_chained_cuts_converge() -> None:
    # Found by tests/fuzz/fuzz_engine.py: each cut brings the next line to a paragraph's start.
    from cleaner.rules import Rule

    cleaner = Cleaner([Rule(id="user.x", description="x", pattern="X", scope="paragraph", zone=0)], repair=False)
    once = cleaner.clean("X\rX\nX\nX\nX").text
    assert cleaner.clean(once).text == once


def test_space_between_two_inline_cuts_is_reported_once() -> None:
    # Found by tests/fuzz/fuzz_engine.py: each cut claimed the space between them, and the report listed it twice.
    result = Cleaner(preset="aggressive").clean("Word icon-expand […]")
    assert result.restore() == result.repaired
    assert [r.rule for r in result.removed].count("tidy.whitespace") == 1


def test_inline_cut_across_a_line_break_keeps_the_report_lossless() -> None:
    # Found by tests/fuzz/fuzz_engine.py: the line break tidied after the cut lay inside the cut as well.
    from cleaner.rules import Rule

    cleaner = Cleaner([Rule(id="user.sponsored", description="d", pattern=r"sponsored\s+content", scope="inline")])
    for text in ("sponsored\ncontent\nMore.", "A\nsponsored\ncontent", "x sponsored\r\ncontent y"):
        result = cleaner.clean(text)
        assert result.restore() == result.repaired == text
        assert all(a.end <= b.start for a, b in zip(result.removed, result.removed[1:]))
        assert "sponsored" not in result.text
