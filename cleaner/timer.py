"""The command line's time limit: one CPU-time timer per document instead of a clock read per match.

`regex` keeps a time limit by reading the process's CPU clock when each match starts, a system
call of about 1.75 µs; a document takes 55-75 matches, so the limit costs about a tenth of the
work. `regex` also checks for signals while it matches, so one interval timer per document, whose
handler raises, stops a runaway match as well, for two system calls a document.

A document that finishes within the limit cannot have had a single match run past it (both count
the process's CPU time), so its result is the one the per-match limit gives. One that runs past
it is cleaned again with the limit on every match, which stops the rule at fault and names it,
as `Cleaner.clean` does. A timer needs the main thread of a process and `signal.setitimer`;
elsewhere (threads, Windows) `Cleaner.clean` keeps the limit itself.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType

from .document import Cleaned
from .engine import Cleaner

_ARMED = [False]  # the handler raises only while a document is being cleaned
_INSTALLED = [False]
_FIRED = [False]  # the timer ran out during this document (even if its exception was swallowed)
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
    result = None
    try:
        try:
            _FIRED[0] = False
            _ARMED[0] = True
            signal.setitimer(signal.ITIMER_PROF, limit)
            result = cleaner.clean_within(text, path, None)
        finally:
            _ARMED[0] = False
            signal.setitimer(signal.ITIMER_PROF, 0)
    except _Expired:  # (also when it struck in the `finally` above, before the handler was disarmed)
        result = None
    if _FIRED[0]:  # ran out, whether or not its exception got through: cleaned again with the limit
        result = None
    return result if result is not None else cleaner.clean(text, path)
