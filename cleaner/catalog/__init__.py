"""The built-in catalog: one module per family of junk, each a list of rule declarations."""

from __future__ import annotations

from ..rules import Rule
from . import ads, backlink, consent, disclaimer, engagement, model, navigation, promo, teaser, truncation

FAMILIES = {
    "backlink": backlink,
    "disclaimer": disclaimer,
    "engagement": engagement,
    "promo": promo,
    "teaser": teaser,  # before navigation: a teaser's label over its headline goes with the headline
    "navigation": navigation,
    "ads": ads,
    "consent": consent,
    "truncation": truncation,
    "model": model,
}

RULES: tuple[Rule, ...] = tuple(rule for module in FAMILIES.values() for rule in module.RULES)

#: Old ids that a rename left behind, mapped to the id that replaced them. Retired ids are never reused.
ALIASES: dict[str, str] = {}

# Retired ids, never to be reused: a wording that real text shows on fewer than three unrelated sites
# belongs to `cleaner learn`, not to the catalog.
# - `feed` (the family) and `feed.via-source`: a fetch line "<date> <time> via <domain>"; no scraped text
#   outside one dev document showed it.
# - `navigation.button-row`: a row of button labels spaced apart among the last lines; likewise unseen elsewhere.
