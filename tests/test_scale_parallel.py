"""Parallel runs give byte-identical outputs and reports, in a deterministic order, with bounded work."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.cli import main
from cleaner.manifest import MANIFEST_NAME

from .scale_data import read_tree, write_tree


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tree(tmp_path_factory.mktemp("corpus"), 150)


def run(src: Path, out: Path, *extra: str) -> int:
    return main(["clean", str(src), "--out", str(out), "-q", *extra])


def test_workers_identical(corpus: Path, tmp_path: Path) -> None:
    assert run(corpus, tmp_path / "one", "--workers", "1") == 0
    assert run(corpus, tmp_path / "two", "--workers", "2") == 0
    assert run(corpus, tmp_path / "three", "--workers", "3") == 0
    one = read_tree(tmp_path / "one")
    assert len(one) == 150 + 2  # documents, report, manifest
    assert one == read_tree(tmp_path / "two") == read_tree(tmp_path / "three")
    report = (tmp_path / "one" / "cleaner-report.jsonl").read_text(encoding="utf-8")
    paths = [line.split('"path": "')[1].split('"')[0] for line in report.splitlines()]
    assert paths == sorted(paths)  # the walk's order, whatever the worker count
    assert '"rule": "backlink.read-original"' in report


def test_oversized_document_is_reported_and_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_tree(tmp_path / "src", 4)
    (src / "big.txt").write_bytes(b"word " * 5000)
    code = main(["clean", str(src), "--out", str(tmp_path / "out"), "--max-bytes", "10000", "--workers", "2"])
    assert code == 1
    assert not (tmp_path / "out" / "big.txt").exists()
    assert "big.txt: too large: 25,000 bytes, over the limit of 10,000" in capsys.readouterr().err
    assert (tmp_path / "out" / "d0" / "0000.txt").exists()


def test_no_progress_bar_when_not_a_terminal(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["clean", str(corpus), "--out", str(tmp_path / "o"), "--workers", "1"])
    err = capsys.readouterr().err
    assert "doc/s" not in err and "it/s" not in err
    assert err.splitlines()[-1].startswith("cleaner: 150 read, 150 written")
    assert (tmp_path / "o" / MANIFEST_NAME).exists()


def test_progress_bar_on_a_terminal(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    import sys

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    main(["clean", str(corpus), "--out", str(tmp_path / "o"), "--workers", "1"])
    err = capsys.readouterr().err
    assert "150/150" in err and "doc/s" in err
    main(["clean", str(corpus), "--out", str(tmp_path / "q"), "--workers", "1", "--quiet"])
    assert capsys.readouterr().err == ""
