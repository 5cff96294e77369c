"""CPU time of `cleaner clean`, `cleaner learn`, `cleaner clean --config LEARNED` and `cleaner clean --learn`.

Usage: python benchmarks/learn_speed.py [--sizes 3000 12000] [--repeat 3]

Each command runs in a fresh Python process (`--workers 1`, `--source-field source`) over a JSON
Lines corpus from tests/learn_corpus.py (50 sites named in words, interleaved, three planted lines
each), and reports its own CPU time (user + system). It also checks that `clean --learn` wrote what
`learn` then `clean --config` wrote.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from learn_corpus import stream_records, write_jsonl  # noqa: E402

CHILD = """
import json, resource, sys
from cleaner.cli import main
code = main(sys.argv[1:])
use = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"code": code, "cpu": use.ru_utime + use.ru_stime}))
"""


def commands(src: Path, tmp: str) -> dict[str, list[str]]:
    common = ["--source-field", "source", "-q"]
    return {
        "clean": ["clean", str(src), "--out", f"{tmp}/plain.jsonl", "--workers", "1", *common],
        "learn": ["learn", str(src), "--out", f"{tmp}/learned.toml", *common],
        "clean --config": ["clean", str(src), "--out", f"{tmp}/config.jsonl", "--config", f"{tmp}/learned.toml",
                           "--workers", "1", *common],
        "clean --learn": ["clean", str(src), "--out", f"{tmp}/learn.jsonl", "--learn", "--restart", "--workers", "1",
                          *common],
    }


def cpu(argv: list[str], cwd: str) -> float:
    done = subprocess.run([sys.executable, "-c", CHILD, *argv], capture_output=True, text=True, check=True, cwd=cwd)
    return float(json.loads(done.stdout.strip().splitlines()[-1])["cpu"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[3000])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            src = write_jsonl(Path(tmp) / "corpus.jsonl", stream_records(n, named=True))
            times = {name: [cpu(argv, tmp) for _ in range(args.repeat)] for name, argv in commands(src, tmp).items()}
            same = (Path(tmp) / "learn.jsonl").read_bytes() == (Path(tmp) / "config.jsonl").read_bytes()
        print(f"{n} docs: " + ", ".join(f"{name} {statistics.median(t):.1f} s" for name, t in times.items())
              + f" (CPU, median of {args.repeat}); clean --learn output == learn then clean --config: {same}")


if __name__ == "__main__":
    main()
