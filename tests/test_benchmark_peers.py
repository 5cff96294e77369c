"""The peer comparison in benchmarks/peers.py still runs: on five tiny documents, timing nothing."""

from __future__ import annotations

import pytest

from .bench import load

peers = load("peers")

PROSE = (
    "The harbour board met on Tuesday and agreed to dredge the eastern channel before winter.",
    "Ferry fares rise by four percent from March, the operator said in a statement on Friday morning.",
    "A new footbridge over the canal opens next week, linking the market to the station.",
    "Rain is expected across the valley through the weekend, with flooding possible near the river.",
    "The library extends its opening hours to nine in the evening & adds Sunday afternoons <from May>.",
)
# jusText calls a paragraph good from 200 characters with enough stop words: each article is one such line.
ARTICLE = " It was the first time that the board had done so in many years, and most of the people there said they were " \
    "glad of it."
DOCS = [
    f"Share this:\n\n{PROSE[0]}{ARTICLE}\n\nRead original article here\n",
    f"{PROSE[1]}{ARTICLE}\n\nLeave a Comment\n",
    f"Advertisement\n\n{PROSE[2]}{ARTICLE}\n",
    f"{PROSE[3]}{ARTICLE}\n\nSource link\n",
    f"{PROSE[4]}{ARTICLE}\n",
]
TOTAL = sum(len(d) for d in DOCS)
JSON_COPY = "JSON Lines parse+dump copy"


def test_the_combined_regex_cleaner_cuts_junk_lines_and_keeps_prose() -> None:
    assert peers.regex_clean(DOCS[0]) == f"\n{PROSE[0]}{ARTICLE}\n\n"
    assert peers.regex_clean(DOCS[4]) == DOCS[4]


def test_jusText_reads_each_line_as_one_paragraph_with_its_text_unchanged() -> None:
    page = peers.to_html(DOCS[4] + "\nSecond line\n")
    assert page.count("<p>") == 2
    assert "&amp; adds Sunday afternoons &lt;from May&gt;." in page


def test_a_missing_peer_is_skipped_with_a_note(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def missing() -> list[peers.Contender]:
        raise ImportError("No module named 'datatrove'")

    monkeypatch.setattr(peers, "datatrove", missing)
    monkeypatch.setattr(peers, "justext", missing)
    found = peers.contenders()
    notes = capsys.readouterr().out
    assert "datatrove skipped" in notes and "jusText skipped" in notes and "[bench]" in notes
    names = [c.name for c in found]
    assert names[0] == peers.CLEAN and names[-1] == JSON_COPY
    assert peers.DATATROVE not in names
    kept = peers.kept_shares(found, DOCS)
    assert kept[JSON_COPY] == 1.0
    assert kept[peers.CLEAN] < 1.0  # the read-original, comment, advertisement and source lines go


def test_every_peer_runs_on_tiny_documents() -> None:
    pytest.importorskip("datatrove", reason="the `bench` extra is not installed: pip install -e '.[bench]'")
    pytest.importorskip("justext", reason="the `bench` extra is not installed: pip install -e '.[bench]'")
    found = peers.contenders()
    names = {c.name for c in found}
    assert {peers.CLEAN, peers.DATATROVE, "jusText, HTML parse and classification", "jusText, classification only",
            JSON_COPY} <= names
    kept = peers.kept_shares(found, DOCS)
    assert kept[JSON_COPY] == 1.0
    for name in names - {JSON_COPY}:
        assert 0.7 < kept[name] < 1.0, f"{name} kept {kept[name]:.0%} of {TOTAL} characters"
    if peers.PURE in names:  # the pure path and the accelerated one keep the same characters
        assert kept[peers.PURE] == kept[peers.CLEAN]
    # jusText alone and its classification alone decide the same paragraphs
    assert kept["jusText, HTML parse and classification"] == kept["jusText, classification only"]
