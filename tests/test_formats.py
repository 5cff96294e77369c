"""JSON Lines (plain and gzip) and stdin/stdout round-trips of `cleaner clean`."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.cli import main

from .scale_data import article


def records(n: int) -> list[dict]:  # type: ignore[type-arg]
    return [{"id": i, "text": article(i), "meta": {"lang": "en", "tags": ["a", i]}} for i in range(n)]


def write_jsonl(path: Path, recs: list[dict]) -> None:  # type: ignore[type-arg]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)


def read_jsonl(path: Path) -> list[dict]:  # type: ignore[type-arg]
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


@pytest.mark.parametrize("name", ["in.jsonl", "in.jsonl.gz"])
@pytest.mark.parametrize("workers", ["1", "2"])
def test_jsonl_round_trip(tmp_path: Path, name: str, workers: str) -> None:
    recs = records(40)
    write_jsonl(tmp_path / name, recs)
    out = tmp_path / ("out" + name[2:])
    assert main(["clean", str(tmp_path / name), "--out", str(out), "-q", "--workers", workers]) == 0
    cleaned = read_jsonl(out)
    cleaner = Cleaner()
    assert [r["text"] for r in cleaned] == [cleaner.clean(r["text"]).text for r in recs]
    assert [(r["id"], r["meta"]) for r in cleaned] == [(r["id"], r["meta"]) for r in recs]
    assert list(cleaned[0]) == ["id", "text", "meta"]  # other fields pass through, in place
    report = [json.loads(line) for line in (tmp_path / "out-report.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["path"] for r in report] == [f"{name}:{i + 1}" for i in range(40)]
    assert any(r["removed"] for r in report)


def test_jsonl_report_field_custom_text_field_and_bad_lines(tmp_path: Path) -> None:
    lines = [json.dumps({"body": "Rain.\n\nSource link\n", "n": 1}), "not json", json.dumps({"other": 1}),
             json.dumps({"body": "x" * 500})]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["clean", str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "out.jsonl"), "-q",
                 "--text-field", "body", "--report-field", "cleaning", "--max-bytes", "300"])
    assert code == 1  # three lines skipped and reported
    out = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(out[0])
    assert first["body"] == "Rain.\n" and first["n"] == 1
    assert "backlink.source-link" in [r["rule"] for r in first["cleaning"]["removed"]]
    assert out[1:] == lines[1:]  # the skipped records pass through unchanged, in place
    assert not (tmp_path / "out-report.jsonl").exists()


def fake_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


class Out:
    def __init__(self) -> None:
        self.buffer = io.BytesIO()

    def write(self, s: str) -> int:
        return self.buffer.write(s.encode("utf-8"))

    def flush(self) -> None:
        pass


def test_stdin_to_stdout_with_report_on_stderr(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Caf\u00c3\u00a9 news.\r\n\r\nRead original article here\r\n"
    fake_stdin(monkeypatch, text.encode("utf-8"))
    out = Out()
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["clean", "-", "--report", "-", "-q", "--repair-output"]) == 0
    assert out.buffer.getvalue().decode("utf-8") == "Caf\u00e9 news.\r\n"
    rec = json.loads(capsys.readouterr().err)
    assert rec["path"] == "-" and "backlink.read-original" in [r["rule"] for r in rec["removed"]]
    assert rec["fixes"]  # the mojibake repair is reported too


def test_stdin_jsonl_to_stdout(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake_stdin(monkeypatch, (json.dumps({"text": "A.\n\nLeave a Comment\n"}) + "\n").encode("utf-8"))
    out = Out()
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["clean", "-", "--format", "jsonl", "--report", str(tmp_path / "r.jsonl"), "-q"]) == 0
    assert json.loads(out.buffer.getvalue()) == {"text": "A.\n"}
    assert json.loads((tmp_path / "r.jsonl").read_text(encoding="utf-8"))["path"] == "stdin:1"
