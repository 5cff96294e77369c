"""The `links` scope (`cleaner.links`) and its catalog rule, `navigation.link-menu`: a menu scraped to
Markdown goes as one cut; links that belong to the article stay."""

from __future__ import annotations

from cleaner import Cleaner

PROSE = ("The council closed the mill road on Monday after the river burst its banks overnight.\n\n"
         "Engineers will inspect the bridge on Tuesday, and the road may open again by the weekend.\n")

MENU = ("[Skip to content](#main)\n\n"
        "* [Home](https://example.org/)\n"
        "* [News](https://example.org/news/)\n"
        "* Sport\n"
        "  + [Football](https://example.org/sport/football/)\n"
        "  + [Cricket](https://example.org/sport/cricket/)\n"
        "* [![Example News](https://example.org/logo.svg)](https://example.org/)\n\n")


def _cuts(text: str, rule: str = "navigation.link-menu") -> list[str]:
    return [r.text.strip() for r in Cleaner().clean(text).removed if r.rule == rule]


def test_a_menu_above_the_article_goes_as_one_cut() -> None:
    text = MENU + "# Floods close the mill road\n\n" + PROSE
    cleaned = Cleaner().clean(text)
    menu = [r for r in cleaned.removed if r.rule == "navigation.link-menu"]
    assert len(menu) == 1
    assert menu[0].text.startswith("* [Home](https://example.org/)\n")
    assert "* Sport\n" in menu[0].text and menu[0].text.rstrip().endswith("(https://example.org/)")
    assert cleaned.text.endswith("# Floods close the mill road\n\n" + PROSE)
    # the report and the clean text give the input back
    rebuilt, pos = [], 0
    for r in sorted(cleaned.removed, key=lambda r: r.start):
        rebuilt.append(text[pos : r.start])
        pos = r.end
    assert "".join(rebuilt) + text[pos:] == cleaned.text


def test_links_under_the_article_stay() -> None:
    # a reading list behind a site's redirect reads like a footer of links into the site: both stay
    sources = ("References\n- [River levels](https://link.example.org/?enc=a1)\n"
               "- [The council's notice](https://link.example.org/?enc=b2)\n- [Flood map](https://link.example.org/?enc=c3)\n")
    assert _cuts(PROSE + "\n" + sources) == []


def test_links_to_files_are_no_menu() -> None:
    files = "* [Poster (PDF)](/media/poster.pdf)\n* [All posters (ZIP)](/media/all.zip)\n* [Slides](/media/talk.pptx)\n\n"
    assert _cuts(files + PROSE) == []


def test_links_in_the_article_stay() -> None:
    inside = ("* [Flood map](/maps/flood)\n* [River levels](/levels)\n* [Shelters](/shelters)\n\n")
    text = "# Floods\n\n" + PROSE + "\n" + inside + PROSE
    assert _cuts(text) == []


def test_a_table_of_contents_stays() -> None:
    toc = "* [The road](#road)\n* [The river](#river)\n* [What next](#next)\n\n"
    assert _cuts(toc + PROSE) == []


def test_two_links_are_no_menu() -> None:
    assert _cuts("* [Home](/)\n* [News](/news)\n\n" + PROSE) == []


def test_without_prose_nothing_goes() -> None:
    assert _cuts(MENU + "# A page of links\n\n* [One](/1)\n* [Two](/2)\n") == []


def test_a_paragraph_broken_into_lines_starts_the_article() -> None:
    wrapped = ("The council closed the mill road on Monday after the river\n"
               "burst its banks overnight, and engineers will look at the bridge\n\n")
    links = "* [Flood map](/maps/flood)\n* [River levels](/levels)\n* [Shelters](/shelters)\n\n"
    assert _cuts(wrapped + links + PROSE) == []


def test_a_group_label_at_the_runs_edge_stays() -> None:
    text = "* [Home](/)\n* [News](/news)\n* [Sport](/sport)\n* Weather\n\n" + PROSE
    assert _cuts(text) == ["* [Home](/)\n* [News](/news)\n* [Sport](/sport)"]


def test_a_line_rule_reads_a_line_through_its_links() -> None:
    line = ("This entry was posted in [News](https://example.org/c/news/) and tagged [floods](https://example.org/t/f/). "
            "Bookmark the [permalink](https://example.org/p/).")
    assert _cuts(PROSE + "\n" + line + "\n", "navigation.tags") == [line]


def test_a_sentence_rule_reads_a_line_through_its_links() -> None:
    notice = "The post [Floods close road](https://example.org/p/) appeared first on [Example News](https://example.org/)."
    cleaned = Cleaner().clean(PROSE + "\n" + "It rained again on Friday. " + notice + "\n")
    assert cleaned.text.rstrip().endswith("It rained again on Friday.")
    assert [r.text.strip() for r in cleaned.removed if "appeared first" in r.text] == [notice]


def test_links_in_prose_stay_when_their_words_are_prose() -> None:
    line = "Follow the [river path](https://example.org/walks/river) to the mill, then turn left at the bridge."
    assert Cleaner().clean(PROSE + "\n" + line + "\n").text.endswith(line + "\n")


def test_a_share_link_with_a_title_goes() -> None:
    share = '* [Twitter](https://example.org/2020/01/01/post/?share=twitter "Click to share on Twitter")'
    assert _cuts(PROSE + "\n" + share + "\n", "engagement.share-link") == [share]


def test_a_menu_on_one_line_goes() -> None:
    menu = "[Home](/) [About](/about) [Essays](/essays) [Projects](/projects) [Contact](/contact)"
    assert _cuts(menu + "\n\n# Floods close the mill road\n\n" + PROSE) == [menu]
    assert _cuts("[Home](/) [About](/about) [Contact](/contact)\n\n" + PROSE) == []  # three links: a byline's as often


def test_a_section_heading_reads_through_its_link() -> None:
    article = PROSE * 3
    card = "[**Written by Jane Doe**](https://medium.com/@jane)\n\n120 Followers\n\nFollow\n\nMore from Jane Doe\n"
    cleaned = Cleaner().clean(article + "\n" + card)
    assert cleaned.text.rstrip() == article.rstrip()
    assert [r.rule for r in cleaned.removed if r.rule != "tidy.whitespace"] == ["navigation.page-end"]


def test_a_blogs_head_keeps_the_posts_title() -> None:
    head = ("# [Example Notes](https://notes.example.org/)\n\n## Thoughts on managing Macs\n\n"
            "* [About](https://notes.example.org/about/)\n* [Archives](https://notes.example.org/archives/)\n"
            "* [Contact](https://notes.example.org/contact/)\n\n"
            "## [Fixing the login window on a managed Mac](https://notes.example.org/2020/01/01/login/)\n\n")
    cleaned = Cleaner().clean(head + PROSE)
    assert "## [Fixing the login window on a managed Mac](https://notes.example.org/2020/01/01/login/)" in cleaned.text
    assert "## Thoughts on managing Macs" in cleaned.text  # a heading is no menu's group label
    assert _cuts(head + PROSE) == ["* [About](https://notes.example.org/about/)\n* [Archives](https://notes.example.org/archives/)\n"
                                   "* [Contact](https://notes.example.org/contact/)"]


def test_a_menu_that_a_cut_brings_above_the_article_goes_in_the_same_cleaning() -> None:
    # The three Google News lines read as a paragraph broken into lines (eight words or more each)
    # until their last words are cut; then the menu stands above the article's first prose, and a
    # second cleaning must not find it.
    news = "Flood defences finished early  Example Times View Full Coverage on Google News\n"
    menu = "* [Home](https://example.org/)\n* [News](https://example.org/news/)\n* [Sport](https://example.org/sport/)\n\n"
    text = news * 3 + menu + "# Floods close the mill road\n\n" + PROSE
    for preset in ("default", "aggressive"):
        cleaner = Cleaner(preset=preset)
        cleaned = cleaner.clean(text)
        assert "[Home]" not in cleaned.text and "# Floods close the mill road" in cleaned.text
        assert not cleaner.clean(cleaned.text).removed


def test_a_posts_tags_as_links_go_and_a_link_in_prose_stays() -> None:
    tags = "[Flooding](https://example.org/tag/flooding/) [Roads](https://example.org/tag/roads/)"
    assert _cuts(PROSE + "\n" + tags + "\n", "navigation.tag-links") == [tags]
    line = "Read our other stories about [flooding](https://example.org/tag/flooding/) on the site."
    assert Cleaner().clean(PROSE + "\n" + line + "\n").text.endswith(line + "\n")
