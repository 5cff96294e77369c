"""Aggregator disclaimers, removed as whole paragraphs: "Denial of responsibility! ..."."""

from __future__ import annotations

from ..rules import Rule

RULES = [
    Rule(
        id="disclaimer.denial-of-responsibility",
        description='The aggregator paragraph "Denial of responsibility! ... The content will be deleted within 24 hours."',
        pattern=r"denial\s+of\s+responsibility\s*[!:.]",
        scope="paragraph",
        remove=(
            "Denial of responsibility! Example Daily is an automatic aggregator of the all world\u2019s media. "
            "The content will be deleted within 24 hours.",
        ),
        keep=("The court's denial of responsibility was upheld on appeal.", "Denial of responsibility is a theme of the play."),
        reason="aggregator disclaimer",
    ),
    Rule(
        id="disclaimer.automatic-aggregator",
        description='Aggregator notices: "Disclaimer: This story is auto-aggregated by a computer program ...".',
        pattern=r"""
            (?:disclaimer\s*[:\p{Pd}]\s*)?
            (?:this\s+(?:story|article|post|news|content)\s+(?:is|was|has\s+been)\s+auto(?:matically)?[\s-]*(?:aggregated|generated|fetched|published)
              | (?:we\s+are|this\s+(?:site|website)\s+is)\s+an?\s+automatic\s+(?:news\s+)?aggregator
              | if\s+you\s+are\s+the\s+(?:owner|author)\s+of\s+(?:the|this)\s+content\s+and\s+(?:do\s+not|don't)\s+want)
        """,
        verbose=True,
        scope="paragraph",
        remove=(
            "Disclaimer: This story is auto-aggregated by a computer program and has not been created or edited by Example.",
            "We are an automatic aggregator of news from around the world.",
        ),
        keep=("This story is about an automatic aggregator that failed.",),
        reason="aggregator disclaimer",
    ),
]
