"""The trained line model: shallow text features per line and a logistic regression, in pure Python.

The features follow boilerpipe's shallow text features (Kohlschütter et al., WSDM 2010) and
jusText's context: a line's own shape (words, sentence punctuation, capitals, stopwords, chrome
words, digits, separators), where it stands (distance from the document's edges and from the
article's prose), the same for its neighbours, whether the named rules cut it or its neighbours,
and weights for common words. The weights are a data file (`data/linemodel.json`) written by
`python -m cleaner.train`; docs/evaluation.md says how they were trained and scored.
"""

from __future__ import annotations

import json
import math
import operator
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from typing import NamedTuple

import regex

from .text import SENTENCE_END, cjk_share, word_count

#: Short function words of the languages the labelled corpus holds; a line of prose has many.
STOPWORDS = frozenset("""
a an the and or but of to in on at for with by from as is are was were be been it its this that these those
he she they we you i his her their our your not no so if than then there which who what when where how all
has have had will would can could should may might do does did about into over after before also just more
der die das und oder aber von zu im in am an auf für mit bei aus als ist sind war waren nicht ein eine einen
dem den des sich es er sie wir ich auch nur noch wie wenn dass so um
le la les et ou mais de du des un une au aux en dans sur pour par avec est sont était pas ne qui que ce il elle
ils nous vous je se sa son ses leur plus
el los las y o pero del un una en con por para es son era no que se su sus lo al como más muy
o os as e mas do da dos das um uma em no na nos nas com por para é são não que se seu sua
il lo gli e o ma di del della dei un una in con per è sono non che si
de het een en of maar van in op te voor met door is zijn was niet dat die er ook
i w z na do nie to jest się że jak o od po za
и в не на что с по как это он она они к у из за от же но для
""".split())

#: Words that site chrome is made of (menus, widgets, prompts), in the corpus's languages; a line
#: of them is more likely boilerplate. The Polish, Czech, Swedish, Turkish, Russian and Dutch ones of
#: the last lines are the English words' translations (share, comment, log in, password, search, next,
#: related, popular, latest, privacy, contact, loading, listen, print, follow ...), not lines of the
#: labelled corpus, and none common in prose: leave-site-out recall 0.6281 -> 0.6290 with no content
#: token more.
CHROME_WORDS = frozenset("""
share shares shared tweet facebook twitter linkedin pinterest reddit whatsapp telegram email e-mail print
comment comments reply replies subscribe subscribed newsletter follow followers like likes login log sign
register account password menu home search navigation skip main content toggle close open more read
related posts post previous next older newer archive archives categories category tags tag topics
popular trending latest recent recommended sponsored advertisement advertising ad ads promoted
cookie cookies privacy policy terms conditions consent accept settings preferences copyright rights reserved
contact about us our team careers jobs feed rss podcast video videos photo photos gallery watch listen
download app apps store subscription premium donate support membership member members join website
click here link links source originally published appeared posted updated filed under
teilen kommentar kommentare abonnieren datenschutz impressum weiterlesen mehr werbung anzeige
partager commentaire commentaires abonner confidentialité lire suite publicité
compartir comentarios suscribirse privacidad leer publicidad
compartilhar comentários assine privacidade leia publicidade
condividi commenti iscriviti leggi pubblicità
delen reacties abonneren lees advertentie
udostępnij komentarze subskrybuj czytaj reklama
paylaş yorum yorumlar abone giriş kayıt menü önceki sonraki haberler dakika okuma reklam
sdílet komentáře komentář přihlásit registrace hledat menu předchozí následující reklama číst nahoru
dela kommentarer kommentera prenumerera logga sök meny föregående nästa läs annons lyssna
kommentarer abonner søg søk forrige næste neste annonse
поделиться комментарии подписаться войти поиск меню реклама читать далее
udostępnij komentarz komentarzy skomentuj zaloguj zarejestruj logowanie rejestracja hasło szukaj wyszukaj
następny poprzedni następne poprzednie powiązane polecane popularne najnowsze najpopularniejsze prywatności
kontakt ładowanie wczytywanie posłuchaj drukuj obserwuj śledź regulamin prenumerata sdílejte komentářů
odebírat přihlášení heslo vyhledat domů související doporučujeme populární nejnovější nejčtenější soukromí
načítání poslechnout tisk sledujte předplatné kommentar nyhetsbrev registrera lösenord relaterade
populära senaste lästa integritet laddar följ prenumerant bülten kayıt şifre ilgili popüler okunan
gizlilik iletişim devamını oku yükleniyor dinle yazdır takip комментарий рассылка регистрация пароль главная
следующая предыдущая похожие популярные конфиденциальность контакты загрузка слушать печать подписывайтесь
reactie nieuwsbrief inloggen registreren wachtwoord zoeken volgende vorige gerelateerd populair nieuwste
privacy contact luister printen volg
""".split())

_WORD = re.compile(r"\w+")  # the standard library's engine: faster on a pattern this plain
_CLOCK_OR_YEAR = re.compile(r"\d{1,2}[:.]\d\d|(?<!\d)\d{4}(?!\d)")
_MONTHS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())
_BYLINE = regex.compile(r"(?:by|von|par|por|di|door|przez|от)\s", regex.IGNORECASE)
_SEPARATORS = frozenset("|•·»›«‹/\\>~")
_BULLETS = frozenset("-*•·>#+–—")
_SENTENCE_END = frozenset(SENTENCE_END)
#: A line this much Chinese, Japanese or Korean is one the model was never trained on: it never scores it.
CJK_SHARE = 0.3


class Line(NamedTuple):
    """A non-blank line: where it starts and ends (before its break) in the text."""

    start: int
    end: int


def lines_of(text: str) -> list[Line]:
    r"""The non-blank lines of `text` (breaks: \n, \r\n or \r).

    >>> lines_of("One\n\n  \nTwo\r\nThree")
    [Line(start=0, end=3), Line(start=8, end=11), Line(start=13, end=18)]
    """
    out = []
    pos = 0
    for piece in (text.replace("\r", "\n") if "\r" in text else text).split("\n"):  # a \r\n: an empty piece
        end = pos + len(piece)
        if piece and not piece.isspace():
            out.append(Line(pos, end))
        pos = end + 1
    return out


def _visible(s: str) -> int:
    """How many characters of `s` are not whitespace."""
    return len("".join(s.split()))


def cut_shares(text: str, lines: Sequence[Line], spans: Sequence[tuple[int, int]]) -> list[float]:
    r"""For each line, the share of its non-space characters that the sorted, disjoint `spans` cover.

    >>> cut_shares("ab cd\nef", lines_of("ab cd\nef"), [(0, 3)])
    [0.5, 0.0]
    """
    if not spans:
        return [0.0] * len(lines)
    out = []
    k = 0
    for a, b in lines:
        while k < len(spans) and spans[k][1] <= a:
            k += 1
        covered = 0
        j = k
        while j < len(spans) and spans[j][0] < b:
            covered += _visible(text[max(spans[j][0], a) : min(spans[j][1], b)])
            j += 1
        out.append(covered / _visible(text[a:b]) if covered else 0.0)
    return out


def _shape(s: str) -> tuple[float, ...]:
    """The line's own features (see `SHAPE`); shares are read from its first `SAMPLE` characters."""
    words = s.split()
    tail = s[-1:]
    head = s[:SAMPLE]
    chars = len(head)
    sample = head.split()
    lowered = _WORD.findall(head.lower())
    known = len(lowered) or 1
    alpha = [w for w in sample if w[:1].isalpha()]
    caps = sum(1 for w in alpha if w[0].isupper())
    shouted = sum(1 for w in alpha if len(w) > 1 and w.isupper())
    digits = sum(map(str.isdigit, head))
    return (
        math.log1p(len(words)),
        math.log1p(len(s)),
        1.0 if tail in _SENTENCE_END else 0.0,
        1.0 if tail == ":" else 0.0,
        caps / len(alpha) if alpha else 0.0,
        shouted / len(alpha) if alpha else 0.0,
        len(STOPWORDS.intersection(lowered)) / known,
        digits / chars if chars else 0.0,
        sum(map(_SEPARATORS.__contains__, sample)) / len(sample) if sample else 0.0,
        1.0 if s[:1] in _BULLETS else 0.0,
        1.0 if ("http" in s or "www." in s or ".com" in s or "](" in s) else 0.0,
        1.0 if ("\u00a9" in s or "(c)" in s) else 0.0,
        1.0 if "@" in s else 0.0,
        1.0 if digits and (_CLOCK_OR_YEAR.search(head) or not _MONTHS.isdisjoint(w[:3] for w in lowered)) else 0.0,
        math.log1p(s.count(". ") + s.count("? ") + s.count("! ")),
        len(CHROME_WORDS.intersection(lowered)) / known,
        1.0 if s.endswith(("\u2026", "...", "\u2192", "\u00bb", ">")) else 0.0,
    )


def _brief(s: str, words: int) -> tuple[float, ...]:
    """A line of prose, which is never scored itself, as its neighbours see it: `_shape`'s words,
    characters and sentence end, the rest left at zero."""
    out = [0.0] * len(SHAPE)
    out[_WORDS], out[1], out[_ENDS] = math.log1p(words), math.log1p(len(s)), 1.0
    return tuple(out)


#: How many of a line's first characters its shares are read from (a long line is prose or a
#: notice either way, and reading all of it would cost more than it tells).
SAMPLE = 120

#: A line of this many words or more that ends a sentence is prose: the model never scores it.
PROSE_WORDS = 20

SHAPE = ("log_words", "log_chars", "ends_sentence", "ends_colon", "capitalised_words", "capitals_words",
         "stopwords", "digits", "separators", "bullet", "url", "copyright", "at_sign", "date", "inner_sentences",
         "chrome_words", "ends_ellipsis_or_arrow")
_WORDS, _ENDS, _CAPS, _STOPS, _CHROME = (SHAPE.index(f) for f in (
    "log_words", "ends_sentence", "capitalised_words", "stopwords", "chrome_words"))


#: A line of prose (for the features around it) has at least this many words and ends a sentence.
_PROSE_MIN = 12

#: A widget-sized line has at most this many words and no sentence end.
_SHORT_MAX = 6


#: What a document's lines read as, by line: its word count (up to `PROSE_WORDS` + 1: a longer line
#: counts no further), whether it ends a sentence, whether it is prose the model never scores
#: (`PROSE_WORDS` words or more, by its spaces too, or two Chinese or Japanese characters a word),
#: and its shape, its words (`line_words`) and whether it is `_foreign` once read (None before).
Seen = list  # [int, bool, bool, tuple[float, ...] | None, frozenset[str] | None, bool | None]


def _outline(strings: Sequence[str], cache: dict[str, Seen]) -> list[Seen]:
    """Each line's `Seen` entry from `cache`, or read now: all that tells prose, short lines and the
    scored lines apart, without reading a line's shape.

    >>> [seen[:3] for seen in _outline(["Menu", "Twenty " * 19 + "words.", "word " * 40], {})]
    [[1, False, False], [20, True, True], [21, False, False]]
    """
    out = []
    for s in strings:
        seen = cache.get(s)
        if seen is None:
            words, ends = len(s.split(None, PROSE_WORDS)), s[-1:] in _SENTENCE_END
            spaced = s.count(" ") + 1 >= PROSE_WORDS
            if words < PROSE_WORDS and not s.isascii():  # Chinese or Japanese: two characters a word
                words = spaced = min(word_count(s), PROSE_WORDS + 1)
            seen = cache[s] = [words, ends, ends and words >= PROSE_WORDS and bool(spaced), None, None, None]
        out.append(seen)
    return out


def _foreign(s: str, seen: Seen) -> bool:
    """Whether the model never scores a line (`seen`, its `_outline` entry) for what it is: program
    code (a line that opens or closes a block or ends a statement, "run() {", "}",
    "fs.writeFileSync(path, content);", a comment's ends, an arrow function), a table's row, a
    quote's empty line (">"), or a line of Chinese, Japanese or Korean, its links' addresses not
    counted (the labelled corpus has almost none of them; when in doubt, keep). Read once, with
    string tests rather than a regex: every line a document's model reads comes through here.

    >>> [_foreign(s, [0, 0, 0, None, None, None]) for s in ("}", "| 2024 | 3.1% |", ">", "\u524d\u8a00", "Share this")]
    [True, True, True, True, False]
    """
    if seen[5] is None:
        seen[5] = (not s.strip(">| \t") or s[-1] in "{};" or not s.strip("{}()[];,")  # a quote's or a table's bar, a block
                   or s.startswith(("/*", "*/", "#include")) or "=>" in s or "){" in s or ") {" in s  # a comment, a function
                   or (s[0] == "|" and s[-1] == "|")  # a table's row
                   or (not s.isascii() and cjk_share(_LINK_TARGET.sub("", s) if "](" in s else s) >= CJK_SHARE))
    return seen[5]


def _shape_of(s: str, seen: Seen) -> tuple[float, ...]:
    """A line's shape (`seen` is its `_outline` entry), read once: `_brief` for prose the model never scores."""
    shape = seen[3]
    if shape is None:
        shape = seen[3] = _brief(s, len(s.split())) if seen[2] else _shape(s)
    return shape


def line_texts(text: str, lines: Sequence[Line]) -> list[str]:
    """Each line's text without the spaces around it: what the model reads of it."""
    return [text[a:b].strip() for a, b in lines]


def features(text: str, lines: Sequence[Line], cut: Sequence[float],
             cache: dict[str, Seen] | None = None, strings: Sequence[str] | None = None,
             training: bool = False) -> list[list[float] | None]:
    """A feature vector (`FEATURES` names them) for each line the model scores, None for the others:
    lines the rules removed (`cut[i]`, the share of line i they removed, at 0.99 or more), lines of
    prose (`PROSE_WORDS` words or more, ending a sentence), a Markdown heading ("### Create it", or a
    line in bold alone) right over a paragraph (a line of `_PROSE_MIN` words or more: the article's
    subheading), code
    (fenced with ``` or shaped like it), a table's row, a line of Chinese, Japanese or Korean
    (`_foreign`), and every line of a document without a line of prose. `strings`: the lines'
    `line_texts`, if read already. `training`: rows for code, tables and Chinese too (the model is
    trained on them as it always was; without them its fit leans towards cutting short lines
    elsewhere, see docs/evaluation.md)."""
    strings = line_texts(text, lines) if strings is None else strings
    n = len(lines)
    outline = _outline(strings, {} if cache is None else cache)
    prose = [ends and words >= _PROSE_MIN for words, ends, *_ in outline]
    prose_before = list(accumulate(prose, initial=0))
    total = prose_before.pop()
    if not total:
        return [None] * n  # no prose to tell the article by: when in doubt, keep
    short = [not ends and words <= _SHORT_MAX for words, ends, *_ in outline]
    run = _runs(short)
    above = _gaps(prose)
    below = _gaps(prose[::-1])[::-1]
    seen = Counter(strings)
    doc_chars = max(1, len(text))
    empty = (0.0,) * len(SHAPE)
    blank = _blank_gaps(text, lines)
    up, down = _distances(cut, -1), _distances(cut, 1)
    rows: list[list[float] | None] = []
    fenced = False  # inside a block of code fenced with ``` or ~~~
    for i, (a, b) in enumerate(lines):
        if strings[i][:3] in ("```", "~~~"):
            fenced = not fenced
            rows.append(None)
            continue
        if cut[i] >= 0.99 or outline[i][2] or (not training and (fenced or _foreign(strings[i], outline[i]))) \
                or (_heading_mark(strings[i]) and i + 1 < n and outline[i + 1][0] >= _PROSE_MIN):
            rows.append(None)  # cut, prose, code, or a Markdown heading right over a paragraph (a subheading)
            continue
        me = _shape_of(strings[i], outline[i])
        prev = _shape_of(strings[i - 1], outline[i - 1]) if i > 0 else empty
        nxt = _shape_of(strings[i + 1], outline[i + 1]) if i + 1 < n else empty
        after = total - prose_before[i] - prose[i]
        edge = 1.0 if short[i] else 0.0
        rows.append([
            *me,
            prev[_WORDS], prev[_ENDS], prev[_STOPS], prev[_CHROME], nxt[_WORDS], nxt[_ENDS], nxt[_STOPS], nxt[_CHROME],
            math.log1p(i), math.log1p(n - 1 - i), a / doc_chars, 1.0 - b / doc_chars,
            math.log1p(prose_before[i]), math.log1p(after), math.log1p(total), math.log1p(n),
            1.0 if blank[i] else 0.0, 1.0 if blank[i + 1] else 0.0,
            math.log1p(run[i]), 1.0 if seen[strings[i]] > 1 else 0.0,
            float(above[i]), float(below[i]), edge, edge * (after == 0), edge * (prose_before[i] == 0),
            1.0 if _BYLINE.match(strings[i]) else 0.0,
            1.0 if me[_CAPS] >= 0.7 and 1.0 < me[_WORDS] < 2.8 and not me[_ENDS] else 0.0,
            cut[i], cut[i - 1] if i > 0 else 1.0, cut[i + 1] if i + 1 < n else 1.0,
            up[i], down[i],
        ])
    return rows


def _heading_mark(line: str) -> bool:
    """Whether a line is marked as a Markdown heading: "## Results", or set in bold alone ("**Results**").

    >>> _heading_mark("## Results"), _heading_mark("**Results**"), _heading_mark("**Note:** the road is shut.")
    (True, True, False)
    """
    if line[:1] == "#":
        return True
    mark, inner = line[:2], line[2:-2]
    return mark in ("**", "__") and line.endswith(mark) and inner.strip() != "" and mark not in inner


def _gaps(prose: Sequence[bool]) -> list[int]:
    """For each line, how many lines back the nearest prose line stands (1: just above), capped at 8.

    >>> _gaps([True, False, False, True])
    [8, 1, 2, 3]
    """
    out, last = [], None
    for i, p in enumerate(prose):
        out.append(8 if last is None else min(8, i - last))
        if p:
            last = i
    return out


def _blank_gaps(text: str, lines: Sequence[Line]) -> list[bool]:
    r"""For each line, whether a blank line (or the document's edge) stands before it, and last,
    whether one stands after the last line: entry i is the gap over line i, entry i + 1 the gap
    under it.

    >>> _blank_gaps("One\n\nTwo\r\nThree", lines_of("One\n\nTwo\r\nThree"))
    [True, True, False, True]
    """
    if "\r" not in text:  # one break style: a gap of two breaks or more holds a blank line
        inner = [text.count("\n", a.end, b.start) > 1 for a, b in zip(lines, lines[1:])]
    else:
        inner = [_blank_between(text, a.end, b.start) for a, b in zip(lines, lines[1:])]
    return [True, *inner, True] if lines else [True]


def _blank_between(text: str, end: int, start: int) -> bool:
    """Whether a blank line stands between the end of one line and the start of the next."""
    gap = text[end:start]
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n") > 1


def _runs(flags: Sequence[bool]) -> list[int]:
    """For each position, the length of the run of true flags it stands in (0 where false).

    >>> _runs([True, True, False, True])
    [2, 2, 0, 1]
    """
    out = [0] * len(flags)
    i = 0
    while i < len(flags):
        j = i
        while j < len(flags) and flags[j]:
            j += 1
        for k in range(i, j):
            out[k] = j - i
        i = max(j, i + 1)
    return out


def _distances(cut: Sequence[float], step: int) -> list[float]:
    """For each line, the lines from it to the nearest line the rules cut (half of it or more), up
    (`step` -1) or down (1), the document's edge counting as one, capped at 8.

    >>> _distances([0, 1, 0, 0], -1), _distances([0, 1, 0, 0], 1)
    ([1.0, 2.0, 1.0, 2.0], [1.0, 3.0, 2.0, 1.0])
    """
    n = len(cut)
    out = [8.0] * n
    last = None  # the nearest line cut half or more so far, walking in from the edge `step` points to
    for i in range(n - 1, -1, -1) if step > 0 else range(n):
        gap = (n - i if step > 0 else i + 1) if last is None else (last - i) * step
        out[i] = float(min(gap, 8))
        if cut[i] >= 0.5:
            last = i
    return out


FEATURES: tuple[str, ...] = (
    *SHAPE,
    "prev_log_words", "prev_ends_sentence", "prev_stopwords", "prev_chrome_words",
    "next_log_words", "next_ends_sentence", "next_stopwords", "next_chrome_words",
    "log_index", "log_index_from_end", "share_before", "share_after",
    "log_prose_before", "log_prose_after", "log_prose_lines", "log_lines",
    "blank_before", "blank_after", "log_short_run", "repeated",
    "lines_from_prose_above", "lines_to_prose_below", "short", "short_after_prose", "short_before_prose",
    "byline", "title_like",
    "cut", "prev_cut", "next_cut", "lines_to_cut_above", "lines_to_cut_below",
)


def line_words(line: str) -> frozenset[str]:
    """The words of a line's first `SAMPLE` characters, lower-cased, of two letters or more: what
    the model's word weights are looked up by.

    >>> sorted(line_words("Share this: Facebook, X (2)"))
    ['facebook', 'share', 'this']
    """
    return frozenset(_TERM.findall(line[:SAMPLE].lower()))


_TERM = re.compile(r"[^\W\d_]{2,}")


class Model(NamedTuple):
    """A logistic regression: the log-odds are `bias`, plus the `weights` of `FEATURES`, plus the
    weights of the line's words that `words` holds (words seen in lines of several sites)."""

    bias: float
    weights: tuple[float, ...]
    words: Mapping[str, float] = {}

    def probability(self, row: Sequence[float], terms: Iterable[str] = ()) -> float:
        """The probability that the line with these features and words is boilerplate."""
        score = self.bias + sum(map(operator.mul, self.weights, row))
        if self.words:
            score += sum(self.words.get(t, 0.0) for t in terms)
        return 1.0 / (1.0 + math.exp(-score)) if score > -700 else 0.0


#: A label, link or headline has at most this many words (a widget's items; see `is_label`).
LABEL_WORDS = 14


def is_label(line: str) -> bool:
    """Whether a line reads as a widget's item: a few words, not ending a sentence or a clause.

    >>> is_label("Flood defences finished a year early"), is_label("\u201cIt was worth every penny.\u201d")
    (True, False)
    """
    end = line.rstrip().rstrip("\"'\u201d\u2019\u00bb)")
    return len(line.split()) <= LABEL_WORDS and not end.endswith((".", ",", ";", "!", "?", "\u2026"))


def widget_runs(text: str, lines: Sequence[Line], cut: Sequence[float], probability: Mapping[Line, float],
                 threshold: float, prose: int) -> set[int]:
    """The starts of the lines below the last line of prose (index `prose`) that run, one under the
    other, from right under a line a named rule cut (`cut` at 0.99 or more): each a label
    (`is_label`) that the model scores at `threshold` or above, or a date after one of them, with
    another or the end of the page after it (the date under each of a widget's headlines). A run
    that stands right over a sentence is left whole: a subheading over the article's next
    paragraph, not a widget's items.

    >>> text = "A long line of prose that ends the article here, with twelve words or more.\\nRelated\\nOne\\nTwo"
    >>> lines = lines_of(text)
    >>> [text[start:].split("\\n")[0] for start in widget_runs(text, lines, [0, 1, 0, 0], {lines[2]: 0.8, lines[3]: 0.6}, 0.7, 0)]
    ['One']
    """
    def label(j: int) -> bool:  # a line the rules left, that reads as a widget's item
        return cut[j] < 0.99 and lines[j] in probability and is_label(text[lines[j].start : lines[j].end])

    def item(j: int) -> bool:
        return label(j) and probability[lines[j]] >= threshold

    def date(j: int) -> bool:  # a date with an item or the page's end after it
        return label(j) and has_date(text[lines[j].start : lines[j].end]) and (j + 1 == len(lines) or item(j + 1))

    taken: set[int] = set()
    k = max(prose + 1, 1)
    while k < len(lines):
        if cut[k - 1] < 0.99 or cut[k] >= 0.99:
            k += 1
            continue
        end = k
        while end < len(lines) and (item(end) or (end > k and date(end))):
            end += 1
        if end > k and not (end < len(lines) and cut[end] < 0.99 and _is_sentence(text[lines[end].start : lines[end].end])):
            taken.update(line.start for line in lines[k:end])
        k = max(end, k + 1)
    return taken


#: The most words of a line `between_cuts` takes: a longer one between two cut lines is as often the
#: article's headline, between a section's name and a share bar, as a site's tagline.
BETWEEN_WORDS = 4


def between_cuts(text: str, lines: Sequence[Line], cut: Sequence[float], probability: Mapping[Line, float],
                 threshold: float, taken: set[int]) -> set[int]:
    """The starts of the labels (`is_label`) that the model scores at `threshold` or above and that
    stand between two cut lines: a named rule's (`cut` at 0.99 or more) or one of `taken` (line
    starts), right above and right below. jusText's context: a line that reads as chrome, with
    chrome on both sides, is chrome (a menu's item between two the rules took). A line of more than
    `BETWEEN_WORDS` words, one with a figure (a date, a table's value) or one that ends in a colon (it
    leads into what follows) stays.

    >>> text = "Menu\\nRiver notes\\nHome\\nA line of prose."
    >>> lines = lines_of(text)
    >>> [text[s:].split("\\n")[0] for s in between_cuts(text, lines, [1, 0, 0, 0], {lines[1]: 0.75}, 0.7, {lines[2].start})]
    ['River notes']
    """
    def gone(j: int) -> bool:
        return cut[j] >= 0.99 or lines[j].start in taken

    out = set()
    for j in range(1, len(lines) - 1):
        line = lines[j]
        if probability.get(line, 0.0) >= threshold and not gone(j) and gone(j - 1) and gone(j + 1):
            s = text[line.start : line.end]
            if (len(s.split()) <= BETWEEN_WORDS and is_label(s) and not s.rstrip().endswith(":")
                    and not any(c.isdigit() for c in s)):
                out.add(line.start)
    return out


_ITEM = re.compile(r"([^\S\n]*)(?:([-*+\u2022\u00b7\u2013])|\d{1,3}([.)]))[^\S\n](?![^\S\n]*[!\[])")


def _item_mark(text: str, line: Line) -> tuple[str, str] | None:
    """A list item's indent and mark ("1." and "2." are the same mark), or None for a line that is none
    or whose item is a link (a menu's or a table of contents' item in a Markdown page)."""
    item = _ITEM.match(text, line.start, line.end)
    return None if item is None else (item[1], item[2] or "#" + item[3])


def in_kept_list(text: str, lines: Sequence[Line], k: int, cut: Sequence[float], taken: set[int]) -> bool:
    """Whether line `k` is a list item with an item of the same list right above or right below it
    that stays: the same mark at the same indent, neither cut by a named rule (`cut` under 0.99) nor one
    of `taken` (line starts). jusText's context again: an item among kept items is the list's, as an
    article's short list ("- sign,", "* content length") is; a menu's items go together or not at all.
    Items that are links ("* [Benefits](#benefits)") are a menu's or a table of contents': no company.

    >>> text = "Each ID can:\\n- receive,\\n- sign,\\n- stake."
    >>> lines = lines_of(text)
    >>> in_kept_list(text, lines, 2, [0, 0, 0, 0], set()), in_kept_list(text, lines, 2, [0, 1, 0, 1], set())
    (True, False)
    """
    mark = _item_mark(text, lines[k])
    return mark is not None and any(
        0 <= j < len(lines) and cut[j] < 0.99 and lines[j].start not in taken and _item_mark(text, lines[j]) == mark
        for j in (k - 1, k + 1))


def has_date(line: str) -> bool:
    """Whether a line holds a date or a time, as the `date` feature reads it ("19/12/2025", "May 3")."""
    head = line[:SAMPLE]
    return any(map(str.isdigit, head)) and bool(
        _CLOCK_OR_YEAR.search(head) or not _MONTHS.isdisjoint(w[:3] for w in _WORD.findall(head.lower())))


#: A day's date or a time: "10:32", "03.05.2024", "25. 11. 2019", "3 mai 2024", "May 3, 2024" (not a
#: year alone).
_DAY = regex.compile(r"\d{1,2}:\d\d|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\b\d{1,2}\.[^\S\n]\d{1,2}\.[^\S\n]\d{4}\b"
                     r"|\b\d{1,2}\.?\s+\p{L}{3,}\.?,?\s+\d{4}"
                     r"|\b\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}")


def _dateline(line: str) -> bool:
    """Whether a line reads as an article's dateline or byline: a day's date or a time, not a year
    alone ("Posted on May 3, 2024", "03.05.2024 11:32", "3 mai 2024"), or "By Tom Smith".

    >>> _dateline("Posted on May 3, 2024"), _dateline("  By Tom Smith"), _dateline("Elections 2024")
    (True, True, False)
    """
    return bool(_BYLINE.match(line.lstrip()) or _DAY.search(line[:SAMPLE]))


def _is_sentence(line: str) -> bool:
    """A few words or more that end like a sentence: a paragraph, not a widget's item."""
    end = line.rstrip().rstrip("\"'\u201d\u2019\u00bb)")
    return len(line.split()) >= 4 and end.endswith((".", "!", "?"))


def prose_bounds(text: str, lines: Sequence[Line], cache: dict[str, Seen] | None = None,
                 strings: Sequence[str] | None = None) -> tuple[int, int]:
    """The indices of the first and the last line of prose among `lines` ((-1, -1) if none): above
    the first stands the head of the page, below the last its tail. `cache` holds what the lines
    read as (`score` fills it); `strings`, their `line_texts`, if read already.

    >>> text = "Menu\\nThe council met on Monday and agreed the budget for the coming year.\\nShare"
    >>> prose_bounds(text, lines_of(text))
    (1, 1)
    """
    outline = _outline(line_texts(text, lines) if strings is None else strings, {} if cache is None else cache)
    prose = [k for k, (words, ends, *_) in enumerate(outline) if ends and words >= _PROSE_MIN]
    return (prose[0], prose[-1]) if prose else (-1, -1)


#: A line of this many words or more (a link's address not counted) is a headline, not a menu's
#: item: a head run never takes it. Measured on the first <h1> of 894 saved pages of unrelated
#: sites: with runs of any labels, 41 of those headlines went (most of them the last line of a run
#: that a byline or a teaser stood under); with this limit and the guards below, 14 (see
#: docs/evaluation.md).
HEADLINE_WORDS = 5

#: A line of this many words or more right over the article's first paragraph, or over its byline,
#: is taken for the headline (`menu_runs`, `is_headline`).
HEADLINE_MIN_WORDS = 3

_LINK_TARGET = re.compile(r"\]\([^)\s]*\)|https?://\S+")


def _words(line: str) -> int:
    """The words of a line, its links' addresses left out ("[Privacy](https://example.org/p)" is one).

    >>> _words("[Norme e adeguamenti](https://example.org/legal/) * [Privacy](https://example.org/p/)")
    5
    """
    return len(_LINK_TARGET.sub("]", line).split())


#: Labels a run at the head of the page needs to be taken for a menu (a headline, a byline and a
#: dateline make three).
MENU_LABELS = 6

#: A menu's items score unevenly ("Spring AOP" 0.67 among "Spring Core" 0.75 and "Hibernate" 0.89),
#: so a run at the head also holds labels scored this much under the threshold, and takes them
#: where a label at the threshold that it takes stands under them. Leave-site-out recall on the
#: labelled corpus rose by 0.025 (three sites' menus) at no content token; see docs/evaluation.md.
MENU_SLACK = 0.3


def _drop_weak_tail(run: Sequence[Line], taken: set[int], probability: Mapping[Line, float], threshold: float) -> None:
    """Leave the labels under the threshold that no label at the threshold taken from `run` stands
    under: the run's weak end is as often the article's headline as a menu's last item."""
    for line in reversed(run):
        if line.start in taken and probability.get(line, 0.0) >= threshold:
            return
        taken.discard(line.start)


def menu_runs(text: str, lines: Sequence[Line], cut: Sequence[float], probability: Mapping[Line, float],
              threshold: float, prose: int) -> set[int]:
    """The starts of the lines above the first line of prose (index `prose`) in runs of `MENU_LABELS`
    labels or more (`is_label`) that the model scores at `threshold` or above, one under the other
    (lines a named rule cut may stand among them, each counted as a label once the first label is
    in): a site's menu. Labels scored up to `MENU_SLACK`
    under the threshold go with the run where a label at the threshold that it takes stands under
    them. A date among them stays: it is
    the article's dateline as often as the menu's, and so does the line over it, the article's
    headline as often as a menu's last item; so does the run's last line where the line right under
    the run reads as a dateline or a byline (`_dateline`: the model lets those be more often than
    not). A run whose lines start with a figure one time in three is a list of data (ingredients
    and their quantities, results), not a menu. A line ending in a colon right over the sentence
    that ends the run leads into it ("Here's why:") and stays.

    Only where a named rule cut a line above the article's first prose (a skip link, a "Menu"
    button) is the head of the page known to be chrome; elsewhere such a run is as likely the
    article's own list (ingredients, a packing list, key points) and stays. A run takes the labels
    over it up to that chrome (`_up_to_chrome`). (Below such chrome, a
    list that runs on from the menu, with no line of another shape between them, still goes with
    it: a known limit.)

    >>> text = "Skip\\nHome\\nNews\\nSport\\nWeather\\nTravel\\nContact\\nA long line of prose that opens the article here, with twelve words."
    >>> lines = lines_of(text)
    >>> len(menu_runs(text, lines, [1.0] + [0.0] * 7, {line: 0.8 for line in lines[1:]}, 0.7, 7))
    6
    >>> len(menu_runs(text, lines, [0.0] * 8, {line: 0.8 for line in lines}, 0.7, 7))
    0
    >>> text = "Skip\\nHome\\nNews\\nSport\\nWeather\\nTravel\\nMusic\\nFilm\\nContact\\nA long line of prose that opens the article here."
    >>> lines = lines_of(text)
    >>> scores = {line: 0.8 for line in lines[1:]} | {lines[3]: 0.6, lines[8]: 0.6}  # "Sport" and "Contact" weak
    >>> [text[start:].split("\\n")[0] for start in sorted(menu_runs(text, lines, [1.0] + [0.0] * 9, scores, 0.7, 9))]
    ['Home', 'News', 'Sport', 'Weather', 'Travel', 'Music', 'Film']
    """
    taken: set[int] = set()
    if not any(c >= 0.99 for c in cut[: max(prose, 0)]):
        return taken  # no chrome above the article that a named rule knows: a list there is the article's
    run: list[Line] = []
    for k in range(max(prose, 0) + 1):
        line = lines[k] if k < prose else None
        if line is not None and (cut[k] >= 0.99 or (probability.get(line, 0.0) >= threshold - MENU_SLACK
                                                     and is_label(text[line.start : line.end])
                                                     and _words(text[line.start : line.end]) < HEADLINE_WORDS)):
            run.append(line)
            continue
        labels = [r for r in run if probability.get(r, 0.0) >= threshold]
        # a line a named rule cut among the labels counts as one ("News" under "Home", cut as a
        # section's name), not one above them (a skip link)
        first_label = next((j for j, r in enumerate(run) if r in labels), len(run))
        labels += [r for r in run[first_label:] if r not in probability]
        figures = sum(text[r.start : r.end].lstrip()[:1].isdigit() for r in run)
        if len(labels) >= MENU_LABELS and 3 * figures < len(run):
            # a date stays, and so does the line over it: the article's headline over its dateline,
            # in the run or right under it ("Posted on May 3, 2024 by Tom" scores under the threshold),
            # or over its byline right under the run
            dated = [has_date(text[r.start : r.end]) for r in run] + [line is not None and _dateline(text[line.start : line.end])]
            taken.update(r.start for j, r in enumerate(run) if r in probability and not dated[j] and not dated[j + 1])
            _drop_weak_tail(run, taken, probability, threshold)
            if text[run[-1].start : run[-1].end].rstrip().endswith(":") and not is_label(text[lines[k].start : lines[k].end]):
                taken.discard(run[-1].start)  # "Here's why:" right over a sentence leads into it
            last = run[-1]
            if line is None and last in probability and _words(text[last.start : last.end]) >= HEADLINE_MIN_WORDS:
                taken.discard(last.start)  # right over the article's first paragraph: its headline
        run = []
    if taken:
        _up_to_chrome(text, lines, cut, probability, taken)
    return taken


#: The least score of a label that a menu's run takes on its way up to the chrome over it
#: (`_up_to_chrome`): a line the model reads as the article's stops the way.
MENU_FLOOR = 0.3


def _up_to_chrome(text: str, lines: Sequence[Line], cut: Sequence[float], probability: Mapping[Line, float],
                  taken: set[int]) -> None:
    """Add to `taken` (line starts of a menu's run) the labels over each run up to a line a named
    rule cut: a long menu scores unevenly ("Spring 4" under "Spring Boot"), and where one weak item
    breaks it, the part between the chrome above and the run below is the same menu. Each line on
    the way is a label (`is_label`) of fewer than `HEADLINE_WORDS` words, with no date, scored at
    `MENU_FLOOR` or above; any other line leaves the way as it stands.

    >>> text = "Skip\\nHome\\nBooks\\nFilm\\nA long line of prose opens the article here."
    >>> lines = lines_of(text)
    >>> taken = {lines[3].start}
    >>> _up_to_chrome(text, lines, [1.0, 0, 0, 0, 0], {lines[1]: 0.5, lines[2]: 0.35}, taken)
    >>> sorted(text[s:].split("\\n")[0] for s in taken)
    ['Books', 'Film', 'Home']
    >>> taken = {lines[3].start}  # no chrome a named rule cut over them: the labels stay
    >>> _up_to_chrome(text, lines, [0.0] * 5, {lines[1]: 0.5, lines[2]: 0.35}, taken)
    >>> sorted(text[s:].split("\\n")[0] for s in taken)
    ['Film']
    """
    for k in range(1, len(lines)):
        if lines[k].start not in taken or lines[k - 1].start in taken:
            continue  # not the top of a run
        j, way = k - 1, []
        while j >= 0 and cut[j] < 0.99:
            line = text[lines[j].start : lines[j].end]
            if not (probability.get(lines[j], 0.0) >= MENU_FLOOR and is_label(line)
                    and _words(line) < HEADLINE_WORDS and not has_date(line)):
                break
            way.append(lines[j].start)
            j -= 1
        if j >= 0 and cut[j] >= 0.99:
            taken.update(way)


#: A line that is a Markdown link to an author's page ("[Jane Doe](https://example.org/author/jane/)",
#: "[Jane](https://medium.com/@jane?source=post_page)"), perhaps after "By" and before a date: a byline. A
#: link named after a network ("[Mastodon](https://example.social/@jane)") is a follow button, not one.
_AUTHOR_LINK = regex.compile(
    r"[^\S\n]*(?:(?:by|von|par|por|di|door)[^\S\n]+)?\[(?![^\]]*\b(?:mastodon|twitter|x|bluesky|threads|instagram|facebook"
    r"|linkedin|github|youtube|follow)\b)[^\]\n]{1,60}\]\(https?://[^\s)]+/(?:@[\w.-]+|authors?/[\w.-]+)/?(?:\?[^\s)]*)?\)"
    r"(?:[^\S\n]+(?:on|am|le|el|il|em)?[^\S\n]*[^\n]{0,40})?[^\S\n]*$", regex.IGNORECASE)

#: The most lines from a headline to its dateline or byline, a photo's credit or a section's name between.
HEADLINE_GAP = 3

#: A line of this many words or fewer with a day's date or a time in it (`_DAY`: not a year alone),
#: above the article's first prose, is taken for its dateline: in the labelled corpus such short
#: lines with a date held content four times as often as junk.
DATELINE_WORDS = 5


def is_headline(text: str, lines: Sequence[Line], k: int, prose: int) -> bool:
    """Whether line `k`, above the first line of prose (index `prose`), reads as the article's
    headline or its byline: `HEADLINE_MIN_WORDS` or more, not a date, right over a dateline or a byline
    (`_dateline`), or that line under it. A photo's credit (a line with "©") or a section's one-word
    name may stand between them, `HEADLINE_GAP` lines at most, and then they stay too; so does a
    date alone on its line (`DATELINE_WORDS`). The model leaves them, whatever it scores them: a
    headline over "By Jane Doe" or "Posted on May 3, 2024" stands among the page's chrome as often as
    not.

    >>> text = "Menu\\nFloods close the mill road\\nBy Jane Doe\\nThe council met on Monday and agreed the budget for the coming year."
    >>> [is_headline(text, lines_of(text), k, 3) for k in range(3)]
    [False, True, True]
    >>> text = "Menu\\nFloods close the mill road\\n\\u00a9 Agency\\nNews\\n03.05.2024\\nThe council met on Monday and agreed the budget for the year."
    >>> [is_headline(text, lines_of(text), k, 5) for k in range(5)]
    [False, True, True, True, True]
    """
    if not 0 <= k < prose:
        return False
    line = text[lines[k].start : lines[k].end]
    if len(line.split()) <= DATELINE_WORDS and _DAY.search(line[:SAMPLE]):
        return True  # a date alone on its line above the article: its dateline as often as not
    if _AUTHOR_LINK.match(line):
        return True  # a link to the author's page, scraped to Markdown: the byline

    def under(h: int) -> int:  # the dateline or byline that line h is the headline of (its index), or -1
        head = text[lines[h].start : lines[h].end]
        if _words(head) < HEADLINE_MIN_WORDS or has_date(head):
            return -1
        for j in range(h + 1, min(h + 1 + HEADLINE_GAP, len(lines))):
            below = text[lines[j].start : lines[j].end]
            if _dateline(below):
                return j
            if not ("\u00a9" in below or (len(below.split()) == 1 and is_label(below))):
                return -1
        return -1

    return any(under(h) >= k for h in range(max(0, k - HEADLINE_GAP), k + 1))


def score(text: str, lines: Sequence[Line], cut: Sequence[float], model: Model | None = None,
          cache: dict[str, Seen] | None = None, strings: Sequence[str] | None = None) -> list[tuple[Line, float]]:
    """Each of `lines` that the model scores (see `features`) with its probability of being
    boilerplate; `cache` keeps what the lines read as for another call on the same document;
    `strings`: the lines' `line_texts`, if read already."""
    model = model or bundled()
    cache = {} if cache is None else cache
    strings = line_texts(text, lines) if strings is None else strings
    rows = features(text, lines, cut, cache, strings)
    return [(line, model.probability(row, _words_of(s, cache)))
            for line, row, s in zip(lines, rows, strings) if row is not None]


def _words_of(s: str, cache: dict[str, Seen]) -> frozenset[str]:
    """`line_words` of a line that `features` read (its `Seen` entry in `cache`), read once."""
    seen = cache[s]
    if seen[4] is None:
        seen[4] = line_words(s)
    return seen[4]


def load(data: dict[str, object]) -> Model:
    """A `Model` from the JSON form that the training writes (`cleaner.train`); the features must match."""
    names = tuple(data["features"])  # type: ignore[arg-type]
    if names != FEATURES:
        raise ValueError("the line model's weights were trained on other features; retrain it: "
                         "python -m cleaner.train LABELLED_DIR")
    weights = tuple(float(w) for w in data["weights"])  # type: ignore[union-attr]
    words = {str(t): float(w) for t, w in dict(data.get("words", {})).items()}  # type: ignore[call-overload]
    return Model(float(data["bias"]), weights, words)  # type: ignore[arg-type]


#: Where the bundled weights live, inside the package.
WEIGHTS = "data/linemodel.json"


@lru_cache(maxsize=1)
def bundled() -> Model:
    """The model shipped with the package."""
    return load(json.loads(resources.files("cleaner").joinpath(WEIGHTS).read_text(encoding="utf-8")))
