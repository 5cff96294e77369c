"""The catalog's own data: ids, descriptions, and every rule's examples, checked by the engine."""

from __future__ import annotations

import pytest

from cleaner import Cleaner, check_rule
from cleaner.catalog import ALIASES, FAMILIES, RULES
from cleaner.rules import Rule

IDS = [r.id for r in RULES]


def test_ids_are_unique_and_in_their_family_module() -> None:
    assert len(IDS) == len(set(IDS))
    for family, module in FAMILIES.items():
        assert all(r.family == family for r in module.RULES), family
    assert not set(ALIASES) & set(IDS)


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_rule_examples(rule: Rule) -> None:
    assert rule.remove and rule.keep, "every rule documents what it removes and what it keeps"
    check_rule(rule)


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_rule_examples_in_the_full_catalog_keep_their_owner(rule: Rule) -> None:
    """With every rule on, a remove-example is still cut by its own rule or another of its family."""
    everything = Cleaner(preset="aggressive", repair=False)
    for example in rule.remove:
        families = {r.rule.split(".")[0] for r in everything.clean(example).removed}
        assert families - {"tidy"}, example


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_no_repeat_was_formatted_away(rule: Rule) -> None:
    """In an f-string pattern, `[^\\n]{0,160}` must be written `{{0,160}}`: single braces format
    the tuple (0, 160) into the pattern, which then matches "(0, 160)" literally."""
    import re

    assert not re.search(r"\(\d+, \d+\)", rule.pattern)


#: An article's own sentence, and the paragraph before it that makes it a document.
GLUED_TO = "The mayor opened the new bridge on Saturday, and hundreds of people walked across it in the rain."
INTRO = "The council voted on the plan last week after a long debate that ran late into the night.\n\n"
#: Rules whose wording is a whole line of advertising copy, sentences and all ("... 50% OFF. Show me the
#: deals!"): what stands before it on the line cannot be told from the advert's own first sentence.
WHOLE_LINE_COPY = {"promo.call-to-action"}


@pytest.mark.parametrize("rule", [r for r in RULES if r.id not in WHOLE_LINE_COPY], ids=lambda r: r.id)
def test_a_wording_glued_after_an_article_sentence_never_takes_the_sentence(rule: Rule) -> None:
    """Scraped text often glues a prompt to the paragraph before it: the prompt may go, the sentence stays."""
    cleaner = Cleaner(select=[rule.id], check=False, repair="off")
    for example in rule.remove:
        if "\n" not in example.strip():
            assert GLUED_TO in cleaner.clean(INTRO + GLUED_TO + " " + example + "\n").text, example


@pytest.mark.parametrize("rule", [r for r in RULES if r.scope not in ("paragraph", "block", "model")], ids=lambda r: r.id)
def test_an_article_sentence_glued_after_a_wording_stays(rule: Rule) -> None:
    """The other way round: the junk first, then the article's sentence on the same line. A rule
    that takes a line's rest stops before it (a paragraph rule takes its paragraph, by its scope)."""
    cleaner = Cleaner(select=[rule.id], check=False, repair="off")
    for example in rule.remove:
        if "\n" not in example.strip():
            gap = " " if example.rstrip()[-1:] in ".!?" else ". "
            assert GLUED_TO in cleaner.clean(INTRO + example.rstrip() + gap + GLUED_TO + "\n").text, example


def test_a_notice_of_several_sentences_still_goes_whole() -> None:
    """The sentence after a notice is spared only when it reads as prose that no rule takes."""
    text = (INTRO + "We use cookies to give you the best experience on our website. By continuing to use "
            "this site, you agree to the use of cookies.\n")
    assert Cleaner().clean(text).text == INTRO.rstrip("\n") + "\n"



def test_the_headings_that_close_a_post_anywhere_are_page_ends_share_headings() -> None:
    # `sections.CLOSING` (detection may not import the catalog) repeats page-end's share and like
    # headings: the two lists must hold the same headings, and each must be one of page-end's.
    from cleaner.catalog.navigation import SHARE_HEADINGS
    from cleaner.sections import _CLOSING_HEADINGS, CLOSING

    assert {h.rstrip(" :").lower() for h in SHARE_HEADINGS} == set(_CLOSING_HEADINGS)
    assert all(CLOSING.fullmatch(h) for h in SHARE_HEADINGS)
    text = "The council met and agreed the budget for the coming year, after a long debate.\n" * 4
    for heading in SHARE_HEADINGS:
        assert Cleaner(select=["navigation.page-end"]).clean(text + heading + "\nFacebook\n").text == text
