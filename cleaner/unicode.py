"""Unicode repair with ftfy: the settings live here, and the cheap test that skips clean text."""

from __future__ import annotations

import re

import ftfy
from ftfy.badness import BADNESS_RE, is_bad
from ftfy.chardata import CONTROL_CHARS

from .document import Fix

#: What ftfy may change: mojibake, HTML entities, C1 and other control characters, surrogates.
#: Typography and normal forms are the author's and stay as they are.
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html="auto",
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=True,
    normalization=None,
    explain=True,
)

# Characters that some ftfy step acts on by itself (entities, controls, surrogates); mojibake is
# caught by ftfy's own badness test, which only runs when the text is not plain ASCII.
_TOUCHED = "".join(sorted(chr(c) for c in CONTROL_CHARS if c < 0x110000 and not (0xD800 <= c <= 0xDFFF)))
# Plain character sets: the standard library's `re` searches them many times faster than `regex`.
_SUSPECT = re.compile(
    "[&\x1b\x80-\x9f\ud800-\udfff\ufffd" + re.escape(_TOUCHED) + "]"
)


def _mojibake_class() -> re.Pattern[str] | None:
    """Characters at least one of which every match of ftfy's badness test contains.

    Read from ftfy's own pattern: from each of its alternatives, one character set it requires
    that has no ASCII in it (preferring sets without everyday typography, which clean text is full
    of). Text without any of them cannot look bad, so `is_bad` need not run. None (always run it)
    if some alternative has no such set.
    """
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]  # the parser of the `re` module ftfy uses

    tree = list(_parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags))
    alternatives = tree[0][1][1] if len(tree) == 1 and tree[0][0] is C.BRANCH else [tree]
    chars: set[str] = set()
    for alt in alternatives:
        sets = [s for op, arg in alt if (s := _charset(op, arg, C)) and not any(ch.isascii() for ch in s)]
        if not sets:
            return None
        chars |= min(sets, key=lambda s: (len(s & _EVERYDAY), len(s)))
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]")


#: Characters common in clean text: typography, and the basic Greek and Cyrillic alphabets.
_EVERYDAY = set("\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u00ab\u00bb\u2039\u203a\u2022\u00b7\u2032\u2033\u00a0") | {
    chr(c) for c in [*range(0x391, 0x3CA), *range(0x410, 0x450)]}


def _charset(op: object, arg: object, C: object) -> set[str] | None:  # noqa: N803
    if op is C.LITERAL:  # type: ignore[attr-defined]
        return {chr(arg)}  # type: ignore[arg-type]
    if op is not C.IN:  # type: ignore[attr-defined]
        return None
    out: set[str] = set()
    for kind, value in arg:  # type: ignore[attr-defined]
        if kind is C.LITERAL:  # type: ignore[attr-defined]
            out.add(chr(value))
        elif kind is C.RANGE:  # type: ignore[attr-defined]
            out.update(map(chr, range(value[0], value[1] + 1)))
        else:  # negated sets and categories are no use as a necessary set
            return None
    return out


_MOJIBAKE = _mojibake_class()
#: A character a line cannot need repair without: one of `_SUSPECT`, or one mojibake is made of.
_NEEDED = re.compile(
    _SUSPECT.pattern[:-1] + (_MOJIBAKE.pattern[1:-1] if _MOJIBAKE is not None else "\x80-\U0010ffff") + "]")


def _looks_bad(text: str) -> bool:
    if text.isascii():
        return False
    if _MOJIBAKE is not None and _MOJIBAKE.search(text) is None:
        return False
    return is_bad(text)


def needs_repair(text: str) -> bool:
    """Whether ftfy could change `text` with the project's settings.

    Clean ASCII and clean Unicode answer False without running ftfy.

    >>> needs_repair("plain words")
    False
    >>> needs_repair("caf\u00c3\u00a9")
    True
    >>> needs_repair("\u201ccurly\u201d \u2014 and \u4e2d\u6587")
    False
    """
    return _NEEDED.search(text) is not None


def _line_needs_repair(line: str) -> bool:
    """The exact test for one line, as ftfy decides line by line (its badness test included)."""
    return _SUSPECT.search(line) is not None or _looks_bad(line)


def repair(text: str) -> tuple[str, tuple[Fix, ...]]:
    """Fix what is broken in `text`, line by line as `ftfy.fix_text` does, and list each repair.

    The repaired text equals ``ftfy.fix_text(text, FTFY_CONFIG)``.

    >>> repaired, fixes = repair("It\u00e2\u20ac\u2122s caf\u00c3\u00a9 &amp; more")
    >>> repaired
    'It\u2019s caf\u00e9 & more'
    >>> fixes[0].steps
    ('unescape_html', 'encode:sloppy-windows-1252', 'decode:utf-8')
    """
    need = _NEEDED.search(text)
    if need is None:  # as `needs_repair`
        return text, ()
    config = FTFY_CONFIG
    out: list[str] = []
    fixes: list[Fix] = []
    pos = out_len = 0
    html = text.find("<")  # ftfy stops unescaping HTML from the first line with a "<" in it
    while pos < len(text):
        # ftfy fixes each line on its own, so lines that cannot need it are skipped on their own
        # too: up to the next line with a character that a repair needs.
        need = need if need is None or need.start() >= pos else _NEEDED.search(text, pos)
        skip = len(text) if need is None else text.rfind("\n", pos, need.start()) + 1
        if skip > pos:
            out.append(text[pos:skip])
            out_len += skip - pos
            pos = skip
            continue
        brk = text.find("\n", pos) + 1 or len(text)
        brk = min(brk, pos + config.max_decode_length)
        segment = text[pos:brk]
        if config.unescape_html == "auto" and 0 <= html < brk:
            config = config._replace(unescape_html=False)
        fixed, steps = ftfy.fix_and_explain(segment, config) if _line_needs_repair(segment) else (segment, None)
        if fixed != segment:
            names = tuple(_step_name(s) for s in steps or ())
            fixes.append(Fix(out_len, out_len + len(fixed), segment, fixed, names))
        out.append(fixed)
        out_len += len(fixed)
        pos = brk
    return "".join(out), tuple(fixes)


def _step_name(step: ftfy.ExplanationStep) -> str:
    action, param = step
    return param if action == "apply" else f"{action}:{param}"


def to_input(spans: list[tuple[int, int]], fixes: tuple[Fix, ...]) -> list[tuple[int, int]]:
    """The sorted, disjoint `spans` of the repaired text as spans of the input that `fixes` repaired.

    Outside the repairs an offset moves by what the repairs before it changed in length; inside
    one, by an alignment of its fixed and original text, a span's ends going out to the whole of
    any repaired sequence they fall in (a cut never keeps half of one).

    >>> text = "Caf\u00c3\u00a9 &amp; bar\\nShare this\\n"
    >>> repaired, fixes = repair(text)
    >>> start = repaired.index("Share")
    >>> [text[a:b] for a, b in to_input([(0, 4), (start, start + 10)], fixes)]
    ['Caf\u00c3\u00a9', 'Share this']
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        a, b = _input_offset(start, fixes, False), _input_offset(end, fixes, True)
        if out and a < out[-1][1]:
            a = out[-1][1]
        out.append((a, max(a, b)))
    return out


def _input_offset(pos: int, fixes: tuple[Fix, ...], end: bool) -> int:
    """Where offset `pos` of the repaired text stands in the input (see `to_input`)."""
    shift = 0
    for fix in fixes:
        if pos <= fix.start:
            break
        if pos >= fix.end:
            shift += len(fix.original) - len(fix.fixed)
            continue
        at = pos - fix.start
        for op, i1, i2, j1, j2 in _alignment(fix.fixed, fix.original):
            if i1 <= at < i2 or (at == i2 and end):
                inside = j1 + (at - i1) if op == "equal" else (j2 if end else j1)
                return fix.start + shift + inside
        return fix.start + shift + len(fix.original)
    return pos + shift


def _alignment(fixed: str, original: str) -> list[tuple[str, int, int, int, int]]:
    """The character alignment of a repaired line to its original (difflib's opcodes)."""
    import difflib

    return difflib.SequenceMatcher(None, fixed, original, autojunk=False).get_opcodes()
