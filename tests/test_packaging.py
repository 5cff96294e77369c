"""One version in one place, package data the wheel carries, and the extras the README lists."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

import pytest

import cleaner
from cleaner.cli import main

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
DIST = PYPROJECT["project"]["name"]


def test_distribution_name_is_not_the_unrelated_cleaner_on_pypi() -> None:
    assert DIST == "syndication-cleaner"
    assert PYPROJECT["project"]["scripts"] == {"cleaner": "cleaner.cli:entry"}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"pip install {DIST}\n" in readme


def test_version_comes_from_one_place(capsys: pytest.CaptureFixture[str]) -> None:
    assert "version" not in PYPROJECT["project"] and "version" in PYPROJECT["project"]["dynamic"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "cleaner.__version__"}
    assert main(["--version"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith(f"cleaner {cleaner.__version__} (accelerator: ")  # ahocorasick-rs, or none and how to add it
    assert f"## {cleaner.__version__}" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_installed_metadata_matches_the_version() -> None:
    try:
        installed = metadata.version(DIST)
    except metadata.PackageNotFoundError:
        pytest.skip(f"{DIST} is not installed (run from a checkout without pip install)")
    assert installed == cleaner.__version__, "the installed metadata is stale: pip install -e . again"


def test_package_data_covers_every_non_python_file_of_the_package() -> None:
    from fnmatch import fnmatch

    globs = PYPROJECT["tool"]["setuptools"]["package-data"]["cleaner"]
    assert "data/*.json" in globs  # the line model's weights
    pkg = ROOT / "cleaner"
    for path in pkg.rglob("*"):
        if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts:
            rel = path.relative_to(pkg).as_posix()
            assert any(fnmatch(rel, g) for g in globs), f"cleaner/{rel} is not in [tool.setuptools.package-data]"


def test_readme_lists_every_extra() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for extra, deps in PYPROJECT["project"]["optional-dependencies"].items():
        row = next((line for line in readme.splitlines() if line.startswith(f"| `{extra}` |")), None)
        assert row is not None, f"extra {extra!r} is not in the README's table"
        for dep in deps:
            name = dep.split("[")[0].split(">")[0].split("=")[0]
            assert f"`{name}" in row, f"README's row for {extra!r} does not name {name}"
