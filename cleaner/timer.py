"""The time limit of cleaning a document (`TimeLimit`), and how the command line keeps it: one
CPU-time timer per document instead of a clock read per match.

`regex` keeps a time limit by reading the process's CPU clock when each match starts, a system
call of about 1.75 µs; a document takes 55-75 matches, so the limit costs about a tenth of the
work. `regex` also checks for signals while it matches, so one interval timer per document, whose
handler raises, stops a runaway match as well, for two system calls a document.

A document that finishes within the limit cannot have had a single match run past it (both count
the process's CPU time), so its result is the one the per-match limit gives. One that runs past
it is cleaned again with the limit on every match, which stops the rule at fault and names it,
as `Cleaner.clean` does; that second cleaning runs under a timer too, of twice the limit and a
second (room for one match to use the whole limit, and for compiling the patterns the first run
did not get to), so a document that is slow as a whole, with no rule to blame, is skipped with a
reason instead of holding the run up. A timer needs the main thread of
a process and `signal.setitimer`; elsewhere (threads, Windows) `Cleaner.clean` keeps the limit
itself (on each match, and on the document after each look).
"""

from __future__ import annotations

import math
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import FrameType
from typing import TYPE_CHECKING

from .document import Cleaned
from .errors import CleanerError, RuleTimeoutError

if TYPE_CHECKING:
    from .engine import Cleaner


@dataclass(frozen=True, slots=True)
class TimeLimit:
    """CPU seconds that cleaning one document, and each match in it, may take (`seconds` None: no limit).

    >>> TimeLimit(5.0).seconds, TimeLimit.option(0) == NO_LIMIT
    (5.0, True)
    """

    seconds: float | None = None

    def __post_init__(self) -> None:
        if self.seconds is not None and not (math.isfinite(self.seconds) and self.seconds >= 0):
            raise CleanerError(f"time limit {self.seconds!r}: give a number of seconds, 0 or more, "
                               "or None for no limit")

    @classmethod
    def option(cls, seconds: float) -> TimeLimit:
        """The limit `--timeout SECONDS` asks for: 0 is none; negative, infinite or NaN is refused."""
        if not (math.isfinite(seconds) and seconds >= 0):
            raise CleanerError(f"--timeout {seconds}: give a number of seconds, 0 or more (0: no limit)")
        return cls(seconds or None)

    def check(self, started: float) -> None:
        """Raise `RuleTimeoutError` when a document whose cleaning began at CPU time `started` has run past the limit."""
        if self.seconds and time.process_time() - started > self.seconds:
            raise self.exceeded()

    def exceeded(self) -> RuleTimeoutError:
        """The error for a document whose cleaning as a whole, not one rule's match, ran past the limit."""
        return RuleTimeoutError(
            f"cleaning the document ran past the time limit of {self.seconds or 0:g} s, though no single rule did "
            "(a very long document, or many slow matches); raise --timeout to clean it")

    def rerun(self) -> TimeLimit:
        """The limit of the second cleaning of a document that ran out: twice the limit and a second."""
        return TimeLimit(2 * (self.seconds or 0) + _ROOM)


NO_LIMIT = TimeLimit()
#: The command line's limit when `--timeout` is not given.
COMMAND_LINE = TimeLimit(5.0)
#: The limit of a rule on one of its own examples when it is checked (a runaway pattern fails the check).
CHECKING = TimeLimit(2.0)

_ROOM = 1.0  # s of CPU time the second run gets beyond twice the limit (compiling patterns)
_AGAIN = 0.01  # s of CPU time: when the timer fires again if its exception was swallowed


class _Alarm:
    """The process's one CPU-time timer: whether its handler is installed, armed (a document is being
    cleaned: only then does it raise) and has fired during this document (even if its exception was
    swallowed)."""

    installed = False
    armed = False
    fired = False


class _Expired(BaseException):
    """The document's timer ran out (a BaseException: no `except Exception` in between takes it)."""


def _expire(signum: int, frame: FrameType | None) -> None:
    if _Alarm.armed:
        # Python swallows an exception raised while it runs a `__del__` (as `regex` does when it
        # compiles): so the expiry is recorded, and the timer fires again soon, to stop the match.
        _Alarm.fired = True
        signal.setitimer(signal.ITIMER_PROF, _AGAIN)
        raise _Expired


def clean(cleaner: Cleaner, text: str, path: str | None = None) -> Cleaned:
    """`cleaner.clean(text, path)`, the same result, its time limit kept by one timer where it can be.

    >>> from cleaner import Cleaner
    >>> clean(Cleaner(timeout=5.0), "News.\\n\\nSource link\\n").text
    'News.\\n'
    """
    limit = cleaner.limit
    if not limit.seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return cleaner.clean(text, path)
    if not _Alarm.installed:
        signal.signal(signal.SIGPROF, _expire)
        _Alarm.installed = True
    result = _timed(limit, cleaner.clean_within, text, path, NO_LIMIT)
    if result is None:  # ran out: cleaned again with the limit on each match, to name the rule at fault
        result = _timed(limit.rerun(), cleaner.clean, text, path)
    if result is None:
        raise limit.exceeded()
    return result


def _timed(limit: TimeLimit, fn: Callable[..., Cleaned], *args: object) -> Cleaned | None:
    """`fn(*args)`, or None if it ran past `limit` in CPU time (even if its expiry was swallowed)."""
    assert limit.seconds
    result = None
    try:
        try:
            _Alarm.fired = False
            _Alarm.armed = True
            signal.setitimer(signal.ITIMER_PROF, limit.seconds)
            result = fn(*args)
        finally:
            _Alarm.armed = False
            signal.setitimer(signal.ITIMER_PROF, 0)
    except _Expired:  # (also when it struck in the `finally` above, before the handler was disarmed)
        result = None
    return None if _Alarm.fired else result
