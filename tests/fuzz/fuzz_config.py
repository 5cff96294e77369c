"""Atheris target for the TOML rule loader: any bytes load as rules or raise a ConfigError naming the file.

Run with ``python tests/fuzz/fuzz_config.py -max_total_time=30`` (see tests/fuzz/run.sh).
"""

from __future__ import annotations

import os
import sys
import tempfile

SEED = b'[[rule]]\nid = "user.x"\ndescription = "d"\nphrases = ["Read more"]\nremove = ["Read more"]\n'
_PATH = ""  # set in main(): importing this module (pytest's doctest collection does) creates nothing


def one_input(data: bytes) -> None:
    from cleaner.config import load_rules
    from cleaner.errors import ConfigError

    assert _PATH, "run main()"
    with open(_PATH, "wb") as fh:
        fh.write(SEED + data if data[:1] == b"+" else data)
    try:
        load_rules(_PATH)
    except ConfigError as exc:
        assert _PATH in str(exc), f"error does not name the file: {exc}"


def main() -> None:
    import atheris

    global _PATH
    _PATH = os.path.join(tempfile.mkdtemp(prefix="fuzz-config-"), "rules.toml")

    with atheris.instrument_imports(include=["cleaner", "tomllib"]):
        import cleaner.config  # noqa: F401
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
