"""Reader of the before/after case files in tests/cases/."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

CASES = Path(__file__).resolve().parent / "cases"


@dataclass(frozen=True)
class Case:
    """One case: cleaning `input` with `preset` gives `output`, and `rule` made a cut (keep-cases: nothing cut)."""

    file: str
    line: int
    rule: str
    input: str
    output: str
    preset: str = "default"

    @property
    def keep(self) -> bool:
        return self.input == self.output

    @property
    def name(self) -> str:
        return f"{self.file}:{self.line}:{self.rule}"


def load(path: Path) -> list[Case]:
    """Parse a case file.

    A case starts with ``=== RULE-ID [preset=NAME]``, then ``--- input`` and the text, then
    either ``--- output`` and the expected text or ``--- keep`` (the output is the input).
    Text runs up to the next ``---`` or ``===`` line; its final newline is not part of it.
    """
    cases: list[Case] = []
    head: tuple[int, str, str] | None = None
    section, buf, parts = "", [], {}
    lines = path.read_text(encoding="utf-8").rstrip("\n").split("\n")

    def flush() -> None:
        if head is not None:
            if section:
                parts[section] = "\n".join(buf)
            out = parts["input"] if "keep" in parts else parts["output"]
            cases.append(Case(path.name, head[0], head[1], parts["input"], out, head[2]))

    for n, line in enumerate(lines, 1):
        if line.startswith("=== "):
            flush()
            words = line[4:].split()
            preset = next((w.split("=", 1)[1] for w in words[1:] if w.startswith("preset=")), "default")
            head, section, buf, parts = (n, words[0], preset), "", [], {}
        elif line.startswith("--- "):
            if section:
                parts[section] = "\n".join(buf)
            section, buf = line[4:].strip(), []
            if section == "keep":
                parts["keep"] = ""
        elif section:
            buf.append(line)
    flush()
    return cases


def all_cases() -> list[Case]:
    return [c for path in sorted(CASES.glob("*.txt")) for c in load(path)]
