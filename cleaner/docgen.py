"""The rule reference in docs/rules/, generated from the catalog (a test fails when it is stale)."""

from __future__ import annotations

import sys
from pathlib import Path

from .catalog import FAMILIES
from .links import RUN
from .presets import PRESETS
from .rules import Rule

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules"


def rule_text(rule: Rule) -> str:
    """The plain-text entry that `cleaner rules ID` prints."""
    lines = [f"{rule.id}  ({rule.confidence} confidence, {rule.scope} scope)", f"  {rule.description}"]
    if rule.reason:
        lines.append(f"  Reported as: {rule.reason}")
    lines += [f"  removes: {ex!r}" for ex in rule.remove]
    lines += [f"  keeps:   {ex!r}" for ex in rule.keep]
    return "\n".join(lines)


def family_page(name: str) -> str:
    module = FAMILIES[name]
    out = [f"# `{name}` rules", "", (module.__doc__ or "").strip(), "",
           "Generated from the catalog by `python -m cleaner.docgen`; do not edit by hand.", ""]
    for rule in module.RULES:
        presets = ", ".join(p for p, (levels, _) in PRESETS.items() if rule.confidence in levels)
        out += [f"## `{rule.id}`", "", rule.description, "",
                f"- scope: `{rule.scope}`" + _scope_note(rule),
                f"- confidence: `{rule.confidence}` (presets: {presets})", ""]
        out += ["Removed:", ""] + [_example(ex) for ex in rule.remove] + [""]
        out += ["Kept:", ""] + [_example(ex) for ex in rule.keep] + [""]
    return "\n".join(out).rstrip() + "\n"


def _scope_note(rule: Rule) -> str:
    if rule.scope in ("head", "tail"):
        return f" (within {rule.zone} non-blank lines)"
    if rule.scope == "section":
        return " (from a heading below the article to the end of the document)"
    if rule.scope == "links":
        return f" (a run of {RUN} or more such lines above the article's first line of prose)"
    if rule.scope == "lines":
        return " (several whole lines matched together)"
    if rule.scope == "model":
        return f" (the line model's probability at least {rule.threshold:g})"
    if rule.scope == "model-run":
        return (f" (the line model's probability at least {rule.threshold:g}, in a run of labels: a widget's "
                "items under a line a rule cut, below the article, or a menu above it)")
    return ""


def _example(text: str) -> str:
    return "```text\n" + text + "\n```"


def index_page() -> str:
    out = ["# Rule catalog", "", "Generated from the catalog by `python -m cleaner.docgen`; do not edit by hand.", "",
           "| id | confidence | scope | what it removes |", "|---|---|---|---|"]
    for name, module in FAMILIES.items():
        for r in module.RULES:
            out.append(f"| [`{r.id}`]({name}.md#{r.id.replace('.', '')}) | {r.confidence} | {r.scope} | "
                       f"{r.description.replace('|', '&#124;')} |")
    return "\n".join(out) + "\n"


def pages() -> dict[str, str]:
    """File name -> content of every generated page."""
    return {"index.md": index_page(), **{f"{name}.md": family_page(name) for name in FAMILIES}}


def main() -> int:
    DOCS.mkdir(parents=True, exist_ok=True)
    for name, text in pages().items():
        (DOCS / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(pages())} pages to {DOCS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
