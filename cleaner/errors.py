"""The one exception family the library raises."""

from __future__ import annotations


class CleanerError(Exception):
    """Base class of every error the library raises on purpose."""


class RuleError(CleanerError):
    """A rule is malformed: its pattern does not compile or its examples disagree with it."""


class ConfigError(CleanerError):
    """A rule file cannot be read, parsed or validated."""


class UnknownRuleError(CleanerError):
    """A rule id, family or preset that the catalog does not know."""


class RuleTimeoutError(CleanerError):
    """A rule ran past the time limit on one document (catastrophic backtracking, usually)."""

    def __init__(self, message: str, rule: int | str | None = None) -> None:
        super().__init__(message)
        self.rule = rule  # the rule's index in the scan, then its id once the engine knows it
