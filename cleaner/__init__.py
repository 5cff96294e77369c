"""cleaner: strip syndication junk from scraped article text, and account for every cut."""

from __future__ import annotations

from .document import Cleaned, Fix, Removal
from .engine import Cleaner, clean
from .errors import CleanerError, ConfigError, RuleError, UnknownRuleError
from .explain import explain
from .rules import Rule, phrase, phrases
from .scoring import evaluate

__all__ = [
    "Cleaned",
    "Cleaner",
    "CleanerError",
    "ConfigError",
    "Fix",
    "Removal",
    "Rule",
    "RuleError",
    "UnknownRuleError",
    "clean",
    "evaluate",
    "explain",
    "phrase",
    "phrases",
]
__version__ = "0.1.0"
