"""One Cleaner per worker process inside data engines: batches of texts in, clean text and report columns out."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..engine import Cleaner
from ..linemodel import Model
from ..rules import Rule
from ..timer import TimeLimit

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["REPORT_COLUMNS", "SharedCleaner", "clean_batch", "clean_pandas", "clean_texts", "frame_paths", "shared"]

#: Columns added next to the cleaned text: the report as JSON, and two sizes for quick filtering.
REPORT_COLUMNS = ("cleaner_report", "chars_in", "chars_out")

_CACHE: dict[str, Cleaner] = {}  # per process: a Cleaner compiles its rules once, not once per batch
_BUILT: Counter[str] = Counter()  # how often each configuration was built in this process


@dataclass(frozen=True, slots=True)
class SharedCleaner:
    """A small picklable handle: each process that unpickles it builds the Cleaner once and keeps it."""

    fingerprint: str
    rules: tuple[Rule, ...]
    repair: str
    limit: TimeLimit
    line_model: Model | None = None

    def get(self) -> Cleaner:
        cleaner = _CACHE.get(self.fingerprint)
        if cleaner is None:
            cleaner = _CACHE[self.fingerprint] = Cleaner(list(self.rules), repair=self.repair, limit=self.limit,
                                                         check=False, line_model=self.line_model)
            _BUILT[self.fingerprint] += 1
        return cleaner


def shared(cleaner: Cleaner | SharedCleaner | None = None) -> SharedCleaner:
    """A handle to `cleaner` (default: the default preset) to send to workers."""
    if isinstance(cleaner, SharedCleaner):
        return cleaner
    cleaner = cleaner or Cleaner()
    return SharedCleaner(cleaner.fingerprint(), cleaner.rules, cleaner.repair, cleaner.limit, cleaner.line_model)


def clean_texts(texts: Iterable[str | None], cleaner: Cleaner | SharedCleaner | None = None,
                paths: Iterable[str | None] | None = None) -> dict[str, list[Any]]:
    """Clean each text; returns {"text": [...], "cleaner_report": [JSON], "chars_in": [...], "chars_out": [...]}.

    A missing text (None) stays None with an empty report. `paths` (one per text) are the
    documents' paths, which rules limited to some `paths` (learned rules: `SOURCE/*`) look at.

    >>> out = clean_texts(["Rain.\\n\\nSource link\\n", None])
    >>> out["text"], out["chars_out"]
    (['Rain.\\n', None], [6, 0])
    """
    from .. import report

    c = shared(cleaner).get()
    cols: dict[str, list[Any]] = {"text": [], "cleaner_report": [], "chars_in": [], "chars_out": []}
    texts = list(texts)
    for text, path in zip(texts, [None] * len(texts) if paths is None else paths, strict=True):
        if text is None:
            cols["text"].append(None)
            cols["cleaner_report"].append(None)
            cols["chars_in"].append(0)
            cols["chars_out"].append(0)
            continue
        result = c.clean(text, path)
        rec = report.record("", result, len(text))
        del rec["path"]
        cols["text"].append(result.text)
        cols["cleaner_report"].append(json.dumps(rec, ensure_ascii=False))
        cols["chars_in"].append(rec["chars_in"])
        cols["chars_out"].append(rec["chars_out"])
    return cols


def clean_batch(batch: dict[str, list[Any]], column: str = "text",
                cleaner: Cleaner | SharedCleaner | None = None) -> dict[str, list[Any]]:
    """For `datasets.Dataset.map(batched=True)`: the batch with `column` cleaned and the report columns added."""
    cols = clean_texts(batch[column], cleaner)
    out = dict(batch)
    out[column] = cols.pop("text")
    out.update(cols)
    return out


def clean_pandas(df: pd.DataFrame, column: str = "text", cleaner: Cleaner | SharedCleaner | None = None,
                 source: str | None = None) -> pd.DataFrame:
    """A pandas frame with `column` cleaned and the report columns added (Spark `mapInPandas`, Ray, Dask).

    With `source` (a column naming each row's source), a row's path is SOURCE/INDEX, so that
    learned rules (`paths = ["SOURCE/*"]`) apply to their source's rows.
    """
    import pandas as pd

    texts = [None if not isinstance(t, str) else t for t in df[column]]
    paths = None if source is None else frame_paths(df, source)
    cols = clean_texts(texts, cleaner, paths)
    out = df.copy()
    dtype = text_dtype(df[column].dtype)
    out[column] = pd.Series(cols.pop("text"), index=df.index, dtype=dtype)
    out[REPORT_COLUMNS[0]] = pd.Series(cols.pop(REPORT_COLUMNS[0]), index=df.index, dtype=dtype)
    for name, values in cols.items():
        out[name] = pd.Series(values, index=df.index, dtype="int64")
    return out


def frame_paths(df: pd.DataFrame, source: str) -> list[str | None]:
    """SOURCE/INDEX for each row of a frame (None where the source is not a string)."""
    return [f"{s.strip()}/{i}" if isinstance(s, str) and s.strip() else None for s, i in zip(df[source], df.index)]


def text_dtype(dtype: Any) -> Any:
    """The dtype of the cleaned text and report columns: the input column's, if it is a string
    dtype, else pandas' string dtype (never `object`: Parquet and Arrow cannot type an object column
    from a schema alone, as Dask's `to_parquet` must)."""
    import pandas as pd

    if not pd.api.types.is_object_dtype(dtype) and pd.api.types.is_string_dtype(dtype):
        return dtype
    return pd.StringDtype()
