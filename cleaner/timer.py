"""The command line's time limit: one CPU-time timer per document instead of a clock read per match.

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

import signal
import threading
from collections.abc import Callable
from types import FrameType

from .document import Cleaned
from .engine import Cleaner, document_timeout

_ARMED = [False]  # the handler raises only while a document is being cleaned
_INSTALLED = [False]
_FIRED = [False]  # the timer ran out during this document (even if its exception was swallowed)
_ROOM = 1.0  # s of CPU time the second run gets beyond twice the limit (compiling patterns)
_AGAIN = 0.01  # s of CPU time: when the timer fires again if its exception was swallowed


class _Expired(BaseException):
    """The document's timer ran out (a BaseException: no `except Exception` in between takes it)."""


def _expire(signum: int, frame: FrameType | None) -> None:
    if _ARMED[0]:
        # Python swallows an exception raised while it runs a `__del__` (as `regex` does when it
        # compiles): so the expiry is recorded, and the timer fires again soon, to stop the match.
        _FIRED[0] = True
        signal.setitimer(signal.ITIMER_PROF, _AGAIN)
        raise _Expired


def clean(cleaner: Cleaner, text: str, path: str | None = None) -> Cleaned:
    """`cleaner.clean(text, path)`, the same result, its time limit kept by one timer where it can be.

    >>> from cleaner import Cleaner
    >>> clean(Cleaner(timeout=5.0), "News.\\n\\nSource link\\n").text
    'News.\\n'
    """
    limit = cleaner.timeout
    if not limit or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return cleaner.clean(text, path)
    if not _INSTALLED[0]:
        signal.signal(signal.SIGPROF, _expire)
        _INSTALLED[0] = True
    result = _timed(limit, cleaner.clean_within, text, path, None)
    if result is None:  # ran out: cleaned again with the limit on each match, to name the rule at fault
        result = _timed(2 * limit + _ROOM, cleaner.clean, text, path)
    if result is None:
        raise document_timeout(limit)
    return result


def _timed(limit: float, fn: Callable[..., Cleaned], *args: object) -> Cleaned | None:
    """`fn(*args)`, or None if it ran past `limit` seconds of CPU time (even if its expiry was swallowed)."""
    result = None
    try:
        try:
            _FIRED[0] = False
            _ARMED[0] = True
            signal.setitimer(signal.ITIMER_PROF, limit)
            result = fn(*args)
        finally:
            _ARMED[0] = False
            signal.setitimer(signal.ITIMER_PROF, 0)
    except _Expired:  # (also when it struck in the `finally` above, before the handler was disarmed)
        result = None
    return None if _FIRED[0] else result
