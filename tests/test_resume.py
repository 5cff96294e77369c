"""An interrupted run, restarted with the same arguments, ends exactly like an uninterrupted one."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.cli import main
from cleaner.corpus import Options, clean_tree
from cleaner.manifest import MANIFEST_NAME

from .scale_data import read_tree, write_tree


class Stop(Exception):
    pass


def interrupt_after(n: int):  # type: ignore[no-untyped-def]
    seen = [0]

    def progress(docs: int, nbytes: int) -> None:
        seen[0] += docs
        if seen[0] >= n:
            raise Stop

    return progress


def without_manifest(tree: dict[str, bytes]) -> dict[str, bytes]:
    return {k: v for k, v in tree.items() if k != MANIFEST_NAME}


@pytest.mark.parametrize("workers", [1, 2])
def test_interrupted_then_resumed_equals_uninterrupted(tmp_path: Path, workers: int) -> None:
    src = write_tree(tmp_path / "src", 60)
    assert main(["clean", str(src), "--out", str(tmp_path / "whole"), "-q"]) == 0
    out = tmp_path / "part"
    with open(tmp_path / "first-report.jsonl", "w", encoding="utf-8") as rep, pytest.raises(Stop):
        clean_tree(src, out, Cleaner(), rep, options=Options(workers=workers, progress=interrupt_after(25)))
    done = len((out / MANIFEST_NAME).read_text(encoding="utf-8").splitlines())
    assert 0 < done < 60
    (out / "d1" / ".0004.txt.123.tmp").write_bytes(b"half a fil")  # what a kill mid-write leaves
    assert main(["clean", str(src), "--out", str(out), "--workers", str(workers)]) == 0
    whole, part = read_tree(tmp_path / "whole"), read_tree(out)
    part.pop("d1/.0004.txt.123.tmp")
    assert without_manifest(part) == without_manifest(whole)


def test_resume_skips_done_and_redoes_changed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_tree(tmp_path / "src", 12)
    out = tmp_path / "out"
    main(["clean", str(src), "--out", str(out), "--workers", "1"])
    main(["clean", str(src), "--out", str(out), "--workers", "1"])
    assert "(12 already done)" in capsys.readouterr().err
    (src / "d0" / "0000.txt").write_text("Changed text.\n\nSource link\n", encoding="utf-8")
    main(["clean", str(src), "--out", str(out), "--workers", "1"])
    assert "(11 already done)" in capsys.readouterr().err
    assert (out / "d0" / "0000.txt").read_text(encoding="utf-8") == "Changed text.\n"
    main(["clean", str(src), "--out", str(out), "--workers", "1", "--no-repair"])  # other settings
    assert "already done" not in capsys.readouterr().err
    main(["clean", str(src), "--out", str(out), "--workers", "1", "--no-repair", "--ignore", "backlink,model"])  # other rules
    assert "already done" not in capsys.readouterr().err
    assert (out / "d0" / "0000.txt").read_text(encoding="utf-8") == "Changed text.\n\nSource link\n"


def test_deleted_output_is_redone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_tree(tmp_path / "src", 5)
    out = tmp_path / "out"
    main(["clean", str(src), "--out", str(out)])
    before = read_tree(out)
    (out / "d1" / "0001.txt").unlink()
    capsys.readouterr()
    main(["clean", str(src), "--out", str(out)])
    assert "(4 already done)" in capsys.readouterr().err
    assert without_manifest(read_tree(out)) == without_manifest(before)
