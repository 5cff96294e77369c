"""Aggregator disclaimers, removed as whole paragraphs: "Denial of responsibility! ..."."""

from __future__ import annotations

from ..rules import NOT_REPORTED, Rule

#: The note that an author's views are not the site's, after what leads it in (`{lead}`).
_VIEWS = r"""
    {lead}(?:views?|opinions?)(?:[^\S\n]+and[^\S\n]+(?:views?|opinions?))?[^\S\n]+expressed
    (?:[^\S\n]+(?:herein|here|in[^\S\n]+(?:this|the)[^\S\n]+(?:article|post|column|piece|commentary|story|blog[^\S\n]+post|content)
      |by[^\S\n]+(?:the[^\S\n]+)?(?:authors?|writers?|contributors?|columnists?
        |(?-i:\p{{Lu}})[\w&.'\u2019-]*(?:[^\S\n]+(?-i:\p{{Lu}})[\w&.'\u2019-]*){{0,3}}[^\S\n]+(?:contributors|writers|columnists|bloggers))))?
    [^\S\n]+(?:are|is|do|does|may)[^\S\n]
    (?=[^\n]{{0,240}}?(?:\bauthor|\btheir[^\S\n]+own\b|\bnecessarily\b|\breflect))
    [^\n]{{0,300}}
"""

RULES = [
    Rule(
        id="disclaimer.denial-of-responsibility",
        description='The aggregator paragraph "Denial of responsibility! ... The content will be deleted within 24 hours."',
        pattern=r"denial[^\S\n]+of[^\S\n]+responsibility[^\S\n]*[!:.](?=[^\n]*(?:aggregator|deleted|removed|24[^\S\n]+hours|copyright|owner))",
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
            (?:disclaimer[^\S\n]*[:\p{Pd}][^\S\n]*)?
            (?:this[^\S\n]+(?:story|article|post|news|content)[^\S\n]+(?:is|was|has[^\S\n]+been)[^\S\n]+auto(?:matically)?[\s-]*(?:aggregated|generated|fetched|published)
              | (?:we[^\S\n]+are|this[^\S\n]+(?:site|website)[^\S\n]+is)[^\S\n]+an?[^\S\n]+automatic[^\S\n]+(?:news[^\S\n]+)?aggregator
              | if[^\S\n]+you[^\S\n]+are[^\S\n]+the[^\S\n]+(?:owner|author)[^\S\n]+of[^\S\n]+(?:the|this)[^\S\n]+content[^\S\n]+and[^\S\n]+(?:do[^\S\n]+not|don't)[^\S\n]+want)
            """ + NOT_REPORTED + r"""  # "..., the student admitted" is a report, not the notice
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
    Rule(
        id="disclaimer.press-release",
        description='A republisher\'s note under a paid press release: "Disclaimer: The above press release comes to you under an arrangement with ..."',
        pattern=r"""
            # each way in spelled out, so that each starts with a literal ("(" optional would not)
            (?:\(disclaimer|\(legal[^\S\n]+disclaimer|disclaimer|legal[^\S\n]+disclaimer)[^\S\n]*[:\p{Pd}]
            (?=[^\n]*\b(?:responsib|endorse|liab))[^\S\n]*(?:the|this)[^\S\n]+(?:above[^\S\n]+)?press[^\S\n]+release[^\S\n]+
              (?:comes[^\S\n]+to[^\S\n]+you|has[^\S\n]+been[^\S\n]+(?:provided|published|issued)|is[^\S\n]+(?:provided|published|issued)|was[^\S\n]+(?:provided|published|issued))
          # "ein\ presswire" is one literal to look for ("ein" alone is in too many words)
          | (?:legal[^\S\n]+disclaimer[^\S\n]*:[^\S\n]*)?ein\ presswire""" + NOT_REPORTED + r"""[^\S\n]+provides[^\S\n]+this[^\S\n]+news[^\S\n]+content[^\S\n]+["\u201c]?as[^\S\n]+is["\u201d]?
        """,
        verbose=True,
        scope="paragraph",
        remove=("Disclaimer: The above press release comes to you under an arrangement with Example Wire. Example Daily takes no "
                "editorial responsibility for the same.",
                "(Disclaimer: The above press release has been provided by Example. Example Daily will not be responsible in any way "
                "for the content of the same.)",
                'EIN Presswire provides this news content "as is" without warranty of any kind. We do not accept any responsibility '
                "for the accuracy of the information contained in this article."),
        keep=("The press release came to us on Monday, and the disclaimer in it was longer than the news.",
              "Disclaimer: The press release was issued before the merger was announced, the company later said."),
        reason="republisher disclaimer",
    ),
    Rule(
        id="disclaimer.not-advice",
        description='A site\'s investment disclaimer paragraph: "Disclaimer: ... does not constitute financial advice ...".',
        pattern=r"""
            (?:disclaimer|disclosure|important)[^\S\n]*[:\p{Pd}][^\S\n]*(?![^\n]{0,400}?\b(?:said|says|ruled|held|found)\b)
            (?=[^\n]{0,400}?\b(?:not[^\S\n]+(?:constitute[^\S\n]+|intended[^\S\n]+as[^\S\n]+|be[^\S\n]+construed[^\S\n]+as[^\S\n]+)?
               (?:financial|investment|trading|legal|tax)[^\S\n]+advice|educational[^\S\n]+purposes[^\S\n]+only|do[^\S\n]+your[^\S\n]+own[^\S\n]+research))
        """,
        verbose=True,
        scope="paragraph",
        confidence="medium",
        remove=("Disclaimer: The article is provided for educational purposes only. It does not represent the opinions of Example "
                "on whether to buy, sell or hold any investments.",),
        keep=("(DISCLAIMER: This post was written in 2018 and was accurate to the syllabus at the time of writing.)",
              "The judge said the disclaimer was not legal advice and did not protect the firm."),
        reason="site disclaimer",
    ),
    Rule(
        id="disclaimer.views-expressed",
        description='A site\'s note that an author\'s views are not its own, on a line of its own: "The views and opinions '
                    'expressed herein are the views and opinions of the author and do not necessarily reflect those of '
                    'Example, Inc.", "Opinions expressed by Example contributors are their own."',
        # nasdaq.com (in many public scraped-article samples), kitco.com, linuxjournal.com, sputniknews.com, forbes.com,
        # thepointsguy.com ("Editorial Disclaimer: Opinions expressed here are the author's alone, ..."): site templates.
        # Each alternative starts with its own literal (one space after "The"), so that the line scan's gate tries
        # the rule only on lines that start so, not on every line that starts with "The".
        pattern=_VIEWS.format(lead=r"(?:editorial\ )?(?:disclaimer|note)[^\S\n]*:[^\S\n]*(?:the[^\S\n]+)?")
        + "|" + _VIEWS.format(lead=r"the\ ") + "|" + _VIEWS.format(lead=""),
        verbose=True,
        confidence="medium",
        remove=("The views and opinions expressed herein are the views and opinions of the author and do not necessarily "
                "reflect those of Example, Inc.",
                "Opinions expressed by Example contributors are their own.",
                "Disclaimer: The views expressed in this article are those of the author and do not necessarily reflect "
                "those of Example Media.",
                "Editorial Note: Opinions expressed here are the author's alone, not those of any bank or airline."),
        keep=("The views expressed by residents at the meeting were mixed, the mayor said.",
              "The opinions expressed by voters are clear: they want the road fixed before winter.",
              "Views expressed in the survey are those of the respondents, who were not paid.",
              "She said the views expressed in the report do not reflect the council's position, and asked for a vote."),
        reason="site disclaimer",
    ),
    Rule(
        id="disclaimer.sponsored-content",
        description='A publisher\'s note that its newsroom had no part in paid content: "The Example News Department was '
                    'not involved in the creation of this content.", "This content was paid for by an advertiser and '
                    'created by ..."',
        # marketwatch.com (on every press release it carries; two projects' scraped samples), wsj.com and barrons.com
        # ("... the content above", a scraper's strip list), washingtonpost.com (WP BrandStudio's label), creditcards.com
        # ("The CreditCards.com Editorial staff was not involved ..."): the same note at unrelated publishers.
        pattern=r"""
            (?:please[^\S\n]+note:?[^\S\n]+)?(?:the[^\S\n]+)?(?:[\w&'\u2019.-]+[^\S\n]+){1,5}
              (?:news[^\S\n]+(?:department|organi[sz]ation|staff|team)|newsroom|editorial[^\S\n]+(?:staff|team|department))
              [^\S\n]+(?:was|were)[^\S\n]+not\ involved\ in\ the\ creation\ of[^\S\n]+(?:this|the)[^\S\n]+content
              (?:[^\S\n]+(?:above|below))?""" + NOT_REPORTED + r"""[.!]?
          # the words written with single spaces: one literal, which the scans look for before trying the rule
          | this[^\S\n]+content[^\S\n]+(?:was|is)\ paid\ for\ by\ an\ advertiser\b""" + NOT_REPORTED + r"""[^\n.!?]{0,120}[.!]?
        """,
        verbose=True,
        scope="sentence",
        remove=("The Example News Department was not involved in the creation of this content.",
                "This content was paid for by an advertiser and created by the Example Times advertising department. "
                "The Example Times news organization was not involved in the creation of this content."),
        keep=("The newsroom was not involved in the creation of this content, the union said.",
              "This content was paid for by an advertiser, the regulator found, and should have been labelled."),
        reason="sponsored-content note",
    ),
]
