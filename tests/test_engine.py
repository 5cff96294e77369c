"""The Cleaner: selection by id and family, presets, user rules, pickling, threads, line endings."""

from __future__ import annotations

import pickle
from concurrent.futures import ThreadPoolExecutor

import pytest

from cleaner import Cleaner, Rule, UnknownRuleError, check_rule, clean, phrases
from cleaner.catalog import RULES

DOC = "Officials met on Monday.\n\nShare this:\nLeave a Comment\n\nRead original article here\n"


def ids(cleaner: Cleaner) -> set[str]:
    return {r.id for r in cleaner.rules}


def test_presets_nest() -> None:
    cons, default, aggr = (ids(Cleaner(preset=p)) for p in ("conservative", "default", "aggressive"))
    assert cons < default < aggr == {r.id for r in RULES}
    assert "teaser.bare-headline" in aggr - default


def test_select_and_ignore_by_family_and_id() -> None:
    assert ids(Cleaner(select=["backlink"])) == {r.id for r in RULES if r.family == "backlink"}
    cleaner = Cleaner(ignore=["engagement", "backlink.read-original", "model"])
    assert not any(i.startswith(("engagement.", "model.")) for i in ids(cleaner))
    assert "backlink.read-original" not in ids(cleaner)
    assert cleaner.clean(DOC).text == "Officials met on Monday.\n\nShare this:\nLeave a Comment\n\nRead original article here\n"


def test_unknown_names_are_errors_with_a_suggestion() -> None:
    with pytest.raises(UnknownRuleError, match="did you mean 'backlink.read-original'"):
        Cleaner(select=["backlink.read-orignal"])
    with pytest.raises(UnknownRuleError, match="unknown preset 'agressive'.*did you mean 'aggressive'"):
        Cleaner(preset="agressive")


def test_user_rule_in_python() -> None:
    rule = Rule(id="mysite.footer", description="footer", pattern=phrases("Thanks for reading"), scope="tail",
                remove=("Thanks for reading!",), keep=("Thanks for reading, he said, and left the room.\n\nMore.",))
    result = Cleaner(extend=[rule]).clean("News.\n\nThanks for reading!")
    assert result.text == "News."
    assert [r.rule for r in result.removed if r.rule != "tidy.whitespace"] == ["mysite.footer"]


def test_pickle_round_trip_gives_identical_results() -> None:
    cleaner = Cleaner(preset="aggressive", ignore=["navigation.tags"])
    clone = pickle.loads(pickle.dumps(cleaner))
    assert ids(clone) == ids(cleaner)
    assert clone.clean(DOC) == cleaner.clean(DOC)
    assert clone.fingerprint() == cleaner.fingerprint()


def test_threads_share_one_cleaner() -> None:
    cleaner = Cleaner()
    docs = [DOC.replace("Monday", f"day {i}") for i in range(200)]
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(cleaner.clean, docs))
    assert results == [cleaner.clean(d) for d in docs]


def test_crlf_and_lone_cr_line_endings_are_kept() -> None:
    for nl in ("\r\n", "\r"):
        text = DOC.replace("\n", nl)
        result = clean(text)
        assert result.text == "Officials met on Monday." + nl
        assert result.restore() == text


def test_report_offsets_point_into_the_repaired_text() -> None:
    result = clean(DOC)
    for r in result.removed:
        assert result.repaired[r.start : r.end] == r.text
    assert [r.rule for r in result.removed if r.rule != "tidy.whitespace"] == [
        "engagement.share-this", "engagement.leave-a-comment", "backlink.read-original"]


def test_inline_cut_leaves_no_dangling_space() -> None:
    result = clean("The council met to discuss parking [\u2026]\n")
    assert result.text == "The council met to discuss parking\n"
    assert [r.text for r in result.removed] == [" ", "[\u2026]"]


def test_junk_phrase_inside_prose_stays() -> None:
    text = "He declined to leave a comment. Read the original article in the journal. Source link broken."
    assert clean(text).text == text


def test_widget_run_never_takes_a_run_of_short_article_lines() -> None:
    """A junk line followed by many short lines of the article: the run is not mostly junk, so it stays."""
    body = "\n".join(f"Step {i}: tighten bolt number {i} by hand" for i in range(1, 10))
    text = "The guide is long, and the steps below are the whole point of it, so read them all.\n\nLeave a Comment\n" + body + "\n"
    result = clean(text)
    assert result.text == text.replace("Leave a Comment\n", "")


def test_path_limited_rule_checks_its_examples() -> None:
    rule = Rule(id="site.footer", description="footer", pattern=phrases("Thanks for visiting"), paths=("siteA/*",),
                remove=("Thanks for visiting",), keep=("Visiting hours end at six.",))
    check_rule(rule)


def test_a_renamed_rule_answers_to_its_old_id(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaner import catalog

    monkeypatch.setitem(catalog.ALIASES, "backlink.read-the-original", "backlink.read-original")
    assert ids(Cleaner(select=["backlink.read-the-original"])) == {"backlink.read-original"}
    assert "backlink.read-original" not in ids(Cleaner(ignore=["backlink.read-the-original"]))


def test_report_dicts_carry_every_field() -> None:
    """`to_dict` is written out by hand for speed: it must keep up with the dataclasses' fields."""
    from dataclasses import asdict

    from cleaner.document import Fix, Removal

    removal = Removal("backlink.source-link", 3, 14, "Source link", "back-link", "high")
    fix = Fix(0, 3, "â€™", "\u2019", ("fix_encoding",))
    assert removal.to_dict() == asdict(removal)
    assert fix.to_dict() == {**asdict(fix), "steps": ["fix_encoding"]}


def test_second_look_reads_a_line_that_an_inline_cut_shortened() -> None:
    """ "[…]" comes off first; what is left of its line is then a junk line of its own."""
    result = Cleaner().clean("The dam held overnight, engineers said.\n\nLeave a Comment [\u2026]\n")
    assert result.text == "The dam held overnight, engineers said.\n"
    assert "engagement.leave-a-comment" in {r.rule for r in result.removed}


def test_second_look_tries_rules_that_read_past_their_line_on_lines_no_cut_changed() -> None:
    """The headline's own line is as it was, but with the ad marker gone it stands between two
    paragraphs: a rule that reads the lines around it must be tried there again."""
    text = ("Mortgage rates rose again this week, the third rise in a row, lenders said.\n\nAdvertisement\n\n"
            "City council warns: no more delays on the harbour bridge project\n\n"
            "The bridge was due to open in May, but the steel arrived late and the council has now set a new date.\n")
    result = Cleaner(preset="aggressive").clean(text)
    assert [r.rule for r in result.removed if r.rule != "tidy.whitespace"] == ["ads.advertisement", "teaser.bare-headline"]


def test_second_look_tries_a_tail_rule_on_a_line_the_cuts_brought_into_its_zone() -> None:
    """With the six junk lines at the end gone, the share row is within the last eight lines: it
    comes off, though it is far from every cut (its own line is as it was)."""
    text = ("The ferry runs at dawn from the north pier.\n\nFacebook Twitter Email\n\n"
            "The first boat leaves at six.\n\nTickets are sold on board.\n\nThe last boat returns at ten.\n\n"
            "Source link\n\nRead original article here\n\nLeave a Comment\n\nShare this:\n\nRelated\n\nAdvertisement\n")
    result = Cleaner().clean(text)
    assert "Facebook" not in result.text
    assert "engagement.share-buttons" in {r.rule for r in result.removed}
    assert result.text.endswith("The last boat returns at ten.\n")


def test_second_look_tries_a_head_rule_on_a_line_the_cuts_brought_into_its_zone() -> None:
    """With the three junk lines at the top gone, the category list (a low-confidence rule) is within
    the first four lines."""
    text = ("Advertisement\n\nSkip to content\n\nShare this:\n\nBy Ana Ruiz\n\nMarch 3, 2024\n\n"
            "Gardening, Tools, Weekend Projects\n\nHow I Built a Shed\n\n"
            "It took a month, and most of it was spent waiting for the timber to dry.\n")
    result = Cleaner(preset="aggressive").clean(text)
    assert result.text.startswith("By Ana Ruiz\n\nMarch 3, 2024\n\nHow I Built a Shed\n")
    assert "navigation.category-list" in {r.rule for r in result.removed}


def test_looks_again_after_cuts_are_bounded(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A page whose junk comes off one line pair a look (a tail zone rule's line, then a widget line
    above it) once took a look over the whole document per pair: 1,000 pairs took seconds. The looks
    stop at `MOST_LOOKS`; what is left stays, and the report still gives the input back."""
    from cleaner import engine, layout

    pair = "Source: Reuters\nThe mayor spoke.Share this: and more words here to fill the line\n"
    text = pair * 300
    calls = []
    real = layout.plan_cuts
    monkeypatch.setattr(layout, "plan_cuts", lambda *a: calls.append(1) or real(*a))
    result = Cleaner().clean(text)
    assert len(calls) <= engine.MOST_LOOKS + 2
    assert result.removed and result.restore_input() == text
    assert "Source" not in Cleaner().clean(pair * 5).text  # a short page's run still comes off whole


def test_hard_wrapped_prose_keeps_its_lines_that_read_like_labels() -> None:
    # Text wrapped at a fixed width (e-mail, plain-text newsletters, RFCs) breaks sentences at any
    # word: a line may then read "like this:" or "read more", and it is still the article's.
    para = "The council met on Monday and agreed the budget for the coming year, after a long debate.\n\n"
    for words in ("like this:", "share this", "read more", "related", "advertisement", "subscribe"):
        text = (para * 3 + "When the clerk was asked about the budget, the answer she gave was\n" + words
                + "\nand the meeting moved on to the next item on its long agenda.\n\n" + para)
        assert Cleaner().clean(text).text == text, words
    # The same words as labels of their own still go: after a blank line, or under a short line.
    out = Cleaner().clean(para * 3 + "Related\nShare this\n").text
    assert "Related" not in out and "Share this" not in out


def test_a_section_never_starts_at_a_wrapped_line() -> None:
    para = "The council met on Monday and agreed the budget for the coming year, after a long debate.\n"
    text = (para * 6 + "In the example the request to the server would look\nlike this:\n\n"
            + "POST /budget HTTP/1.1\nHost: example.org\n\n" + para)
    assert Cleaner().clean(text).text == text


def test_a_line_after_a_lone_carriage_return_is_no_wrapped_line() -> None:
    # Found by tests/test_fuzz.py: two lines broken by a lone \r were read as one long line, so the
    # site name under them was taken for the rest of a wrapped sentence and kept, and cleaning the
    # output again cut it. Every break style reads the same.
    for brk in ("\n", "\r", "\r\n"):
        text = ("  Facebook](https://example.org/2025/06/15/post/?share=facebook)" + brk
                + "###BANNER_ADS###\nexample.co.uk\nSearch\n\nA Headline\n\nText.\n")
        cleaned = Cleaner().clean(text).text
        assert cleaned == "A Headline\n\nText.\n", repr(brk)
        assert not Cleaner().clean(cleaned).removed


def test_a_line_under_a_cut_line_is_no_wrapped_line() -> None:
    # Found by tests/test_fuzz.py: the long tag line above the site's name was taken for open prose,
    # so the name, starting with a small letter, was kept as its wrapped rest; with the tag line cut,
    # cleaning the output again cut the name. A line above that goes leaves no sentence open.
    text = "Posted in Gardening | Tagged tomatoes, summer | 2 Comments\nexample.co.uk\nSearch\n\nA Headline\n\nText.\n"
    cleaned = Cleaner().clean(text).text
    assert cleaned == "A Headline\n\nText.\n"
    assert not Cleaner().clean(cleaned).removed


def test_a_line_under_a_line_a_cut_shortens_is_read_as_it_is_left() -> None:
    # Found by tests/test_fuzz.py: a CSS icon name glued to a short line made it long enough to read
    # as open prose; with the name cut, cleaning the output again cut the site's name under it.
    text = "icon-expandThe actress in Cannes.\u2028000000\nexample.co.uk\nSearch\n\nA Headline\n\nText.\n"
    cleaned = Cleaner().clean(text).text
    assert "example.co.uk" not in cleaned and "The actress in Cannes." in cleaned
    assert not Cleaner().clean(cleaned).removed


# -- The `lines` scope: several whole lines matched together ------------------------------------------

PAIR = Rule(id="house.pairs", description="Two 'Q:' lines, each over an 'A:' line.", scope="lines",
            pattern=r"(?:q:[^\n]*\n(?:[^\S\n]*\n)*a:[^\n]*\n(?:[^\S\n]*\n)*)+q:[^\n]*\n(?:[^\S\n]*\n)*a:[^\n]*$",
            confidence="medium")


def test_a_lines_rule_cuts_the_run_from_a_line_start_to_a_line_end() -> None:
    text = "Prose stays here.\nQ: one\nA: two\n\nQ: three\nA: four  \nMore prose.\n"
    result = Cleaner(rules=[PAIR]).clean(text)
    assert result.text == "Prose stays here.\nMore prose.\n"
    [cut] = [r for r in result.removed if r.rule == "house.pairs"]
    assert cut.text == "Q: one\nA: two\n\nQ: three\nA: four  \n"  # whole lines, with their breaks
    assert text[cut.start:cut.end] == cut.text


def test_a_lines_rule_needs_a_line_start_and_a_line_end() -> None:
    # The run would start inside a line ("so Q: one") or end inside one ("A: four, then"): no cut.
    for text in ("Prose, so Q: one\nA: two\nQ: three\nA: four\n",):
        assert Cleaner(rules=[PAIR]).clean(text).text == text
    end_inside = Rule(id="house.cut-short", description="Stops inside a line.", scope="lines",
                      pattern=r"q:[^\n]*\na:[^\n]*\nq:[^\n]*\na: fo", confidence="medium")
    text = "Q: one\nA: two\nQ: three\nA: four, then\n"
    assert Cleaner(rules=[end_inside]).clean(text).text == text


def test_a_lines_rule_anchored_at_the_start_cuts_only_there() -> None:
    # A pattern that starts with \A is tried once, at the document's start; \K starts the cut later.
    banner = Rule(id="house.banner", description="A banner line first, after a blank line or two.", scope="lines",
                  pattern=r"\A(?:[^\S\n]*\n)*+\K=+[^\n]*=+$", confidence="medium")
    text = "\n== Example Times ==\nProse stays here.\n== not a banner here ==\n"
    result = Cleaner(rules=[banner]).clean(text)
    assert result.text == "Prose stays here.\n== not a banner here ==\n"  # the blank line goes with it (tidy)
    [cut] = [r for r in result.removed if r.rule == "house.banner"]
    assert cut.text == "== Example Times ==\n" and text[cut.start:cut.end] == cut.text


def test_a_lines_run_that_a_cut_makes_whole_is_found_on_the_second_look() -> None:
    # "Advertisement" between the two pairs keeps them apart; once it is cut they make a run.
    ad = Rule(id="house.ad", description="Ad marker.", pattern="Advertisement", confidence="high")
    text = "Prose stays here.\nQ: one\nA: two\nAdvertisement\nQ: three\nA: four\nMore prose.\n"
    assert Cleaner(rules=[PAIR]).clean(text).text == text
    result = Cleaner(rules=[PAIR, ad]).clean(text)
    assert result.text == "Prose stays here.\nMore prose.\n"
    [cut] = [r for r in result.removed if r.rule == "house.pairs"]  # the run, the marker's line within it
    assert cut.text == "Q: one\nA: two\nAdvertisement\nQ: three\nA: four\n"


def test_front_matter_stays_as_it_is() -> None:
    from cleaner import Cleaner
    text = ("---\ntitle: Floods close the mill road\ntags: []\ncategories: [news]\n---\n\n"
            "The council closed the mill road on Monday after the river burst its banks overnight.\n\nLeave a Comment\n")
    cleaned = Cleaner().clean(text)
    assert cleaned.text.startswith("---\ntitle: Floods close the mill road\ntags: []\ncategories: [news]\n---\n")
    assert [r.rule for r in cleaned.removed if r.rule != "tidy.whitespace"] == ["engagement.leave-a-comment"]
    assert cleaned.restore_input() == text
    assert text[cleaned.removed[-1].start : cleaned.removed[-1].end] == "Leave a Comment\n"


def test_a_lead_in_ending_in_a_colon_is_no_share_bar() -> None:
    from cleaner import Cleaner
    para = ("Break long passages into smaller chunks, with clear headings and short lists, so that readers "
            "can find what they need quickly.\n\n")
    text = para * 4 + "Like this:\n\n![](layout.png)\n\n### Step 2: Colours\n\n" + para
    assert Cleaner().clean(text).text.endswith("### Step 2: Colours\n\n" + para)


def test_a_section_that_a_cut_makes_plain_goes_in_the_same_cleaning() -> None:
    # Under the heading, the line with the ad marker holds too much prose for a page's end; with the
    # marker cut it holds less than a third of the article's, and a second cleaning must not find that.
    from cleaner import Cleaner
    text = ("The council opened the new bridge on Saturday, and hundreds of people walked across it in the rain.\n\n"
            "The mayor said the work had finished two months early and well under the budget set last year.\n\n"
            "Traffic on the old road is expected to fall by half, the council said in a statement on Monday.\n\n"
            "Written by Jane Doe\n120 Followers\nFollow\n\n"
            "It was a good night, he added. Story continues below advertisement The win moved the club up to sixth.\n")
    cleaner = Cleaner()
    cleaned = cleaner.clean(text)
    assert not cleaner.clean(cleaned.text).removed
    assert cleaned.text.rstrip().endswith("the council said in a statement on Monday.")
