"""Atheris target for the rule engine: a fuzzed rule applied to a fuzzed document keeps every invariant.

Run with ``python tests/fuzz/fuzz_engine.py -max_total_time=30`` (see tests/fuzz/run.sh).
"""

from __future__ import annotations

import sys

SCOPES = ("line", "head", "tail", "sentence", "paragraph", "inline", "block")
SEEDS = ("Read original article here", "Leave a Comment", "(?:a|aa)+z", r"\bshare\b.*", "[…]", "^$", "(a)\\1")


def one_input(data: bytes) -> None:
    import atheris

    from cleaner import Cleaner, check_rule
    from cleaner.errors import CleanerError
    from cleaner.rules import Rule

    fdp = atheris.FuzzedDataProvider(data)
    pattern = SEEDS[fdp.ConsumeIntInRange(0, len(SEEDS) - 1)] if fdp.ConsumeBool() else fdp.ConsumeUnicode(24)
    rule = Rule(id="fuzz.rule", description="fuzzed", pattern=pattern, scope=SCOPES[fdp.ConsumeIntInRange(0, 6)],
                zone=fdp.ConsumeIntInRange(0, 8))
    text = fdp.ConsumeUnicode(400)
    try:
        check_rule(rule)
        cleaner = Cleaner([rule], timeout=0.05, check=False, repair=fdp.ConsumeBool())
        result = cleaner.clean(text)
    except CleanerError:
        return
    assert result.restore() == result.repaired
    assert result.restore_input() == text
    again = cleaner.clean(result.text)
    assert again.text == result.text, "not idempotent"


def main() -> None:
    import atheris

    with atheris.instrument_imports(include=["cleaner"]):
        import cleaner.engine  # noqa: F401 - imported inside the instrumentation
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
