"""What `Cleaner.clean` keeps of saved web pages whose main text is known by snippets.

    python benchmarks/snippets.py --from-trafilatura CHECKOUT PAGES.jsonl   # build the pages once
    python benchmarks/snippets.py --from-readability CHECKOUT PAGES.jsonl
    python benchmarks/snippets.py --from-scrapinghub CHECKOUT PAGES.jsonl
    python benchmarks/snippets.py PAGES.jsonl [--preset NAME] [--show N]

trafilatura's repository (https://github.com/adbar/trafilatura, `tests/eval/` and
`tests/evaldata.json`) holds about 900 saved pages of unrelated sites, each with a few snippets that
belong to its main text ("with") and a few that do not ("without": menus, footers, teasers, but
also some titles and dates, which our metric counts as content). `--from-trafilatura` turns a local
checkout of it into JSON Lines of `{"url", "host", "text", "with", "without"}`, the text one line
per block element of the page, as a scraper that keeps every visible line would give it; pages of
the domains listed (one "- domain" line each) in a file given with `--exclude` are left out.

Mozilla Readability's repository (https://github.com/mozilla/readability, `test/test-pages/`) holds
about 130 saved pages, each with the main text its extractor gives (`expected.html`).
`--from-readability` writes the same JSON Lines, the lines of that main text as "with" snippets
and no "without" ones; `--skip NAME,...` leaves out test pages by name (prefixes).

Zyte's article extraction benchmark (https://github.com/scrapinghub/article-extraction-benchmark,
`html/` and `ground-truth.json`) holds 181 saved news and blog pages, each with its article's
body as a human annotated it. `--from-scrapinghub` writes the same JSON Lines, the body's
paragraphs as "with" snippets (the headline, byline and date are not in it, so there are no
"without" ones); `--exclude` leaves out domains as for trafilatura.

fundus' repository (https://github.com/flairNLP/fundus, `tests/resources/parser/test_data/`) holds
about 250 saved pages of news sites in some 40 countries (2024-2026), each with the article its
parsers extract. `--from-fundus` writes the same JSON Lines, the body's paragraphs that stand in the
page's text as "with" snippets (a few of them hold a related box or an ad label the parser let in);
`--exclude` leaves out domains as for trafilatura.

Each page also keeps its first <h1>, for the most part the article's headline, which none of the
sets counts as main text: the headlines that survive cleaning are counted too.

The figures: "with" snippets that survive cleaning (a lost one is a content cut on a site no rule
was written from, each printed with the rule that took it) and "without" snippets that are gone
(a rough recall: the set's notion of boilerplate is wider than ours). A snippet counts where it
occurs in the page's text at all, spaces normalised.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

from cleaner import Cleaner
from cleaner.text import TIDY

BLOCK = frozenset("""p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer nav aside
blockquote pre form figure figcaption dt dd dl main title option select button hr""".split())
HIDDEN = frozenset("script style noscript template svg iframe head".split())


class _Text(HTMLParser):
    """A page's visible text, a line break at each block element's start and end; and the text of its first <h1>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = self.pre = 0
        self.h1: list[str] = []  # the text of the first <h1>
        self.in_h1 = 0  # 0 before the first <h1>, 1 inside it, 2 after it

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.in_h1 = 1 if tag == "h1" and self.in_h1 == 0 else self.in_h1
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCK:
            self.parts.append("\n")
        self.pre += tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        self.in_h1 = 2 if tag == "h1" and self.in_h1 == 1 else self.in_h1
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK:
            self.parts.append("\n")
        self.pre = max(0, self.pre - (tag == "pre"))

    def handle_data(self, data: str) -> None:
        if self.in_h1 == 1:
            self.h1.append(data)
        if not self.hidden:  # a break inside a text is a space, as a browser shows it, but in <pre>
            self.parts.append(data if self.pre else data.replace("\r", " ").replace("\n", " "))


def _parse(html: str) -> _Text:
    parser = _Text()
    parser.feed(html)
    parser.close()
    return parser


def page_text(html: str) -> str:
    """The visible text of `html`, one line per block, spaces collapsed, one blank line at most between.

    >>> page_text("<nav><a>Home</a></nav><p>Rain  is\\n expected.</p><script>x()</script>")
    'Home\\n\\nRain is expected.\\n'
    """
    out: list[str] = []
    for line in "".join(_parse(html).parts).split("\n"):
        line = " ".join(line.split())
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def headline(html: str) -> str:
    """The text of the first <h1> of `html`, spaces collapsed: most pages' headline.

    >>> headline("<p>Menu</p><h1>Rain  <b>expected</b></h1><h1>Other</h1>")
    'Rain expected'
    """
    return " ".join(" ".join(_parse(html).h1).split())


def _show(checkout: Path, path: str) -> bytes:
    """A file of the checkout's HEAD (the working tree may be absent)."""
    return subprocess.run(["git", "-C", str(checkout), "show", f"HEAD:{path}"], capture_output=True, check=True).stdout


def _excluded(exclude: Path | None) -> set[str]:
    """The domains of the "- domain" lines of `exclude`."""
    if exclude is None:
        return set()
    return {line[2:].strip().lower() for line in exclude.read_text(encoding="utf-8").splitlines()
            if line.startswith("- ") and "." in line and " " not in line[2:].strip()}


def _host(url: str, skip: set[str]) -> str | None:
    """The host of `url` without "www.", or None if it is one of the domains of `skip` or under one."""
    host = urlparse(url).netloc.lower().removeprefix("www.")
    return None if any(host == r or host.endswith("." + r) for r in skip) else host


def build(checkout: Path, out: Path, exclude: Path | None) -> None:
    """Write the pages of a trafilatura checkout's evaluation set as JSON Lines."""
    def show(path: str) -> bytes:
        return _show(checkout, path)
    data = json.loads(show("tests/evaldata.json"))
    skip = _excluded(exclude)
    written = 0
    with out.open("w", encoding="utf-8") as f:
        for url, page in data.items():
            host = _host(url, skip)
            if host is None:
                continue
            try:
                html = show(f"tests/eval/{page['file']}").decode("utf-8", "replace")
            except subprocess.CalledProcessError:
                continue
            f.write(json.dumps({"url": url, "host": host, "text": page_text(html), "with": page.get("with", []),
                                "without": page.get("without", []), "headline": headline(html)}, ensure_ascii=False) + "\n")
            written += 1
    print(f"{written} pages written to {out}")


def build_readability(checkout: Path, out: Path, skip: tuple[str, ...]) -> None:
    """Write Readability's test pages as JSON Lines: each page's text, its main text's lines as "with"."""
    listing = subprocess.run(["git", "-C", str(checkout), "ls-tree", "--name-only", "HEAD", "test/test-pages/"],
                             capture_output=True, text=True, check=True).stdout.split()
    written = 0
    with out.open("w", encoding="utf-8") as f:
        for folder in listing:
            name = folder.rsplit("/", 1)[-1]
            if skip and name.startswith(skip):
                continue
            try:
                source = _show(checkout, f"{folder}/source.html").decode("utf-8", "replace")
                text = page_text(source)
                main = page_text(_show(checkout, f"{folder}/expected.html").decode("utf-8", "replace"))
            except subprocess.CalledProcessError:
                continue
            lines = [line for line in main.splitlines() if line.strip()]
            f.write(json.dumps({"url": name, "host": name, "text": text, "with": lines, "without": [],
                                "headline": headline(source)}, ensure_ascii=False) + "\n")
            written += 1
    print(f"{written} pages written to {out}")


def build_scrapinghub(checkout: Path, out: Path, exclude: Path | None) -> None:
    """Write the pages of Zyte's article extraction benchmark as JSON Lines: each page's text, its
    annotated body's paragraphs as "with"."""
    truth = json.loads(_show(checkout, "ground-truth.json"))
    skip = _excluded(exclude)
    written = 0
    with out.open("w", encoding="utf-8") as f:
        for key, page in sorted(truth.items()):
            host = _host(page["url"], skip)
            if host is None:
                continue
            try:
                html = gzip.decompress(_show(checkout, f"html/{key}.html.gz")).decode("utf-8", "replace")
            except subprocess.CalledProcessError:
                continue
            lines = [line for line in page["articleBody"].splitlines() if line.strip()]
            f.write(json.dumps({"url": page["url"], "host": host, "text": page_text(html), "with": lines,
                                "without": [], "headline": headline(html)}, ensure_ascii=False) + "\n")
            written += 1
    print(f"{written} pages written to {out}")


def build_fundus(checkout: Path, out: Path, exclude: Path | None) -> None:
    """Write the saved news pages of fundus' parser tests as JSON Lines: each page's text, the
    paragraphs of the article body its parsers extract (summary and sections, every parser version's)
    that stand in that text as "with"."""
    root = "tests/resources/parser/test_data"
    listing = subprocess.run(["git", "-C", str(checkout), "ls-tree", "-r", "--name-only", "HEAD", root],
                             capture_output=True, text=True, check=True).stdout.split("\n")
    skip = _excluded(exclude)
    written = 0
    with out.open("w", encoding="utf-8") as f:
        for meta in sorted(name for name in listing if name.endswith("/meta.info")):
            folder = meta.rsplit("/", 1)[0]
            for name, info in json.loads(_show(checkout, meta)).items():
                host = _host(info["url"], skip)
                if host is None:
                    continue
                try:
                    html = gzip.decompress(_show(checkout, f"{folder}/{name}")).decode("utf-8", "replace")
                    versions = json.loads(_show(checkout, f"{folder}/{name.rsplit('_', 3)[0]}.json"))
                except (subprocess.CalledProcessError, OSError, ValueError):
                    continue
                text = page_text(html)
                flat = _norm(text)
                paragraphs = {p for v in versions.values() for p in (v.get("body") or {}).get("summary", [])}
                paragraphs |= {p for v in versions.values() for section in (v.get("body") or {}).get("sections", [])
                               for p in section.get("paragraphs", [])}
                lines = sorted(p for p in paragraphs if len(_norm(p)) > 15 and _norm(p) in flat)
                if lines:
                    f.write(json.dumps({"url": info["url"], "host": host, "text": text, "with": lines, "without": [],
                                        "headline": headline(html)}, ensure_ascii=False) + "\n")
                    written += 1
    print(f"{written} pages written to {out}")


def _norm(s: str) -> str:
    return " ".join(s.split())


def score(pages: Path, preset: str, show: int) -> None:
    cleaner = Cleaner(preset=preset)
    kept = present = gone = junk = heads = heads_kept = 0
    lost: list[str] = []
    lost_heads: list[str] = []
    by_rule: collections.Counter[str] = collections.Counter()
    for line in pages.read_text(encoding="utf-8").splitlines():
        page = json.loads(line)
        result = cleaner.clean(page["text"])
        before, after = _norm(page["text"]), _norm(result.text)
        for snippet in filter(None, map(_norm, page["with"])):
            if snippet in before:
                present += 1
                if snippet in after:
                    kept += 1
                    continue
                rules = [r.rule for r in result.removed if r.rule != TIDY and snippet[:20] in _norm(r.text)] or ["?"]
                by_rule[rules[0]] += 1
                lost.append(f"{page['host']}: {snippet[:70]!r} ({rules[0]})")
        for snippet in filter(None, map(_norm, page["without"])):
            if snippet in before:
                junk += 1
                gone += snippet not in after
        head = _norm(page.get("headline", ""))
        if 3 <= len(head.split()) <= 30 and head in {_norm(line) for line in page["text"].splitlines()}:
            heads += 1  # the page's first <h1>, a line of its own: the article's headline, for the most part
            if head in {_norm(line) for line in result.text.splitlines()}:
                heads_kept += 1
            else:
                rules = [r.rule for r in result.removed if r.rule != TIDY and head[:30] in _norm(r.text)] or ["?"]
                lost_heads.append(f"{page['host']}: {head[:70]!r} ({rules[0]})")
    print(f"preset {preset}: main-text snippets kept {kept} of {present} ({present - kept} lost, "
          f"{(present - kept) / max(present, 1):.2%}); other snippets gone {gone} of {junk} ({gone / max(junk, 1):.1%})")
    for rule, n in by_rule.most_common():
        print(f"{n:5} lost to {rule}")
    for line in lost[:show]:
        print(f"      {line}")
    if heads:
        print(f"headlines (each page's first <h1>, a line of its own) kept {heads_kept} of {heads}")
        for line in lost_heads[:show]:
            print(f"      {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=Path, nargs="?", help="JSON Lines of pages (built by --from-trafilatura)")
    parser.add_argument("--from-trafilatura", nargs=2, type=Path, metavar=("CHECKOUT", "OUT"),
                        help="build the pages from a local trafilatura checkout into OUT")
    parser.add_argument("--from-readability", nargs=2, type=Path, metavar=("CHECKOUT", "OUT"),
                        help="build the pages from a local Readability checkout into OUT")
    parser.add_argument("--from-scrapinghub", nargs=2, type=Path, metavar=("CHECKOUT", "OUT"),
                        help="build the pages from a local checkout of Zyte's article extraction benchmark into OUT")
    parser.add_argument("--from-fundus", nargs=2, type=Path, metavar=("CHECKOUT", "OUT"),
                        help="build the pages from a local checkout of fundus (its parser tests' saved news pages) into OUT")
    parser.add_argument("--exclude", type=Path, help='a file of "- domain" lines whose pages are left out '
                        "(trafilatura, Zyte, fundus)")
    parser.add_argument("--skip", default="", help="Readability test pages left out, by name prefixes, comma-separated")
    parser.add_argument("--preset", default="default")
    parser.add_argument("--show", type=int, default=20, help="lost snippets printed")
    args = parser.parse_args()
    if args.from_trafilatura:
        build(*args.from_trafilatura, args.exclude)
    if args.from_readability:
        build_readability(*args.from_readability, tuple(filter(None, args.skip.split(","))))
    if args.from_scrapinghub:
        build_scrapinghub(*args.from_scrapinghub, args.exclude)
    if args.from_fundus:
        build_fundus(*args.from_fundus, args.exclude)
    if args.pages:
        score(args.pages, args.preset, args.show)
    elif not (args.from_trafilatura or args.from_readability or args.from_scrapinghub or args.from_fundus):
        parser.error("give PAGES.jsonl, or --from-trafilatura / --from-readability / --from-scrapinghub / --from-fundus CHECKOUT OUT")


if __name__ == "__main__":
    main()
