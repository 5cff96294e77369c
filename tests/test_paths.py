"""Rules limited to some paths: left out before detection, so a rule for other paths takes no line."""

from __future__ import annotations

import random
from pathlib import Path

from cleaner import Cleaner, Rule
from cleaner.cli import main
from cleaner.config import load_rules
from tests.learn_corpus import Site, site_articles

TEXT = "The ferry runs at dawn.\n\nThanks for reading our paper\n"


def site_rule(site: str, **kw: object) -> Rule:
    return Rule(id=f"learned.{site}-1", description=f"{site}'s footer", pattern=r"Thanks\ for\ reading\ our\ paper",
                paths=(f"{site}/*",), remove=("Thanks for reading our paper",), **kw)  # type: ignore[arg-type]


def test_two_sites_rules_with_one_pattern_each_fire_on_their_site() -> None:
    cleaner = Cleaner(extend=[site_rule("site-a"), site_rule("site-b"), site_rule("site-c")])
    for site in ("site-a", "site-b", "site-c"):
        result = cleaner.clean(TEXT, f"{site}/001.txt")
        assert result.text == "The ferry runs at dawn.\n"
        assert [r.rule for r in result.removed if r.rule != "tidy.whitespace"] == [f"learned.{site}-1"]
    assert cleaner.clean(TEXT, "site-d/001.txt").text == TEXT
    assert cleaner.clean(TEXT).text == TEXT  # no path: no rule limited to paths applies


def test_a_rule_for_other_paths_does_not_shadow_a_rule_for_all() -> None:
    everywhere = Rule(id="user.thanks", description="A thank-you line.", pattern=r"Thanks\ for\ reading\ our\ paper")
    cleaner = Cleaner([site_rule("site-a"), everywhere])
    assert [r.rule for r in cleaner.clean(TEXT, "site-b/1.txt").removed if r.rule != "tidy.whitespace"] == ["user.thanks"]
    assert [r.rule for r in cleaner.clean(TEXT, "site-a/1.txt").removed if r.rule != "tidy.whitespace"] == ["learned.site-a-1"]


def test_documents_without_rules_for_their_path_share_one_detector() -> None:
    cleaner = Cleaner(extend=[site_rule("site-a"), site_rule("site-b")])
    for k in range(20):
        cleaner.clean(TEXT, f"other-{k}/1.txt")
    cleaner.clean(TEXT, "site-a/1.txt")
    cleaner.clean(TEXT, "site-a/2.txt")
    assert len(cleaner._by_paths) == 2
    plain = Cleaner()
    assert plain._detector_for("any/1.txt") is plain._detector  # no rule limited to paths: the one detector


def test_learn_then_clean_on_three_sites_that_share_a_footer(tmp_path: Path) -> None:
    """`cleaner learn` writes one rule per site; the shared footer gives them one pattern."""
    src = tmp_path / "src"
    shared = "Thanks for reading, and share this story with a friend today"
    sites = [Site(slug, slug.title(), (f"{slug.title()} header line for every reader", shared), "{n} readers", (1.0, 1.0, 0.0))
             for slug in ("alpha-news", "beta-post", "gamma-times")]
    rng = random.Random(3)
    for site in sites:
        for a in site_articles(site, 12, rng):
            path = src / a.path
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(a.text, encoding="utf-8")
    learned = tmp_path / "learned.toml"
    assert main(["learn", str(src), "--out", str(learned), "-q"]) == 0
    footers = [r for r in load_rules(learned) if "share" in r.pattern.casefold()]
    assert len(footers) == 3 and len({r.pattern for r in footers}) == 1  # one pattern, three sites
    out = tmp_path / "out"
    assert main(["clean", str(src), "--out", str(out), "-q", "--config", str(learned), "--workers", "1"]) == 0
    for site in sites:
        for path in (out / site.slug).glob("*.txt"):
            text = path.read_text(encoding="utf-8")
            assert shared not in text and site.constant[0] not in text, path


def test_the_glob_index_agrees_with_each_rules_own_check() -> None:
    from cleaner.paths import PathRules

    globs = [("a/*",), ("b/*", "*.md"), ("news/site [[]a]/*",), ("c/??.txt",), ("*",), ("d/[!x]*",)]
    rules = [Rule(id=f"site.r{k}", description="R.", pattern="r", paths=g) for k, g in enumerate(globs)]
    rules.insert(2, Rule(id="site.all", description="All.", pattern="r"))
    index = PathRules(rules)
    for path in ["a/1.txt", "a/x/1.md", "b/1.txt", "news/site [a]/1.txt", "news/site a/1.txt", "c/12.txt",
                 "c/123.txt", "d/x1", "d/y1", "", "A/1.txt", "a\n/1.txt"]:
        assert index.applying(path) == {i for i, r in enumerate(rules) if r.paths and r.applies_to(path)}, path
