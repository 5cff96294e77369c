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
    pd = pytest.importorskip("pandas")
    batch = {"id": list(range(5)), "text": TEXTS[:5]}
    out = clean_batch(batch)
    assert out["id"] == batch["id"] and len(out["cleaner_report"]) == 5
    frame = clean_pandas(pd.DataFrame(batch))
    assert list(frame["text"]) == out["text"] and list(frame["id"]) == batch["id"]


def test_huggingface_datasets_map() -> None:
    datasets = pytest.importorskip("datasets")
    ds = datasets.Dataset.from_dict({"text": TEXTS[:8], "id": list(range(8))})
    out = ds.map(clean_batch, batched=True, batch_size=3)
    assert out["text"] == clean_texts(TEXTS[:8])["text"]


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    distributed = pytest.importorskip("distributed")
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
