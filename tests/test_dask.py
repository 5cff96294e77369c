"""The Dask integration on a real local cluster of two worker processes equals the single-process result."""

from __future__ import annotations

import json

import pytest

from cleaner import Cleaner
from cleaner.integrations import clean_batch, clean_pandas, clean_texts

from .scale_data import article

TEXTS = [article(i) for i in range(40)]


def test_clean_texts_matches_cleaner() -> None:
    cleaner = Cleaner(preset="aggressive")
    cols = clean_texts(TEXTS, cleaner)
    for text, out, rep in zip(TEXTS, cols["text"], cols["cleaner_report"]):
        result = cleaner.clean(text)
        assert out == result.text
        assert [r["rule"] for r in json.loads(rep)["removed"]] == [r.rule for r in result.removed]


def test_clean_batch_and_pandas_keep_other_columns() -> None:
    pd = pytest.importorskip("pandas", reason="the `dask` extra is not installed: pip install '.[dask]'")
    batch = {"id": list(range(5)), "text": TEXTS[:5]}
    out = clean_batch(batch)
    assert out["id"] == batch["id"] and len(out["cleaner_report"]) == 5
    frame = clean_pandas(pd.DataFrame(batch))
    assert list(frame["text"]) == out["text"] and list(frame["id"]) == batch["id"]


def test_huggingface_datasets_map() -> None:
    datasets = pytest.importorskip("datasets", reason="the `hf` extra is not installed: pip install '.[hf]'")
    ds = datasets.Dataset.from_dict({"text": TEXTS[:8], "id": list(range(8))})
    out = ds.map(clean_batch, batched=True, batch_size=3)
    assert out["text"] == clean_texts(TEXTS[:8])["text"]


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    distributed = pytest.importorskip("distributed", reason="the `dask` extra is not installed: pip install '.[dask]'")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster, distributed.Client(cluster) as c:
        yield c


def test_dask_bag_and_dataframe_on_local_cluster(client) -> None:  # type: ignore[no-untyped-def]
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd

    from cleaner.integrations import _BUILT
    from cleaner.integrations.dask import clean_bag, clean_dataframe

    assert len(client.scheduler_info()["workers"]) == 2
    cleaner = Cleaner(ignore=["truncation"])  # a configuration no other test has built
    expected = clean_texts(TEXTS, cleaner)

    bag = clean_bag(db.from_sequence(TEXTS, npartitions=6), cleaner).compute()
    assert [d["text"] for d in bag] == expected["text"]
    assert [json.dumps({k: d[k] for k in ("removed", "fixes", "chars_in", "chars_out")}, ensure_ascii=False)
            for d in bag] == expected["cleaner_report"]

    frame = pd.DataFrame({"id": range(len(TEXTS)), "text": TEXTS})
    out = clean_dataframe(dd.from_pandas(frame, npartitions=5), "text", cleaner).compute()
    assert list(out["text"]) == expected["text"]
    assert list(out["cleaner_report"]) == expected["cleaner_report"]
    assert list(out["id"]) == list(range(len(TEXTS)))

    # each worker process built the Cleaner once, however many partitions it ran
    fingerprint = cleaner.fingerprint()
    built = client.run(lambda: _BUILT[fingerprint])
    assert built == {w: 1 for w in client.scheduler_info()["workers"]}


def test_dask_learning_on_local_cluster_equals_the_one_process_run(client, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import tomllib

    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd

    from cleaner.cli import main
    from cleaner.integrations.dask import clean_dataframe, clean_records, learn_bag, learn_dataframe

    from .learn_corpus import corpus

    arts = corpus(40)
    recs = [{"id": f"r{n}", "site": a.source, "body": a.text} for n, a in enumerate(arts[::-1])]
    src = tmp_path / "docs.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    assert main(["clean", str(src), "--out", str(tmp_path / "one.jsonl"), "--learn", "--source-field", "site",
                 "--text-field", "body", "--workers", "1", "-q"]) == 0
    tables = tomllib.loads((tmp_path / "one-learned.toml").read_text(encoding="utf-8"))["rule"]
    assert len(tables) == 15
    expected_out = [json.loads(line) for line in (tmp_path / "one.jsonl").read_text(encoding="utf-8").splitlines()]
    expected_report = [json.loads(line) for line in (tmp_path / "one-report.jsonl").read_text(encoding="utf-8").splitlines()]

    bag = db.from_sequence(recs, npartitions=7)
    learned = learn_bag(bag, text_field="body", source_field="site", split_every=3)
    assert [(r.id, r.pattern, r.scope, r.paths) for r, _ in learned] == [
        (t["id"], t["pattern"], t["scope"], tuple(t["paths"])) for t in tables]
    assert [(p.documents, list(p.examples)) for _, p in learned] == [
        (t["meta"]["documents"], t["meta"]["examples"]) for t in tables]

    cleaner = Cleaner(extend=[r for r, _ in learned])
    out = clean_records(bag, cleaner, text_field="body", source_field="site").compute()
    assert [r.pop("cleaner_report") for r in out] == expected_report
    assert out == expected_out

    # a dataframe whose index holds the record ids: rows are SOURCE/INDEX, the same paths
    frame = pd.DataFrame({"site": [r["site"] for r in recs], "body": [r["body"] for r in recs]},
                         index=[r["id"] for r in recs])
    ddf = dd.from_pandas(frame, npartitions=5, sort=False)
    learned_frame = learn_dataframe(ddf, "body", "site")
    assert [(r.id, r.pattern, p.examples) for r, p in learned_frame] == [(r.id, r.pattern, p.examples) for r, p in learned]
    cleaned = clean_dataframe(ddf, "body", cleaner, source="site").compute()
    assert list(cleaned["body"]) == [r["body"] for r in expected_out]
