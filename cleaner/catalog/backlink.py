"""Back-links a republisher adds to point at the source: "Read original article here", "Source link"."""

from __future__ import annotations

from ..rules import Rule, phrases

RULES = [
    Rule(
        id="backlink.read-original",
        description='A line pointing to the original article: "Read original article here".',
        pattern=r"""
            (?:click\s+here\s+to\s+|please\s+)?
            (?:read|view|see|visit|go\s+to|continue\s+reading)\s+
            (?:the\s+)?(?:original|full|complete|entire|whole)\s+
            (?:article|story|post|report|piece|text|version|news)
            (?:\s+(?:here|at|on|from|via)\b(?:\s*:?\s*(?:\S+\.\S+|[^\n.,;!?]{1,50}))?)?
        """,
        verbose=True,
        remove=("Read original article here", "Read the full story at Example News", "Click here to read the full article"),
        keep=("Read the original article in the journal before you judge the findings.",),
        reason="republisher back-link to the source",
    ),
    Rule(
        id="backlink.source-link",
        description='A bare "Source link" or "Source" line left by an autoblog plugin.',
        pattern=phrases("Source link", "Source", "Sources", "Original source", "Link to source", "Source URL"),
        remove=("Source link", "Source link\n"),
        keep=("The source link was broken, so we checked the archive.",),
        reason="republisher back-link to the source",
    ),
    Rule(
        id="backlink.source-credit",
        description='A "Source: name or URL" line at the end of a reposted article.',
        pattern=r"(?:source|sources|original\s+source|via|h/t|hat\s+tip)\s*:\s*(?:[a-z][\w+.-]*://\S+|[^\n]{1,80})",
        scope="tail",
        zone=3,
        confidence="medium",
        remove=("The vote was close.\n\nSource: https://example.org/news/2021/vote-result",),
        keep=("Source: company filings show the loss widened.\n\nAnalysts expect more cuts next year, and the board agrees.\n\nShares fell.\n\nIt was a long day.",),
        reason="republisher back-link to the source",
    ),
    Rule(
        id="backlink.read-more-at",
        description='A line sending the reader elsewhere: "Read more at ...", "Read More @ ...".',
        pattern=r"""
            (?:read|see|find|get|continue\s+reading)\s+
            (?:more|the\s+rest)(?:\s+(?!at\b|on\b|here\b)[\w'\u2019-]+){0,4}
            \s*(?:at\b|@|on\b|here\b|from\b|via\b|over\s+at\b)\s*:?[^\n]{0,120}
        """,
        verbose=True,
        remove=("Read More @ ExampleBlog.com", "Read more great articles here: https://example.org", "Read the rest of this story at Example"),
        keep=("Readers can read more about the plan on the council website, the mayor said.",),
        reason="republisher back-link to the source",
    ),
    Rule(
        id="backlink.appeared-first-on",
        description='The WordPress feed footer "The post X appeared first on Y." (also when cut short).',
        pattern=r"the\s+post\s+[^\n]{1,300}?\s+appeared\s+(?:first\s+on\b[^\n,;]{0,120}|\w{0,6}(?:\u2026|\.\.\.))",
        scope="sentence",
        remove=(
            "The post Ten Ways to Save Water appeared first on Green Home Daily.",
            "Rain fell all day. The post Ten Ways to Save Water appeared first on Green Home.",
            "The post Ten Ways to Save Water appeared fi\u2026",
        ),
        keep=("The post office appeared first on the list of closures, residents said.\n\nThey were upset.",),
        reason="feed footer linking to the source",
    ),
    Rule(
        id="backlink.originally-published",
        description='A note that the piece first ran elsewhere: "This article originally appeared on ...".',
        pattern=r"""
            (?:a\s+version\s+of\s+)?this\s+
            (?:article|story|post|piece|column|essay|op-ed|interview|report|blog\s+post|entry|content)\s+
            (?:was\s+|is\s+|has\s+been\s+|had\s+)?(?:also\s+|originally\s+|first\s+)*
            (?:appeared|published|posted|ran|featured)\s+(?:first\s+|originally\s+)?(?:on|in|at|by|with)\b[^\n]{1,160}
          | (?:reprinted|republished|reposted|cross-posted)\s+(?:with\s+permission\s+)?(?:from|with\s+permission)\b[^\n]{0,160}
        """,
        verbose=True,
        scope="sentence",
        remove=(
            "This article originally appeared on Example Times.",
            "A version of this piece also appeared on Example Review Online.",
            "Reprinted with permission from Example Weekly.",
        ),
        keep=(
            "The essay originally appeared in a small magazine in 1999, long before she was famous.",
            "Originally published in 1999, the novel sold well.",
        ),
        reason="republication note pointing to the source",
    ),
    Rule(
        id="backlink.originally-published-line",
        description='A line of its own saying where the piece first ran: "Originally published at example.org".',
        pattern=r"(?:originally|first)\s+(?:published|posted|appeared)\s+(?:on|in|at|by)\s+[^\n,;]{1,100}",
        remove=("Originally published at example.org on 3 May 2021.",),
        keep=("Originally published in 1999, the novel sold well.",),
        reason="republication note pointing to the source",
    ),
    Rule(
        id="backlink.republished-from",
        description='The Creative Commons republication note: "This article is republished from X under a Creative Commons license."',
        pattern=r"this\s+(?:article|story|piece|post)\s+(?:is|was|has\s+been)\s+republished\s+from\s+[^\n]{1,240}",
        scope="sentence",
        remove=("This article is republished from The Example under a Creative Commons license. Read the original article.",),
        keep=("Newspapers republished from the wire all week.",),
        reason="republication note pointing to the source",
    ),
    Rule(
        id="backlink.syndicated-feed",
        description='"(Except for the headline, this story has not been edited by ... and is published from a syndicated feed.)"',
        pattern=r"""
            \(?\s*(?:except\s+for\s+the\s+headline,?\s+)?this\s+(?:story|article|report)\s+has\s+not\s+been\s+edited\s+by\s+
            [^\n]{1,80}?(?:\s+and)?\s+is\s+(?:published|auto-generated|auto\s+generated|generated)\s+from\s+a\s+
            (?:syndicated|wire|agency)\s+(?:news\s+)?feed\.?\s*\)?
          | (?:this\s+story\s+has\s+been\s+)?published\s+from\s+a\s+wire\s+agency\s+feed\s+without\s+modifications\s+to\s+the\s+text\.?
            (?:\s+only\s+the\s+headline\s+has\s+been\s+changed\.?)?
        """,
        verbose=True,
        scope="sentence",
        remove=("(Except for the headline, this story has not been edited by Example staff and is published from a syndicated feed.)",),
        keep=("The editor said the story had not been changed.",),
        reason="syndication note from the republisher",
    ),
    Rule(
        id="backlink.provided-by",
        description='A "Provided by X" credit line that a republisher puts under the article.',
        pattern=r"(?:provided|supplied|distributed)\s+by\s+(?:\S+[^\S\n]*){1,6}",
        confidence="medium",
        remove=("It works.\n\nProvided by The Example University",),
        keep=("Provided by the city, the buses run all night and the council pays for them.\n\nMore words.\n\nEnd.",),
        reason="republisher credit line",
    ),
]
