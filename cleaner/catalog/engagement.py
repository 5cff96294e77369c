"""Comment, sharing and follow chrome: "Leave a Comment", "Share this:", "Follow us on ..."."""

from __future__ import annotations

from ..rules import Rule, phrases

_NETWORKS = r"""(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|tumblr|telegram|email|e-mail|mail|pocket
    |google\+?|google\s+news|instagram|threads|mastodon|bluesky|flipboard|messenger|sms|print|skype|viber|line|vk|xing)"""

RULES = [
    Rule(
        id="engagement.leave-a-comment",
        description='A comment prompt standing alone: "Leave a Comment", "Leave a Reply", "Be the first to comment".',
        pattern=phrases(
            "Leave a comment", "Leave a reply", "Leave a reply Cancel reply", "Cancel reply", "Post a comment",
            "Add a comment", "Add comment", "Write a comment", "Submit a comment", "Post comment", "Submit comment",
            "Be the first to comment", "Comments are closed", "Comments closed", "Join the discussion",
            "Join the conversation", "Click here to comment", "Have your say", "Leave your comment",
            "What do you think?", "Discuss this article", "Comments", "Comment", "Reply", "Responses",
            "Leave a comment (comments are moderated)", "Leave a reply (comments are moderated)",
            "You must be logged in to post a comment", "Show comments", "View comments", "Hide comments",
            "Load comments", "Read comments", "Add your two cents",
        ),
        remove=("Leave a Comment", "Leave a Reply", "Be the first to comment", "## Leave a Comment [\u00bb](#postcomment)"),
        keep=("He declined to leave a comment when reached on Friday.",),
        reason="comment widget",
    ),
    Rule(
        id="engagement.comment-count",
        description='Comment counters: "0 Comments", "No comments:", "3 Responses", "12 thoughts on ...".',
        pattern=r"""
            (?:\d[\d,.]*\s*k?|no|one|zero)\s+(?:comments?|responses?|replies|reply|thoughts?\s+on\b[^\n]{0,120})(?:\s+yet)?
          | (?:view|show|read|load|see)\s+(?:all\s+)?\d*\s*comments?(?:\s*\(\d+\))?
          | comments?\s*\(\d+\)
        """,
        verbose=True,
        remove=("0 Comments", "No comments:", "12 thoughts on \u201cHow to Grow Tomatoes\u201d", "View all 14 comments"),
        keep=("No comments were made at the hearing, the clerk said.",),
        reason="comment widget",
    ),
    Rule(
        id="engagement.comment-form",
        description='Comment form labels: "Please enter your comment!", "Your email address will not be published."',
        pattern=r"""
            please\s+enter\s+(?:your\s+)?(?:comment|name(?:\s+here)?|email(?:\s+address)?(?:\s+here)?)
          | you\s+have\s+entered\s+an\s+incorrect\s+email\s+address
          | your\s+email\s+address\s+will\s+not\s+be\s+published\.?(?:\s+required\s+fields\s+are\s+marked\s*\*?)?
          | required\s+fields\s+are\s+marked\s*\*?
          | save\s+my\s+name,?\s+email,?\s+(?:and\s+)?website\s+in\s+this\s+browser[^\n]{0,60}
          | notify\s+me\s+of\s+(?:follow-up\s+comments|new\s+(?:posts|comments))[^\n]{0,40}
          | this\s+site\s+uses\s+akismet\s+to\s+reduce\s+spam\.?(?:\s+learn\s+how\s+your\s+comment\s+data\s+is\s+processed)?[^\n]{0,80}
          | (?:comment|name|email|website)\s*\*
          | \u0394
          | rss\s+feed\s+for\s+comments\s+on\s+this\s+post[^\n]{0,200}
          | (?:sign|log)\s+in(?:\s+or\s+(?:register|sign\s+up|create\s+[^\n]{1,40}?))?\s+to\s+(?:leave|post|add|write|join|see|read|view)\s+
            (?:a|the|your)?\s*(?:comments?|reply|replies|discussion|conversation)\.?
        """,
        verbose=True,
        remove=("Please enter your comment!", "Your email address will not be published. Required fields are marked *",
                "This site uses Akismet to reduce spam. Learn how your comment data is processed."),
        keep=("Please enter your comments in the survey by Monday, the council asked residents.",),
        reason="comment form",
    ),
    Rule(
        id="engagement.comment-policy",
        description='A site\'s commenting policy: "Please adhere to our commenting policy ..."',
        pattern=r"(?:please\s+(?:adhere\s+to|read|follow|review|respect)\s+our\s+comment(?:ing)?\s+(?:policy|guidelines|rules)|comment\s+policy\s*:)",
        scope="paragraph",
        confidence="medium",
        remove=("Please adhere to our commenting policy to avoid being banned.",),
        keep=("Our commenting policy changed in May, the editor wrote in a long note.",),
        reason="comment section notice",
    ),
    Rule(
        id="engagement.share-this",
        description='Share prompts: "Share this:", "Click to share on Facebook (Opens in new window)", "Like this:".',
        pattern=rf"""
            (?:share|tweet|post|send|email|pin)\s+(?:this|it)(?:\s+(?:article|story|post|page|on\s+{_NETWORKS}))?
          | share\s+(?:this|the)\s+(?:article|story|post)\s+(?:on|via|with)\s+[^\n]{{1,40}}
          | (?:share|post|send)\s+(?:on|via|to|with)\s+{_NETWORKS}
          | \[?click\s+to\s+(?:share|email|print|tweet|pin)\b[^\n]{{0,60}}?(?:\(opens\s+in\s+new\s+window\))?(?:[^\S\n]*{_NETWORKS})?\]?(?:\([^\s)]*\))?
          | like\s+this\s*:?(?:\s+like)?(?:\s+loading(?:\.\.\.|\u2026)?)?
          | (?:like\s+)?loading(?:\.\.\.|\u2026)
          | %d\s+bloggers\s+like\s+this\s*:?
          | (?:share|sharing)(?:\s+(?:is|options|this|buttons|now))?
          | copy\s+link | link\s+copied!? | share\s+via | spread\s+the\s+word
          | (?:share|tweet)\s+(?:share|tweet|pin|email)(?:\s+(?:share|tweet|pin|email)){{0,4}}
        """,
        verbose=True,
        remove=("Share this:", "Click to share on Twitter (Opens in new window)", "Like this: Like Loading...", "%d bloggers like this:"),
        keep=("Share this with your friends only if they like long essays about soil.",),
        reason="share buttons",
    ),
    Rule(
        id="engagement.follow-us",
        description='Follow prompts: "Follow us on Twitter", "Like us on Facebook", "Or follow us on Google News!"',
        pattern=r"""
            (?:[^\n]{0,120}?[.!]\s+)?(?:or\s+|and\s+|please\s+)?(?:follow|like|join|find|connect\s+with|subscribe\s+to)\s+
            (?:us|me|@\w+|[\w.]+\s+news)\s+(?:on|at|in|via)\s+
            [^\n]{0,24}?(?:facebook|twitter|\bx\b|instagram|linkedin|google|youtube|tiktok|telegram|social|whatsapp
              |threads|mastodon|bluesky|pinterest|flipboard|apple|spotify|rss|feedly|email|e-mail)[^\n]{0,30}
        """,
        verbose=True,
        remove=("Follow us on Twitter", "Sign up for daily updates from Example on email. Or follow us on Google News!"),
        keep=("Follow us on a walk through the old town, where every door tells a story of its own.\n\nThen lunch.",),
        reason="follow prompt",
    ),
    Rule(
        id="engagement.counters",
        description='Engagement counters: "41 shares", "8 retweets", "7 likes", "1.2K views".',
        pattern=r"(?:\d[\d,.]*\s*[km]?\s+(?:shares?|likes?|retweets?|reposts?|replies|views?|reactions?|claps?|upvotes?|favou?rites?)\s*)+",
        confidence="medium",
        remove=("41 shares", "0 replies\n8 retweets\n7 likes", "1.2K views"),
        keep=("The video had 41 shares and 7 likes by noon, the spokesman said.",),
        reason="share and like counters",
    ),
    Rule(
        id="engagement.feedback",
        description='Correction and feedback prompts: "See an error in this article? Send us a correction", "Feedback to editors".',
        pattern=r"""
            (?:see|spot(?:ted)?|found|notice)\s+an?\s+(?:error|typo|mistake)[^\n]{0,100}
          | (?:send\s+(?:us\s+)?)?feedback\s+to\s+(?:the\s+)?editors?
          | report\s+an\s+(?:error|issue|typo)
          | was\s+this\s+(?:article|story|page)\s+helpful\??[^\n]{0,40}
        """,
        verbose=True,
        remove=("See an error in this article? Send us a correction", "Feedback to editors"),
        keep=("We found an error in the model and fixed it before the second run, the authors wrote.\n\nIt held.",),
        reason="feedback widget",
    ),
]

RULES += [
    Rule(
        id="engagement.share-link",
        description="A link whose address is a share button's: \"?share=facebook\", \"sharer.php\", \"intent/tweet\".",
        pattern=r"[^\n]{0,80}\]\((?:https?://)?[^)\s]*(?:[?&]share=|sharer\.php|/intent/tweet|/share\?|sharearticle|/pin/create/)[^)\s]*\)",
        remove=("  Facebook](https://example.org/2025/06/15/post/?share=facebook)",),
        keep=("We [shared the data](https://example.org/data) with the council.",),
        reason="share buttons",
    ),
]
