"""The `fast` extra's literal index: the same output with it and without it (`Cleaner(accelerate=)`)."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Cleaner
from cleaner.literals import LiteralIndex, accelerator

from .test_properties import CLEANERS, DEV, ROOT, documents

pytestmark = pytest.mark.skipif(accelerator() is None, reason="the accelerator is not installed (extra `fast`)")

PURE = {name: Cleaner(preset=name, accelerate=False) for name in CLEANERS}


def _same(text: str, preset: str) -> None:
    fast, pure = CLEANERS[preset].clean(text), PURE[preset].clean(text)
    assert fast.text == pure.text
    assert fast.removed == pure.removed


def test_the_default_cleaner_uses_it_and_can_be_told_not_to() -> None:
    assert Cleaner()._detector.index is not None
    assert Cleaner(accelerate=False)._detector.index is None
    assert pickle.loads(pickle.dumps(Cleaner(accelerate=False)))._detector.index is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz \n[]\u00e9\U0001f600", max_size=200))
def test_it_finds_what_in_finds(text: str) -> None:
    literals = ["read", "more", "read more", "subscribe", "[\u2026]", "eread", "orem", "ore m"]
    index = LiteralIndex(literals)
    assert index.present(text) == {lit: lit in text for lit in index.literals}


def test_a_lone_surrogate_falls_back_to_in() -> None:
    """The engine reads UTF-8 and cannot take a lone surrogate (a JSON "\\ud83d" escape): the
    literals are then looked up one by one, with the same output."""
    assert LiteralIndex(["read more"]).present("\ud83d read more") == {}
    for preset in CLEANERS:
        _same("\ud83d The council met.\n\nRead original article here\n", preset)


def test_short_literals_are_left_to_in() -> None:
    assert LiteralIndex(["a", "the", "read"]).literals == ["read"]


@settings(max_examples=300, deadline=None)
@given(documents(), st.sampled_from(sorted(CLEANERS)))
def test_same_output_on_generated_documents(text: str, preset: str) -> None:
    _same(text, preset)


@pytest.mark.parametrize("preset", sorted(CLEANERS))
def test_same_output_on_the_benchmark_corpus(preset: str, tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from corpus import write_corpus
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    write_corpus(tmp_path, 200)
    for path in sorted(tmp_path.rglob("*.txt")):
        _same(path.read_text(encoding="utf-8"), preset)


@pytest.mark.skipif(not DEV.is_dir(), reason="the labelled development corpus is not next to this checkout")
def test_same_output_on_the_development_corpus() -> None:
    from cleaner.scoring import load_labelled

    for doc in load_labelled(DEV):
        for preset in CLEANERS:
            _same(doc.text, preset)
