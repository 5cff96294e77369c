"""Promotions of the site itself: newsletter sign-ups, apps, podcasts, stores."""

from __future__ import annotations

from ..rules import NOT_REPORTED, Rule
from .languages import NEWSLETTER, NEWSLETTER_VERBS, PAYWALL

RULES = [
    Rule(
        id="promo.newsletter",
        description='Newsletter and subscription prompts: "Subscribe to our newsletter", "Join 1,204 other subscribers" '
        "(WordPress.com's subscribe form; seen on 6 unrelated sites).",
        pattern=r"""
            (?=[^\n]{0,220}$)
            (?:(?:to|and|or|please|why[^\S\n]+not)[^\S\n]+)?
            (?:sign[^\S\n]+up|subscribe|register|join|enter[^\S\n]+your[^\S\n]+email|stay[^\S\n]+(?:up[^\S\n]+to[^\S\n]+date|informed|in[^\S\n]+the[^\S\n]+loop|updated)
              |never[^\S\n]+miss|don['\u2019]t[^\S\n]+miss)\b""" + NOT_REPORTED + r"""[^\n]{0,120}?
            \b(?:newsletters?|(?:our|my|this|daily|weekly|email|e-mail|news)[^\S\n]+(?:[\w&'\u2019-]+[^\S\n]+){0,2}(?:inbox|e-?mail(?:[^\S\n]+address)?|updates|bulletin|alerts|digest)|your[^\S\n]+inbox|subscribers|for[^\S\n]+free|daily[^\S\n]+news|(?:our|my|this)[^\S\n]+mailing[^\S\n]+list
              |notifications[^\S\n]+of[^\S\n]+new[^\S\n]+posts|(?:the[^\S\n]+)?latest[^\S\n]+(?:updates|news))\b
            [^\n]{0,120}
          | (?=[^\n]{0,220}$)(?:(?:to|and|or)[^\S\n]+)?(?:get|receive)\b""" + NOT_REPORTED + r"""[^\n]{0,80}?\b(?:newsletters?|your[^\S\n]+inbox|(?:our|my|free|daily|weekly|email|news)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}(?:alerts|digest|bulletin))\b[^\n]{0,100}
          | subscribe(?:[^\S\n]+(?:here|now|today|for[^\S\n]+free|to[^\S\n]+the[^\S\n]+blog|to[^\S\n]+(?:our|this)[^\S\n]+(?:blog|site|channel)))?[^\S\n]*!?
          | (?:subscribe|sign[^\S\n]+in|log[^\S\n]+in)[^\S\n]+to[^\S\n]+(?:continue[^\S\n]+reading|read[^\S\n]+the[^\S\n]+(?:full|rest|whole)[^\n]{0,40})[^\n]{0,60}
          | continue[^\S\n]+reading[^\S\n]+(?:your[^\S\n]+article[^\S\n]+)?with[^\S\n]+an?[^\n]{1,40}(?:subscription|membership)[^\n]{0,40}
          | this[^\S\n]+(?:article|story|content|post)[^\S\n]+is[^\S\n]+(?:(?:only[^\S\n]+|exclusively[^\S\n]+)?(?:for|available[^\S\n]+to|reserved[^\S\n]+for)|available[^\S\n]+(?:only|exclusively)[^\S\n]+(?:to|for))[^\S\n]+(?:paid[^\S\n]+)?(?:subscribers|members)(?:[^\S\n]+only)?\.?
          # Substack's paywall: "Keep reading with a 7-day free trial", "Subscribe to X to keep reading this post and get 7 days of free access ..."
          | keep[^\S\n]+reading[^\S\n]+with[^\S\n]+a[^\S\n]+\d+[^\S\n]*-?[^\S\n]*day[^\S\n]+free[^\S\n]+trial\.?
          | subscribe[^\S\n]+to[^\S\n]+[^\n]{1,80}?[^\S\n]+to[^\S\n]+keep[^\S\n]+reading[^\S\n]+this[^\S\n]+post\b[^\n]{0,160}
          | upgrade[^\S\n]+to[^\S\n]+paid | subscribe[^\S\n]+to[^\S\n]+(?:read|unlock)(?:[^\S\n]+(?:more|this[^\S\n]+(?:article|story)))?[.!]?
          | (?:get|unlock)[^\S\n]+(?:unlimited|full)[^\S\n]+(?:digital[^\S\n]+)?access(?:[^\S\n]+to[^\S\n]+(?-i:\p{Lu})[\w&'\u2019.-]*(?:[^\S\n]+(?-i:\p{Lu})[\w&'\u2019.-]*){0,3})?[.!]?
          # Tip jars and the newsletter form's small print.
          | buy[^\S\n]+me[^\S\n]+a[^\S\n]+coffee(?:[^\S\n]+(?:on|at|via)[^\S\n]+(?:(?-i:\p{Lu})[\w.-]*|\S+\.[a-z]{2,}\S*)|[^\S\n]+here)?[.!]?
          | if\ you\ (?:enjoy|like|love|found|appreciate)[^\n,]{1,60},[^\S\n]+(?:please[^\S\n]+)?(?:consider[^\S\n]+)?buying[^\S\n]+me[^\S\n]+a[^\S\n]+coffee\b[^\n,;]{0,60}
          | support[^\S\n]+(?:us|me|[^\n]{1,30}?)[^\S\n]+on[^\S\n]+(?:patreon|ko-fi)\b[^\n,;]{0,40}
          | no\ spam(?:[^\S\n]*[,.!][^\S\n]*(?:ever|unsubscribe[^\S\n]+(?:at[^\S\n]+)?any[^\S\n]?time|we[^\S\n]+promise))?[.!]?
          | """ + PAYWALL + r"""
          | already[^\S\n]+have[^\S\n]+an[^\S\n]+account\??(?:[^\S\n]*(?:log|sign)[^\S\n]+in[^\n]{0,30})?
          | already[^\S\n]+a[^\S\n]+(?:subscriber|member)\??(?:[^\S\n]*(?:log|sign)[^\S\n]+in[^\n]{0,30})?
          # the same over a registration wall: standard.co.uk and independent.co.uk among the saved pages, prweek.com's,
          # and the sign-up forms of a dozen unrelated sites' templates in public repositories
          | already[^\S\n]+registered\??(?:[^\S\n]*(?:log|sign)[^\S\n]+in[^\n]{0,30})?
          | you[^\S\n]+have[^\S\n]+(?:\d+|one|two|three|four|five)[^\S\n]+free[^\S\n]+(?:articles?|stories)[^\S\n]+(?:left|remaining)[^\n]{0,60}
          | (?:please[^\S\n]+)?(?:support|fund)[^\S\n]+(?:our|independent|local|quality)[^\S\n]+(?:journalism|reporting|newsroom|work)[^\n]{0,100}
          | become[^\S\n]+a[^\S\n]+(?:member|patron|supporter|paid[^\S\n]+subscriber)(?:[^\S\n]+(?:today|now|of[^\n]{1,40}|on[^\S\n]+patreon))?
          # WordPress.com's subscribe form, seen in scraped text of nolanlawson.com, eclecticlight.co, maphappenings.com,
          # textslashplain.com, aff-wg.org and henrikwarne.com.
          | join[^\S\n]+[\d,]+[^\S\n]+other[^\S\n]+(?:subscribers|followers|readers)
          # Jetpack's subscription box and its overlay under a WordPress post ("Discover more from Example" /
          # "Subscribe to get the latest posts sent to your email." / "Subscribe now to keep reading and get
          # access to the full archive." / "Type your email…"): scraped posts of eleven unrelated blogs in
          # public repositories (The CyberSec Guru, Colfax Research, A N M Bazlur Rahman, Terrible Software,
          # the VMware Cloud Foundation blog, DarkLab, Jon Udell, NVISO Labs, Fox-IT, Win Vector, Rosmine)
          | discover[^\S\n]+more[^\S\n]+from[^\S\n]+(?-i:[\p{Lu}\d])[^\n.!?:;]{0,80}
          | subscribe[^\S\n]+(?:now[^\S\n]+)?to[^\S\n]+(?:keep[^\S\n]+reading[^\S\n]+and[^\S\n]+)?get[^\S\n]+
            (?:access[^\S\n]+to[^\S\n]+the[^\S\n]+full[^\S\n]+archive|the[^\S\n]+latest[^\S\n]+posts[^\S\n]+sent[^\S\n]+to[^\S\n]+your[^\S\n]+e-?mail)[.!]?
          | type[^\S\n]+your[^\S\n]+e-?mail(?:[^\S\n]*(?:\u2026|\.\.\.))?
          # its German form (5 blogs among the saved pages of trafilatura's evaluation set)
          | gib[^\S\n]+deine[^\S\n]+e-mail-adresse[^\S\n]+ein,?[^\S\n]+um[^\S\n]+diesem[^\S\n]+blog[^\S\n]+zu[^\S\n]+folgen\b[^\n]{0,160}
          | (?:click|tap)[^\S\n]+here[^\S\n]+to[^\S\n]+(?:subscribe|sign[^\S\n]+up)(?:[^\S\n]+(?:to|for)[^\S\n]+[^\n.!]{1,60})?[.!]?
          | (?:please[^\S\n]+)?subscribe[^\S\n]+to[^\S\n]+(?:our|my)[^\S\n]+youtube[^\S\n]+channel\b[^\n]{0,80}
          | (?:subscribe|sign[^\S\n]+up)[^\S\n]+(?:now|today)[^\S\n]+(?:for|to[^\S\n]+get)[^\S\n]+(?:unlimited|full|digital|complete)[^\S\n]+access\b[^\n]{0,80}
          | you(?:['\u2019]ve|[^\S\n]+have)[^\S\n]+(?:reached|hit|used)[^\S\n]+(?:your|the|all[^\S\n]+(?:of[^\S\n]+)?your)[^\S\n]+
            (?:(?:monthly[^\S\n]+)?limit[^\S\n]+of[^\S\n]+(?:\d+[^\S\n]+)?free[^\S\n]+(?:articles|stories)|free[^\S\n]+(?:articles|stories))\b[^\n]{0,80}
          | [^\n?]{1,80}\?[^\S\n]+(?:sign[^\S\n]+up[^\S\n]+for|subscribe[^\S\n]+to)[^\S\n]+(?:our|the)[^\S\n]+(?:[\w&'\u2019-]+[^\S\n]+){0,3}newsletters?\b[^\n]{0,80}
          | donate[^\S\n]+(?:now|today|here)[.!]?
          | thanks[^\S\n]+for[^\S\n]+reading[^\n.!]{0,60}[.!][^\S\n]+subscribe[^\S\n]+for[^\S\n]+free[^\S\n]+to[^\S\n]+receive[^\S\n]+new[^\S\n]+posts\b[^\n]{0,60}
          | give[^\S\n]+a[^\S\n]+gift[^\S\n]+subscription
          # Medium's paywall label over a post: in scraped posts of four unrelated publications and authors
          # in public repositories (Artificial Intelligence Playground, Daniel Cender, and two programming posts' authors)
          | member-only[^\S\n]+story
          # The sign-up form's own small print and messages.
          | by[^\S\n]+(?:signing[^\S\n]+up|subscribing|registering|clicking[^\n]{1,30}?
              |(?:submitting|entering|providing)[^\S\n]+your[^\S\n]+e-?mail(?:[^\S\n]+address)?)""" + NOT_REPORTED + r"""[^\n,;]{0,40}?,?[^\S\n]+
            (?:you|i)[^\S\n]+(?:agree|acknowledge|consent|confirm)\b[^\n,;]{0,80}?\b(?:terms|privacy|policy|notice|receive)\b[^\n,;]{0,120}
          | this[^\S\n]+(?:site|form)[^\S\n]+is[^\S\n]+protected[^\S\n]+by[^\S\n]+recaptcha(?:[^\S\n]+and[^\S\n]+the[^\S\n]+google\b[^\n]{0,100})?\.?
          | (?:please[^\S\n]+enter[^\S\n]+a[^\S\n]+valid|invalid)[^\S\n]+e-?mail(?:[^\S\n]+address)?[.!]?
          | thank(?:s|[^\S\n]+you)[^\S\n]+for[^\S\n]+(?:signing[^\S\n]+up|subscribing)[.!]?
          | (?:you[^\S\n]+(?:can|may)[^\S\n]+)?unsubscribe[^\S\n]+(?:at[^\S\n]+)?any[^\S\n]?time[.!]?
          | sign[^\S\n]+up[^\S\n]+to[^\S\n]+discover[^\S\n]+human[^\S\n]+stories[^\n]{0,80}
          # a newsletter's issue republished as an article: "This is an edition of The Atlantic Daily, a newsletter
          # that ...", "This is an edition of Will Knight's AI Lab newsletter. Read previous newsletters here." (wired.com),
          # "This is an edition of the ... newsletter" (a barrons.com scraper's strip list); single spaces: one literal
          | this\ is\ an\ edition\ of[^\S\n]+[^\n.!?]{1,80}?\bnewsletter\b""" + NOT_REPORTED + r"""[^\n]{0,300}
          # the card under that heading, line by line: in scraped posts of a dozen unrelated Medium publications
          # and authors in public repositories (blog.det.life, Verus Coin, two posts translated into Japanese
          # line by line, ...) and three of the Markdown scrapes
          | distraction-free[^\S\n]+reading\.[^\S\n]+no[^\S\n]+ads\.? | organize[^\S\n]+your[^\S\n]+knowledge[^\S\n]+with[^\S\n]+lists[^\S\n]+and[^\S\n]+highlights\.?
          | tell[^\S\n]+your[^\S\n]+story\.[^\S\n]+find[^\S\n]+your[^\S\n]+audience\.? | read[^\S\n]+member-only[^\S\n]+stories
          | support[^\S\n]+writers[^\S\n]+you[^\S\n]+read[^\S\n]+most | listen[^\S\n]+to[^\S\n]+audio[^\S\n]+narrations
          | earn[^\S\n]+money[^\S\n]+for[^\S\n]+your[^\S\n]+writing | try[^\S\n]+for[^\S\n]+[$\u20ac\u00a3]\d+(?:[.,]\d\d)?[^\S\n]*/[^\S\n]*month
          | read[^\S\n]+offline[^\S\n]+with[^\S\n]+the[^\S\n]+medium[^\S\n]+app | get[^\S\n]+\d{1,2}%[^\S\n]+off[^\S\n]+membership(?:[^\S\n]+for[^\S\n]+a[^\S\n]+limited[^\S\n]+time)?\.?
          | [^\n?]{1,80}\?[^\S\n]+(?:sign[^\S\n]+up|subscribe)(?:[^\S\n]+(?:here|now|today|for[^\S\n]+free))?[.!]?
          | (?:get|catch)[^\S\n]+(?:all[^\S\n]+)?(?:the[^\S\n]+)?latest[^\S\n]+(?:[\w&-]+[^\S\n]+){0,3}news(?:[^\S\n]+(?:live|updates|headlines))?
            [^\S\n]+(?:on|at|from)[^\S\n]+[^\n.,;]{1,60}(?:[^\S\n]+along[^\S\n]+with[^\n]{1,160})?
          | for[^\S\n]+more[^\S\n]+(?:news|stories|updates)(?:[^\S\n]+like[^\S\n]+this)?,?[^\S\n]+(?:visit|go[^\S\n]+to|head[^\S\n]+to)[^\S\n]+[^\n]{1,80}
          | stay[^\S\n]+(?:updated|tuned|informed)[^\S\n]+(?:with|on|for)[^\S\n]+(?:the[^\S\n]+|all[^\S\n]+the[^\S\n]+)?latest[^\n]{0,100}
          | (?:have|got)[^\S\n]+an?[^\S\n]+(?:news[^\S\n]+tip|story[^\S\n]+(?:tip|idea)|tip)\?[^\S\n]+(?:email|e-mail|contact|send|call|write|get[^\S\n]+in[^\S\n]+touch|let[^\S\n]+us)\b(?=[^\n]*(?:\bus\b|\bour\b|@))[^\n]{0,120}
          | (?:(?:do[^\S\n]+you[^\S\n]+)?have|got)[^\S\n]+a[^\S\n]+story(?:[^\S\n]+for[^\S\n]+us)?\?[^\S\n]+
            (?:(?:email|e-mail|contact)[^\S\n]+(?:us\b|our\b|\S+@)[^\n]{0,100}|send[^\S\n]+(?:it[^\S\n]+to[^\S\n]+)?us\b[^\n,;:]{0,100}
              |get[^\S\n]+in[^\S\n]+touch(?:[^\S\n]+with[^\S\n]+us)?[.!]?)
          | (?:subscribe|sign[^\S\n]+up)(?:[^\S\n]+(?:now|today))?[^\S\n]+for[^\S\n]+(?:just[^\S\n]+|only[^\S\n]+)?[$\u20ac\u00a3]\d[^\n]{0,40}
          | (?:please[^\S\n]+)?(?:log[^\S\n]+in|sign[^\S\n]+in)[^\S\n]+or[^\S\n]+subscribe[^\S\n]+to[^\S\n]+(?:read|continue|view|access)[^\n]{0,60}
          | to[^\S\n]+(?:continue[^\S\n]+reading|read[^\S\n]+(?:the[^\S\n]+)?(?:full|rest|whole)[^\n,]{0,30}),[^\S\n]+(?:please[^\S\n]+)?(?:subscribe|log[^\S\n]+in|sign[^\S\n]+in|register)[^\n]{0,60}
          | unlock[^\S\n]+this[^\S\n]+(?:article|story) | start[^\S\n]+your[^\S\n]+free[^\S\n]+trial(?:[^\S\n]+(?:today|now))?[.!]?
          | (?:try|get)[^\S\n]+(?:\d+|one)[^\S\n]+(?:months?|weeks?)[^\S\n]+for[^\S\n]+(?:just[^\S\n]+|only[^\S\n]+)?[$\u20ac\u00a3]\d[^\n]{0,40}
          | cancel[^\S\n]+any[^\S\n]?time\.? | enjoy[^\S\n]+unlimited[^\S\n]+(?:digital[^\S\n]+)?access\b[^\n]{0,60}
          | (?:sign[^\S\n]+up|subscribe)[^\S\n]+(?:to|for)[^\S\n]+[^\n]{1,60}[^\S\n]+for[^\S\n]+free
          | (?=[^\n]{0,220}$)(?:jetzt[^\S\n]+)?""" + NEWSLETTER_VERBS + r"""[^\n]{0,80}?""" + NEWSLETTER + r"""[^\n]{0,100}
          | """ + NEWSLETTER + r"""[^\S\n]+(?:abonnieren|bestellen)
          # "Zum Newsletter anmelden" (chefkoch.de, chemietechnik.de, tierschutz-berlin.de, vorangedacht.de: saved pages)
          | zum[^\S\n]+""" + NEWSLETTER + r"""[^\S\n]+anmelden
          # Polish and Dutch sign-up boxes ("Zapisz się na newsletter", "Schrijf je in voor onze nieuwsbrief", "Meld je
          # aan voor onze nieuwsbrief"): the newsletter boxes of eight and five unrelated sites' templates in public
          # repositories, and a Polish scraper's own list of lines to strip; the verb right before the newsletter
          | (?:zapisz[^\S\n]+si[\u0119e]|schrijf[^\S\n]+je[^\S\n]+in|meld[^\S\n]+je[^\S\n]+aan|aanmelden)[^\S\n]+
            (?:(?:na|do|voor|op)[^\S\n]+)?(?:(?:nasz|naszego|onze|de|het)[^\S\n]+)?(?:newsletter\w*|nieuwsbrief)\b[^\n]{0,100}
        """,
        verbose=True,
        confidence="medium",
        remove=("Subscribe to our newsletter", "Join 1,204 other subscribers", "Sign up for daily news updates from Example on email.",
                "Subscribe to Example Press for FREE", "Newsletter abonnieren", "Abonnez-vous \u00e0 notre newsletter",
                "Suscr\u00edbete a nuestro bolet\u00edn", "Assine nossa newsletter", "Iscriviti alla nostra newsletter",
                "Click here to subscribe", "Subscribe to our YouTube channel for more videos", "Subscribe now for unlimited access",
                "You have reached your limit of free articles.", "Subscribe for just $1 a week",
                "To continue reading, please subscribe.", "Please log in or subscribe to read the full article.", "Start your free trial", "Want more stories like this? Sign up for our newsletter.", "Donate now",
                "Thanks for reading The Garden Letter! Subscribe for free to receive new posts and support my work.",
                "Give a gift subscription", "Member-only story", "Discover more from The Garden Letter",
                "Distraction-free reading. No ads.", "Read member-only stories", "Try for $5/month", "Already registered? Log in",
                "This is an edition of The Garden Letter, a newsletter about soil. Sign up for it here.", "Get 20% off membership for a limited time",
                "Subscribe to get the latest posts sent to your email.", "Subscribe now to keep reading and get access to the full archive.",
                "Type your email\u2026", "Have a news tip? Email us at tips@example.org", "Do you have a story? Email tips@example.org",
                "By signing up, you agree to our Terms of Use and Privacy Policy.", "Please enter a valid email address.",
                "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
                "Thank you for signing up!", "You can unsubscribe at any time.", "Have a story idea? Email us.", "Got a story? Email news@example.org",
                "Want the latest news in your inbox? Sign up here.", "Stay updated with the latest news",
                "For more news, visit example.org",
                "Get Latest News Live on Example TV along with Breaking News and Top Headlines from around the world.",
                "Keep reading with a 7-day free trial",
                "Subscribe to The Garden Letter to keep reading this post and get 7 days of free access to the full post archives.",
                "Subscribe to read", "Get unlimited access to Example News", "Buy me a coffee", "Become a patron on Patreon",
                "No spam. Unsubscribe anytime.", "Article r\u00e9serv\u00e9 aux abonn\u00e9s",
                "Il vous reste 80% de cet article \u00e0 lire.", "Zapisz si\u0119 na newsletter", "Schrijf je in voor onze nieuwsbrief"),
        keep=(
            "Subscribe to a few newsletters in your field and read them for a month before you start your own; "
            "you will learn what readers answer to, what they skip, and how often they want to hear from you.",
            "Getting readers to sign up for a newsletter takes patience.",
            "Why did she leave? Subscribe to the theory that she never meant to stay, and the rest of the story falls into place.",
            "Have a news tip? She always did, and she called the desk before anyone else.",
            "Got a story? Call it a legend, the old sailor said, and nobody can check it.",
            "Can anyone join? Sign up opens in May, and the club takes forty members a year, the secretary said.",
            "Get the latest news from the front, her mother wrote, and tell me whether the roads are open.",
            "For more information, visit the council's website.",
            "They asked readers to donate now rather than wait for the end of the year.",
            "To continue reading, she said, you need patience; the archive closes at five.",
            "Subscribers can cancel anytime, the company said, but few do.",
            "By signing up, the players agree to the league's terms for a season, and most renew.",
            "By signing up, you agree to binding arbitration under the terms, lawyers warn.",
            "Join the protest on Saturday, the group wrote to its mailing list.",
            "Have a story? Email it to your editor first, then call, the veteran reporter advised.",
            "Buy me a coffee and I will tell you everything, he said.", "No spam filter caught the message.",
            "Get full access to the park with a season pass.",
            "Discover more from the museum's own archive, the guide suggested.",
            "Meld je aan voor de cursus, zei ze, want de nieuwsbrief komt later.",
        ),
        reason="newsletter promotion",
    ),
    Rule(
        id="promo.app",
        description='App promotions: "Download our app", "Get the Example app".',
        pattern=r"""
            (?=[^\n]{0,260}$)(?:[^\n.!?]{0,160}?,[^\S\n]+|(?:to|and|or|please)[^\S\n]+)?(?:download|get|install|try)[^\S\n]+(?:our|the[^\S\n]+[\w&' -]{1,30}?)[^\S\n]+(?:free[^\S\n]+)?(?:mobile[^\S\n]+)?app\b""" + NOT_REPORTED + r"""[^\n]{0,180}
          | open[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?app | (?:get|download)[^\S\n]+the[^\S\n]+app(?:[^\S\n]+(?:for|to)[^\S\n]+[^\n]{1,100})?
          | (?:download(?:[^\S\n]+it)?|available|get[^\S\n]+it)[^\S\n]+on[^\S\n]+(?:the[^\S\n]+)?(?:apple[^\S\n]+)?(?:app[^\S\n]+store|google[^\S\n]+play)
            (?:[^\S\n]*[|\u00b7\u2022,/-]?[^\S\n]*(?:and|or)?[^\S\n]*(?:(?:download(?:[^\S\n]+it)?|available|get[^\S\n]+it)[^\S\n]+)?(?:on[^\S\n]+)?(?:the[^\S\n]+)?(?:apple[^\S\n]+)?(?:app[^\S\n]+store|google[^\S\n]+play))?
        """,
        verbose=True,
        # A sentence: the promotion glued after an article's last sentence goes, and the sentence stays.
        scope="sentence",
        confidence="medium",
        remove=("Download our app", "Open in app", "Get the app", "Download on the App Store | Get it on Google Play", "Get it on Google Play", "To get breaking news delivered straight to your phone, download our app here or sign up for our newsletter."),
        keep=("Users can download the app from the store, the company said.",
              "Available on the App Store since March, the game has sold a million copies.",),
        reason="app promotion",
    ),
    Rule(
        id="promo.podcast",
        description='Podcast promotions: "Listen to our podcast", "Subscribe on Apple Podcasts".',
        pattern=r"""
            (?:listen|subscribe)[^\S\n]+(?:to[^\S\n]+(?:our|the)[^\S\n]+(?:[\w&' -]{1,30}[^\S\n]+)?podcast|on[^\S\n]+(?:apple[^\S\n]+podcasts|spotify|google[^\S\n]+podcasts))
            (?:[^\S\n]+(?:on|at|via|or|and|wherever)\b[^\n.,;]{0,60})?
          | (?:available|listen)[^\S\n]+(?:now[^\S\n]+)?on[^\S\n]+apple[^\S\n]+podcasts[^\n]{0,100}
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
        description='An advertising line that ends in a call to action: "... 50% OFF. Show me the deals!", "... CLICK HERE". '
                    "The call stands as a sentence of its own, or the line is short; a sentence that merely ends in "
                    '"... you can buy now." is prose.',
        pattern=r"""
            (?>[^\n]{1,300})  # the whole line at once, then one look back at how it ends (a quoted order is no advert)
            (?<=(?:^[^\n]{0,40}|(?:^|[.!?:;(|\u00bb\u203a>\u2192\u2013\u2014\u2026-]|\p{So})[^\S\n]*)
              \b(?:click[^\S\n]+here|shop[^\S\n]+now|buy[^\S\n]+now|order[^\S\n]+now|order[^\S\n]+today|download[^\S\n]+now
              |get[^\S\n]+it[^\S\n]+now|show[^\S\n]+me(?:[^\S\n]+[\w'\u2019-]+){1,3}|sign[^\S\n]+up[^\S\n]+(?:now|today)
              |try[^\S\n]+it[^\S\n]+(?:free|now|today)|claim[^\S\n]+your[^\S\n]+[\w-]+|learn[^\S\n]+more[^\S\n]+here|see[^\S\n]+the[^\S\n]+deals?)[^\w\n"'“”‘’]{0,6})
        """,
        verbose=True,
        confidence="medium",
        remove=("Garden tools are now 50% OFF plus free shipping. Show me the tools!", "FREE GUIDE! Download our 40-page guide. CLICK HERE",
                "For more videos click here.", "Buyer's Guide: Laptops (Buy Now)"),
        keep=("To see the list, click here and scroll down, the clerk told us.\n\nWe did.", "\"Show me the money,\" he said.",
              'The officer yelled: "Show me your hands!"',
              "A mesh router is a gift the whole family will use, and this one is on sale, so you can buy now.",
              "To grow a business, you have to step into the limelight and claim your authority."),
        reason="advertising",
    ),
]

# Investment newsletters' promotions that syndication adds under an article (Motley Fool's Stock Advisor,
# Zacks): on fool.com, finance.yahoo.com, nasdaq.com and msn.com, in scraped samples of public repositories.
RULES += [
    Rule(
        id="promo.stock-picks",
        description='An investment newsletter\'s promotion under a syndicated article, from "Should you invest $1,000 in '
                    'Example right now?", "Where to invest $1,000 right now" or "10 stocks we like better than Example" to '
                    '"*Stock Advisor returns as of ...", fifteen lines at most.',
        pattern=r"""
            ^[^\S\n]*(?:should[^\S\n]+you[^\S\n]+invest[^\S\n]+\$[\d,]+[^\S\n]+in[^\S\n]+[^\n?]{1,80}?[^\S\n]+right[^\S\n]+now\?
              |where[^\S\n]+to[^\S\n]+invest[^\S\n]+\$[\d,]+[^\S\n]+right[^\S\n]+now
              |\d{1,3}[^\S\n]+stocks[^\S\n]+we[^\S\n]+like[^\S\n]+better[^\S\n]+than[^\S\n]+[^\n]{1,80}?)[^\S\n]*$
            (?:\n[^\n]*){0,14}?
            \n[^\S\n]*\*?[^\S\n]*stock[^\S\n]+advisor[^\S\n]+returns[^\S\n]+as[^\S\n]+of[^\n]{0,40}$
        """,
        verbose=True,
        scope="lines",
        confidence="medium",
        remove=("Shares rose.\n\nShould you invest $1,000 in Example right now?\n\nBefore you buy stock in Example, consider this:\n\n"
                "The analyst team just picked what they believe are the 10 best stocks to buy now.\n\nSee the 10 stocks \u00bb\n\n"
                "*Stock Advisor returns as of June 1, 2024",
                "Shares rose.\n10 stocks we like better than Example\nWhen our analyst team has a stock tip, it can pay to listen.\n"
                "See the 10 stocks\n*Stock Advisor returns as of June 1, 2024"),
        keep=("Should you invest $1,000 in Example right now? Analysts are split, and the shares fell 4% on Monday.",),
        reason="newsletter promotion",
    ),
    Rule(
        id="promo.zacks",
        description='Zacks\' promotion at a syndicated article\'s end: "Want the latest recommendations from Zacks Investment '
                    'Research? Today, you can download 7 Best Stocks for the Next 30 Days. Click to get this free report", and '
                    'what follows it on its line (the stocks\' "Free Stock Analysis Report" links).',
        pattern=r"want[^\S\n]+the[^\S\n]+latest[^\S\n]+recommendations[^\S\n]+from[^\S\n]+zacks[^\S\n]+investment[^\S\n]+research\?[^\n]*",
        scope="sentence",
        confidence="medium",
        remove=("Shares rose 3%. Want the latest recommendations from Zacks Investment Research? Today, you can download 7 Best "
                "Stocks for the Next 30 Days. Click to get this free report",),
        keep=("Want the latest recommendations? Ask your broker, the analyst said.",),
        reason="newsletter promotion",
    ),
    Rule(
        id="promo.free-stock-report",
        description='A line linking a stock\'s free report: "Example Inc. (EXM) : Free Stock Analysis Report".',
        # the company's name: no sentence's end in it ("Inc." over its ticker is none). Scope `lines`: the document is
        # scanned only when it holds "free stock analysis report" (a line rule that starts with no literal is tried on
        # every line, about 8% of Cleaner.clean's time).
        pattern=r"^[^\S\n]*(?:[^\n.!?]|\.(?![^\S\n]+\w)){1,100}?\([^\S\n]*[\w.-]{1,8}[^\S\n]*\)[^\S\n]*:[^\S\n]*"
                r"free[^\S\n]+stock[^\S\n]+analysis[^\S\n]+report[^\S\n]*$",
        scope="lines",
        confidence="medium",
        remove=("Example Inc. (EXM) : Free Stock Analysis Report",),
        keep=("The free stock analysis report (PDF) is on the company's website, she said.",),
        reason="newsletter promotion",
    ),
]
