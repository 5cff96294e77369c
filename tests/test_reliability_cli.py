"""Whole runs: exit codes, a mixed folder of good and bad files, and a run killed halfway then restarted."""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleaner.cli import INTERRUPTED, OK, SKIPPED, STOPPED, USAGE, main

JUNK = "Read original article here"
ROOT = Path(__file__).resolve().parent.parent


def good(i: int) -> tuple[str, bytes, bytes]:
    """(name, input bytes, expected output bytes) of the i-th good document, in one of several forms."""
    body = f"Story {i}: markets moved.\nA second line, number {i}.\n"
    text, clean = f"{body}\n{JUNK}\n", body
    kind = i % 6
    if kind == 1:
        text, clean = text.replace("\n", "\r\n"), clean.replace("\n", "\r\n")
    if kind == 4:
        return f"utf16/{i:04d}.txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le"), codecs.BOM_UTF16_LE + clean.encode("utf-16-le")
    bom = codecs.BOM_UTF8 if kind == 2 else b""
    name = {3: f"odd names/é {i:04d} 日本.md", 5: f"deep/a/b/c/d/{i:04d}.txt"}.get(kind, f"plain/{i:04d}.txt")
    return name, bom + text.encode(), bom + clean.encode()


BAD_BYTES = {
    "nul": b"abc\x00def" * 50,
    "pdf": b"%PDF-1.4\n%\xc7\xec\x8f\xa2\n",
    "png": b"\x89PNG\r\n\x1a\n" + bytes(40),
    "gzip": b"\x1f\x8b\x08\x00" + bytes(20),
    "latin1": "Über café\n".encode("latin-1"),
    "truncated": "日本語".encode()[:-1],
    "utf16-surrogate": codecs.BOM_UTF16_LE + b"\x00\xdc" + "x".encode("utf-16-le"),
    "too-large": b"All words, no junk.\n" * 6000,  # 120,000 bytes, over --max-size below
}
MAX_SIZE = "100000"


def make_corpus(src: Path, n_good: int, n_bad: int, outside: Path) -> tuple[dict[str, bytes], list[str]]:
    """Write the good documents (returning their expected outputs) and the bad ones (returning their names)."""
    expected = {}
    for i in range(n_good):
        name, data, clean = good(i)
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_bytes(data)
        expected[name] = clean
    kinds = [*BAD_BYTES, "fifo", "link-out", "link-loop", "link-broken"]
    (src / "bad").mkdir(parents=True, exist_ok=True)
    outside.write_text(f"outside\n\n{JUNK}\n")
    bad = []
    for j in range(n_bad):
        kind = kinds[j % len(kinds)]
        path = src / "bad" / f"{j:02d} {kind}.txt"
        if kind in BAD_BYTES:
            path.write_bytes(BAD_BYTES[kind])
        elif kind == "fifo":
            os.mkfifo(path)
        elif kind == "link-out":
            path.symlink_to(outside)
        elif kind == "link-loop":
            path.symlink_to(path)
        else:
            path.symlink_to(src / "bad" / "nowhere")
        bad.append(path.relative_to(src).as_posix())
    return expected, bad


def checksums(folder: Path) -> dict[str, str]:
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_symlink():
            out[p.relative_to(folder).as_posix()] = "-> " + os.readlink(p)
        elif p.is_file():
            out[p.relative_to(folder).as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def read_report(path: Path) -> dict[str, dict]:
    with open(path, encoding="utf-8") as fh:
        return {r["path"]: r for r in map(json.loads, fh)}


def test_exit_0_when_every_file_is_clean(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"News.\n\n{JUNK}\n")
    assert main(["clean", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "-q"]) == OK


def test_exit_1_when_files_were_skipped(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_bytes(b"\x00binary")
    assert main(["clean", str(tmp_path / "src"), "--out", str(tmp_path / "out"), "-q"]) == SKIPPED


@pytest.mark.parametrize("argv", [
    ["clean", "/nonexistent/folder", "--out", "x"],
    ["clean", "."],  # neither --out nor --dry-run
    ["clean", ".", "--dry-run", "--select", "no-such-family"],
    ["clean", ".", "--dry-run", "--no-such-option"],
    ["no-such-command"],
])
def test_exit_2_on_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == USAGE
    assert capsys.readouterr().err.strip()


def test_exit_3_when_the_output_cannot_be_written(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("News.\n")
    (tmp_path / "out").write_text("a file, not a folder")
    assert main(["clean", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "-q"]) == STOPPED


def _cli(*args: str, **kw) -> subprocess.Popen:  # type: ignore[no-untyped-def, type-arg]
    return subprocess.Popen([sys.executable, "-m", "cleaner", "clean", *args], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)


def _outlived_by(marker: str, wait: float = 10.0) -> list[int]:
    """Processes whose command line holds `marker` that are still alive after `wait` seconds."""
    proc_dir = Path("/proc")
    if not proc_dir.is_dir():
        pytest.skip("no /proc to list processes")
    deadline = time.monotonic() + wait
    while True:
        alive = []
        for entry in proc_dir.iterdir():
            try:
                if entry.name.isdigit() and marker in (entry / "cmdline").read_bytes().decode(errors="replace") \
                        and "Z" not in (entry / "stat").read_text().split(")")[-1].split()[:1]:
                    alive.append(int(entry.name))
            except OSError:
                continue
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)


def _wait_for_outputs(out: Path, n: int, proc: subprocess.Popen, check=None) -> None:  # type: ignore[no-untyped-def, type-arg]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        done = [p for p in out.rglob("*") if p.is_file() and not p.name.endswith(".cleaner-tmp")] if out.exists() else []
        if check:
            check(done)
        if len(done) >= n:
            return
        time.sleep(0.005)
    pytest.fail(f"the run ended (code {proc.poll()}) before writing {n} outputs")


def test_exit_130_when_interrupted(tmp_path: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    # The run must still be going when the signal comes, however fast or busy the machine: a
    # count of small documents was not enough (1,500, then 6,000, were all done on some runs before
    # the test's next look at the output folder). Four documents of 4 MB, which the walk reaches
    # last (the folder sorts last), take a few seconds of CPU each.
    make_corpus(src, 1500, 0, tmp_path / "outside.txt")
    (src / "zz-slow").mkdir()
    paragraph = "The council met on Monday and agreed the budget for the coming year, officials said.\n\nShare this:\n\n"
    for k in range(4):
        (src / "zz-slow" / f"{k}.txt").write_text(paragraph * (4_000_000 // len(paragraph)), encoding="utf-8")
    proc = _cli(str(src), "--out", str(out))
    _wait_for_outputs(out, 50, proc)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(30) == INTERRUPTED
    assert b"cleaner: interrupted" in proc.stderr.read()  # type: ignore[union-attr]


def test_ctrl_c_in_a_pools_run_waits_for_a_safe_place() -> None:
    # A KeyboardInterrupt raised wherever the main process is (handing a batch to the pool) could
    # leave the pool's threads waiting forever (once, a run under a loaded machine had not ended 30 s
    # after Ctrl-C; ending the workers at once instead hung 1 run in 25 here). Inside a
    # pool's run, Ctrl-C is noted and raised between batches; a second one raises at once.
    from cleaner.corpus import _Interrupt

    before = signal.getsignal(signal.SIGINT)
    with _Interrupt() as interrupt:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.01)  # the handler has run: nothing was raised
        assert interrupt.noted
        with pytest.raises(KeyboardInterrupt):
            interrupt.check()
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.01)
    assert signal.getsignal(signal.SIGINT) is before


def test_mixed_folder_of_1000_good_and_50_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    expected, bad = make_corpus(src, 1000, 50, tmp_path / "outside.txt")
    before = checksums(src) | {"outside": checksums(tmp_path)["outside.txt"]}
    code = main(["clean", str(src), "--out", str(out), "--max-size", MAX_SIZE])
    assert code == SKIPPED
    summary = capsys.readouterr().err
    assert "1000 read, 1000 written, 50 skipped" in summary
    assert checksums(src) | {"outside": checksums(tmp_path)["outside.txt"]} == before
    report = read_report(out / "cleaner-report.jsonl")
    assert len(report) == 1050
    for name, clean in expected.items():
        assert "skipped" not in report[name], name
        assert (out / name).read_bytes() == clean, name
    for name in bad:
        assert report[name]["skipped"], name
        assert f"  skipped {name}: {report[name]['skipped']}" in summary, name
        assert not (out / name).exists(), name
    reasons = {name.split(" ", 1)[1]: report[name]["skipped"] for name in bad}
    assert reasons["too-large.txt"].startswith("too large: 120,000 bytes")
    assert reasons["link-out.txt"] == "symbolic link leads outside SRC; not followed"
    assert reasons["fifo.txt"].startswith("not a regular file")


def test_run_killed_halfway_and_restarted_gives_the_same_outputs(tmp_path: Path) -> None:
    src = tmp_path / "src"
    expected, _bad = make_corpus(src, 4000, 24, tmp_path / "outside.txt")  # far more than the 750 waited for: a busy
    # machine may take a while between two looks at the output folder
    ref, out = tmp_path / "ref", tmp_path / "out"
    assert main(["clean", str(src), "--out", str(ref), "-q", "--max-size", MAX_SIZE]) == SKIPPED

    seen: set[Path] = set()

    def whole(done: list[Path]) -> None:  # every output under its final name is complete, at every look
        for p in done:  # (each read once, so that a look stays short next to the run)
            rel = p.relative_to(out).as_posix()
            if p not in seen and rel not in ("cleaner-report.jsonl", ".cleaner-manifest.jsonl"):  # bookkeeping, not outputs
                assert p.read_bytes() == expected[rel], f"partial output {rel}"
                seen.add(p)

    proc = _cli(str(src), "--out", str(out), "-q", "--max-size", MAX_SIZE)
    _wait_for_outputs(out, 750, proc, whole)
    proc.kill()
    assert proc.wait(30) == -signal.SIGKILL
    assert _outlived_by(str(out)) == [], "workers outlived the killed run"
    whole([p for p in out.rglob("*") if p.is_file() and not p.name.endswith(".cleaner-tmp")])
    written = len([p for p in out.rglob("*") if p.is_file()])
    assert 750 <= written < 4000

    assert main(["clean", str(src), "--out", str(out), "-q", "--max-size", MAX_SIZE]) == SKIPPED
    bookkeeping = ".cleaner-manifest.jsonl"  # the resumed run's manifest lists its documents in two sittings
    assert {k: v for k, v in checksums(out).items() if k != bookkeeping} == {
        k: v for k, v in checksums(ref).items() if k != bookkeeping}


def test_an_unexpected_fault_in_one_document_skips_it_and_the_run_goes_on(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaner.engine import Cleaner

    real = Cleaner.clean_within  # what `clean` and the command line's timer both go through

    def faulty(self, text, path, limit):  # type: ignore[no-untyped-def]
        if "boom" in text:
            raise IndexError("list index out of range")
        return real(self, text, path, limit)

    monkeypatch.setattr(Cleaner, "clean_within", faulty)
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("boom\n")
    (src / "b.txt").write_text(f"News.\n\n{JUNK}\n")
    assert main(["clean", str(src), "--out", str(out), "-q"]) == SKIPPED
    report = read_report(out / "cleaner-report.jsonl")
    assert report["a.txt"]["skipped"].startswith("internal error (IndexError: list index out of range)")
    assert (out / "b.txt").read_text() == "News.\n"
