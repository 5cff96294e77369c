"""The catalog's wordings in German, French, Spanish, Portuguese and Italian (and, for the commonest
labels, Dutch, Polish, Swedish and Russian), by concept.

Family modules add these to their English phrases, so one rule id covers every language.
"""

from __future__ import annotations

from ..rules import phrases

#: concept -> language -> wordings (matched whole-line and case-insensitively, like English ones)
WORDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "read-more": {
        "de": ("Weiterlesen", "Mehr lesen", "Mehr erfahren", "Lesen Sie mehr", "Zum Artikel", "Artikel lesen", "Mehr dazu"),
        # Wordings start with a word of three letters or more: the inline scan looks for them first.
        "fr": ("Lire la suite", "Lire plus", "Continuer la lecture", "Lire l'article"),
        "es": ("Leer más", "Seguir leyendo", "Continuar leyendo", "Sigue leyendo"),
        "pt": ("Leia mais", "Continue lendo", "Continuar lendo", "Saiba mais", "Continuar a ler"),
        "it": ("Leggi di più", "Continua a leggere", "Leggi tutto", "Scopri di più", "Leggi l'articolo"),
        "nl": ("Lees meer", "Lees verder"),  # each first word is one more look-up in every document
        "pl": ("Czytaj więcej", "Czytaj dalej"),
        # Swedish: each a read-more link in the templates of eight or more unrelated projects in public
        # repositories (news and blog front ends, newsletters)
        "sv": ("Läs mer", "Läs hela artikeln"),
        # Not Russian: a wording that starts with a non-ASCII letter leaves the inline scan no word
        # to look for first, and it would try every full stop of every document.
    },
    "read-original": {
        "de": ("Zum Originalartikel", "Originalartikel lesen", "Den ganzen Artikel lesen", "Zum vollständigen Artikel"),
        "fr": ("Lire l'article original", "Lire l'article complet", "Voir l'article original"),
        "es": ("Leer el artículo original", "Ver artículo original", "Leer artículo completo", "Leer la nota completa"),
        "pt": ("Leia o artigo original", "Ler artigo completo", "Leia a matéria completa", "Ver artigo original"),
        # "Leggi articolo completo" without the article: ten unrelated projects' links in public repositories
        "it": ("Leggi l'articolo originale", "Leggi l'articolo completo", "Leggi articolo completo", "Vai all'articolo originale"),
    },
    "source": {
        "de": ("Quelle", "Quelllink", "Zur Quelle"),
        "fr": ("Source", "Lien source", "Lien vers la source"),
        "es": ("Fuente", "Enlace a la fuente", "Enlace original"),
        "pt": ("Fonte", "Link da fonte", "Link original"),
        "it": ("Fonte", "Link alla fonte", "Link originale"),
    },
    "share": {
        "de": ("Teilen", "Teilen mit:", "Teile dies:", "Diesen Artikel teilen", "Artikel teilen", "Beitrag teilen",
               "Auf Facebook teilen", "Gefällt mir:", "Gefällt mir Wird geladen …", "Wird geladen …",
               "Teilen Sie dies mit:", "Liken Lade …", "Sharen mit:",  # WordPress.com's share bar (8, 19, 4 blogs there)
               "Twittern", "Mitteilen", "Seite teilen",  # share buttons (19 and 9 unrelated sites among the same saved pages)
               "Link kopieren"),  # spiegel.de, taz.de, n-tv.de, caritas.de, katapult-magazin.de and three more (saved pages)
        "fr": ("Partager", "Partager :", "Partager cet article", "Partagez cet article", "Partager sur Facebook",
               "J'aime :", "J'aime chargement…", "Chargement…",
               # lefigaro.fr, lemonde.fr (saved pages), a news aggregator's list of non-article lines, and the
               # share buttons of many projects' templates in public repositories
               "Copier le lien"),
        "es": ("Compartir", "Compartir esto:", "Comparte esto:", "Compartir este artículo", "Compartir en Facebook",
               "Compartir nota",  # 100noticias.com.ni, lacuarta.com, losandes.com.ar, unocero.com (saved pages)
               "Compartir esta noticia",  # a share widget's heading in six or more unrelated projects' news templates
               "Me gusta esto:", "Me gusta Cargando...", "Cargando..."),
        "pt": ("Compartilhe", "Compartilhar", "Compartilhe isso:", "Partilhar", "Partilhe isto:", "Compartilhar no Facebook",
               # a share widget's heading in six or more unrelated projects' templates, and in three scrapers'
               # lists of lines that are not the article, in public repositories
               "Compartilhe esta not\u00edcia",
               "Curtir isso:", "Gostar disto:", "Carregando...", "A carregar..."),
        "it": ("Condividi", "Condividi:", "Condividi questo articolo", "Condividi su Facebook", "Mi piace:",
               "Mi piace Caricamento...", "Caricamento..."),
        "nl": ("Delen", "Deel dit:", "Deel dit artikel", "Dit artikel delen", "Delen op Facebook"),
        "pl": ("Udostępnij", "Udostępnij artykuł", "Udostępnij ten artykuł", "Udostępnij na Facebooku",
               "Udostępnij na Twitterze"),  # forsal.pl, liberte.pl, wiadomosci.dziennik.pl (saved pages)
        "ru": ("Поделиться", "Поделиться в соцсетях", "Поделиться статьей", "Поделиться статьёй"),
    },
    "leave-a-comment": {
        "de": ("Kommentar hinterlassen", "Schreibe einen Kommentar", "Hinterlasse einen Kommentar", "Kommentar schreiben",
               "Kommentare", "Keine Kommentare", "Antworten", "Antwort hinterlassen", "Antworten abbrechen",
               "Schreibe einen Kommentar Antworten abbrechen", "Sei der Erste, der kommentiert", "Kommentar veröffentlichen",
               "Einen Kommentar schreiben", "Kommentar hinzufügen"),  # 3 unrelated sites among the saved pages of trafilatura's evaluation set
        # WordPress prints its cancel-reply link inside the form's title, so a scrape gives both on one
        # line ("Deja una respuesta Cancelar la respuesta": es_ES's own wording of the link, seen on three
        # unrelated sites in public repositories, as the French and Portuguese pairs are)
        "fr": ("Laisser un commentaire", "Laissez un commentaire", "Ajouter un commentaire", "Commentaires", "Répondre",
               "Laisser une réponse", "Annuler la réponse", "Soyez le premier à commenter", "Publier un commentaire",
               "Laisser un commentaire Annuler la réponse", "Laisser une réponse Annuler la réponse"),
        "es": ("Deja un comentario", "Dejar un comentario", "Deja una respuesta", "Comentarios", "Responder",
               "Cancelar respuesta", "Sé el primero en comentar", "Añadir comentario", "Publicar un comentario",
               "Cancelar la respuesta", "Deja una respuesta Cancelar la respuesta", "Deja un comentario Cancelar la respuesta"),
        "pt": ("Deixe um comentário", "Deixe uma resposta", "Deixar comentário", "Comentários", "Responder",
               "Cancelar resposta", "Seja o primeiro a comentar", "Postar um comentário",
               "Deixe um comentário Cancelar resposta", "Deixe uma resposta Cancelar resposta"),
        "it": ("Lascia un commento", "Lascia una risposta", "Commenti", "Rispondi", "Annulla risposta",
               "Scrivi un commento", "Aggiungi un commento", "Sii il primo a commentare", "Posta un commento",
               "Lascia un commento Annulla risposta", "Lascia una risposta Annulla risposta"),
        # dorzeczy.pl, portalspozywczy.pl, energetyka24.com, sportowefakty.wp.pl (saved pages, none in main text)
        "pl": ("Dodaj komentarz",),
    },
    "related": {
        "de": ("Ähnliche Artikel", "Verwandte Artikel", "Ähnliche Beiträge", "Das könnte Sie auch interessieren",
               "Das könnte dich auch interessieren", "Weitere Artikel", "Mehr zum Thema", "Auch interessant", "Empfohlene Artikel",
               # over other stories on 3 to 28 unrelated sites each (saved pages of public extraction test sets)
               "Meistgelesen", "Meistgelesene Artikel", "Neueste Artikel", "Weitere Nachrichten",
               # WordPress's sidebar widgets in German (27 and 24 blogs there)
               "Neueste Kommentare", "Neueste Beiträge",
               # alone on a line, where the rules left them, on 13 and 4 unrelated sites there
               "Lesen Sie auch", "Siehe auch",
               # WordPress's and news sites' widget headings there: 11, 7, 7, 7, 8, 5, 9, 6 unrelated sites
               "Letzte Kommentare", "Neue Kommentare", "Beliebte Artikel", "Letzte Artikel", "Aktuelle Beiträge",
               "Neue Beiträge", "Alle Artikel", "Verwandte Themen",
               # the most-commented widget: heise.de, golem.de, rp-online.de and four more (saved pages of public
               # extraction test sets); "more topics" over a list of others (dw.com, faz.net, nzz.ch, wdr.de and six more)
               "Meistkommentiert", "Weitere Themen",
               # fundus' saved news pages and the others: abendblatt.de, laola1.at, mein-mmo.de (6 sites of 3
               # publishers); dw.com, motorsport-total.com, tagesanzeiger.ch, topagrar.com, chefkoch.de
               "Weitere Videos", "Die Redaktion empfiehlt"),
        "fr": ("Articles similaires", "Articles liés", "Articles connexes", "Vous aimerez aussi", "Vous pourriez aussi aimer",
               "Sur le même sujet", "À lire aussi", "Lire aussi", "Les plus lus",
               "Articles les plus lus",  # gala.fr, lopinion.fr, francais.radio.cz, laviedesidees.fr (saved pages)
               "Sur le m\u00eame th\u00e8me",  # gala.fr, lefigaro.fr, infocomcgt.fr (saved pages)
               "En continu"),  # a live news list's heading: lemonde.fr, lesechos.fr, fr.euronews.com (saved pages)
        "es": ("Artículos relacionados", "Noticias relacionadas", "Entradas relacionadas", "También te puede interesar",
               "Te puede interesar", "Te recomendamos", "Más noticias", "Lo más leído", "Más leídas",
               "Las más leídas", "Temas relacionados",  # 5 and 7 unrelated sites among the same saved pages
               "Noticias destacadas",  # a featured-news widget's heading in ten unrelated projects' templates
               "Últimas noticias",  # 15 unrelated sites among the saved pages (clarin.com, ambito.com, eltiempo.com ...)
               "Lo último",  # 24horas.cl, elcomercio.pe, eltiempo.com, lacuarta.com, publimetro.cl
               # elpais.com, eltiempo.com, laprensagrafica.com, latribuna.hn, panamaamerica.com.pa, libero.pe (saved
               # pages of public extraction test sets), defensa.com (a text dump)
               "Lo más visto"),
        "pt": ("Artigos relacionados", "Notícias relacionadas", "Posts relacionados", "Você também pode gostar",
               "Veja também", "Leia também", "Mais notícias",
               "Mais lidas",  # correiobraziliense.com.br, correio24horas.com.br, folha.uol.com.br (saved pages)
               "Últimas notícias"),  # brasil247.com, campograndenews.com.br, correio24horas.com.br, gazetadopovo.com.br
        "it": ("Articoli correlati", "Notizie correlate", "Post correlati", "Potrebbe interessarti anche",
               "Ti potrebbe interessare", "Leggi anche", "Altri articoli"),
        # alone on a line over a list of links: "Czytaj także" on polityka.pl, dorzeczy.pl, wpolityce.pl; "Czytaj
        # też" on dwutygodnik.com, polityka.pl, dorzeczy.pl; "Zobacz także" on radiomaryja.pl, wsieciprawdy.pl,
        # energetyka24.com (saved pages of trafilatura's evaluation set, none in main text)
        "pl": ("Czytaj także", "Czytaj też", "Zobacz także",
               # "we recommend", "latest", "popular": 5, 4 and 3 unrelated sites among the same saved pages
               "Polecamy", "Najnowsze", "Popularne",
               # most read: sportowefakty.wp.pl, wirtualnemedia.pl, wiadomosci.gazeta.pl (saved pages of public test sets)
               "Najpopularniejsze"),
    },
    "teaser-label": {
        "de": ("Lesen Sie auch", "Lies auch", "Auch interessant", "Mehr zum Thema"),
        "fr": ("Lire aussi", "À lire aussi", "Voir aussi", "À voir aussi"),
        "es": ("Lea también", "Lee también", "Te puede interesar", "Ver también"),
        "pt": ("Leia também", "Veja também", "Saiba mais"),
        "it": ("Leggi anche", "Vedi anche", "Potrebbe interessarti"),
        "nl": ("Lees ook", "Zie ook", "Ook interessant"),
        "pl": ("Czytaj także", "Czytaj też", "Przeczytaj też", "Przeczytaj także", "Zobacz też", "Zobacz także"),
        "ru": ("Читайте также", "Читай также", "Смотрите также", "Читайте еще", "Читайте ещё"),
    },
    # Advertisement markers: only the words sites print over an ad slot, never "Ad" in a language
    # where it is also a common word.
    "advertisement": {
        "de": ("Anzeige", "Werbung", "Weiter nach der Anzeige", "Artikel wird nach der Anzeige fortgesetzt"),
        "fr": ("Publicité", "Contenu sponsorisé"),
        "es": ("Publicidad", "Contenido patrocinado", "Sigue leyendo después de la publicidad"),
        "pt": ("Publicidade", "Conteúdo patrocinado", "Continua depois da publicidade", "Continua após a publicidade"),
        "it": ("Pubblicità", "Contenuto sponsorizzato", "Continua dopo la pubblicità"),
        "nl": ("Advertentie", "Gesponsorde inhoud"),
        "pl": ("Reklama", "Artykuł sponsorowany"),
        # Not Russian ("Реклама"): a line rule whose wordings all start with an ASCII letter is
        # found by one literal scan; one that starts with another letter costs a pattern scan.
    },
}

#: Regex pieces for sentence templates that differ by language (checked like any rule pattern).
NEWSLETTER = r"""
    (?:newsletter|boletín|boletim|bulletin|infolettre)
"""
NEWSLETTER_VERBS = r"""
    (?:abonnieren|anmelden|melden[^\S\n]+sie[^\S\n]+sich|abonnez|inscrivez|s['\u2019]abonner|s['\u2019]inscrire|recevez
      |suscr[ií]b(?:e|ete|ir(?:se)?|ase)|rec[ií]b(?:e|a|ir)|assin(?:e|a|ar)|inscreva(?:-se)?|receba|iscriv(?:iti|etevi)|abbonati|ricevi)\b
"""
COOKIE_SUBJECT = r"""
    (?:wir[^\S\n]+(?:verwenden|nutzen|benutzen|setzen)|(?:diese|unsere)[^\S\n]+(?:website|webseite|seite|homepage)[^\S\n]+(?:verwendet|benutzt|nutzt|setzt)
      |nous[^\S\n]+utilisons|ce[^\S\n]+site[^\S\n]+utilise|utilizamos|usamos
      |este[^\S\n]+(?:sitio(?:[^\S\n]+web)?|site)[^\S\n]+(?:utiliza|usa)|utilizziamo|questo[^\S\n]+sito[^\S\n]+(?:utilizza|usa))
    [^\S\n]+(?:des[^\S\n]+|i[^\S\n]+|los[^\S\n]+|as[^\S\n]+|os[^\S\n]+)?cookies?
"""
COOKIE_CONSENT = r"""
    (?:akzept|einverst|datenschutz|zustimm|accept|consent|navigation|navegaci[oó]n|navega[cç][aã]o|navigazione
      |privacy|confidentialit|privacidad|privacidade|exp[ée]rience|experiencia|experi[eê]ncia|esperienza|continu|utilisation
      |verbessern|bereitzustellen|analysieren|essenziell|notwendig|einstellungen)
"""
#: "Follow us on Facebook" in German, French, Italian and Portuguese (Spanish "Síguenos" would start with
#: one ASCII letter: see performance.md). Few first words: each is one more look-up in every document
#: for engagement.follow-us, whose start is not a literal.
FOLLOW = r"""
    (?:folg(?:en[^\S\n]+sie|e)[^\S\n]+uns|suivez[^\S\n]*-?[^\S\n]*nous|segui(?:ci|[^\S\n]*-[^\S\n]*nos)|siga(?:m)?[^\S\n]*-[^\S\n]*nos
      # Spanish (eluniversal.com, trome.pe, libero.pe, nytimes.com/es among the saved pages) and Polish ("Obserwuj nas
      # na Google News": dorzeczy.pl; a Polish scraper's list of lines to strip), the network's name declined
      |s[ií]guenos|obserwuj[^\S\n]+nas|\u015bled\u017a[^\S\n]+nas)
    [^\S\n]+(?:auf|bei|sur|su|no|na|nas|nos|em|en|w)[^\S\n]+(?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon
      |whatsapp|telegram|google[^\S\n]+(?:news|actualit[ée]s|not[ií]cias)|pinterest|flipboard|les[^\S\n]+r[ée]seaux[^\S\n]+sociaux|social
      |redes[^\S\n]+sociales)(?:u|ze|ie|a|e)?\b[^\n]{0,60}
  # Brazilian news sites' channel prompt, "Siga o canal do g1 no WhatsApp", or its button alone: in the lists of
  # lines to strip of four unrelated Brazilian news scrapers in public repositories
  | siga[^\S\n]+o[^\S\n]+canal(?:[^\S\n]+(?:do|da|de|dos|das)[^\S\n]+[^\n]{1,60}?
      [^\S\n]+(?:no|na)[^\S\n]+(?:whatsapp|telegram|youtube|instagram|google[^\S\n]+not[ií]cias))?[^\S\n]*[.!]?(?=[^\S\n]*$)
"""
#: A paywall's notice: "Article réservé aux abonnés", "Il vous reste 80% de cet article à lire", "Dieser Artikel ist nur
#: für Abonnenten", "Este contenido es exclusivo para suscriptores", "Questo articolo è riservato agli abbonati".
PAYWALL = r"""
    (?:article|cet\ article(?:[^\S\n]+est)?|la\ suite[^\S\n]+(?:de[^\S\n]+cet[^\S\n]+article[^\S\n]+)?est|ce\ contenu[^\S\n]+est)
      [^\S\n]+r[ée]serv[ée]e?[^\S\n]+aux[^\S\n]+abonn[ée]s\b(?:[^\S\n]*[.!:][^\n]{0,120})?
  | il\ vous\ reste[^\S\n]+\d{1,3}[^\S\n]*%[^\S\n]+(?:de[^\S\n]+cet[^\S\n]+article[^\S\n]+)?[àa][^\S\n]+(?:lire|d[ée]couvrir)\b(?:[^\S\n]*[.!:][^\n]{0,120})?
  | dieser[^\S\n]+(?:artikel|beitrag|inhalt|plus-artikel)[^\S\n]+ist[^\S\n]+(?:nur|exklusiv)[^\S\n]+f[üu]r[^\S\n]+(?:abonnenten|abonnentinnen|abonnierende|digital-abonnenten)(?:[^\S\n]+(?:verf[üu]gbar|zug[äa]nglich|lesbar))?\b(?:[^\S\n]*[.!:][^\n]{0,120})?
  | (?:este|esta)[^\S\n]+(?:contenido|art[ií]culo|nota|conte[uú]do|artigo|mat[ée]ria)[^\S\n]+(?:es|[ée])[^\S\n]+exclusiv[oa][^\S\n]+(?:para|de)[^\S\n]+(?:suscriptores|assinantes|socios|abonados)\b(?:[^\S\n]*[.!:][^\n]{0,120})?
  | (?:questo[^\S\n]+(?:articolo|contenuto)[^\S\n]+[èe]|contenuto|articolo)[^\S\n]+riservato[^\S\n]+agli[^\S\n]+abbonati\b(?:[^\S\n]*[.!:][^\n]{0,120})?
"""
ORIGINALLY = r"""
    (?:dieser[^\S\n]+(?:artikel|beitrag)[^\S\n]+(?:erschien|ist)[^\S\n]+(?:zuerst|urspr[uü]nglich)[^\n]{0,20}?[^\S\n]+(?:auf|bei|in)
      |(?:zuerst[^\S\n]+erschienen|urspr[uü]nglich[^\S\n]+ver[oö]ffentlicht)[^\S\n]+(?:auf|bei|in)
      |der[^\S\n]+beitrag[^\S\n]+[^\n]{1,300}?[^\S\n]+erschien[^\S\n]+zuerst[^\S\n]+auf
      |cet[^\S\n]+article[^\S\n]+(?:a[^\S\n]+[ée]t[ée][^\S\n]+publi[ée]|est[^\S\n]+paru)[^\S\n]+(?:initialement|à[^\S\n]+l['\u2019]origine|en[^\S\n]+premier)[^\S\n]+(?:sur|dans)
      |publi[ée][^\S\n]+initialement[^\S\n]+(?:sur|dans)
      |l['\u2019]article[^\S\n]+[^\n]{1,300}?[^\S\n]+est[^\S\n]+apparu[^\S\n]+en[^\S\n]+premier[^\S\n]+sur
      |este[^\S\n]+art[ií]culo[^\S\n]+fue[^\S\n]+publicado[^\S\n]+originalmente[^\S\n]+en
      |la[^\S\n]+entrada[^\S\n]+[^\n]{1,300}?[^\S\n]+se[^\S\n]+public[oó][^\S\n]+primero[^\S\n]+en
      |este[^\S\n]+artigo[^\S\n]+foi[^\S\n]+publicado[^\S\n]+originalmente[^\S\n]+(?:em|no|na)
      |(?:publicado|publicada)[^\S\n]+originalmente[^\S\n]+(?:en|em|no|na)
      |o[^\S\n]+post[^\S\n]+[^\n]{1,300}?[^\S\n]+apareceu[^\S\n]+primeiro[^\S\n]+em
      |questo[^\S\n]+articolo[^\S\n]+[èe][^\S\n]+stato[^\S\n]+pubblicato[^\S\n]+(?:originariamente|originalmente|per[^\S\n]+la[^\S\n]+prima[^\S\n]+volta)[^\S\n]+(?:su|in)
      |pubblicato[^\S\n]+(?:originariamente|originalmente)[^\S\n]+(?:su|in)
      |l['\u2019]articolo[^\S\n]+[^\n]{1,300}?[^\S\n]+proviene[^\S\n]+da
      # Polish: "Artykuł pierwotnie ukazał się w JAVA exPress" (javaexpress.pl's republished article), "Wywiad ukazał
      # się pierwotnie na łamach ..." (pkb24.pl), "Tekst ukazał się pierwotnie w {outlet}" (a publisher's template);
      # the piece named first, not a comic or an album that "pierwotnie ukazał się w 1987 roku"
      |(?:ten[^\S\n]+)?(?:tekst|artyku[łl]|wywiad|wpis|felieton|materia[łl]|reporta[żz])[^\S\n]+
        (?:uka[zż]a[łl][^\S\n]+si[ęe][^\S\n]+pierwotnie|pierwotnie[^\S\n]+uka[zż]a[łl][^\S\n]+si[ęe])[^\S\n]+(?:w|na)\b)
    [^\n,;]{0,160}
"""


def words(concept: str) -> tuple[str, ...]:
    """Every language's wordings of a concept."""
    return tuple(w for wordings in WORDINGS[concept].values() for w in wordings)


#: A day's date as news sites print it: "01.12.2017", "09.28.15", "5. November 2021", "1 mars 2019",
#: "April 30, 2022", "13 июля 2016" (a fragment for patterns; no time).
DATE = (r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?[^\S\n]+\p{L}{3,9}\.?,?[^\S\n]+\d{4}"
        r"|\p{L}{3,9}\.?[^\S\n]+\d{1,2}(?:st|nd|rd|th)?,?[^\S\n]+\d{4})")


def alternation(concept: str) -> str:
    """A `phrases()` regex of every language's wordings of a concept."""
    return phrases(*words(concept))
