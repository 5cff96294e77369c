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


def examples(heading: str) -> list[str]:
    """The Python blocks under the section whose heading starts with `heading` (its subsections included)."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split(f"\n## {heading}", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)


def example(heading: str) -> str:
    """The one Python block under the section whose heading starts with `heading`."""
    (code,) = examples(heading)
    return code


def write_news(folder: Path) -> None:
    """The `news.jsonl.gz` the examples read: STORIES with their ids."""
    with gzip.open(folder / "news.jsonl.gz", "wt", encoding="utf-8") as f:
        for i, text in enumerate(STORIES):
            f.write(json.dumps({"id": i, "text": text}) + "\n")


def expected(texts: list[str], cleaner: Cleaner) -> list[str]:
    return [cleaner.clean(t).text for t in texts]


def test_every_python_example_is_run_here() -> None:
    blocks = re.findall(r"```python\n", DOC.read_text(encoding="utf-8"))
    runs = {"Dask": 2, "Hugging Face": 1, "Spark": 1, "Ray": 1}  # Dask: cleaning, then learning across partitions
    assert len(blocks) == sum(runs.values()) and all(len(examples(h)) == n for h, n in runs.items())


def test_dask_example_with_to_parquet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pd = pytest.importorskip("pandas", reason="the `dask` extra is not installed: pip install '.[dask]'")
    pytest.importorskip("distributed", reason="the `dask` extra is not installed: pip install '.[dask]'")
    pytest.importorskip("pyarrow", reason="the `dask` extra is not installed: pip install '.[dask]'")
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
        exec(compile(examples("Dask")[0], str(DOC), "exec"), space)
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


SITES = ("alpha", "bravo", "charlie")
LEADS = ("The ferry leaves at dawn from the north pier.", "Council votes to repave the harbour road.",
         "A storm closes the coastal path for a week.", "Fishermen report a record mackerel season.",
         "The lighthouse museum reopens after repairs.", "Schools add a sailing course this spring.",
         "Night buses return to the old quarter.", "The bridge toll is waived during the festival.")


def _site_records() -> list[dict[str, object]]:
    """Eight stories from each of three sites, each story ending in its site's own sign-off line."""
    return [{"id": f"{site}-{i}", "domain": f"{site}.example", "url": f"https://{site}.example/{i}",
             "body": f"{LEADS[(i + k) % len(LEADS)]}\n\nThanks for reading the {site.title()} Harbour Gazette every week\n"}
            for i in range(len(LEADS)) for k, site in enumerate(SITES)]


def test_dask_learning_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The learning example, run as written after the first Dask example (whose imports and client it uses)."""
    pd = pytest.importorskip("pandas", reason="the `dask` extra is not installed: pip install '.[dask]'")
    pytest.importorskip("distributed", reason="the `dask` extra is not installed: pip install '.[dask]'")
    pytest.importorskip("pyarrow", reason="the `dask` extra is not installed: pip install '.[dask]'")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "00.txt").write_text(STORIES[0], encoding="utf-8")
    (tmp_path / "articles").mkdir()
    pd.DataFrame({"id": [0], "url": ["https://example.org/0"], "body": [STORIES[0]]}).to_parquet(
        tmp_path / "articles" / "part.0.parquet")
    records = _site_records()
    for part in range(2):
        with open(tmp_path / f"news-{part}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r) + "\n" for r in records[part * 12 : (part + 1) * 12])
    (tmp_path / "news").mkdir()
    pd.DataFrame(records).to_parquet(tmp_path / "news" / "part.0.parquet")
    space: dict[str, object] = {}
    try:
        first, learning = examples("Dask")
        exec(compile(first, str(DOC), "exec"), space)
        exec(compile(learning, str(DOC), "exec"), space)
        cleaned = space["out"].compute()  # type: ignore[attr-defined]
    finally:
        if "client" in space:
            space["client"].close()  # type: ignore[attr-defined]
            space["client"].cluster.close()  # type: ignore[attr-defined]
    learned = space["learned"]
    assert sorted(rule.paths for rule, _ in learned) == [(f"{s}.example/*",) for s in SITES]  # type: ignore[attr-defined]
    assert "[[rule]]" in (tmp_path / "learned.toml").read_text(encoding="utf-8")
    bodies = [r["body"] for r in records]
    assert list(cleaned["body"]) == [b.split("\n\n")[0] + "\n" for b in bodies]
    assert all(json.loads(r)["removed"][-1]["rule"].startswith("learned.") for r in cleaned["cleaner_report"])


def test_huggingface_datasets_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("datasets", reason="the `hf` extra is not installed: pip install '.[hf]'")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "hf-cache"))
    write_news(tmp_path)
    space: dict[str, object] = {}
    exec(compile(example("Hugging Face"), str(DOC), "exec"), space)
    ds = space["ds"]
    assert ds["text"] == expected(STORIES, Cleaner())  # type: ignore[index]
    assert ds["id"] == list(range(len(STORIES)))  # type: ignore[index]
    assert all(json.loads(r)["removed"] for r in ds["cleaner_report"])  # type: ignore[index]


def test_spark_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyspark", reason="Spark needs a JVM and a large download; not installed in CI")
    monkeypatch.chdir(tmp_path)
    write_news(tmp_path)
    exec(compile(example("Spark"), str(DOC), "exec"), {})
    assert (tmp_path / "news-clean").is_dir()


def test_ray_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("ray", reason="Ray is a large install; not installed in CI")
    monkeypatch.chdir(tmp_path)
    write_news(tmp_path)
    exec(compile(example("Ray"), str(DOC), "exec"), {})
    assert (tmp_path / "news-clean").is_dir()


def test_clean_pandas_gives_string_columns_that_parquet_can_write(tmp_path: Path) -> None:
    """An object column in, string columns out: an object column's type cannot be told from a schema."""
    pd = pytest.importorskip("pandas", reason="the `dask` extra is not installed: pip install '.[dask]'")
    pytest.importorskip("pyarrow", reason="the `dask` extra is not installed: pip install '.[dask]'")
    from cleaner.integrations import clean_pandas

    frame = pd.DataFrame({"text": pd.Series(STORIES[:3] + [None], dtype=object)})
    out = clean_pandas(frame)
    assert str(out["text"].dtype) != "object" and str(out["cleaner_report"].dtype) != "object"
    assert out["chars_in"].dtype == "int64"
    out.to_parquet(tmp_path / "x.parquet")
    back = pd.read_parquet(tmp_path / "x.parquet")
    assert list(back["text"][:3]) == expected(STORIES[:3], Cleaner()) and pd.isna(back["text"][3])
