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


def rule_file(path: Path) -> Path:
    path.write_text('[[rule]]\nid = "house.follow"\npattern = "Follow us on [A-Z]\\\\w+"\n'
                    'description = "The house follow prompt."\nreason = "follow prompt"\n')
    return path


@pytest.mark.parametrize("option", ["--report", "--html"])
@pytest.mark.parametrize("source", ["folder", "jsonl"])
def test_report_or_page_naming_a_rule_file_the_run_reads_is_refused(corpus: Path, option: str, source: str,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    rules = rule_file(corpus / "house.toml")
    before = digest(rules)
    if source == "folder":
        args = ["clean", str(corpus / "src"), "--out", str(corpus / "out")]
    else:
        args = ["clean", str(corpus / "n.jsonl"), "--out", str(corpus / "o.jsonl"), "--text-field", "body"]
    assert main([*args, "-q", "--config", str(rules), option, str(rules)]) == USAGE
    assert "which this command reads" in capsys.readouterr().err
    assert digest(rules) == before


@pytest.mark.parametrize("option", ["--report", "--html"])
@pytest.mark.parametrize("name", ["site/a.txt", "b.txt", ".cleaner-manifest.jsonl"])
def test_report_or_page_in_the_place_of_an_output_is_refused(corpus: Path, option: str, name: str,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    # The cleaned copy (or the manifest) and the report would be written to one file: one of them lost.
    out = corpus / "out"
    assert main(["clean", str(corpus / "src"), "--out", str(out), "-q", option, str(out / name)]) == USAGE
    assert "choose another file" in capsys.readouterr().err
    assert not out.exists()


def test_single_file_report_in_the_place_of_its_output_is_refused(corpus: Path) -> None:
    out = corpus / "out"
    assert main(["clean", str(corpus / "src" / "b.txt"), "--out", str(out), "-q", "--report", str(out / "b.txt")]) == USAGE


def test_a_report_beside_the_outputs_under_another_name_is_allowed(corpus: Path) -> None:
    out = corpus / "out"
    assert main(["clean", str(corpus / "src"), "--out", str(out), "-q", "--report", str(out / "site" / "run.txt")]) == OK
    assert (out / "site" / "a.txt").read_text() == "Harbour cranes idle after the storm.\n"
    assert json.loads((out / "site" / "run.txt").read_text().splitlines()[0])["path"] == "b.txt"


def learn_corpus(root: Path) -> Path:
    for i in range(6):
        (root / "learn" / "site").mkdir(parents=True, exist_ok=True)
        (root / "learn" / "site" / f"d{i}.txt").write_text(f"Story {i} of the harbour.\n\nFollow us on Mastodon\n")
    return root / "learn"


@pytest.mark.parametrize("spelling", ["document", "symlink"])
def test_learn_out_naming_an_input_is_refused(corpus: Path, spelling: str, capsys: pytest.CaptureFixture[str]) -> None:
    src = learn_corpus(corpus)
    doc = src / "site" / "d0.txt"
    target = doc if spelling == "document" else corpus / "link.toml"
    if spelling == "symlink":
        target.symlink_to(doc)
    before = digest(doc)
    assert main(["learn", str(src), "--out", str(target), "-q"]) == USAGE
    assert "never overwritten" in capsys.readouterr().err
    assert digest(doc) == before


def test_learn_out_naming_its_jsonl_input_is_refused(corpus: Path) -> None:
    before = digest(corpus / "n.jsonl")
    assert main(["learn", str(corpus / "n.jsonl"), "--text-field", "body", "--source-field", "body",
                 "--out", str(corpus / "n.jsonl"), "-q"]) == USAGE
    assert digest(corpus / "n.jsonl") == before


def test_learn_out_beside_the_documents_is_allowed(corpus: Path) -> None:
    src = learn_corpus(corpus)
    assert main(["learn", str(src), "--out", str(src / "learned.toml"), "-q"]) == OK
    assert "Follow us on Mastodon" in (src / "learned.toml").read_text()


@pytest.mark.parametrize("target", ["report", "learned", "src"])
def test_report_page_naming_a_file_it_reads_is_refused(corpus: Path, target: str,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = corpus / "out"
    assert main(["clean", str(corpus / "src"), "--out", str(out), "-q"]) == OK
    report = out / "cleaner-report.jsonl"
    learned = rule_file(corpus / "reviewed.toml")
    page = {"report": report, "learned": learned, "src": corpus / "src" / "b.txt"}[target]
    before = digest(page)
    assert main(["report", str(report), "--src", str(corpus / "src"), "--learned", str(learned),
                 "--html", str(page), "-q"]) == USAGE
    assert "overwritten" in capsys.readouterr().err
    assert digest(page) == before
