"""`cleaner clean --learn`: learn and clean in one command, the same as `cleaner learn` then `clean --config`.

The corpus is tests/learn_corpus.py's: five sites, each planting three lines of its own (no two
sites share a planted line, so every learned rule's pattern is distinct).
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from cleaner.cli import main
from cleaner.config import load_rules
from cleaner.manifest import MANIFEST_NAME

from .learn_corpus import SITES, Article, corpus, write_folder

N_PER_SITE = 60


@pytest.fixture(scope="module")
def arts() -> list[Article]:
    return corpus(N_PER_SITE)


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def records(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def lost_and_left(arts: list[Article], text_of) -> tuple[list, list]:  # type: ignore[no-untyped-def]
    """Content lines missing from the output, and planted lines still in it."""
    lost, left = [], []
    for a in arts:
        out = text_of(a)
        lost += [(a.path, c) for c in a.content if c not in out.split("\n")]
        left += [(a.path, b) for b in a.boilerplate if b in out]
    return lost, left


def write_jsonl(arts: list[Article], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for n, a in enumerate(arts[::-1]):  # sources interleaved in no particular order
            f.write(json.dumps({"id": f"r{n}", "site": a.source, "body": a.text}) + "\n")
    return path


def test_folder_in_one_command_equals_learn_then_clean(tmp_path: Path, arts: list[Article]) -> None:
    src = write_folder(arts, tmp_path / "src")
    one = tmp_path / "one"
    assert main(["clean", str(src), "--out", str(one), "--learn", "-q"]) == 0
    learned = one / "cleaner-learned.toml"
    rules = load_rules(learned)
    assert len(rules) == 15 and all(r.id.startswith("learned.") and r.paths for r in rules)

    lost, left = lost_and_left(arts, lambda a: (one / a.path).read_text(encoding="utf-8"))
    assert lost == [] and left == []
    # every line the catalog does not know is cut by, and reported as, a learned rule
    cuts = [r for rec in records(one / "cleaner-report.jsonl") for r in rec["removed"]]
    assert {r["rule"] for r in cuts if r["rule"].startswith("learned.")} >= {"learned.harbor-ledger-1",
                                                                             "learned.meridian-wire-1"}

    assert main(["learn", str(src), "--out", str(tmp_path / "learned.toml"), "-q"]) == 0
    two = tmp_path / "two"
    assert main(["clean", str(src), "--out", str(two), "--config", str(tmp_path / "learned.toml"), "-q"]) == 0
    a, b = tree(one), tree(two)
    for side in (a, b):
        side.pop(MANIFEST_NAME), side.pop("cleaner-learned.toml", None)
    assert a == b  # cleaned files and the report, byte for byte
    assert [r.pattern for r in rules] == [r.pattern for r in load_rules(tmp_path / "learned.toml")]


def test_jsonl_in_one_command_with_source_field(tmp_path: Path, arts: list[Article]) -> None:
    src = write_jsonl(arts, tmp_path / "docs.jsonl")
    args = ["--source-field", "site", "--text-field", "body", "-q"]
    assert main(["clean", str(src), "--out", str(tmp_path / "one.jsonl"), "--learn", *args]) == 0
    assert len(load_rules(tmp_path / "one-learned.toml")) == 15  # beside one-report.jsonl
    out = {r["id"]: r["body"] for r in records(tmp_path / "one.jsonl")}
    ids = {a.path: f"r{n}" for n, a in enumerate(arts[::-1])}
    lost, left = lost_and_left(arts, lambda a: out[ids[a.path]])
    assert lost == [] and left == []
    report = records(tmp_path / "one-report.jsonl")
    assert report[0]["path"] == f"{arts[-1].source}/r0"  # SOURCE/ID, as `cleaner learn` names records

    assert main(["learn", str(src), "--out", str(tmp_path / "learned.toml"), "--source-field", "site",
                 "--text-field", "body", "-q"]) == 0
    assert main(["clean", str(src), "--out", str(tmp_path / "two.jsonl"), "--config", str(tmp_path / "learned.toml"),
                 *args]) == 0
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert (tmp_path / "one-report.jsonl").read_bytes() == (tmp_path / "two-report.jsonl").read_bytes()


def test_rules_learned_from_jsonl_apply_to_it_with_source_field(tmp_path: Path, arts: list[Article]) -> None:
    # The bug: clean named records FILE:N, so the learned rules' paths (SOURCE/*) never matched.
    src = write_jsonl(arts, tmp_path / "docs.jsonl")
    learned = tmp_path / "learned.toml"
    assert main(["learn", str(src), "--out", str(learned), "--source-field", "site", "--text-field", "body", "-q"]) == 0
    base = ["clean", str(src), "--config", str(learned), "--text-field", "body", "--select", "learned", "-q"]
    assert main([*base, "--out", str(tmp_path / "without.jsonl")]) == 0
    assert not any(r["removed"] for r in records(tmp_path / "without-report.jsonl"))  # named docs.jsonl:N
    assert main([*base, "--out", str(tmp_path / "with.jsonl"), "--source-field", "site"]) == 0
    cut = [r for r in records(tmp_path / "with-report.jsonl") if r["removed"]]
    assert len(cut) == sum(1 for a in arts if a.boilerplate)
    # a record without the source field is cleaned under its old name, by the unscoped rules only
    odd = tmp_path / "odd.jsonl"
    odd.write_text(json.dumps({"body": arts[0].text}) + "\n", encoding="utf-8")
    assert main(["clean", str(odd), "--out", str(tmp_path / "odd-out.jsonl"), "--config", str(learned),
                 "--text-field", "body", "--source-field", "site", "-q"]) == 0
    assert records(tmp_path / "odd-out-report.jsonl")[0]["path"] == "odd.jsonl:1"


def test_a_resumed_run_reads_the_learned_rules_and_does_not_learn_again(
        tmp_path: Path, arts: list[Article], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import cleaner.cli.clean as clean_cli

    src = write_folder(arts, tmp_path / "src")
    out = tmp_path / "out"
    assert main(["clean", str(src), "--out", str(out), "--learn", "-q"]) == 0
    whole = tree(out)
    for a in arts[::3]:  # as if the run had been stopped before these
        (out / a.path).unlink()

    def no_learning(*args, **kw):  # type: ignore[no-untyped-def]
        raise AssertionError("learned twice")

    monkeypatch.setattr(clean_cli, "learn_corpus", no_learning)
    assert main(["clean", str(src), "--out", str(out), "--learn"]) == 0
    err = capsys.readouterr().err
    assert "15 learned rules read from" in err and f"({len(arts) - len(arts[::3])} already done)" in err
    again = tree(out)
    again.pop(MANIFEST_NAME), whole.pop(MANIFEST_NAME)
    assert again == whole

    # A reviewed file (one rule deleted) is what the next run applies; --restart learns afresh.
    text = (out / "cleaner-learned.toml").read_text(encoding="utf-8")
    tables = text.split("\n[[rule]]\n")
    kept = [t for t in tables if 'id = "learned.harbor-ledger-1"' not in t]
    (out / "cleaner-learned.toml").write_text("\n[[rule]]\n".join(kept), encoding="utf-8")
    assert main(["clean", str(src), "--out", str(out), "--learn", "-q"]) == 0
    assert "Listen to this article with Harbor Ledger Audio" in (out / "harbor-ledger/00000.txt").read_text()
    monkeypatch.undo()
    assert main(["clean", str(src), "--out", str(out), "--learn", "--restart", "-q"]) == 0
    assert len(load_rules(out / "cleaner-learned.toml")) == 15
    assert "Listen to this article" not in (out / "harbor-ledger/00000.txt").read_text()


def test_learn_combines_with_select_ignore_preset_and_config(tmp_path: Path, arts: list[Article]) -> None:
    src = write_folder(arts, tmp_path / "src")

    def run(name: str, *extra: str) -> tuple[set[str], dict[str, str]]:
        out = tmp_path / name
        assert main(["clean", str(src), "--out", str(out), "--learn", "-q", *extra]) == 0
        cuts = {r["rule"] for rec in records(out / "cleaner-report.jsonl") for r in rec["removed"]} - {"tidy.whitespace"}
        return cuts, {a.path: (out / a.path).read_text(encoding="utf-8") for a in arts}

    alone, _ = run("alone", "--select", "learned")
    assert alone and all(r.startswith("learned.") for r in alone)
    some, texts = run("some", "--ignore", "learned.harbor-ledger-1")
    assert "learned.harbor-ledger-1" not in some and any(r.startswith("learned.") for r in some)  # the others still apply
    assert "Listen to this article with Harbor Ledger Audio" in texts["harbor-ledger/00000.txt"]
    catalog_only, _ = run("none", "--ignore", "learned")
    assert catalog_only and not any(r.startswith("learned.") for r in catalog_only)
    conservative, _ = run("conservative", "--preset", "conservative")
    assert "learned.harbor-ledger-1" in conservative and "promo.newsletter" not in conservative

    extra = tmp_path / "extra.toml"
    extra.write_text('[[rule]]\nid = "mine.headline"\ndescription = "a headline"\n'
                     'phrases = ["Floodwaters recede as valley towns count the cost"]\n', encoding="utf-8")
    mine, _ = run("config", "--config", str(extra))
    assert "mine.headline" in mine and "learned.harbor-ledger-1" in mine


def test_learn_errors_come_before_the_first_pass(tmp_path: Path, arts: list[Article], monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    import cleaner.cli.clean as clean_cli

    src = write_folder(arts[:20], tmp_path / "src")
    jsonl = write_jsonl(arts[:20], tmp_path / "docs.jsonl")
    calls: list[int] = []
    monkeypatch.setattr(clean_cli, "learn_corpus", lambda *a, **k: calls.append(1))
    cases = [
        (["clean", str(src), "--out", str(tmp_path / "o"), "--learn", "--select", "backlnk"], "did you mean"),
        (["clean", str(jsonl), "--out", str(tmp_path / "o.jsonl"), "--learn"], "needs --source-field"),
        (["clean", "-", "--learn"], "not stdin"),
        (["clean", str(src / arts[0].path), "--out", str(tmp_path / "o"), "--learn"], "needs many documents"),
        (["clean", str(src), "--dry-run", "--learn"], "give --report FILE or --out DST"),
        (["clean", str(src), "--out", str(tmp_path / "o"), "--learn", "--max-keys", "10"], "--max-keys"),
        (["clean", str(src), "--out", str(tmp_path / "o"), "--source-field", "site"], "JSON Lines field"),
    ]
    for argv, message in cases:
        assert main(argv) == 2, argv
        assert message in capsys.readouterr().err, argv
    assert calls == []
    monkeypatch.undo()
    assert main(["clean", str(src), "--out", str(tmp_path / "o"), "--learn", "--select", "learned.nope", "-q"]) == 2
    assert "unknown rule or family 'learned.nope'; did you mean" in capsys.readouterr().err


def test_dry_run_with_a_report_file_learns_beside_it(tmp_path: Path, arts: list[Article]) -> None:
    src = write_folder(arts, tmp_path / "src")
    report = tmp_path / "run.jsonl"
    assert main(["clean", str(src), "--dry-run", "--report", str(report), "--learn", "-q"]) == 0
    assert len(load_rules(tmp_path / "run-learned.toml")) == 15
    assert any(r["rule"].startswith("learned.") for rec in records(report) for r in rec["removed"])


def test_nothing_learned_is_remembered_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "src"
    for i in range(3):
        (src / "site").mkdir(parents=True, exist_ok=True)
        (src / "site" / f"{i}.txt").write_text(f"Story {i} of the day.\n\nShared footer line\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["clean", str(src), "--out", str(out), "--learn"]) == 0
    assert "learned 0 rules from 3 documents" in capsys.readouterr().err
    assert "no rules" in (out / "cleaner-learned.toml").read_text(encoding="utf-8")
    assert main(["clean", str(src), "--out", str(out), "--learn"]) == 0
    assert "0 learned rules read from" in capsys.readouterr().err


def test_html_page_lists_the_learned_rules_as_their_own_group(tmp_path: Path, arts: list[Article]) -> None:
    src = write_folder(arts, tmp_path / "src")
    out = tmp_path / "out"
    page = tmp_path / "run.html"
    assert main(["clean", str(src), "--out", str(out), "--learn", "--html", str(page), "-q"]) == 0
    learned = page_data(page)["learned"]
    assert len(learned) == 15
    by_id = {r["id"]: r for r in learned}
    date = by_id[next(r.id for r in load_rules(out / "cleaner-learned.toml") if "Updated" in r.description)]
    assert date["shape"] == "Updated {date} at {time}" and date["source"] == "northfield-courier"
    cut = {}
    for rec in records(out / "cleaner-report.jsonl"):
        for rule in {r["rule"] for r in rec["removed"]}:
            cut[rule] = cut.get(rule, 0) + 1
    assert all(r["docs"] == cut.get(r["id"], 0) for r in learned)
    assert by_id["learned.harbor-ledger-1"]["docs"] == N_PER_SITE
    assert 'id="learned-group"' in page.read_text(encoding="utf-8")

    # `cleaner report --html` finds the learned rules beside the report
    again = tmp_path / "again.html"
    assert main(["report", str(out / "cleaner-report.jsonl"), "--html", str(again), "--src", str(src), "-q"]) == 0
    assert page_data(again)["learned"] == learned
    (out / "cleaner-learned.toml").unlink()  # a run without --learn: no group
    plain = tmp_path / "plain.html"
    assert main(["report", str(out / "cleaner-report.jsonl"), "--html", str(plain), "-q"]) == 0
    assert page_data(plain)["learned"] == []


def page_data(page: Path) -> dict:  # type: ignore[type-arg]
    text = page.read_text(encoding="utf-8")
    start = text.index('<script type="application/json" id="data">') + len('<script type="application/json" id="data">')
    return json.loads(text[start : text.index("</script>", start)])


def test_learned_file_header_says_how_to_review(tmp_path: Path, arts: list[Article]) -> None:
    src = write_folder(arts[: N_PER_SITE], tmp_path / "src")
    out = tmp_path / "out"
    assert main(["clean", str(src), "--out", str(out), "--learn", "-q"]) == 0
    text = (out / "cleaner-learned.toml").read_text(encoding="utf-8")
    assert text.startswith("# Rules learned by `cleaner clean --learn`")
    assert {t["meta"]["source"] for t in tomllib.loads(text)["rule"]} == {SITES[0].slug}


def test_interrupted_while_cleaning_then_resumed_equals_uninterrupted(
        tmp_path: Path, arts: list[Article], monkeypatch: pytest.MonkeyPatch) -> None:
    import cleaner.cli.clean as clean_cli

    src = write_folder(arts, tmp_path / "src")
    assert main(["clean", str(src), "--out", str(tmp_path / "whole"), "--learn", "-q"]) == 0
    seen = [0]

    def update(self, docs: int, nbytes: int) -> None:  # type: ignore[no-untyped-def]
        seen[0] += docs
        if seen[0] == 100:
            raise KeyboardInterrupt

    monkeypatch.setattr(clean_cli._Progress, "update", update)
    out = tmp_path / "part"
    assert main(["clean", str(src), "--out", str(out), "--learn", "--workers", "1", "-q"]) == 130
    assert (out / "cleaner-learned.toml").exists()
    done = len((out / MANIFEST_NAME).read_text(encoding="utf-8").splitlines())
    assert 0 < done < len(arts)
    monkeypatch.undo()
    monkeypatch.setattr(clean_cli, "learn_corpus", lambda *a, **k: pytest.fail("learned twice"))
    assert main(["clean", str(src), "--out", str(out), "--learn", "-q"]) == 0
    whole, part = tree(tmp_path / "whole"), tree(out)
    for side in (whole, part):
        side.pop(MANIFEST_NAME)
    assert part == whole


def test_jsonl_learn_passes_skipped_records_through_as_clean_config_does(tmp_path: Path, arts: list[Article]) -> None:
    """A line that is not JSON and a record without the text field come out as they went in, one line
    out for each line in, and the run equals `cleaner learn` then `cleaner clean --config`."""
    src = write_jsonl(arts, tmp_path / "docs.jsonl")
    lines = src.read_text(encoding="utf-8").splitlines(keepends=True)
    odd = ["this line is not JSON\n", json.dumps({"id": "x1", "site": arts[0].source, "title": "no body"}) + "\n"]
    src.write_text("".join(lines[:3] + odd[:1] + lines[3:7] + odd[1:] + lines[7:]), encoding="utf-8")
    args = ["--source-field", "site", "--text-field", "body", "-q"]
    assert main(["clean", str(src), "--out", str(tmp_path / "one.jsonl"), "--learn", *args]) == 1  # skips: exit 1
    out = (tmp_path / "one.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(out) == len(lines) + 2 and out[3] == odd[0] and out[8] == odd[1]
    assert len(load_rules(tmp_path / "one-learned.toml")) == 15
    skipped = [r for r in records(tmp_path / "one-report.jsonl") if r.get("skipped")]
    assert [r["path"] for r in skipped] == ["docs.jsonl:4", "docs.jsonl:9"]

    assert main(["learn", str(src), "--out", str(tmp_path / "learned.toml"), "--source-field", "site",
                 "--text-field", "body", "-q"]) == 1  # it names the two lines it could not read
    assert main(["clean", str(src), "--out", str(tmp_path / "two.jsonl"), "--config", str(tmp_path / "learned.toml"),
                 *args]) == 1
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert (tmp_path / "one-report.jsonl").read_bytes() == (tmp_path / "two-report.jsonl").read_bytes()


def test_sites_whose_learned_lines_share_a_shape_each_lose_their_own(tmp_path: Path) -> None:
    """'Welcome to Site 1 daily edition' and 'Welcome to Site 2 ...' learn one pattern with two sites'
    paths: each document is matched by its own site's rule only, and every planted line goes."""
    from .learn_corpus import stream_records
    from .learn_corpus import write_jsonl as write_records

    src = write_records(tmp_path / "sites.jsonl", stream_records(400, n_sites=5))
    assert main(["clean", str(src), "--out", str(tmp_path / "out.jsonl"), "--learn", "--source-field", "source",
                 "-q"]) == 0
    rules = load_rules(tmp_path / "out-learned.toml")
    assert len({r.pattern for r in rules}) < len(rules)  # sites share patterns
    texts = [json.loads(line)["text"] for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert not [t for t in texts if "daily edition" in t or "footer and contacts" in t or "readers of Site" in t]
    report = records(tmp_path / "out-report.jsonl")
    assert all(r["rule"].startswith(f"learned.{rec['path'].split('/')[0]}") or not r["rule"].startswith("learned.")
               for rec in report for r in rec["removed"])
