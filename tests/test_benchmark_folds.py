"""benchmarks/fixed_folds.py scores each fold's documents with the model saved for that fold."""

from __future__ import annotations

import json
from pathlib import Path

from cleaner import Cleaner, linemodel, scoring, train

from .bench import load

fixed_folds = load("fixed_folds")

ARTICLE = ("The harbour board met on Tuesday and agreed to dredge the eastern channel before the winter storms arrive.\n\n"
           "Ferry fares rise by four percent from March, the operator said in a statement on Friday morning.\n\n")


def _labelled(folder: Path) -> None:
    docs = [
        ("a1", "https://a.example/1", ARTICLE + "Share this:\nFacebook\nTwitter\n", ["Share this:\nFacebook\nTwitter"]),
        ("b1", "https://b.example/1", "Menu\nHome\nNews\n\n" + ARTICLE + "Leave a Comment\n", ["Menu\nHome\nNews", "Leave a Comment"]),
        ("c1", "https://c.example/1", ARTICLE, []),
    ]
    for i, source, text, junk in docs:
        (folder / f"{i}.json").write_text(json.dumps({"id": i, "source": source, "kind": "news-site", "text": text,
                                                      "junk": junk, "optional": []}), encoding="utf-8")


def test_score_uses_each_folds_own_model(tmp_path: Path) -> None:
    labelled = tmp_path / "labelled"
    labelled.mkdir()
    _labelled(labelled)
    docs = scoring.load_labelled(str(labelled))
    bundled = train.to_json(linemodel.bundled(), [])
    # a model that scores every line as content: its fold's documents keep what the named rules leave
    content = dict(bundled, bias=-50.0, weights=[0.0] * len(bundled["weights"]), words={})  # type: ignore[arg-type]
    folds = tmp_path / "folds.json"
    folds.write_text(json.dumps([{"documents": ["a1", "c1"], "model": bundled},
                                 {"documents": ["b1"], "model": content}]), encoding="utf-8")
    got = {s.id: (s.removed, s.missed) for s in fixed_folds.score(str(labelled), str(folds), "default").documents}
    by_id = {d.id: d for d in docs}
    quiet = Cleaner(line_model=linemodel.load(content))
    want = {i: scoring.score_document(by_id[i], Cleaner().clean(by_id[i].text, by_id[i].path)) for i in ("a1", "c1")}
    want["b1"] = scoring.score_document(by_id["b1"], quiet.clean(by_id["b1"].text, by_id["b1"].path))
    assert got == {i: (s.removed, s.missed) for i, s in want.items()}
    # the two models disagree on b1, so the figures tell whose model cleaned it
    assert got["b1"] != (lambda s: (s.removed, s.missed))(scoring.score_document(by_id["b1"], Cleaner().clean(by_id["b1"].text)))
