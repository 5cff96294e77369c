"""The command line, run through main(argv) on temporary folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.cli import main

ARTICLE = "The ferry runs twice a day.\n\nRead original article here\n"


@pytest.fixture
def src(tmp_path: Path) -> Path:
    root = tmp_path / "src"
    (root / "a" / "b").mkdir(parents=True)
    (root / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "a" / "two.md").write_text("# Title\n\nBody text.\n\nLeave a Comment\n", encoding="utf-8")
    (root / "a" / "b" / "three.txt").write_bytes(b"Body.\r\n\r\nSource link\r\n")
    (root / "a" / "skip.json").write_text("{}", encoding="utf-8")
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_clean_mirrors_the_tree_and_never_touches_inputs(src: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(src)
    out = tmp_path / "out"
    assert main(["clean", str(src), "--out", str(out)]) == 0
    assert snapshot(src) == before
    assert (out / "one.txt").read_text(encoding="utf-8") == "The ferry runs twice a day.\n"
    assert (out / "a" / "two.md").read_text(encoding="utf-8") == "# Title\n\nBody text.\n"
    assert (out / "a" / "b" / "three.txt").read_bytes() == b"Body.\r\n"
    assert not (out / "a" / "skip.json").exists()
    records = [json.loads(line) for line in (out / "cleaner-report.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["path"] for r in records) == ["a/b/three.txt", "a/two.md", "one.txt"]
    for r in records:
        assert set(r) == {"path", "removed", "fixes", "chars_in", "chars_out"}
        assert all(set(x) >= {"rule", "start", "end", "text"} for x in r["removed"])
    err = capsys.readouterr().err
    assert "3 read, 3 written, 0 skipped" in err
    assert "backlink.read-original" in err


def test_dry_run_writes_only_the_report(src: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(src), "--dry-run", "--report", str(tmp_path / "r.jsonl"), "-q"]) == 0
    assert len((tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()) == 3
    assert not (tmp_path / "out").exists()


def test_diff_shows_what_goes(src: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["clean", str(src / "one.txt"), "--dry-run", "--diff", "--report", str(tmp_path / "r.jsonl"), "-q"]) == 0
    out = capsys.readouterr().out
    assert "-Read original article here" in out
    assert "+++ one.txt (clean)" in out


def test_undecodable_file_is_reported_and_skipped(src: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (src / "bad.txt").write_bytes(b"caf\xe9 latin-1 text\n")
    out = tmp_path / "out"
    assert main(["clean", str(src), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "skipped bad.txt: not UTF-8" in err
    assert (out / "one.txt").exists()
    assert not (out / "bad.txt").exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["clean", "nowhere"], "no such file or folder"),
        (["clean", "{src}"], "--out DST"),
        (["clean", "{src}", "--out", "{src}"], "--out must differ from SRC"),
        (["clean", "{src}", "--out", "{tmp}/o", "--select", "backlnk"], "did you mean 'backlink'"),
        (["clean", "{src}", "--out", "{tmp}/o", "--config", "{tmp}/missing.toml"], "cannot read rule file"),
        (["clean", "{src}", "--out", "{tmp}/o", "--preset", "wild"], "invalid choice"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_arguments_exit_2_with_a_message(argv: list[str], message: str, src: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    argv = [a.format(src=src, tmp=tmp_path) for a in argv]
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_rules_lists_and_shows(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    listing = capsys.readouterr().out
    assert "backlink.read-original" in listing and "Presets:" in listing
    assert main(["rules", "backlink.read-original"]) == 0
    assert "removes: 'Read the original story here'" in capsys.readouterr().out
    assert main(["rules", "backlink.nope"]) == 2


def test_eval_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = {"id": "x", "text": "Rain.\n\nLeave a Comment", "junk": ["Leave a Comment"], "optional": []}
    (tmp_path / "x.json").write_text(json.dumps(doc), encoding="utf-8")
    assert main(["eval", str(tmp_path), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["recall"] == 1.0 and figures["precision"] == 1.0 and figures["damaged_negatives"] == []


def test_clean_writes_the_html_review_page(src: Path, tmp_path: Path) -> None:
    page = tmp_path / "run.html"
    assert main(["clean", str(src), "--out", str(tmp_path / "out"), "--html", str(page), "-q"]) == 0
    html = page.read_text(encoding="utf-8")
    assert "backlink.read-original" in html and "<script" in html
    assert 'src="http' not in html and "<link" not in html  # self-contained: nothing fetched
