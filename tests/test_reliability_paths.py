"""No path a run writes may be a path it reads: --out, --report and --html against every input."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from cleaner.cli import OK, STOPPED, USAGE, main

ARTICLE = "Harbour cranes idle after the storm.\n\nRead original article here\n"
RECORD = json.dumps({"body": ARTICLE, "id": 7}) + "\n"


def digest(*paths: Path) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "n.jsonl").write_text(RECORD * 3)
    (tmp_path / "src" / "site").mkdir(parents=True)
    (tmp_path / "src" / "site" / "a.txt").write_text(ARTICLE)
    (tmp_path / "src" / "b.txt").write_text(ARTICLE)
    return tmp_path


@pytest.mark.parametrize("spelling", ["same", "dot", "symlink", "hardlink"])
def test_jsonl_out_naming_the_input_is_refused(corpus: Path, spelling: str, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(corpus)
    out = {"same": "n.jsonl", "dot": "./n.jsonl", "symlink": "link.jsonl", "hardlink": "hard.jsonl"}[spelling]
    if spelling == "symlink":
        os.symlink("n.jsonl", "link.jsonl")
    if spelling == "hardlink":
        os.link("n.jsonl", "hard.jsonl")
    assert main(["clean", "n.jsonl", "--out", out, "--text-field", "body", "-q"]) == USAGE
    assert "inputs are never overwritten" in capsys.readouterr().err
    assert (corpus / "n.jsonl").read_text() == RECORD * 3


@pytest.mark.parametrize("option", ["--report", "--html"])
@pytest.mark.parametrize("spelling", ["same", "symlink", "hardlink"])
def test_report_or_page_naming_a_jsonl_input_is_refused(corpus: Path, option: str, spelling: str,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    target = corpus / "n.jsonl"
    if spelling == "symlink":
        (corpus / "r.jsonl").symlink_to(target)
        target = corpus / "r.jsonl"
    if spelling == "hardlink":
        os.link(corpus / "n.jsonl", corpus / "r.jsonl")
        target = corpus / "r.jsonl"
    before = digest(corpus / "n.jsonl")
    argv = ["clean", str(corpus / "n.jsonl"), "--out", str(corpus / "o.jsonl"), "--text-field", "body", "-q",
            option, str(target)]
    assert main(argv) == USAGE
    assert capsys.readouterr().err.startswith("cleaner: error:")
    assert digest(corpus / "n.jsonl") == before and not (corpus / "o.jsonl").exists()


@pytest.mark.parametrize("option", ["--report", "--html"])
@pytest.mark.parametrize("spelling", ["inside", "symlink", "hardlink"])
def test_report_or_page_naming_a_file_in_the_src_folder_is_refused(corpus: Path, option: str, spelling: str,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    src = corpus / "src"
    target = src / "site" / "a.txt"
    if spelling == "symlink":
        (corpus / "r.jsonl").symlink_to(target)
        target = corpus / "r.jsonl"
    if spelling == "hardlink":
        os.link(src / "site" / "a.txt", corpus / "r.jsonl")
        target = corpus / "r.jsonl"
    before = digest(src / "site" / "a.txt", src / "b.txt")
    assert main(["clean", str(src), "--out", str(corpus / "out"), "-q", option, str(target)]) == USAGE
    assert "inputs" in capsys.readouterr().err
    assert digest(src / "site" / "a.txt", src / "b.txt") == before
    assert not (corpus / "out").exists()  # refused before any work


def test_report_inside_src_where_it_would_be_read_as_an_input_is_refused(corpus: Path) -> None:
    assert main(["clean", str(corpus / "src"), "--dry-run", "-q", "--report", str(corpus / "src" / "new.txt")]) == USAGE
    assert not (corpus / "src" / "new.txt").exists()


def test_a_report_in_src_that_is_no_document_is_allowed(corpus: Path) -> None:
    src = corpus / "src"
    assert main(["clean", str(src), "--out", str(corpus / "out"), "-q", "--report", str(src / "run.jsonl"),
                 "--html", str(src / "run.html")]) == OK
    assert (src / "run.jsonl").exists() and (src / "run.html").exists()


def test_report_and_page_on_the_same_file_are_refused(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = str(corpus / "run.out")
    assert main(["clean", str(corpus / "src"), "--out", str(corpus / "out"), "-q", "--report", page, "--html", page]) == USAGE
    assert "give each its own file" in capsys.readouterr().err


def test_single_file_report_naming_the_input_is_refused(corpus: Path) -> None:
    doc = corpus / "src" / "b.txt"
    assert main(["clean", str(doc), "--out", str(corpus / "out"), "-q", "--report", str(doc)]) == USAGE
    assert doc.read_text() == ARTICLE


def test_the_default_report_is_checked_too(corpus: Path) -> None:
    # o.jsonl's report goes by default to o-report.jsonl, which here is the input.
    (corpus / "o-report.jsonl").write_text(RECORD)
    assert main(["clean", str(corpus / "o-report.jsonl"), "--out", str(corpus / "o.jsonl"), "-q"]) == USAGE
    assert (corpus / "o-report.jsonl").read_text() == RECORD


def test_a_folder_symlink_in_dst_leading_into_src_is_not_written_through(corpus: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    src, out = corpus / "src", corpus / "dst"
    out.mkdir()
    (out / "site").symlink_to(Path("..") / "src" / "site")
    before = digest(src / "site" / "a.txt")
    assert main(["clean", str(src), "--out", str(out), "-q", "--workers", "1"]) == STOPPED
    assert "never written through" in capsys.readouterr().err
    assert digest(src / "site" / "a.txt") == before


def test_a_folder_symlink_inside_dst_is_still_written_through(corpus: Path) -> None:
    src, out = corpus / "src", corpus / "dst"
    (out / "real").mkdir(parents=True)
    (out / "site").symlink_to("real")
    assert main(["clean", str(src), "--out", str(out), "-q"]) == OK
    assert (out / "real" / "a.txt").read_text() == "Harbour cranes idle after the storm.\n"
