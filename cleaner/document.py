"""The values a cleaning run produces: removals, repairs and the cleaned result."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Confidence = Literal["high", "medium", "low"]


@dataclass(frozen=True, slots=True)
class Removal:
    """One cut: which rule made it, where in the repaired text, and what it removed."""

    rule: str
    start: int
    end: int
    text: str
    reason: str = ""
    confidence: Confidence = "high"

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "start": self.start, "end": self.end, "text": self.text,
                "reason": self.reason, "confidence": self.confidence}


@dataclass(frozen=True, slots=True)
class Fix:
    """One unicode repair: `original` in the input became `fixed` at [start, end) of the repaired text."""

    start: int
    end: int
    original: str
    fixed: str
    steps: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "original": self.original, "fixed": self.fixed,
                "steps": list(self.steps)}


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The result of cleaning one document.

    `removed` lists the cuts in document order, with offsets into `repaired` (the input after
    unicode repair); `fixes` lists the repairs. Together they rebuild the input exactly.
    """

    text: str
    removed: tuple[Removal, ...]
    fixes: tuple[Fix, ...]
    repaired: str

    def restore(self) -> str:
        """Rebuild the repaired input by putting every removed span back at its offset.

        >>> from cleaner import clean
        >>> result = clean("A sentence.\\n\\nLeave a Comment\\n")
        >>> result.text
        'A sentence.\\n'
        >>> result.restore() == result.repaired
        True
        """
        return restore(self.text, self.removed)

    def restore_input(self) -> str:
        """Rebuild the raw input: `restore()` with every unicode repair undone."""
        text = self.restore()
        for fix in reversed(self.fixes):
            text = text[: fix.start] + fix.original + text[fix.end :]
        return text


def restore(text: str, removed: tuple[Removal, ...] | list[Removal]) -> str:
    """Put removed spans back into clean text (removals in document order, offsets into the original)."""
    parts: list[str] = []
    pos = 0  # position in `text`
    done = 0  # characters of the original rebuilt so far
    for r in removed:
        keep = r.start - done
        parts.append(text[pos : pos + keep])
        parts.append(r.text)
        pos += keep
        done = r.end
    parts.append(text[pos:])
    return "".join(parts)
