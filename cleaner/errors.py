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
