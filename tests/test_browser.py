"""The HTML review page in a real headless Chromium: it opens cleanly, sorts, opens a document, loads fast.

Needs Debian's chromium (`.ci/browser-setup`) and the `browser` extra (Playwright, used with the
system browser, never a downloaded one). Skips when either is missing, unless
CLEANER_REQUIRE_BROWSER=1, which CI sets, turns the skip into a failure.
Screenshots go to CLEANER_SCREENSHOTS (a folder) when it is set, else to pytest's temporary folder.
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

try:  # tests/ as a package (with __init__.py) or as a plain folder on sys.path
    from .test_htmlreport import HOSTILE, synthetic_run
except ImportError:
    from test_htmlreport import HOSTILE, synthetic_run  # type: ignore[no-redef]

from cleaner import Cleaner, report
from cleaner.cli import main
from cleaner.htmlreport import write_html

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CLEANER_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# Known-good flags for Debian's chromium as root on a machine without a network.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
LOAD_BOUND_S = 3.0  # the acceptance bound for opening the page of a 10k-document run
SIZE_BOUND = 20_000_000


def _unavailable() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed: pip install '.[browser]'"
    if not Path(CHROMIUM).exists():
        return f"no chromium at {CHROMIUM}: run .ci/browser-setup (apt-get install chromium)"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = _unavailable()
    if reason:
        if os.environ.get("CLEANER_REQUIRE_BROWSER") == "1":
            pytest.fail(f"CLEANER_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The page of a run over the seed document (cleaned for real) and 40 synthetic ones, built by the CLI."""
    src = tmp_path_factory.mktemp("src")
    seed = ROOT / "seeds" / "000_b1c333bcfcf2b32f.txt"
    shutil.copy(seed, src)
    records, texts = synthetic_run(40)
    for path, text in texts.items():
        (src / path).parent.mkdir(parents=True, exist_ok=True)
        (src / path).write_text(text, encoding="utf-8")
    text = seed.read_text(encoding="utf-8")
    real = report.record(seed.name, Cleaner().clean(text), len(text))
    report_path = src.parent / "report.jsonl"
    with open(report_path, "w", encoding="utf-8") as fh:
        for rec in [real, *records]:
            report.write(fh, rec)
    page = src.parent / "run.html"
    assert main(["report", str(report_path), "--html", str(page), "--src", str(src),
                 "--title", "cleaner run: seeds and synthetic feeds", "--quiet"]) == 0
    return page


def _open(browser: Any, page_path: Path, errors: list[str] | None = None, **kw: Any) -> Any:
    page = browser.new_page(viewport={"width": 1200, "height": 900}, **kw)
    if errors is not None:
        page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else errors.append("request " + r.url))
    page.goto(page_path.as_uri())
    page.wait_for_selector("body[data-ready]")
    return page


def _shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = os.environ.get("CLEANER_SCREENSHOTS")
    if where:
        Path(where).mkdir(parents=True, exist_ok=True)
        return Path(where)
    return tmp_path_factory.getbasetemp()


def test_page_opens_without_console_errors_or_requests(browser: Any, seed_page: Path,
                                                        tmp_path_factory: pytest.TempPathFactory) -> None:
    errors: list[str] = []
    page = _open(browser, seed_page, errors)
    assert errors == []
    assert page.title() == "cleaner run: seeds and synthetic feeds"
    assert page.locator("#totals .card").count() == 6
    assert page.locator("#rules tbody tr").count() >= 4
    shot = _shots(tmp_path_factory) / "report.png"
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 10_000
    print(f"\nscreenshot: {shot}")
    page.close()


def _column(page: Any, n: int) -> list[str]:
    return page.locator(f"#rules tbody tr td:nth-child({n})").all_inner_texts()


def test_sorting_a_column(browser: Any, seed_page: Path) -> None:
    page = _open(browser, seed_page)
    as_int = lambda xs: [int(x.replace(",", "")) for x in xs]
    header = page.locator("#rules th", has_text="Removals")
    header.click()
    first = as_int(_column(page, 4))
    assert first == sorted(first, reverse=True) and len(set(first)) > 1
    assert header.get_attribute("aria-sort") == "descending"
    header.click()
    assert as_int(_column(page, 4)) == sorted(first)
    assert header.get_attribute("aria-sort") == "ascending"
    page.locator("#rules th", has_text="Rule").click()
    ids = [t.split("\n")[0] for t in _column(page, 1)]
    assert ids == sorted(ids)
    page.close()


def test_a_document_opens_with_its_cuts_highlighted(browser: Any, seed_page: Path,
                                                    tmp_path_factory: pytest.TempPathFactory) -> None:
    page = _open(browser, seed_page)
    page.locator("#docfilter").fill("000_b1c333")
    rows = page.locator("#docs tbody tr")
    assert rows.count() == 1
    rows.locator("button.doc").click()
    viewer = page.locator("#viewer")
    assert viewer.is_visible()
    assert page.locator("#viewer-title").inner_text() == "000_b1c333bcfcf2b32f.txt"
    cuts = page.locator("#viewer-text del.cut:not(.ws)")
    assert cuts.evaluate_all("els => els.map(e => e.dataset.rule)") == [
        "backlink.read-original", "disclaimer.denial-of-responsibility", "engagement.leave-a-comment"]
    assert cuts.nth(0).inner_text() == "Read original article here"
    assert page.locator("#viewer-text .tag").nth(0).inner_text() == "backlink.read-original · high"
    # The kept article text is there too, unmarked, and the cuts are visibly styled.
    assert "China’s top graft-buster has warned" in page.locator("#viewer-text").inner_text()
    assert cuts.nth(0).evaluate("e => getComputedStyle(e).textDecorationLine") == "line-through"
    page.screenshot(path=str(_shots(tmp_path_factory) / "report-document.png"))
    page.keyboard.press("Escape")
    assert not viewer.is_visible()
    page.close()


def test_document_text_shows_as_text_and_never_runs(browser: Any, seed_page: Path) -> None:
    errors: list[str] = []
    page = _open(browser, seed_page, errors)
    page.locator("#docfilter").fill("doc000000")
    page.locator("#docs button.doc").click()
    assert HOSTILE in page.locator("#viewer-text").inner_text()
    assert page.title() == "cleaner run: seeds and synthetic feeds" and errors == []
    page.close()


def test_spans_only_page_without_source(browser: Any, tmp_path: Path) -> None:
    records, _ = synthetic_run(30)
    path = tmp_path / "nosrc.html"
    write_html(records, path)
    errors: list[str] = []
    page = _open(browser, path, errors)
    page.locator("#docs button.doc").first.click()
    assert "no source given" in page.locator("#viewer-note").inner_text()
    assert page.locator("#viewer-text del.cut:not(.ws)").count() >= 1 and errors == []
    page.close()


def test_a_sampled_cut_opens_its_document(browser: Any, seed_page: Path) -> None:
    page = _open(browser, seed_page)
    page.locator("#rules tbody tr", has_text="promo.synthetic-newsletter").locator("button").click()
    samples = page.locator("#samples .sample")
    assert samples.count() >= 1
    assert samples.nth(0).locator("del.cut").get_attribute("data-rule") == "promo.synthetic-newsletter"
    samples.nth(0).locator(".where button").click()
    assert page.locator("#viewer").is_visible()
    assert page.locator("#viewer-text del.cut[data-rule='promo.synthetic-newsletter']").count() >= 1
    page.close()


def test_ten_thousand_document_run_opens_fast_and_stays_small(browser: Any, tmp_path: Path) -> None:
    records, texts = synthetic_run(10_000, skipped=20)
    page_path = tmp_path / "run10k.html"
    write_html(records, page_path, lambda r: texts[r["path"]], title="10k synthetic documents")
    size = page_path.stat().st_size
    times = []
    for _ in range(3):
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e, errs=errors: errs.append(str(e)))
        t0 = time.perf_counter()
        page.goto(page_path.as_uri())
        page.wait_for_selector("body[data-ready]")
        times.append(time.perf_counter() - t0)
        assert errors == []
        assert page.locator("#pageinfo").inner_text() == "page 1 of 10 (500 documents)"
        page.close()
    median = statistics.median(times)
    print(f"\n10k-document page: {size:,} bytes; load times {', '.join(f'{t:.3f}' for t in times)} s; median {median:.3f} s")
    assert size < SIZE_BOUND
    assert median < LOAD_BOUND_S


def test_learned_rules_group(browser: Any, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    try:
        from .learn_corpus import corpus, write_folder
    except ImportError:
        from learn_corpus import corpus, write_folder  # type: ignore[no-redef]

    src = write_folder(corpus(30), tmp_path / "src")
    page_path = tmp_path / "learned.html"
    assert main(["clean", str(src), "--out", str(tmp_path / "out"), "--learn", "--html", str(page_path), "-q"]) == 0
    errors: list[str] = []
    page = _open(browser, page_path, errors)
    assert page.is_visible("#learned-group")
    rows = page.locator("#learned tbody tr")
    assert rows.count() == 15
    shapes = page.locator("#learned tbody code").all_inner_texts()
    assert "Updated {date} at {time}" in shapes
    row = page.locator('#learned tbody tr[data-rule="learned.harbor-ledger-1"]')
    assert "harbor-ledger" in row.inner_text() and "30" in row.inner_text()
    row.locator("button").click()
    assert page.inner_text("#samples-title") == "Sampled cuts of learned.harbor-ledger-1"
    page.screenshot(path=str(_shots(tmp_path_factory) / "learned-group.png"), full_page=False)
    assert errors == []

    plain = tmp_path / "plain.html"  # a run without --learn: no group
    assert main(["clean", str(src), "--out", str(tmp_path / "out2"), "--html", str(plain), "-q"]) == 0
    assert not _open(browser, plain).is_visible("#learned-group")
