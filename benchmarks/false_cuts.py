"""What `Cleaner.clean` cuts from a folder of clean articles, where every cut is a suspect.

    python benchmarks/false_cuts.py DIR [--preset NAME]

DIR holds `.txt` files of edited articles with no junk in them (a news dataset's article bodies,
say). The script prints how many documents lost anything and how many words, and for each rule the
words it cut with a few of its cuts, to be read one by one.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from cleaner import Cleaner
from cleaner.text import TIDY


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--preset", default="default")
    parser.add_argument("--show", type=int, default=5, help="cuts shown per rule")
    args = parser.parse_args()
    cleaner = Cleaner(preset=args.preset)
    words = cut_words = touched = 0
    per_rule: collections.Counter[str] = collections.Counter()
    shown: dict[str, list[str]] = collections.defaultdict(list)
    files = sorted(args.folder.rglob("*.txt"))
    for path in files:
        text = path.read_bytes().decode("utf-8", "replace")
        words += len(text.split())
        cuts = [r for r in cleaner.clean(text).removed if r.rule != TIDY]
        touched += bool(cuts)
        for cut in cuts:
            n = len(cut.text.split())
            per_rule[cut.rule] += n
            cut_words += n
            shown[cut.rule].append(f"{path.relative_to(args.folder)}: {cut.text.strip()[:120]!r}")
    print(f"{len(files)} documents, {touched} with a cut; {cut_words} of {words} words cut "
          f"({cut_words / max(words, 1):.4%}), preset {args.preset}")
    for rule, n in per_rule.most_common():
        print(f"{n:6} words  {rule}")
        for line in shown[rule][: args.show]:
            print(f"         {line}")


if __name__ == "__main__":
    main()
