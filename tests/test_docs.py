"""Generated docs are current, and the README's commands are the ones that work."""

from __future__ import annotations

from pathlib import Path

from cleaner.docgen import pages

ROOT = Path(__file__).resolve().parent.parent


def test_rule_pages_are_current() -> None:
    for name, text in pages().items():
        path = ROOT / "docs" / "rules" / name
        assert path.exists() and path.read_text(encoding="utf-8") == text, (
            f"docs/rules/{name} is stale: run `python -m cleaner.docgen`")


def test_readme_gives_the_two_setup_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install . && cleaner clean seeds --out out" in readme
    assert "pip install '.[test]' && python -m pytest" in readme


def test_doc_links_resolve() -> None:
    import re

    for md in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for target in re.findall(r"\]\(([^)#:]+\.(?:md|png))\)", md.read_text(encoding="utf-8")):
            assert (md.parent / target).exists(), f"{md.name} links to missing {target}"
