"""The shape of a line for `cleaner learn`: what varies between copies (numbers, dates, URLs) made a slot."""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from .rules import phrase
from .text import LIST_MARK

_HS = r"[^\S\r\n]"
# The same tolerance the engine's whole-line scan has (scan.LEAD / scan.TRAIL), so that a shape's
# pattern, put back between them, matches the line it came from.
_LEAD = regex.compile(rf"^{_HS}*(?:{LIST_MARK}+{_HS}*)?")
_TRAIL = regex.compile(r"[\s\p{Pe}\p{Po}\p{Pf}\p{S}]+$")

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"
#: What varies between copies of one boilerplate line, and the regex each slot becomes in a rule.
SLOTS: dict[str, str] = {
    "url": r"(?:https?://|www\.)[^\s<>\"]+",
    "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "date": (rf"{_WEEKDAY}(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}"
             rf"|{_MONTH},?\s+\d{{4}}(?!\d)|{_MONTH}\s+\d{{1,2}}{_ORD}(?:,?\s+\d{{4}})?"
             rf"|\d{{1,2}}{_ORD}\s+{_MONTH}(?:,?\s+\d{{4}})?)(?!\d)"),
    "time": r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?(?:\s+(?:utc|gmt|[ecmp][sd]?t)\b)?",
    "number": r"\d+(?:[.,]\d+)*(?:st|nd|rd|th|[kmb])?(?!\w)",
}
# The stdlib engine runs this many-branch, case-insensitive scan twice as fast as `regex`; the
# slot patterns use no syntax that differs between the two.
_SLOT_SCAN = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<{name}>{src})" for name, src in SLOTS.items()) + ")", re.IGNORECASE)
#: Templates whose middle is a varying title: the feed footer "The post X appeared first on Y".
TEMPLATES = (
    regex.compile(r"^(the\s+post\s+)(.+?)(\s+(?:appeared|was\s+published)\s+first\s+on\s+\S.*)$", regex.IGNORECASE),
    regex.compile(r"^(the\s+post\s+)(.+?)(\s+first\s+appeared\s+on\s+\S.*)$", regex.IGNORECASE),
)
TITLE = ".+?"
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
_SPACE = regex.compile(r"\s+")
_LETTER = regex.compile(r"\p{L}")
_MARK = regex.compile(r"\x00\w+\x00")
# A sentence ends at . ! ? or … (with closing quotes or brackets) before a capital: the last such
# boundary starts a line's trailing sentence. The closers are the engine's SENTENCE_END set.
_BOUNDARY = regex.compile(r"[.!?\u2026][\"\u201d\u2019)\]]*[^\S\r\n]+(?=[\"\u201c\u2018(]?\p{Lu})")


@dataclass(frozen=True, slots=True)
class Shape:
    """A line with its varying parts as slots: `key` for counting, `pattern` for the rule."""

    key: str
    pattern: str
    text: str  # the line as found, without the bullets and closing punctuation the engine tolerates


def body(line: str) -> str:
    """The line without surrounding space, list bullets and closing punctuation.

    >>> body("  * Follow us on Twitter! »")
    'Follow us on Twitter'
    """
    return _TRAIL.sub("", _LEAD.sub("", line, count=1)).strip()


def trailing_sentence(line: str) -> str | None:
    """The last sentence of a line of several sentences, or None.

    >>> trailing_sentence("Prices rose again. This story first ran in Example Daily.")
    'This story first ran in Example Daily.'
    >>> trailing_sentence("One sentence only.") is None
    True
    """
    last = None
    for m in _BOUNDARY.finditer(line):
        last = m
    return line[last.end():].strip() if last is not None else None


def template(text: str) -> str:
    """The line as a reader sees its shape: case kept, what varies between copies shown as {slot}.

    >>> template("Updated April 6, 2023 at 12:13 am")
    'Updated {date} at {time}'
    >>> template("The post Rain returns appeared first on Example Daily.")
    'The post {title} appeared first on Example Daily'
    """
    text = body(text)

    def slots(part: str) -> str:
        return _SLOT_SCAN.sub(lambda m: "{" + (m.lastgroup or "number") + "}", part)

    for tpl in TEMPLATES:
        m = tpl.match(text)
        if m:
            return slots(m.group(1)) + "{title}" + slots(m.group(3))
    return slots(text)


def key(text: str) -> str | None:
    """The counting key of a line or sentence: slots for what varies, case and quotes folded.

    None when nothing worth a rule is left (no letter outside the slots).

    >>> key("Updated 5 March 2024, 10:45 am: 1,204 readers") == key("updated May 9, 2025, 9:02 PM: 87 readers")
    True
    """
    return _shape(text, pattern=False)[0]


def shape(text: str) -> Shape | None:
    """The key and the rule pattern of a line or sentence (None, as for `key`).

    >>> s = shape("Posted on 2024-03-05 by Example Daily")
    >>> s.key.replace(chr(0), "|")
    'posted on |date| by example daily'
    >>> bool(regex.fullmatch(s.pattern, "posted on May 9, 2025 by Example  Daily", regex.IGNORECASE))
    True
    """
    k, pattern, text = _shape(text, pattern=True)
    return Shape(k, pattern, text) if k is not None else None


def _shape(text: str, *, pattern: bool) -> tuple[str | None, str, str]:
    text = body(text)
    keys: list[str] = []
    pats: list[str] = []
    for tpl in TEMPLATES:
        m = tpl.match(text)
        if m:
            _slots(m.group(1), keys, pats, pattern)
            keys.append("\x00title\x00")
            pats.append(TITLE)
            _slots(m.group(3), keys, pats, pattern)
            break
    else:
        _slots(text, keys, pats, pattern)
    k = _SPACE.sub(" ", "".join(keys)).strip()
    if not _LETTER.search(_MARK.sub("", k)):
        return None, "", text
    return k, "".join(pats), text


def _slots(text: str, keys: list[str], pats: list[str], pattern: bool) -> None:
    pos = 0
    for m in _SLOT_SCAN.finditer(text):
        _literal(text[pos : m.start()], keys, pats, pattern)
        keys.append(f"\x00{m.lastgroup}\x00")
        if pattern:
            pats.append(f"(?:{SLOTS[m.lastgroup or 'number']})")
        pos = m.end()
    _literal(text[pos:], keys, pats, pattern)


def _literal(text: str, keys: list[str], pats: list[str], pattern: bool) -> None:
    if not text:
        return
    keys.append(text.casefold().translate(_FOLD))
    if pattern:
        pats.append(phrase(text))

