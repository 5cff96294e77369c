"""Comment, sharing and follow chrome: "Leave a Comment", "Share this:", "Follow us on ..."."""

from __future__ import annotations

from ..rules import NOT_LISTED, NOT_REPORTED, Rule, phrases
from .languages import FOLLOW, alternation, words

_NETWORKS = r"""(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|tumblr|telegram|email|e-mail|mail|pocket
    |google\+?|google[^\S\n]+news|instagram|threads|mastodon|bluesky|flipboard|messenger|sms|print|skype|viber|line|vk|xing)"""
_NEW_WINDOW = r"\(opens[^\S\n]+in[^\S\n]+new[^\S\n]+window\)"  # WordPress's note on its share links
#: An article of three paragraphs, for the examples of rules that need the article above them.
_ARTICLE = ("The council opened the new bridge on Saturday, and hundreds of people walked across it in the rain.\n\n"
            "The mayor said the work had finished two months early and well under the budget set last year.\n\n"
            "Traffic on the old road is expected to fall by half, the council said in a statement on Monday.\n\n")
_CIRCLE = r"(?:your[^\S\n]+|all[^\S\n]+)?(?:friends|family|network|followers|colleagues)"  # whom a prompt asks you to share with

RULES = [
    Rule(
        id="engagement.leave-a-comment",
        description='A comment prompt standing alone: "Leave a Comment", "Leave a Reply", "Be the first to comment".',
        pattern=phrases(
            "Leave a comment", "Leave a reply", "Leave a reply Cancel reply", "Cancel reply", "Post a comment",
            "Add a comment", "Add comment", "Write a comment", "Submit a comment", "Post comment", "Submit comment",
            "Be the first to comment", "Comments are closed", "Comments closed", "Join the discussion",
            "Join the conversation", "Click here to comment", "Have your say", "Leave your comment",
            "What do you think?", "Discuss this article", "Comments", "Comment", "Reply",
            "Leave a comment (comments are moderated)", "Leave a reply (comments are moderated)",
            "You must be logged in to post a comment", "Show comments", "View comments", "Hide comments",
            "Load comments", "Read comments", "Add your two cents", "Let us know in the comments",
            "Let us know what you think in the comments", "Tell us what you think in the comments below",
            "Comments are moderated", "Log in to reply", "Log in to comment", *words("leave-a-comment"),
            "Let us know in the comments below", "Tell us what you think in the comments",
            "What do you think? Let us know in the comments", "What do you think? Let us know in the comments below",
            "Share your thoughts in the comments", "Share your thoughts in the comments below", "Comment on this story",
            "Comment on this article", "Comments have been disabled", "Comments are disabled",  # "... for this article": below
            "Loading comments...", "Click to comment",
        ) + r"""|(?:(?:what|which|who|how|why|do|did|are|is|have|would|will|can)\b[^\n?]{0,80}\?[^\S\n]+)?"""
        # "Let us know your thoughts in the comments section below."
        r"""(?:let\ us\ know|tell\ us|share\ your|leave\ your|leave\ them|drop\ (?:us|me|your|them)|post\ your|sound\ off)\b""" + NOT_REPORTED
        + r"""(?:[^\S\n]+(?:your|what|you|think|a|us|them|it|thoughts|opinions?|views|comments?|feedback|questions?|and|below|down)){0,5}"""
        r"""[^\S\n]+in[^\S\n]+the[^\S\n]+comments?(?:[^\S\n]+section)?(?:[^\S\n]+below)?"""
        r"""|(?:leave\ a|drop\ a|drop\ us\ a|drop\ me\ a|post\ a)[^\S\n]+comment[^\S\n]+below"""
        r"""|(?:comments|commenting)[^\S\n]+(?:are|is|have[^\S\n]+been|has[^\S\n]+been)[^\S\n]+(?:closed|disabled|turned[^\S\n]+off|not[^\S\n]+available|unavailable)"""
        r"""[^\S\n]+(?:for|on)[^\S\n]+this[^\S\n]+(?:article|story|post|page)"""
        r"""|be[^\S\n]+the[^\S\n]+first[^\S\n]+to[^\S\n]+comment[^\S\n]+on[^\S\n]+"""
        r"""(?:["\u201c][^\n"\u201d]{1,200}["\u201d]|['\u2018][^\n'\u2019]{1,200}['\u2019]|this[^\S\n]+(?:article|story|post))[.!]?""",
        remove=("Leave a Comment", "Leave a Reply", "Be the first to comment", "## Leave a Comment [\u00bb](#postcomment)",
                "What do you think? Let us know in the comments below.", "Comment on this story",
                'Be the first to comment on "How to Grow Tomatoes"', "Loading comments...",
                "Schreibe einen Kommentar", "Laisser un commentaire", "Deja un comentario", "Deixe um comentário", "Lascia un commento",
                "Let us know your thoughts in the comments section below.", "Sound off in the comments below!",
                "Which one is your favourite? Let us know in the comments.", "Drop a comment below",
                "Comments have been closed for this article."),
        keep=("He declined to leave a comment when reached on Friday.",
              "Be the first to comment on the plan, the mayor urged residents at the meeting.",
              "Share your views in the comments, the editor wrote, and we will print the best.",
              "Leave a comment below the video and the channel may answer it."),
        reason="comment widget",
    ),
    Rule(
        id="engagement.comment-section",
        description='The comment section below the article, from its heading ("Leave a Reply", "12 thoughts on '
                    '“...”", "3 Comments") to the end of the page: the comments, the form, what follows.',
        pattern=phrases(
            "Leave a comment", "Leave a reply", "Leave a reply Cancel reply", "Post a comment", "Add a comment",
            "Write a comment", "Leave your comment", "Join the discussion", "Join the conversation",
            "Be the first to comment", "Comments are closed", "Loading comments...", "Show comments", "View comments",
            "Load comments",
            # Substack's: in scraped posts of The Neural Maze, danicasimic.substack.com and Neo Kim's
            # system design newsletter in public repositories
            "Discussion about this post",
            "Kommentar hinterlassen", "Schreibe einen Kommentar", "Hinterlasse einen Kommentar", "Kommentar schreiben",
            "Antwort hinterlassen", "Laisser un commentaire", "Laissez un commentaire", "Ajouter un commentaire",
            "Laisser une réponse", "Deja un comentario", "Dejar un comentario", "Deja una respuesta",
            "Añadir comentario", "Deixe um comentário", "Deixe uma resposta", "Deixar comentário",
            "Lascia un commento", "Lascia una risposta", "Scrivi un commento", "Aggiungi un commento",
        ) + r"""|(?:\d[\d,.]*|one|no)[^\S\n]+(?:comments?|responses?|replies|thoughts?)"""
        r"""(?:[^\S\n]+(?:on|to)[^\S\n]+["\u201c\u201e][^\n]{1,200})?|comments?[^\S\n]*\(\d+\)""",
        scope="section",
        confidence="medium",  # a structure, not a wording: the heading stands where a comment section starts
        remove=(_ARTICLE + "Leave a Reply\nAnna says:\nMarch 3, 2024 at 9:12 am\nLovely piece, thanks for writing it.\n"
                "Reply\nName *\nEmail *",
                _ARTICLE + "2 thoughts on \u201cThe new bridge\u201d\nTom\nI walked across it on Sunday.\n",
                _ARTICLE + "Discussion about this post\nComments Restacks\nWrite a comment...\nTom\nJun 18\nI walked across it.\n"),
        keep=("Leave a Reply\n\n" + _ARTICLE,
              _ARTICLE + "Join the discussion\n\n" + _ARTICLE + _ARTICLE,
              _ARTICLE + "The residents will be able to leave a comment on the plans until the end of May."),
        reason="comment section",
    ),
    Rule(
        id="engagement.comment-count",
        description='Comment counters: "0 Comments", "No comments:", "3 Responses", "12 thoughts on ...".',
        pattern=r"""
            (?:\d[\d,.]*[^\S\n]*k?|one|zero)[^\S\n]+(?:comments?|responses?|replies|reply|thoughts?[^\S\n]+on[^\S\n]+["\u201c][^\n]{1,120})(?:[^\S\n]+yet)?
          # WordPress themes' "12 Responses to “Title”", "5 Kommentare zu „Titel“" (8 blogs among the saved
          # pages of trafilatura's evaluation set)
          | (?:\d[\d,.]*|one|no)[^\S\n]+(?:comments?|responses?|replies|antworten|kommentare|r\u00e9ponses?|commentaires?)[^\S\n]+
            (?:to|on|zu|auf|\u00e0|sur)[^\S\n]+["\u201c\u201e\u00ab][^\n]{1,200}
          | no[^\S\n]+(?:comments|responses|replies)(?:[^\S\n]+yet)?  # "No comment." is an answer
          | (?:view|show|read|load|see)[^\S\n]+(?:all[^\S\n]+)?\d*[^\S\n]*comments?(?:[^\S\n]*\(\d+\))?
          # German comment buttons ("Alle Kommentare anzeigen", "Kommentieren": 8 and 10 unrelated sites among
          # the saved pages, none in main text)
          | (?:alle[^\S\n]+)?\d*[^\S\n]*kommentare[^\S\n]+(?:anzeigen|lesen|laden) | (?:jetzt[^\S\n]+)?kommentieren
          | comments?[^\S\n]*\(\d+\)
          # the same in German: "Kommentare (0)" alone on a line on 7 unrelated sites among the saved pages
          # (gamestar.de, tierwelt.ch, sportnews.bz, apolut.net, sn.at, tageszeitung.it ...), never main text
          | kommentare[^\S\n]*\(\d+\)
          # The same counters in other languages, as blog platforms print them (Blogger's "No hay
          # comentarios:", "1 comentario:"; "0comentário", "5comentários" glued to their digits)
          | \d[\d,.]*[^\S\n]*(?:comentarios?|coment\u00e1rios?|commenti|commento|kommentare?|commentaires?|reacties|reactie
              |komentarz(?:y|e)?)[^\S\n]*:?
          | (?:no[^\S\n]+hay|sin|sem|nessun|keine|aucun|geen|brak)[^\S\n]+(?:comentarios?|coment\u00e1rios?|commenti|commento
              |kommentare|commentaires?|reacties|komentarzy)[^\S\n]*:?
        """,
        verbose=True,
        remove=("0 Comments", "No comments:", "12 thoughts on \u201cHow to Grow Tomatoes\u201d", "View all 14 comments",
                "One Response to \u201cHow to Grow Tomatoes\u201d", "5 Kommentare zu \u201eTomaten im Topf\u201c",
                "No hay comentarios:", "1 comentario:", "5coment\u00e1rios", "sem coment\u00e1rio", "12 Kommentare",
                "Alle Kommentare anzeigen", "Kommentieren", "Kommentare (0)"),
        keep=("No comments were made at the hearing, the clerk said.", "Sin comentarios, dijo el alcalde, y se fue."),
        reason="comment widget",
    ),
    Rule(
        id="engagement.comment-form",
        description='Comment form labels: "Please enter your comment!", "Your email address will not be published."',
        pattern=r"""
            please[^\S\n]+enter[^\S\n]+(?:your[^\S\n]+)?(?:comment|name(?:[^\S\n]+here)?|email(?:[^\S\n]+address)?(?:[^\S\n]+here)?)
          | you[^\S\n]+have[^\S\n]+entered[^\S\n]+an[^\S\n]+incorrect[^\S\n]+email[^\S\n]+address
          | your[^\S\n]+email[^\S\n]+address[^\S\n]+will[^\S\n]+not[^\S\n]+be[^\S\n]+published\.?(?:[^\S\n]+required[^\S\n]+fields[^\S\n]+are[^\S\n]+marked[^\S\n]*\*?)?
          | required[^\S\n]+fields[^\S\n]+are[^\S\n]+marked[^\S\n]*\*?
          | save[^\S\n]+my[^\S\n]+name,?[^\S\n]+email,?[^\S\n]+(?:and[^\S\n]+)?website[^\S\n]+in[^\S\n]+this[^\S\n]+browser[^\n]{0,60}
          | notify[^\S\n]+me[^\S\n]+of[^\S\n]+(?:follow-up[^\S\n]+comments|new[^\S\n]+(?:posts|comments))[^\n]{0,40}
          | this[^\S\n]+site[^\S\n]+uses[^\S\n]+akismet[^\S\n]+to[^\S\n]+reduce[^\S\n]+spam\.?(?:[^\S\n]+learn[^\S\n]+how[^\S\n]+your[^\S\n]+comment[^\S\n]+data[^\S\n]+is[^\S\n]+processed)?[^\n]{0,80}
          | (?:comment|name|email|website)[^\S\n]*\*
          | (?:e-mail|kommentar|webseite)[^\S\n]*\*   # German forms: 63, 10 and 11 sites of trafilatura's saved pages
          | (?:name|email|e-mail|mail|website)(?:[^\S\n]*(?:\((?:required|optional)\)|\((?:address[^\S\n]+)?never[^\S\n]+made[^\S\n]+public\)
              |\(will[^\S\n]+not[^\S\n]+be[^\S\n]+published\))){1,2}
          | write[^\S\n]+a[^\S\n]+comment(?:\.\.\.|\u2026)
          # WordPress.com's (Jetpack's) comment form, the same on every blog it hosts
          | fill[^\S\n]+in[^\S\n]+your[^\S\n]+details[^\S\n]+below[^\S\n]+or[^\S\n]+click[^\S\n]+an[^\S\n]+icon[^\S\n]+to[^\S\n]+log[^\S\n]+in:?(?:[^\S\n]+logo)?
          | you[^\S\n]+are[^\S\n]+commenting[^\S\n]+using[^\S\n]+your(?:[^\S\n]+[\w.+]+){0,2}[^\S\n]+account\.?
              (?:[^\S\n]*\(?[^\S\n]*log[^\S\n]+out[^\S\n]*/[^\S\n]*change[^\S\n]*\)?)?
          | (?:wordpress\.com[^\S\n]+logo|(?:twitter|facebook|google\+?)[^\S\n]+(?:picture|photo)) | connecting[^\S\n]+to[^\S\n]+%s
          | enter[^\S\n]+your[^\S\n]+comment[^\S\n]+here[^\S\n]*(?:\.\.\.|\u2026)?
          # The same form on German WordPress.com blogs: 23 to 27 unrelated blogs each among the saved pages
          # of trafilatura's evaluation set
          | trage[^\S\n]+deine[^\S\n]+daten[^\S\n]+unten[^\S\n]+ein[^\S\n]+oder[^\S\n]+klicke[^\S\n]+ein[^\S\n]+icon[^\S\n]+um[^\S\n]+dich[^\S\n]+einzuloggen:?
          | du[^\S\n]+kommentierst[^\S\n]+mit[^\S\n]+deinem[^\S\n]+[\w.+]+-konto\.?
              (?:[^\S\n]*\(?[^\S\n]*abmelden[^\S\n]*/[^\S\n]*\u00e4ndern[^\S\n]*\)?)?
          | verbinde[^\S\n]+mit[^\S\n]+%s | gib[^\S\n]+hier[^\S\n]+deinen[^\S\n]+kommentar[^\S\n]+ein[^\S\n]*(?:\.\.\.|\u2026)?
          | informiere[^\S\n]+mich[^\S\n]+\u00fcber[^\S\n]+neue[^\S\n]+(?:beitr\u00e4ge|kommentare)[^\S\n]+per[^\S\n]+e-mail\.?
          | benachrichtigung[^\S\n]+bei[^\S\n]+weiteren[^\S\n]+kommentaren[^\S\n]+per[^\S\n]+e-mail[^\S\n]+senden\.?
          | (?:name|e-mail|website)(?:[^\S\n]*(?:\((?:erforderlich|pflichtfeld)\)|\(adresse[^\S\n]+wird[^\S\n]+niemals[^\S\n]+ver\u00f6ffentlicht\))){1,2}
          | kommentar[^\S\n]+verfassen(?:[^\S\n]+antwort(?:en)?[^\S\n]+abbrechen)?
          # German WordPress and Drupal forms, each on 3 to 12 unrelated sites among the saved pages of
          # trafilatura's evaluation set, in no page's main text: the browser box in its three wordings,
          # the sign-in note, the form's heading run into its cancel link, Drupal's private-field note
          | meinen[^\S\n]+namen,?[^\S\n]+meine[^\S\n]+e-mail-adresse[^\S\n]+und[^\S\n]+meine[^\S\n]+website[^\S\n]+in[^\S\n]+diesem[^\S\n]+browser\b[^\n]{0,60}
          | (?:du[^\S\n]+musst|sie[^\S\n]+m\u00fcssen)[^\S\n]+angemeldet[^\S\n]+sein,?[^\S\n]+um[^\S\n]+einen[^\S\n]+kommentar[^\S\n]+abzugeben\.?
          | schreiben[^\S\n]+sie[^\S\n]+einen[^\S\n]+kommentar[^\S\n]+antwort(?:en)?[^\S\n]+abbrechen
          | kommentar[^\S\n]+hinterlassen[^\S\n]+antwort(?:en)?[^\S\n]+abbrechen | hinterlasse[^\S\n]+jetzt[^\S\n]+einen[^\S\n]+kommentar!?
          | e-mail[^\S\n]+adresse[^\S\n]+wird[^\S\n]+nicht[^\S\n]+ver\u00f6ffentlicht\.?
          | der[^\S\n]+inhalt[^\S\n]+dieses[^\S\n]+feldes[^\S\n]+wird[^\S\n]+nicht[^\S\n]+\u00f6ffentlich[^\S\n]+zug\u00e4nglich[^\S\n]+angezeigt\.?
          # WordPress core's comment form in German (15, 14, 10 and 9 unrelated sites among trafilatura's
          # saved pages), its cancel-reply link (6 in German, 2 in English) and the spam trap field that
          # comment and newsletter plugins print ("Leave this field blank": 7 sites; German: 7 and 8)
          | meinen[^\S\n]+namen,?[^\S\n]+(?:meine[^\S\n]+)?e-mail(?:-adresse)?[^\S\n]+und[^\S\n]+website[^\S\n]+in[^\S\n]+diesem[^\S\n]+browser[^\S\n]+speichern[^\n]{0,60}
          | diese[^\S\n]+website[^\S\n]+verwendet[^\S\n]+akismet,?[^\S\n]+um[^\S\n]+spam[^\S\n]+zu[^\S\n]+reduzieren\.?[^\n]{0,120}
          | benachrichtige[^\S\n]+mich[^\S\n]+\u00fcber[^\S\n]+(?:nachfolgende[^\S\n]+kommentare|neue[^\S\n]+(?:beitr\u00e4ge|kommentare))[^\S\n]+(?:via|per)[^\S\n]+e-mail\.?
          | click[^\S\n]+(?:here[^\S\n]+)?to[^\S\n]+cancel[^\S\n]+reply\.? | (?:hier[^\S\n]+)?klick(?:e|en)?,?[^\S\n]*um[^\S\n]+das[^\S\n]+antworten[^\S\n]+abzubrechen\.?
          | leave[^\S\n]+this[^\S\n]+field[^\S\n]+(?:blank|empty) | (?:bitte[^\S\n]+)?dieses[^\S\n]+feld[^\S\n]+leer[^\S\n]+lassen
          | wenn[^\S\n]+du[^\S\n]+ein[^\S\n]+mensch[^\S\n]+bist,?[^\S\n]+lasse[^\S\n]+das[^\S\n]+feld[^\S\n]+leer:?
          | \u0394
          | (?:please[^\S\n]+enable[^\S\n]+javascript[^\S\n]+to[^\S\n]+view[^\S\n]+the[^\S\n]+)?(?:blog[^\S\n]+)?comments[^\S\n]+powered[^\S\n]+by[^\S\n]+disqus\.?
          | subscribe[^\S\n]+to[^\S\n]*:?[^\S\n]+(?:post[^\S\n]+comments|posts|comments)(?:[^\S\n]*\(atom\))?
          # Blogger's comment feed link and a comment's buttons run together, in German (4 and 3 unrelated
          # blogs among the saved pages)
          | abonnieren[^\S\n]*:?[^\S\n]+(?:kommentare[^\S\n]+zum[^\S\n]+post|posts)[^\S\n]*\(atom\) | antworten[^\S\n]*l\u00f6schen
          | (?:deine|ihre)[^\S\n]+e-mail-adresse[^\S\n]+wird[^\S\n]+nicht[^\S\n]+ver[oö]ffentlicht\.?[^\n]{0,80}
          | votre[^\S\n]+adresse[^\S\n]+(?:e-?mail|de[^\S\n]+messagerie)[^\S\n]+ne[^\S\n]+sera[^\S\n]+pas[^\S\n]+publi[ée]e\.?[^\n]{0,90}
          | tu[^\S\n]+direcci[oó]n[^\S\n]+de[^\S\n]+correo(?:[^\S\n]+electr[oó]nico)?[^\S\n]+no[^\S\n]+ser[aá][^\S\n]+publicada\.?[^\n]{0,90}
          | o[^\S\n]+seu[^\S\n]+endere[cç]o[^\S\n]+de[^\S\n]+e-?mail[^\S\n]+n[aã]o[^\S\n]+ser[aá][^\S\n]+publicado\.?[^\n]{0,90}
          | il[^\S\n]+tuo[^\S\n]+indirizzo[^\S\n]+e-?mail[^\S\n]+non[^\S\n]+sar[aà][^\S\n]+pubblicato\.?[^\n]{0,90}
          # WordPress core's "Save my name, email, and website in this browser for the next time I comment."
          # in Spanish, French, Italian and Brazilian Portuguese (each seen on ten unrelated sites or
          # themes in public repositories)
          | guarda[^\S\n]+mi[^\S\n]+nombre,?[^\S\n]+correo[^\S\n]+electr[oó]nico[^\S\n]+y[^\S\n]+web[^\S\n]+en[^\S\n]+este[^\S\n]+navegador[^\n]{0,60}
          | enregistrer[^\S\n]+mon[^\S\n]+nom,?[^\S\n]+mon[^\S\n]+e-?mail[^\S\n]+et[^\S\n]+mon[^\S\n]+site[^\S\n]+dans[^\S\n]+le[^\S\n]+navigateur[^\n]{0,60}
          | salva[^\S\n]+il[^\S\n]+mio[^\S\n]+nome,?[^\S\n]+e-?mail[^\S\n]+e[^\S\n]+sito[^\S\n]+web[^\S\n]+in[^\S\n]+questo[^\S\n]+browser[^\n]{0,60}
          | salvar[^\S\n]+meus[^\S\n]+dados[^\S\n]+neste[^\S\n]+navegador[^\S\n]+para[^\S\n]+a[^\S\n]+pr[oó]xima[^\S\n]+vez[^\n]{0,40}
          | rss[^\S\n]+feed[^\S\n]+for[^\S\n]+comments[^\S\n]+on[^\S\n]+this[^\S\n]+post[^\n]{0,200}
          | (?:please[^\S\n]+)?(?:login|sign[^\S\n]+in|log[^\S\n]+in)(?:[^\S\n]+or[^\S\n]+(?:register|sign[^\S\n]+up))?[^\S\n]+to[^\S\n]+(?:comment|reply)\.?
          | (?:sign|log)[^\S\n]+in(?:[^\S\n]+or[^\S\n]+(?:register|sign[^\S\n]+up|create[^\S\n]+[^\n]{1,40}?))?[^\S\n]+to[^\S\n]+(?:leave|post|add|write|join|see|read|view)[^\S\n]+
            (?:a|the|your)?[^\S\n]*(?:comments?|reply|replies|discussion|conversation)\.?
        """,
        verbose=True,
        remove=("Please enter your comment!", "Your email address will not be published. Required fields are marked *",
                "Abonnieren Kommentare zum Post (Atom)", "AntwortenL\u00f6schen",
                "Guarda mi nombre, correo electr\u00f3nico y web en este navegador para la pr\u00f3xima vez que comente.",
                "Salvar meus dados neste navegador para a pr\u00f3xima vez que eu comentar.",
                "This site uses Akismet to reduce spam. Learn how your comment data is processed.", "Login to comment",
                "Please log in or register to comment.", "Email (Required)", "Write a Comment...",
                "Mail (will not be published) (required)", "Fill in your details below or click an icon to log in:",
                "You are commenting using your WordPress.com account. ( Log Out /  Change )", "Connecting to %s",
                "Du kommentierst mit deinem WordPress.com-Konto. ( Abmelden /  \u00c4ndern )", "Name (erforderlich)",
                "Benachrichtige mich \u00fcber nachfolgende Kommentare via E-Mail.", "Hier klicken, um das Antworten abzubrechen.",
                "Leave this field blank", "Wenn du ein Mensch bist, lasse das Feld leer:",
                "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser speichern, bis ich wieder kommentiere.",
                "Du musst angemeldet sein, um einen Kommentar abzugeben.", "Schreiben Sie einen Kommentar Antworten abbrechen",
                "Der Inhalt dieses Feldes wird nicht \u00f6ffentlich zug\u00e4nglich angezeigt."),
        keep=("Please enter your comments in the survey by Monday, the council asked residents.",
              "You are commenting using your account, the help page explains, when the icon turns blue."),
        reason="comment form",
    ),
    # "Please read our comment(ing) policy": blog.hubspot.com and Wirecutter (Disqus's notice), and the boilerplate
    # lists of two unrelated news scrapers. The "adhere to" form of the policy line was dropped: one site only.
    Rule(
        id="engagement.comment-policy",
        description='A pointer to the site\'s commenting policy: "Please read our comment policy before commenting." '
        "(seen on 4 unrelated sites: Disqus's notice, news sites' comment boxes).",
        pattern=r"(?:please[^\S\n]+(?:read|follow|review|respect)[^\S\n]+our[^\S\n]+comment(?:ing)?[^\S\n]+(?:policy|guidelines|rules)|comment[^\S\n]+policy[^\S\n]*:)" + NOT_REPORTED,
        scope="paragraph",
        confidence="medium",
        remove=("Please read our comment policy before you join the discussion.",),
        keep=("Our commenting policy changed in May, the editor wrote in a long note.",),
        reason="comment section notice",
    ),
    Rule(
        id="engagement.share-this",
        description='Share prompts: "Share this:", "Click to share on Facebook (Opens in new window)", "Like this:".',
        pattern=rf"""
            (?:share|tweet|post|send|email|pin)[^\S\n]+(?:this|it)(?:[^\S\n]+(?:article|story|post|page|on[^\S\n]+{_NETWORKS}))?
          | share[^\S\n]+(?:this|the)[^\S\n]+(?:article|story|post)[^\S\n]+(?:(?:on|via)[^\S\n]+[^\n]{{1,40}}
              |with[^\S\n]+{_CIRCLE}\b[^\n]{{0,30}})
          # Jetpack's buttons since 2025, one or several on a line ("Share on X (Opens in new window) X Share on
          # Facebook (Opens in new window) Facebook", "Print (Opens in new window)": emtunc.org,
          # engineering.fb.com, eclecticlight.co, abaditya.com)
          | (?:(?:share|post|send)[^\S\n]+(?:on|via|to|with)[^\S\n]+{_NETWORKS}(?:[^\S\n]*{_NEW_WINDOW}(?:[^\S\n]*{_NETWORKS})?)?[^\S\n]*)+
          | email[^\S\n]+a[^\S\n]+link[^\S\n]+to[^\S\n]+a[^\S\n]+friend(?:[^\S\n]*{_NEW_WINDOW})? | print[^\S\n]*{_NEW_WINDOW}(?:[^\S\n]*print)?
          # its Portuguese buttons ("Clique para compartilhar no Facebook(abre em nova janela)": aiqon.com.br,
          # giovannireisnunes.wordpress.com, jjasonhenrique.me)
          | clique[^\S\n]+para[^\S\n]+(?:compartilhar[^\S\n]+no|enviar|imprimir)\b[^\n(]{{0,60}}?[^\S\n]*\(abre[^\S\n]+em[^\S\n]+nova[^\S\n]+janela\)(?:[^\S\n]*[\w+.]+)?
          | share[^\S\n]+or[^\S\n]+comment[^\S\n]+on[^\S\n]+this[^\S\n]+(?:article|story)[^\S\n]*:?
          | \[?click[^\S\n]+to[^\S\n]+(?:share|email|print|tweet|pin)\b[^\n]{{0,60}}?(?:{_NEW_WINDOW})?(?:[^\S\n]*{_NETWORKS})?\]?(?:\([^\s)]*\))?
          | like[^\S\n]+this[^\S\n]*:?(?:[^\S\n]+like)?(?:[^\S\n]+loading(?:\.\.\.|\u2026)?)?
          | (?:like[^\S\n]+)?loading(?:\.\.\.|\u2026)
          | %d[^\S\n]+bloggers[^\S\n]+like[^\S\n]+this[^\S\n]*:?
          | (?:share|sharing)(?:[^\S\n]+(?:is|options|this|buttons|now))?
          | copy[^\S\n]+link | link[^\S\n]+copied(?:[^\S\n]+to[^\S\n]+(?:the[^\S\n]+|your[^\S\n]+)?clipboard)?!? | share[^\S\n]+via | spread[^\S\n]+the[^\S\n]+word
          | share[^\S\n]+(?:full[^\S\n]+)?article | (?:email|e-mail|send)[^\S\n]+(?:this[^\S\n]+(?:article|story|page)[^\S\n]+)?to[^\S\n]+a[^\S\n]+friend
          | (?:(?:did\ you\ (?:enjoy|like|love)|enjoyed|enjoy|liked|loved)[^\S\n]+(?:this|what[^\S\n]+you[^\S\n]+(?:read|see|saw))
              |like\ this|like\ what[^\S\n]+you[^\S\n]+(?:read|see|saw)|love\ this|found\ this)\b[^\n?]{{0,40}}\?[^\S\n]+(?:please[^\S\n]+)?share[^\S\n]+(?:it|this)\b[^\n.!,;]{{0,60}}[.!]?
          | (?:share|tweet)[^\S\n]+(?:share|tweet|pin|email)(?:[^\S\n]+(?:share|tweet|pin|email)){{0,4}}
          | email[^\S\n]+this[^\S\n]*blogthis!?[^\n]{{0,160}}
          # Blogger's share bar in any language: its e-mail label, "BlogThis!", its share labels (seen in
          # English, German and French on three unrelated blogs)
          | (?:[^\S\n]*[^\s.!?][^\n.!?]{{0,40}}?)?blogthis![^\n]{{0,160}}
          | gift[^\S\n]+(?:this[^\S\n]+)?(?:article|story)
          | if[^\S\n]+you[^\S\n]+(?:enjoyed|enjoy|liked|like|loved|love)[^\S\n]+(?:this|the|our)[^\S\n]+(?:article|post|story|piece|read)[,.!]?[^\S\n]+
            (?:please[^\S\n]+)?(?:share|like[^\S\n]+and[^\S\n]+share|consider[^\S\n]+sharing)
            (?:[^\S\n]+(?:it|this|the[^\S\n]+(?:article|post|story|piece|word|love))\b[^\n.!,;:]{{0,60}})?[.!]?
          | please[^\S\n]+(?:like[^\S\n]+and[^\S\n]+share|share[^\S\n]+(?:this|it)(?:[^\S\n]+(?:article|story|post|page))?
            (?:[^\S\n]+with[^\S\n]+(?:{_CIRCLE}|(?:your[^\S\n]+|all[^\S\n]+)?loved[^\S\n]+ones)(?:[^\S\n]+and[^\S\n]+(?:family|friends))?)?)[.!]?
          | share[^\S\n]+the[^\S\n]+post[^\S\n]+["\u201c][^\n]{{1,150}}["\u201d]
          | sharing[^\S\n]+is[^\S\n]+caring!? | spread[^\S\n]+the[^\S\n]+love
          | thanks[^\S\n]+for[^\S\n]+reading[^\n.!]{{0,60}}[.!][^\S\n]+this[^\S\n]+post[^\S\n]+is[^\S\n]+public[^\S\n]+so[^\S\n]+feel[^\S\n]+free[^\S\n]+to[^\S\n]+share[^\S\n]+it\.?
          | (?:a[^\S\n]+)?%d[^\S\n]+(?:bloggern?|blogueurs|blogueros|blogueiros|blogger)[^\S\n]+[^\n]{{1,60}}
          # WordPress.com's share-by-email errors (7 unrelated blogs in English, 18 in German, among the saved
          # pages of trafilatura's evaluation set) and its share buttons' German labels (8 and 6 blogs)
          | sorry,?[^\S\n]+your[^\S\n]+blog[^\S\n]+cannot[^\S\n]+share[^\S\n]+posts[^\S\n]+by[^\S\n]+e-?mail\.?
          | e-?mail[^\S\n]+check[^\S\n]+failed,?[^\S\n]+please[^\S\n]+try[^\S\n]+again
          | post[^\S\n]+was[^\S\n]+not[^\S\n]+sent[^\S\n]*[-\u2013][^\S\n]*check[^\S\n]+your[^\S\n]+e-?mail[^\S\n]+addresses!?
          | ihr[^\S\n]+blog[^\S\n]+kann[^\S\n]+leider[^\S\n]+keine[^\S\n]+beitr\u00e4ge[^\S\n]+per[^\S\n]+e-mail[^\S\n]+teilen\.?
          | e-mail-\u00fcberpr\u00fcfung[^\S\n]+fehlgeschlagen,?[^\S\n]+bitte[^\S\n]+versuche[^\S\n]+es[^\S\n]+noch[^\S\n]+einmal
          | beitrag[^\S\n]+nicht[^\S\n]+abgeschickt[^\S\n]*[-\u2013][^\S\n]*e-mail[^\S\n]+adresse[^\S\n]+kontrollieren!?
          | (?:klick|klicke|klicken),?[^\S\n]+um[^\S\n]+(?:\u00fcber|auf)[^\S\n]+[\w+.]+[^\S\n]+zu[^\S\n]+teilen[^\S\n]*(?:\(wird[^\S\n]+in[^\S\n]+neuem[^\S\n]+fenster[^\S\n]+ge\u00f6ffnet\))?
          | klicken[^\S\n]+zum[^\S\n]+ausdrucken[^\S\n]*(?:\(wird[^\S\n]+in[^\S\n]+neuem[^\S\n]+fenster[^\S\n]+ge\u00f6ffnet\))?
        """ + "|" + NOT_LISTED + alternation("share"),  # "- Delen" may be a list item
        verbose=True,
        remove=("Share this:", "Click to share on Twitter (Opens in new window)", "Like this: Loading\u2026", "%d bloggers like this:",
                "Email ThisBlogThis!Share to TwitterShare to Facebook", "Gift this article",
                "Envoyer par e-mailBlogThis!Partager sur TwitterPartager sur Facebook", "BlogThis!",
                "If you enjoyed this article, please share it.", "Please like and share.", "Please share this article",
                "If you like this post, please share it with your friends.", "Share or comment on this article:", "Share on X (Opens in new window)", "Print (Opens in new window)",
                "Share on X (Opens in new window) X Share on Facebook (Opens in new window) Facebook",
                "Clique para compartilhar no Facebook(abre em nova janela)", 'Share the post "How we built a shed"',
                "Thanks for reading The Garden Letter! This post is public so feel free to share it.",
                "Share full article", "Email to a friend", "Link copied to clipboard", "Enjoyed this article? Share it with your friends.",
                "Teilen mit:", "Partager :", "Compartir esto:", "Compartilhe isso:", "Condividi:", "%d Bloggern gef\u00e4llt das:",
                "Sorry, your blog cannot share posts by email.", "Post was not sent - check your email addresses!",
                "Klick, um \u00fcber Twitter zu teilen (Wird in neuem Fenster ge\u00f6ffnet)"),
        keep=("Share this with your friends only if they like long essays about soil.",
              "If you enjoyed this article, please share it with the one friend who still reads about soil, and tell them why.",
              "If you like the post, share it with five friends, the chain message urged.",
              "Please share this post with anyone who saw the crash, police said.", "Please share this with your neighbours.",
              "Please share your memories of the old mill with the museum before the end of May.",
              "She wrapped the gift this morning and left the story for later.",
              "Found a wallet? Share it with the police, the sergeant said, not on social media."),
        reason="share buttons",
    ),
    Rule(
        id="engagement.follow-us",
        description='Follow prompts: "Follow us on Twitter", "Like us on Facebook", "Or follow us on Google News!"',
        pattern=r"""
            (?:click[^\S\n]+here[^\S\n]+to[^\S\n]+)?join[^\S\n]+(?:our|the)[^\S\n]+(?:[\w&'\u2019-]+[^\S\n]+){0,3}
            (?:whatsapp|telegram|discord|facebook|slack|signal|viber|reddit)[^\S\n]+(?:channel|group|community|server|page)\b""" + NOT_REPORTED + r"""[^\n]{0,80}
          | (?:for[^\S\n]+(?:the[^\S\n]+latest|more)[^\n,]{0,40},[^\S\n]+)?(?:or[^\S\n]+|and[^\S\n]+|please[^\S\n]+)?(?:(?:follow|join|find|connect[^\S\n]+with|subscribe[^\S\n]+to)[^\S\n]+(?:us|me|him|her|them|the[^\S\n]+author|this[^\S\n]+author|@\w+|(?-i:\p{Lu})[\w.&'\u2019-]*(?:[^\S\n]+(?-i:\p{Lu})[\w.&'\u2019-]*){0,3})|like[^\S\n]+(?:us|me))[^\S\n]+(?:on|at|in|via)[^\S\n]+(?:the[^\S\n]+|our[^\S\n]+)?(?:facebook|twitter|\bx\b|instagram|linkedin|google|youtube|tiktok|telegram|social|whatsapp
              |threads|mastodon|bluesky|pinterest|flipboard|apple|spotify|rss|feedly|email|e-mail)
            # more networks, and what for ("... on Facebook, Pinterest and Instagram for all of the latest
            # updates.", "... on Twitter to get the latest on ...": Atlas Obscura, the BBC's Newsbeat, a Forbes
            # contributor's line among the saved pages)
            (?:[^\S\n]*(?:,|/|&|\band\b|\bor\b)[^\S\n]*(?:facebook|twitter|\bx\b|instagram|linkedin|youtube|tiktok|telegram
              |whatsapp|threads|mastodon|bluesky|pinterest|flipboard)\b){0,6}
            (?:[^\S\n]+(?:to[^\S\n]+(?:get|see|stay[^\S\n]+up[^\S\n]+to[^\S\n]+date[^\S\n]+(?:on|with))|for)[^\S\n]+(?:all[^\S\n]+of[^\S\n]+)?(?:the[^\S\n]+|our[^\S\n]+)?
              (?:latest|more|updates|news)\b[^\n.!?]{0,60}[.!]?)?[^\n]{0,30}
          | follow[^\S\n]+(?:us|the[^\S\n]+author|this[^\S\n]+author)
          # Google's "preferred sources": "Add Example as a preferred source on Google", "Make us preferred source
          # on Google" (indianexpress.com, the wording Google suggests, citedrealty.com's and propbetedge's footers)
          | (?:add|make|set)[^\S\n]+(?:us|[^\n]{1,40}?)[^\S\n]+(?:as[^\S\n]+)?(?:(?:a|your)[^\S\n]+)?preferred[^\S\n]+source[^\S\n]+(?:on|in)[^\S\n]+google\b""" + NOT_REPORTED + r"""[^\n]{0,60}
          # ... behind a follow prompt: "Follow Tom's Hardware on Google News, or add us as a preferred source, to get
          # our latest news ..." (Future's sites), "Follow ZDNET: Add us as a preferred source on Google." (zdnet.com), "...
          # or add us as a preferred source in your Google search settings." (a travel news site's feed)
          | (?:follow[^\S\n]+[^\n]{1,40}?(?:[^\S\n]+on[^\S\n]+google[^\S\n]+news)?[^\S\n]*[:,]?[^\S\n]+(?:or[^\S\n]+|and[^\S\n]+)?)?
            add[^\S\n]+us[^\S\n]+as[^\S\n]+a[^\S\n]+preferred[^\S\n]+source\b""" + NOT_REPORTED + r"""[^\n]{0,100}
          # Google News's follow button as a sentence: "Add Search Engine Land to your Google News feed." (searchengineland.com,
          # 9to5mac.com, upworthy.com, automatelife's theme)
          | add[^\S\n]+(?:us|[^\n]{1,40}?)[^\S\n]+to[^\S\n]+your[^\S\n]+google[^\S\n]+news[^\S\n]+feed\b[^\n]{0,20}
          | """ + FOLLOW + r"""
          | found[^\S\n]+this[^\S\n]+(?:article|story|post)[^\S\n]+(?:interesting|useful|helpful)\?[^\S\n]+follow[^\S\n]+us[^\S\n]+on[^\S\n]+
            (?:twitter|x|facebook|linkedin|instagram|threads|mastodon|bluesky|google[^\S\n]+news|telegram|whatsapp)\b[^\n]{0,140}
        """,
        verbose=True,
        # A sentence: the prompt glued after an article's last sentence goes, and the sentence stays.
        scope="sentence",
        remove=("Follow us on Twitter", "For the latest news, follow us on Twitter.", "Join our WhatsApp channel for the latest updates", "Sign up for daily updates from Example on email. Or follow us on Google News!",
                "Found this article interesting? Follow us on Twitter and LinkedIn to read more exclusive content we post.",
                "Follow us:", "Follow him on Twitter @example", "Add Example News as a preferred source on Google",
                "Make us preferred source on Google", "Add Example Times to your Google News feed.",
                "Follow Example Tech on Google News, or add us as a preferred source, to get our latest news, analysis, & reviews in your feeds.",
                "Follow us on Facebook, Pinterest and Instagram for all of the latest updates.",
                "Follow us on Twitter to get the latest on the valley's hidden gardens.",
                "Suivez-nous sur Facebook", "Folgen Sie uns auf Instagram", "Seguici su Facebook", "S\u00edguenos en Twitter",
                "Obserwuj nas na Facebooku"),
        keep=("Follow us on a walk through the old town, where every door tells a story of its own.\n\nThen lunch.",
              "Follow her on Instagram and you will see why the brand hired her.",
              "Suivez-nous sur les quais, dit le guide, et regardez les bateaux.",
              "S\u00edguenos en el camino, dijo el gu\u00eda, y no te pierdas.",
              "Google now lets readers make any outlet a preferred source on Google, the company said."),
        reason="follow prompt",
    ),
    Rule(
        id="engagement.counters",
        description='Engagement counters: "41 shares", "15 retweets", "64 likes", "1.2K views".',
        pattern=r"(?:\d[\d,.]*[^\S\n]*[km]?[^\S\n]+(?:shares?|likes?|retweets?|reposts?|replies|views?|reactions?|claps?|upvotes?|favou?rites?)[^\S\n]*)+",
        confidence="medium",
        remove=("41 shares", "2 replies\n15 retweets\n64 likes", "1.2K views"),
        keep=("The video had 41 shares and 7 likes by noon, the spokesman said.",),
        reason="share and like counters",
    ),
    Rule(
        id="engagement.feedback",
        description='Correction and feedback prompts: "Spotted a typo in this story? Let us know", "Feedback to editors".',
        pattern=r"""
            (?:see|spot(?:ted)?|found|notice)[^\S\n]+an?[^\S\n]+(?:error|typo|mistake)(?:[^\S\n]+in[^\S\n]+(?:this|our)[^\S\n]+(?:article|story|post|page|report))?\??(?:[^\S\n]+(?:let[^\S\n]+us[^\S\n]+know|send|contact|email|e-mail|report|click|tap|tell)\b[^\n]{0,80})?
          | (?:send[^\S\n]+(?:us[^\S\n]+)?)?feedback[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?editors?
          | report[^\S\n]+an[^\S\n]+(?:error|issue|typo)
          | was[^\S\n]+this[^\S\n]+(?:article|story|page)[^\S\n]+helpful\??[^\n]{0,40}
          | did[^\S\n]+you[^\S\n]+find[^\S\n]+this[^\S\n]+(?:article|story|page|post)[^\S\n]+(?:helpful|useful)\??(?:[^\S\n]+yes[^\S\n]+no)?
          | (?:report|submit|suggest)[^\S\n]+a[^\S\n]+(?:correction|typo)(?:[^\S\n]+or[^\S\n]+(?:typo|correction))?
          | send[^\S\n]+us[^\S\n]+(?:your[^\S\n]+)?feedback | rate[^\S\n]+this[^\S\n]+(?:article|story|post)
          | thank(?:s|[^\S\n]+you)[^\S\n]+for[^\S\n]+your[^\S\n]+feedback[.!]?
        """,
        verbose=True,
        remove=("Spotted a typo in this story? Let us know", "Feedback to editors", "Report a correction or typo",
                "Did you find this article helpful?", "Send us feedback", "Thank you for your feedback!"),
        keep=("We found an error in the model and fixed it before the second run, the authors wrote.\n\nIt held.",),
        reason="feedback widget",
    ),
]

# WordPress prints a pingback (another blog's post that links here) among the comments as an excerpt
# of that post between bracketed ellipses. Seen so on archiv.krimiblog.de, kabarislamia.com and an
# archived German film blog (trafilatura's saved pages) and on a dev AI newsletter's comments; none
# of the saved pages' main texts holds such a line.
RULES += [
    Rule(
        id="engagement.pingback",
        description='A pingback among the comments: an excerpt of the post that links here between bracketed '
                    'ellipses, "[\u2026] as we saw last week, the crossing takes an hour [\u2026]" (WordPress; seen on '
                    "4 unrelated sites).",
        pattern=r"\[(?:\u2026|\.\.\.)\][^\S\n]*[^\s\[][^\n]{10,1000}?[^\S\n]*\[(?:\u2026|\.\.\.)\]",
        confidence="medium",
        remove=("[\u2026] as the ferry timetable post showed last week, the crossing takes an hour [\u2026]",
                "[...] Zum Trailer des Films geht es hier [...]"),
        keep=("He read the passage aloud: \u201c[\u2026] and the town slept [\u2026]\u201d and closed the book.",
              "[\u2026] and the town slept, the diary goes on, until the bells rang at six."),
        reason="pingback",
    ),
]

# A WordPress comment's header: the commenter's name with "says:" ("sagt:" in German themes), then the
# comment's date and time, "Roscoe says:" / "August 15, 2020 at 1:49 pm". Seen so on 25 unrelated
# sites among the saved pages of trafilatura's evaluation set and Zyte's benchmark (6 English, 19
# German) and on three dev sites; the date and time are what tell it from an article's "The report
# says:" before a quotation.
_COMMENT_DATE = r"""
    (?:\d{1,2}\.[^\S\n]*\p{L}+\.?|\p{L}+\.?[^\S\n]+\d{1,2},?|\d{1,2}\.\d{1,2}\.|\d{1,2}/\d{1,2}/)[^\S\n]*\d{2,4}
    (?:[^\S\n]*,)?[^\S\n]*(?:at|um|@)?[^\S\n]*\d{1,2}[:.]\d\d(?:[^\S\n]*(?:[ap]\.?m\.?|uhr))?
"""
RULES += [
    Rule(
        id="engagement.comment-meta",
        description='A comment\'s header: the commenter\'s name and "says:" ("sagt:"), then the date and time: '
                    '"Roscoe says:" / "August 15, 2020 at 1:49 pm" (WordPress themes; seen on 25 unrelated sites), '
                    'and the comment itself when its "Reply" ("Antworten") link follows within a dozen lines (21 sites).',
        pattern=r"""
            (?:[^\n]{1,160}\n(?:[^\S\n]*\n)*[^\S\n]*  # the name (a pingback's title) on its own line over a bare "says:"
              | [^\n]{0,80}?[^\S\n] | )                   # or before it on its line
            (?:says:|sagt:)[^\S\n]*(?:\n(?:[^\S\n]*\n)*[^\S\n]*)?
        """ + _COMMENT_DATE + r"""
            (?:(?:\n[^\n]*){0,12}?\n[^\S\n]*(?:reply|antworten))?   # and the comment, when its "Reply" link follows
        """,
        verbose=True,
        confidence="medium",
        remove=("The ferry runs twice a day, and the crossing takes an hour in good weather.\n\n"
                "Roscoe says:\nAugust 15, 2020 at 1:49 pm\nThanks, very useful.",
                "Gabi sagt:\n17. Februar 2020 um 12:47\nDanke!",
                "A Reader\nsays:\nMarch 8, 2025 at 10:47 am\nGreat post.",
                "3 Responses to \u201cFerries\u201d\n\nDave says:\n\nJuly 11, 2011 at 12:25 pm",
                "The ferry runs twice a day, and the crossing takes an hour in good weather.\n\n"
                "Roscoe says:\nAugust 15, 2020 at 1:49 pm\nThanks, very useful.\nSee you on board!\n\nReply"),
        keep=("The report says:\nAll ferries stop for the winter, the clerk read aloud.",
              "The timetable says: the first ferry leaves at 7:30, the last at 19:00, every day but Sunday."),
        reason="comment header",
    ),
]

RULES += [
    Rule(
        id="engagement.share-link",
        description="A link whose address is a share button's: \"?share=facebook\", \"sharer.php\", \"intent/tweet\".",
        pattern=r"[^\n]{0,80}\]\((?:https?://)?[^)\s]*(?:[?&]share=|sharer\.php|/intent/tweet|/share\?|sharearticle|/pin/create/)[^)\s]*"
                r"(?:[^\S\n]+\"[^\"\n]{0,80}\")?\)",  # a title after the address: [Twitter](...?share=twitter "Click to share on Twitter")
        remove=("  Facebook](https://example.org/2025/06/15/post/?share=facebook)",
                '* [Twitter](https://example.org/2020/01/01/post/?share=twitter "Click to share on Twitter")'),
        keep=("We [shared the data](https://example.org/data) with the council.",),
        reason="share buttons",
    ),
    Rule(
        id="engagement.follow-link",
        description="A link alone on its line whose address is Google's page for choosing a preferred source "
                    "(\"google.com/preferences/source?q=example.org\"), whatever its text or image says: a follow button. "
                    "Seen in scraped text of cybersecuritynews.com, cybersecurity360.it and couvreurs.net, and in the "
                    "footers of analyticsmadesimple.com, mayaallan.com and mikebifulco.com.",
        pattern=r"\[[^\n]{0,120}\]\((?:https?://)?(?:www\.)?google\.com/preferences/source\?[^)\s]*\)",
        remove=("[Aggiungi tra i preferiti su Google](https://google.com/preferences/source?q=example.it)",
                "[![google](https://example.org/google.svg)](https://www.google.com/preferences/source?q=example.org)"),
        keep=("Readers can pick [a preferred source](https://www.google.com/preferences/source?q=example.org) "
              "since May, the company said.",),
        reason="follow prompt",
    ),
]

RULES += [
    Rule(
        id="engagement.share-buttons",
        description='A row of two or more share-button labels among the last lines: "Facebook Twitter Email", "Tweet | Pin it | Print".',
        pattern=r"""
            (?:(?:facebook|twitter|x(?!x)|linkedin|whatsapp|pinterest|reddit|email|e-mail|print|tweet|share|pin(?:[^\S\n]+it)?|telegram
                |messenger|copy[^\S\n]+link|sms|flipboard|tumblr|pocket|threads|bluesky|mastodon|comments?)
               [^\S\n]*(?:[|\u2022\u00b7,/][^\S\n]*)?){2,}     # two labels at least: one alone may be prose
        """,
        verbose=True,
        scope="tail",
        zone=8,
        confidence="medium",
        remove=("The ferry runs at dawn.\n\nFacebook Twitter Email", "The ferry runs at dawn.\n\nTweet | Pin it | Print"),
        keep=("Facebook\n\nThe company said the change would reach every user by June, and that nothing else would change.\n\n"
              "Shares rose.\n\nAnalysts agreed.\n\nThe board met.\n\nIt rained.\n\nThe end came.\n\nMore later.\n\nBye now.\n\nDone.",
              # "XX" or "xxx" is no row of X's buttons: a Roman numeral, a press release's end mark, a word blacked out
              "The ferry runs at dawn.\n\nXXX"),
        reason="share buttons",
    ),
]
