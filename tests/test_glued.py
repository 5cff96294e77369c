"""Lines glued together from several labels (`cleaner.glued`)."""

from __future__ import annotations

from cleaner import Cleaner

ARTICLE = "The ferry to the island runs twice a day in summer, and once a day from October on.\n"
BAR = ("Share this:Click to share on Twitter (Opens in new window)Click to share on Facebook (Opens in new window)"
       "2Click to email a link to a friend (Opens in new window)Like this:Like Loading...")


def _cuts(text: str) -> list[tuple[str, str]]:
    return [(r.rule, r.text) for r in Cleaner().clean(text).removed if r.rule != "tidy.whitespace"]


def test_a_glued_share_bar_goes_piece_by_piece() -> None:
    result = Cleaner().clean(ARTICLE + BAR + "\n")
    assert result.text == ARTICLE
    assert _cuts(ARTICLE + BAR + "\n") == [
        ("engagement.share-this", "Share this:"),
        ("engagement.share-this", "Click to share on Twitter (Opens in new window)"),
        ("engagement.share-this", "Click to share on Facebook (Opens in new window)2"),  # its counter with it
        ("engagement.share-this", "Click to email a link to a friend (Opens in new window)"),
        ("engagement.share-this", "Like this:"),
        ("engagement.share-this", "Like Loading..."),
    ]


def test_labels_glued_after_the_last_sentence_go_and_the_sentence_stays() -> None:
    line = ARTICLE.rstrip("\n") + "Tags: ferries, islands\tShare this:Click to share on Twitter (Opens in new window)\n"
    assert Cleaner().clean(line).text == ARTICLE
    assert [rule for rule, _ in _cuts(line)] == ["navigation.tags", "engagement.share-this", "engagement.share-this"]


def test_a_piece_no_rule_takes_keeps_the_line() -> None:
    for text in ("Share this:The ferry to the island runs twice a day in summer, and once on Sundays.\n",
                 "Share this:Like this:Weather permitting, the ferry stops at the lighthouse.\n"):
        assert Cleaner().clean(text).text == text


def test_one_label_goes_only_glued_after_a_sentence_end_or_a_digit() -> None:
    """One label glued straight after a sentence's end or a digit goes; after a space or a letter,
    it may be the article's own words (a name such as "YouTube"), and it stays."""
    assert Cleaner().clean(ARTICLE.rstrip("\n") + "Share this:\n").text == ARTICLE
    assert _cuts("Anna\nJune 2, 2024Post a Comment\n") == [("engagement.leave-a-comment", "Post a Comment")]
    for text in ("The ferry to the island runs twice a day, said Share this:\n", "Watch the ferry on YouTube\n",
                 "She moved to LinkedIn\n"):
        assert Cleaner().clean(text).text == text


def test_capitals_inside_prose_are_no_seams() -> None:
    text = ("The U.S. team flew in from McAllen on an iPhone maker's jet.Reporters waited at the gate.\n"
            "The PowerShell script ran at 9AM (UTC)Monday, said the GitHub notes.\n")
    assert Cleaner().clean(text).text == text


def test_the_report_gives_the_input_back() -> None:
    text = ARTICLE + BAR + "\n" + ARTICLE
    result = Cleaner().clean(text)
    out, pos = [], 0
    for r in sorted(result.removed, key=lambda r: r.start):
        out.append(text[pos : r.start])
        pos = r.end
    out.append(text[pos:])
    assert "".join(out) == result.text
    assert result.text == ARTICLE + ARTICLE


def test_labels_glued_after_the_last_sentence_may_end_at_a_tab() -> None:
    # What follows a tab is another block of the page (here an author's note): it stays, and the
    # labels between the article's last sentence and the tab go, however long the line is before them.
    note = "\tPosted by: Jane Doe. Jane has written about ferries since 2011 and lives on the island.\n"
    line = ARTICLE.rstrip("\n") * 30 + "Tags: ferries, islands\t" + BAR + note
    result = Cleaner().clean(line)
    assert result.text.startswith(ARTICLE.rstrip("\n") * 30) and "Posted by: Jane Doe." in result.text
    assert "Tags:" not in result.text and "Share this" not in result.text
    assert Cleaner().clean(result.text).text == result.text


def test_a_label_before_a_tab_goes_and_the_block_after_it_stays() -> None:
    block = "\tThe ferry also stops at the lighthouse on Sundays, weather permitting.\n"
    line = ARTICLE.rstrip("\n") + "Share this:" + block
    assert Cleaner().clean(line).text == ARTICLE.rstrip("\n") + block
    kept = ARTICLE.rstrip("\n") + "Bring a coat:" + block  # no label: the line stays whole
    assert Cleaner().clean(kept).text == kept


def test_labels_that_end_a_dateline_after_a_separator_go_and_the_dateline_stays() -> None:
    """A blog theme's line of items ("Posted on ... by ... | Leave a comment", "Nov 18, 2019 · 2 min
    read"): the labels at its end go with the separators before them; the date and byline stay."""
    for line, label, rule in (
        ("Posted on March 3, 2019 by Jane Doe | Leave a comment", " | Leave a comment", "engagement.leave-a-comment"),
        ("By Jane Doe | March 3, 2019 | 4 Comments", " | 4 Comments", "engagement.comment-count"),
        ("Nov 18, 2019 at 9:24 pm ET • 2 min read", " • 2 min read", "navigation.site-chrome"),
        ("Veröffentlicht am 5. Januar 2020 · Hinterlasse einen Kommentar", " · Hinterlasse einen Kommentar",
         "engagement.leave-a-comment"),
    ):
        text = ARTICLE + line + "\n" + ARTICLE
        result = Cleaner().clean(text)
        assert result.text == ARTICLE + line.removesuffix(label) + "\n" + ARTICLE
        assert _cuts(text) == [(rule, label)]


def test_a_line_of_items_keeps_what_is_no_dateline_whole() -> None:
    """Before the labels, a name alone ("Jane Doe") or items without a digit ("Posted in News |
    Permalink") may be a byline or a widget's: the line is left whole (the line model reads it as one);
    items no rule takes at the end keep the line too."""
    for line in ("Jane Doe · 2 min read", "Posted in Travel | Permalink | 4 Comments",
                 "Ferries | Leave a comment | Island life", "Leave a comment | Posted on March 3, 2019 by Jane Doe"):
        text = ARTICLE + line + "\n" + ARTICLE
        assert all(r.rule.startswith("model.") for r in Cleaner().clean(text).removed
                   if r.rule != "tidy.whitespace"), line
        assert Cleaner(ignore=["model"]).clean(text).text == text, line


def test_a_line_of_nothing_but_separated_labels_goes_whole() -> None:
    text = ARTICLE + "Leave a comment | 4 Comments\n" + ARTICLE
    assert Cleaner().clean(text).text == ARTICLE + ARTICLE
    assert [rule for rule, _ in _cuts(text)] == ["engagement.leave-a-comment", "engagement.comment-count"]


def test_labels_a_cut_on_their_line_hid_are_found_by_the_next_look() -> None:
    """A cut at the line's end (a truncation mark) hides the labels from the first look; the next look
    reads the line as the cut leaves it, so that a second cleaning cuts nothing more."""
    for preset in ("conservative", "default"):
        cleaner = Cleaner(preset=preset)
        for text in ("Posted in Uncategorized | Leave a comment [\u2026]\n",
                     ARTICLE + "Posted on March 3, 2019 by Jane Doe | Leave a comment [\u2026]\n" + ARTICLE):
            once = cleaner.clean(text)
            assert "Leave a comment" not in once.text, (preset, text)
            assert not cleaner.clean(once.text).removed, (preset, text)
