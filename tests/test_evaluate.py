"""The labelled-corpus metric on small hand-made cases whose answers are worked out by hand."""

from __future__ import annotations

from cleaner.document import Cleaned
from cleaner.scoring import CONTENT, JUNK, Evaluation, Labelled, normalise, removed_tokens, score_document


def scored(text: str, out: str, junk: tuple[str, ...] = (), optional: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    doc = Labelled("t", text, junk, optional)
    return score_document(doc, Cleaned(out, (), (), text))


def test_normalisation() -> None:
    assert normalise("\u201cQuote\u2019s\u201d") == "quotes"
    assert normalise("\u2014") == ""  # a dash alone is no token
    assert normalise("\uff21BC") == "abc"  # NFKC


def test_perfect_cut() -> None:
    s = scored("Rain fell hard.\nLeave a Comment", "Rain fell hard.", junk=("Leave a Comment",))
    assert s.counts == {JUNK: 3, "optional": 0, CONTENT: 3}
    assert s.removed[JUNK] == 3 and s.removed[CONTENT] == 0 and s.perfect


def test_missed_and_wrongly_cut() -> None:
    s = scored("Rain fell hard.\nLeave a Comment", "Rain\nLeave a Comment", junk=("Leave a Comment",))
    assert s.removed[JUNK] == 0 and s.removed[CONTENT] == 2
    ev = Evaluation([s])
    assert ev.recall == 0.0 and ev.precision == 0.0 and abs(ev.content_loss - 2 / 3) < 1e-9
    assert s.missed == ["Leave a Comment"] and s.wrongly_cut == ["fell hard."]


def test_optional_counts_nowhere() -> None:
    s = scored("Body text here.\nPhoto: Example", "Body text here.", optional=("Photo: Example",))
    ev = Evaluation([s])
    assert s.removed["optional"] == 2 and ev.precision == 1.0 and ev.content_loss == 0.0


def test_repeated_words_are_placed_on_the_junk() -> None:
    # Deleting one of two "Source" tokens: the run sits where it covers the labelled junk.
    raw, out = ["source", "source"], ["source"]
    assert removed_tokens(raw, out, [CONTENT, JUNK]) == [False, True]
    assert removed_tokens(raw, out, [JUNK, CONTENT]) == [True, False]


def test_replaced_block_keeps_equal_tokens() -> None:
    assert removed_tokens(["a", "b", "c"], ["x", "b"], [CONTENT] * 3) == [True, False, True]


def test_k_th_occurrence_labels() -> None:
    s = scored("Ad\nText one.\nAd\nText two.\nAd", "Text one.\nText two.\nAd", junk=("Ad", "Ad"))
    assert s.counts[JUNK] == 2 and s.counts[CONTENT] == 5
    assert s.removed[JUNK] == 2 and s.perfect


def test_negative_document_damage() -> None:
    ev = Evaluation([scored("All of this is content.", "All of this content.")])
    assert ev.damaged_negatives == ["t"] and ev.perfect == 0.0
