"""Advertising markers: "Advertisement", "Story continues below", "Sponsored"."""

from __future__ import annotations

from ..rules import NOT_LISTED, Rule, phrases
from .languages import words

RULES = [
    Rule(
        id="ads.advertisement",
        description='An advertisement marker on its own line: "Advertisement", "Story continues below advertisement".',
        pattern=phrases(
            "Advertisement", "Advertisements", "Advertisement - Continue reading below", "Advertisement - scroll to continue",
            "Ad", "Ads", "Sponsored", "Sponsored content", "Sponsored links", "Paid content", "Partner content",
            "Promoted", "Promoted content", "Story continues below advertisement", "Article continues below advertisement",
            "Story continues below", "Article continues below", "Continue reading below", "Scroll to continue with content",
            "Continued below", "Ad feedback", "Report this ad", "Remove ads", "Continue reading the main story",
            "Skip advertisement", "Around the web", "From the web", "Promoted stories", "Sponsored stories",
            "Recommended by Outbrain", "Sponsored links by Taboola", "You may like", "Paid post", "Paid partner content",
            "Advertisement -", "Story continues after advertisement", "Article continues after advertisement",
            "Content continues below", "Continue reading after the ad", "Supported by", "Story continues",
            "AdChoices", "Ad Choices", "Recommended by",
        )
        # Words that are also the plain noun, which a list item or subheading may be ("- Advertising").
        + "|" + NOT_LISTED + phrases("Advertising", *words("advertisement")),
        remove=("Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "- Advertisement -", "Supported by", "Anzeige", "Publicité",
                "Reklama"),
        keep=("The advertisement ran for a week before the regulator pulled it.",
              "Supported by three councillors, the motion passed on Tuesday night.",
              "Die Anzeige erschien am Montag in der Zeitung.", "Costs:\n- Werbung\n- Miete"),
        reason="advertisement marker",
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
]
