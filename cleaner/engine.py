"""The Cleaner: repair → detect → resolve → tidy → apply, with every cut recorded."""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

import regex

from . import layout, linemodel, presets, validate
from .document import Cleaned, Fix, Removal
from .errors import CleanerError, RuleTimeoutError
from .glued import glued_hits, separated_hits
from .layout import Hit
from .links import link_hits, linked_hits
from .paths import PathRules
from .rules import MODEL_SCOPES, Rule
from .scan import Detector
from .sections import section_hits
from .text import TIDY
from .timer import TimeLimit
from .unicode import repair as repair_text
from .unicode import to_input

TIDY_REASON = "whitespace left behind by a cut"

#: The most looks again after cuts (`Cleaner._settle`). Documents need one or two (the dev,
#: benchmark and a public scraped sample: 2,457 documents). A page whose junk comes off one line a
#: look (a tail zone rule's line, then a widget line above it, over and over) would cost a look over
#: the whole document per line. Past this many, the rest stays: a second cleaning takes it.
MOST_LOOKS = 8

#: The most rounds of the line model, for the same reason: its lines can come off one a round (a
#: list of tags, each line scored higher once the line beside it is gone). Documents need one or
#: two; one dev document's tag list needs 12 under `aggressive`.
MODEL_ROUNDS = 16


class Cleaner:
    """A reusable, thread-safe, picklable set of rules.

    >>> from cleaner import Cleaner
    >>> cleaner = Cleaner(select=["backlink"])
    >>> cleaner.clean("Some news.\\n\\nSource link").text
    'Some news.'

    `rules` defaults to the whole built-in catalog; `preset` picks from it by confidence;
    `select` (ids or families) replaces that choice, `ignore` drops from it and `extend` adds the
    user's own rules, each checked (`check_rule`) unless `check` is false. Unknown ids are an error
    that suggests the closest known one (`presets.select_rules` does the choosing).

    `limit` bounds the CPU time of each document and each match in it (`timeout=SECONDS` is
    short for `limit=TimeLimit(SECONDS)`); the default is no limit.

    `accelerate` uses the `fast` extra's native engine, when it is installed, to find which of the
    rules' literals a document holds in one pass; `accelerate=False` keeps to the pure path. The
    output is the same either way.
    """

    def __init__(
        self,
        rules: Sequence[Rule] | None = None,
        *,
        preset: str | None = None,
        select: str | Iterable[str] = (),
        ignore: str | Iterable[str] = (),
        extend: Sequence[Rule] = (),
        repair: bool | str = "detect",
        timeout: float | None = None,
        check: bool = True,
        line_model: linemodel.Model | None = None,
        limit: TimeLimit | None = None,
        accelerate: bool = True,
    ) -> None:
        if limit is not None and timeout is not None:
            raise CleanerError("Cleaner: give the time limit once, as timeout=SECONDS or as limit=TimeLimit(SECONDS)")
        if check and extend:
            presets.check_ids_free(rules, extend)  # a clash is named before a rule's own faults
            for rule in extend:
                check_rule(rule)
        chosen = presets.select_rules(rules, preset=preset, select=select, ignore=ignore, extend=extend)
        self._setup(tuple(chosen), repair_mode(repair), limit or TimeLimit(timeout), line_model, accelerate)

    def _setup(self, rules: tuple[Rule, ...], repair: str, limit: TimeLimit,
               line_model: linemodel.Model | None, accelerate: bool = True) -> None:
        self.rules = rules
        self.accelerate = accelerate
        self.repair = repair
        self.limit = limit
        self.line_model = line_model  # None: the bundled model, loaded when a model rule first runs
        self._patterns: dict = {}  # type: ignore[type-arg]  # compiled patterns, shared by this Cleaner's detectors
        self._detector = Detector(rules, cache=self._patterns, accelerate=accelerate)  # compiled once per Cleaner (and per process)
        # The line-model rules, the most demanding first: (rule index, threshold).
        self._models = sorted(((i, r.threshold) for i, r in enumerate(rules) if r.scope == "model"),
                              key=lambda m: -m[1])
        self._sections = [i for i, r in enumerate(rules) if r.scope == "section"]
        self._links = [i for i, r in enumerate(rules) if r.scope == "links"]
        self._runs = sorted(((i, r.threshold) for i, r in enumerate(rules) if r.scope == "model-run"),
                            key=lambda m: -m[1])
        self._paths = PathRules(rules)
        self._by_paths: dict[frozenset[int], Detector] = {}  # the rules that apply to a path -> their detector
        self._single: dict[int, Detector] = {}  # a rule -> a detector of it alone (see `_spare_prose`)
        self._last: tuple[str | None, Detector] = (None, self._detector)  # the last path's (asked twice a document)

    @property
    def timeout(self) -> float | None:
        """The time limit in CPU seconds (None: none), as `timeout=` gave it."""
        return self.limit.seconds

    def __getstate__(self) -> dict[str, object]:
        return {"rules": self.rules, "repair": self.repair, "limit": self.limit, "line_model": self.line_model,
                "accelerate": self.accelerate}

    def __setstate__(self, state: dict[str, object]) -> None:
        self._setup(state["rules"], state["repair"], state["limit"], state["line_model"],  # type: ignore[arg-type]
                    bool(state.get("accelerate", True)))

    def fingerprint(self) -> str:
        """A stable digest of the configuration (rules and settings), for manifests and caches."""
        import hashlib

        model = (self.line_model or linemodel.bundled()) if self._models or self._runs else None
        h = hashlib.sha256(repr((self.rules, self.repair, model)).encode())
        return h.hexdigest()[:16]

    def clean(self, text: str, path: str | None = None) -> Cleaned:
        """Clean one document; `path` (relative to the corpus root) selects rules limited to some paths."""
        return self.clean_within(text, path, self.limit)

    def clean_within(self, text: str, path: str | None, limit: TimeLimit) -> Cleaned:
        """`clean`, under `limit` instead of the Cleaner's own (`NO_LIMIT` for a caller that keeps
        the limit another way: see `cleaner.timer`). The limit holds for each match and for the
        whole document, checked after each look (CPU seconds)."""
        front = layout.front_matter(text)
        if front:  # a Markdown file's own fields ("---\ntitle: ...\n---") stay as they are
            return _after(text[:front], self.clean_within(text[front:], path, limit))
        started = time.process_time()
        timeout = limit.seconds
        repaired, fixes = repair_text(text) if self.repair != "off" else (text, ())
        memo: dict[str, bool] = {}  # which literals the text holds: the second look starts from it
        hits = self._find(repaired, path, timeout, memo=memo)
        hits += self._glued(repaired, [(h.start, h.end) for h in hits], path)
        detector = self._detector_for(path)
        hits += linked_hits(repaired, [(h.start, h.end) for h in hits], detector.line_rule, detector.sentence_hits)
        hits += self._structure_hits(repaired, path)
        limit.check(started)
        pieces, out, kept = self._settle(repaired, hits, path, limit, memo, started)
        scores: dict[int, float] = {}  # line start -> probability, for the model's cuts
        model = bool(self._models or self._runs)
        if model or self._links or self._sections:
            # First with the other rules' cuts in view, as the model was trained; then, once anything
            # is cut, over what is left, as cleaning the output again would see it, until nothing more
            # comes off (so a second cleaning changes nothing): the model's lines, and the sections
            # and menus of links that a cut made plain (less prose under a heading, a menu now above
            # the article's first prose). Each round shortens the text: it ends.
            shapes: dict[str, linemodel.Seen] = {}  # what a line reads as, read once for all rounds
            more = self._model_hits(repaired, pieces, scores, shapes) if model else []
            rounds = 0
            while (more or pieces) and rounds < MODEL_ROUNDS:
                rounds += 1
                if more:
                    hits = hits + more
                    pieces, out, kept = self._settle(repaired, hits, path, limit, memo, started)
                found: dict[int, float] = {}
                more = []
                for hit in self._model_hits(out, [], found, shapes) if model else ():
                    more.append(_map_back(hit, kept))
                    scores[more[-1].start] = found[hit.start]
                more += [_map_back(hit, kept) for hit in self._structure_hits(out, path)]
                if not more:
                    break
                limit.check(started)
        if self.repair == "detect" and fixes:
            return self._on_input(text, repaired, fixes, pieces, scores)
        if not pieces:
            return Cleaned(repaired, (), fixes, repaired)
        removed = tuple(self._removal(repaired, p, scores) for p in pieces)
        return Cleaned(out, removed, fixes, repaired)

    def _on_input(self, text: str, repaired: str, fixes: tuple[Fix, ...], pieces: list[layout.Piece],
                  scores: dict[int, float]) -> Cleaned:
        """The cuts found in the repaired text made in the input itself: its own characters are
        what comes back, and the offsets point into it (`repair="detect"`)."""
        spans = to_input([(p.start, p.end) for p in pieces], fixes)
        removed = tuple(replace(self._removal(repaired, p, scores), start=a, end=b, text=text[a:b])
                        for p, (a, b) in zip(pieces, spans) if b > a)
        out, _ = _apply(text, [layout.Piece(r.start, r.end, 0) for r in removed])
        return Cleaned(out, removed, (), text)

    def _settle(self, repaired: str, hits: list[Hit], path: str | None, limit: TimeLimit,
                memo: dict[str, bool], started: float) -> tuple[list[layout.Piece], str, list[tuple[int, int]]]:
        """The cuts of `hits` and of what they make possible, the text they leave, and where its
        kept stretches stand in `repaired` (see `_apply`); `started` is when the document's
        cleaning began, for its time limit."""
        if not hits:
            return [], repaired, [(0, 0)]
        # A cut can bring a line into a head or tail zone or to a paragraph's start: detect again on
        # the output until nothing more comes off (each pass shortens the text, so this ends), or
        # for `MOST_LOOKS` passes at most.
        shortest = len(repaired) + 1
        for looks in range(MOST_LOOKS + 1):
            pieces = layout.plan_cuts(repaired, hits)
            out, kept = _apply(repaired, pieces)
            if len(out) >= shortest or looks == MOST_LOOKS:
                break
            shortest = len(out)
            seams = _seams(kept, len(repaired), len(out))
            whole = _whole_line_seams(kept, repaired, out)
            more = self._find(out, path, limit.seconds, memo, seams, whole, (repaired, kept))
            more += self._glued_again(out, more, path, [s for s in seams if s not in whole])
            limit.check(started)
            if not more:
                break
            hits = hits + [_map_back(h, kept) for h in more]
        return pieces, out, kept

    def _structure_hits(self, text: str, path: str | None) -> list[Hit]:
        """Hits of the `section` and `links` rules that apply to `path` (see `cleaner.sections` and
        `cleaner.links`): scopes that read the whole document's shape, not a pattern's matches."""
        hits = []
        if self._sections:
            hits += section_hits(text, self.rules, [i for i in self._sections if self.rules[i].applies_to(path)])
        if self._links:
            hits += link_hits(text, self.rules, [i for i in self._links if self.rules[i].applies_to(path)])
        return hits

    def _model_hits(self, text: str, pieces: list[layout.Piece], scores: dict[int, float],
                    shapes: dict[str, linemodel.Seen]) -> list[Hit]:
        """Whole-line hits of the line-model rules on the lines the other rules left, the most
        confident rule a line passes taking it; `scores` gets each cut line's probability; a
        `model-run` rule takes the lines of `linemodel.menu_runs` and `linemodel.widget_runs` (a site's
        menu, a widget's items under its heading) and of `linemodel.between_cuts` (a label between two
        cut lines)."""
        lines = linemodel.lines_of(text)
        if not lines:
            return []
        cut = linemodel.cut_shares(text, lines, [(p.start, p.end) for p in pieces if p.rule >= 0])
        strings = linemodel.line_texts(text, lines)  # read once for the scores and the prose bounds
        scored = linemodel.score(text, lines, cut, self.line_model, shapes, strings)
        runs: set[int] = set()  # line starts a model-run rule may take
        first, last = linemodel.prose_bounds(text, lines, shapes, strings)
        if self._runs and scored:
            lowest = min(threshold for _, threshold in self._runs)
            probability = dict(scored)
            runs = linemodel.menu_runs(text, lines, cut, probability, lowest, first)
            if max(cut) >= 0.99:  # a widget's run starts under a named rule's cut
                runs |= linemodel.widget_runs(text, lines, cut, probability, lowest, last)
        hits = []
        at = {line.start: k for k, line in enumerate(lines)}
        index = at if first > 0 else {}
        alone = set()  # line starts the model takes by their own score, not as part of a run
        for line, p in scored:
            rule = next((i for i, threshold in self._models if p >= threshold), None)
            if rule is not None and line.start not in runs:
                alone.add(line.start)
            if rule is None and line.start in runs:
                # the most confident run rule the line passes; a date between a widget's items, or a
                # menu's label under the threshold, goes with them under the least confident one
                rule = next((i for i, threshold in self._runs if p >= threshold), self._runs[-1][0])
            if rule is not None and linemodel.is_headline(text, lines, index.get(line.start, -1), first):
                rule = None  # the article's headline over its byline, or the byline, stays
            if rule is not None:
                hits.append(Hit(line.start, line.end, rule, True))
                scores[line.start] = p
        if alone:  # a list's item alone among the list's items that stay is the list's (`linemodel.in_kept_list`),
            while True:  # and so, then, is the item next to it
                taken = {h.start for h in hits}
                kept = [h for h in hits if h.start not in alone or not linemodel.in_kept_list(text, lines, at[h.start], cut, taken)]
                if len(kept) == len(hits):
                    break
                hits = kept
        if self._runs and scored:  # a label between two cut lines goes with them (`linemodel.between_cuts`)
            between = linemodel.between_cuts(text, lines, cut, probability, lowest, {h.start for h in hits})
            for line, p in scored:
                if line.start in between and not linemodel.is_headline(text, lines, index.get(line.start, -1), first):
                    hits.append(Hit(line.start, line.end, next(i for i, threshold in self._runs if p >= threshold), True))
                    scores[line.start] = p
        return hits

    def _find(self, text: str, path: str | None, timeout: float | None, memo: dict[str, bool] | None = None,
              seams: list[int] | None = None, whole: frozenset[int] = frozenset(),
              source: tuple[str, list[tuple[int, int]]] | None = None) -> list[Hit]:
        """Hits in `text`; with `seams` (where cuts were), only those the cuts can have made possible."""
        detector = self._detector_for(path)
        try:
            if seams is None:
                hits = detector.find(text, timeout, memo)
            else:
                hits = detector.find_again(text, seams, timeout, memo, whole=whole, source=source)
        except RuleTimeoutError as exc:
            raise self._timeout_error(exc, timeout) from None
        return self._spare_prose(text, hits, detector, timeout)

    def _glued(self, text: str, taken: list[tuple[int, int]], path: str | None) -> list[Hit]:
        """Hits of the labels on the lines that no span of `taken` touches and that split into labels,
        glued or set apart by separators (see `cleaner.glued`)."""
        rule_of = self._detector_for(path).line_rule
        found = glued_hits(text, taken, rule_of)
        return found + separated_hits(text, taken + [(h.start, h.end) for h in found], rule_of)

    def _glued_again(self, text: str, hits: list[Hit], path: str | None, seams: list[int]) -> list[Hit]:
        """`_glued`'s hits on the lines of `text` (the output of a look) where a cut took part of a
        line (`seams`): a label that a cut on its line hid from the first look ("Posted in News | Leave
        a comment […]") is found as a second cleaning would find it."""
        out: list[Hit] = []
        for start, end in sorted({layout.line_at(text, s)[:2] for s in seams}):
            line = text[start:end]
            taken = [(h.start - start, h.end - start) for h in hits if h.start < end and h.end > start]
            out += [h._replace(start=h.start + start, end=h.end + start) for h in self._glued(line, taken, path)]
        return out

    def _spare_prose(self, text: str, hits: list[Hit], detector: Detector, timeout: float | None) -> list[Hit]:
        """Hits that run to a line's end, each stopped before an article sentence that scraping glued
        after the junk on the same line ("Subscribe to our newsletter. The mayor opened ...").

        A line's rest after a sentence end is spared when it reads as prose (see `_prose_after`),
        the rule matches what stands before it on its own (the rest was not part of the notice),
        and no rule finds junk in the rest on its own: when in doubt, the sentence stays.
        """
        out = []
        for hit in hits:
            if self.rules[hit.rule].scope in ("line", "head", "tail", "sentence"):
                stop = _prose_after(text, hit.start, hit.end)
                while stop is not None and (not self._alone(hit.rule).find(text[hit.start : stop].strip(), timeout)
                                            or detector.find(text[stop : hit.end].strip(), timeout)):
                    stop = _prose_after(text, stop, hit.end)
                if stop is not None:
                    hit = Hit(hit.start, stop, hit.rule, False)
            out.append(hit)
        return out

    def _alone(self, rule: int) -> Detector:
        """A detector of one of the rules, built when first needed."""
        detector = self._single.get(rule)
        if detector is None:
            detector = self._single[rule] = Detector(self.rules, frozenset([rule]), self._patterns, self.accelerate)
        return detector

    def _detector_for(self, path: str | None) -> Detector:
        """The detector of the rules that apply to `path`: rules limited to other paths are left out
        before detection, so that they can take no line from a rule that applies (two sites' learned
        rules often share a pattern). One detector per set of rules, built when first needed."""
        if not self._paths.scoped:
            return self._detector
        last = self._last
        if last[0] == path and path is not None:
            return last[1]
        scoped = self._paths.applying(path)
        detector = self._by_paths.get(scoped)
        if detector is None:
            if len(self._by_paths) >= 1024:  # bounded: a corpus's documents come a site at a time
                self._by_paths.clear()
            active = frozenset(range(len(self.rules))).difference(self._paths.scoped) | scoped
            detector = self._by_paths[scoped] = Detector(self.rules, active, self._patterns, self.accelerate)
        self._last = (path, detector)
        return detector

    def _timeout_error(self, exc: RuleTimeoutError, timeout: float | None) -> RuleTimeoutError:
        limit = f"the time limit of {timeout or 0:g} s"
        if not isinstance(exc.rule, int):
            return RuleTimeoutError(f"rules together ran past {limit}; raise --timeout or select fewer rules")
        rule = self.rules[exc.rule]
        return RuleTimeoutError(
            f"rule {rule.id!r} ran past {limit} (catastrophic backtracking?); fix its pattern, "
            f"--ignore {rule.id}, or raise --timeout", rule.id)

    def _removal(self, text: str, piece: layout.Piece, scores: dict[int, float]) -> Removal:
        seg = text[piece.start : piece.end]
        if piece.rule < 0:
            return Removal(TIDY, piece.start, piece.end, seg, TIDY_REASON, "high")
        rule = self.rules[piece.rule]
        reason = rule.reason or rule.description
        if rule.scope in MODEL_SCOPES and piece.start in scores:
            reason = f"{reason} (probability {scores[piece.start]:.2f})"
        return Removal(rule.id, piece.start, piece.end, seg, reason, rule.confidence)


def _after(head: str, cleaned: Cleaned) -> Cleaned:
    """`cleaned` (a document's rest) behind `head`, its front matter, which stays as it is."""
    n = len(head)
    return Cleaned(head + cleaned.text, tuple(replace(r, start=r.start + n, end=r.end + n) for r in cleaned.removed),
                   tuple(replace(f, start=f.start + n, end=f.end + n) for f in cleaned.fixes), head + cleaned.repaired)


def _apply(text: str, pieces: list[layout.Piece]) -> tuple[str, list[tuple[int, int]]]:
    """The text without the pieces, and (output offset, input offset) at each kept stretch."""
    parts, kept, pos, out_len = [], [], 0, 0
    for p in pieces:
        if p.start > pos:
            kept.append((out_len, pos))
            parts.append(text[pos : p.start])
            out_len += p.start - pos
        pos = max(pos, p.end)
    if pos < len(text):
        kept.append((out_len, pos))
        parts.append(text[pos:])
    return "".join(parts), kept


def _seams(kept: list[tuple[int, int]], len_in: int, len_out: int) -> list[int]:
    """Offsets in the output where something was cut: before each kept stretch but a leading one, and the end."""
    seams = [out for out, src in kept if src > 0]
    if not kept or kept[-1][1] + (len_out - kept[-1][0]) < len_in:
        seams.append(len_out)
    return seams


def _whole_line_seams(kept: list[tuple[int, int]], text: str, out: str) -> frozenset[int]:
    """The seams in `out` where the cut took whole lines of `text`: a line break just before the
    seam in both, so that the lines on either side are lines of `text` as they were."""
    return frozenset(o for o, src in kept if o > 0 and src > 0 and out[o - 1] in "\r\n" and text[src - 1] in "\r\n")


def _map_back(hit: Hit, kept: list[tuple[int, int]]) -> Hit:
    outs = [k[0] for k in kept]

    def at(p: int, end: bool) -> int:
        i = bisect_right(outs, p - 1 if end else p) - 1
        o, s = kept[max(i, 0)]
        return s + (p - o)

    return Hit(at(hit.start, False), at(hit.end, True), hit.rule, hit.whole_line)


def check_rule(rule: Rule) -> None:
    """Raise `RuleError` if the rule is malformed or one of its examples disagrees with what this engine
    cuts (`cleaner.validate` says what is checked).

    >>> from cleaner import Rule
    >>> check_rule(Rule(id="mysite.footer", description="Footer.", pattern="Thanks for reading",
    ...                 remove=("Thanks for reading",), keep=("She said thanks for reading it.",)))
    """
    validate.check(rule, _judge)


def _judge(rules: list[Rule], limit: TimeLimit) -> Callable[[str], Cleaned]:
    """How these rules alone clean a text (raising `regex.error` if they do not compile together)."""
    cleaner = Cleaner(rules, repair=False, check=False, limit=limit)
    cleaner._detector.compile()
    return cleaner.clean


_DEFAULT: Cleaner | None = None


def clean(text: str) -> Cleaned:
    """Clean `text` with the default preset.

    >>> clean("Markets rose.\\n\\nRead original article here\\n").text
    'Markets rose.\\n'
    """
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Cleaner()
    return _DEFAULT.clean(text)


#: What `Cleaner(repair=...)` may be: ftfy's unicode repairs are used to find junk and the output keeps
#: the input's own characters ("detect"), or the output is repaired too ("output", or True), or there is
#: no repair ("off", or False).
REPAIR_MODES = ("detect", "output", "off")


def repair_mode(repair: bool | str) -> str:
    """The repair mode a `repair=` argument names (see `REPAIR_MODES`).

    >>> repair_mode(True), repair_mode(False), repair_mode("detect")
    ('output', 'off', 'detect')
    """
    mode = ("output" if repair else "off") if isinstance(repair, bool) else repair
    if mode not in REPAIR_MODES:
        raise CleanerError(f"Cleaner: repair={repair!r} is not one of {', '.join(map(repr, REPAIR_MODES))}, True or False")
    return mode


_SENTENCE_GAP = regex.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*[^\S\n]+(?=[\"'\u201c\u2018(]?[\p{Lu}\d])")
_SENTENCE_CLOSE = regex.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*[^\S\n]*\n?$")

#: Words a glued sentence needs to be spared as the article's (a prompt's own second sentence is shorter).
PROSE_AFTER_WORDS = 12


def _prose_after(text: str, start: int, end: int) -> int | None:
    """Where, in text[start:end], the first sentence end stands after which the rest reads as the
    article's prose (`PROSE_AFTER_WORDS` words or more, ending a sentence); None if nowhere."""
    for gap in _SENTENCE_GAP.finditer(text, start, end):
        rest = text[gap.end() : end]
        if len(rest.split()) >= PROSE_AFTER_WORDS and _SENTENCE_CLOSE.search(rest):
            return gap.end()
    return None

