"""Unicode repair with ftfy: the settings live here, and the cheap test that skips clean text."""

from __future__ import annotations

import ftfy
import regex
from ftfy.badness import is_bad
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
_SUSPECT = regex.compile(
    "[&\x1b\x80-\x9f\ud800-\udfff\ufffd" + regex.escape(_TOUCHED, special_only=True) + "]"
)


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
    if _SUSPECT.search(text):
        return True
    return not text.isascii() and is_bad(text)


def repair(text: str) -> tuple[str, tuple[Fix, ...]]:
    """Fix what is broken in `text`, line by line as `ftfy.fix_text` does, and list each repair.

    The repaired text equals ``ftfy.fix_text(text, FTFY_CONFIG)``.

    >>> repaired, fixes = repair("It\u00e2\u20ac\u2122s caf\u00c3\u00a9 &amp; more")
    >>> repaired
    'It\u2019s caf\u00e9 & more'
    >>> fixes[0].steps
    ('unescape_html', 'encode:sloppy-windows-1252', 'decode:utf-8')
    """
    if not needs_repair(text):
        return text, ()
    config = FTFY_CONFIG
    out: list[str] = []
    fixes: list[Fix] = []
    pos = out_len = 0
    while pos < len(text):
        brk = text.find("\n", pos) + 1 or len(text)
        brk = min(brk, pos + config.max_decode_length)
        segment = text[pos:brk]
        if config.unescape_html == "auto" and "<" in segment:
            config = config._replace(unescape_html=False)
        fixed, steps = ftfy.fix_and_explain(segment, config)
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
