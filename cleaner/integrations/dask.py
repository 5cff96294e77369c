"""Cleaning a `dask.bag` of texts or a `dask.dataframe` text column, partition by partition, on any Dask cluster."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..engine import Cleaner
from ..formats import source_path
from ..learn import MAX_KEYS, MIN_DOCS, MIN_SHARE, Doc, Proposal, Tally, to_rules
from ..rules import Rule
from . import REPORT_COLUMNS, SharedCleaner, clean_pandas, clean_texts, frame_paths, shared, text_dtype

if TYPE_CHECKING:
    import dask.bag as db
    import dask.dataframe as dd

__all__ = ["clean_bag", "clean_dataframe", "clean_records", "learn_bag", "learn_dataframe"]


def clean_bag(bag: db.Bag, cleaner: Cleaner | SharedCleaner | None = None) -> db.Bag:
    """A bag of {"text", "removed", "fixes", "chars_in", "chars_out"} dicts, one per text, in order.

    Each worker process builds the Cleaner once (from a small picklable handle) and reuses it.
    """
    return bag.map_partitions(_partition, shared(cleaner))


def clean_dataframe(df: dd.DataFrame, column: str = "text", cleaner: Cleaner | SharedCleaner | None = None,
                    source: str | None = None) -> dd.DataFrame:
    """`df` with `column` cleaned and the report columns added: cleaner_report (JSON), chars_in, chars_out.

    With `source`, a row's path is SOURCE/INDEX, so rules learned by `learn_dataframe` apply.
    """
    import pandas as pd

    meta = df._meta.copy()
    dtype = text_dtype(meta[column].dtype)  # the types clean_pandas gives, so that to_parquet can write them
    meta[column] = meta[column].astype(dtype)
    meta = meta.assign(**{REPORT_COLUMNS[0]: pd.Series(dtype=dtype), REPORT_COLUMNS[1]: pd.Series(dtype="int64"),
                          REPORT_COLUMNS[2]: pd.Series(dtype="int64")})
    return df.map_partitions(clean_pandas, column, shared(cleaner), source, meta=meta)


def clean_records(records: db.Bag, cleaner: Cleaner | SharedCleaner | None = None, *, text_field: str = "text",
                  source_field: str | None = None, id_field: str = "id",
                  report_field: str = "cleaner_report") -> db.Bag:
    """A bag of JSON-like records with `text_field` cleaned and the report (with its path) under `report_field`.

    As `cleaner clean --source-field`, a record's path is SOURCE/ID, so that learned rules apply to
    their source's records. A record without a string text passes through unchanged.
    """
    return records.map_partitions(_records, shared(cleaner), text_field, source_field, id_field, report_field)


def learn_bag(records: db.Bag, *, text_field: str = "text", source_field: str = "source", id_field: str = "id",
              min_docs: int = MIN_DOCS, min_share: float = MIN_SHARE, max_keys: int = MAX_KEYS,
              split_every: int = 8) -> list[tuple[Rule, Proposal]]:
    """Each source's recurring lines as rules (with what they were learned from), from a bag of records.

    A reduction: one `Tally` per partition, merged in partition order `split_every` at a time; the
    rules are those `cleaner learn --source-field` proposes for the same records in the same order.
    Records without the text or the source are left out, as `cleaner learn` leaves them.
    Apply them with `Cleaner(extend=[rule for rule, _ in learned])` and `clean_records(...,
    source_field=...)`; `cleaner.learn.toml_rules(learned)` writes them for review.
    """
    tallies = [_delayed(_tally_records)(part, text_field, source_field, id_field, max_keys)
               for part in records.to_delayed()]
    return _propose(tallies, min_docs, min_share, split_every)


def learn_dataframe(df: dd.DataFrame, column: str = "text", source: str = "source", *, min_docs: int = MIN_DOCS,
                    min_share: float = MIN_SHARE, max_keys: int = MAX_KEYS, split_every: int = 8
                    ) -> list[tuple[Rule, Proposal]]:
    """`learn_bag` for a dataframe: `column` holds the text, `source` the source, a row's path is SOURCE/INDEX."""
    tallies = [_delayed(_tally_frame)(part, column, source, max_keys) for part in df.to_delayed()]
    return _propose(tallies, min_docs, min_share, split_every)


def _delayed(fn: Any) -> Any:
    from dask import delayed

    return delayed(fn, pure=True)


def _propose(tallies: list[Any], min_docs: int, min_share: float, split_every: int) -> list[tuple[Rule, Proposal]]:
    if not tallies:
        return []
    step = max(2, split_every)
    while len(tallies) > 1:  # a tree, in order: each merge takes neighbours, earlier documents first
        tallies = [_delayed(_merge)(*tallies[i : i + step]) for i in range(0, len(tallies), step)]
    made, _failed = to_rules(tallies[0].compute().counts().proposals(min_docs, min_share))
    return made


def _merge(*tallies: Tally) -> Tally:
    first = tallies[0]
    for t in tallies[1:]:
        first = first.merge(t)
    return first


def _tally_records(records: Any, text_field: str, source_field: str, id_field: str, max_keys: int) -> Tally:
    tally = Tally(max_keys=max_keys)
    for rec in records:
        if isinstance(rec, dict) and isinstance(rec.get(text_field), str):
            path = source_path(rec, source_field, id_field, "")
            if path is not None:
                tally.add(Doc(path, rec[source_field].strip(), rec[text_field]))
    return tally


def _tally_frame(frame: Any, column: str, source: str, max_keys: int) -> Tally:
    tally = Tally(max_keys=max_keys)
    for text, name, path in zip(frame[column], frame[source], frame_paths(frame, source)):
        if isinstance(text, str) and path is not None:
            tally.add(Doc(path, name.strip(), text))
    return tally


def _records(records: Any, handle: SharedCleaner, text_field: str, source_field: str | None, id_field: str,
             report_field: str) -> list[Any]:
    from .. import report

    cleaner = handle.get()
    out = []
    for rec in records:
        if not isinstance(rec, dict) or not isinstance(rec.get(text_field), str):
            out.append(rec)
            continue
        path = source_path(rec, source_field, id_field, "") if source_field else None
        text = rec[text_field]
        result = cleaner.clean(text, path)
        rec = dict(rec)
        rec[text_field] = result.text
        rec[report_field] = report.record(path or "", result, len(text))
        out.append(rec)
    return out


def _partition(texts: Any, handle: SharedCleaner) -> list[dict[str, Any]]:
    cols = clean_texts(list(texts), handle)
    return [{"text": t, **json.loads(r)} if r is not None else {"text": None}
            for t, r in zip(cols["text"], cols["cleaner_report"])]
