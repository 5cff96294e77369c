"""Peak memory and time of `cleaner learn` (or `cleaner clean --learn`) over generated JSON Lines corpora.

Usage: python benchmarks/learn_memory.py [--sizes 10000 100000] [--repeat 1] [--max-keys N] [--clean]

Each run is a fresh Python process that runs `cleaner learn` in-process and reports its own peak
resident set size (ru_maxrss), so the runs do not share an allocator. With --clean it runs
`cleaner clean --learn --source-field source --workers 1` instead (both passes in the one
process, so its peak covers them) over sites named in words, and counts the planted lines left
in the output. The corpora come from tests/learn_corpus.py: 50 sites interleaved, each planting
three lines.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from learn_corpus import stream_records, write_jsonl  # noqa: E402

CHILD = """
import json, resource, sys, time
import cleaner.cli.clean as clean_cli
from cleaner.cli import main
from cleaner.config import load_rules
first = {}
def learn_pass(*args, _learn=clean_cli.learn_corpus, **kw):  # clean --learn: the peak when its first pass ends
    out = _learn(*args, **kw)
    first["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out
clean_cli.learn_corpus = learn_pass
start = time.perf_counter()
code = main(sys.argv[2:])
seconds = time.perf_counter() - start
use = resource.getrusage(resource.RUSAGE_SELF)
rules = len(load_rules(sys.argv[1]))
print(json.dumps({"code": code, "seconds": seconds, "cpu": use.ru_utime + use.ru_stime, "rules": rules,
                  "peak_rss_mib": use.ru_maxrss / 1024, "first_pass_peak_rss_mib": first.get("peak_rss_mib")}))
"""
#: The planted lines of stream_records' sites, to check that a --clean run left none of them.
PLANTED = re.compile(r"^(?:Welcome to \w+ \w+ daily edition|\w+ \w+ footer and contacts|[\d,]+ readers of \w+ \w+ today)$",
                     re.MULTILINE)
BASELINE = """
import json, resource
import cleaner.cli, cleaner.learn
print(json.dumps({"peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def child(code: str, *args: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def argv_out(tmp: str, n: int) -> str:
    return str(Path(tmp) / f"learned-{n}.toml")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--max-keys", type=int, default=None)
    ap.add_argument("--clean", action="store_true", help="measure `cleaner clean --learn` instead of `cleaner learn`")
    args = ap.parse_args()
    base = child(BASELINE)["peak_rss_mib"]
    print(f"interpreter with cleaner imported: {base:.1f} MiB peak RSS")
    results: dict[int, tuple[float, float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            src = Path(tmp) / f"corpus-{n}.jsonl"
            t0 = time.perf_counter()
            # For --clean, each site's lines are its own (sites named in words): "Site 3 footer" and "Site 4
            # footer" share one shape, so one pattern with different paths, and when this was written only
            # the first of several rules with one pattern fired.
            write_jsonl(src, stream_records(n, named=args.clean))
            gen = time.perf_counter() - t0
            extra = ["--max-keys", str(args.max_keys)] if args.max_keys else []
            if args.clean:
                out = Path(tmp) / f"clean-{n}.jsonl"
                argv = [str(Path(tmp) / f"clean-{n}-learned.toml"), "clean", str(src), "--out", str(out), "--learn",
                        "--source-field", "source", "--workers", "1", "--restart", "-q", *extra]
            else:
                argv = [str(Path(tmp) / f"learned-{n}.toml"), "learn", str(src), "--out", argv_out(tmp, n), "-q", *extra]
            runs = [child(CHILD, *argv) for _ in range(args.repeat)]
            rss = statistics.median(r["peak_rss_mib"] for r in runs)
            secs = statistics.median(r["seconds"] for r in runs)
            cpu = statistics.median(r["cpu"] for r in runs)
            results[n] = (rss, secs, cpu)
            print(f"{n:>8} docs ({src.stat().st_size / 2**20:.0f} MiB, generated in {gen:.0f} s): "
                  f"peak RSS {rss:.1f} MiB, {secs:.1f} s wall, {cpu:.1f} s CPU ({cpu / n * 1e6:.0f} us/doc), "
                  f"{runs[0]['rules']} rules, exit {runs[0]['code']}  [median of {len(runs)}]")
            if args.clean:
                left = sum(len(PLANTED.findall(json.loads(line)["text"])) for line in open(out, encoding="utf-8"))
                print(f"{'':>8} peak RSS when the learning pass ended: {runs[0]['first_pass_peak_rss_mib']:.1f} MiB; "
                      f"planted lines left in the output: {left}")
    small, large = min(results), max(results)
    if small != large:
        (r0, s0, c0), (r1, s1, c1) = results[small], results[large]
        print(f"ratio {large}/{small} docs: peak RSS x{r1 / r0:.2f} "
              f"(above the interpreter: x{(r1 - base) / (r0 - base):.2f}), wall time x{s1 / s0:.2f}, CPU time x{c1 / c0:.2f}")


if __name__ == "__main__":
    main()
