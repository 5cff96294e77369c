"""Cookie and consent notices."""

from __future__ import annotations

from ..rules import NOT_REPORTED, Rule, phrases
from .languages import COOKIE_CONSENT, COOKIE_SUBJECT

RULES = [
    Rule(
        id="consent.cookie-notice",
        description='A cookie banner: "We use cookies to improve your experience ... Accept".',
        pattern=r"""
            (?=[^\n]{0,600}$)(?:(?:notice|note|cookies?|privacy)[^\S\n]*:[^\S\n]*)?
            (?:we(?:[^\S\n]+and[^\S\n]+our[^\S\n]+(?:\d+[^\S\n]+)?(?:partners|vendors))?|this[^\S\n]+(?:web)?site|our[^\S\n]+(?:web)?site|this[^\S\n]+page|by[^\S\n]+(?:continuing|using)[^\n]{0,60}?you)[^\S\n]+
            (?:uses?|use|store|are[^\S\n]+using|['\u2019]re[^\S\n]+using|agree[^\S\n]+to[^\S\n]+(?:our[^\S\n]+|the[^\S\n]+)?use[^\S\n]+of)[^\S\n]+cookies\b""" + NOT_REPORTED + r"""[^\n]{0,400}?
            \b(?:experience|consent|agree|accept|privacy|cookie[^\S\n]+policy|continuing|browsing|learn[^\S\n]+more|personali[sz]e|analy[sz]e|settings)\b[^\n]{0,300}
          # WordPress.com's cookie bar
          | privacy[^\S\n]+&[^\S\n]+cookies[^\S\n]*:[^\S\n]*this[^\S\n]+site[^\S\n]+uses[^\S\n]+cookies\.
            (?:[^\S\n]+(?:by[^\S\n]+continuing|to[^\S\n]+find[^\S\n]+out)\b[^\n]{0,200})?
          | to[^\S\n]+find[^\S\n]+out[^\S\n]+more,[^\S\n]+including[^\S\n]+how[^\S\n]+to[^\S\n]+control[^\S\n]+cookies,[^\S\n]+see[^\S\n]+here\b[^\n]{0,60}
          # The same banner on German WordPress.com blogs (25 and 23 unrelated blogs among the saved pages
          # of trafilatura's evaluation set)
          | datenschutz[^\S\n]*&[^\S\n]*cookies[^\S\n]*:[^\S\n]+diese[^\S\n]+website[^\S\n]+verwendet[^\S\n]+cookies\.[^\n]{0,200}
          | weitere[^\S\n]+informationen,[^\S\n]+beispielsweise[^\S\n]+zur[^\S\n]+kontrolle[^\S\n]+von[^\S\n]+cookies,[^\S\n]+findest[^\S\n]+du[^\S\n]+hier\b[^\n]{0,60}
          # "By continuing to use this site, you agree ..." in German (5 and 8 unrelated sites there) and
          # French (two sites there, one on dev)
          | (?=[^\n]{0,600}$)(?:wenn[^\S\n]+(?:sie|du)[^\S\n]+(?:die|diese)[^\S\n]+(?:website|webseite|seite)[^\S\n]+weiter(?:hin)?[^\S\n]+(?:nutzen|nutzt)
              |durch[^\S\n]+die[^\S\n]+(?:weitere[^\S\n]+)?nutzung[^\n,]{0,40}),?[^\S\n]+
            (?:stimmen[^\S\n]+sie|stimmst[^\S\n]+du|erkl\u00e4ren[^\S\n]+sie[^\S\n]+sich|erkl\u00e4rst[^\S\n]+du[^\S\n]+dich|akzeptieren[^\S\n]+sie
              |gehen[^\S\n]+wir|gehe[^\S\n]+ich)\b[^\n]*
          # WordPress cookie plugins' and Google's banners, each left on three or more unrelated sites among
          # the saved pages: "Cookies erleichtern die Bereitstellung unserer Dienste. ..." (Google's, 6),
          # "By choosing I Accept, you consent to ..." / "By clicking \u201cAccept\u201d, you consent ..." (Vox
          # Media's three sites, CookieYes, Stack Exchange, Toptal), CookieYes' "Out of these cookies, the
          # cookies that are categorized as necessary ..." (3), Cookie Law Info's "The cookie settings on this
          # website are set to ..." in English and German (3) and GDPR Cookie Compliance's "You can find out
          # more about which cookies we are using ..." in English and German (4)
          | (?=[^\n]{0,600}$)cookies[^\S\n]+(?:erleichtern|optimieren)[^\S\n]+(?:uns[^\S\n]+)?die[^\S\n]+(?:kostenfreie[^\S\n]+)?bereitstellung\b[^\n]*
          | (?=[^\n]{0,400}$)by[^\S\n]+(?:choosing|clicking)[^\S\n]+["\u201c\u201e']?(?:i[^\S\n]+accept|i[^\S\n]+agree|accept(?:[^\S\n]+all)?(?:[^\S\n]+cookies)?|agree)["\u201d\u201c']?,?[^\S\n]+
            you[^\S\n]+(?:consent|agree)\b[^\n]{0,80}?\bcookies?\b[^\n]*
          | (?=[^\n]{0,600}$)out[^\S\n]+of[^\S\n]+these[^\S\n]+cookies,[^\S\n]+the[^\S\n]+cookies[^\S\n]+that[^\S\n]+are[^\S\n]+categori[sz]ed[^\S\n]+as[^\S\n]+necessary\b[^\n]*
          | (?=[^\n]{0,600}$)(?:the[^\S\n]+cookie[^\S\n]+settings[^\S\n]+on[^\S\n]+this[^\S\n]+website[^\S\n]+are[^\S\n]+set[^\S\n]+to
              |die[^\S\n]+cookie-einstellungen[^\S\n]+auf[^\S\n]+dieser[^\S\n]+website[^\S\n]+sind[^\S\n]+auf)\b[^\n]*
          | (?=[^\n]{0,400}$)(?:you[^\S\n]+can[^\S\n]+find[^\S\n]+out[^\S\n]+more[^\S\n]+about[^\S\n]+which[^\S\n]+cookies[^\S\n]+we[^\S\n]+are[^\S\n]+using
              |(?:du[^\S\n]+kannst|sie[^\S\n]+k\u00f6nnen)[^\S\n]+mehr[^\S\n]+dar\u00fcber[^\S\n]+erfahren,[^\S\n]+welche[^\S\n]+cookies[^\S\n]+wir[^\S\n]+verwenden
              |sie[^\S\n]+erfahren[^\S\n]+mehr[^\S\n]+dar\u00fcber,[^\S\n]+welche[^\S\n]+cookies[^\S\n]+wir[^\S\n]+verwenden)\b[^\n]*
          | (?=[^\n]{0,600}$)en[^\S\n]+poursuivant[^\S\n]+(?:votre|la)[^\S\n]+navigation[^\n,]{0,60},?[^\S\n]+vous[^\S\n]+(?:acceptez|consentez)\b[^\n]*
          | (?=[^\n]{0,300}$)by[^\S\n]+(?:continuing[^\S\n]+to[^\S\n]+(?:use|browse)|using|browsing)""" + NOT_REPORTED + r"""[^\S\n]+(?:this|our|the)[^\S\n]+(?:web)?site,?[^\S\n]+
            you[^\S\n]+(?:agree|consent|are[^\S\n]+agreeing|are[^\S\n]+consenting)[^\S\n]+to[^\S\n]+(?:our|the)[^\S\n]+use[^\S\n]+of[^\S\n]+cookies\b[^\n]{0,200}
          | (?=[^\n]{0,600}$)(?:(?:notice|note|cookies?|privacy)[^\S\n]*:[^\S\n]*)?""" + COOKIE_SUBJECT + NOT_REPORTED + r"""[^\n]{0,400}?""" + COOKIE_CONSENT + r"""[^\n]{0,300}
        """,
        verbose=True,
        confidence="medium",
        remove=("We use cookies to give you the best experience on our website. By continuing you agree to our cookie policy.",
                "Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. Mit der Nutzung stimmen Sie der Datenschutzerkl\u00e4rung zu.",
                "Ce site utilise des cookies pour am\u00e9liorer votre exp\u00e9rience.",
                "Utilizamos cookies para mejorar su experiencia de navegaci\u00f3n.",
                "Este site utiliza cookies para melhorar a sua experi\u00eancia.",
                "Questo sito utilizza cookie per migliorare la tua esperienza di navigazione.",
                "By continuing to use this site, you agree to the use of cookies.",
                "Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.",
                "To find out more, including how to control cookies, see here: Cookie Policy",
                "Datenschutz & Cookies: Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, stimmst du der "
                "Verwendung von Cookies zu.",
                "Weitere Informationen, beispielsweise zur Kontrolle von Cookies, findest du hier: Cookie-Richtlinie",
                "Durch die weitere Nutzung der Webseite stimmen Sie der Verwendung von Cookies zu.",
                "En poursuivant votre navigation sur ce site, vous acceptez l\u2019utilisation de cookies.",
                "Wenn du die Website weiterhin nutzt, stimmst du der Verwendung von Cookies zu.",
                "Diese Website benutzt Cookies. Wenn du die Website weiter nutzt, gehen wir von deinem Einverst\u00e4ndnis aus.",
                "Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, w\u00e4hrend andere uns helfen, "
                "diese Website und Ihre Erfahrung zu verbessern.",
                "Cookies erleichtern die Bereitstellung unserer Dienste. Mit der Nutzung unserer Dienste erkl\u00e4ren Sie sich "
                "damit einverstanden, dass wir Cookies verwenden.",
                "By choosing I Accept, you consent to our use of cookies and other tracking technologies.",
                "We are using cookies to give you the best experience on our website.",
                "Out of these cookies, the cookies that are categorized as necessary are stored on your browser."),
        keep=("This website uses cookies to track readers, the study found, and most users never notice them at all.\n\nMore.",
              "By using our site, you agree to our use of cookies, the notice said; regulators called it a fig leaf.",
              "To find out more, including how to control cookies, the regulator has published a guide for consumers.",
              "Out of these cookies, she said, the ginger ones sold best at the fair.",
              "Wir verwenden Cookies aus Hafermehl, sagte die B\u00e4ckerin, und backen sie jeden Morgen frisch."),
        reason="cookie notice",
    ),
    Rule(
        id="consent.embed-placeholder",
        description='The placeholder of an embedded post or video that waits for the reader\'s consent, in German: '
                    '"Empfohlener redaktioneller Inhalt", "An dieser Stelle finden Sie einen externen Inhalt von '
                    'YouTube, der den Artikel erg\u00e4nzt. ...", "Ich bin damit einverstanden, dass mir externe Inhalte '
                    'angezeigt werden. ..."',
        # zeit.de, tagesspiegel.de, gamestar.de and omr.com among the saved pages of fundus' and trafilatura's test
        # sets; the phrases that open each line written with single spaces, one literal for the line gate
        pattern=r"""
            empfohlener\ redaktioneller\ inhalt
          | an\ dieser\ stelle\ finde(?:n|st|t)[^\S\n]+(?:sie|du|ihr)[^\S\n]+[^\n]{0,80}?externen[^\S\n]+inhalt\b[^\n]{0,80}?
            der[^\S\n]+den[^\S\n]+artikel[^\S\n]+(?:f\u00fcr[^\S\n]+(?:sie|dich|euch)[^\S\n]+)?erg\u00e4nzt\b[^\n]{0,300}
          | ich\ bin\ damit\ einverstanden,?[^\S\n]+dass[^\S\n]+mir[^\S\n]+(?:externe[^\S\n]+)?inhalte[^\S\n]+
            (?:von[^\S\n]+[^\n]{1,40}?[^\S\n]+)?angezeigt[^\S\n]+werden\b[^\n]{0,300}
        """,
        verbose=True,
        remove=("Empfohlener redaktioneller Inhalt",
                "An dieser Stelle finden Sie einen externen Inhalt von YouTube, der den Artikel erg\u00e4nzt. Sie k\u00f6nnen "
                "ihn sich mit einem Klick anzeigen lassen und wieder ausblenden.",
                "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit k\u00f6nnen personenbezogene "
                "Daten an Drittplattformen \u00fcbermittelt werden."),
        keep=("An dieser Stelle finden Sie die Ergebnisse der Wahl, sagte der Sprecher.",),
        reason="consent placeholder",
    ),
    Rule(
        id="consent.cookie-buttons",
        description='Consent buttons and links: "Accept all cookies", "Cookie settings", "Manage preferences".',
        pattern=phrases(
            "Accept all cookies", "Accept cookies", "Accept all", "Reject all", "Allow all", "Allow cookies",
            "Cookie settings", "Cookie preferences", "Cookie policy", "Manage cookies", "Manage preferences",
            "Manage consent", "Manage cookie preferences", "Privacy preferences", "Do not sell my personal information",
            "Do not sell or share my personal information", "Your privacy choices",
            "Accept and close", "I accept", "Got it!", "Alle akzeptieren", "Alle ablehnen", "Cookie-Einstellungen",
            "Cookie Einstellungen",  # so written on 10 unrelated sites among trafilatura's saved pages
            "Tout accepter", "Tout refuser", "Param\u00e8tres des cookies", "Aceptar todas", "Aceptar todo", "Rechazar todas",
            "Configuraci\u00f3n de cookies", "Aceitar todos", "Rejeitar todos", "Configura\u00e7\u00f5es de cookies",
            "Accetta tutti", "Rifiuta tutti", "Impostazioni dei cookie",
            # a German consent manager's category labels (4 unrelated sites each among trafilatura's saved pages)
            "Notwendige Cookies", "Immer aktiv",
            # German consent dialogs' buttons (4 and 5 unrelated sites among the saved pages, fundus' among them)
            "Alle Cookies akzeptieren", "Einstellungen speichern",
        )
        # The consent dialogs' own headings (IAB TCF managers, WordPress cookie plugins); literal spaces
        # after "we" and "this", which start too many lines to look for alone (see performance.md).
        + r"|we\ value\ your\ privacy|we\ care\ about\ your\ privacy|we\ use\ cookies|this\ website\ uses\ cookies"
        r"|this\ site\ uses\ cookies|privacy[^\S\n]+overview|manage[^\S\n]+cookie[^\S\n]+settings",
        remove=("Accept all cookies", "Cookie settings", "We value your privacy", "Privacy Overview", "This website uses cookies."),
        keep=("Accept all the help you can get, her mother said.", "We value your privacy, the company said in a statement."),
        reason="cookie notice",
    ),
]
