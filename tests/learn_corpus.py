"""Generated corpora for `cleaner learn`: sites that plant their own boilerplate amid varied articles.

Every text here is made up. Each site plants three boilerplate lines (one with a varying number,
date or title) in a share of its documents; the articles also carry content that repeats by
chance: stock sentences, a quote shared by two stories, a headline shared by two sites.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

WORDS = """harbor council budget river valley farmers bridge school museum rail station library coastal
tenants orchard vineyard clinic ferry highway reservoir mayor senator teachers nurses festival
drought wildfire storm lake canal district warehouse factory pension tariff market village
county province islanders miners dockworkers engineers residents volunteers inspectors hospital
airport tunnel quarry harvest salmon wheat copper timber solar turbine battery grid""".split()  # noqa: SIM905
VERBS = """approved rejected delayed funded reopened expanded audited questioned praised criticised
inspected rebuilt closed measured surveyed recorded defended proposed doubled halved""".split()  # noqa: SIM905
NAMES = """Okafor Lindqvist Moreau Tanaka Abara Castell Duarte Fenwick Haldane Ivanova Kowalczyk Marchetti""".split()  # noqa: SIM905

#: Content that recurs by chance: short stock sentences a reporter writes in a few per cent of stories.
STOCK = ("He said.", "She said.", "Here's what we know.", "What happens next?", "It was not immediately clear why.",
         "Officials did not respond.")


@dataclass(frozen=True, slots=True)
class Site:
    slug: str
    name: str
    constant: tuple[str, str]  # two fixed lines, a header and a footer
    varying: str  # a line with {n}, {year}, {date} or {title} filled in per document
    shares: tuple[float, float, float]  # share of documents carrying each of the three lines


SITES = (
    Site("harbor-ledger", "Harbor Ledger", ("Listen to this article with Harbor Ledger Audio",
         "Subscribe to the Harbor Ledger newsletter for the morning briefing"),
         "\u00a9 {year} Harbor Ledger Media. All rights reserved.", (1.0, 0.9, 0.8)),
    Site("northfield-courier", "Northfield Courier", ("Northfield Courier is supported by readers like you",
         "Got a tip? Write to tips@northfieldcourier.example"),
         "Updated {date} at {time}", (0.6, 1.0, 0.5)),
    Site("quill-lantern", "Quill & Lantern", ("Advertisement \u2014 story continues below",
         "Follow Quill & Lantern on Mastodon and Bluesky"),
         "The post {title} appeared first on Quill & Lantern.", (0.3, 0.45, 1.0)),
    Site("pinewood-gazette", "Pinewood Gazette", ("Pinewood Gazette \u2022 Local news since 1921",
         "Sign up for Pinewood Gazette alerts at https://pinewood.example/alerts"),
         "Join {n} readers who support Pinewood Gazette every month", (0.75, 0.3, 0.35)),
    Site("meridian-wire", "Meridian Wire", ("MERIDIAN WIRE | WORLD | BUSINESS | SPORT",
         "Reporting by the Meridian Wire desk; editing by the night team"),
         "{n} comments on this story", (0.95, 0.55, 0.3)),
)
MONTHS = """January February March April May June July August September October November December""".split()  # noqa: SIM905


@dataclass(slots=True)
class Article:
    path: str
    source: str
    text: str = ""
    content: list[str] = field(default_factory=list)  # lines that must survive cleaning
    boilerplate: list[str] = field(default_factory=list)  # lines planted by the site


def sentence(rng: random.Random) -> str:
    w = rng.sample(WORDS, 5)
    return (f"The {w[0]} {w[1]} {rng.choice(VERBS)} the {w[2]} {w[3]} plan after {rng.randint(2, 900)} "
            f"{w[4]} said {rng.choice(NAMES)}.")


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))


def headline(rng: random.Random) -> str:
    w = rng.sample(WORDS, 4)
    return f"{w[0].title()} {w[1]} {rng.choice(VERBS)} as {w[2]} {w[3]} wait"


def fill(template: str, rng: random.Random) -> str:
    date = rng.choice((
        lambda: f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2019, 2025)}",
        lambda: f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2019, 2025)}",
        lambda: f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    ))()
    return template.format(n=f"{rng.randint(2, 40000):,}", year=rng.randint(2015, 2025), date=date,
                           time=f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(('am', 'pm'))}",
                           title=headline(rng))


def site_articles(site: Site, n: int, rng: random.Random, *, stock_rate: float = 0.05) -> list[Article]:
    """`n` articles of one site; line i of the site's three lands in exactly round(share_i * n) of them."""
    carriers = [set(rng.sample(range(n), round(share * n))) for share in site.shares]
    return [article(site, i, rng, tuple(i in c for c in carriers), stock_rate) for i in range(n)]


def article(site: Site, i: int, rng: random.Random, carry: tuple[bool, ...], stock_rate: float = 0.05) -> Article:
    """Article `i` of a site, with the site's lines for which `carry` is true."""
    a = Article(f"{site.slug}/{i:05d}.txt", site.slug)
    body = [headline(rng)] + [paragraph(rng) for _ in range(rng.randint(3, 7))]
    for stock in STOCK:  # stock sentences alone on a line, or closing a paragraph
        if rng.random() < stock_rate:
            if rng.random() < 0.5:
                body.insert(rng.randint(1, len(body)), stock)
            else:
                k = rng.randint(1, len(body) - 1)
                body[k] = f"{body[k]} {stock}"
    a.content = list(body)
    lines = list(body)
    header, footer = site.constant
    if carry[0]:
        lines.insert(1, header)
        a.boilerplate.append(header)
    if carry[1]:
        lines.append(footer)
        a.boilerplate.append(footer)
    if carry[2]:
        varying = fill(site.varying, rng)
        lines.append(varying)
        a.boilerplate.append(varying)
    a.text = "\n\n".join(lines) + "\n"
    return a


def corpus(n_per_site: int = 200, seed: int = 5, sites: tuple[Site, ...] = SITES, **kw: float) -> list[Article]:
    """All sites' articles, plus a quote carried by two stories and a headline shared by two sites."""
    rng = random.Random(seed)
    arts = [a for site in sites for a in site_articles(site, n_per_site, rng, **kw)]
    quote = '"We will rebuild the harbor wall before winter," the mayor told reporters.'
    shared = "Floodwaters recede as valley towns count the cost"
    for a in (arts[3], arts[7]):  # one site, two stories
        _add_content(a, quote, at=2)
    for a in (arts[10], arts[n_per_site + 10]):  # two sites, one headline
        _add_content(a, shared, at=0, replace=True)
    return arts


def _add_content(a: Article, line: str, at: int, replace: bool = False) -> None:
    parts = a.text.rstrip("\n").split("\n\n")
    old = parts[at] if replace else None
    parts[at : at + replace] = [line]
    a.text = "\n\n".join(parts) + "\n"
    a.content = [c for c in a.content if c != old] + [line]


def write_folder(arts: list[Article], root: Path) -> Path:
    for a in arts:
        path = root / a.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(a.text, encoding="utf-8")
    return root


def site_name(k: int) -> str:
    """A name for site `k` spelled in words (two sites' lines then differ in more than a number).

    >>> site_name(0), site_name(1)
    ('Harbor Budget', 'Council Valley')
    """
    return f"{WORDS[k % len(WORDS)].title()} {WORDS[(k // len(WORDS) + 2 * k + 2) % len(WORDS)].title()}"


def stream_records(n_docs: int, seed: int = 7, n_sites: int = 50, *, named: bool = False) -> Iterator[dict[str, str]]:
    """`n_docs` JSON Lines records from `n_sites` generated sites, sites interleaved, in constant memory.

    Sites are "Site 0", "Site 1", ..., whose lines share one shape (the number is a slot), or with
    `named` each has a name in words (`site_name`), so that each site's lines are its own.
    """
    rng = random.Random(seed)
    names = [site_name(k) if named else f"Site {k}" for k in range(n_sites)]
    sites = [Site(f"site-{k:03d}", name, (f"Welcome to {name} daily edition", f"{name} footer and contacts"),
                  f"{{n}} readers of {name} today", (0.9, 0.6, 0.4)) for k, name in enumerate(names)]
    for i in range(n_docs):
        site = sites[i % n_sites]
        a = article(site, i // n_sites, rng, tuple(rng.random() < share for share in site.shares))
        yield {"id": str(i), "source": site.slug, "text": a.text}


def write_jsonl(path: Path, records: Iterator[dict[str, str]]) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(rec) + "\n" for rec in records)
    return path
