"""Runs of repeated short lines at a document's edge: cleaning time against the run's length.

Run: python benchmarks/edge_runs.py [LINES ...] (default: 2000 8000 100000). Prints the CPU time of
one cleaning per case, with the default preset: "Source: Reuters" lines at the end, "Menu" lines
at the top.
"""

from __future__ import annotations

import sys
import time

from cleaner import Cleaner

BODY = "The council met on Tuesday to discuss the budget.\n\nIt agreed to raise spending on roads.\n\n"
CASES = {"Source: Reuters at the end": lambda n: BODY + "Source: Reuters\n" * n,
         "Menu at the top": lambda n: "Menu\n" * n + BODY}


def main(sizes: list[int]) -> None:
    cleaner = Cleaner()
    cleaner.clean(CASES["Menu at the top"](10))  # patterns compiled
    for name, make in CASES.items():
        for n in sizes:
            text = make(n)
            start = time.process_time()
            result = cleaner.clean(text)
            took = time.process_time() - start
            print(f"{name:28s} {n:7d} lines  {took:7.2f} s CPU  {len(result.removed)} cuts", flush=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [2000, 8000, 100000])
