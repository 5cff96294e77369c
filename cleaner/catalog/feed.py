"""Feed-reader and aggregator chrome: fetch stamps, "via" source lines."""

from __future__ import annotations

from ..rules import Rule

RULES = [
    Rule(
        id="feed.via-source",
        description='An aggregator\'s fetch line: "02-08-2018 18:44 via example.com".',
        pattern=r"(?:[\d./:-]+[^\S\n]+){0,3}via[^\S\n]+@?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?",
        confidence="medium",
        remove=("02-08-2018 18:44 via example.com",),
        keep=("We came via Boston and the roads were slow.",),
        reason="aggregator chrome",
    ),
]
