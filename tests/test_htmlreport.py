"""The HTML review page of a run: what it gathers from a report, what it embeds, and its size cap."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from cleaner.cli import main
from cleaner.htmlreport import DOC_FULL, collect, read_records, source_texts, write_html

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b1c333bcfcf2b32f.txt"

WORDS = (
    "harbour", "council", "budget", "river", "vote", "mayor", "school", "tram", "bridge", "night", "market", "farmers",
    "rain", "winter", "ministry", "report", "union", "strike", "court", "hearing", "museum", "garden", "ferry", "station",
    "tariff", "harvest", "clinic", "nurses", "data", "archive", "festival", "storm", "coast", "village", "railway",
)
# (rule, confidence, line): junk lines written for these tests, one family per rule.
JUNK = (
    ("backlink.synthetic-source", "high", "Continue reading at the original site\n"),
    ("engagement.synthetic-comments", "high", "Tell us what you think below\n"),
    ("promo.synthetic-newsletter", "medium", "Get our morning briefing in your inbox\n"),
    ("teaser.synthetic-related", "low", "More from this desk: the week in pictures\n"),
    ("disclaimer.synthetic-feed", "high", "This item was collected automatically from public feeds and may be removed on request.\n"),
)
HOSTILE = '</script><script>document.title="pwned"</script><!-- & ü “quoted” 中文'


def synthetic_doc(i: int) -> tuple[str, list[dict[str, Any]]]:
    """Document `i` of a synthetic run: its text and its removals (offsets into the text)."""
    rng = random.Random(i)
    parts: list[str] = []
    removed: list[dict[str, Any]] = []
    pos = 0
    for n in range(rng.randint(3, 14)):
        if n and rng.random() < 0.2:
            rule, conf, line = JUNK[rng.randrange(len(JUNK))]
            removed.append({"rule": rule, "start": pos, "end": pos + len(line), "text": line,
                            "reason": "synthetic " + rule.split(".")[0], "confidence": conf})
            parts.append(line)
            pos += len(line)
            ws = "\n"
            removed.append({"rule": "tidy.whitespace", "start": pos, "end": pos + 1, "text": ws,
                            "reason": "whitespace left behind by a cut", "confidence": "high"})
        else:
            words = [rng.choice(WORDS) for _ in range(rng.randint(20, 120))]
            ws = " ".join(words).capitalize() + (f" {HOSTILE}" if i % 97 == 0 else "") + ".\n\n"
        parts.append(ws)
        pos += len(ws)
    return "".join(parts), removed


def synthetic_run(n: int, skipped: int = 0) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Report records of `n` synthetic documents (and `skipped` skipped files), and their texts by path."""
    records: list[dict[str, Any]] = []
    texts: dict[str, str] = {}
    for i in range(n):
        text, removed = synthetic_doc(i)
        path = f"feed{i % 7}/doc{i:06d}.txt"
        texts[path] = text
        cut = sum(r["end"] - r["start"] for r in removed)
        records.append({"path": path, "removed": removed, "fixes": [], "chars_in": len(text), "chars_out": len(text) - cut})
        if skipped and i % max(1, n // skipped) == 0 and i // max(1, n // skipped) < skipped:
            records.append({"path": f"bad/file{i}.bin", "skipped": "binary file (NUL bytes); not text"})
    return records, texts


def page_data(path: Path) -> dict[str, Any]:
    """The JSON embedded in a written page."""
    html = path.read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="data">(.*?)</script>', html, re.DOTALL)
    assert m is not None
    return json.loads(m.group(1))


def test_totals_and_rules_match_a_direct_count() -> None:
    records, _ = synthetic_run(400, skipped=5)
    stats = collect(records)
    done = [r for r in records if "skipped" not in r]
    assert (stats.documents, stats.skipped_total) == (400, 5)
    assert stats.touched == sum(bool(r["removed"]) for r in done)
    assert stats.removals == sum(len(r["removed"]) for r in done)
    assert stats.chars_removed == sum(r["chars_in"] - r["chars_out"] for r in done)
    removals = Counter(c["rule"] for r in done for c in r["removed"])
    docs = Counter(rule for r in done for rule in {c["rule"] for c in r["removed"]})
    assert {k: (v.removals, v.docs) for k, v in stats.rules.items()} == {k: (removals[k], docs[k]) for k in removals}


def test_samples_are_bounded_drawn_from_the_rule_and_reproducible() -> None:
    records, _ = synthetic_run(600)
    a, b = collect(records, samples=5), collect(records, samples=5)
    for rule, rs in a.rules.items():
        want = 0 if rule == "tidy.whitespace" else min(5, rs.removals)
        assert len(rs.sample) == want
        assert all(rec["removed"][i]["rule"] == rule for _, rec, i in rs.sample)
        assert [(s, i) for s, _, i in rs.sample] == [(s, i) for s, _, i in b.rules[rule].sample]
    # Not just the first cuts seen: a uniform sample of 600 documents reaches past the first hundred.
    assert max(s for rs in a.rules.values() for s, _, _ in rs.sample) > 100


def test_heaviest_documents_are_the_top_n_by_characters_removed() -> None:
    records, _ = synthetic_run(500)
    stats = collect(records, top=20)
    got = sorted((c for c, _, _ in stats.heaviest), reverse=True)
    want = sorted((r["chars_in"] - r["chars_out"] for r in records if r["removed"]), reverse=True)[:20]
    assert got == want


def test_page_embeds_documents_with_cuts_that_match_their_text(tmp_path: Path) -> None:
    records, texts = synthetic_run(300)
    out = tmp_path / "run.html"
    write_html(records, out, lambda r: texts[r["path"]], top=50, samples=4)
    data = page_data(out)
    assert data["top"] == 50 and data["totals"]["documents"] == 300
    for doc in data["docs"]:
        assert doc["note"] == "" and doc["chunks"] == [[0, texts[doc["path"]]]]
        text = texts[doc["path"]]
        assert all(text[s:e] == next(r["text"] for r in _rec(records, doc["path"])["removed"] if r["start"] == s)
                   for s, e, _, _ in doc["cuts"])
    for rule in data["rules"]:
        for s in rule["samples"]:
            doc = data["docs"][s["doc"]]
            text = texts[doc["path"]]
            assert text[s["start"] - len(s["before"]) : s["start"]] == s["before"]
            assert text[s["start"] : s["start"] + s["chars"]] == s["text"]
            assert text.startswith(s["after"], s["start"] + s["chars"])


def _rec(records: list[dict[str, Any]], path: str) -> dict[str, Any]:
    return next(r for r in records if r["path"] == path)


def test_document_text_cannot_break_out_of_the_data_block(tmp_path: Path) -> None:
    records, texts = synthetic_run(200)
    out = tmp_path / "run.html"
    write_html(records, out, lambda r: texts[r["path"]])
    html = out.read_text(encoding="utf-8")
    assert html.count("</script>") == 2 and 'document.title="pwned"' not in html.split("</script>")[0]
    assert any(HOSTILE in d["chunks"][0][1] for d in page_data(out)["docs"] if d["chunks"])


def test_without_source_the_page_shows_removed_spans_only(tmp_path: Path) -> None:
    records, _ = synthetic_run(50)
    out = tmp_path / "run.html"
    write_html(records, out)
    data = page_data(out)
    assert data["docs"] and all(d["chunks"] is None and d["note"].startswith("no source") for d in data["docs"])
    doc = data["docs"][0]
    assert doc["spans"] == [r["text"] for r in _rec(records, doc["path"])["removed"]]


def test_a_changed_source_is_not_shown_as_if_it_matched(tmp_path: Path) -> None:
    records, texts = synthetic_run(50)
    out = tmp_path / "run.html"
    write_html(records, out, lambda r: "edited since the run\n" + texts[r["path"]])
    assert all(d["chunks"] is None and "no longer matches" in d["note"] for d in page_data(out)["docs"])


def test_long_documents_are_shown_as_windows_around_every_cut(tmp_path: Path) -> None:
    filler = "A long paragraph of the article that nobody cut. " * 40 + "\n\n"
    junk = "Continue reading at the original site\n"
    text = filler * 40 + junk + filler * 40 + junk + filler * 5
    assert len(text) > DOC_FULL
    cuts = [m.start() for m in re.finditer(re.escape(junk), text)]
    removed = [{"rule": "backlink.synthetic-source", "start": s, "end": s + len(junk), "text": junk,
                "reason": "r", "confidence": "high"} for s in cuts]
    rec = {"path": "long.txt", "removed": removed, "fixes": [], "chars_in": len(text), "chars_out": len(text) - 2 * len(junk)}
    out = tmp_path / "run.html"
    write_html([rec], out, lambda r: text)
    (doc,) = page_data(out)["docs"]
    assert len(doc["chunks"]) == 2
    for (off, chunk), s in zip(doc["chunks"], cuts):
        assert off < s and s + len(junk) <= off + len(chunk) and text[off : off + len(chunk)] == chunk
    assert sum(len(c) for _, c in doc["chunks"]) < len(text) // 10


def test_size_cap_leaves_texts_out_and_says_so(tmp_path: Path) -> None:
    records, texts = synthetic_run(2000)
    out = tmp_path / "run.html"
    write_html(records, out, lambda r: texts[r["path"]], max_bytes=400_000)
    assert out.stat().st_size <= 400_000
    data = page_data(out)
    left_out = [d for d in data["docs"] if d["chunks"] is None]
    assert left_out and all("size cap" in d["note"] for d in left_out)
    assert data["docs"][0]["chunks"] is not None  # the heaviest document keeps its text


def test_ten_thousand_documents_stay_well_under_the_size_cap(tmp_path: Path) -> None:
    records, texts = synthetic_run(10_000, skipped=20)
    out = tmp_path / "run.html"
    write_html(records, out, lambda r: texts[r["path"]])
    assert out.stat().st_size < 20_000_000
    data = page_data(out)
    assert data["totals"]["documents"] == 10_000 and data["totals"]["skipped"] == 20
    assert data["top"] == 500 and all(d["chunks"] for d in data["docs"])


def test_cli_report_from_a_real_run_with_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    seed = SEED.read_text(encoding="utf-8")
    (src / "a.txt").write_text(seed, encoding="utf-8")
    (src / "sub" / "b.txt").write_text("Caf\u00c3\u00a9 opens.\n\nRead original article here\n", encoding="utf-8")
    (src / "c.txt").write_bytes(b"\x00binary")
    out = tmp_path / "out"
    assert main(["clean", str(src), "--out", str(out), "--quiet", "--repair-output"]) == 1
    html = tmp_path / "run.html"
    assert main(["report", str(out / "cleaner-report.jsonl"), "--html", str(html), "--src", str(src)]) == 0
    assert "page: " + str(html) in capsys.readouterr().err
    data = page_data(html)
    assert data["totals"] == {"documents": 2, "touched": 2, "skipped": 1, "removals": 8, "chars_in": 3692 + 41,
                              "chars_out": 3224 + 12, "chars_removed": 468 + 28, "repaired": 1}
    docs = {d["path"]: d for d in data["docs"]}
    assert docs["a.txt"]["chunks"] == [[0, seed]]
    assert docs["sub/b.txt"]["chunks"][0][1].startswith("Café opens.")  # repaired again, as in the run
    assert data["skipped"] == [["c.txt", "binary file (NUL bytes); not text"]]
    assert {r["id"] for r in data["rules"]} >= {"backlink.read-original", "disclaimer.denial-of-responsibility"}


def test_cli_report_without_html_prints_the_rule_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records, _ = synthetic_run(30, skipped=2)
    report = tmp_path / "r.jsonl"
    report.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert main(["report", str(report)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^\s+\d+\s+\d+\s+\d+\s+medium\s+promo\.synthetic-newsletter$", out, re.MULTILINE)
    assert "30 documents" in out and "2 skipped" in out


def test_cli_report_names_the_line_that_is_not_a_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "r.jsonl"
    report.write_text('{"path": "a.txt", "removed": []}\n\nnot json\n', encoding="utf-8")
    assert main(["report", str(report), "--html", str(tmp_path / "x.html")]) == 2
    assert "line 3: not JSON" in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()


def test_cli_report_missing_file_or_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tmp_path / "none.jsonl")]) == 2
    assert "no such report" in capsys.readouterr().err
    report = tmp_path / "r.jsonl"
    report.write_text('{"path": "a.txt", "removed": []}\n', encoding="utf-8")
    assert main(["report", str(report), "--src", str(tmp_path / "gone")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_equal_cuts_in_one_document_rank_without_comparing_records() -> None:
    line = "Continue reading at the original site\n"
    removed = [{"rule": "backlink.synthetic-source", "start": k * len(line), "end": (k + 1) * len(line), "text": line,
                "reason": "r", "confidence": "high"} for k in range(40)]
    recs = [{"path": f"d{j}.txt", "removed": removed, "fixes": [], "chars_in": 40 * len(line), "chars_out": 0}
            for j in range(3)]
    stats = collect(recs, top=2)
    assert len(stats.longest) == 30 and stats.rules["backlink.synthetic-source"].longest == len(line)
    # Ties go to the earliest document and cut.
    assert sorted((-s, -i) for _, s, i, _ in stats.longest)[:3] == [(0, 0), (0, 1), (0, 2)]
    assert sorted(-s for _, s, _ in stats.heaviest) == [0, 1]


def test_source_texts_for_a_run_over_a_single_file(tmp_path: Path) -> None:
    doc = tmp_path / "one.txt"
    doc.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["clean", str(doc), "--out", str(out), "--quiet"]) == 0
    html = tmp_path / "run.html"
    write_html(read_records(out / "cleaner-report.jsonl"), html, source_texts(doc))
    (page_doc,) = page_data(html)["docs"]
    assert page_doc["path"] == "one.txt" and page_doc["chunks"] == [[0, doc.read_text(encoding="utf-8")]]
