"""Site navigation and widgets: related posts, tags, previous/next, breadcrumbs, menus."""

from __future__ import annotations

from ..rules import Rule, phrases

RULES = [
    Rule(
        id="navigation.related",
        description='Related-content widget headings: "Related Posts", "You may also like", "More in News".',
        pattern=phrases(
            "Related", "Related posts", "Related articles", "Related stories", "Related news", "Related content",
            "Related reading", "Related coverage", "Related topics", "Recommended", "Recommended for you",
            "Recommended stories", "Recommended articles", "Recommended reading", "You may also like",
            "You might also like", "You may be interested in", "You might be interested in", "We recommend",
            "More stories", "More news", "More articles", "More from this author", "Read next", "Up next",
            "Trending", "Trending now", "Most popular", "Most read", "Popular posts", "Popular stories",
            "Don't miss", "Latest news", "Latest stories", "Latest posts", "Top stories", "Explore further",
            "+ Explore further", "More like this", "Similar posts", "Similar articles", "Recent posts",
            "Recent articles", "What to read next", "Also on", "Further reading", "In other news",
            "Editors' picks", "Editor's picks", "More to explore", "Keep reading", "Other stories",
        )
        + r"|more\s+(?:in|from|on|stories\s+(?:from|in)|news\s+from)\s+[\w&'\u2019 -]{1,30}",
        confidence="medium",
        remove=("Related Posts", "You may also like", "More in News", "+ Explore further"),
        keep=("Related posts on the forum were deleted by the moderators last week.",),
        reason="related-content widget",
    ),
    Rule(
        id="navigation.tags",
        description='Tag and category lines: "Tags: a, b", "Filed under: ...", "Categories: ...".',
        pattern=r"(?:tags?|tagged(?:\s+with)?|tagged\s+as|filed\s+under|categories|category|topics|posted\s+in|labels)\s*:\s*[^\n]{1,400}"
        r"|filed\s+under\s+[^\n]{1,200}",
        confidence="medium",
        remove=("Tags: gardening, tomatoes, summer", "Filed under: [News](https://example.org/news)"),
        keep=("Tags are how the archive sorts stories, and nobody reads them.",),
        reason="tags and categories",
    ),
    Rule(
        id="navigation.post-navigation",
        description='Previous/next links: "Post navigation", "Previous Post" with the title that follows it.',
        pattern=r"""
            post\s+navigation | posts\s+navigation | article\s+navigation
          | [\u00ab\u2190\u2039<]?\s*(?:previous|next|prev|older|newer)\s+(?:post|article|story|entry|posts|entries|articles|stories)
            \s*[\u00bb\u2192\u203a>]?\s*:?(?:[^\S\n]*\n[^\S\n]*[^\s\u00ab\u2190\u2039<][^\n]{0,150})?
          | [\u00ab\u2190\u2039<]\s*(?:previous|prev|older) | (?:next|newer)\s*[\u00bb\u2192\u203a>]
          | (?:older|more|recent)\s+(?:articles|posts|stories)\s+by\s+[^\n]{1,60}
          | rss\s+feed\s+for\s+[^\n]{1,60}
        """,
        verbose=True,
        confidence="medium",
        remove=("Post navigation", "Previous Post\nHow I Built a Shed", "Older articles by Jane Doe", "Next \u00bb"),
        keep=("The next post office is two miles away.",),
        reason="post navigation",
    ),
    Rule(
        id="navigation.breadcrumb",
        description='Breadcrumb trails: "Home > News > World", "Home \u00bb Politics".',
        pattern=r"home\s*(?:[>\u00bb/|\u203a\u2192]\s*[^\n>\u00bb/|\u203a\u2192]{1,40}){1,6}",
        confidence="medium",
        remove=("Home > News > World", "Home \u00bb Politics \u00bb Elections"),
        keep=("Home is where the heart is, she said.",),
        reason="breadcrumb",
    ),
    Rule(
        id="navigation.site-chrome",
        description='Menus and buttons: "Skip to content", "Search for:", "Back to top", "Toggle navigation".',
        pattern=r"""
            skip\s+to\s+(?:main\s+)?(?:content|navigation|main|footer)
          | site\s+search\s*:? | search\s+for\s*: | search\s+this\s+(?:site|blog|website)
          | (?:back|scroll|return|go)\s+to\s+top | to\s+top | top\s+of\s+page
          | toggle\s+(?:navigation|menu) | main\s+menu | (?:open|close)\s+menu
          | [<\u00ab\u2190\u2039]?\s*(?:back|return)\s+to\s+(?:the\s+)?(?:full\s+)?(?:list|all|news|blog|articles?|posts?|home(?:page)?|index|overview|search\s+results)\b[^\n.,;]{0,40}
          | expand\s*\|\s*collapse | auto[\s-]?refresh(?:\s+feeds?)? | refresh\s+feeds?
          | print\s+(?:this\s+)?(?:article|page|story) | (?:font\s+size|text\s+size)\s*:?[^\n]{0,20}
          | (?:tap|click)\s+(?:here\s+)?to\s+(?:expand|enlarge|unmute|play)
        """,
        verbose=True,
        remove=("Skip to content", "Search for:", "Back to top", "< back to full list of articles", "Expand | Collapse"),
        keep=("They searched for hours before they found her.", "Back to the list of suspects, the detective said."),
        reason="site chrome",
    ),
    Rule(
        id="navigation.head-chrome",
        description='A close button or bare section label among the first lines: "X", "Menu", "Close".',
        pattern=r"[x\u00d7\u2715\u2716]|close|login|log\s+in|sign\s+in|subscribe|register|my\s+account|search|menu|navigation",
        scope="head",
        zone=3,
        confidence="medium",
        remove=("X\nA Real Headline About Rivers\n\nThe river rose.",),
        keep=("Rivers rise\n\nThe river rose. Open the gates, they said.",),
        reason="site chrome",
    ),
    Rule(
        id="navigation.ui-label",
        description='CSS icon names leaked into the text, such as "icon-expand" glued to a caption.',
        pattern=r"(?:^|(?<=\s))icon-(?:expand|close|search|menu|share|play|arrow[\w-]*|camera|photo|gallery|zoom|video|chevron[\w-]*)",
        scope="inline",
        remove=("icon-expandThe actress in Cannes.",),
        keep=("The icon-maker retired.",),
        reason="site chrome",
    ),
]
