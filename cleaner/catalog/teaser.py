"""Inline teasers of other stories between paragraphs: "ALSO READ: ...", "RELATED: ..."."""

from __future__ import annotations

from ..rules import Rule

RULES = [
    Rule(
        id="teaser.labelled",
        description='A labelled teaser line: "ALSO READ: ...", "RELATED: ...", "READ MORE: ...".',
        pattern=r"""
            (?:also\s+read|read\s+also|related(?:\s+(?:story|stories|article|articles|news|coverage|reading|post|posts|link|links|video))?
              |read\s+more|see\s+also|must\s+read|don['\u2019]t\s+miss|recommended(?:\s+reading)?|also\s+see|more\s+on\s+this
              |in\s+case\s+you\s+missed\s+it|editor['\u2019]s\s+pick|suggested(?:\s+reading)?|(?:top|trending|latest|breaking)\s+(?:story|stories|news)
              |read\s+this\s+next|you\s+might\s+like|headline|check\s+out|read\s+next|also\s+on\s+[\w.]+|more
            )
            [^\S\n]*[:|\p{Pd}\u00bb>][^\S\n]*
            (?=[^\n]{1,180}$)(?![^\n]*[\p{Ll}\d)][.;,][^\S\n]*$)   # a headline, not a sentence
            \S[^\n]*
        """,
        verbose=True,
        confidence="medium",
        remove=("ALSO READ: Ten towns that flooded this year", "RELATED: The mayor resigns", "Read more: What the new tax means for you"),
        keep=("Read more: that was the teacher's advice to every student who asked.\n\nIt worked for most of them over the years, and then some more.",),
        reason="teaser of another story",
    ),
    Rule(
        id="teaser.bare-headline",
        description="A bare headline of another story, alone on its line between two paragraphs of this one.",
        pattern=r"""
            (?<=\S[^\n]*\n[^\S\n]*\n[^\S\n]*)        # a paragraph, then a blank line, before it
            (?=[^\n]{35,140}$)                       # headline length
            (?!.*[.!?;,\u2026"\u201d)\]:]\s*$)        # no sentence end
            (?!(?:[^\s]+\s+){0,2}[^\s]+\s*$)          # at least four words
            (?-i:(?![\p{Ll}]))                        # starts like a title (case matters here)
            [^\n]+
            (?=\n[^\S\n]*\n[^\S\n]*\S)                # a blank line, then another paragraph, after it
        """,
        verbose=True,
        confidence="low",
        remove=("Rates rose again this week.\n\nCity council warns: no more delays on the harbour bridge project\n\nThe bridge is late.",),
        keep=("Rates rose again this week.\n\nWhy the bridge matters\n\nThe bridge is late.",),
        reason="headline of another story",
    ),
]
