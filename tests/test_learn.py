"""`cleaner learn`: it finds each site's planted boilerplate, proposes no content, and the rules it writes clean."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pytest
import regex

from cleaner import Cleaner
from cleaner.cli import main
from cleaner.config import load_rules
from cleaner.learn import Counts, Doc, learn, to_rules
from cleaner.learn_shape import key, shape

from .learn_corpus import SITES, Article, Site, corpus, site_articles, write_folder


@pytest.fixture(scope="module")
def arts() -> list[Article]:
    return corpus()


def docs(arts: list[Article]) -> list[Doc]:
    return [Doc(a.path, a.source, a.text) for a in arts]


def planted(arts: list[Article]) -> dict[tuple[str, int], list[str]]:
    """Every copy of each site's three lines, keyed by (site, line number)."""
    out: dict[tuple[str, int], list[str]] = {}
    for site in SITES:
        for a in (a for a in arts if a.source == site.slug):
            for line in a.boilerplate:
                slot = 0 if line == site.constant[0] else 1 if line == site.constant[1] else 2
                out.setdefault((site.slug, slot), []).append(line)
    return out


def covers(pattern: str, line: str) -> bool:
    return Cleaner([_rule(pattern)], repair=False).clean(line + "\n").text.strip() == ""


def _rule(pattern: str):  # type: ignore[no-untyped-def]
    from cleaner.rules import Rule

    return Rule("learned.probe", "probe", pattern)


def test_learn_proposes_every_planted_line_and_nothing_else(arts: list[Article]) -> None:
    proposals, _ = learn(docs(arts))
    lines = planted(arts)
    assert len(lines) == 15
    for (site, slot), copies in lines.items():
        mine = [p for p in proposals if p.source == site and all(covers(p.pattern, c) for c in copies)]
        assert mine, f"{site} line {slot} ({copies[0]!r}) not proposed"
    assert len(proposals) == 15, [p.example for p in proposals]
    content = {line for a in arts for line in a.content}
    for p in proposals:
        assert not any(covers(p.pattern, c) for c in content if len(c) < 200), p.example


def test_proposals_carry_support_share_and_two_examples(arts: list[Article]) -> None:
    proposals, counts = learn(docs(arts))
    assert [p.documents for p in proposals] == sorted((p.documents for p in proposals), reverse=True)
    for p in proposals:
        carriers = [a.path for a in arts if a.source == p.source and any(covers(p.pattern, b) for b in a.boilerplate)]
        assert p.documents == len(carriers)
        assert p.share == pytest.approx(len(carriers) / counts.docs[p.source])
        assert len(p.examples) == 2 and set(p.examples) <= set(carriers)


def test_chance_repeats_are_proposed_only_when_the_share_guard_is_dropped() -> None:
    # Stock sentences in ~10% of a site's documents: under the default share, above a 5% one.
    site = Site("quiet-site", "Quiet Site", ("Quiet Site header line for everyone", "Quiet Site footer line"),
                "{n} people read Quiet Site", (1.0, 1.0, 1.0))
    arts = site_articles(site, 200, random.Random(3), stock_rate=0.1)
    default, _ = learn(docs(arts))
    loose, _ = learn(docs(arts), min_share=0.03)
    stock = {key("He said."), key("Here's what we know.")}
    assert not {key(p.example) for p in default} & stock
    assert {key(p.example) for p in loose} & stock


def test_a_quote_in_two_stories_and_a_headline_on_two_sites_are_not_proposed(arts: list[Article]) -> None:
    proposals, _ = learn(docs(arts), min_docs=2, min_share=0.005)
    found = {key(p.example) for p in proposals}
    assert key("Floodwaters recede as valley towns count the cost") not in found  # one copy per site
    assert key('"We will rebuild the harbor wall before winter," the mayor told reporters.') in found
    strict, _ = learn(docs(arts))
    assert key('"We will rebuild the harbor wall before winter," the mayor told reporters.') not in {
        key(p.example) for p in strict}


def test_trailing_sentences_are_learned_with_sentence_scope() -> None:
    rng = random.Random(11)
    site = Site("tail-site", "Tail Site", ("Tail Site header line is here", "Tail Site footer line is here"),
                "{n} readers", (0.0, 0.0, 0.0))
    arts = site_articles(site, 60, rng)
    credit = "This story first ran in the Tail Site weekend edition."
    for a in arts[::2]:
        paragraphs = a.text.rstrip("\n").split("\n\n")
        paragraphs[-1] += " " + credit
        a.text = "\n\n".join(paragraphs) + "\n"
    proposals, _ = learn(docs(arts))
    assert [(p.scope, p.example) for p in proposals] == [("sentence", credit)]
    rules, failed = to_rules(proposals)
    assert not failed
    out = Cleaner(select=["learned"], extend=[r for r, _ in rules]).clean(arts[0].text, arts[0].path).text
    assert credit not in out and out.rstrip().endswith(".")


def test_counting_is_bounded_and_still_finds_the_lines(arts: list[Article]) -> None:
    counts = Counts(max_keys=3000)
    peak = 0
    for d in docs(arts):
        counts.add(d)
        peak = max(peak, len(counts.counts))
    assert counts.prunes > 0 and peak <= 3000 + 200  # one document's lines past the cap at most
    assert len(counts.proposals()) == 15


def test_shapes_generalise_what_varies() -> None:
    a = shape("Updated March 5, 2024 at 10:45 am")
    assert a is not None
    for variant in ("updated 2023-11-02 at 9:01 PM", "Updated 14 July 2025 at 12:00 pm"):
        assert key(variant) == a.key and covers(a.pattern, variant)
    post = shape("The post Rates rise again appeared first on Example Daily.")
    assert post is not None and covers(post.pattern, "The post Another title, 2 parts appeared first on Example Daily.")
    assert not covers(post.pattern, "The post office appeared first on the list of closures at Other Site")
    assert key("2024-03-05") is None and key("https://example.com/a") is None


def test_cli_learn_then_clean_removes_the_boilerplate_and_keeps_all_content(tmp_path: Path, arts: list[Article]) -> None:
    src = write_folder(arts, tmp_path / "src")
    learned = tmp_path / "learned.toml"
    assert main(["learn", str(src), "--out", str(learned), "-q"]) == 0
    rules = load_rules(learned)
    assert len(rules) == 15 and all(r.id.startswith("learned.") and r.paths for r in rules)
    meta = tomllib_meta(learned)
    assert all({"source", "documents", "share", "examples"} <= set(m) for m in meta)
    for extra in ([], ["--select", "learned"]):  # with the catalog, and learned rules alone
        dst = tmp_path / f"dst{len(extra)}"
        assert main(["clean", str(src), "--out", str(dst), "--config", str(learned), "-q", *extra]) == 0
        lost = [(a.path, c) for a in arts for c in a.content
                if c not in (dst / a.path).read_text(encoding="utf-8").split("\n")]
        assert lost == []
        left = [(a.path, b) for a in arts for b in a.boilerplate if b in (dst / a.path).read_text(encoding="utf-8")]
        assert left == []
    report = [json.loads(line) for line in (tmp_path / "dst2" / "cleaner-report.jsonl").read_text().splitlines()]
    cuts = [r for rec in report for r in rec["removed"] if r["rule"] != "tidy.whitespace"]
    assert cuts and all(r["rule"] in {x.id for x in rules} for r in cuts)


def tomllib_meta(path: Path) -> list[dict]:  # type: ignore[type-arg]
    import tomllib

    return [t["meta"] for t in tomllib.loads(path.read_text(encoding="utf-8"))["rule"]]


def test_cli_learns_from_jsonl_grouped_by_a_field(tmp_path: Path, arts: list[Article]) -> None:
    src = tmp_path / "docs.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as f:
        for n, a in enumerate(arts[::-1]):  # sources interleave in no particular order
            f.write(json.dumps({"id": n, "domain": a.source + ".example", "body": a.text}) + "\n")
        f.write("not json\n")
    learned = tmp_path / "learned.toml"
    code = main(["learn", str(src), "--out", str(learned), "--text-field", "body", "--source-field", "domain", "-q"])
    assert code == 1  # one record skipped
    rules = load_rules(learned)
    assert len(rules) == 15
    assert {r.paths for r in rules} == {(f"{s.slug}.example/*",) for s in SITES}
    assert all(regex.fullmatch(r"[a-z-]+\.example/\d+", e) for m in tomllib_meta(learned) for e in m["examples"])
    cleaner = Cleaner(select=["learned"], extend=rules)  # records cleaned with the path learn gave them
    a = next(a for a in arts if len(a.boilerplate) == 3)
    assert cleaner.clean(a.text, f"{a.source}.example/7").text.split("\n") == "\n\n".join(a.content).split("\n") + [""]
    assert cleaner.clean(a.text, "other-site.example/7").text == a.text


def test_cli_errors_and_empty_results(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["learn", str(tmp_path / "missing")]) == 2
    one = tmp_path / "one.txt"
    one.write_text("text\n")
    assert main(["learn", str(one)]) == 2
    assert "give a folder or a JSON Lines file" in capsys.readouterr().err
    folder = tmp_path / "few"
    for i in range(3):
        (folder / "site").mkdir(parents=True, exist_ok=True)
        (folder / "site" / f"{i}.txt").write_text(f"Story {i}\n\nShared footer line\n")
    out = tmp_path / "none.toml"
    assert main(["learn", str(folder), "--out", str(out)]) == 0  # 3 documents < K
    assert not out.exists() and "nothing written" in capsys.readouterr().err
    assert main(["learn", str(folder), "--out", str(out), "--min-docs", "1"]) == 2


def test_cli_source_depth_scopes_rules_to_nested_folders(tmp_path: Path) -> None:
    src = tmp_path / "src"
    site = Site("site-a", "Site A", ("Site A header for all readers", "Site A footer for all readers"),
                "{n} readers of Site A", (1.0, 0.0, 0.0))
    for a in site_articles(site, 10, random.Random(1)):
        path = src / "news" / "site [a]" / a.path.split("/")[1]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(a.text, encoding="utf-8")
    learned = tmp_path / "learned.toml"
    assert main(["learn", str(src), "--out", str(learned), "--source-depth", "2", "-q"]) == 0
    (rule,) = load_rules(learned)
    assert rule.id == "learned.news-site-a-1" and rule.paths == ("news/site [[]a]/*",)
    assert rule.applies_to("news/site [a]/00001.txt") and not rule.applies_to("news/site-b/00001.txt")


@pytest.mark.parametrize("parts", [1, 3, 7])
def test_tallies_merged_in_order_propose_what_one_pass_proposes(arts: list[Article], parts: int) -> None:
    from cleaner.learn import Tally

    whole, counts = learn(docs(arts))
    size = -(-len(arts) // parts)
    tallies = []
    for i in range(0, len(arts), size):
        t = Tally()
        for d in docs(arts[i : i + size]):
            t.add(d)
        tallies.append(t)
    merged = tallies[0]
    for t in tallies[1:]:
        merged = merged.merge(t)
    assert merged.counts().proposals() == whole  # the same lines, counts, shares and example paths
    assert merged.docs == counts.docs
