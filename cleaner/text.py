"""Constants about plain text that rules, detection, learning and reports share, each defined once."""

from __future__ import annotations

#: The marks that may open a list item or a heading before a line's wording: dash, star, bullet,
#: middle dot, quote mark, hash, bar, plus.
LIST_MARKS = "-*\u2022\u00b7>#|+"


def _escaped(chars: str) -> str:
    r"""`chars` as they are written inside a regex character class, non-ASCII ones as \uXXXX escapes.

    >>> _escaped("-\u2022")
    '-\\u2022'
    """
    return "".join(c if c.isascii() else f"\\u{ord(c):04x}" for c in chars)


#: A regex character class of one list mark (written with escapes, as the patterns always had it,
#: so that rule patterns, and the fingerprints of configurations, stay as they were).
LIST_MARK = f"[{_escaped(LIST_MARKS)}]"

#: The id of the engine's tidying in reports: the whitespace a cut leaves behind (not a rule).
TIDY = "tidy.whitespace"
