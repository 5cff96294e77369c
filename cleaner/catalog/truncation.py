"""Feed truncation markers: "[…]", "Continue reading →", "Read more »", "… [+123 chars]"."""

from __future__ import annotations

from ..rules import Rule
from .languages import alternation

_AFTER_SENTENCE = (
    r"(?:(?<=^|[.!?\u2026\"\u201d\u2019)\]])[^\S\n]*|(?<=\w)(?=\.\.|\u2026)|[^\S\n]+(?=\.\.|\u2026)"
    r"|[^\S\n]*(?=continue[^\S\n]+reading[^\S\n]+[\"\u201c<])"
    # A link's label after an excerpt cut short in mid-sentence, run into its last word or a space
    # after it: "the best of 20Continue Reading", "we kept walkingRead more", "the river rose
    # Continue reading" (three blogs on dev): a capital after a lower-case letter or a digit, so
    # never a sentence's own words.
    r"|(?<=[\p{Ll}\d])[^\S\n]?(?=(?-i:Continue[^\S\n]+[Rr]eading|Read[^\S\n]+[Mm]ore|Keep[^\S\n]+[Rr]eading)))"
)

RULES = [
    Rule(
        id="truncation.bracketed-ellipsis",
        description='The excerpt marker "[…]" or "[...]" at the end of a line.',
        pattern=r"\[(?:\u2026|\.\.\.|&hellip;)\](?=[^\S\n]*$)",
        scope="inline",
        remove=("The council met on Tuesday to discuss the [\u2026]", "It rained all day [...]"),
        keep=("He said \"[...] the plan failed\" and left.",),
        reason="feed truncation marker",
    ),
    Rule(
        id="truncation.char-count",
        description='The news APIs\' truncation marker "… [+3043 chars]" (NewsAPI), "... [3043 chars]" (GNews), with the word it cut in two: the API '
                    'cuts the text at a count of characters, so "reserv… [+2210 chars]" is a fragment of a word.',
        pattern=r"(?:(?<!\S)[^\s\u2026.]{1,40}(?=\u2026|\.\.\.))?(?:\u2026|\.\.\.)?[^\S\n]*\[\+?\d+[^\S\n]+chars?\]",
        scope="inline",
        remove=("The storm hit the coast at dawn and \u2026 [+3043 chars]", "Water levels in the reserv\u2026 [+2210 chars]",
                "The storm hit the coast at dawn and ... [3043 chars]"),
        keep=("The list [+ more] was long.",),
        reason="feed truncation marker",
    ),
    Rule(
        id="truncation.read-more-link",
        description='A "Continue reading", "Read more \u00bb" or "(more…)" link ending an excerpt.',
        pattern=rf"""
            {_AFTER_SENTENCE}
            (?:\.\.+|\u2026)?[^\S\n]*[\[(]?
            (?:click[^\S\n]+here[^\S\n]+(?:to[^\S\n]+)?(?:read|for)[^\S\n]+more|continue[^\S\n]+reading|read[^\S\n]+more|keep[^\S\n]+reading|read[^\S\n]+the[^\S\n]+rest(?:[^\S\n]+of[^\S\n]+(?:this|the)[^\S\n]+(?:entry|post|article|story))?
              |read[^\S\n]+full[^\S\n]+(?:story|article|post)|\(more(?:\u2026|\.\.\.)\)|more(?=[^\S\n]*[\u00bb\u2192\u203a])
              # a news app's or aggregator's link under an excerpt (the templates of a dozen unrelated projects
              # in public repositories; a NewsAPI record of d0155's kind)
              |click[^\S\n]+here[^\S\n]+to[^\S\n]+read[^\S\n]+the[^\S\n]+(?:full|complete|entire|original)[^\S\n]+(?:article|story|post)\.?
              |{alternation("read-more")})
            (?:[^\S\n]+(?:here|aqui|aqu\u00ed|ici|hier|qui))?  # "[read more here]", "(leia mais aqui ...)"
            (?:[^\S\n]*(?:\u2192|\u00bb|\u203a|>>|\.\.\.|\u2026|\[\u2026\]))?
            (?:\]\([^)\s]{{0,300}}\)|[\])])?  # a markdown link's address: "[Continue reading \u2192](https://...)"
            (?:[^\S\n]+(?:["\u201c][^\n]{{1,150}}["\u201d]|<[^\n]{{1,150}}>)
              # the post's title unquoted after an excerpt's ellipsis, as WordPress themes print the link
              # ("Continue reading %s": Twenty Fifteen, Astra, Storefront and four more in public repositories)
              |(?<=(?:\u2026|\.\.\.)[^\S\n]*continue[^\S\n]+reading)[^\S\n]+\S(?:(?![.!?\u2026][^\S\n]+\S)[^\n]){{0,150}})?
            (?=[^\S\n]*$)
        """,
        verbose=True,
        scope="inline",
        remove=("Our garden grew fast this year. Continue reading \u2192", "The tour starts soon..Read more",
                "Here are the best of 20Continue Reading", "We kept walking along the riverRead more",
                "The river rose again after the storm and Continue reading",
                "The tour starts soon. [read more here]", "O passeio come\u00e7a logo. (leia mais aqui ...)",
                "A short teaser of the post.\nRead more \u00bb", "Snow again and The Continue reading \u201cgarden notes #3\u201d",
                "Der Garten w\u00e4chst. Weiterlesen \u2192", "Le jardin pousse. Lire la suite \u00bb", "El jard\u00edn crece. Seguir leyendo",
                "O jardim cresce. Leia mais", "Il giardino cresce. Continua a leggere", "Our garden grew fast this year. (Read more)",
                "I played with the spices \u2026 Continue reading Homemade Breakfast Sausage",
                "Our garden grew fast this year. [Continue reading \u2192](https://example.org/2024/05/garden/)",
                "The dam held overnight, engineers said. Click here to read the full article."),
        keep=("If you want the details, you can read more", "She told us to keep reading.",
              "The sign said ContinueReading in one word, and we laughed.",
              "The teacher told us to continue reading", "He said we must Read More Books, the club's name.",
              "After lunch we sat down. Continue reading War and Peace, she told the class."),
        reason="feed truncation marker",
    ),
    Rule(
        id="truncation.api-placeholder",
        description='A news API\'s stand-in for a text it does not deliver, on a line of its own: newsdata.io\'s '
                    '"ONLY AVAILABLE IN PAID PLANS" (its free tier, in place of every article\'s text) and '
                    'NewsAPI\'s "[Removed]" (in place of a withdrawn article\'s title, description and text). '
                    'Each seen in the sample responses of ten unrelated public projects, on articles of many sites '
                    '(nachrichten.at, thestreet.com; Reuters, Variety, Slashdot beside the removed ones).',
        pattern=r"only[^\S\n]+available[^\S\n]+in[^\S\n]+paid[^\S\n]+plans\.?|\[removed\]",
        remove=("ONLY AVAILABLE IN PAID PLANS", "[Removed]"),
        keep=("The new features are only available in paid plans, the company said, starting next month.",
              "One quote [removed] was replaced by the editor."),
        reason="feed placeholder",
    ),
]
