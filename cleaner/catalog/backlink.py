"""Back-links a republisher adds to point at the source: "Read the original story here", "Source link"."""

from __future__ import annotations

from ..rules import Rule, phrases
from .languages import ORIGINALLY, alternation, words

RULES = [
    Rule(
        id="backlink.google-news-coverage",
        description='Google News\'s link under a story in its RSS feeds, "View Full Coverage on Google News", '
                    "wherever it stands (run onto the end of the related headlines, often): RSS pipelines in many "
                    "public repositories strip it by hand.",
        pattern=r"(?:[^\S\n]*\|)?[^\S\n]*\bview[^\S\n]+full[^\S\n]+coverage[^\S\n]+on[^\S\n]+google[^\S\n]+news\b"
                r"|[^\S\n]*google[^\S\n]+\ub274\uc2a4\uc5d0\uc11c[^\S\n]+\uc804\uccb4[^\S\n]+\ucf58\ud150\uce20[^\S\n]+\ubcf4\uae30",
        scope="inline",
        remove=("Flood defences finished early  Example Times View Full Coverage on Google News",
                "View full coverage on Google News"),
        keep=("Google News coverage of the floods was thin, the editor said.",),
        reason="republisher back-link to the source",
    ),
    Rule(
        id="backlink.google-news-cluster",
        description="Google News's cluster of related coverage, as its RSS feeds give a story's description: a list of "
                    'other outlets\' headlines, one item a line, whose last item is "View Full Coverage on Google News". '
                    "The list goes with its last item.",
        pattern=r"""
            (?:\d{1,2}[.)][^\S\n]+|(?<=[-*\u2022\u00b7][^\S\n]{0,4}))[^\n]{1,300}\n   # the first item (a bullet is read before it)
            (?:[^\S\n]*(?:\d{1,2}[.)]|[-*\u2022\u00b7])[^\S\n]+[^\n]{1,300}\n){0,11}   # the next ones, no blank line between
            [^\S\n]*(?:\d{1,2}[.)]|[-*\u2022\u00b7])[^\S\n]*view\ full\ coverage\ on\ google\ news  # (one literal: see below)
            [^\S\n]*(?=\n[^\S\n]*(?:\n|\Z)|\n?\Z)                                   # and the paragraph ends there
        """,
        verbose=True,
        # The list is a paragraph of its own. Its last item's words are one literal, with single spaces as
        # Google News writes them: the scan is skipped where the phrase is absent (read as separate words,
        # "google", "news" and "coverage" are in most long Markdown pages, and the scan tried twelve lines
        # at every list item of them: 1.2 s for 600 KB).
        scope="paragraph",
        remove=("Floods close the valley road \u2013 Example Times\n\n"
                "  1. Floods close the valley road Example Times\n"
                "  2. Valley road shut after record rain Example Post\n"
                "  3. View Full Coverage on Google News\n\nThe road reopened on Friday.",),
        keep=("The council listed three causes of the flood:\n"
              "  1. The rain, which was the heaviest on record.\n"
              "  2. The blocked drains under the bridge.\n"
              "  3. The river wall, which was too low.\n\nView Full Coverage on Google News",),
        reason="republisher back-link to the source",
    ),
    Rule(
        id="backlink.read-original",
        description='A line pointing to the original article: "Read the original story here".',
        pattern=r"""
            (?:click[^\S\n]+here[^\S\n]+to[^\S\n]+|please[^\S\n]+)?
            (?:read|view|see|visit|go[^\S\n]+to|continue[^\S\n]+reading)[^\S\n]+
            (?:the[^\S\n]+)?(?:original|full|complete|entire|whole)[^\S\n]+
            (?:article|story|post|report|piece|text|version|news)
            (?:[^\S\n]+(?:here|at|on|from|via)\b(?:[^\S\n]*:?[^\S\n]*(?:\S+\.[a-z]{2,}\S*|(?-i:\p{Lu})[^\n.,;!?]{0,49}))?)?  # a site, not "the commission's website\"
        """
        + "|" + alternation("read-original"),
        verbose=True,
        remove=("Read the original story here", "Read the full story at Example News", "Click here to read the complete story",
                "Zum Originalartikel", "Lire l\u2019article original"),
        keep=("Read the original article in the journal before you judge the findings.",
              "Read the full report on the commission's website.", "See the full report from the inspector general."),
        reason="republisher back-link to the source",
    ),
    Rule(
        id="backlink.source-link",
        description='A bare "Source link" or "Source" line left by an autoblog plugin.',
        pattern=phrases("Source link", "Source", "Sources", "Original source", "Link to source", "Source URL", "Go to source",
                        "Go to the source", "Visit source", "Original article", "Original post", "[Source]", *words("source")),
        remove=("Source link", "Source link\n", "Quelle", "Fuente"),
        keep=("The source link was broken, so we checked the archive.",),
        reason="republisher back-link to the source",
    ),
    Rule(
        id="backlink.source-domain",
        description='The source\'s or the site\'s domain alone as the document\'s last line ("atimes.com", '
                    '"www.example.ch").',
        # The last line of a reposted article on strategic-culture.org's feed (Asia Times'), and of the
        # saved pages of 18 unrelated sites (kicker.de, bhaskar.com, apnews.com, livenet.ch, ln-online.de,
        # simmentalzeitung.ch ...), never their main text; `navigation.head-chrome` takes it as the first line.
        pattern=r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?",
        scope="tail",
        zone=1,
        confidence="medium",
        remove=("The vote was close, and the count went on into the night.\n\nexample.com",
                "The vote was close, and the count went on into the night.\n\nwww.example.co.uk/"),
        keep=("The vote was close, and the count went on into the night.\n\nexample.com\n\nThe count ended at dawn.",
              "The vote was close, and the count went on into the night.\n\nU.S.A"),
        reason="republisher back-link to the source",
    ),
    Rule(
        id="backlink.source-credit",
        description='A "Source: name or URL" line at the end of a reposted article.',
        pattern=r"(?:source|sources|original[^\S\n]+source|via|h/t|hat[^\S\n]+tip|quelle|fuente|fonte)[^\S\n]*:[^\S\n]*+(?:[a-z][\w+.-]*://\S+|(?!(?:the|a|an|we|i|he|she|they|it|this|to|die|der|das|el|la|los|las|le|les)\b)(?![^\n]*[.!?][^\S\n]+\S)(?!(?:\S+[^\S\n]+){7})[^\n]{1,80})"
        r"|article[^\S\n]+source[^\S\n]*:[^\S\n]*[a-z][\w+.-]*://\S+"
        # A newswire's own capitals, then a name: "SOURCE Example Inc.", "SOURCE Ministry of Health"
        r"|(?-i:SOURCE[^\S\n]+(?=[^\n]*\p{Ll})[A-Z0-9][\w&'.-]*(?:,?[^\S\n]+(?:[A-Z0-9&][\w&'.-]*|of|and|the|for|de|du|des|la|le|y|e|und))*)",
        scope="tail",
        zone=3,
        confidence="medium",
        remove=("The vote was close.\n\nSource: https://example.org/news/2021/vote-result",
                "The plant opens in May.\n\nSOURCE Example Holdings Inc."),
        keep=("Source: company filings show the loss widened.\n\nAnalysts expect more cuts next year, and the board agrees.\n\nShares fell.\n\nIt was a long day.",
              "The plant opens in May.\n\nSource of the delay: a missing permit, the company said.",
              "The plant opens in May.\n\nSOURCE material for the film came from her diaries.",
              "The plant opens in May.\n\nSOURCE CODE"),
        reason="republisher back-link to the source",
    ),
    Rule(
        id="backlink.reader-envelope",
        description='The lines a reader service (Jina Reader) puts around a page it turns into text: "URL Source: '
                    'https://\u2026", "Markdown Content:" and its "Warning: \u2026" notes (seen in pages scraped from teslemetry.com, zipkin.io, '
                    'shopify.engineering, analyticsvidhya.com, learn.microsoft.com, docs.databricks.com, '
                    'cert-manager.io and more, saved in public repositories). Its "Title: \u2026" line holds the '
                    'headline and stays.',
        pattern=r"url[^\S\n]+source:[^\S\n]*[a-z][\w+.-]*://\S+|markdown[^\S\n]+content:"
                # its warnings (that projects using it strip by hand: ten each in public repositories)
                r"|warning:[^\S\n]+(?:target[^\S\n]+url[^\S\n]+returned[^\S\n]+error|this[^\S\n]+page[^\S\n]+maybe"
                r"|this[^\S\n]+is[^\S\n]+a[^\S\n]+cached[^\S\n]+snapshot)[^\n]{0,200}",
        remove=("URL Source: https://example.com/blog/speeding-up-tests", "Markdown Content:",
                "Warning: This is a cached snapshot of the original page, consider retry with caching opt-out."),
        keep=("The URL source: a page the council had taken down.",),
        reason="reader service's envelope",
    ),
    Rule(
        id="backlink.read-more-at",
        description='A line sending the reader elsewhere: "Read more at ...", "Read More @ ...".',
        pattern=r"""
            (?:full[^\S\n]+(?:story|article|report)|more[^\S\n]+(?:news|stories)|original[^\S\n]+(?:article|post|story))[^\S\n]*(?:at|@|on|via)\b[^\S\n]*:?[^\S\n]*(?:\S+\.[a-z]{2,}\S*|(?-i:\p{Lu})[^\n]{0,99})
          | continue[^\S\n]+reading[^\S\n]+(?:on|at)[^\S\n]+(?:\S+\.[a-z]{2,}\S*|(?-i:\p{Lu})[^\n]{0,99})
          # French, a site's name or address after it: in scraped feed text of nofrag.com (a forum importer's strip
          # list), tomshardware.fr (a dump of its articles) and Etalab's forum (a newsletter); not "Lire la suite sur
          # le sujet"
          | lire[^\S\n]+la[^\S\n]+suite[^\S\n]+sur[^\S\n]+(?:\S+\.[a-z]{2,}\S*|(?-i:\p{Lu})[^\n]{0,99})
          | (?:read|see|find|get|continue[^\S\n]+reading)[^\S\n]+
            (?:more|the[^\S\n]+rest)(?:[^\S\n]+(?:great[^\S\n]+)?(?:news|stories|articles|posts|updates|information|details|of[^\S\n]+(?:this|our|the)[^\S\n]+(?:story|article|post)|like[^\S\n]+this))?
            [^\S\n]*(?:at\b|@|on\b|here\b|from\b|via\b|over[^\S\n]+at\b)[^\S\n]*:?[^\S\n]*(?:\S+\.[a-z]{2,}\S*|(?-i:\p{Lu})[^\n]{0,99})
        """,
        verbose=True,
        remove=("Read More @ ExampleBlog.com", "Read more great articles here: https://example.org", "Read the rest of this story at Example",
                "Continue reading on Example News", "Lire la suite sur Exemple.fr", "Lire la suite sur Exemple..."),
        keep=("Readers can read more about the plan on the council website, the mayor said.",
              "Lire la suite sur le sujet demandera du temps, dit-elle."),
        reason="republisher back-link to the source",
    ),
    Rule(
        id="backlink.appeared-first-on",
        description='The WordPress feed footer "The post X appeared first on Y." (also when cut short).',
        pattern=r"the[^\S\n]+post[^\S\n]+[^\n]{1,300}?[^\S\n]+appeared[^\S\n]+(?:first[^\S\n]+on[^\S\n]+(?:(?-i:[\p{Lu}\d])|\S+\.[a-z]{2,})[^\n,;]{0,120}|\w{0,6}(?:\u2026|\.\.\.))",
        scope="sentence",
        remove=(
            "The post Ten Ways to Save Water appeared first on Green Home Daily.",
            "Rain fell all day. The post Ten Ways to Save Water appeared first on Green Home.",
            "The post Ten Ways to Save Water appeared fi\u2026",
        ),
        keep=("The post office appeared first on the list of closures, residents said.\n\nThey were upset.",
              "The post office appeared first on the list of closures."),
        reason="feed footer linking to the source",
    ),
    Rule(
        id="backlink.originally-published",
        description='A note that the piece first ran elsewhere: "This article originally appeared on ...".',
        pattern=r"""
            (?:a[^\S\n]+version[^\S\n]+of[^\S\n]+)?this[^\S\n]+
            (?:article|story|post|piece|column|essay|op-ed|interview|report|blog[^\S\n]+post|entry|content)[^\S\n]+
            (?:was[^\S\n]+|is[^\S\n]+|has[^\S\n]+been[^\S\n]+|had[^\S\n]+)?(?:also[^\S\n]+|originally[^\S\n]+|first[^\S\n]+)+
            (?:appeared|published|posted|ran|featured)[^\S\n]+(?:first[^\S\n]+|originally[^\S\n]+)?(?:on|in|at|by|with)\b[^\n,;]{1,160}
          # "This post appeared first on "The GitHub Blog". [Read the entire article here](https://...)": a
          # news aggregator's footer, after WordPress's "The post X appeared first on Y"
          | this[^\S\n]+(?:article|story|post|piece|entry)[^\S\n]+(?:appeared|was[^\S\n]+published|was[^\S\n]+posted)[^\S\n]+
            (?:first|originally)[^\S\n]+(?:on|in|at)\b[^\n,;]{1,300}
          | this[^\S\n]+(?:story|article|piece)[^\S\n]+was[^\S\n]+(?:produced|written|created)[^\S\n]+by[^\S\n]+[^\n]{1,100}?
            [^\S\n]+and[^\S\n]+(?:reviewed[^\S\n]+and[^\S\n]+)?(?:distributed|syndicated)[^\S\n]+by\b[^\n]{0,80}
          | this[^\S\n]+(?:article|story)[^\S\n]+was[^\S\n]+(?:written|produced)[^\S\n]+by[^\n]{1,120}?[^\S\n]+and[^\S\n]+was[^\S\n]+legally[^\S\n]+licensed[^\S\n]+(?:through|via)[^\n]{0,120}
          | (?:reprinted|republished|reposted|cross-posted)[^\S\n]+(?:with[^\S\n]+permission[^\S\n]+)?(?:from|with[^\S\n]+permission)\b[^\n,;]{0,160}
          # "This article was originally written by Jane Doe for Example Wiki." (eight unrelated blogs and
          # mirrors in public repositories), and "This post was written by Jane Doe and originally published
          # on Example." (six): who wrote it where, not the article; "This article was written by Jane Doe."
          # alone is its byline, and stays
          | this[^\S\n]+(?:article|post|story|piece|essay|tutorial|guide|entry)[^\S\n]+(?:was|has[^\S\n]+been)[^\S\n]+
            (?:originally|first)[^\S\n]+(?:written|authored)[^\S\n]+by[^\S\n]+(?=(?-i:\p{Lu})|[@\["*_]|me\b|[\w-]+\.[a-z]{2,})[^\n]{1,240}
          | this[^\S\n]+(?:article|post|story|piece|essay|tutorial|guide|entry|content)[^\S\n]+(?:was|is)[^\S\n]+
            (?:written|authored|edited)[^\S\n]+(?:by|in[^\S\n]+(?:partnership|collaboration)[^\S\n]+with)[^\S\n]+[^\n]{1,120}?
            [^\S\n]+and[^\S\n]+(?:was[^\S\n]+)?(?:originally|first)[^\S\n]+(?:published|posted|appeared)[^\S\n]+(?:on|in|at|by)\b[^\n]{1,240}
          | """ + ORIGINALLY + """
        """,
        verbose=True,
        scope="sentence",
        remove=(
            "This article originally appeared on Example Times.",
            'This post appeared first on "Example Tech Blog". [Read the entire article here](https://blog.example.com/2025/09/03/a-post/)',
            "A version of this piece also appeared on Example Review Online.",
            "Reprinted with permission from Example Weekly.",
            "This story was produced by Example Money and reviewed and distributed by Example Media.",
            "This article was originally written by Jane Doe for the Example Wiki (captured May 2024).",
            "This post was written by Jane Doe, an engineer at Example, and originally published on Example Blog.",
            "Der Beitrag Zehn Wege, Wasser zu sparen erschien zuerst auf Grünes Heim.",
            "L\u2019article Dix fa\u00e7ons d\u2019\u00e9conomiser l\u2019eau est apparu en premier sur Maison Verte.",
            "La entrada Diez formas de ahorrar agua se public\u00f3 primero en Casa Verde.",
            "O post Dez maneiras de poupar \u00e1gua apareceu primeiro em Casa Verde.",
            "Questo articolo \u00e8 stato pubblicato originariamente su Casa Verde.",
            "Wywiad uka\u017ca\u0142 si\u0119 pierwotnie na \u0142amach Example Review.",
        ),
        keep=(
            "The essay originally appeared in a small magazine in 1999, long before she was famous.",
            "Originally published in 1999, the novel sold well.",
            "This article was written by Jane Doe.", "This essay was originally written by my grandmother in 1950.",
            "Batman: Year One pierwotnie uka\u017ca\u0142 si\u0119 w numerze 404 w 1987 roku.",
        ),
        reason="republication note pointing to the source",
    ),
    Rule(
        id="backlink.originally-published-line",
        description='A line of its own saying where the piece first ran: "Originally published at example.org".',
        # where: a site's name or address, not "in 1851", "on television" or "in Russian in 1866"
        pattern=r"(?:(?:article|story|post)[^\S\n]+)?(?:originally|first)[^\S\n]+(?:published|posted|appeared)[^\S\n]+(?:on|in|at|by)[^\S\n]+"
        r"(?=(?-i:\p{Lu})|[\w-]+\.[a-z]{2,}|[a-z][\w+.-]*://)(?![^\n]*\bin[^\S\n]+\d{4}\b)[^\n,;]{1,100}(?:,[^\S\n]*\d{4})?",
        remove=("Originally published at example.org on 3 May 2021.", "Originally published at example.org on March 3, 2024.",
                "Originally published at https://example.org/news/budget on March 4, 2024."),
        keep=("Originally published in 1999, the novel sold well.", "First published in 1851.",
              "Originally published in Russian in 1866", "First appeared on television in 1962"),
        reason="republication note pointing to the source",
    ),
    Rule(
        id="backlink.republished-from",
        description='The Creative Commons republication note: "This article is republished from X under a Creative Commons license."',
        pattern=r"this[^\S\n]+(?:article|story|piece|post)[^\S\n]+(?:is|was|has[^\S\n]+been)[^\S\n]+republished[^\S\n]+from[^\S\n]+[^\n]{1,240}",
        scope="sentence",
        remove=("This article is republished from The Example under a Creative Commons license. Read the original article.",),
        keep=("Newspapers republished from the wire all week.",),
        reason="republication note pointing to the source",
    ),
    Rule(
        id="backlink.syndicated-feed",
        description='"(Except for the headline, this story has not been edited by ... and is published from a syndicated feed.)"',
        pattern=r"""
            \(?[^\S\n]*(?:except[^\S\n]+for[^\S\n]+the[^\S\n]+headline,?[^\S\n]+)?this[^\S\n]+(?:story|article|report)[^\S\n]+has[^\S\n]+not[^\S\n]+been[^\S\n]+edited[^\S\n]+by[^\S\n]+
            [^\n]{1,80}?(?:[^\S\n]+and)?[^\S\n]+is[^\S\n]+(?:published|auto-generated|auto[^\S\n]+generated|generated)[^\S\n]+from[^\S\n]+a[^\S\n]+
            (?:syndicated|wire|agency)[^\S\n]+(?:news[^\S\n]+)?feed\.?[^\S\n]*\)?
          | (?:this[^\S\n]+story[^\S\n]+has[^\S\n]+been[^\S\n]+)?published[^\S\n]+from[^\S\n]+a[^\S\n]+wire[^\S\n]+agency[^\S\n]+feed[^\S\n]+without[^\S\n]+modifications[^\S\n]+to[^\S\n]+the[^\S\n]+text\.?
            (?:[^\S\n]+only[^\S\n]+the[^\S\n]+headline[^\S\n]+has[^\S\n]+been[^\S\n]+changed\.?)?
        """,
        verbose=True,
        scope="sentence",
        remove=("(Except for the headline, this story has not been edited by Example staff and is published from a syndicated feed.)",),
        keep=("The editor said the story had not been changed.",),
        reason="syndication note from the republisher",
    ),
    Rule(
        id="backlink.newswire",
        description='A press-release wire\'s link back to its copy: "View original content: https://...", "View source version on ...".',
        pattern=r"""
            (?:cision[^\S\n]+)?view[^\S\n]+original[^\S\n]+content(?:[^\S\n]+to[^\S\n]+download[^\S\n]+multimedia)?[^\S\n]*:[^\S\n]*\S+
          | view[^\S\n]+source[^\S\n]+version[^\S\n]+on[^\S\n]+[\w.-]+[^\S\n]*:[^\S\n]*\S+
          | to[^\S\n]+view[^\S\n]+the[^\S\n]+original[^\S\n]+version[^\S\n]+on[^\S\n]+[^\n,:]{1,40},?[^\S\n]+visit[^\S\n]*:?[^\S\n]*\S+
          | (?:logo|photo|video|image|multimedia|infographic)[^\S\n]*[-:][^\S\n]*https?://\S+
        """,
        verbose=True,
        remove=("View original content: https://www.example.com/news-releases/plant-opens-301234567.html",
                "Cision View original content to download multimedia: https://www.example.com/news-releases/plant-301234567.html",
                "View source version on example.com: https://www.example.com/news/home/20240304005123/en/",
                "To view the original version on Example Newswire, visit: https://www.example.com/news-releases/plant.html",
                "Logo - https://media.example.com/123456/Example_Logo.jpg"),
        keep=("View original content in the archive before you quote it, the editor said.",
              "Photo - a single print of the harbour - hangs in the hall."),
        reason="newswire link back to the release",
    ),
    Rule(
        id="backlink.provided-by",
        description='A "Provided by X" credit line that a republisher puts under the article.',
        pattern=r"(?:provided|supplied|distributed)[^\S\n]+by[^\S\n]+(?:[^\s,;.]+[^\S\n]*){1,6}",
        confidence="medium",
        remove=("It works.\n\nProvided by The Example University",),
        keep=("Provided by the city, the buses run all night and the council pays for them.\n\nMore words.\n\nEnd.",),
        reason="republisher credit line",
    ),
]
