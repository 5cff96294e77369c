"""Instructions per document, counted by valgrind's callgrind: a cost a busy machine does not move.

    python benchmarks/instructions.py                              # this checkout, 200 documents
    python benchmarks/instructions.py --baseline ../old-checkout   # against another version
    python benchmarks/instructions.py --docs 400 --preset aggressive

CPU time on a shared machine drifts by a tenth or more from one run to the next, so a change that
saves 1-3% cannot be told from noise by timing it (docs/performance.md). The number of instructions
a run executes hardly drifts: with `PYTHONHASHSEED` fixed, the same run gives the same count to
within about 0.3%. Each checkout is run twice under callgrind, once cleaning only the warm-up
documents (which compile the patterns they need) and once cleaning `--docs` more; the difference,
divided by `--docs`, is what one document costs. The documents are those of `benchmarks/corpus.py`
at about 1.6 KB (`corpus.SHORT`), as in `run.py --peers`. All runs go in parallel (contention does
not change the counts); each takes about a minute. Needs valgrind (`apt install valgrind`).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARM = 100  # documents cleaned before the counted ones, in both runs

CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
from corpus import SHORT, texts
from cleaner import Cleaner
warm, n = int(sys.argv[2]), int(sys.argv[3])
docs = list(texts(warm + int(sys.argv[4]), size=SHORT))
cleaner = Cleaner(preset=sys.argv[5])
for doc in docs[: warm + n]:
    cleaner.clean(doc)
"""


def collected(log: str) -> int:
    """The instruction count callgrind prints at exit.

    >>> collected("==1== Events    : Ir\\n==1== Collected : 7564206271\\n==1==\\n==1== I   refs:      7,564,206,271")
    7564206271
    """
    found = re.search(r"Collected\s*:\s*(\d+)", log)
    if found is None:
        raise RuntimeError("callgrind printed no instruction count:\n" + log[-2000:])
    return int(found.group(1))


def command(docs: int, total: int, preset: str, warm: int = WARM) -> list[str]:
    """The Python run that cleans `warm` documents and then `docs` more (of `total` made)."""
    return [sys.executable, "-c", CHILD, str(ROOT / "benchmarks"), str(warm), str(docs), str(total), preset]


def start(checkout: Path, docs: int, total: int, preset: str) -> subprocess.Popen[str]:
    """`command` under callgrind, `cleaner` imported from `checkout`."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str(checkout))
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command(docs, total, preset)]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=200, help="documents counted (default: 200)")
    parser.add_argument("--preset", default="default", help="the Cleaner's preset (default: default)")
    parser.add_argument("--baseline", type=Path, default=None, metavar="CHECKOUT",
                        help="another checkout of the project to count against")
    args = parser.parse_args(argv)
    if args.docs < 1:
        parser.error("--docs must be at least 1")
    if shutil.which("valgrind") is None:
        parser.error("valgrind is not installed: apt install valgrind (or your system's package)")
    checkouts = ([args.baseline.resolve()] if args.baseline else []) + [ROOT]
    for checkout in checkouts:
        if not (checkout / "cleaner" / "__init__.py").is_file():
            parser.error(f"{checkout} holds no cleaner/ package: give a checkout of this project")
    if len(set(checkouts)) < len(checkouts):
        parser.error("--baseline is this checkout: give another one")
    runs = {(c, n): start(c, n, args.docs, args.preset) for c in checkouts for n in (0, args.docs)}
    counts = {}
    for key, proc in runs.items():
        _, log = proc.communicate()
        if proc.returncode != 0:
            for other in runs.values():
                other.kill()
            raise SystemExit(f"the run for {key[0]} failed (exit {proc.returncode}):\n{log[-2000:]}")
        counts[key] = collected(log)
    per_doc = {c: (counts[c, args.docs] - counts[c, 0]) / args.docs for c in checkouts}
    first = per_doc[checkouts[0]]
    print(f"{args.docs} documents of about 1.6 KB, preset {args.preset}, after {WARM} warm-up documents")
    print(f"{'checkout':50} {'instructions/document':>22} {'ratio':>7}")
    for c in checkouts:
        print(f"{str(c):50} {per_doc[c]:22,.0f} {per_doc[c] / first:7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
