"""The cheap skips in front of ftfy change nothing: `repair` equals `ftfy.fix_text` with the project's settings."""

from __future__ import annotations

import ftfy
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.unicode import _MOJIBAKE, FTFY_CONFIG, needs_repair, repair

from .scale_data import PARAS, article

PLAIN_CONFIG = FTFY_CONFIG._replace(explain=False)


def mojibake(text: str, codec: str) -> str:
    return text.encode("utf-8").decode(codec, errors="replace")


PIECES = PARAS + [
    "caf\u00e9 na\u00efve \u00c5ngstr\u00f6m", "\u2018single\u2019 \u201cdouble\u201d \u2026 \u2013 \u2014",
    "\u0391\u03b8\u03ae\u03bd\u03b1 \u039c\u03cc\u03c3\u03c7\u03b1 \u0412\u0413\u0420\u0421", "\u00a0\u00ad\u00b0\u00b5\u00bd",
    "&lt;b&gt; &amp; &#8217;", "<p>&amp;</p>", "\x1b[31mred\x1b[0m", "\x85\x91\x92", "\ufffd", "Ã ", "Â ",
]


def texts() -> st.SearchStrategy[str]:
    piece = st.one_of(
        st.sampled_from(PIECES),
        st.sampled_from(PIECES).flatmap(lambda p: st.sampled_from(["cp1252", "latin-1", "cp1251", "cp1253", "mac_roman"])
                                        .map(lambda c: mojibake(p, c))),
        st.text(max_size=12),
    )
    return st.lists(st.tuples(piece, st.sampled_from(["", " ", "\n", "\r\n", "\n\n"])), max_size=8).map(
        lambda parts: "".join(a + b for a, b in parts))


@settings(max_examples=600, deadline=None)
@given(texts())
def test_repair_equals_ftfy(text: str) -> None:
    fixed, fixes = repair(text)
    assert fixed == ftfy.fix_text(text, PLAIN_CONFIG)
    if not needs_repair(text):
        assert fixed == text and not fixes


def test_corpus_repair_equals_ftfy() -> None:
    docs = [article(i) for i in range(80)] + [mojibake(p, "cp1252") + "\n" + p for p in PIECES]
    for text in docs:
        assert repair(text)[0] == ftfy.fix_text(text, PLAIN_CONFIG)


def test_skip_is_in_use() -> None:
    assert _MOJIBAKE is not None
    clean = "\u201cWe are ready,\u201d she said \u2014 \u4e2d\u6587 \u0441\u043e\u0432\u0435\u0442."
    assert _MOJIBAKE.search(clean) is None and not needs_repair(clean)
    assert needs_repair(mojibake(clean, "cp1252"))


def test_lines_skipped_whole_keep_what_ftfy_carries_from_line_to_line() -> None:
    """Lines with nothing to repair are passed over without a look, but a "<" on one of them still
    stops the unescaping of HTML entities on the lines after it, as in ftfy."""
    cases = [
        "a < b, said the note\nfish &amp; chips\n",
        "fish &amp; chips\na < b\n&amp; again caf\u00c3\u00a9\n",
        "plain\n\nlines\nonly then caf\u00c3\u00a9 &amp;",
        "\n\n\n&amp;\n\n",
    ]
    for text in cases:
        fixed, fixes = repair(text)
        assert fixed == ftfy.fix_text(text, PLAIN_CONFIG)
        for fix in fixes:
            assert fixed[fix.start : fix.end] == fix.fixed
    assert repair(cases[0])[0] == cases[0]  # the entity after the "<" stays
