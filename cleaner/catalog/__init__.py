"""The built-in catalog: one module per family of junk, each a list of rule declarations."""

from __future__ import annotations

from ..rules import Rule
from . import ads, backlink, consent, disclaimer, engagement, feed, model, navigation, promo, teaser, truncation

FAMILIES = {
    "backlink": backlink,
    "disclaimer": disclaimer,
    "engagement": engagement,
    "promo": promo,
    "navigation": navigation,
    "ads": ads,
    "consent": consent,
    "teaser": teaser,
    "truncation": truncation,
    "feed": feed,
    "model": model,
}

RULES: tuple[Rule, ...] = tuple(rule for module in FAMILIES.values() for rule in module.RULES)

#: Old ids that a rename left behind, mapped to the id that replaced them. Retired ids are never reused.
ALIASES: dict[str, str] = {}
