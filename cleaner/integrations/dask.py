"""Cleaning a `dask.bag` of texts or a `dask.dataframe` text column, partition by partition, on any Dask cluster."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..engine import Cleaner
from . import REPORT_COLUMNS, SharedCleaner, clean_pandas, clean_texts, shared, text_dtype

if TYPE_CHECKING:
    import dask.bag as db
    import dask.dataframe as dd

__all__ = ["clean_bag", "clean_dataframe"]


def clean_bag(bag: db.Bag, cleaner: Cleaner | SharedCleaner | None = None) -> db.Bag:
    """A bag of {"text", "removed", "fixes", "chars_in", "chars_out"} dicts, one per text, in order.

    Each worker process builds the Cleaner once (from a small picklable handle) and reuses it.
    """
    return bag.map_partitions(_partition, shared(cleaner))


def clean_dataframe(df: dd.DataFrame, column: str = "text", cleaner: Cleaner | SharedCleaner | None = None) -> dd.DataFrame:
    """`df` with `column` cleaned and the report columns added: cleaner_report (JSON), chars_in, chars_out."""
    import pandas as pd

    meta = df._meta.copy()
    dtype = text_dtype(meta[column].dtype)  # the types clean_pandas gives, so that to_parquet can write them
    meta[column] = meta[column].astype(dtype)
    meta = meta.assign(**{REPORT_COLUMNS[0]: pd.Series(dtype=dtype), REPORT_COLUMNS[1]: pd.Series(dtype="int64"),
                          REPORT_COLUMNS[2]: pd.Series(dtype="int64")})
    return df.map_partitions(clean_pandas, column, shared(cleaner), meta=meta)


def _partition(texts: Any, handle: SharedCleaner) -> list[dict[str, Any]]:
    cols = clean_texts(list(texts), handle)
    return [{"text": t, **json.loads(r)} if r is not None else {"text": None}
            for t, r in zip(cols["text"], cols["cleaner_report"])]
