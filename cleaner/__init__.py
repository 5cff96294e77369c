"""cleaner: strip syndication junk from scraped article text, and account for every cut."""

from __future__ import annotations

from .document import Cleaned, Fix, Removal
from .engine import Cleaner, check_rule, clean
from .errors import CleanerError, ConfigError, RuleError, UnknownRuleError
from .explain import explain
from .rules import Rule, phrase, phrases
from .scoring import evaluate
from .timer import TimeLimit

__all__ = [
    "Cleaned",
    "Cleaner",
    "CleanerError",
    "ConfigError",
    "Fix",
    "Removal",
    "Rule",
    "RuleError",
    "TimeLimit",
    "UnknownRuleError",
    "check_rule",
    "clean",
    "evaluate",
    "explain",
    "phrase",
    "phrases",
]
__version__ = "0.1.0"
