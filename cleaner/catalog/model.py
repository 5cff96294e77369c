"""Lines the trained line model scores as boilerplate: widget items, menus and site chrome that no wording names.

The model (`cleaner.linemodel`) reads each line that the other rules left: its words, sentence
punctuation, capitals, stopwords, chrome words, digits and separators; where it stands (from the
document's edges and from the article's prose); its neighbours; and the other rules' cuts around
it. Its weights are trained on labelled documents (`python -m cleaner.train`); docs/evaluation.md
gives its leave-site-out figures. The reason in the report carries the line's probability.
"""

from __future__ import annotations

from ..rules import Rule

_REMOVE = (
    "Home\nNews\nWeather\nContact us\n\nStorm warning for the valley\n\n"
    "Rain is expected across the region on Tuesday, forecasters said, with the heaviest falls in the hills.\n\n"
    "The council has opened two shelters and asked residents to check on elderly neighbours during the storm.",
)
_KEEP = (
    "Rain is expected across the region on Tuesday, forecasters said, with the heaviest falls in the hills.\n\n"
    "The council has opened two shelters and asked residents to check on elderly neighbours during the storm.\n\n"
    "Roads in the valley may close at short notice, and drivers are urged to plan their trips with care.",
)

_RUN = (
    "Rain is expected across the region on Tuesday, forecasters said, with the heaviest falls in the hills.\n\n"
    "The council has opened two shelters and asked residents to check on elderly neighbours during the storm.\n\n"
    "Advertisement\n"
    "Flood defences finished a year early\n"
    "March 2, 2024\n"
    "In \u201cWeather\u201d\n"
    "How the valley dried out after the spring floods\n",
)

RULES = [
    Rule(
        id="model.boilerplate-line",
        description="A line the trained line model scores as boilerplate with high probability (0.95 or more)",
        pattern="",
        scope="model",
        confidence="medium",
        threshold=0.95,
        reason="line model: boilerplate",
        remove=_REMOVE,
        keep=_KEEP,
    ),
    Rule(
        id="model.likely-boilerplate-line",
        description="A line the trained line model scores as probably boilerplate (0.85 or more)",
        pattern="",
        scope="model",
        confidence="low",
        threshold=0.85,
        reason="line model: probably boilerplate",
        remove=_REMOVE,
        keep=_KEEP,
    ),
    Rule(
        id="model.boilerplate-run",
        description="A label the trained line model scores as likely boilerplate (0.7 or more) in a run: below the "
                    "article, right under a line a named rule cut (a widget's items under its heading), or above it, "
                    "six labels or more one under the other (a site's menu) where a named rule cut a line above the "
                    "article (without such chrome, a list there is the article's own: ingredients, a packing list); "
                    "a menu's label scored up to 0.3 under the threshold goes with it where a label the run takes "
                    "stands under it, and the labels over a menu's run (down to 0.3, no date) go with it up to the "
                    "chrome a named rule cut; and a label of four words or fewer, with no figure, between two cut lines",
        pattern="",
        scope="model-run",
        confidence="medium",
        threshold=0.7,
        reason="line model: boilerplate in a run of labels (a widget's items, a menu)",
        remove=_RUN,
        keep=_KEEP,
    ),
]
