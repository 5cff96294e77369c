"""The command line at its edges: closed pipes, limits, --html for every input, one file in and one out."""

from __future__ import annotations

import codecs
import json
import re
import shutil
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest

from cleaner.cli import BROKEN_PIPE, OK, USAGE, main

from .test_formats import Out, fake_stdin
from .test_htmlreport import page_data

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "Tram line extended to the harbour.\n\nRead original article here\n"
CLEAN = "Tram line extended to the harbour.\n"


@pytest.mark.parametrize("argv", [["rules"], ["clean", "{src}", "--dry-run", "--diff", "-q"]])
def test_a_closed_stdout_pipe_ends_the_run_quietly(tmp_path: Path, argv: list[str]) -> None:
    for i in range(300):
        (tmp_path / f"{i:03d}.txt").write_text(ARTICLE)
    argv = [a.replace("{src}", str(tmp_path)) for a in argv]
    proc = subprocess.Popen([sys.executable, "-m", "cleaner", *argv], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # as `| head -0` does: the reader is gone before the first write
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == BROKEN_PIPE
    assert "Traceback" not in err and "cleaner:" not in err  # no message (the dry run's report goes to stderr)


def test_dry_run_diff_keeps_the_report_off_the_diff_stream(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert main(["clean", str(tmp_path), "--dry-run", "--diff"]) == OK
    out, err = capsys.readouterr()
    assert out.startswith("--- a.txt") and "-Read original article here" in out and '"path"' not in out
    assert json.loads(err.splitlines()[0])["path"] == "a.txt"
    assert err.rstrip().endswith("report: stderr")


def test_summary_names_stderr_when_the_report_went_there(monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    fake_stdin(monkeypatch, ARTICLE.encode())
    monkeypatch.setattr(sys, "stdout", Out())
    assert main(["clean", "-", "--report", "-"]) == OK
    assert capsys.readouterr().err.rstrip().endswith("report: stderr")


@pytest.mark.parametrize("argv", [["--timeout", "-1"], ["--timeout", "inf"], ["--timeout", "nan"], ["--max-bytes", "-5"]])
def test_limits_that_mean_nothing_are_usage_errors(tmp_path: Path, argv: list[str],
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert main(["clean", str(tmp_path), "--out", str(tmp_path / "out"), "-q", *argv]) == USAGE
    assert argv[0] in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_html_for_a_jsonl_run_shows_each_document_in_its_text(tmp_path: Path) -> None:
    recs = [{"body": ARTICLE.replace("Tram", f"Tram {i}"), "id": i} for i in range(5)]
    (tmp_path / "n.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
    page = tmp_path / "run.html"
    assert main(["clean", str(tmp_path / "n.jsonl"), "--out", str(tmp_path / "o.jsonl"), "--text-field", "body",
                 "--report-field", "cleaning", "--html", str(page), "-q"]) == OK
    docs = page_data(page)["docs"]
    assert sorted(d["path"] for d in docs) == [f"n.jsonl:{i}" for i in range(1, 6)]
    for d in docs:
        i = int(d["path"].rpartition(":")[2]) - 1
        assert d["chunks"] == [[0, recs[i]["body"]]] and d["note"] == ""


def test_report_with_a_jsonl_src_matches_its_documents(tmp_path: Path) -> None:
    recs = [{"text": ARTICLE.replace("Tram", f"Tram {i}")} for i in range(3)]
    (tmp_path / "n.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
    assert main(["clean", str(tmp_path / "n.jsonl"), "--out", str(tmp_path / "o.jsonl"), "-q"]) == OK
    page = tmp_path / "run.html"
    assert main(["report", str(tmp_path / "o-report.jsonl"), "--src", str(tmp_path / "n.jsonl"), "--html", str(page),
                 "-q"]) == OK
    assert [d["note"] for d in page_data(page)["docs"]] == ["", "", ""]


def test_html_for_stdin_text_and_stdin_jsonl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", Out())
    fake_stdin(monkeypatch, ARTICLE.encode())
    assert main(["clean", "-", "--html", str(tmp_path / "t.html"), "-q"]) == OK
    (doc,) = page_data(tmp_path / "t.html")["docs"]
    assert doc["chunks"] == [[0, ARTICLE]]
    fake_stdin(monkeypatch, (json.dumps({"text": ARTICLE}) + "\n").encode())
    assert main(["clean", "-", "--format", "jsonl", "--html", str(tmp_path / "j.html"), "-q"]) == OK
    (doc,) = page_data(tmp_path / "j.html")["docs"]
    assert doc["path"] == "stdin:1" and doc["chunks"] == [[0, ARTICLE]]
    assert json.loads(sys.stdout.buffer.getvalue().splitlines()[-1]) == {"text": CLEAN}  # type: ignore[attr-defined]


def test_one_file_in_gives_one_file_out(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert main(["clean", str(tmp_path / "a.txt"), "--out", str(tmp_path / "b.txt"), "-q"]) == OK
    assert (tmp_path / "b.txt").read_text() == CLEAN
    assert json.loads((tmp_path / "b-report.jsonl").read_text())["path"] == "a.txt"
    # An existing folder still receives the file under its own name.
    (tmp_path / "into").mkdir()
    assert main(["clean", str(tmp_path / "a.txt"), "--out", str(tmp_path / "into"), "-q"]) == OK
    assert (tmp_path / "into" / "a.txt").read_text() == CLEAN
    # So does a name written as a folder, with a trailing slash.
    assert main(["clean", str(tmp_path / "a.txt"), "--out", str(tmp_path / "c.txt") + "/", "-q"]) == OK
    assert (tmp_path / "c.txt" / "a.txt").read_text() == CLEAN


def test_the_summary_counts_the_one_file_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert main(["clean", str(tmp_path / "a.txt"), "--out", str(tmp_path / "b.txt")]) == OK
    assert "cleaner: 1 read, 1 written, 0 skipped" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdout", Out())
    fake_stdin(monkeypatch, ARTICLE.encode())
    assert main(["clean", "-", "--out", "-", "--report", str(tmp_path / "r.jsonl")]) == OK
    assert "cleaner: 1 read, 1 written, 0 skipped" in capsys.readouterr().err
    assert main(["clean", str(tmp_path / "a.txt"), "--dry-run", "--report", str(tmp_path / "r.jsonl")]) == OK
    assert "cleaner: 1 read, 0 written, 0 skipped" in capsys.readouterr().err


def test_one_file_out_with_diff_and_stdin_dry_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert main(["clean", str(tmp_path / "a.txt"), "--out", str(tmp_path / "b.txt"), "--diff", "-q"]) == OK
    assert "-Read original article here" in capsys.readouterr().out
    out = Out()
    monkeypatch.setattr(sys, "stdout", out)
    fake_stdin(monkeypatch, ARTICLE.encode())
    assert main(["clean", "-", "--dry-run", "-q"]) == OK
    assert out.buffer.getvalue() == b""  # a dry run writes no text


def test_one_file_out_onto_itself_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert main(["clean", str(tmp_path / "a.txt"), "--out", str(tmp_path / "." / "a.txt"), "-q"]) == USAGE
    assert (tmp_path / "a.txt").read_text() == ARTICLE


def test_explain_on_a_folder_says_it_is_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(tmp_path)]) == USAGE
    err = capsys.readouterr().err
    assert "is a folder" in err and "--dry-run --diff" in err and "no such file" not in err


def test_stdin_in_utf16_with_a_bom_is_written_back_in_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    out = Out()
    monkeypatch.setattr(sys, "stdout", out)
    fake_stdin(monkeypatch, codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"))
    assert main(["clean", "-", "-q"]) == OK
    assert out.buffer.getvalue() == codecs.BOM_UTF16_LE + CLEAN.encode("utf-16-le")


@pytest.mark.parametrize("doc,said", [({"text": 5}, "must be strings"), ({"text": "A.", "junk": ["B."]}, "not found"),
                                      (["text"], "not a labelled document")])
def test_eval_names_the_file_of_a_bad_labelled_document(tmp_path: Path, doc: object, said: str,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "d1.json").write_text(json.dumps({"text": ARTICLE, "junk": ["Read original article here"]}))
    (tmp_path / "d2.json").write_text(json.dumps(doc))
    assert main(["eval", str(tmp_path)]) == USAGE
    err = capsys.readouterr().err
    assert "d2.json" in err and said in err


def test_the_manifest_keeps_one_entry_per_document_across_rule_changes(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for i in range(20):
        (src / f"{i}.txt").write_text(ARTICLE)
    for ignore in ["engagement", "navigation", "engagement", "teaser"]:  # each a different fingerprint
        assert main(["clean", str(src), "--out", str(tmp_path / "out"), "-q", "--ignore", ignore]) == OK
    lines = (tmp_path / "out" / ".cleaner-manifest.jsonl").read_text().splitlines()
    assert len(lines) <= 2 * 20  # the last run's entries and at most one earlier entry per document
    assert main(["clean", str(src), "--out", str(tmp_path / "out"), "-q", "--ignore", "teaser"]) == OK
    assert len((tmp_path / "out" / ".cleaner-manifest.jsonl").read_text().splitlines()) == 20


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to run the page's script")
def test_the_page_shows_a_lone_cr_as_a_line_end(tmp_path: Path) -> None:
    template = files("cleaner").joinpath("templates/report.html").read_text(encoding="utf-8")
    m = re.search(r"^function el\(.*?^}\n", template, re.MULTILINE | re.DOTALL)
    assert m is not None
    script = m.group(0) + """
class Node {}
const document = {createElement: tag => ({kids: [], setAttribute() {}, addEventListener() {}, append(k) { this.kids.push(k); }})};
console.log(JSON.stringify(el("span", {}, "one\\rtwo\\r\\nthree\\r").kids));
"""
    (tmp_path / "el.js").write_text(script, encoding="utf-8")
    out = subprocess.run(["node", str(tmp_path / "el.js")], capture_output=True, text=True, timeout=60, check=True).stdout
    assert json.loads(out) == ["one\ntwo\r\nthree\n"]  # same length, so the cut offsets still hold
