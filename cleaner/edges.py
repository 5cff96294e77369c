"""Head and tail zones counted on the lines that stay: a run of junk lines at an edge found in one look."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .layout import NONBLANK_LINE, Hit

if TYPE_CHECKING:
    from .scan import Detector


def edge_hits(detector: Detector, probe: str, hits: list[Hit], timeout: float | None) -> list[Hit]:
    """The head and tail rules' hits on the lines that come into their zones once the lines `hits`
    take whole are gone (`probe` has \\n breaks only).

    Without this, each cut brings the next `zone` lines into a zone and the engine looks again:
    thousands of "Source: Reuters" lines at a document's end took one look (over the whole
    document) per three lines. Here a walk in from each end passes over blank lines and the lines
    already cut whole, tries every other line with the zoned rules whose zone still reaches it (the
    same combined pattern the engine's next look would try), and counts the lines that stay. It
    stops at the first line another cut changes, and where no zone reaches: what is past that, the
    engine's next look finds as before.
    """
    scan = detector.zoned
    if scan is None or not scan.all_local or not hits:
        return []
    whole, changed = _lines_of(probe, hits)
    out: list[Hit] = []
    for side, starts in (("head", _starts_forward(probe)), ("tail", _starts_back(probe))):
        zones = [(i, detector.rules[i].zone) for i in scan.indices if detector.rules[i].scope == side]
        if zones:
            out += _walk(detector, probe, starts, zones, whole, changed, timeout)
    return out


def _walk(detector: Detector, probe: str, starts: Iterator[int], zones: list[tuple[int, int]],
          whole: set[int], changed: set[int], timeout: float | None) -> list[Hit]:
    """The hits of the rules in `zones` (rule, zone) along the line `starts`, counting the lines that stay."""
    assert detector.zoned is not None
    out, kept = [], 0
    allowed: dict[int, tuple[int, ...]] = {}
    seen: dict[tuple[object, ...], tuple[int, int, int] | None] = {}
    for start in starts:
        if start in changed:
            break
        if start in whole or NONBLANK_LINE.match(probe, start) is None:
            continue
        if kept not in allowed:
            allowed[kept] = tuple(i for i, zone in zones if zone > kept)
        if not allowed[kept]:
            break
        line = probe[start : probe.find("\n", start) + 1 or len(probe)]
        key = (line, start == 0, allowed[kept])  # the rules read their line alone: equal lines, equal hits
        if key not in seen:
            m = detector.zoned.match_among(probe, start, allowed[kept], timeout)
            seen[key] = None if m is None else (m[0] - start, m[1] - start, m[2])
        found = seen[key]
        if found is None:
            kept += 1
            continue
        out.append(Hit(start + found[0], start + found[1], found[2], True))
        whole.add(start)  # the other walk passes over it too
    # The innermost lines are left to the engine's next looks, which read the text as the cuts
    # leave it: there a zone line can anchor a run of widget lines (a block rule) in a short
    # document, as it did when each look took one zone's worth.
    cut = max(len(out) - detector.rules[out[-1].rule].zone, 0) if out else 0  # one zone's worth
    for h in out[cut:]:
        whole.discard(probe.rfind("\n", 0, h.start) + 1)
    return out[:cut]


def _lines_of(probe: str, hits: list[Hit]) -> tuple[set[int], set[int]]:
    """The starts of the lines the hits take whole, and of those they take part of."""
    whole: set[int] = set()
    changed: set[int] = set()
    for h in hits:
        pos = probe.rfind("\n", 0, h.start) + 1
        if not h.whole_line:
            changed.add(pos)
            continue
        while pos < max(h.end, h.start + 1):
            whole.add(pos)
            pos = probe.find("\n", pos) + 1 or len(probe)
    return whole, changed - whole


def _starts_forward(probe: str) -> Iterator[int]:
    pos = 0
    while pos < len(probe):
        yield pos
        pos = probe.find("\n", pos) + 1 or len(probe)


def _starts_back(probe: str) -> Iterator[int]:
    pos = len(probe)
    while pos > 0:
        pos = probe.rfind("\n", 0, pos - 1) + 1
        yield pos
