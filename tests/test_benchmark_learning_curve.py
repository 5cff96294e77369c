"""benchmarks/learning_curve.py: with every training site kept, its figures are leave-site-out's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import Cleaner, scoring, train

from .bench import load

pytest.importorskip("sklearn", reason="the `train` extra is not installed: pip install '.[train]'")

learning_curve = load("learning_curve")

ARTICLE = ("The harbour board met on Tuesday and agreed to dredge the eastern channel before the winter storms arrive.\n\n"
           "Ferry fares rise by four percent from March, the operator said in a statement on Friday morning.\n\n")


def _labelled(folder: Path) -> list[scoring.Labelled]:
    """Two documents on each of four sites: a headline and a byline (content) over the article, and
    two lines of the site's own chrome under it that no named rule knows (junk)."""
    for n, site in enumerate("abcd"):
        for k in range(2):
            chrome = f"Harbour Notes Weekly {site.upper()}\nMembers Area {k}"
            text = f"Dredging Starts In Autumn {k}\n\nBy Anna Berg\n\n" + ARTICLE + chrome + "\n"
            doc = {"id": f"{site}{k}", "source": f"https://{site}.example/{k}", "kind": "news-site", "text": text,
                   "junk": [chrome], "optional": []}
            (folder / f"d{n}{k}.json").write_text(json.dumps(doc), encoding="utf-8")
    return scoring.load_labelled(str(folder))


def test_all_sites_give_the_leave_site_out_figures(tmp_path: Path) -> None:
    docs = _labelled(tmp_path)
    [(share, runs)] = learning_curve.curve(docs, [1.0], seeds=3)
    assert share == 1.0 and len(runs) == 1  # the whole set: one run, whatever the seeds
    assert runs[0] == train.cross_validate(docs, lambda m: Cleaner(line_model=m)).summary()


def test_a_share_runs_once_a_seed_over_every_document(tmp_path: Path) -> None:
    docs = _labelled(tmp_path)
    [(share, runs)] = learning_curve.curve(docs, [0.5], seeds=2)
    assert share == 0.5 and len(runs) == 2
    assert all(run["documents"] == len(docs) for run in runs)
