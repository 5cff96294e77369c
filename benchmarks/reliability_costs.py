"""What the safety measures cost: the regex time limit per scan, and fsync per written output.

Run: python benchmarks/reliability_costs.py [ROUNDS]. Prints medians over interleaved rounds, and ratios
measured in the same run.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from cleaner import Cleaner
from cleaner.io import write_output


def time_limit_cost(rounds: int) -> None:
    docs = [f"Story {i} about the markets and more words here.\n" * 30 + "\nRead original article here\nLeave a Comment\n"
            for i in range(300)]
    variants = {"no limit": Cleaner(repair=False), "5 s limit": Cleaner(repair=False, timeout=5.0)}
    times: dict[str, list[float]] = {k: [] for k in variants}
    for _ in range(rounds):
        for name, cleaner in variants.items():
            t = time.perf_counter()
            for d in docs:
                cleaner.clean(d)
            times[name].append(time.perf_counter() - t)
    m = {k: statistics.median(v) for k, v in times.items()}
    print(f"clean 300 documents, repair off: no limit {m['no limit'] * 1000:.1f} ms, "
          f"5 s limit {m['5 s limit'] * 1000:.1f} ms, ratio {m['5 s limit'] / m['no limit']:.3f}")


def fsync_cost(rounds: int) -> None:
    real = os.fsync
    out = Path(tempfile.mkdtemp(prefix="bench-io-"))
    times: dict[str, list[float]] = {"fsync": [], "no fsync": []}
    try:
        for r in range(rounds):
            for name, samples in times.items():
                os.fsync = real if name == "fsync" else (lambda fd: None)
                t = time.perf_counter()
                for i in range(200):
                    write_output(out / name / f"{r}-{i}.txt", b"Some cleaned text.\n" * 50)
                samples.append((time.perf_counter() - t) / 200)
    finally:
        os.fsync = real
    m = {k: statistics.median(v) for k, v in times.items()}
    print(f"write_output per file: with fsync {m['fsync'] * 1e6:.0f} us, without {m['no fsync'] * 1e6:.0f} us, "
          f"ratio {m['fsync'] / m['no fsync']:.2f}")


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    time_limit_cost(n)
    fsync_cost(n)
