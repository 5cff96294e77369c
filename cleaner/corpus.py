"""Cleaning a corpus: read → clean → write, streamed one document at a time over a pool that keeps order."""

from __future__ import annotations

import difflib
import json
import os
import shutil
import signal
import tempfile
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import IO, Any

from . import formats, manifest, report, timer
from .engine import Cleaner
from .errors import CleanerError
from .io import (
    DEFAULT_MAX_BYTES,
    DEFAULT_SUFFIXES,
    OutputError,
    SkipDocument,
    find_documents,
    read_document,
    remove_temporaries,
    write_output,
)

__all__ = ["DEFAULT_SUFFIXES", "Options", "Summary", "clean_jsonl", "clean_tree"]

BATCH_DOCS = 32  # documents per task sent to a worker: amortises the hand-over, keeps memory small
BATCH_BYTES = 2**20


@dataclass(frozen=True, slots=True)
class Options:
    """How a run goes: these change speed and bookkeeping, never what a document becomes."""

    workers: int = 1
    max_bytes: int | None = DEFAULT_MAX_BYTES  # None: no limit
    resume: bool = True
    progress: Callable[[int, int], None] | None = None  # called with (documents, bytes) per document
    fsync: bool = False  # flush each output to disk before its rename (survives a power cut; slower)


@dataclass(slots=True)
class Summary:
    """What a run did, for the closing lines of the CLI."""

    read: int = 0
    written: int = 0
    resumed: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    removals: Counter[str] = field(default_factory=Counter)
    chars_removed: int = 0

    def add(self, rec: dict[str, Any]) -> None:
        self.add_counts(rec["path"], *_counts(rec))

    def add_counts(self, path: str, skipped: str | None, cuts: tuple[tuple[str, int], ...]) -> None:
        if skipped is not None:
            self.skipped.append((path, skipped))
            return
        self.read += 1
        for rule, size in cuts:
            self.removals[rule] += 1
            self.chars_removed += size


def _counts(rec: dict[str, Any]) -> tuple[str | None, tuple[tuple[str, int], ...]]:
    """What the summary needs of a report record: the skip reason, or each cut's rule and size."""
    if "skipped" in rec:
        return rec["skipped"], ()
    return None, tuple((r["rule"], r["end"] - r["start"]) for r in rec["removed"])


@dataclass(frozen=True, slots=True)
class _Done:
    """A worker's answer for one document (all of it small and picklable)."""

    path: str
    record: str  # the report line, serialised once in the worker
    nbytes: int
    counts: tuple[str | None, tuple[tuple[str, int], ...]] | None = None  # for the summary; None: read `record`
    output: bytes | None = None  # for JSON Lines: the output line
    entry: manifest.Entry | None = None  # for folders: what the manifest records
    diff: str = ""
    resumed: bool = False


# -- the worker side: one Cleaner per process, set once -------------------------------------------

_STATE: dict[str, Any] = {}


def _init(cleaner: Cleaner, settings: dict[str, Any], parent: int | None = None) -> None:
    """Set up this process to clean; `parent` is the run's own process when this is a worker."""
    if parent is not None:  # Ctrl-C goes to the whole process group: the main process alone stops the run
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _exit_with(parent)
    _STATE["cleaner"] = cleaner
    _STATE.update(settings)


def _exit_with(parent: int, every: float = 0.5) -> None:
    """End this worker when the process that started it is gone: a run killed outright (SIGKILL,
    the out-of-memory killer) cannot stop its workers, which would otherwise wait forever."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="cleaner-exit-with-parent", daemon=True).start()


def _batch(fn: Callable[[Any], _Done], tasks: list[Any]) -> list[_Done]:
    return [fn(t) for t in tasks]


def _clean_file(task: tuple[str, str, manifest.Entry | None]) -> _Done:
    path, rel, known = task
    cleaner: Cleaner = _STATE["cleaner"]
    out: Path | None = _STATE["out"]
    try:
        doc = read_document(Path(path), root=_STATE["src"], max_bytes=_STATE["max_bytes"])
        data = doc.encode(doc.text)
        entry = manifest.Entry(len(data), manifest.digest(data), _STATE["fingerprint"], "")
        if known is not None and (known.size, known.hash, known.fingerprint) == (entry.size, entry.hash, entry.fingerprint) \
                and out is not None and (out / rel).exists():
            return _Done(rel, known.record, len(data), entry=known, resumed=True)
        result = timer.clean(cleaner, doc.text, rel)
    except CleanerError as exc:
        return _Done(rel, _line(report.skipped(rel, str(exc))), 0, (str(exc), ()))
    except Exception as exc:  # noqa: BLE001 - a fault in one document must not end the run over the rest
        reason = f"internal error ({type(exc).__name__}: {exc}); please report it with this file"
        return _Done(rel, _line(report.skipped(rel, reason)), 0, (reason, ()))
    rec = report.record(rel, result, len(doc.text))
    record = _line(rec)
    if out is not None:
        _check_inside(out, rel)
        write_output(out / rel, doc.encode(result.text), sync=_STATE["fsync"])  # atomic; a full disk stops the run
    diff = ""
    if _STATE["diff"] and result.removed:
        diff = "".join(difflib.unified_diff(result.repaired.splitlines(keepends=True),
                                            result.text.splitlines(keepends=True), rel, rel + " (clean)"))
    return _Done(rel, record, len(data), _counts(rec),
                 entry=manifest.Entry(entry.size, entry.hash, entry.fingerprint, record), diff=diff)


def _check_inside(out: Path, rel: str) -> None:
    """Raise OutputError when a folder on the way to `out/rel` is a symlink leading out of `out`.

    The output file itself may be a symlink: it is replaced, never written through.
    """
    folder = (out / rel).parent
    if folder == out:
        return
    if not folder.resolve().is_relative_to(_STATE["real_out"]):
        raise OutputError(f"{folder} is a symbolic link (or lies under one) leading out of --out {out}; outputs are never "
                          "written through it: remove the link or choose another --out")


def _clean_line(task: tuple[str, bytes | None]) -> _Done:
    where, line = task
    cleaner: Cleaner = _STATE["cleaner"]
    if line is not None and not line.strip():
        return _Done(where, "", len(line), output=line)  # a blank line holds no record: it passes through, unreported
    try:
        if line is None:
            raise SkipDocument(f"larger than the size limit ({_STATE['max_bytes']} bytes; raise --max-bytes)")
        obj, text = formats.parse(line, _STATE["text_field"])
        if _STATE.get("source_field"):  # named SOURCE/ID, as `cleaner learn` names it; without a source, as before
            where = formats.source_path(obj, _STATE["source_field"], _STATE["id_field"], where.rsplit(":", 1)[1]) or where
        result = timer.clean(cleaner, text, where)
    except CleanerError as exc:
        return _Done(where, _line(report.skipped(where, str(exc))), len(line or b""), (str(exc), ()), output=_as_is(line))
    except Exception as exc:  # noqa: BLE001 - a fault in one record must not end the run over the rest
        reason = f"internal error ({type(exc).__name__}: {exc}); please report it with this record"
        return _Done(where, _line(report.skipped(where, reason)), len(line or b""), (reason, ()), output=_as_is(line))
    rec = report.record(where, result, len(text))
    obj[_STATE["text_field"]] = result.text
    if _STATE["report_field"]:
        obj[_STATE["report_field"]] = rec
    return _Done(where, _line(rec), len(line or b""), _counts(rec), output=formats.dumps(obj))


def _as_is(line: bytes | None) -> bytes | None:
    """A skipped record's line as it goes out: unchanged, ending in a newline (None: a long line, copied apart)."""
    if line is None or line.endswith(b"\n"):
        return line
    return line + b"\n"


def _line(rec: dict[str, Any]) -> str:
    # A lone surrogate (from a JSON \udcXX escape) stays an escape, so the line writes to any UTF-8 stream.
    return formats.escape_surrogates(json.dumps(rec, ensure_ascii=False)) + "\n"


# -- the main side: feed the pool in order, a bounded number of batches ahead ---------------------

def _batches(tasks: Iterable[Any], size_of: Callable[[Any], int]) -> Iterator[list[Any]]:
    batch: list[Any] = []
    nbytes = 0
    for task in tasks:
        batch.append(task)
        nbytes += size_of(task)
        if len(batch) >= BATCH_DOCS or nbytes >= BATCH_BYTES:
            yield batch
            batch, nbytes = [], 0
    if batch:
        yield batch


def run_tasks(fn: Callable[[Any], _Done], tasks: Iterable[Any], cleaner: Cleaner, settings: dict[str, Any],
              workers: int, size_of: Callable[[Any], int] = lambda t: 0) -> Iterator[_Done]:
    """`fn` over `tasks`, in their order; with workers > 1 in a process pool holding a few batches at once."""
    if workers <= 1:
        _init(cleaner, settings)
        yield from map(fn, tasks)
        return
    ctx = get_context("fork") if "fork" in _start_methods() else None
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init, initargs=(cleaner, settings, os.getpid())) as pool, \
            _Interrupt() as interrupt:
        pending: deque[Future[list[_Done]]] = deque()
        try:
            for batch in _batches(tasks, size_of):
                interrupt.check()
                pending.append(pool.submit(_batch, fn, batch))
                if len(pending) >= workers * 3:
                    yield from pending.popleft().result()
            while pending:
                interrupt.check()
                yield from pending.popleft().result()
            interrupt.check()
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


class _Interrupt:
    """Ctrl-C during a pool's run, held for the places where stopping is safe.

    A KeyboardInterrupt raised wherever the main process happens to be (handing a batch to the pool,
    writing the manifest) can leave the pool's own threads waiting forever, and the run with them.
    Inside this context (main thread only), Ctrl-C is noted and `check` raises it between batches:
    the batches the workers have started finish, the others are dropped. A second Ctrl-C raises at
    once.
    """

    def __init__(self) -> None:
        self.noted = False
        self.previous: Any = None

    def __enter__(self) -> _Interrupt:
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, self._note)
        return self

    def _note(self, signum: int, frame: Any) -> None:
        if self.noted:
            raise KeyboardInterrupt
        self.noted = True

    def check(self) -> None:
        if self.noted:
            raise KeyboardInterrupt

    def __exit__(self, *exc: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)


def _start_methods() -> list[str]:
    import multiprocessing

    return multiprocessing.get_all_start_methods()


def clean_tree(
    src: Path,
    out: Path | None,
    cleaner: Cleaner,
    report_stream: IO[str] | None,
    *,
    diff_stream: IO[str] | None = None,
    suffixes: tuple[str, ...] = DEFAULT_SUFFIXES,
    options: Options = Options(),
) -> Summary:
    """Clean every document under `src` into the mirror tree `out` (None: write nothing).

    With `out`, a manifest there records each finished document; a run restarted with the same
    arguments skips those whose input and rules are unchanged and reports them as before.
    """
    summary = Summary()
    exclude = out.resolve() if out is not None else None
    known: dict[str, manifest.Entry] = {}
    settings = {"src": src, "out": out, "real_out": exclude, "max_bytes": options.max_bytes, "fingerprint": cleaner.fingerprint(),
                "fsync": options.fsync,
                "diff": diff_stream is not None}
    with ExitStack() as stack:
        log = None
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
            remove_temporaries(out)  # what a killed run left half-written
            path = out / manifest.MANIFEST_NAME
            known = manifest.load(path) if options.resume else {}
            manifest.compact(path, known)
            log = stack.enter_context(open(path, "a" if options.resume else "w", encoding="utf-8"))
        tasks = ((str(p), rel, known.get(rel)) for p, rel in find_documents(src, suffixes, exclude))
        for done in run_tasks(_clean_file, tasks, cleaner, settings, options.workers):
            _account(summary, done, report_stream, options)
            if done.entry is not None and out is not None:
                if done.resumed:
                    summary.resumed += 1
                else:
                    summary.written += 1
                    if log is not None:
                        manifest.append(log, done.path, done.entry)
            if diff_stream is not None and done.diff:
                diff_stream.write(done.diff)
    return summary


def clean_jsonl(
    src: str | Path,
    out: IO[bytes] | None,
    cleaner: Cleaner,
    report_stream: IO[str] | None,
    *,
    text_field: str = "text",
    report_field: str | None = None,
    options: Options = Options(),
    name: str | None = None,
    source_field: str | None = None,
    id_field: str = "id",
) -> Summary:
    """Clean the `text_field` of each record of a JSON Lines file ('-': stdin; .gz read through gzip).

    Other fields pass through unchanged; records come out in the input's order, one line out for
    each line in: a record that cannot be cleaned (no text, not JSON, too long) is passed through
    unchanged and reported as skipped. Input that cannot be read on (a truncated .gz) ends the
    run with the records read so far, and is reported as skipped under `name` (default: the
    file's name, or 'stdin'). A record is named FILE:LINE, or with `source_field` SOURCE/ID (see
    `formats.source_path`), the path rules' `paths` see.
    """
    summary = Summary()
    settings = {"max_bytes": options.max_bytes, "text_field": text_field, "report_field": report_field,
                "source_field": source_field, "id_field": id_field}
    name = name or ("stdin" if str(src) == "-" else Path(src).name)
    unread: list[str] = []
    with ExitStack() as stack:
        stream = stack.enter_context(formats.open_binary(src, "r"))
        held: dict[str, IO[bytes]] = {}  # the lines over the size limit, copied apart to be passed through

        def spill(number: int) -> IO[bytes]:
            held[f"{name}:{number}"] = copy = stack.enter_context(tempfile.TemporaryFile())
            return copy

        lines = formats.read_lines(formats.Reader(stream), options.max_bytes, spill if out is not None else None)
        tasks = ((f"{name}:{n}", line) for n, line in _until_unreadable(lines, unread))
        for done in run_tasks(_clean_line, tasks, cleaner, settings, options.workers, lambda t: len(t[1] or b"")):
            _account(summary, done, report_stream, options)
            if out is not None and done.path in held:
                _copy_line(held.pop(done.path), out)
            elif done.output is not None and out is not None:
                out.write(done.output)
                summary.written += done.counts is not None and done.counts[0] is None  # cleaned, not passed through
    for reason in unread:
        rec = report.skipped(name, reason)
        _account(summary, _Done(name, _line(rec), 0), report_stream, options)
    return summary


def _until_unreadable(lines: Iterator[tuple[int, bytes | None]], errors: list[str]) -> Iterator[tuple[int, bytes | None]]:
    """The lines until the input cannot be read on; the reason goes into `errors`."""
    number = 0
    try:
        for number, line in lines:
            yield number, line
    except SkipDocument as exc:
        kept = f"after line {number}; the lines before it were cleaned and kept" if number else "at its start"
        errors.append(f"{exc}, {kept}")


def _copy_line(held: IO[bytes], out: IO[bytes]) -> None:
    """Pass a line that was over the size limit through from its copy, ending in a newline."""
    held.seek(-1, os.SEEK_END)
    newline = held.read(1) == b"\n"
    held.seek(0)
    shutil.copyfileobj(held, out, 1 << 20)
    if not newline:
        out.write(b"\n")
    held.close()


def _account(summary: Summary, done: _Done, report_stream: IO[str] | None, options: Options) -> None:
    if not done.record:  # a blank line of a JSON Lines file: no record, nothing to report
        pass
    elif done.counts is not None:
        summary.add_counts(done.path, *done.counts)
    else:
        summary.add(json.loads(done.record))
    if report_stream is not None and done.record:
        report_stream.write(done.record)
    if options.progress is not None:
        options.progress(1, done.nbytes)
