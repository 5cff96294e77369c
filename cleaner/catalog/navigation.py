"""Site navigation and widgets: related posts, tags, previous/next, breadcrumbs, menus."""

from __future__ import annotations

from ..rules import Rule, phrases
from .languages import DATE, words

#: An article of three paragraphs, for the examples of rules that need the article above them.
_ARTICLE = ("The council opened the new bridge on Saturday, and hundreds of people walked across it in the rain.\n\n"
            "The mayor said the work had finished two months early and well under the budget set last year.\n\n"
            "Traffic on the old road is expected to fall by half, the council said in a statement on Monday.\n\n")

#: Month names and their short forms in English, German, French, Spanish, Italian, Portuguese and Dutch.
_MONTHS = r"""(?:jan(?:uary|uar|vier|eiro)?|gennaio|enero|feb(?:ruary|ruar|braio|rero|ereiro|ruari)?|f\u00e9vrier|mar(?:ch|s|zo|\u00e7o)?|m\u00e4rz|maart
    |apr(?:il|ile)?|avril|abril|may|mai|mei|mayo|maggio|maio|jun(?:e|i|io|ho)?|juin|giugno|jul(?:y|i|io|ho)?|juillet|luglio
    |aug(?:ust|ustus)?|ao\u00fbt|agosto|sep(?:t|tember|tiembre|tembre)?|setembro|settembre|oct(?:ober|obre)?|okt(?:ober)?|octubre|ottobre|outubro
    |nov(?:ember|embre|embro)?|dec(?:ember)?|dez(?:ember|embro)?|d\u00e9cembre|diciembre|dicembre)"""


#: The wire services' notice that follows (or, on Fox's sites, precedes) a copyright line: seen on
#: kxan.com, wsvn.com, fox13now.com, foxnews.com, foxbusiness.com, yahoo.com, salon.com and a Tulsa
#: paper (Associated Press copy), in the saved pages of public extraction test sets.
_REDISTRIBUTED = r"""this[^\S\n]+material[^\S\n]+may[^\S\n]+not[^\S\n]+be[^\S\n]+published,[^\S\n]+broadcast,
    [^\S\n]+rewritten,?[^\S\n]+or[^\S\n]+redistributed(?:[^\S\n]+in[^\S\n]+whole[^\S\n]+or[^\S\n]+in[^\S\n]+part)?\.?"""


#: The headings of WordPress's (Jetpack's) sharing buttons, in English and the languages of
#: `languages.py` ("Teilen mit:"): `navigation.page-end`'s, and `sections.CLOSING`'s, which lets them
#: count in a document's first half (a test keeps the two lists the same).
SHARE_HEADINGS = ("Share this:", "Like this:", "Teilen mit:", "Teile dies:", "Gef\u00e4llt mir:", "Partager :", "J'aime :",
                  "J\u2019aime :", "Compartir esto:", "Comparte esto:", "Me gusta esto:", "Compartilhe isso:",
                  "Partilhe isto:", "Curtir isso:", "Gostar disto:", "Condividi:", "Mi piace:", "Deel dit:")


#: A tag of a tag list: a line of one to four words, with no sentence's end or colon at its end.
_TAG = r"[^\S\n]*(?:[^\s!?]+[^\S\n]+){0,3}[^\s!?]*[^\s.!?:,;][^\S\n]*"
#: A tag cloud or a list of tags on one line: three words or more, no sentence's end among them
#: ("Bundesliga Abstiegskampf BVB Hertha Derby", "Homophobie, Islam, Gewalt").
_CLOUD = r"(?![^\n]*[.!?\u2026](?:[^\S\n]|$))[^\S\n]*(?:[^\s]+[^\S\n]+){2,}[^\s]+[^\S\n]*"
#: A paragraph: twelve words or more ending a sentence.
_PROSE = r"(?:[^\S\n]*[^\s]+){12}[^\n]*[.!?\"\u201d\u00bb)][^\S\n]*$"

#: The heading of a related-content widget: "Related Posts", "You may also like", "More in News".
_RELATED = (
    phrases(
        "Related", "Related posts", "Related articles", "Related stories", "Related news", "Related content",
        "Related reading", "Related coverage", "Related topics", "Recommended", "Recommended for you",
        "Recommended stories", "Recommended articles", "Recommended reading", "You may also like",
        "You might also like", "You may be interested in", "You might be interested in", "We recommend",
        "More stories", "More news", "More articles", "More from this author", "Read next", "Up next",
        "Trending", "Trending now", "Most popular", "Most read", "Popular posts", "Popular stories",
        "Don't miss", "Latest news", "Latest stories", "Latest posts", "Top stories", "Explore further",
        "+ Explore further", "More like this", "Similar posts", "Similar articles", "Recent posts",
        "Recent articles", "What to read next", "Also on", "In other news", "Recent comments",
        "Editors' picks", "Editor's picks", "More to explore", "Keep reading", "Other stories", "Most viewed",
        "Most shared", "Most commented", "Popular now", "What's hot", "Must read", "Related video", "Related videos",
        "Watch next", "More videos", "Latest videos", "Recommended videos", "Related topics", *words("related"),
        "Recommended from Medium", "Explore more on these topics", "More stories like this", "Read more stories like this",
        "Trending videos", "Top picks", "Full coverage", "View full coverage on Google News",
        "You may also be interested in", "You might also be interested in", "More on this story", "More on this topic",
        "Related links", "Today's top stories", "Popular in the community", "Also read", "Read also", "Blogroll",
        # the heading of a content-recommendation widget's list: on 7 unrelated sites among the saved
        # pages of Zyte's benchmark, Readability's tests and trafilatura's evaluation set
        "From around the web", "More from around the web", "Around the web",
        # German WordPress sidebars' widget headings, alone on a line on 48 and 103 unrelated sites
        # among the saved pages of trafilatura's evaluation set, never in main text (the English ones
        # are left to the line model, which takes them; "Schlagwörter", a tag list's label, is
        # `navigation.tag-list`'s, which keeps it over tags that stand right over a sentence)
        "Kategorien", "Archiv",
        # over a list of other posts: 4 unrelated sites each among the saved pages, never in main text
        "Meist gelesen", "Weitere Beitr\u00e4ge", "\u00c4hnliche Themen", "Aktuelle Artikel",  # 4, 4, 4, 4
        "Verwandte Beitr\u00e4ge", "Latest articles",  # 3, 4
        # a German news theme's two tabs run together (5 sites)
        "Verwandte ArtikelMehr vom Autor", "Verwandte Artikel Mehr vom Autor",
        # over other stories, counted on the saved pages with fundus' news pages (2024-2026) among them: crn.com,
        # kxan.com, namibian.com.na, timesofindia.indiatimes.com, wccftech.com; iab.com, mirror.co.uk,
        # publishedreporter.com, thelocal.se; hassanchef.com, thepointsguy.com, thesun.co.uk
        "Trending stories", "Popular topics", "You might like",  # 6, 4, 3
    )
    + r"|more[^\S\n]+(?:in|from|on|stories[^\S\n]+(?:from|in)|news[^\S\n]+from)[^\S\n]+(?-i:\p{Lu})(?:[\w&'\u2019 -]|\.(?=\w)){0,29}(?![^\S\n]*[:.])"
    # in title case, a heading may end in a colon: "More From Example:" (not "More from Smith:")
    + r"|(?-i:More[^\S\n]+(?:From|In|On)[^\S\n]+\p{Lu}[\w&'\u2019-]*(?:[^\S\n]+\p{Lu}[\w&'\u2019-]*){0,3})[^\S\n]*:"
)

#: One of the two lines under a list opens an article: a byline or a date ("by Jane Doe", "Nov 18,
#: 2019", "Veröffentlicht von Chris 28. Februar 2016"). A list there ran into the article's headline.
_ARTICLE_HEAD = (r"(?:\n(?:[^\S\n]*\n)*[^\n]*){0,1}\n(?:[^\S\n]*\n)*[^\S\n]*"
                 r"(?:(?:by|von|par|por|door|di)[^\S\n]+(?-i:\p{Lu})|[^\n]{0,60}?" + DATE + ")")

#: A headline of another story in a widget's list: a line of three words or more, with no lower-case
#: start and no full stop, colon or comma at its end ("How to prune roses in May?" is one).
_STORY = r"[^\S\n]*(?-i:(?!\p{Ll}))(?=[^\n]{12,200}+$)(?:\S+[^\S\n]+){2,30}[^\n]*[^\s.:,;][^\S\n]*"

#: A site's own links and buttons, each alone on a line: the number is of unrelated sites among the
#: saved pages of trafilatura's evaluation set, Zyte's benchmark and Readability's tests where one
#: stands so, in no page's main text.
_SITE_LINKS = phrases(
    "About us", "Contact us", "\u00dcber uns", "Wir \u00fcber uns", "\u00dcber mich",  # 82, 110, 144, 17, 15
    "Log in", "Sign in", "Sign up", "Sign me up", "Remember me", "My account", "Mein Konto",  # 50, 53, 31, 4, 10, 15, 12
    "Passwort vergessen", "Email address", "Create an account", "Subscriber Services", "Reprints",  # 6, 14, 6, 6, 5
    "Folgen Sie uns", "Folge uns", "Mitglied werden", "Jetzt spenden", "Jetzt spenden!", "Jetzt anmelden",  # 23, 13, 30, 8, 6, 20
    "Jetzt abonnieren",  # 10
    "Zur Startseite", "Springe direkt zu:", "Springe zum Inhalt", "Navigation \u00fcberspringen", "Nach oben scrollen",  # 15, 11, 11, 4, 8
    "Leichte Sprache", "Feed der Eintr\u00e4ge", "Mapa del sitio", "Redes sociales", "Ver m\u00e1s",  # 20, 18, 5, 6, 6
    "View all", "Loading ...", "Powered by", "Community guidelines", "Your ad choices",  # 8, 7, 10, 11, 8
    # elpais.com, eltiempo.com, elcolombiano.com, eluniversal.com, diez.hn: over the network icons
    "S\u00edguenos en", "S\u00edguenos", "Siguenos", "Siguenos en",  # the label alone: cooperativa.cl, 24horas.cl, minuto30.com, eltiempo.com, diaadia.com.pa
    # a site's sign-in buttons in German, French, Spanish and Polish
    "Anmelden", "Abmelden", "Einloggen", "Registrieren",  # 106, 15, 13, 48
    "Se connecter", "Iniciar sesi\u00f3n", "Mi cuenta", "Reg\u00edstrate", "Zaloguj si\u0119",  # 3, 4, 5, 3, 3
    "Anmelden Registrieren", "Create account",  # 6, 8
    # a sign-in form's fields, a search box, a menu's button, list and follow buttons
    "Ihr Benutzername", "Ihr Passwort", "Passwort zur\u00fccksetzen", "Benutzername oder E-Mail-Adresse",  # 10, 10, 10, 5
    "Suchbegriff eingeben", "Men\u00fc \u00f6ffnen", "Alle anzeigen", "Mehr anzeigen",  # 6, 5, 5, 5
    "Folgen Sie uns auf", "Folge mir", "Blog per E-Mail folgen", "Abonniere unseren Newsletter",  # 5, 3, 4, 4
    # "write to us", "about us", "contact us", "write a letter to the editor"
    "Napisz do nas", "Qui sommes-nous ?", "Fale conosco", "Leserbrief schreiben", "Previous Next",  # 4, 4, 5, 7, 8
    # WordPress's feed links widget in German; a shop's, a subscription's and a sponsor's labels
    "RSS - Beitr\u00e4ge", "RSS - Kommentare", "Abo bestellen", "Zum Shop", "Alle Kategorien", "Alle Themen",  # 5, 3, 4, 4, 6, 9
    "Sponsored by",  # 6
    "Blog via E-Mail abonnieren", "Suche starten", "Kontaktieren Sie uns", "Kontaktieren Sie uns!", "Weitere laden...",  # 3, 4, 3, 3, 3
    "O nas", "Qui \u00eates-vous ?",  # 5, 3
    # (not "Customer service", "Customer care" or French "Connexion", each a site's link on 3 to 10 sites:
    # a review's or a guide's subheading as often, "when in doubt, keep")
    "Drukuj", "Regulamin",  # Polish "print", "terms": 5, 8
    # German buttons whose English wordings the line model takes ("Email", "Like", "Gallery"): 79, 32, 11,
    # and "reader comments", "bookmark": 4, 3 (counted on trafilatura's, Readability's, Zyte's and fundus' pages)
    "E-Mail", "Gef\u00e4llt mir", "Bildergalerie", "Leserkommentare", "Lesezeichen",
    # a form's "send" and a "comment" button: elpais.com.uy, gazetadopovo.com.br, laprensagrafica.com, publico.es;
    # arteradio.com, ledevoir.com, tdg.ch; eltiempo.com, lostiempos.com, soy502.com (the same saved pages)
    "Enviar", "Envoyer", "Comentar",
    "Dark mode",  # a theme switch: faktencheck.afp.com, restofworld.org, spidersweb.pl, urlaubsarchitektur.de, world.kbs.co.kr
    # "subscribe" buttons, as "Subscribe" and "Abonnieren" are taken: French (aoc.media, dalloz-actualite.fr,
    # francais.radio.cz), Spanish (abc.es, elcomercio.pe, elnuevodia.com and 7 more), Italian (corriere.it,
    # ilgiornale.it, lastampa.it, repubblica.it, vegolosi.it), among the saved pages
    "Abonnez-vous", "Suscr\u00edbete", "Abbonati",
    "All news",  # 10 (billboard.com, indiewire.com, panarmenian.net, pcmag.com, pv-magazine.com ...)
    "Guardar",  # Spanish "save": clarin.com, elpais.com, eltiempo.com and one more
    # German sites' footers, counted also on fundus' saved news pages (flairNLP/fundus, 2024-2026): the cancel button
    # the law asks for (bild.de, faz.net, zeit.de, golem.de, welt.de, waz.de ...), Utiq's consent link, the heading
    # over a publisher's other sites and services (derstandard.at, nzz.ch, srf.ch, spektrum.de, rp-online.de ...)
    "Abo k\u00fcndigen", "Utiq verwalten", "Weitere Angebote",  # 12, 4, 13
    # the same pages: German menus', shops' and dialogs' links and buttons
    "Sendungen A-Z", "Themen A-Z", "H\u00e4ufig gesucht", "Aktuelle Ausgabe", "Aktuelles Heft",  # 6, 7, 6, 12, 8
    "Jetzt testen", "Jetzt bestellen", "Jetzt registrieren", "Anzeige aufgeben", "Unsere Apps",  # 6, 6, 3, 6 (4 publishers), 3
    "Weitere Sportarten", "Erweiterte Suche", "Dialog schlie\u00dfen", "Fenster schlie\u00dfen", "Folge uns auf",  # 6, 4, 4, 4, 5
    "Neueste zuerst", "\u00c4lteste zuerst",  # a comment list's order: gamestar.de, sn.at, tagesspiegel.de
    # English, Spanish and French footers and menus there: caymancompass.com, inews.co.uk, moneycontrol.com,
    # techradar.com ...; dailystar.co.uk, healthline.com, rollingstone.com ...; aljazeera.com, thewest.com.au,
    # timeslive.co.za ...; WordPress VIP's credit (bostonherald.com, fivethirtyeight.com, metro.co.uk ...); a tip box's
    # heading (latimes.com, rollingstone.com, tmz.com); a live-editing plugin's button (three unrelated sites)
    "Useful links", "Our brands", "Our network", "TV schedule", "Powered by WordPress.com VIP",  # 8, 7, 6, 4, 6
    "Got a tip?", "Edit with Live CSS",  # 3, 3
    "En portada", "Plan du site", "Mon compte", "Nous contacter", "Rechercher",  # 4, 3, 4, 4, 10
    "Partner werden", "Zum Stellenmarkt", "Social Wall", "Connect with us", "Play now",  # 5, 3, 4, 11, 3
    "Versi\u00f3n impresa", "Contacto comercial", "\u00bfQui\u00e9nes somos?",  # 3, 3, 5
)

#: A Markdown link or image, an image inside a link too, not to a place on the same page ("(#top)").
_LINK = r"!?\[(?:[^\[\]\n]|!?\[[^\[\]\n]*\]\([^()\s]*\))*\]\((?!#)[^()\s]*(?:[^\S\n]+\"[^\"\n]*\")?\)"

RULES = [
    Rule(
        id="navigation.related",
        description='Related-content widget headings: "Related Posts", "You may also like", "More in News".',
        pattern=_RELATED,
        confidence="medium",
        remove=("Related Posts", "You may also like", "More in News", "More From Example 94.9", "More from Example.com", "+ Explore further", "Explore more on these topics", "More on this story",
                "You might also be interested in:", "ALSO READ", "\u00c4hnliche Artikel",
                "Articles similaires", "Art\u00edculos relacionados", "Artigos relacionados", "Articoli correlati"),
        keep=("Related posts on the forum were deleted by the moderators last week.",),
        reason="related-content widget",
    ),
    Rule(
        id="navigation.related-list",
        description='A related-content widget: its heading ("Related Posts", "Ähnliche Beiträge") over two or more '
                    'headlines of other stories, one to a line, where the line under the list is no paragraph.',
        pattern=rf"""
            (?=[^\n]{{2,60}}+\n(?:[^\S\n]*\n)*[^\n]{{12,200}}+\n(?:[^\S\n]*\n)*[^\n]{{12,200}}+$)  # (a quick look: a short line over two longer ones)
            [^\S\n]*(?:[#*>\u2022-]+[^\S\n]*)?(?:{_RELATED})[^\S\n]*:?[^\S\n]*\n(?:[^\S\n]*\n)*   # the heading,
            (?:{_STORY}\n(?:[^\S\n]*\n)*)+{_STORY}$                                    # two headlines or more,
            (?!\n(?:[^\S\n]*\n)*{_PROSE})(?!{_ARTICLE_HEAD})                           # not right over a paragraph or a byline
        """,
        verbose=True,
        scope="lines",
        confidence="medium",
        remove=("The council will vote again in May, the mayor said.\n\nRelated Posts\nFloods close the old mill road\n"
                "School roof repairs finish early\nHow the library spends its budget?",),
        keep=("The council will vote again in May, the mayor said.\n\nRelated\nWhat the council decided\n"
              "The budget for next year grows by two per cent, and most of the money goes to the schools and the roads.",),
        reason="related-content widget",
    ),
    Rule(
        id="navigation.tag-links",
        description="A line of nothing but links to a site's tag, category or topic pages, as a page scraped to "
                    "Markdown writes a post's tags: \"[Flexbox](https://example.org/tag/flexbox/) "
                    "[Grid](https://example.org/tag/grid/)\". Seen so on martinfowler.com, css-tricks.com, Medium's "
                    "posts and WordPress.com blogs among Markdown scrapes in public repositories.",
        pattern=r"""
            (?:\[[^\[\]\n]{1,80}\]\((?:https?://[^/()\s]+)?/(?:[^()\s]*/)?
               (?:tags?|categor(?:y|ies)|topics?|label|schlagw\u00f6rter|schlagworte|kategorie|etiquetas?|categorias?|argomenti|themen)
               [/.][^()\s]*\)[^\S\n]*(?:[,|\u00b7\u2022][^\S\n]*)?)+
        """,
        verbose=True,
        confidence="medium",
        remove=("* [Flexbox](https://example.org/tag/flexbox/) [Grid](https://example.org/tag/grid/)",
                "[Central Asian History](https://example.wordpress.com/category/central-asian-history/)",
                "[microservices](/tags/microservices.html)"),
        keep=("Read more about [flexbox](https://example.org/tag/flexbox/) in our guide.",
              "[The council's budget, line by line](https://example.org/2024/05/budget/)"),
        reason="tag list",
    ),
    Rule(
        id="navigation.tags",
        description='Tag and category lines: "Tags: a, b", "Filed under: ...", "Categories: ...".',
        # German and Polish labels: each over a list on 3 to 11 unrelated sites among the saved pages of
        # trafilatura's evaluation set (Kategorie 11, Schlagwörter 9, Kategorien 6, Schlagworte 4, Abgelegt
        # unter 3, Veröffentlicht in 3, Tagi 3)
        pattern=r"(?:tags?|tagged(?:[^\S\n]+with)?|tagged[^\S\n]+as|filed[^\S\n]+under|categories|category|topics|posted[^\S\n]+in|labels"
        r"|schlagw\u00f6rter|schlagworte|kategorien|kategorie|abgelegt[^\S\n]+unter|ver\u00f6ffentlicht[^\S\n]+in|tagi)[^\S\n]*:[^\S\n]*(?![^\n]*[\p{Ll}\d)][.!?][^\S\n]*$)[^\n]{1,400}"
        r"|filed[^\S\n]+under[^\S\n]+(?-i:\p{Lu})[^\n,.;]{0,60}"
        r"|posted[^\S\n]+in[^\S\n]+uncategori[sz]ed"  # WordPress's default category
        # WordPress's entry footer in older themes
        r"|this[^\S\n]+entry[^\S\n]+was[^\S\n]+posted[^\S\n]+in[^\n]{1,200}?bookmark[^\S\n]+the[^\S\n]+permalink\.?"
        # WordPress's entry footer: "Posted in News | Tagged a, b | 2 Comments"; scraped without its
        # separators, "Posted in NewsTagged a, b" (a capital "Tagged" run into the last category)
        r"|posted[^\S\n]+in[^\S\n]+(?![^\n]*[\p{Ll}\d)][.!?][^\S\n]*$)[^\n|]{1,80}?[^\S\n]*(?-i:Tagged)[^\S\n]+[^\n|]{1,200}"
        r"|posted[^\S\n]+in[^\S\n]+[^\n|]{1,80}(?:[^\S\n]*\|[^\S\n]*(?:tagged[^\S\n]+[^\n|]{1,200}|leave[^\S\n]+a[^\S\n]+(?:comment|reply)"
        r"|\d+[^\S\n]+(?:comments?|replies)|one[^\S\n]+comment|no[^\S\n]+comments|comments[^\S\n]+off[^\n|]{0,80}|edit))+",
        confidence="medium",
        remove=("Tags: gardening, tomatoes, summer", "Filed under: [News](https://example.org/news)",
                "Posted in Gardening | Tagged tomatoes, summer | 2 Comments", "Posted in Uncategorized | Leave a comment", "Posted in Uncategorized",
                "Posted in GardeningTagged tomatoes, summer",
                "This entry was posted in News and tagged budget, council. Bookmark the permalink."),
        keep=("Tags are how the archive sorts stories, and nobody reads them.",
              "Posted in Kabul in 2009 | the first of three tours | he wrote home every week.",
              "Posted in Kabul in 2009, he was tagged by a sniper on his second day.",
              "Posted in Kabul, he was Tagged by the press."),
        reason="tags and categories",
    ),
    Rule(
        id="navigation.tag-list",
        description='A tag or category list: its label alone on a line ("Tags", "Schlagw\u00f6rter:", "Kategorien") over '
                    'two or more tags of a few words each, one to a line, or over one line of three tags or more with no '
                    'sentence in it (a tag cloud). Seen so on 64 (tags) and 45 (categories) unrelated sites among saved '
                    'pages of news sites and blogs (German, English, Spanish, Polish; none in their main text), and the '
                    'one-line form on 29 more. Never right over a paragraph: there the short lines may be a headline '
                    'and a byline.',
        # "Mehr lesen über" ("read more about"), over a post's topics: spiegel.de, selbermachen.de and the
        # Funke papers (waz.de, morgenpost.de, abendblatt.de, braunschweiger-zeitung.de), saved pages.
        # Not "Tag" alone (German "day": a timetable's column) nor "Themen"/"Topics" (a site's menu
        # above the headline, whose last "item" may be the headline itself).
        pattern=rf"""
            (?:tags|tagged(?:[^\S\n]+with)?|tag[^\S\n]+cloud|categories|kategorien|cat\u00e9gories|categor\u00edas|categorias|categorie|kategorie|schlagw\u00f6rter|schlagworte|stichw\u00f6rter|mots-cl\u00e9s|\u00e9tiquettes
              |etiquetas|etichette|tagi
              |mehr[^\S\n]+lesen[^\S\n]+\u00fcber)[^\S\n]*:?[^\S\n]*\n(?:[^\S\n]*\n)*
            (?:(?:{_TAG}\n(?:[^\S\n]*\n)*)+{_TAG}|{_CLOUD})$    # two tags or more, one to a line, or a cloud,
            (?!\n(?:[^\S\n]*\n)*{_PROSE})(?!{_ARTICLE_HEAD})   # not right over a paragraph or a byline
        """,
        verbose=True,
        scope="lines",
        confidence="medium",
        remove=("The council will vote again in May, the mayor said.\n\nTags:\nBudget\nCity council\nElections 2024",
                "The council will vote again in May.\n\nSchlagw\u00f6rter\n\nHaushalt\n\nStadtrat",
                "The council will vote again in May.\n\nSchlagworte\n\nBudget Haushalt Stadtrat Wahlen 2024 Rathaus"),
        keep=("Tags\nBudget\nCity council\nThe council met on Monday and agreed the budget for the coming year at last.",
              "Tags\nThe council met on Monday. It agreed the budget for the coming year.",
              "Tag\nDatum\nUhrzeit\nWettkampf",
              "Tags:\nBudget"),
        reason="tags and categories",
    ),
    Rule(
        id="navigation.dangling-label",
        description='A label that introduces what the scrape left out, as the document\'s last line: "Read more:", '
                    '"See also:", "Mehr lesen über", "Lea también:" with nothing under it.',
        # `languages.py`'s teaser labels and their English and German kin; only the document's last
        # line, where they stand over nothing.
        # "Read more" is `truncation.read-more-link`'s wherever it stands; "Read more:" only here, as over
        # a list it may be the article's further reading (Import AI's, washingtonpost.com's).
        pattern=r"(?:read[^\S\n]+more[^\S\n]*:|" + phrases("Read also", "Also read", "See also", "More on this", "Mehr lesen über",
                                                    *words("teaser-label")) + r"[^\S\n]*(?::|\.\.\.|\u2026|>>|\u00bb)?)",
        scope="tail",
        zone=1,
        confidence="medium",
        remove=(_ARTICLE + "Read more:", _ARTICLE + "See also", _ARTICLE + "Mehr lesen über", _ARTICLE + "Lea también:"),
        keep=(_ARTICLE + "Read more:\nThe council's budget, line by line",
              "See also:\n\n" + _ARTICLE),
        reason="label over nothing",
    ),
    Rule(
        id="navigation.page-end",
        description='The rest of the page below the article, from the widgets that close a post: its share bar '
                    '("Share this:"), its previous/next links ("Post navigation") or its related list ("Related Posts", '
                    '"You may also like"), to the end.',
        pattern=phrases(
            *SHARE_HEADINGS, "Share this", "Share this article", "Share this post", "Share this story",
            "Post navigation", "Posts navigation", "Previous Post", "Next Post", "Previous article", "Next article",
            "Related posts", "Related articles", "Related stories", "You may also like", "You might also like",
            "Similar posts", "Similar articles", "More like this", "Recommended for you", "What to read next",
            "More stories like this", "You may also be interested in", "You might also be interested in",
            # The same headings in the languages of `languages.py`: the related list's own headings,
            # not the "read also" labels that stand inside articles.
            "Ähnliche Artikel", "Verwandte Artikel", "Ähnliche Beiträge", "Das könnte Sie auch interessieren",
            "Das könnte dich auch interessieren", "Articles similaires", "Articles liés", "Articles connexes",
            "Vous aimerez aussi", "Vous pourriez aussi aimer", "Artículos relacionados", "Noticias relacionadas",
            "Entradas relacionadas", "También te puede interesar", "Artigos relacionados", "Notícias relacionadas",
            "Posts relacionados", "Você também pode gostar", "Articoli correlati", "Notizie correlate",
            "Post correlati", "Potrebbe interessarti anche", "Ti potrebbe interessare",
            # Medium's: the post's end, then its author's other posts and the site's recommendations
            "Recommended from Medium",
        )
        # Medium's author card under a post ("Written by Jane Doe", its followers, the author's bio,
        # other posts): on scraped posts of eight unrelated Medium authors in public repositories
        # (Jian Ruan, Thomas Roccia, Tom O'Neill, Alvin Sng, ...); a name of up to five words that
        # starts with a capital ("written by experts" stays), no sentence's end
        + r"|written[^\S\n]+by[^\S\n]+(?-i:\p{Lu})[\w.'\u2019-]*(?:[^\S\n]+[\w.'\u2019-]+){0,4}(?<![.!?])",
        scope="section",
        confidence="medium",  # a structure, not a wording: these widgets close a post
        remove=(_ARTICLE + "Share this:\nFacebook\nX\nRelated\nThe old bridge, a history\nMay 2, 2024\n",
                _ARTICLE + "Post navigation\nPrevious Post\nA new school for the valley\n",
                _ARTICLE + "[**Written by Jane Doe**](https://medium.com/@jane)\n120 Followers\nFollow\n"),
        keep=("Related posts\n\n" + _ARTICLE,
              _ARTICLE + "You may also like\n\n" + _ARTICLE + _ARTICLE,),
        reason="the page below the article",
    ),
    Rule(
        id="navigation.post-navigation",
        description='Previous/next links: "Post navigation", "Previous Post" with the title that follows it.',
        pattern=r"""
            (?:newer|older)[^\S\n]+posts?(?:[^\S\n]+(?:newer|older)[^\S\n]+posts?)?(?:[^\S\n]+home)?
          | post[^\S\n]+navigation | posts[^\S\n]+navigation | article[^\S\n]+navigation | beitrags-?navigation
          # Russian WordPress's heading over the links (sidmid.ru, cryptodeeptech.ru and a third blog, in scraped
          # pages of public repositories)
          | \u043d\u0430\u0432\u0438\u0433\u0430\u0446\u0438\u044f[^\S\n]+\u043f\u043e[^\S\n]+\u0437\u0430\u043f\u0438\u0441\u044f\u043c
          # German WordPress themes' links (each on 3 to 10 unrelated sites among the saved pages of trafilatura's
          # evaluation set where the rules left it: Vorheriger Beitrag 10, Nächster Beitrag 5, -Artikel 3 and 3)
          # and Turkish news sites' ("Önceki Haber", "Sonraki Haber ➜": three unrelated news templates in public
          # repositories)
          | [\u00ab\u2190\u2039<]?[^\S\n]*(?:vorheriger|n\u00e4chster|\u00f6nceki|sonraki)[^\S\n]+(?:beitrag|artikel|haber)[^\S\n]*[\u00bb\u2192\u203a\u279c>]?[^\S\n]*:?
            (?:[^\S\n]*\n[^\S\n]*[^\s\u00ab\u2190\u2039<][^\n]{0,150})?
          | [\u00ab\u2190\u2039<]?[^\S\n]*(?:previous|next|prev|older|newer)[^\S\n]+(?:post|article|story|entry|posts|entries|articles|stories)
            [^\S\n]*[\u00bb\u2192\u203a>]?[^\S\n]*:?(?:[^\S\n]*\n[^\S\n]*[^\s\u00ab\u2190\u2039<][^\n]{0,150})?
          # the title after a colon on the same line, as WordPress themes print it ("Next post: The new shed",
          # "Previous Post: \u00ab Almond Cookies"): 7 unrelated sites among the saved pages, none in main text
          | [\u00ab\u2190\u2039<]?[^\S\n]*(?:previous|next)[^\S\n]+(?:post|article|story|entry)[^\S\n]*:[^\S\n]*
            (?![^\n]*[.!?][^\S\n]+\S)\S[^\n]{0,150}  # a title, not sentences
          | [\u00ab\u2190\u2039<][^\S\n]*(?:previous|prev|older) | (?:next|newer)[^\S\n]*[\u00bb\u2192\u203a>]
          | (?:older|more|recent)[^\S\n]+(?:articles|posts|stories)[^\S\n]+by[^\S\n]+(?-i:\p{Lu})[^\n.,;!?]{0,40}
          | view[^\S\n]+all[^\S\n]+(?:posts|articles|stories)[^\S\n]+by[^\S\n]+[^\n.,;!?]{1,40}
          | rss[^\S\n]+feed[^\S\n]+for[^\S\n]+[^\n]{1,60}
        """,
        verbose=True,
        confidence="medium",
        remove=("Post navigation", "Previous Post\nHow I Built a Shed", "Older articles by Jane Doe", "Next \u00bb", "View all posts by Jane Doe \u2192",
                "Next post: How I Built a Shed", "Previous Post: \u00ab Ten Ways to Save Water", "Sonraki Haber"),
        keep=("The next post office is two miles away.",
              "Next story: what the council said. It was a long day, and the members agreed in the end."),
        reason="post navigation",
    ),
    Rule(
        id="navigation.breadcrumb",
        description='Breadcrumb trails: "Home > News > World", "Home \u00bb Politics".',
        pattern=r"(?:you[^\S\n]+are[^\S\n]+here[^\S\n]*:?[^\S\n]*)?home(?:[^\S\n]*[>\u00bb|\u203a\u2192]|[^\S\n]+/)[^\S\n]*[^\n>\u00bb/|\u203a\u2192:!?]{1,40}"
        r"(?:(?:[^\S\n]*[>\u00bb|\u203a\u2192]|[^\S\n]+/)[^\S\n]*[^\n>\u00bb/|\u203a\u2192:!?]{1,40}){0,5}",  # no "Home/office working is ..."
        confidence="medium",
        remove=("Home > News > World", "Home \u00bb Politics \u00bb Elections"),
        keep=("Home is where the heart is, she said.", "Home/office working is here to stay.",
              "Home > garden > shed: how the pandemic moved our offices"),
        reason="breadcrumb",
    ),
    Rule(
        id="navigation.site-chrome",
        description='Menus and buttons: "Skip to content", "Search for:", "Back to top", "Toggle navigation", '
        '"\u2190 Back to all posts" (back-links to a list seen on 7 unrelated sites).',
        pattern=r"""
            (?:skip|jump)[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?(?:main[^\S\n]+)?(?:content|navigation|main|footer|menu|search|recipe|comments)
          # The skip link as localised themes print it ("Direkt zum Inhalt wechseln", "Vai al contenuto
          # principale", "Перейти к содержимому": three unrelated sites on dev, in three languages)
          | (?:direkt[^\S\n]+)?zum[^\S\n]+(?:haupt)?inhalt(?:[^\S\n]+(?:springen|wechseln))? | direkt[^\S\n]+zum[^\S\n]+inhalt
          | (?:aller|passer)[^\S\n]+au[^\S\n]+contenu(?:[^\S\n]+principal)?
          | (?:saltar|ir)[^\S\n]+al[^\S\n]+contenido(?:[^\S\n]+principal)?
          | (?:pular|ir|saltar)[^\S\n]+para[^\S\n]+o[^\S\n]+conte\u00fado(?:[^\S\n]+principal)?
          | (?:vai|salta)[^\S\n]+al[^\S\n]+contenuto(?:[^\S\n]+principale)?
          | (?:ga[^\S\n]+naar|direct[^\S\n]+naar)[^\S\n]+(?:de[^\S\n]+)?(?:hoofd)?inhoud | naar[^\S\n]+de[^\S\n]+inhoud[^\S\n]+springen
          | przejd\u017a[^\S\n]+do[^\S\n]+(?:tre\u015bci|zawarto\u015bci)
          | \u043f\u0435\u0440\u0435\u0439\u0442\u0438[^\S\n]+\u043a[^\S\n]+(?:\u0441\u043e\u0434\u0435\u0440\u0436\u0438\u043c\u043e\u043c\u0443|\u0441\u043e\u0434\u0435\u0440\u0436\u0430\u043d\u0438\u044e|\u043a\u043e\u043d\u0442\u0435\u043d\u0442\u0443)
          | site[^\S\n]+search[^\S\n]*:? | search[^\S\n]+for[^\S\n]*: | search[^\S\n]+this[^\S\n]+(?:site|blog|website)
          | (?:back|scroll|return|go)[^\S\n]+to[^\S\n]+top | to[^\S\n]+top | top[^\S\n]+of[^\S\n]+page
          # a back link in German (alone on a line on 40, 11 and 4 unrelated sites among the same saved pages
          # where the rules left it)
          | [<\u00ab\u2190\u2039]?[^\S\n]*zur\u00fcck(?:[^\S\n]+zur[^\S\n]+(?:\u00fcbersicht|startseite))?
          | [<\u00ab\u2190\u2039]?[^\S\n]*zur[^\S\n]+\u00fcbersicht  # "Zur Übersicht": 6 more sites there
          # Spanish "back to top": five unrelated sites (two documentation sites, a Madrid company's
          # footer, a tutorial, a report page); German on 44 ("Nach oben"), 15 ("Zum Seitenanfang") and 6
          # ("Zurück nach oben") unrelated sites among the saved pages of trafilatura's evaluation set
          | volver[^\S\n]+arriba | (?:zur\u00fcck[^\S\n]+)?nach[^\S\n]+oben | (?:zum[^\S\n]+)?seitenanfang
          # German site chrome on the same pages: WordPress's "Search for:" (64 sites), print buttons
          # ("Drucken" 34, "Seite drucken" 9, "Druckversion" 4, "Artikel drucken" 3), a dialog's "Abbrechen" (46)
          | suche[^\S\n]+nach[^\S\n]*: | (?:artikel[^\S\n]+|seite[^\S\n]+)?drucken | druckversion | abbrechen
          # and the buttons to bookmark an article or have it read aloud, alone on a line where the rules left
          # them: "Artikel merken" (2 sites), "Vorlesen" (7), "Anhören" (5). ("Merken" alone, on 6, is left:
          # cut, it moved the line model's neighbours so that `aggressive` took a photo's title of couchstyle.de.)
          | artikel[^\S\n]+merken | vorlesen | anh\u00f6ren
          # WordPress.com's footer and archive menu in German (16, 9 and 18 blogs there), and the archive
          # menu in English
          | erstelle[^\S\n]+eine[^\S\n]+kostenlose[^\S\n]+website[^\S\n]+oder[^\S\n]+blog[^\S\n]*[\u2013-]?[^\S\n]*auf[^\S\n]+wordpress\.com\.?
          | bloggen[^\S\n]+auf[^\S\n]+wordpress\.com\.? | monat[^\S\n]+ausw\u00e4hlen | select[^\S\n]+month
          | kategorie[^\S\n]+ausw\u00e4hlen | select[^\S\n]+category   # the category menu (10 blogs there)
          | toggle[^\S\n]+(?:navigation|menu) | main[^\S\n]+menu | (?:open|close)[^\S\n]+menu
          # A login box's labels (the same theme's modal on 5 to 13 unrelated sites among the saved pages of
          # trafilatura's evaluation set and Zyte's benchmark; "Passwort vergessen?" 23, "Angemeldet bleiben"
          # 15) and the label over a breadcrumb trail in German ("Sie sind hier:", 28 sites)
          | welcome!?[^\S\n]*log[^\S\n]+into[^\S\n]+your[^\S\n]+account | herzlich[^\S\n]+willkommen!?[^\S\n]*(?:loggen[^\S\n]+sie[^\S\n]+sich[^\S\n]+in[^\S\n]+ihrem[^\S\n]+konto[^\S\n]+ein|melden[^\S\n]+sie[^\S\n]+sich[^\S\n]+an)
          | forgot[^\S\n]+(?:your[^\S\n]+)?password\??(?:[^\S\n]*get[^\S\n]+help)? | passwort[^\S\n]+vergessen\?
          # WordPress's own login form and WooCommerce's account form (litradio.net among the saved pages; an
          # automobile blog's, rankray's and two shops' login pages in public repositories)
          | lost[^\S\n]+your[^\S\n]+password\?
          | password[^\S\n]+recovery | recover[^\S\n]+your[^\S\n]+password | angemeldet[^\S\n]+bleiben
          | a[^\S\n]+password[^\S\n]+will[^\S\n]+be[^\S\n]+e-?mailed[^\S\n]+to[^\S\n]+you\.? | ein[^\S\n]+passwort[^\S\n]+wird[^\S\n]+ihnen[^\S\n]+per[^\S\n]+e-?mail[^\S\n]+zugeschickt\.?
          | sie[^\S\n]+(?:sind|befinden[^\S\n]+sich)[^\S\n]+hier[^\S\n]*:
          # "Back to all posts", "Back to Blog" after an arrow: seen on changelog.cloudflare.com, spheron.network, redhat.com,
          # mailkite, zed.dev, adsx and a personal blog
          | [<\u00ab\u2190\u2039]?[^\S\n]*(?:back|return)[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?(?:list|all|news|blog|articles?|posts?|home(?:page)?|index|overview|search[^\S\n]+results)\b(?:[^\S\n]+[\w&'\u2019-]+){0,3}
          | expand[^\S\n]*\|[^\S\n]*collapse | auto(?:[^\S\n]|-)?refresh(?:[^\S\n]+feeds?)? | refresh[^\S\n]+feeds?
          | editors['\u2019]?[^\S\n]+notes | (?:top|bottom)[^\S\n]+of[^\S\n]+form | (?:hide|toggle|show)[^\S\n]+caption
          | enlarge[^\S\n]+this[^\S\n]+image | \d+[^\S\n]*(?:min|mins|minutes?)\.?[^\S\n]+read
          | (?:estimated[^\S\n]+|est\.[^\S\n]*)?reading[^\S\n]+time[^\S\n]*:?[^\S\n]*(?:about[^\S\n]+|less[^\S\n]+than[^\S\n]+)?\d+[^\S\n]*(?:min|mins|minutes?)\.?(?:[^\S\n]+read)?
          # The same label in other languages ("Lesezeit: 4 Minuten", "Temps de lecture 7 min", "Czas
          # czytania: 5 minut", "Lästid 3 min": seen on four unrelated sites in four languages).
          | (?:lesezeit|lesedauer|temps[^\S\n]+de[^\S\n]+lecture|tiempo[^\S\n]+de[^\S\n]+lectura|tempo[^\S\n]+de[^\S\n]+leitura
              |tempo[^\S\n]+di[^\S\n]+lettura|leestijd|czas[^\S\n]+czytania|l\u00e4stid|l\u00e4setid
              |okuma[^\S\n]+s\u00fcresi)  # Turkish: "Okuma süresi: 3 dakika" (news and blog templates of four projects)
            [^\S\n]*:?[^\S\n]*(?:ca\.?[^\S\n]*|env(?:iron|\.)[^\S\n]*|aprox\.?[^\S\n]*|circa[^\S\n]+|ok\.[^\S\n]*)?\d+[^\S\n]*
            (?:min(?:\.|utes?|uten|utos|uti|ut(?:/y|y|a)?|uter)?|dakika|dk\.?)
          | \d+[^\S\n]*min(?:\.|utes?|uten|utos|uti)?[^\S\n]+(?:lesezeit|de[^\S\n]+lecture|de[^\S\n]+lectura|de[^\S\n]+leitura|di[^\S\n]+lettura|leestijd|l\u00e4stid)
          | load[^\S\n]+more(?:[^\S\n]+(?:stories|articles|posts|news|comments))?
          | listen[^\S\n]+to[^\S\n]+(?:this[^\S\n]+|the[^\S\n]+)?(?:article|story)(?:[^\S\n]*\d+[^\S\n]*min(?:utes?)?)?
          # the same button in German and Swedish ("Diesen Artikel anhören": text-to-speech plugins and site
          # templates of eight unrelated projects in public repositories, one scraper's test stripping it;
          # "Lyssna på artikeln": four)
          | (?:diesen[^\S\n]+)?artikel[^\S\n]+anh\u00f6ren | lyssna[^\S\n]+p\u00e5[^\S\n]+artikeln
          # and in French, Spanish, Portuguese and Italian (the text-to-speech buttons of eight or more
          # unrelated projects' templates each in public repositories; "Escuchar artículo" also on infobae.com)
          | \u00e9couter[^\S\n]+cet[^\S\n]+article | escuchar[^\S\n]+art\u00edculo | ouvir[^\S\n]+not\u00edcia
          | ascolta[^\S\n]+l['\u2019]articolo
          # print and save buttons in French and Spanish (the buttons' labels and tooltips in four or more
          # unrelated projects' templates each; "imprimer cet article" also in a scraper's list of lines
          # that are not the article)
          | imprimer[^\S\n]+cet[^\S\n]+article | sauvegarder[^\S\n]+cet[^\S\n]+article | imprimir[^\S\n]+noticia
          | listen[^\S\n]*[\u00b7\u2022|:-]?[^\S\n]*\d{1,2}:\d{2}(?::\d{2})?
          | press[^\S\n]+play[^\S\n]+to[^\S\n]+listen(?:[^\S\n]+to[^\S\n]+this[^\S\n]+(?:article|story))?
          | save[^\S\n]+(?:for[^\S\n]+later|(?:this[^\S\n]+)?(?:article|story)) | reuse[^\S\n]+this[^\S\n]+content
          | send[^\S\n]+any[^\S\n]+friend[^\S\n]+a[^\S\n]+story
          | our[^\S\n]+standards[^\S\n]*:[^\S\n]*the[^\S\n]+thomson[^\S\n]+reuters[^\S\n]+trust[^\S\n]+principles\.? | print[^\S\n]+(?:this[^\S\n]+)?(?:article|page|story) | (?:font[^\S\n]+size|text[^\S\n]+size)[^\S\n]*:?(?:[^\S\n]*(?:[-+\u2212aA]+|small|medium|large|larger|smaller|reset|\d+(?:px|%)?)){0,4}
          | (?:tap|click)[^\S\n]+(?:here[^\S\n]+)?to[^\S\n]+(?:expand|enlarge|unmute|play)
          | (?:proudly[^\S\n]+|website[^\S\n]+|blog[^\S\n]+)?powered[^\S\n]+by[^\S\n]+wordpress(?:\.com\.?)?(?:[^\S\n]*[|.\u00b7\u2022-][^\S\n]*(?-i:[\p{Lu}\d])[^\n]{0,120})?
          | powered[^\S\n]+by[^\S\n]+blogger\.?  # Blogger's footer (4 unrelated blogs among the saved pages)
          # with its theme's name first ("Simple theme. Powered by Blogger.", "Awesome Inc. theme.", "Picture Window
          # theme.": scraped posts of five unrelated blogs in public repositories), and the images' credit
          | (?:simple|awesome[^\S\n]+inc\.|picture[^\S\n]+window|watermark|ethereal|travel|contempo|soho|emporio|notable|essential)
            [^\S\n]+theme\.[^\S\n]*(?:theme[^\S\n]+images[^\S\n]+by[^\S\n]+[^\n.]{1,60}\.[^\S\n]*)?powered[^\S\n]+by[^\S\n]+blogger\.?
          # Blogger's profile widget, alone on its line (John Lawrence Aspden's, Kirti Vashee's, studycsnotes' and
          # two more blogs' scraped pages in public repositories; in a sentence, "view my complete profile" stays)
          | view[^\S\n]+my[^\S\n]+complete[^\S\n]+profile
          | bookmark[^\S\n]+the[^\S\n]+permalink\.?
          # A WordPress site's footer and WordPress.com's action bar.
          | (?:entries|comments)[^\S\n]+(?:feed|rss|\(rss\))
          | (?:wordpress[^\S\n]+)?theme[^\S\n]*:[^\S\n]*[^\n|.,;]{1,40}?[^\S\n]+by[^\S\n]+(?-i:\p{Lu})[^\n|,;]{1,40}\.
          | theme[^\S\n]+by[^\S\n]+(?:[^\n|.,;]{0,40}(?:themes?|wp|\.com|\.org)|anders[^\S\n]+nor[eé]n)\.?
          | (?:create[^\S\n]+a[^\S\n]+free[^\S\n]+website[^\S\n]+or[^\S\n]+)?blog[^\S\n]+at[^\S\n]+wordpress\.com\.?
          | subscribe[^\S\n]+subscribed | already[^\S\n]+have[^\S\n]+a[^\S\n]+wordpress\.com[^\S\n]+account\?[^\n]{0,30}
          | report[^\S\n]+this[^\S\n]+content | view[^\S\n]+site[^\S\n]+in[^\S\n]+reader | collapse[^\S\n]+this[^\S\n]+bar(?:[^\S\n]+close[^\S\n]+and[^\S\n]+accept)?
          # the same bar and the marketing bar under it, on scraped posts of markosrendell, atalupadhyay, oziolor and
          # nithinsunke (.wordpress.com) in public repositories
          | view[^\S\n]+post[^\S\n]+in[^\S\n]+reader | copy[^\S\n]+shortlink | manage[^\S\n]+subscriptions
          | design[^\S\n]+a[^\S\n]+site[^\S\n]+like[^\S\n]+this[^\S\n]+with[^\S\n]+wordpress\.com
          # Webflow's form messages, hidden on the page and left in its text: scraped pages of glean.com,
          # claude.com, a cloud-storage blog and an open-source tool's site in public repositories
          | thank[^\S\n]+you![^\S\n]*your[^\S\n]+submission[^\S\n]+has[^\S\n]+been[^\S\n]+received!?
          | oops![^\S\n]*something[^\S\n]+went[^\S\n]+wrong[^\S\n]+while[^\S\n]+submitting[^\S\n]+the[^\S\n]+form\.?
          | type[^\S\n]+your[^\S\n]+search | (?:press|hit)[^\S\n]+enter[^\S\n]+to[^\S\n]+search(?:[^\S\n]+or[^\S\n]+esc[^\S\n]+to[^\S\n]+close)?\.?
          | learn[^\S\n]+more | find[^\S\n]+out[^\S\n]+more | click[^\S\n]+(?:here[^\S\n]+)?to[^\S\n]+read[^\S\n]+more
          | (?:show|see)[^\S\n]+(?:more|less) | click[^\S\n]+here[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?latest[^\S\n]+(?:news|updates|stories)
          | (?:click|tap)[^\S\n]+here[^\S\n]+(?:for[^\S\n]+more(?:[^\S\n]+(?:stories|news|articles|updates))?|to[^\S\n]+read[^\S\n]+more)
          | print[^\S\n]+friendly,?[^\S\n]+pdf[^\S\n]+(?:&|and)[^\S\n]+email
          | (?:you[^\S\n]+need[^\S\n]+to|please)[^\S\n]+enable[^\S\n]+javascript(?:[^\S\n]+in[^\S\n]+your[^\S\n]+browser)?[^\S\n]+to[^\S\n]+(?:run|use|view|see)[^\S\n]+this[^\S\n]+(?:app|site|page|website|content)\.?
          | \(?(?:opens[^\S\n]+(?:in[^\S\n]+)?|open[^\S\n]+in[^\S\n]+)(?:a[^\S\n]+)?new[^\S\n]+(?:tab|window)\)? | \(?external[^\S\n]+link\)?
          # An ad-blocker notice.
          | (?:it\ looks\ like|it\ seems\ like|we\ noticed|we\ detected|we\ have\ noticed|we\ have\ detected|we've\ noticed)(?:[^\S\n]+that)?[^\S\n]+you(?:['\u2019]re|[^\S\n]+are)[^\S\n]+using[^\S\n]+an?[^\S\n]+ad[^\S\n]?-?block(?:er|ing[^\S\n]+software)?\b(?:[^\S\n]*[.!][^\n]{0,240})?
          | please[^\S\n]+(?:consider[^\S\n]+)?(?:disabling|disable|turn(?:ing)?[^\S\n]+off|pause|pausing|whitelist(?:ing)?)[^\S\n]+(?:your[^\S\n]+)?ad[^\S\n]?-?block(?:er|ing[^\S\n]+software)?\b(?:[^\S\n]+(?:to[^\S\n]+(?:continue|support|view|read|access|see)|for[^\S\n]+(?:this|our)[^\S\n]+(?:site|website))\b[^\n.!,;]{0,80})?(?:[^\S\n]*[.!][^\n]{0,160})?
          | (?:adblock|ad\ block|ad-block)(?:er)?[^\S\n]+detected[.!]?
          | javascript[^\S\n]+is[^\S\n]+(?:currently[^\S\n]+)?(?:disabled|not[^\S\n]+enabled|turned[^\S\n]+off)(?:[^\S\n]+(?:in|on)[^\S\n]+your[^\S\n]+browser)?\.?
            (?:[^\S\n]+please[^\S\n]+enable[^\S\n]+(?:it|javascript)[^\n,;]{0,100})?
        """ + "|" + _SITE_LINKS,
        verbose=True,
        remove=("Skip to content", "Search for:", "Back to top", "\u2190 Back to all posts", "Expand | Collapse",
                "Proudly powered by WordPress | Theme: Example by Example Themes.", "Powered by Blogger.",
                "Simple theme. Powered by Blogger.", "Watermark theme. Theme images by Example. Powered by Blogger.",
                "View my complete profile", "Artikel merken", "Vorlesen", "Bookmark the permalink.",
                "Learn more \u203a", "Click to read more", "Listen to article", "Save for later", "Reuse this content",
                "Send any friend a story", "Show more", "Click here for the latest news", "Tap here to read more",
                "Print Friendly, PDF & Email", "Press play to listen to this story", "\u00c9couter cet article", "Jump to navigation",
                "Direkt zum Inhalt wechseln", "[Vai al contenuto](#content)", "Aller au contenu",
                "\u041f\u0435\u0440\u0435\u0439\u0442\u0438 \u043a \u0441\u043e\u0434\u0435\u0440\u0436\u0438\u043c\u043e\u043c\u0443",
                "Estimated reading time: 4 minutes", "Lesezeit: 4 Minuten", "Okuma süresi: 3 dakika", "Diesen Artikel anhören", "Temps de lecture 7 min", "5 min de lectura",
                "Czas czytania: 5 minut", "Load more", "Blog at WordPress.com.", "Theme by Example Themes", "View site in Reader", "JavaScript is disabled in your browser.", "Opens in a new window",
                "(opens new tab)", "We noticed you're using an ad blocker. Please consider supporting us by disabling it.",
                "Please disable your ad blocker", "Adblock detected", "Forgot your password? Get help", "Passwort vergessen?", "Lost your password?",
                "A password will be e-mailed to you.", "Sie sind hier:", "Thank you! Your submission has been received!",
                "Oops! Something went wrong while submitting the form."),
        keep=("They searched for hours before they found her.", "Back to the list of suspects, the detective said.",
              "Save this article for the day the council votes, she told readers, because it will matter then.",
              "Theme park rides were built by hand in the 1950s.", "Theme: Stand by Me", "Theme by Ennio Morricone",
              "Open a new window on the past, the curator said.",
              "Reading time is falling: the average visitor now stays for 40 seconds.",
              "Die Lesezeit betrug 12 Minuten, sagte der Lehrer.",
              "JavaScript is disabled in your browser by default in this mode, the guide explains, so test both.",
              "It looks like you're using an ad blocker, the message says, and most readers close it."),
        reason="site chrome",
    ),
    # Site footers in English, German, French, Spanish, Portuguese and Italian: the footer templates of
    # unrelated sites in public repositories (ten or more a language), and three dev sites.
    Rule(
        id="navigation.copyright",
        description='A site\'s copyright line: "\u00a9 2024 Example Media. All rights reserved.", "Copyright \u00a9 2015 '
                    '\u00b7 Jane Doe \u00b7 All Rights Reserved", "All rights reserved." and the same in five more languages, with the wire services\' "This '
                    'material may not be published, broadcast, rewritten or redistributed." after it or before it; a '
                    'photo\'s credit line alone ("\u00a9 Jane Doe/Agency") goes too. Twenty '
                    'words at most: a sentence about copyright is prose.',
        pattern=r"""
            # Each alternative starts with its own literal, so that the line scan's gate tries the rule
            # only on lines that start so; then a line of twenty words at most.
            (?:(?:copyright[^\S\n]*)?\u00a9 | copyright[^\S\n]*(?:\(c\)|\d{4}) | \(c\)[^\S\n]*\d{4}\b)  # "(c)" alone opens a legal clause
              (?=[^\n]{0,200}$)(?![^\n]*(?:[^\S\n]+\S+){20})[^\n]*
            | (?:all[^\S\n]+rights[^\S\n]+reserved|alle[^\S\n]+rechte[^\S\n]+vorbehalten|tous[^\S\n]+droits[^\S\n]+r\u00e9serv\u00e9s
                |todos[^\S\n]+los[^\S\n]+derechos[^\S\n]+reservados|todos[^\S\n]+os[^\S\n]+direitos[^\S\n]+reservados
                |tutti[^\S\n]+i[^\S\n]+diritti[^\S\n]+riservati)(?:\.?[^\S\n]+""" + _REDISTRIBUTED + r""")?[^\n]{0,40}
            | """ + _REDISTRIBUTED + r"""[^\n]{0,100}  # the wire services' notice, before the copyright
        """,
        verbose=True,
        confidence="medium",
        remove=("\u00a9 2024 Example Media. All rights reserved.", "Copyright \u00a9 2015 \u00b7 Jane Doe \u00b7 All Rights Reserved",
                "\u00a9 2025 Beispiel GmbH. Alle Rechte vorbehalten.", "All rights reserved.",
                "Copyright 2023 Example Inc.", "(c) 2019 Example Press",
                "Copyright 2024 Example Media Inc. All rights reserved. This material may not be published, broadcast, "
                "rewritten, or redistributed.",
                "This material may not be published, broadcast, rewritten, or redistributed. \u00a92024 Example "
                "Network, LLC. All rights reserved."),
        keep=("(c) The Secretary of Commerce shall report to the committee within ninety days.",
              "Copyright law was rewritten in 2019, and the new rules gave authors more say over how their books are sold.",
              "The court said all rights reserved by the treaty stay.",
              "The court said all rights reserved by the treaty remained with the two states, and that the case was closed."),
        reason="copyright line",
    ),
    Rule(
        id="navigation.copyright-footer",
        description='A site\'s copyright line with its name or its other footer links first, among the last lines: '
                    '"Example Blog Copyright \u00a9 2026.", "Example News \u00a9 2024", "Impressum | Copyrights \u00a9 2017 '
                    'Example". Fourteen words at most; `navigation.copyright` takes the lines that open with it.',
        # Among the last lines of the saved pages of 40 unrelated sites (antary.de, wccftech.com,
        # reddit.com, slate.com, washingtonpost.com, quantamagazine.org, hrjournal.de, aa.com.tr,
        # deutschlandfunk.de, the Funke papers ...), never in their main text, and of one dev blog.
        # Elsewhere in a page the same shape is a photo's credit ("Foto: Copyright \u00a9 ..."): only the tail.
        pattern=r"""
            (?=[^\n]{0,200}+$)(?=(?:[^\S\n]*+\S++){1,14}+[^\S\n]*+$)(?!copyright|\u00a9|\(c\))
            (?!(?>[^\n]*?\b(?:is|are|was|were|has|have|had|been|ist|sind|war|est|sont|es|son|era|\u00e8)\b))  # no sentence about it
            [^\n]*?(?:\u00a9[^\S\n]*(?:copyright[^\S\n]*)?\d{4}|copyrights?[^\S\n]*(?:\u00a9[^\S\n]*)?(?:\d{4}|\u00a9))[^\n]*+
        """,
        verbose=True,
        scope="tail",
        zone=3,
        confidence="medium",
        remove=(_ARTICLE + "Example Blog Copyright \u00a9 2026.", _ARTICLE + "Example News \u00a9 2019 Example Media Group",
                _ARTICLE + "Impressum | Copyrights \u00a9 2017 Example. All Rights Reserved."),
        keep=(_ARTICLE + "The photographs in this story are \u00a9 2024 by the council and were used with its kind permission, "
                         "which it gives to every paper that asks.",
              "Photo: Jane Doe \u00a9 2024\n\n" + _ARTICLE, _ARTICLE + "The song is copyright 2024 by her label."),
        reason="copyright line",
    ),
    Rule(
        id="navigation.archive-heading",
        description='The heading of an archive page a post was scraped from: "Archive for the \u2018News\u2019 Category", '
                    '"Archive for May, 2011", "Archivio | marzo, 2019", "Archief voor oktober, 2014" (seen on three '
                    'unrelated blogs, in three languages), and WordPress themes\' "Tag Archives: Floods".',
        pattern=r"""
            (?:archives?|archivio|archivo|archief|archiv|arquivo|archiwum)
            (?:[^\S\n]+(?:for|voor|f\u00fcr|de|del|di|do|da|pour))?[^\S\n]*(?:[|:\u2013\u2014-][^\S\n]*)?
            (?:(?:the[^\S\n]+)?[\u2018'"\u201c][^\n\u2019'"\u201d]{1,60}[\u2019'"\u201d][^\S\n]+(?:category|tag|kategorie|cat\u00e9gorie|categor[i\u00ed]a|categoria)
              |(?:\d{1,2}\.?[^\S\n]+)?\p{L}{3,12},?[^\S\n]+\d{4})
          # WordPress themes' archive titles, "Tag Archives: %s" (printed by the archive templates of
          # more than ten unrelated themes in public repositories, and seen in an aggregator's text)
          | (?:tag|category|monthly|daily|yearly|author|date)[^\S\n]+archives?[^\S\n]*:(?![^\n]*[.!?][^\S\n]*$)[^\S\n]*[^\n.!?]{1,60}
        """,
        verbose=True,
        remove=("Archive for the \u2018Garden Notes\u2019 Category", "Archive for May, 2011", "Archivio | marzo, 2019",
                "Archief voor oktober, 2014", "Tag Archives: Floods", "Monthly Archives: May 2011"),
        keep=("Archive of May 1945 reopened to researchers after a long wait, the library said.", "Archives of the Met 1990",
              "Category archives: these hold every post of one topic, the guide explains."),
        reason="archive page heading",
    ),
    # A blog's archive widget: one line per month with its number of posts, "May 2011 (4)" (WordPress: 25
    # unrelated blogs among the saved pages of trafilatura's evaluation set), or Blogger's tree,
    # "\u25ba 2019 (22)", "\u25ba May (2)" (8 blogs there).
    Rule(
        id="navigation.archive-list",
        description='A line of a blog\'s archive widget: a month and the number of its posts, "May 2011 (4)", '
                    '"\u25ba 2019 (22)", "\u25bc April (8)" (seen on 33 unrelated blogs).',
        pattern=r"""
            (?:[\u25ba\u25bc\u25b6\u25b8][^\S\n]*)?""" + _MONTHS + r"""\.?[^\S\n]+\d{4}[^\S\n]*\(\d+\)
          | [\u25ba\u25bc\u25b6\u25b8][^\S\n]*(?:""" + _MONTHS + r"""|\d{4})[^\S\n]*\(\d+\)
        """,
        verbose=True,
        remove=("May 2011 (4)", "Februar 2020 (7)", "\u25ba 2019 (22)", "\u25bc Mai (2)"),
        keep=("May 2011 (4 pages, the court's summary)", "Euro 2020 (4)"),
        reason="archive widget",
    ),
    Rule(
        id="navigation.head-chrome",
        description='A close button or bare section label among the first lines: "X", "Menu", "Close".',
        pattern=r"[x\u00d7\u2715\u2716]|close|login|log[^\S\n]+in|sign[^\S\n]+in|subscribe|register|my[^\S\n]+account|search|menu|navigation"
        # German, each on 47 to 169 unrelated sites among the saved pages of trafilatura's evaluation set
        r"|men\u00fc|suche|suchen|anmelden|einloggen|registrieren|schlie\u00dfen"
        # an image's alternative text left in its place: bloghaus.hypotheses.org, bundeskanzleramt.gv.at,
        # evang.at (saved pages), and a Turkish news site's scraped article (dev)
        r"|logo"
        r"|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}",  # the site's domain as its name
        scope="head",
        zone=3,
        confidence="medium",
        remove=("X\nA Real Headline About Rivers\n\nThe river rose.", "example.co.uk\nSearch\n\nA Headline\n\nText."),
        keep=("Rivers rise\n\nThe river rose. Open the gates, they said.",),
        reason="site chrome",
    ),
    # Each alone on one of the first four lines of the saved pages of 3 to 145 unrelated sites
    # (trafilatura's, Readability's, Zyte's and fundus' sets: News 145, Startseite 93, Politik 28,
    # Business 25, Sport 16, Jobs 15, Política 14, Tech 13, Politics 12, World 11, Local 11, Aktuell 11,
    # Beauty 10, Wissen 9, Fashion 8, Lifestyle 7, Opinion 7, Nachrichten 7, Markets 6, Economía 6, Mundo 6,
    # Entertainment 5, Wirtschaft 5, Karriere 5, Crime 4, Media 4, Asia 4, Kultur 4, Panorama 4,
    # Gesellschaft 4, People 4, Health 3, International 3, Deutschland 3) and never a line of those pages'
    # main text; not "Sports", "Culture", "Economy" or "Travel", which are, as subheadings. And right over
    # the headline (the page's first <h1>) on 3 or 4 unrelated sites: "Aktuelles" (bundespolizei.de,
    # helmholtz-klima.de, she-works.de ...), "Ausland" (faz.net, stern.de, zdfheute.de), "Pressemitteilungen"
    # (bund-naturschutz.de, drk.de, wind-energie.de).
    Rule(
        id="navigation.section-label",
        description='A site\'s section name alone on one of the first two lines, over or under the headline: '
                    '"News", "Politics", "Tech", "Politik", "Pol\u00edtica" (37 names, each seen so on 3 to 145 '
                    'unrelated sites and never in their main text).',
        pattern=r"news|startseite|politik|business|sport|jobs|pol\u00edtica|tech|politics|world|local|aktuell|beauty"
        r"|wissen|fashion|lifestyle|opinion|nachrichten|markets|econom\u00eda|mundo|entertainment|wirtschaft"
        r"|karriere|crime|media|asia|kultur|panorama|gesellschaft|people|health|international|deutschland"
        r"|aktuelles|ausland|pressemitteilungen",
        scope="head",
        zone=2,
        confidence="medium",
        remove=("Politics\nA Real Headline About Rivers\n\nThe river rose.",
                "A Real Headline About Rivers\nTech\n\nThe river rose."),
        keep=("A Real Headline About Rivers\n\nThe river rose.\n\nPolitics\n\nThe council met.",
              "Local news is dying, the report says.\n\nThe river rose."),
        reason="site chrome",
    ),
    Rule(
        id="navigation.page-title",
        description='The page\'s title on the first line, the headline with the site\'s name after it ("How bridges '
                    'are built - Example News", "... \u2013 Example Blog | Example University"), where the headline '
                    'itself stands alone on a later line: the duplicate goes, the headline stays.',
        # A `lines` rule that starts at the document's start (tried there only): a zone rule that reads
        # past its line would make the whole zone scan look again at every line after each cut.
        pattern=r"""
            \A(?:[^\S\n]*\n)*+\K                                # the first line (the cut starts here),
            (?=[^\n]{20,200}+$)                                  # (a quick look: a short line)
            [^\S\n]*(?P<headline>[^\n]{15,200}?)[^\S\n]+(?:[-|\u2013\u2014\u00bb\u00b7:]|::)[^\S\n]+(?-i:[\p{Lu}\d])[^\n]{1,80}?  # the headline, a separator, the site's name
            [^\S\n]*$(?=\n(?:[^\n]*\n)*?[^\S\n]*(?P=headline)[^\S\n]*(?:\n|\Z))    # and the headline alone further down
        """,
        verbose=True,
        scope="lines",
        confidence="medium",
        remove=("How the old bridge was built - Example News\n\nHow the old bridge was built\n\nThe bridge opened in 1901.",),
        keep=("How the old bridge was built - a history\n\nHow the old bridge was built\n\nThe bridge opened in 1901.",
              "How the old bridge was built - Example News\n\nThe bridge opened in 1901. How the old bridge was built is "
              "told in the museum."),
        reason="page title",
    ),
    Rule(
        id="navigation.ui-label",
        description='CSS icon names leaked into the text, such as "icon-expand" glued to a caption.',
        pattern=r"(?:^|(?<=\s))icon-(?:expand|close|search|menu|share|play|arrow[\w-]*|camera|photo|gallery|zoom|video|chevron[\w-]*)"
        r"|(?:^|(?<=\n))[^\S\n]*expand[^\S\n]*\|[^\S\n]*collapse(?=[^\S\n]+\S)",
        scope="inline",
        remove=("icon-expandThe actress in Cannes.", "Expand | Collapse (Photo: Example) The actress in Cannes."),
        keep=("The icon-maker retired.",),
        reason="site chrome",
    ),
]

RULES += [
    Rule(
        id="navigation.widget-run",
        description="Short widget lines (headlines, labels, links) in the run that a junk line starts at the end of a document.",
        pattern=r"""
            <?(?:https?://|www\.)\S+>?                 # a bare link
          | (?=[^\n]{1,300}$)
            (?!(?:\S+[^\S\n]+){40})                       # forty words at most (see the block scope)
            (?![^\n]*[.!?][^\S\n]+\S[^\n]*[.!?][^\S\n]+\S[^\n]*[.!?])  # not three sentences
            [^\n]*\S[^\n]*
        """,
        verbose=True,
        scope="block",
        confidence="medium",
        remove=("The vote is on Monday, the clerk said, and the count starts at noon.\n\n"
                "Advertisement\nWhy the vote matters\nThe clerk\u2019s year in review",
                "It ended well, and everyone went home before the rain came down on the hills.\n\n"
                "Share this:\nFacebook\nTwitter\nCOMPUTERS AND BOOKS\nSearch for:"),
        keep=("The vote is on Monday.\n\nFacebook\n\nThe clerk said the count would start at noon and end by six.",
              "The vote is on Monday.\n\nRelated\n\nThe clerk said the count would start at noon and end by six, as it "
              "always has in this town, and that the result would be known before the last train left.",
              "It ended well.\n\nShare this:\nFacebook\n\nThe clerk said the count would start at noon and end by six, as it always does.",
              "The vote is on Monday, and the count starts at noon in the old hall.\n\nAdvertisement\n\n"
              "The clerk said the result would be known by six.\n\nShare this:",
              # a feed's excerpt cut off after an ad marker: its last words stay, only the mark goes
              "The vote is on Monday, and the count starts at noon in the old hall.\n\nAdvertisement\n"
              "The clerk sa... [+1200 chars]"),
        reason="widget run at the end of the page",
    ),
    Rule(
        id="navigation.site-home-link",
        description="A link to the site's home page among the first lines, as scraped to Markdown: \"# [Example Blog](https://example.org/)\".",
        pattern=r"[^\[\]\n]{1,80}\]\(https?://[^/\s)]+/?\)",
        scope="head",
        zone=3,
        confidence="medium",
        remove=("# [Example Blog](https://blog.example.org/)\n\n## A post about kites",),
        keep=("# [A post about kites](https://blog.example.org/2021/kites)\n\nKites fly.",),
        reason="site chrome",
    ),
    Rule(
        id="navigation.link-menu",
        description="A site's menu as a page scraped to Markdown writes it: three lines or more of nothing but "
                    "links (\"* [News](https://example.org/news/)\"), a group label (\"* Sport\") among them, above "
                    "the article's first line of prose. A table of contents (links to \"#...\"), links to files and "
                    "lines of links further down (a reading list, a footer: they read alike) stay.",
        pattern=rf"{_LINK}(?:[^\S\n]*[|\u00b7\u2022,/\u2013\u2014-]?[^\S\n]*{_LINK})*",
        scope="links",
        confidence="medium",
        remove=("* [Home](https://example.org/)\n* [News](https://example.org/news/)\n* Sport\n"
                "  + [Football](https://example.org/sport/football/)\n\n# Floods close the mill road\n\n"
                "The council closed the mill road on Monday after the river burst its banks overnight.",),
        keep=("The council closed the mill road on Monday after the river burst its banks overnight.\n\n"
              "Sources:\n- [River levels](https://water.example.gov/levels)\n- [The council's notice](https://council.example.org/n)\n"
              "- [Flood map](https://maps.example.com/flood)",
              "Contents\n* [The road](#road)\n* [The river](#river)\n* [What next](#next)\n\n"
              "The council closed the mill road on Monday after the river burst its banks overnight."),
        reason="site menu (links)",
    ),
    Rule(
        id="navigation.category-list",
        description="A comma-separated list of category names among the first lines: \"Arduino, Electronics, Hardware\".",
        pattern=r"(?=(?-i:\p{Lu}\p{Ll}))(?![^\n]*,[^\S\n]*$)(?=(?:[^\n,]*+,){3}|(?-i:[^\n]*?\p{Ll}[^\S\n]+[\p{Lu}&]))(?-i:(?:\p{Lu}\p{Ll}[\w&'\u2019-]*(?:[^\S\n][\p{Lu}&][\w&'\u2019-]*){0,2})(?:,[^\S\n]*\p{Lu}\p{Ll}[\w&'\u2019-]*(?:[^\S\n][\p{Lu}&][\w&'\u2019-]*){0,2}){2,7})",
        scope="head",
        zone=4,
        # Low: a headline in title case can take the same shape ("Sex, Lies, And Videotape"), and the
        # rule cut one on documents from sites it was not written from.
        confidence="low",
        remove=("Gardening, Tools, Weekend Projects\nHow I Built a Shed\n\nIt took a month.",),
        keep=("Paris, London and Berlin\n\nThree cities, one train.", "Mia, Leo, and Sam went home.\n\nThe end."),
        reason="site chrome",
    ),
    Rule(
        id="navigation.embed-chrome",
        description="Text of an embedded post's frame: \"View this post on Instagram\", a web video player's labels.",
        pattern=r"""
            view[^\S\n]+this[^\S\n]+post[^\S\n]+on[^\S\n]+(?:instagram|facebook|tiktok|x|twitter)
          # its German wording (6 unrelated sites among the saved pages of trafilatura's evaluation set)
          | sieh[^\S\n]+dir[^\S\n]+diesen[^\S\n]+beitrag[^\S\n]+auf[^\S\n]+instagram[^\S\n]+an
          # (Twitter's own "Loading seems to be taking a while. Twitter may be over capacity ..." notice was dropped:
          # it turned up only in copies of twitter.com pages, one site.)
          | a[^\S\n]+post[^\S\n]+shared[^\S\n]+by[^\S\n]+[^\n]{0,60}?@[\w.]+\)?
          | (?:watch|view)[^\S\n]+on[^\S\n]+(?:youtube|vimeo|tiktok)
          | (?:this|the)[^\S\n]+(?:video|content|embed|post)[^\S\n]+is[^\S\n]+(?:not|no[^\S\n]+longer)[^\S\n]+available(?:[^\S\n]+in[^\S\n]+your[^\S\n]+(?:country|region))?
          # A web video player's own labels, scraped with the page (video.js, JW Player, <video>).
          | video[^\S\n]+player[^\S\n]+is[^\S\n]+loading\.? | this[^\S\n]+is[^\S\n]+a[^\S\n]+modal[^\S\n]+window\.?
          | closed[^\S\n]+captioning  # a player's settings button, alone on a line (cbsnews.com, cnbc.com, cnn.com, hawaiinewsnow.com)
          | beginning[^\S\n]+of[^\S\n]+dialog[^\S\n]+window\.?(?:[^\S\n]+escape[^\S\n]+will[^\n]{0,60})?
          | end[^\S\n]+of[^\S\n]+dialog[^\S\n]+window\.? | close[^\S\n]+modal[^\S\n]+dialog | play[^\S\n]+video
          | loaded[^\S\n]*:[^\S\n]*\d{1,3}(?:\.\d+)?[^\S\n]*% | progress[^\S\n]*:[^\S\n]*0(?:\.0+)?[^\S\n]*% | stream[^\S\n]+type[^\S\n]+live
          | (?:remaining[^\S\n]+time[^\S\n]+-?|current[^\S\n]+time[^\S\n]+|duration[^\S\n]+)0:00
          | (?:captions|subtitles)[^\S\n]+settings,[^\S\n]+opens[^\S\n]+(?:captions|subtitles)[^\S\n]+settings[^\S\n]+dialog
          | (?:captions|subtitles|descriptions)[^\S\n]+off,[^\S\n]+selected
          | text[^\S\n]+color[^\S\n]+white[^\S\n]+black[^\S\n]+red[^\S\n]+green[^\n]{0,600}
          | (?:sorry,?[^\S\n]+)?your[^\S\n]+browser[^\S\n]+(?:does[^\S\n]+not|doesn['\u2019]t)[^\S\n]+support[^\S\n]+
            (?:the[^\S\n]+)?(?:video|audio|iframes?|html5[^\S\n]+video|embedded[^\S\n]+videos)(?:[^\S\n]+(?:tag|element))?\.?
          | this[^\S\n]+video[^\S\n]+file[^\S\n]+cannot[^\S\n]+be[^\S\n]+played\.?(?:[^\S\n]*\(error[^\S\n]+code:?[^\S\n]*\d+\))?
          | scroll[^\S\n]+down[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?video | watch[^\S\n]+the[^\S\n]+(?:full[^\S\n]+)?video[^\S\n]+(?:above|below)
          | featured[^\S\n]+video | embed[^\S\n]+from[^\S\n]+getty[^\S\n]+images
          | sorry,?[^\S\n]+the[^\S\n]+video[^\S\n]+player[^\S\n]+failed[^\S\n]+to[^\S\n]+load\.?(?:[^\S\n]*\(error[^\S\n]+code:?[^\S\n]*\d+\))?
          # A photo gallery's controls.
          | (?:image|photo|picture|slide)[^\S\n]+\d{1,3}(?:[^\S\n]+of[^\S\n]+|[^\S\n]*/[^\S\n]*)\d{1,3} | (?:next|previous|prev)[^\S\n]+(?:slide|image|photo)
          | (?:click[^\S\n]+to[^\S\n]+)?(?:view|see|open|browse)[^\S\n]+(?:the[^\S\n]+)?(?:full[^\S\n]+)?(?:photo[^\S\n]+)?gallery(?:[^\S\n]*\(\d+[^\S\n]+(?:photos|images)\))? | see[^\S\n]+all[^\S\n]+(?:\d+[^\S\n]+)?(?:photos|images)
        """,
        verbose=True,
        remove=("View this post on Instagram", "Video Player is loading.",
                "This is a modal window.", "Beginning of dialog window. Escape will cancel and close the window.",
                "Loaded: 0%", "Remaining Time -0:00", "captions off, selected", "Your browser does not support the video tag.",
                "This video file cannot be played.(Error Code: 102630)", "Watch the video above", "Image 1 of 5", "Next slide",
                "View gallery", "Embed from Getty Images", "Sorry, the video player failed to load.(Error Code: 100013)"),
        keep=("The post on Instagram drew a thousand replies in an hour, the team said.",
              "The video player is loading slowly, viewers wrote, so the station put the match on the radio.",
              "Your browser does not support the tax office's new portal, the help line told her.",
              "Progress: 40% of the bridge deck is in place, the council said."),
        reason="embedded-post frame",
    ),
]

RULES += [
    Rule(
        id="navigation.legal-link",
        description='A site\'s legal or service link alone on its line: "Privacy Policy", "Terms of Use", "Impressum", '
                    '"Datenschutzerkl\u00e4rung", "AGB", "Mentions l\u00e9gales", "Pol\u00edtica de privacidad", "Advertise with us". Each was seen so on '
                    'three to 418 unrelated sites (the saved pages of trafilatura\'s evaluation set); single words that '
                    'also head an article\'s section ("Privacy", "Datenschutz", "Terms") are left to the line model.',
        pattern=r"""
            impressum | datenschutz(?:erkl\u00e4rung|hinweise|einstellungen) | agb | nutzungsbedingungen | mediadaten
          | site[^\S\n]?map | privacy[^\S\n]+(?:policy|settings) | privacy[^\S\n]*&[^\S\n]*cookies?[^\S\n]+policy
          | cookie[^\S\n]+policy | terms[^\S\n]+of[^\S\n]+(?:use|service) | terms[^\S\n]+(?:and|&)[^\S\n]+conditions
          | mentions[^\S\n]+l\u00e9gales | t\u00e9rminos[^\S\n]+y[^\S\n]+condiciones | pol\u00edticas?[^\S\n]+de[^\S\n]+(?:privacidad|privacidade)
          # the plural (elcomercio.pe, elmostrador.cl, elpais.com.uy, latercera.com, laprensagrafica.com) and French
          # (fr.euronews.com, ledevoir.com, lemonde.fr), among the saved pages with fundus' news pages
          | politique[^\S\n]+de[^\S\n]+confidentialit\u00e9
          | polityka[^\S\n]+prywatno\u015bci | do[^\S\n]+not[^\S\n]+sell[^\S\n]+my[^\S\n]+(?:personal[^\S\n]+)?info(?:rmation)?
          | advertise[^\S\n]+with[^\S\n]+us   # 41 sites there
          # a site's own service links, alone on a line on 7 to 21 unrelated sites there, never in main text
          | media[^\S\n]+kit | site[^\S\n]+index | work[^\S\n]+with[^\S\n]+us | rss(?:[^\S\n]|-)?feeds | email[^\S\n]+newsletters
          | wer[^\S\n]+wir[^\S\n]+sind | unsere[^\S\n]+partner
        """,
        verbose=True,
        confidence="medium",
        remove=("The vote is on Monday.\n\nPrivacy Policy\nTerms of Use", "Impressum", "Datenschutzerkl\u00e4rung",
                "Mentions l\u00e9gales", "Advertise with us"),
        keep=("The privacy policy changed in May, and users were asked to accept it again.",
              "Datenschutz\n\nDie App speichert keine Daten auf fremden Servern, sagt der Hersteller."),
        reason="site footer",
    ),
    Rule(
        id="navigation.footer-links",
        description='A row of footer links: "About Us | Contact | Privacy Policy | Terms of Use".',
        pattern=r"""
            (?:(?:about(?:[^\S\n]+us)?|contact(?:[^\S\n]+us)?|privacy(?:[^\S\n]+(?:policy|notice|settings))?|terms(?:[^\S\n]+(?:of[^\S\n]+(?:use|service)|and[^\S\n]+conditions|&[^\S\n]+conditions))?
                |cookie[^\S\n]+(?:policy|settings)|advertise(?:[^\S\n]+with[^\S\n]+us)?|careers|jobs|sitemap|site[^\S\n]+map|help|faq|rss|accessibility
                |disclaimer|imprint|impressum|masthead|home|newsletters?|subscribe|corrections|ethics|editorial[^\S\n]+policy|archives?|contributors)
               [^\S\n]*(?:[|\u2022\u00b7/][^\S\n]*|$)){3,}
        """,
        verbose=True,
        confidence="medium",
        remove=("About Us | Contact | Privacy Policy | Terms of Use",),
        keep=("Contact us about privacy, the notice said, and the company would answer within a month.",),
        reason="site footer",
    ),
    Rule(
        id="navigation.medium-card",
        description="A link alone on its line that Medium marks as its page's furniture (\"?source=post_page---"
                    "post_publication_info--...\"): the publication's and the author's cards under a post, its "
                    "sidebar, the reply box and the posts recommended after it. Seen in scraped posts of "
                    "infosecwriteups.com, blog.palantir.com, BlaBlaCar's, blog.prototypr.io and towardsdev.com "
                    "(public repositories) and three of the Markdown scrapes.",
        # The author card's heading ("[**Written by Jane Doe**](...)") is left to `navigation.page-end`, which takes
        # the page from there.
        pattern=r"""(?![\[*_\t\x20]*written[^\S\n]+by\b)(?:[\u00b7\u2022][^\S\n]*)?\[[^\n]{0,300}\]\([^)\s]*[?&]source=post_page-+(?:post_publication_info|post_author_info|post_publication_sidebar
                     |publication_nav|author_recirc|read_next_recirc|post_responses)-[^)\s]*\)""",
        verbose=True,
        remove=("[440 Followers](https://medium.com/example/followers?source=post_page---post_publication_info--3cc3b05c266"
                "---------------------------------------)",
                "[![Example](https://miro.medium.com/v2/resize:fill:96:96/1.png)](https://example.org/?source=post_page---"
                "post_publication_info--4be2e65167f4---------------------------------------)"),
        keep=("[Jane Doe](https://medium.com/@jane?source=post_page---byline--3cc3b05c266---------------------------------------)",
              "The figures are [in the report](https://example.org/report) and the council's minutes."),
        reason="Medium's page furniture",
    ),
]

# Retired, never to be reused: `navigation.button-row` (a row of button labels spaced apart among the last
# lines). No scraped text outside one dev document showed such a row, so it belongs to `cleaner learn`.
