"""Throughput benchmark: a plain copy of the corpus against `cleaner clean --workers 1` and `--workers 2`.

    python benchmarks/run.py                      # 10,000 articles, 3 runs
    python benchmarks/run.py --docs 2000 --runs 5
    python benchmarks/run.py --memory 10000 100000   # peak memory on two corpus sizes
    python benchmarks/run.py --docs 4000 --runs 5 --baseline ../old-checkout   # against another version
    python benchmarks/run.py --jsonl              # one .jsonl file: a parse+dump copy against `cleaner clean`
    python benchmarks/run.py --jsonl --baseline ../old-checkout
    python benchmarks/run.py --peers              # in process: `Cleaner.clean` against peers (benchmarks/peers.py)

The folder runs use articles of 2-5 KB; `--jsonl` and `--peers` use articles of about 1.6 KB
(`corpus.SHORT`), 2,000 of them and 5 runs unless told.

Every timed run writes into a folder it has never written before, and starts after `sync`, so the
writeback of earlier runs does not land in its time. Figures are medians, and each ratio compares
runs made in the same invocation, interleaved so that drift hits all alike.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))  # `cleaner` from this checkout
from corpus import texts, write_corpus, write_jsonl  # noqa: E402

COPY = """
import os, sys
from pathlib import Path
src, dst = Path(sys.argv[1]), Path(sys.argv[2])
for root, dirs, files in os.walk(src):
    dirs.sort()
    out = dst / Path(root).relative_to(src)
    out.mkdir(parents=True, exist_ok=True)
    for name in sorted(files):
        (out / name).write_bytes((Path(root) / name).read_bytes())
"""

JSONL_COPY = """
import json, sys
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as dst:
    for line in src:
        dst.write(json.dumps(json.loads(line), ensure_ascii=False) + "\\n")
"""

ROOT = Path(__file__).resolve().parent.parent  # the checkout `cleaner` is timed from


def timed(cmd: list[str], code: Path = ROOT) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds of the whole process tree, peak resident MB of its largest process);
    `cleaner` is imported from the checkout `code`."""
    os.sync()  # the writeback of earlier runs must not land in this run's time
    env = dict(os.environ, PYTHONPATH=str(code))
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, env=env, cwd=tempfile.gettempdir())
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def commands(corpus: Path, out: Path) -> dict[str, list[str]]:
    clean = [sys.executable, "-m", "cleaner", "clean", str(corpus), "--quiet", "--out"]
    return {
        "copy": [sys.executable, "-c", COPY, str(corpus), str(out / "copy")],
        "workers 1": clean + [str(out / "w1"), "--workers", "1"],
        "workers 2": clean + [str(out / "w2"), "--workers", "2"],
    }


def throughput(docs: int, runs: int, work: Path, baseline: Path | None = None) -> None:
    corpus = work / f"corpus-{docs}"
    nbytes = write_corpus(corpus, docs)
    print(f"corpus: {docs} documents, {nbytes / 1e6:.1f} MB ({nbytes / docs / 1e3:.1f} KB each); {runs} runs; "
          f"{os.cpu_count()} cores; Python {sys.version.split()[0]}")
    load = os.getloadavg()[0]
    times, cpus, peaks = interleaved(lambda run, tag: commands(corpus, work / f"run-{run}{tag}"), runs, baseline)
    table(times, cpus, peaks, nbytes, docs, load)
    if baseline is not None:
        same = _tree(work / "run-0" / "w1") == _tree(work / "run-0-baseline" / "w1")
        print(f"baseline ({baseline}): outputs and report {'identical' if same else 'DIFFERENT'} "
              f"(the manifest aside: it holds the configuration's fingerprint)")
    engine(corpus, runs)


Samples = dict[str, list[float]]


def interleaved(make: Callable[[int, str], dict[str, list[str]]], runs: int,
                baseline: Path | None) -> tuple[Samples, Samples, Samples]:
    """Each command's wall seconds, CPU seconds and peak MB over `runs` interleaved runs (`make(run, tag)`
    gives a run's commands), with the checkout `baseline`'s `--workers 1` right after this one's."""
    times: Samples = {}
    cpus: Samples = {}
    peaks: Samples = {}
    for run in range(runs):
        cmds = [(name, cmd, ROOT) for name, cmd in make(run, "").items()]
        if baseline is not None:
            cmds.insert(2, ("baseline w1", make(run, "-baseline")["workers 1"], baseline))
        for name, cmd, code in cmds:
            seconds, cpu, peak = timed(cmd, code)
            times.setdefault(name, []).append(seconds)
            cpus.setdefault(name, []).append(cpu)
            peaks.setdefault(name, []).append(peak)
    return times, cpus, peaks


def table(times: dict[str, list[float]], cpus: dict[str, list[float]], peaks: dict[str, list[float]],
          nbytes: int, docs: int, load: float) -> None:
    """Print the medians of each command's runs, as ratios to the copy's and to `--workers 1`'s."""
    copy = statistics.median(times["copy"])
    w1 = statistics.median(times["workers 1"])
    print(f"{'':12}{'median s':>10}{'MB/s':>9}{'docs/s':>9}{'vs copy':>9}{'vs w1':>7}{'CPU s':>8}{'peak MB':>9}   runs (s)")
    for name, values in times.items():
        med = statistics.median(values)
        print(f"{name:12}{med:10.2f}{nbytes / 1e6 / med:9.1f}{docs / med:9.0f}{med and copy / med:9.3f}{w1 / med:7.2f}"
              f"{statistics.median(cpus[name]):8.2f}{max(peaks[name]):9.1f}   {', '.join(f'{v:.2f}' for v in values)}")
    print(f"load average (1 min) before: {load:.2f}, after: {os.getloadavg()[0]:.2f} "
          f"(other processes on the machine take cores from the runs; see CPU s)")


def jsonl_commands(src: Path, out: Path) -> dict[str, list[str]]:
    out.mkdir(parents=True, exist_ok=True)
    clean = [sys.executable, "-m", "cleaner", "clean", str(src), "--quiet", "--out"]
    return {
        "copy": [sys.executable, "-c", JSONL_COPY, str(src), str(out / "copy.jsonl")],
        "workers 1": clean + [str(out / "w1.jsonl"), "--workers", "1"],
        "workers 2": clean + [str(out / "w2.jsonl"), "--workers", "2"],
    }


def jsonl_throughput(docs: int, runs: int, work: Path, baseline: Path | None = None) -> None:
    """One JSON Lines file: a parse+dump copy against `cleaner clean --workers 1` and `--workers 2`, interleaved
    (and `--workers 1` of the checkout `baseline`, right after this one's)."""
    src = work / f"corpus-{docs}.jsonl"
    nbytes = write_jsonl(src, docs)
    print(f"JSON Lines: {docs} records, {nbytes / 1e6:.1f} MB ({nbytes / docs / 1e3:.2f} KB each); {runs} runs; "
          f"{os.cpu_count()} cores; Python {sys.version.split()[0]}")
    load = os.getloadavg()[0]
    times, cpus, peaks = interleaved(lambda run, tag: jsonl_commands(src, work / f"jsonl-{run}{tag}"), runs, baseline)
    table(times, cpus, peaks, nbytes, docs, load)
    first = work / "jsonl-0"
    same = (first / "w1.jsonl").read_bytes() == (first / "w2.jsonl").read_bytes() and \
        (first / "w1-report.jsonl").read_bytes() == (first / "w2-report.jsonl").read_bytes()
    print(f"outputs and reports of 1 and 2 workers {'identical' if same else 'DIFFERENT'}")
    if baseline is not None:
        other = work / "jsonl-0-baseline"
        same = (first / "w1.jsonl").read_bytes() == (other / "w1.jsonl").read_bytes() and \
            (first / "w1-report.jsonl").read_bytes() == (other / "w1-report.jsonl").read_bytes()
        print(f"baseline ({baseline}): output and report {'identical' if same else 'DIFFERENT'}")


def peers(docs: int, runs: int) -> None:
    """`Cleaner.clean` against peers, in this process (benchmarks/peers.py)."""
    import peers as compare_peers

    compare_peers.compare(list(texts(docs)), runs)


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != ".cleaner-manifest.jsonl"}


def engine(corpus: Path, runs: int) -> None:
    """`Cleaner.clean` alone, in this process, over the corpus held in memory (no reading or writing)."""
    from cleaner import Cleaner

    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    cleaner = Cleaner(timeout=5.0)  # as the command line runs it
    for text in texts[:200]:  # compile what the corpus uses
        cleaner.clean(text)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for text in texts:
            cleaner.clean(text)
        times.append(time.perf_counter() - start)
    med = statistics.median(times)
    print(f"Cleaner.clean alone, in one process: {nbytes / 1e6 / med:.1f} MB/s, "
          f"{med / len(texts) * 1e6:.0f} \u00b5s per document (median of {runs})")


def memory(sizes: list[int], work: Path) -> None:
    print("peak resident memory of the largest process, `cleaner clean --workers 1` and `--workers 2`:")
    for docs in sizes:
        corpus = work / f"corpus-{docs}"
        if not corpus.exists():
            write_corpus(corpus, docs)
        cmds = commands(corpus, work / f"mem-{docs}")
        _s1, _c1, p1 = timed(cmds["workers 1"])
        _s2, _c2, p2 = timed(cmds["workers 2"])
        print(f"  {docs:7d} documents: {p1:6.1f} MB (1 worker)  {p2:6.1f} MB (2 workers)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=None, help="documents (default: 10,000; 2,000 with --jsonl or --peers)")
    parser.add_argument("--runs", type=int, default=None, help="runs (default: 3; 5 with --jsonl or --peers)")
    parser.add_argument("--workdir", type=Path, default=None, help="where corpora and outputs go (default: a new temp folder)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--baseline", type=Path, default=None, metavar="CHECKOUT",
                        help="also time `--workers 1` of another checkout of the project (its root folder), interleaved")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--memory", type=int, nargs="*", metavar="DOCS", help="measure peak memory on these corpus sizes")
    mode.add_argument("--jsonl", action="store_true", help="time `cleaner clean` on one .jsonl file against a parse+dump copy")
    mode.add_argument("--peers", action="store_true",
                      help="time `Cleaner.clean` against datatrove, jusText, a combined regex and a JSON copy, in process")
    args = parser.parse_args()
    short = args.jsonl or args.peers
    docs = args.docs or (2_000 if short else 10_000)
    runs = args.runs or (5 if short else 3)
    if args.peers:
        if args.baseline:
            parser.error("--baseline times the command line: use it without --peers")
        peers(docs, runs)
        return
    baseline = args.baseline.resolve() if args.baseline else None
    work = Path(tempfile.mkdtemp(prefix="cleaner-bench-", dir=args.workdir))
    try:
        if args.memory:
            memory(args.memory, work)
        elif args.jsonl:
            jsonl_throughput(docs, runs, work, baseline)
        else:
            throughput(docs, runs, work, baseline)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"kept {work}")


if __name__ == "__main__":
    main()
