"""File-system faults: inputs never touched, outputs never read back, symlinks contained, writes atomic."""

from __future__ import annotations

import errno
import hashlib
import json
import os
from pathlib import Path

import pytest

from cleaner.cli import OK, SKIPPED, STOPPED, USAGE, main
from cleaner.io import TEMP_SUFFIX, OutputError, write_output

ARTICLE = "Markets rose today.\n\nRead original article here\n"
CLEAN = "Markets rose today.\n"


def run(src: Path, out: Path, *extra: str) -> tuple[int, dict[str, dict]]:
    code = main(["clean", str(src), "--out", str(out), "-q", *extra])
    with open(out / "cleaner-report.jsonl", encoding="utf-8") as fh:
        return code, {r["path"]: r for r in map(json.loads, fh)}


def digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


@pytest.fixture
def src(tmp_path: Path) -> Path:
    folder = tmp_path / "src"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE)
    (folder / "sub" / "b.md").write_text(ARTICLE)
    return folder


def test_dst_equal_to_src_is_refused(src: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(src)
    assert main(["clean", str(src), "--out", str(src)]) == USAGE
    assert "inputs are never overwritten" in capsys.readouterr().err and digest(src) == before


def test_dst_holding_src_is_refused(src: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(src / "sub"), "--out", str(src)]) == USAGE
    assert "contains SRC" in capsys.readouterr().err


def test_single_file_into_its_own_folder_is_refused(src: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(src / "a.txt"), "--out", str(src)]) == USAGE
    assert "would overwrite the input" in capsys.readouterr().err
    assert (src / "a.txt").read_text() == ARTICLE


def test_dst_inside_src_is_never_read_back(src: Path) -> None:
    out = src / "cleaned"
    for _ in range(2):  # the second run would see the first run's outputs if they were read back
        code, records = run(src, out)
        assert code == OK and sorted(records) == ["a.txt", "sub/b.md"]
    assert not (out / "cleaned").exists()
    assert (src / "a.txt").read_text() == ARTICLE


def test_dst_inside_src_holding_an_input_is_refused(src: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # src/sub holds the input b.md; with src/sub as DST, the walk would skip it, and src/b.md's
    # cleaned copy would land on it had SRC held one: refuse before any write.
    (src / "b.md").write_text("Another story.\n")
    before = digest(src)
    assert main(["clean", str(src), "--out", str(src / "sub"), "-q"]) == USAGE
    assert "already holds" in capsys.readouterr().err
    assert digest(src) == before


def test_dst_inside_src_from_an_earlier_run_is_reused(src: Path) -> None:
    # The outputs, the manifest and the report of an earlier run into the same DST are its own.
    out = src / "cleaned"
    assert run(src, out)[0] == OK
    assert run(src, out, "--restart")[0] == OK
    assert run(src, out, "--ext", ".md", "--ext", ".txt", "--ext", ".jsonl")[0] == OK
    assert (out / "a.txt").read_text() == CLEAN and (src / "a.txt").read_text() == ARTICLE


def test_symlink_leaving_src_is_not_followed(src: Path, tmp_path: Path) -> None:
    secret = tmp_path / "elsewhere.txt"
    secret.write_text("private\n")
    (src / "link.txt").symlink_to(secret)
    code, records = run(src, tmp_path / "out")
    assert code == SKIPPED and records["link.txt"]["skipped"] == "symbolic link leads outside SRC; not followed"
    assert not (tmp_path / "out" / "link.txt").exists()


def test_symlink_loops_are_not_followed(src: Path, tmp_path: Path) -> None:
    (src / "loop1.txt").symlink_to(src / "loop2.txt")
    (src / "loop2.txt").symlink_to(src / "loop1.txt")
    (src / "sub" / "up").symlink_to(src, target_is_directory=True)  # a folder loop
    code, records = run(src, tmp_path / "out")
    assert code == SKIPPED
    assert records["loop1.txt"]["skipped"] == "symbolic link loop; not followed"
    assert sorted(records) == ["a.txt", "loop1.txt", "loop2.txt", "sub/b.md"]  # `up` never entered


def test_broken_symlink_is_skipped_and_in_tree_symlink_is_cleaned(src: Path, tmp_path: Path) -> None:
    (src / "gone.txt").symlink_to(src / "missing")
    (src / "alias.txt").symlink_to(src / "a.txt")
    code, records = run(src, tmp_path / "out")
    assert code == SKIPPED and records["gone.txt"]["skipped"] == "broken symbolic link; not followed"
    assert (tmp_path / "out" / "alias.txt").read_text() == CLEAN
    assert not (tmp_path / "out" / "alias.txt").is_symlink()
    assert (src / "alias.txt").is_symlink() and (src / "a.txt").read_text() == ARTICLE


def test_symlinked_folder_outside_src_is_not_entered(src: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.txt").write_text(ARTICLE)
    (src / "ext").symlink_to(outside, target_is_directory=True)
    code, records = run(src, tmp_path / "out")
    assert code == OK and "ext/x.txt" not in records


def test_permission_error_is_reported_and_the_run_goes_on(src: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    locked = src / "locked.txt"
    locked.write_text(ARTICLE)
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads through mode 0; make the kernel's answer for that file explicit
        real_open = os.open

        def deny(path, flags, *args):  # type: ignore[no-untyped-def]
            if Path(path) == locked:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
            return real_open(path, flags, *args)

        monkeypatch.setattr(os, "open", deny)
    try:
        code, records = run(src, tmp_path / "out")
    finally:
        locked.chmod(0o644)
    assert code == SKIPPED and records["locked.txt"]["skipped"] == "cannot read: Permission denied"
    assert (tmp_path / "out" / "a.txt").read_text() == CLEAN
    assert (tmp_path / "out" / "sub" / "b.md").read_text() == CLEAN


def test_failed_write_keeps_the_old_output_and_leaves_no_temporary(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"previous run\n")

    def fail(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OutputError, match="cannot write .*Input/output error"):
        write_output(target, b"new content that never lands\n")
    assert target.read_bytes() == b"previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_outputs_get_the_permissions_of_any_new_file(src: Path, tmp_path: Path) -> None:
    """Readable by whoever may read the user's new files (0o666 less the umask), as a plain copy
    is: not owner-only, as a bare temporary file would be."""
    old = os.umask(0o022)
    try:
        code, _ = run(src, tmp_path / "out")
    finally:
        os.umask(old)
    assert code == OK
    for name in ("a.txt", "sub/b.md"):
        assert (tmp_path / "out" / name).stat().st_mode & 0o777 == 0o644


def test_a_temporary_left_under_the_same_name_is_stepped_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import cleaner.io

    monkeypatch.setattr(cleaner.io, "_TEMPORARIES", iter([7, 7, 8]))
    stale = tmp_path / f".out.txt.{os.getpid()}-7{TEMP_SUFFIX}"
    stale.write_bytes(b"left by a killed run")
    write_output(tmp_path / "deep" / "er" / "out.txt", b"one\n")  # its folders are made
    write_output(tmp_path / "out.txt", b"two\n")
    assert (tmp_path / "deep" / "er" / "out.txt").read_bytes() == b"one\n"
    assert (tmp_path / "out.txt").read_bytes() == b"two\n"
    assert stale.read_bytes() == b"left by a killed run"


def test_disk_full_stops_the_run_with_a_clear_message(src: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    before = digest(src)
    assert main(["clean", str(src), "--out", str(tmp_path / "out"), "--fsync"]) == STOPPED
    err = capsys.readouterr().err
    assert "cleaner: stopped: disk full while writing" in err and "free some space" in err
    assert digest(src) == before
    assert not [p for p in (tmp_path / "out").rglob("*") if p.is_file() and p.name not in ("cleaner-report.jsonl", ".cleaner-manifest.jsonl")]


def test_report_on_a_full_device_stops_the_run(src: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    code = main(["clean", str(src), "--out", str(tmp_path / "out"), "--report", "/dev/full"])
    assert code == STOPPED and "disk full" in capsys.readouterr().err


def test_output_symlink_is_replaced_not_written_through(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.txt").symlink_to(src / "a.txt")  # a trap: writing through it would change an input
    code, _ = run(src, out)
    assert code == OK and (src / "a.txt").read_text() == ARTICLE
    assert not (out / "a.txt").is_symlink() and (out / "a.txt").read_text() == CLEAN


def test_temporaries_left_by_a_killed_run_are_removed(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "sub"
    out.mkdir(parents=True)
    (out / f".b.md.x1y2{TEMP_SUFFIX}").write_bytes(b"half a fi")
    code, _ = run(src, tmp_path / "out")
    assert code == OK and sorted(p.name for p in out.iterdir()) == ["b.md"]


def test_temporaries_in_src_are_not_taken_for_documents(src: Path, tmp_path: Path) -> None:
    (src / f".a.txt.abc{TEMP_SUFFIX}").write_bytes(b"half")
    (src / f"odd.txt{TEMP_SUFFIX}.txt").write_text(ARTICLE)  # only the exact suffix is ours
    code, records = run(src, tmp_path / "out")
    assert code == OK and sorted(records) == ["a.txt", f"odd.txt{TEMP_SUFFIX}.txt", "sub/b.md"]


def test_unwritable_output_stops_the_run(src: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "out" / "sub"
    blocker.parent.mkdir()
    blocker.write_text("a file where a folder must go")
    assert main(["clean", str(src), "--out", str(tmp_path / "out")]) == STOPPED
    assert "cleaner: stopped: cannot write" in capsys.readouterr().err


def test_kill_during_a_large_write_leaves_no_partial_output(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    target = tmp_path / "big.txt"
    code = ("import sys; from pathlib import Path; from cleaner.io import write_output; "
            "write_output(Path(sys.argv[1]), b'x' * (400 * 2**20))")
    proc = subprocess.Popen([sys.executable, "-c", code, str(target)])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None:
        temps = list(tmp_path.glob(f".big.txt.*{TEMP_SUFFIX}"))
        if temps and temps[0].stat().st_size > 0:
            break
        time.sleep(0.001)
    else:
        pytest.fail("the write finished before it could be interrupted")
    proc.kill()
    assert proc.wait(30) == -signal.SIGKILL
    assert not target.exists(), "a partial output stands under the final name"


def test_folder_that_cannot_be_listed_is_reported_and_the_run_goes_on(src: Path, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    locked = src / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(ARTICLE)
    locked.chmod(0)
    if os.geteuid() == 0:  # root lists through mode 0; make the kernel's answer for that folder explicit
        real_scandir, real_listdir = os.scandir, os.listdir

        def denied(real):  # type: ignore[no-untyped-def]
            def call(path="."):  # type: ignore[no-untyped-def]
                if Path(path) == locked:
                    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
                return real(path)
            return call

        monkeypatch.setattr(os, "scandir", denied(real_scandir))
        monkeypatch.setattr(os, "listdir", denied(real_listdir))
    try:
        code, records = run(src, tmp_path / "out")
    finally:
        locked.chmod(0o755)
    assert code == SKIPPED and records["locked/"]["skipped"] == "cannot list folder: Permission denied"
    assert (tmp_path / "out" / "a.txt").read_text() == CLEAN and (tmp_path / "out" / "sub" / "b.md").exists()
