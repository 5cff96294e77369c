"""Rules from a TOML file, validated on load: every error names the file, the rule and the field."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from .engine import check_rule
from .errors import ConfigError, RuleError
from .rules import CONFIDENCES, MODEL_SCOPES, SCOPES, Rule, phrases

_FIELDS = {
    "id": str, "description": str, "pattern": str, "phrases": list, "scope": str, "confidence": str,
    "remove": list, "keep": list, "reason": str, "zone": int, "verbose": bool, "paths": list, "meta": dict,
}


def load_rules(path: str | Path) -> list[Rule]:
    """Read ``[[rule]]`` tables from a TOML file and check each rule.

    Each rule has an ``id`` (``family.name``), a ``description``, and either ``pattern`` (a regex)
    or ``phrases`` (a list of wordings); optional: ``scope``, ``confidence``, ``zone``, ``remove``
    and ``keep`` examples, ``reason``, ``verbose``, ``paths`` and a free-form ``meta`` table.
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read rule file: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: rule file is not UTF-8 ({exc.reason})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    unknown = set(data) - {"rule"}
    if unknown:
        raise ConfigError(f"{path}: unknown top-level key {sorted(unknown)[0]!r}; rules go in [[rule]] tables")
    tables = data.get("rule", [])
    if not isinstance(tables, list) or not tables:
        raise ConfigError(f"{path}: no rules; write each one as a [[rule]] table")
    rules, seen = [], set()
    for n, table in enumerate(tables, 1):
        rule = _rule(path, n, table)
        if rule.id in seen:
            raise ConfigError(f"{path}: rule {rule.id!r}: id is used twice")
        seen.add(rule.id)
        rules.append(rule)
    return rules


def _rule(path: Path, n: int, table: dict[str, Any]) -> Rule:
    where = f"{path}: rule {table.get('id', f'#{n}')!r}"
    for key, value in table.items():
        if key not in _FIELDS:
            raise ConfigError(f"{where}: unknown field {key!r} (known: {', '.join(sorted(_FIELDS))})")
        if not isinstance(value, _FIELDS[key]):
            raise ConfigError(f"{where}: field {key!r} must be a {_FIELDS[key].__name__}, not {type(value).__name__}")
    for key in ("id", "description"):
        if key not in table:
            raise ConfigError(f"{where}: missing field {key!r}")
    if ("pattern" in table) == ("phrases" in table):
        raise ConfigError(f"{where}: give exactly one of 'pattern' (a regex) or 'phrases' (a list of wordings)")
    if "phrases" in table and (not table["phrases"] or not all(isinstance(p, str) and p.strip() for p in table["phrases"])):
        raise ConfigError(f"{where}: field 'phrases' must be a non-empty list of non-empty strings")
    if table.get("scope") in MODEL_SCOPES:
        raise ConfigError(f"{where}: scope {table['scope']!r} belongs to the built-in line model, which has no pattern; "
                          "choose its rules with --select/--ignore model.boilerplate-line (docs/evaluation.md)")
    for key, allowed in (("scope", SCOPES), ("confidence", CONFIDENCES)):
        if key in table and table[key] not in allowed:
            raise ConfigError(f"{where}: field {key!r} is {table[key]!r}; use one of {', '.join(allowed)}")
    pattern = table["pattern"] if "pattern" in table else phrases(*table["phrases"])
    rule = Rule(
        id=table["id"],
        description=table["description"],
        pattern=pattern,
        scope=table.get("scope", "line"),
        confidence=table.get("confidence", "high"),
        remove=tuple(map(str, table.get("remove", ()))),
        keep=tuple(map(str, table.get("keep", ()))),
        reason=table.get("reason", ""),
        zone=table.get("zone", 6),
        verbose=table.get("verbose", False),
        paths=tuple(map(str, table.get("paths", ()))),
        source=str(path),
    )
    try:
        check_rule(rule)
    except RuleError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    return rule
