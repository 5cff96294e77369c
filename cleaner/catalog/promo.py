"""Promotions of the site itself: newsletter sign-ups, apps, podcasts, stores."""

from __future__ import annotations

from ..rules import Rule

RULES = [
    Rule(
        id="promo.newsletter",
        description='Newsletter and subscription prompts: "Subscribe to our newsletter", "Join 526 other subscribers".',
        pattern=r"""
            (?=[^\n]{0,220}$)
            (?:(?:to|and|or|please|why\s+not)\s+)?
            (?:sign\s+up|subscribe|register|join|get|receive|enter\s+your\s+email|stay\s+(?:up\s+to\s+date|informed|in\s+the\s+loop|updated)
              |never\s+miss|don['\u2019]t\s+miss)\b[^\n]{0,120}?
            \b(?:newsletters?|inbox|e-?mail(?:\s+address)?|updates|bulletin|alerts|digest|subscribers|for\s+free|daily\s+news)\b
            [^\n]{0,120}
          | subscribe(?:\s+(?:here|now|today|for\s+free|to\s+the\s+blog|to\s+(?:our|this)\s+(?:blog|site|channel)))?\s*!?
          | join\s+[\d,]+\s+other\s+(?:subscribers|followers|readers)
          | (?:sign\s+up|subscribe)\s+(?:to|for)\s+[^\n]{1,60}\s+for\s+free
        """,
        verbose=True,
        confidence="medium",
        remove=("Subscribe to our newsletter", "Join 526 other subscribers", "Sign up for daily news updates from Example on email.",
                "Subscribe to Example Press for FREE"),
        keep=(
            "Subscribe to a few newsletters in your field and read them for a month before you start your own; "
            "you will learn what readers answer to, what they skip, and how often they want to hear from you.",
            "Getting readers to sign up for a newsletter takes patience.",
        ),
        reason="newsletter promotion",
    ),
    Rule(
        id="promo.app",
        description='App promotions: "Download our app", "Get the Example app".',
        pattern=r"""
            (?=[^\n]{0,260}$)[^\n]{0,120}?\b(?:download|get|install|try)\s+(?:our|the\s+[\w&' -]{1,30}?)\s+(?:free\s+)?(?:mobile\s+)?app\b[^\n]{0,180}
        """,
        verbose=True,
        confidence="medium",
        remove=("Download our app", "To get breaking news delivered straight to your phone, download our app here or sign up for our newsletter."),
        keep=("Users can download the app from the store, the company said.",),
        reason="app promotion",
    ),
    Rule(
        id="promo.podcast",
        description='Podcast promotions: "Listen to our podcast", "Subscribe on Apple Podcasts".',
        pattern=r"""
            (?:listen|subscribe)\s+(?:to\s+(?:our|the)\s+(?:[\w&' -]{1,30}\s+)?podcast|on\s+(?:apple\s+podcasts|spotify|google\s+podcasts))
            (?:\s+(?:on|at|via|or|and|wherever)\b[^\n.,;]{0,60})?
          | (?:available|listen)\s+(?:now\s+)?on\s+apple\s+podcasts[^\n]{0,100}
        """,
        verbose=True,
        remove=("Listen to our podcast on Spotify", "Subscribe on Apple Podcasts"),
        keep=("Listen to the podcast, she said, and you will hear why it sold out.\n\nMore.",),
        reason="podcast promotion",
    ),
]

RULES += [
    Rule(
        id="promo.call-to-action",
        description='An advertising line that ends in a call to action: "... 50% OFF. Show me the deals!", "... CLICK HERE".',
        pattern=r"""
            (?=[^\n]{0,300}$)[^\n]*?
            (?:click\s+here|shop\s+now|buy\s+now|order\s+now|order\s+today|download\s+now|get\s+it\s+now|show\s+me(?:\s+[\w'\u2019-]+){1,3}
              |sign\s+up\s+(?:now|today)|try\s+it\s+(?:free|now|today)|claim\s+your\s+[\w-]+|learn\s+more\s+here|see\s+the\s+deals?)
        """,
        verbose=True,
        confidence="medium",
        remove=("Garden tools are now 50% OFF plus free shipping. Show me the tools!", "FREE GUIDE! Download our 40-page guide. CLICK HERE"),
        keep=("To see the list, click here and scroll down, the clerk told us.\n\nWe did.", "\"Show me the money,\" he said."),
        reason="advertising",
    ),
]
