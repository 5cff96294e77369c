"""Pages built to make the engine look again and again: CPU seconds of `Cleaner.clean` at two sizes.

    python benchmarks/adversarial.py [--sizes 500 2000]

Each page repeats a pattern whose junk comes off a little at a time (a tail rule's line, then a
widget line above it; paragraphs each ending in a read-more link; lines the line model takes one a
round). Time should grow with the size, not with its square: the last column is the ratio of the
two times against the ratio of the sizes.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from cleaner import Cleaner

PROSE = "The council met on Tuesday and agreed the budget for the coming year, at long last.\n"
SHARE_BAR = "Share this:Click to share on Twitter (Opens in new window)" * 3

PAGES: dict[str, Callable[[int], str]] = {
    "advertisement, paragraph, ...": lambda n: ("Advertisement\n" + PROSE) * n,
    "paragraphs ending in Read more »": lambda n: (PROSE.rstrip() + " Read more »\n\n") * n,
    "headline, Source: Reuters, ...": lambda n: PROSE * 3 + "A headline of another story here\nSource: Reuters\n" * n,
    "comment, Reply, ...": lambda n: PROSE * 3 + "Anna says:\nGreat piece, thanks.\nReply\n" * n,
    "glued share bar, paragraph, ...": lambda n: (SHARE_BAR + "\n" + PROSE) * n,
    "paragraph, Tags: ..., ...": lambda n: (PROSE + "Tags: a, b, c\n") * n,
    "Share this: lines at the end": lambda n: PROSE * 5 + "Share this:\n" * n,
    "Home lines at the top": lambda n: "Home\n" * n + PROSE * 5,
    "one long line": lambda n: PROSE.rstrip() * n,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=(500, 2000), metavar=("SMALL", "LARGE"))
    args = parser.parse_args()
    small, large = args.sizes
    cleaner = Cleaner()
    cleaner.clean(PROSE)  # compile the patterns first
    print(f"{'page':34} {small:>7} {large:>7}  time ratio (size ratio {large / small:.0f})")
    for name, make in PAGES.items():
        times = []
        for n in (small, large):
            text = make(n)
            started = time.process_time()
            cleaner.clean(text)
            times.append(time.process_time() - started)
        print(f"{name:34} {times[0]:6.2f}s {times[1]:6.2f}s  {times[1] / max(times[0], 1e-6):.1f}")


if __name__ == "__main__":
    main()
