"""JSON Lines runs keep every record: skipped ones pass through, odd escapes round-trip, bad gzip is bad input."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

from cleaner.cli import SKIPPED, main

ARTICLE = "Ferry timetable changes from Monday.\n\nRead original article here\n"
CLEAN = "Ferry timetable changes from Monday.\n"


def report(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


BAD_LINES = {
    "null": (b'{"text": null, "id": 1}', "field 'text' is null, not a string"),
    "missing": (b'{"body": "x", "id": 2}', "no field 'text'"),
    "number": (b'{"text": 42}', "field 'text' is a number, not a string"),
    "list": (b'{"text": ["a"]}', "field 'text' is an array, not a string"),
    "malformed": (b'{"text": "unclosed', "not a JSON object"),
    "array": (b'[1, 2]', "not a JSON object but an array"),
    "latin1": (b'{"text": "caf\xe9"}', "not UTF-8 (byte 0xe9"),
    "too long": (b'{"text": "' + b"w" * 400 + b'"}', "larger than the size limit"),
}


@pytest.mark.parametrize("workers", ["1", "2"])
def test_skipped_records_pass_through_unchanged_in_place(tmp_path: Path, workers: str) -> None:
    good = json.dumps({"text": ARTICLE, "id": 0}).encode()
    lines = [good]
    for raw, _ in BAD_LINES.values():
        lines += [raw, good]
    lines.insert(3, b"")  # a blank line is no record, but a line all the same
    (tmp_path / "in.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    code = main(["clean", str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "out.jsonl"), "-q",
                 "--max-bytes", "300", "--workers", workers])
    assert code == SKIPPED
    out = (tmp_path / "out.jsonl").read_bytes().split(b"\n")[:-1]
    assert len(out) == len(lines)
    for number, (before, after) in enumerate(zip(lines, out), 1):
        if before == good:
            assert json.loads(after) == {"text": CLEAN, "id": 0}, number
        else:
            assert after == before, number
    skipped = {r["path"]: r["skipped"] for r in report(tmp_path / "out-report.jsonl") if "skipped" in r}
    assert len(skipped) == len(BAD_LINES)
    for (_, reason), (path, said) in zip(BAD_LINES.values(), skipped.items()):
        assert said.startswith(reason), (path, said)
        assert lines[int(path.rpartition(":")[2]) - 1] in {raw for raw, _ in BAD_LINES.values()}


def test_a_long_last_line_without_newline_passes_through_whole(tmp_path: Path) -> None:
    big = b'{"text": "' + b"z" * 200_000 + b'"}'
    (tmp_path / "in.jsonl").write_bytes(json.dumps({"text": ARTICLE}).encode() + b"\n" + big)
    assert main(["clean", str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "out.jsonl"), "-q",
                 "--max-bytes", "1000"]) == SKIPPED
    out = (tmp_path / "out.jsonl").read_bytes()
    assert out.endswith(b"\n" + big + b"\n") and json.loads(out.split(b"\n")[0]) == {"text": CLEAN}


SURROGATES = {"text": "Caf\udce9 prices.\n\nRead original article here\n", "author": "Jos\udce9",
              "tags": ["half an emoji \ud83d", {"deep": "\ude00"}]}


@pytest.mark.parametrize("extra", [[], ["--no-repair"], ["--report-field", "cleaning"], ["--no-repair", "--workers", "2"]])
def test_lone_surrogate_escapes_round_trip_in_every_field(tmp_path: Path, extra: list[str]) -> None:
    line = json.dumps(SURROGATES)  # ASCII, with \udce9-style escapes, as many scrapers write them
    (tmp_path / "in.jsonl").write_text(line + "\n" + json.dumps({"text": ARTICLE}) + "\n")
    assert main(["clean", str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "out.jsonl"), "-q", *extra]) == 0
    data = (tmp_path / "out.jsonl").read_bytes()
    data.decode("utf-8")  # the output is valid UTF-8
    first, second = (json.loads(x) for x in data.splitlines())
    assert first["author"] == SURROGATES["author"] and first["tags"] == SURROGATES["tags"]
    assert second["text"] == CLEAN
    if "--no-repair" in extra:
        assert first["text"] == "Caf\udce9 prices.\n"
    else:
        assert first["text"].startswith("Caf") and first["text"].endswith(" prices.\n")
    if "--report-field" in extra:
        assert "backlink.read-original" in [r["rule"] for r in first["cleaning"]["removed"]]
    else:
        assert len(report(tmp_path / "out-report.jsonl")) == 2


def test_lone_surrogates_reach_a_report_on_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")  # strict, as a real stdout is
    monkeypatch.setattr(sys, "stdout", out)
    (tmp_path / "in.jsonl").write_text(json.dumps(SURROGATES) + "\n")
    assert main(["clean", str(tmp_path / "in.jsonl"), "--dry-run", "-q", "--no-repair"]) == 0
    out.flush()
    rec = json.loads(out.buffer.getvalue())  # type: ignore[attr-defined]
    assert rec["removed"][-1]["text"] == "Read original article here\n"


def test_truncated_gzip_is_bad_input_and_keeps_what_was_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    whole = gzip.compress("".join(json.dumps({"text": ARTICLE, "n": i}) + "\n" for i in range(2000)).encode())
    (tmp_path / "in.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    assert main(["clean", str(tmp_path / "in.jsonl.gz"), "--out", str(tmp_path / "out.jsonl"), "-q"]) == SKIPPED
    kept = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert kept and [r["n"] for r in kept] == list(range(len(kept))) and kept[0]["text"] == CLEAN
    last = report(tmp_path / "out-report.jsonl")[-1]
    assert last["path"] == "in.jsonl.gz" and "gzip stream ends early" in last["skipped"]
    assert "stopped" not in capsys.readouterr().err


def test_a_gz_name_on_data_that_is_not_gzip_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in.jsonl.gz").write_text(json.dumps({"text": ARTICLE}) + "\n")
    assert main(["clean", str(tmp_path / "in.jsonl.gz"), "--out", str(tmp_path / "out.jsonl")]) == SKIPPED
    err = capsys.readouterr().err
    assert "skipped in.jsonl.gz: not valid gzip data" in err and "cannot write" not in err
    assert (tmp_path / "out.jsonl").read_text() == ""


def test_gzip_output_names_itself_not_its_temporary(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text(json.dumps({"text": ARTICLE}) + "\n")
    assert main(["clean", str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "clean.jsonl.gz"), "-q"]) == 0
    header = (tmp_path / "clean.jsonl.gz").read_bytes()
    assert header[3] & 0x08 and header[10:].split(b"\0")[0] == b"clean.jsonl"  # FNAME, as gzip itself stores it
