"""Bad input: every kind of file a scrape can hold is either cleaned exactly or skipped with a reason."""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import tracemalloc
from pathlib import Path

import pytest

from cleaner.cli import OK, SKIPPED, main
from cleaner.io import DEFAULT_MAX_BYTES, SkipDocument, decode, read_document

ARTICLE = "Markets rose today.\n\nRead original article here\n"
CLEAN = "Markets rose today.\n"


def run(src: Path, out: Path, *extra: str) -> tuple[int, dict[str, dict]]:
    code = main(["clean", str(src), "--out", str(out), "-q", *extra])
    report = out / "cleaner-report.jsonl"
    with open(report, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    return code, {r["path"]: r for r in records}


def digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def one(tmp_path: Path, data: bytes, name: str = "doc.txt") -> tuple[int, dict, bytes | None]:
    """Run over a folder holding one file; (exit code, its report record, its output or None)."""
    src = tmp_path / "src"
    src.mkdir()
    (src / name).write_bytes(data)
    before = digest(src)
    code, records = run(src, tmp_path / "out")
    assert digest(src) == before, "the input was modified"
    out = tmp_path / "out" / name
    return code, records[name], out.read_bytes() if out.exists() else None


def test_empty_file_is_cleaned_to_an_empty_file(tmp_path: Path) -> None:
    code, rec, out = one(tmp_path, b"")
    assert (code, out, rec["removed"], rec["chars_in"]) == (OK, b"", [], 0)


def test_whitespace_only_file_is_kept_as_is(tmp_path: Path) -> None:
    code, rec, out = one(tmp_path, b"\n\n  \n")
    assert code == OK and out is not None and "skipped" not in rec


@pytest.mark.parametrize("data, kind", [
    (b"text\x00with a NUL" * 10, "NUL bytes"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", "gzip data"),
    (bytes(range(1, 9)) * 200, "control bytes"),
])
def test_binary_file_is_skipped_with_its_kind(tmp_path: Path, data: bytes, kind: str) -> None:
    code, rec, out = one(tmp_path, data)
    assert code == SKIPPED and out is None
    assert rec["skipped"] == f"binary file ({kind}); not text"


@pytest.mark.parametrize("data, at", [
    ("Café au lait.\n".encode("latin-1"), 3),  # a Latin-1 file
    ("Fine text, then a cut multibyte: é".encode()[:-1], 33),  # truncated at the end
    (b"Overlong \xc0\xaf slash\n", 9),  # an overlong encoding
    (b"Lone surrogate \xed\xa0\x80\n", 15),  # a UTF-8-encoded surrogate
])
def test_invalid_utf8_is_skipped_never_altered(tmp_path: Path, data: bytes, at: int) -> None:
    code, rec, out = one(tmp_path, data)
    assert code == SKIPPED and out is None
    assert rec["skipped"].startswith(f"not UTF-8 (byte 0x{data[at]:02x} at offset {at})")


def test_utf8_bom_is_kept_and_not_part_of_the_text(tmp_path: Path) -> None:
    code, rec, out = one(tmp_path, codecs.BOM_UTF8 + ARTICLE.encode())
    assert code == OK and out == codecs.BOM_UTF8 + CLEAN.encode()
    assert rec["chars_in"] == len(ARTICLE)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom_are_written_back_in_kind(tmp_path: Path, encoding: str) -> None:
    bom = {"utf-16": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE, "utf-32": codecs.BOM_UTF32_LE}[encoding]
    plain = encoding if encoding.endswith("be") else encoding + "-le"
    text = "Ünïcødé 日本語 🎉\r\n\r\n" + ARTICLE
    code, rec, out = one(tmp_path, bom + text.encode(plain))
    assert code == OK and out == bom + ("Ünïcødé 日本語 🎉\r\n\r\n" + CLEAN).encode(plain)
    assert "backlink.read-original" in [r["rule"] for r in rec["removed"]]


def test_utf16_with_a_lone_surrogate_is_skipped(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + "ok ".encode("utf-16-le") + b"\x00\xd8" + "x".encode("utf-16-le")
    code, rec, out = one(tmp_path, data)
    assert code == SKIPPED and out is None and rec["skipped"].startswith("not UTF-16-LE")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_skipped_with_a_precise_reason(tmp_path: Path, encoding: str) -> None:
    code, rec, out = one(tmp_path, ARTICLE.encode(encoding))
    assert code == SKIPPED and out is None
    assert rec["skipped"] == "UTF-16 text without a byte-order mark; convert it to UTF-8 or add the mark"


def test_odd_length_utf16_is_skipped(tmp_path: Path) -> None:
    code, rec, out = one(tmp_path, codecs.BOM_UTF16_LE + "abc".encode("utf-16-le") + b"\x00")
    assert code == SKIPPED and out is None and rec["skipped"].startswith("not UTF-16-LE")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_lone_cr_line_endings_are_kept(tmp_path: Path, newline: str) -> None:
    code, _rec, out = one(tmp_path, ARTICLE.replace("\n", newline).encode())
    assert code == OK and out == CLEAN.replace("\n", newline).encode()


def test_mixed_line_endings_are_kept_each_as_it_was(tmp_path: Path) -> None:
    text = "One.\r\nTwo.\rThree.\n\nRead original article here\r\n"
    code, _rec, out = one(tmp_path, text.encode())
    assert code == OK and out == b"One.\r\nTwo.\rThree.\n"


def _big(path: Path, size: int, block: bytes) -> None:
    with open(path, "wb") as fh:
        fh.writelines(block for _ in range(size // len(block)))


def test_200mb_file_is_refused_by_size_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    _big(path, 200 * 2**20, b"A line of scraped prose that goes on.\n" * 27_000)
    tracemalloc.start()
    with pytest.raises(SkipDocument, match=r"too large: .* over the limit of 16,777,216"):
        read_document(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 1_000_000, "the file was read into memory"


def test_50mb_single_line_is_skipped_in_a_run(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    _big(src / "line.txt", 50 * 2**20, b"word " * 200_000)
    (src / "ok.txt").write_text(ARTICLE)
    code, records = run(src, tmp_path / "out")
    assert code == SKIPPED and records["line.txt"]["skipped"].startswith("too large: 52,")
    assert (tmp_path / "out" / "ok.txt").read_text() == CLEAN
    assert not (tmp_path / "out" / "line.txt").exists()


def test_max_size_option_moves_the_limit(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE * 20)
    code, records = run(src, tmp_path / "out", "--max-size", "100")
    assert code == SKIPPED and "over the limit of 100;" in records["a.txt"]["skipped"]
    code, records = run(src, tmp_path / "out2", "--max-size", "0")
    assert code == OK and "skipped" not in records["a.txt"]
    assert DEFAULT_MAX_BYTES == 16 * 2**20  # the documented default (docs/reliability.md)


def test_tens_of_thousands_of_tiny_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Durability is not under test here; syncing 20,000 files would only make the test slow.
    monkeypatch.setattr(os, "fsync", lambda fd: None)
    src = tmp_path / "src"
    for d in range(20):
        (src / f"d{d}").mkdir(parents=True)
        for i in range(1000):
            (src / f"d{d}" / f"{i}.txt").write_bytes(b"Hi.\n\nLeave a Comment\n" if i % 2 else b"A tiny note.")
    code, records = run(src, tmp_path / "out")
    assert code == OK and len(records) == 20_000
    assert (tmp_path / "out" / "d19" / "999.txt").read_bytes() == b"Hi.\n"
    assert (tmp_path / "out" / "d0" / "0.txt").read_bytes() == b"A tiny note."


@pytest.mark.parametrize("name", [
    "with spaces .txt", "naïve – café 日本.txt", "line\nbreak.txt", "-starts-with-dash.txt",
    "tab\there.txt", os.fsdecode(b"latin1-\xe9.txt"), "'quote\"s'.txt", "emoji 🎉.md",
])
def test_unusual_file_names(tmp_path: Path, name: str) -> None:
    code, rec, out = one(tmp_path, ARTICLE.encode(), name)
    assert code == OK and out == CLEAN.encode() and rec["path"] == name


def test_deep_tree(tmp_path: Path) -> None:
    src = tmp_path / "src"
    deep = src.joinpath(*["d"] * 300)
    deep.mkdir(parents=True)
    (deep / "a.txt").write_text(ARTICLE)
    code, records = run(src, tmp_path / "out")
    rel = "d/" * 300 + "a.txt"
    assert code == OK and list(records) == [rel]
    assert (tmp_path / "out" / rel).read_text() == CLEAN


def test_fifo_is_skipped_without_hanging(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    os.mkfifo(src / "pipe.txt")
    (src / "ok.txt").write_text(ARTICLE)
    code, records = run(src, tmp_path / "out")
    assert code == SKIPPED and records["pipe.txt"]["skipped"].startswith("not a regular file")


def test_decode_never_returns_text_that_would_not_write_back() -> None:
    for data in (b"", b"plain", codecs.BOM_UTF8, codecs.BOM_UTF16_BE + "x".encode("utf-16-be"), "é\r".encode()):
        doc = decode(data)
        assert doc.encode(doc.text) == data


@pytest.mark.parametrize(("limit", "whole"), [(10_000, True), (100, False)])
def test_a_file_that_grows_after_its_size_was_read_is_read_whole_or_skipped(tmp_path: Path, limit: int, whole: bool,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The size check saw 20 bytes; the file holds 1,000 by the time it is read."""
    path = tmp_path / "growing.txt"
    path.write_text("x" * 999 + "\n")
    real_fstat = os.fstat

    def stale(fd: int) -> os.stat_result:
        st = real_fstat(fd)
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, 20,
                               st.st_atime, st.st_mtime, st.st_ctime))

    monkeypatch.setattr(os, "fstat", stale)
    if whole:
        assert read_document(path, max_bytes=limit).text == "x" * 999 + "\n"
    else:
        with pytest.raises(SkipDocument, match="grew past the limit of 100 bytes"):
            read_document(path, max_bytes=limit)
