"""The scan shortcuts (literal prefilters, line gates) change no hit: pinned against plain full scans."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, Rule
from cleaner.catalog import RULES
from cleaner.scan import Detector, _line_matches

from .scale_data import JUNK, PARAS, article

EXAMPLES = [ex for r in RULES for ex in r.remove + r.keep]


def plain(detector: Detector) -> Detector:
    """The same detector with every shortcut off: each scan runs over the whole text."""
    ref = copy.copy(detector)
    ref.needs = dict.fromkeys(detector.needs)  # no literals required: every rule is tried
    for name in ("line", "sentence", "paragraph", "inline"):
        scan = getattr(detector, name)
        if scan is not None:
            scan = copy.copy(scan)
            scan.gate = None
            scan.exhaustive = True  # every position tried
            setattr(ref, name, scan)
    return ref


@pytest.fixture(scope="module", params=["conservative", "default", "aggressive"])
def pair(request: pytest.FixtureRequest) -> tuple[Detector, Detector]:
    det = Cleaner(preset=request.param)._detector
    return det, plain(det)


def same(pair: tuple[Detector, Detector], text: str) -> None:
    fast, ref = pair
    assert sorted(fast.find(text)) == sorted(ref.find(text))


def test_gates_are_in_use() -> None:
    rules = [
        Rule("t.share", "share prompt", r"share\s+this(?:\s+story)?\s*:?", scope="line"),
        Rule("t.count", "share count", r"\d+\s+shares?", scope="line"),
        Rule("t.more", "read-more link", r"(?:\.\.\.|\u2026)?[^\S\n]*read\s+more(?=[^\S\n]*$)", scope="inline"),
        Rule("t.appeared", "appeared first", r"the\s+post\s+[^\n]{1,80}?\s+appeared\s+first\s+on\b[^\n]*", scope="sentence"),
    ]
    det = Cleaner(rules)._detector
    assert det.line is not None and det.line.gate is not None
    assert det.inline is not None and all(det.inline.anchors.values())
    assert det.sentence is not None and all(det.sentence.anchors.values())
    text = "Markets rose 3% on Monday.\n\nShare this story:\n\n12 shares\n\nIt ended... read more\n"
    assert sorted(det.find(text)) == sorted(plain(det).find(text))
    assert {r for _s, _e, r, _w in det.find(text)} == {0, 1, 2}
    catalog = Cleaner()._detector  # the catalog's line rules are gated (a catalog change may undo it)
    assert catalog.line is not None and catalog.line.gate is not None
    assert det.needs


def test_a_capital_i_matches_a_dotless_one() -> None:
    """`regex` matches a pattern's "I" to the dotless "ı" (which casefolds to itself): rules written
    with a capital "I" still match Turkish text's "ı" where their literals are looked for first."""
    rules = [Rule("t.note", "a notice", r"Important notice:?", scope="line"),
             Rule("t.worth", "a teaser", r"(?:\.\.\.|\u2026)?[^\S\n]*Is it worth it\?", scope="inline"),
             Rule("t.signed", "a sign-off", r"Independent journalism needs you\.", scope="sentence")]
    det = Cleaner(rules)._detector
    text = ("The river rose.\n\n\u0131mportant notice\n\nThe town waited... \u0131s it worth it?\n\n"
            "The water fell. \u0131ndependent journalism needs you.\n")
    assert sorted(det.find(text)) == sorted(plain(det).find(text))
    assert {r for _s, _e, r, _w in det.find(text)} == {0, 1, 2}


def test_unanchored_inline_rules_need_a_rare_word() -> None:
    """An inline rule whose start no literal tells (`truncation.char-count`: a word's fragment, then
    "… [+123 chars]") makes the inline scan try every position of a text that holds its required
    literals: those must be rare. With "chars?]" read as "char" and "]" apart, every page holding
    "character" and a Markdown link was scanned so: nine tenths of the inline scan's time over the
    dev documents and the saved pages."""
    det = Cleaner(preset="aggressive")._detector
    assert det.inline is not None
    for i in det.inline.indices:
        if det.inline.anchors[i] is None:
            needs = det.needs[i]
            assert needs is not None and max(min(map(len, clause)) for clause in needs) >= 5, det.rules[i].id


def test_rule_examples_and_corpus(pair: tuple[Detector, Detector]) -> None:
    for text in EXAMPLES + [article(i) for i in range(60)]:
        same(pair, text)
        same(pair, "Intro.\n\n" + text + "\n\nMore text follows here.\n")
        same(pair, "- " + text.replace("\n", "\r\n"))


def test_letters_that_casefold_to_several(pair: tuple[Detector, Detector]) -> None:
    """"ß" casefolds to "ss" and "İ" to "i" and a dot: the literals are still looked for in their
    places (`cleaner.literals.fold`), and a rule still matches where "İ" stands for an "i" (`regex`
    matches the two case-insensitively)."""
    for text in EXAMPLES + [article(i) for i in range(20)]:
        same(pair, "Die Straße war nass.\n\n" + text + "\n\n\u0130stanbul, \u00c4rger, \ufb02o\u00df.\n")
        same(pair, text.replace("i", "\u0130") + "\n\nGro\u00df.\n")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(JUNK + PARAS[:3] + [
    "", "Tags: rain, river, storm", "Related", "May 3, 2024", "Flood defences finished a year early",
    "Related posts\nFlood defences finished a year early\nRiver levels fall after the storm",
    "Flood defences finished a year early\nMay 3, 2024\nRiver levels fall after the storm\nMay 4, 2024"]), max_size=12),
       st.sampled_from(["\n", "\n\n", "\n \n"]))
def test_lines_rules_found_from_the_breaks(parts: list[str], sep: str) -> None:
    """A `lines` rule's runs found by searching for the line breaks (`scan._line_matches`) are those
    `finditer` finds trying "^" at every position."""
    det = Cleaner(preset="aggressive")._detector
    text = sep.join(parts)
    det._lines_hits(text, None, set(det.lines))  # compiles the patterns
    assert det._lines_after_break
    for i, after_break in det._lines_after_break.items():
        pattern = det._lines_patterns[i]
        assert _line_matches(pattern, after_break, text, None) == [m.span() for m in pattern.finditer(text)]


def test_lines_inside_a_markdown_link(pair: tuple[Detector, Detector]) -> None:
    """A line may open with a link's bracket (LEAD takes it): the gate must still let it through."""
    for line in ["[Leave a Comment](https://example.com/post/#respond)", "- [Share this](https://example.com/s)",
                 "[Source link](https://example.com/a)", "  > [Read more](https://example.com/b)"]:
        same(pair, "The river rose on Monday.\n\n" + line + "\n\nThe water fell by Friday.\n")


@pytest.mark.parametrize("zone", [0, 1, 2, 5, 40])
@pytest.mark.parametrize("scope", ["head", "tail"])
def test_zones_of_any_size(scope: str, zone: int) -> None:
    """A zoned rule is tried on its zone's lines only; a zone of no lines (found by fuzzing) or of
    more lines than the document has gives what the plain scan gives."""
    rule = Rule("t.menu", "menu label", r"menu", scope=scope, zone=zone)
    det = Cleaner([rule], check=False)._detector
    for text in ["Menu\n\nText here.\n\nMenu\n", "!\x10\x01", "", "\n\n  \nMenu", "Menu"]:
        assert sorted(det.find(text)) == sorted(plain(det).find(text))


LINES = st.one_of(st.sampled_from(EXAMPLES + JUNK + PARAS), st.text(max_size=30),
                  st.sampled_from(EXAMPLES + JUNK).map(lambda line: f"[{line}](https://example.com/x)"),
                  st.sampled_from(["* ", "> ", "\u2022 ", "  ", "#", "+ "]).map(lambda lead: lead + "Share this:"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(LINES, st.sampled_from(["\n", "\n\n", " ", "\r\n", ". "])), max_size=10))
def test_generated_documents(parts: list[tuple[str, str]]) -> None:
    text = "".join(a + b for a, b in parts)
    assert sorted(AGGRESSIVE.find(text)) == sorted(AGGRESSIVE_PLAIN.find(text))


AGGRESSIVE = Cleaner(preset="aggressive")._detector
AGGRESSIVE_PLAIN = plain(AGGRESSIVE)


def test_a_line_gate_offers_the_rules_of_every_literal_the_line_starts_with() -> None:
    """ "Share" starts "Shares", so a line opening with the longer literal is tried with both rules."""
    rules = [
        Rule("t.shares", "a label", r"shares", scope="line"),
        Rule("t.share", "a share row", r"share[\w ]+", scope="line"),
    ]
    det = Cleaner(rules)._detector
    assert det.line is not None and det.line.gate is not None
    text = "Prices fell.\n\nSharesies Facebook Twitter\n\nShares\n"
    hits = sorted(det.find(text))
    assert hits == sorted(plain(det).find(text))
    assert [(text[s:e], rules[r].id) for s, e, r, _w in hits] == [
        ("Sharesies Facebook Twitter", "t.share"), ("Shares", "t.shares")]


def test_required_literals_pass_over_words_every_text_holds() -> None:
    """Of the words a match must hold, "the" rules nothing out: the prefilter takes "app" instead."""
    from cleaner.literals import required_literals

    assert required_literals(r"(?:get|download)\s+the\s+app") == (frozenset({"app"}), frozenset({"download", "get"}))
    assert required_literals(r"open\s+in\s+app|(?:get|download)\s+the\s+app") == (frozenset({"open", "app"}),)
