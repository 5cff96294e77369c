"""Inline teasers of other stories between paragraphs: "ALSO READ: ...", "RELATED: ..."."""

from __future__ import annotations

from ..rules import NOT_REPORTED, Rule
from .languages import DATE, alternation

#: A headline of another story: one line, not a sentence's continuation, with no sentence's end and no
#: colon at its end; then, under it (blank lines between), ...
_HEADLINE = r"(?-i:(?!\p{Ll}))(?=[^\n]{15,140}+$)[^\n.!?]*[^\n.!?:\s][^\S\n]*\n(?:[^\S\n]*\n)*"
#: ... the first words of its text, cut short (the "..." follows).
_EXCERPT = r"[^\S\n]*(?-i:(?!\p{Ll}))[^\n]{60,400}"
#: ... or its date alone on a line, perhaps with the time: "April 30, 2022", "5. November 2021",
#: "01.12.2017, 15:20", "1 mars 2019 à 15:20", "13 июля 2016, 17:37", "09.28.15".
_DATE_LINE = (r"[^\S\n]*" + DATE
              + r"(?:,?[^\S\n]+(?:at[^\S\n]+|um[^\S\n]+|\u00e0[^\S\n]+)?\d{1,2}[:.h]\d\d(?:[^\S\n]*[ap]\.?m\.?|[^\S\n]*uhr)?)?[^\S\n]*")

RULES = [
    Rule(
        id="teaser.labelled",
        description='A labelled teaser line: "ALSO READ: ...", "RELATED: ...", "READ MORE: ...", or the label alone on '
                    'its line over the teaser\'s one-line headline ("Lesen Sie auch" / "Zehn Städte unter Wasser").',
        pattern=r"""
            (?<!\A[^\n]{0,8})        # never the first line: "Watch: ..." there is the article's own title
            (?:also[^\S\n]+read|read[^\S\n]+also|related(?:[^\S\n]+(?:story|stories|article|articles|news|coverage|reading|post|posts|link|links|video))?
              |read[^\S\n]+more|see[^\S\n]+also|must[^\S\n]+read|don['\u2019]t[^\S\n]+miss|recommended(?:[^\S\n]+reading)?|also[^\S\n]+see|more[^\S\n]+on[^\S\n]+this
              |in[^\S\n]+case[^\S\n]+you[^\S\n]+missed[^\S\n]+it|editor['\u2019]s[^\S\n]+pick|suggested(?:[^\S\n]+reading)?|(?:top|trending|latest|breaking)[^\S\n]+(?:story|stories|news)
              |read[^\S\n]+this[^\S\n]+next|you[^\S\n]+might[^\S\n]+like|check[^\S\n]+out|read[^\S\n]+next|also[^\S\n]+on[^\S\n]+[\w.]+
              |watch|video|headline
              # in a culture guide "Read: Middlemarch" is the article's own: these single words only in capitals
              |(?-i:MORE|LISTEN|READ|PHOTOS|GALLERY)
              |""" + alternation("teaser-label") + "|" + alternation("read-more") + r"""
            )
            (?:(?:[^\S\n]*:|[^\S\n]+(?:\||\p{Pd}|\u00bb|>))[^\S\n]*   # a colon, or a spaced bar, dash or arrow,
              |[^\S\n]*:?[^\S\n]*\n[^\S\n]*(?=[^\n]{1,140}(?:\n[^\S\n]*\n|[^\S\n]*\Z)))  # or a break, with a one-line headline under it
            (?=[^\n]{1,180}$)(?![^\n]*[\p{Ll}\d)][.;,][^\S\n]*$)   # a headline, not a sentence,
            (?=(?-i:[\p{Lu}\d"'\u201c\u2018\[(\u00ab])|https?://|www\.)""" + NOT_REPORTED + r"""\S[^\n]*   # that starts like one ("Don't miss: the meteors ..." is prose), or a link
        """,
        verbose=True,
        confidence="medium",
        remove=tuple("The dam held overnight, engineers said.\n\n" + teaser for teaser in (
            "ALSO READ: Ten towns that flooded this year", "RELATED: The mayor resigns", "Read more: What the new tax means for you",
            "LESEN SIE AUCH: Zehn St\u00e4dte unter Wasser", "\u00c0 LIRE AUSSI : Dix villes inond\u00e9es",
            "LEA TAMBI\u00c9N: Diez ciudades inundadas", "LEIA TAMB\u00c9M: Dez cidades inundadas", "LEGGI ANCHE: Dieci citt\u00e0 allagate",
            "Read more: https://example.org/2024/05/the-dam", "Leia mais: http://www.example.com.br/noticias/dez-cidades",
            "Read also:\nTen towns that flooded this year\n\nThe river fell on Friday.", "Lesen Sie auch\nZehn St\u00e4dte unter Wasser")),
        keep=("Read more: that was the teacher's advice to every student who asked.\n\nIt worked for most of them over the years, and then some more.",
              "WATCH: Firefighters rescue a cat from a crane\n\nThe cat was fine.",
              "The sky is clear.\n\nDon't miss: the Perseid meteor shower peaks on Saturday night",
              "Three books for the summer.\n\nRead: Demon Copperhead by Barbara Kingsolver\n\nListen: The Daily",
              "The dam held overnight.\n\nSee also\nthe maps in the appendix, which show the river at its height\n\nThe river fell.",
              "The dam held overnight.\n\nWatch\nThe water rose by a metre in an hour, and then it stopped\nand fell again."),
        reason="teaser of another story",
    ),
    Rule(
        id="teaser.bare-headline",
        description="A bare headline of another story, alone on its line between two paragraphs of this one.",
        pattern=r"""
            (?<=[^\n]{60}[.!?"\u201d\u2019)][^\S\n]*\n[^\S\n]*\n)  # after a prose paragraph and a blank line
            (?=[^\n]{40,140}$)                         # headline length
            (?=(?:\S+[^\S\n]+){7,17}\S+[^\S\n]*$)      # eight to eighteen words
            (?![^\n]*[.!?][^\S\n]+\S)                  # one sentence at most
            (?![^\n]*[.!?;,:\u2026"\u201d\u2019)\]/][^\S\n]*$)  # no sentence end
            (?!by\s)                                   # not a byline
            (?-i:(?=\p{Lu})(?=[^\n]*\p{Ll}))           # starts like a title, not all capitals
            [^\n]+
            (?=\n[^\S\n]*\n[^\S\n]*[^\n]{80})          # a blank line, then a prose paragraph
        """,
        verbose=True,
        confidence="low",
        remove=(
            "Mortgage rates rose again this week, the third rise in a row, lenders said.\n\n"
            "City council warns: no more delays on the harbour bridge project\n\n"
            "The bridge was due to open in May, but the steel arrived late and the council has now set a new date.",
        ),
        keep=(
            "Mortgage rates rose again this week, the third rise in a row, lenders said.\n\n"
            "Why the harbour bridge matters\n\n"
            "The bridge was due to open in May, but the steel arrived late and the council has now set a new date.",
            "Mortgage rates rose again this week, the third rise in a row, lenders said.\n\n"
            "By Jane Smith and Peter Jones of the Example Daily News\n\n"
            "The bridge was due to open in May, but the steel arrived late and the council has now set a new date.",
        ),
        reason="headline of another story",
    ),
    Rule(
        id="teaser.excerpt-list",
        description='A list of other stories, two or more, each a headline over the first words of its text cut '
                    'short ("..."): a "More news" or "Related" widget\'s items. Seen so on 27 unrelated sites among '
                    'saved pages of news sites and blogs (German, English, French; none in their main text).',
        # Each excerpt but the last ends right at its line's break: "...\n" is a literal the text
        # must hold, so that the run is looked for only in the few documents that hold one.
        pattern=rf"""
            (?:{_HEADLINE}{_EXCERPT}(?:\.\.\.\n|\u2026\n)(?:[^\S\n]*\n)*)+   # a headline over its excerpt, once or more,
            {_HEADLINE}{_EXCERPT}(?:\.\.\.|\u2026)[^\S\n]*$                    # and the last one
        """,
        verbose=True,
        scope="lines",
        confidence="medium",
        remove=(
            "The bridge reopens on Monday, the council said.\n\nMore from the valley\n\n"
            "Floods close the old mill road\n"
            "Heavy rain overnight left the mill road under a foot of water, and crews expect to...\n"
            "School roof repairs finish early\n"
            "The builders finished the new roof at the primary school two weeks ahead of plan, the\u2026",
        ),
        keep=(
            "The bridge reopens on Monday.\n\nFloods close the old mill road\n"
            "Heavy rain overnight left the mill road under a foot of water, and crews expect to...",
            "The committee met on Tuesday to discuss the plan and\n"
            "after a long debate chose to wait for the auditors to report back to them all...\n"
            "the chair said nothing more about it\n"
            "and the members went home in silence, wondering what the auditors would find...",
        ),
        reason="list of other stories",
    ),
    Rule(
        id="teaser.dated-list",
        description='A list of other stories, three or more, each a headline over its date alone on the next line: a '
                    '"Recent posts" or "Related" widget\'s items. Seen so on 31 unrelated sites among saved pages of news '
                    'sites and blogs (English, German, French, Spanish, Russian; none in their main text).',
        pattern=rf"""
            (?=[^\n]{{15,140}}+\n(?:[^\S\n]*\n)*(?=[^\n]{{5,40}}+$)[^\n]*\d)   # (a quick look: a short line with a figure under this one)
            (?<!^{_DATE_LINE}\n(?:[^\S\n]*\n)*)      # no date over the first headline: a timeline's entries, read one line off
            (?:(?!{_DATE_LINE}$){_HEADLINE}{_DATE_LINE}\n(?:[^\S\n]*\n)*){{2,}}  # a headline (not a date) over its date,
            (?!{_DATE_LINE}$){_HEADLINE}{_DATE_LINE}$                             # three times or more
        """,
        verbose=True,
        scope="lines",
        confidence="medium",
        remove=(
            "The bridge reopens on Monday, the council said.\n\nRecent posts\n\n"
            "Floods close the old mill road\nApril 30, 2022\n\n"
            "School roof repairs finish early\nApril 28, 2022\n\n"
            "Library extends its weekend hours\nApril 27, 2022",
        ),
        keep=(
            "The bridge reopens on Monday.\n\nFloods close the old mill road\nApril 30, 2022\n\n"
            "School roof repairs finish early\nApril 28, 2022",
            "How the bridge was built:\n\nMarch 3, 2021\nThe council approves the plan\nMay 12, 2021\n"
            "Work starts on the east bank\nJune 1, 2022\nThe steel arrives from the mill\nApril 30, 2023\n"
            "The bridge opens to traffic",
        ),
        reason="list of other stories",
    ),
]
