"""Compare `Cleaner.clean` outputs and reports of this checkout with another's (a baseline).

    python benchmarks/same_output.py --baseline ../main [--texts DIR_OF_JSON] [--synthetic 3000]

Cleans the same documents in both checkouts (each in its own process) under presets default and
aggressive, and prints how many cleanings differ (text, and each removal's rule, start, end, text
and reason). Documents: every catalog rule's examples, tests/cases/*, the benchmark corpus, the
"text" of each JSON file in --texts, and synthetic documents made of their lines (shuffled, glued,
with CJK, Arabic, no-break spaces, mojibake and blank-line variations).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
EXTRA = ["市议会周一表示，新规定将于明年生效。", "قال المجلس البلدي يوم الاثنين", "Read\u00a0more", "Share\u2009this:",
         "Itâ€™s a test â€” yes", "Ã©tÃ© Source link", "\u00a0", " ", "\t", "Advertisement\u00a0", "\u3000Menu"]
SEPARATORS = ["\n", "\n\n", "\n\n", "\n \n", "\r\n", "\n\n\n", " "]

WORKER = r"""
import hashlib, json, sys
root, docs, out = sys.argv[1:4]
sys.path.insert(0, root)
import cleaner
assert cleaner.__file__.startswith(root), cleaner.__file__
res = []
for preset in ("default", "aggressive"):
    c = cleaner.Cleaner(preset=preset)
    for d in json.load(open(docs)):
        r = c.clean(d)
        rep = [r.text] + [[x.rule, x.start, x.end, x.text, x.reason] for x in r.removed]
        res.append(hashlib.sha256(json.dumps(rep, ensure_ascii=False).encode()).hexdigest())
json.dump(res, open(out, "w"))
"""


def documents(texts: Path | None, synthetic: int) -> list[str]:
    """The documents to compare (deterministic)."""
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(HERE / "benchmarks"))
    import corpus

    from cleaner.catalog import RULES

    given = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(texts.glob("*.json"))] if texts else []
    examples = [ex for r in RULES for ex in r.remove + r.keep]
    cases = [m.group(1).rstrip("\n") for p in sorted((HERE / "tests" / "cases").glob("*.txt"))
             for m in re.finditer(r"^--- input\n(.*?)(?=^---|^===|\Z)", p.read_text(encoding="utf-8"), re.M | re.S)]
    rng = random.Random(7)
    bench = [corpus.article(rng, i) for i in range(400)]
    lines = [line for d in given + examples + cases + bench[:100] for line in d.split("\n")]
    docs = given + examples + cases + bench
    for _ in range(synthetic):
        parts = []
        for _ in range(rng.randint(1, 40)):
            r = rng.random()
            line = (rng.choice(EXTRA) if r < 0.08 else rng.choice(lines) + rng.choice([" ", "", "\u00a0", ". "])
                    + rng.choice(lines) if r < 0.15 else rng.choice(EXTRA) + " " + rng.choice(lines) if r < 0.2
                    else rng.choice(lines))
            parts += [line, rng.choice(SEPARATORS)]
        doc = "".join(parts)
        docs.append(doc.rstrip() if rng.random() < 0.3 else doc)
    return docs


def run(root: Path, docs: Path) -> list[str]:
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run([sys.executable, "-c", WORKER, str(root.resolve()), str(docs), out.name], check=True)
        return json.loads(Path(out.name).read_text())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--baseline", type=Path, required=True, help="the other checkout")
    ap.add_argument("--texts", type=Path, help="a folder of JSON files with a 'text' field")
    ap.add_argument("--synthetic", type=int, default=3000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.json"
        docs = documents(args.texts, args.synthetic)
        path.write_text(json.dumps(docs))
        base, mine = run(args.baseline, path), run(HERE, path)
    bad = [k for k, (a, b) in enumerate(zip(base, mine)) if a != b]
    print(f"{len(base)} cleanings ({len(docs)} documents x 2 presets): {len(bad)} differ"
          + (f", first: {[(k // len(docs), k % len(docs)) for k in bad[:10]]}" if bad else ""))
    digest = hashlib.sha256("".join(mine).encode()).hexdigest()[:12]
    print(f"outputs digest {digest}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
