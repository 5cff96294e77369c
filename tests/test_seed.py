"""The seed document comes out exactly as the golden file, through the library and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from cleaner import clean
from cleaner.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b1c333bcfcf2b32f.txt"
GOLDEN = ROOT / "tests" / "golden" / "000_b1c333bcfcf2b32f.txt"


def test_seed_matches_golden_file() -> None:
    result = clean(SEED.read_text(encoding="utf-8"))
    assert result.text == GOLDEN.read_text(encoding="utf-8")


def test_seed_cuts_are_exactly_the_three_junk_blocks() -> None:
    result = clean(SEED.read_text(encoding="utf-8"))
    cuts = {r.rule: r.text.strip() for r in result.removed if r.rule != "tidy.whitespace"}
    assert cuts["backlink.read-original"] == "Read original article here"
    assert cuts["engagement.leave-a-comment"] == "Leave a Comment"
    assert cuts["disclaimer.denial-of-responsibility"].startswith("Denial of responsibility!")
    assert cuts["disclaimer.denial-of-responsibility"].endswith("The content will be deleted within 24 hours.")
    assert len(cuts) == 3
    assert all(not r.text.strip() for r in result.removed if r.rule == "tidy.whitespace")


def test_cli_on_seeds_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["clean", str(ROOT / "seeds"), "--out", str(out), "--quiet"]) == 0
    assert (out / SEED.name).read_text(encoding="utf-8") == GOLDEN.read_text(encoding="utf-8")
    records = [json.loads(line) for line in (out / "cleaner-report.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["path"] for r in records] == [SEED.name]
    assert {r["rule"] for r in records[0]["removed"]} >= {"backlink.read-original", "engagement.leave-a-comment"}


def test_aggressive_also_takes_the_two_teaser_headlines_and_nothing_else() -> None:
    from cleaner import Cleaner

    text = SEED.read_text(encoding="utf-8")
    default, aggressive = clean(text), Cleaner(preset="aggressive").clean(text)
    extra = [r for r in aggressive.removed if r.rule == "teaser.bare-headline"]
    assert [r.text.strip() for r in extra] == [
        "China\u2019s top anti-corruption office takes aim at \u2018double dealers\u2019 within",
        "China\u2019s cadres warned: no \u2018inappropriate interference\u2019 that affects economy",
    ]
    expected = default.text
    for r in extra:
        expected = expected.replace(r.text.strip() + "\n\n", "", 1)
    assert aggressive.text == expected
