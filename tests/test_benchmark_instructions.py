"""benchmarks/instructions.py: its count is read from callgrind's report, and the program it counts runs."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from .bench import load

instructions = load("instructions")
ROOT = Path(__file__).resolve().parent.parent


def test_the_count_is_read_from_callgrinds_report() -> None:
    log = "==7== Events    : Ir\n==7== Collected : 123456789\n==7==\n==7== I   refs:      123,456,789\n"
    assert instructions.collected(log) == 123456789
    with pytest.raises(RuntimeError, match="no instruction count"):
        instructions.collected("valgrind: command not found\n")


def test_the_counted_program_cleans_documents_of_this_checkout() -> None:
    # what callgrind runs, run plainly: 2 warm-up documents and 3 counted ones
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str(ROOT))
    done = subprocess.run(instructions.command(3, 3, "default", warm=2), env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_a_count_of_no_documents_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        instructions.main(["--docs", "0"])
    assert "--docs must be at least 1" in capsys.readouterr().err


def test_this_checkout_as_its_own_baseline_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    if instructions.shutil.which("valgrind") is None:
        pytest.skip("valgrind is not installed: the check for it comes first")
    with pytest.raises(SystemExit):
        instructions.main(["--baseline", str(ROOT)])
    assert "--baseline is this checkout" in capsys.readouterr().err
