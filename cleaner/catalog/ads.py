"""Advertising markers: "Advertisement", "Story continues below", "Sponsored"."""

from __future__ import annotations

from ..rules import NOT_LISTED, NOT_REPORTED, Rule, phrases
from .languages import words

RULES = [
    Rule(
        id="ads.advertisement",
        description='An advertisement marker on its own line: "Advertisement", "Story continues below advertisement", '
                    'or an affiliate disclosure: "As an Amazon Associate I earn from qualifying purchases."',
        pattern=phrases(
            "Advertisement", "Advertisements", "Advertisement - Continue reading below", "Advertisement - scroll to continue",
            "Ad", "Ads", "Sponsored", "Sponsored content", "Branded content", "Sponsored links", "Paid content", "Partner content",
            "Promoted", "Promoted content", "Story continues below advertisement", "Article continues below advertisement",
            "Story continues below", "Article continues below", "Continue reading below", "Scroll to continue with content",
            "Continued below", "Ad feedback", "Report this ad", "Remove ads", "Continue reading the main story",
            "Skip advertisement", "Around the web", "From the web", "Promoted stories", "Sponsored stories",
            "Recommended by Outbrain", "Sponsored links by Taboola", "You may like", "Paid post", "Paid partner content",
            "Advertisement -", "Story continues after advertisement", "Article continues after advertisement",
            "Content continues below", "Continue reading after the ad", "Supported by", "Story continues",
            "AdChoices", "Ad Choices", "Recommended by",
            "Article continues below this ad", "Story continues below this ad", "Article continues after this ad",
            "Story continues after this ad", "Article continues after the ad", "Story continues after the ad",
            "Advertisement Advertisement", "Article content", "Article content continues below",
        )
        # Literal spaces after common first words ("this", "as", "when"): one thing for the scan to look
        # for (see performance.md).
        + r"""|this\ advertisement\ has\ not\ loaded\ yet,?[^\S\n]+but[^\S\n]+your[^\S\n]+article[^\S\n]+continues[^\S\n]+below\.?"""
        # An affiliate disclosure that a shop-linking site puts under or over every post.
        + r"""|as\ an\ amazon[^\S\n]+associate,?[^\S\n]+(?:i|we)[^\S\n]+earn[^\S\n]+from[^\S\n]+qualifying[^\S\n]+purchases\b(?:[^\S\n]*[.!][^\n]{0,200})?"""
        + r"""|(?:disclosure[^\S\n]*:[^\S\n]*)?this\ (?:post|article|page|story|review|guide)[^\S\n]+(?:may[^\S\n]+)?contains?[^\S\n]+affiliate[^\S\n]+links\b(?:[^\S\n]*(?:[.!]|,[^\S\n]+(?:which|meaning|that|for[^\S\n]+which)\b)[^\n]{0,200})?"""
        + r"""|when\ you\ (?:buy|purchase|shop)[^\S\n]+(?:through|via|using)[^\S\n]+(?:links|our[^\S\n]+links|links[^\S\n]+on[^\S\n]+our[^\S\n]+site)\b[^\n]{0,40}?,?[^\S\n]+(?:we|i)[^\S\n]+may[^\S\n]+(?:earn|receive|get)[^\S\n]+(?:an?[^\S\n]+)?(?:small[^\S\n]+)?(?:affiliate[^\S\n]+)?commission\b""" + NOT_REPORTED + r"""[^\n]{0,120}"""
        # Words that are also the plain noun, which a list item or subheading may be ("- Advertising").
        + "|" + NOT_LISTED + phrases("Advertising", *words("advertisement")),
        remove=("Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "- Advertisement -", "Supported by", "Anzeige", "Publicité",
                "Reklama", "Article continues below this ad",
                "This advertisement has not loaded yet, but your article continues below.",
                "As an Amazon Associate I earn from qualifying purchases.", "This post may contain affiliate links.",
                "When you buy through links on our site, we may earn an affiliate commission. Here\u2019s how it works."),
        keep=("The advertisement ran for a week before the regulator pulled it.",
              "Supported by three councillors, the motion passed on Tuesday night.",
              "Die Anzeige erschien am Montag in der Zeitung.", "Costs:\n- Werbung\n- Miete",
              "This post may contain affiliate links, the regulator warned, and readers should know it.",
              "When you buy through links on our site, we may earn a commission, the retailer's notice said."),
        reason="advertisement marker",
    ),
    Rule(
        id="ads.placeholder",
        description='An ad slot\'s placeholder that the publishing tool left in the text: "[ad_1]", "[ad_2]" (an '
                    'autoblogging plugin\'s, seen in its code, in a republished wired.com story and in imported '
                    'Facebook posts), "###BANNER_ADS###", "##RECOMENDA##" (two news sites\' templates).',
        pattern=r"\[ad_\d{1,2}\]|\#{2,3}[A-Z][A-Z0-9_]{2,30}\#{2,3}",
        remove=("[ad_1]", "###BANNER_ADS###", "##RECOMENDA##"),
        keep=("The ad_1 variable held the first banner, the developer said.",),
        reason="advertisement",
    ),
    Rule(
        id="ads.continued-below",
        description='An ad-break marker glued to the start of a paragraph: "Continued below... The text".',
        pattern=r"(?:^|(?<=\n))[^\S\n]*(?:continued|continues|story[^\S\n]+continues|article[^\S\n]+continues)[^\S\n]+below(?:(?:\.\.\.|\u2026|\.|:)(?=[^\S\n]+\S)|(?=[^\S\n]+(?-i:\p{Lu})))",
        scope="inline",
        remove=("Continued below... The newspaper said more.",),
        keep=("The list is continued below the fold, he said.",),
        reason="advertisement marker",
    ),
    Rule(
        id="ads.spliced-marker",
        description='An ad break\'s marker that scraping ran into the article\'s prose, between two sentences: '
                    '"... held in the capital. Continue reading the main story The rebels\' commander also spoke ..." '
                    '(The New York Times\' pages, so in four files of scraped news text in public repositories), '
                    '"... he added. Story continues below advertisement The win moved ..." (Global News): markers '
                    'that `ads.advertisement` takes alone on a line. The marker goes with the spaces before it; the '
                    'sentences stay, and so does a marker with no sentence\'s end before it or a capital after it.',
        pattern=r"(?<=[.!?\u2026\"\u201d\u2019)])[^\S\n]*"
                r"(?:continue[^\S\n]+reading[^\S\n]+the[^\S\n]+main[^\S\n]+story"
                r"|(?:story|article)[^\S\n]+continues[^\S\n]+below[^\S\n]+(?:this[^\S\n]+)?(?:advertisement|ad))"
                r"(?=[^\S\n]*(?-i:\p{Lu})|[^\S\n]*$)",
        scope="inline",
        remove=("The treaty was signed in the capital. Continue reading the main story The rebels' commander also spoke.",
                "It was a good night, he added. Story continues below advertisement The win moved the club up to sixth.",
                "The count went on past midnight.Continue reading the main story"),
        keep=("The book ends. Continue reading the main story of the book, she told the class.",
              "Readers who continue reading the main story will find the answer."),
        reason="advertisement marker",
    ),
]
