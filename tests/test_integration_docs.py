"""Every Python example in docs/integrations.md, run as written on small inputs made where it expects them."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from cleaner import Cleaner

DOC = Path(__file__).resolve().parent.parent / "docs" / "integrations.md"
STORIES = [f"Story {i}: the ferry runs at dawn from the north pier.\n\nRead original article here\n" for i in range(12)]


def example(heading: str) -> str:
    """The Python block under the section whose heading starts with `heading`."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split(f"\n## {heading}", 1)[1].split("\n## ", 1)[0]
    (code,) = re.findall(r"```python\n(.*?)```", section, re.S)
    return code


def expected(texts: list[str], cleaner: Cleaner) -> list[str]:
    return [cleaner.clean(t).text for t in texts]


def test_every_python_example_is_run_here() -> None:
    blocks = re.findall(r"```python\n", DOC.read_text(encoding="utf-8"))
    headings = ["Dask", "Hugging Face", "Spark", "Ray"]
    assert len(blocks) == len(headings) and all(example(h) for h in headings)


def test_dask_example_with_to_parquet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    for i, text in enumerate(STORIES):
        (tmp_path / "corpus" / f"{i:02d}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "articles").mkdir()
    frame = pd.DataFrame({"id": range(len(STORIES)), "url": [f"https://example.org/{i}" for i in range(len(STORIES))],
                          "body": STORIES})
    frame.to_parquet(tmp_path / "articles" / "part.0.parquet")
    space: dict[str, object] = {}
    try:
        exec(compile(example("Dask"), str(DOC), "exec"), space)
        cleaner = Cleaner(preset="default", ignore=["navigation"])
        bag = space["cleaned"].compute()  # type: ignore[attr-defined]
        assert sorted(d["text"] for d in bag) == sorted(expected(STORIES, cleaner))
    finally:
        if "client" in space:
            space["client"].close()  # type: ignore[attr-defined]
            space["client"].cluster.close()  # type: ignore[attr-defined]
    written = pd.read_parquet(tmp_path / "articles-clean").sort_values("id")
    assert list(written["body"]) == expected(STORIES, cleaner)
    assert list(written["url"]) == list(frame["url"])
    reports = [json.loads(r) for r in written["cleaner_report"]]
    assert all(r["removed"][-1]["rule"] == "backlink.read-original" for r in reports)
    assert list(written["chars_out"]) == [len(t) for t in expected(STORIES, cleaner)]


def test_huggingface_datasets_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("datasets")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "hf-cache"))
    with gzip.open(tmp_path / "news.jsonl.gz", "wt", encoding="utf-8") as f:
        for i, text in enumerate(STORIES):
            f.write(json.dumps({"id": i, "text": text}) + "\n")
    space: dict[str, object] = {}
    exec(compile(example("Hugging Face"), str(DOC), "exec"), space)
    ds = space["ds"]
    assert ds["text"] == expected(STORIES, Cleaner())  # type: ignore[index]
    assert ds["id"] == list(range(len(STORIES)))  # type: ignore[index]
    assert all(json.loads(r)["removed"] for r in ds["cleaner_report"])  # type: ignore[index]


def test_spark_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyspark", reason="Spark needs a JVM and a large download; not installed in CI")
    monkeypatch.chdir(tmp_path)
    with gzip.open(tmp_path / "news.jsonl.gz", "wt", encoding="utf-8") as f:
        for i, text in enumerate(STORIES):
            f.write(json.dumps({"id": i, "text": text}) + "\n")
    exec(compile(example("Spark"), str(DOC), "exec"), {})
    assert (tmp_path / "news-clean").is_dir()


def test_ray_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("ray", reason="Ray is a large install; not installed in CI")
    monkeypatch.chdir(tmp_path)
    with gzip.open(tmp_path / "news.jsonl.gz", "wt", encoding="utf-8") as f:
        for i, text in enumerate(STORIES):
            f.write(json.dumps({"id": i, "text": text}) + "\n")
    exec(compile(example("Ray"), str(DOC), "exec"), {})
    assert (tmp_path / "news-clean").is_dir()


def test_clean_pandas_gives_string_columns_that_parquet_can_write(tmp_path: Path) -> None:
    """An object column in, string columns out: an object column's type cannot be told from a schema."""
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    from cleaner.integrations import clean_pandas

    frame = pd.DataFrame({"text": pd.Series(STORIES[:3] + [None], dtype=object)})
    out = clean_pandas(frame)
    assert str(out["text"].dtype) != "object" and str(out["cleaner_report"].dtype) != "object"
    assert out["chars_in"].dtype == "int64"
    out.to_parquet(tmp_path / "x.parquet")
    back = pd.read_parquet(tmp_path / "x.parquet")
    assert list(back["text"][:3]) == expected(STORIES[:3], Cleaner()) and pd.isna(back["text"][3])
