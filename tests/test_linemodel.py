"""The line model: its features, its rules in the engine, and its training and leave-site-out scoring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner import Cleaner, linemodel
from cleaner.cli import main
from cleaner.scoring import Labelled, site_of

PROSE = [  # paragraphs of 20 words or more: prose, which the model never scores
    "Rain is expected across the whole region on Tuesday, forecasters said, with the heaviest falls in the hills "
    "after dark.",
    "The council has opened two shelters in the town and asked residents to check on elderly neighbours during the "
    "storm.",
    "Roads in the valley may close at short notice, and drivers are urged to plan their trips with care until the "
    "weekend.",
]
MENU = "Home\nEvents\nWeather\nContact"  # lines no named rule takes: the model's own


def test_every_scored_line_has_one_value_per_feature() -> None:
    text = f"{MENU}\n\nStorm warning\n\n" + "\n\n".join(PROSE) + "\n\nShare this:\nFacebook"
    lines = linemodel.lines_of(text)
    rows = linemodel.features(text, lines, [0.0] * len(lines))
    scored = [r for r in rows if r is not None]
    assert scored and all(len(r) == len(linemodel.FEATURES) for r in scored)
    # Prose is never scored: its lines have no row.
    assert [text[a:b] for (a, b), r in zip(lines, rows) if r is None] == PROSE


def test_lines_the_rules_removed_and_documents_without_prose_are_not_scored() -> None:
    text = "Home\n\n" + PROSE[0]
    lines = linemodel.lines_of(text)
    assert linemodel.features(text, lines, [1.0, 0.0]) == [None, None]
    short = "One.\nTwo.\nThree."
    assert linemodel.features(short, linemodel.lines_of(short), [0.0] * 3) == [None, None, None]


def test_the_bundled_weights_match_the_features() -> None:
    model = linemodel.bundled()
    assert len(model.weights) == len(linemodel.FEATURES)
    data = json.loads((Path(linemodel.__file__).parent / linemodel.WEIGHTS).read_text(encoding="utf-8"))
    with pytest.raises(ValueError, match="retrain"):
        linemodel.load({**data, "features": data["features"][:-1]})


def test_a_menu_above_the_headline_goes_and_the_headline_stays() -> None:
    text = f"{MENU}\n\nStorm warning for the valley\n\n" + "\n\n".join(PROSE)
    result = Cleaner().clean(text)
    assert result.text == "Storm warning for the valley\n\n" + "\n\n".join(PROSE)
    cuts = [r for r in result.removed if r.rule.startswith("model.")]
    assert {r.text.strip() for r in cuts} == set(MENU.split("\n"))
    assert all("probability 0." in r.reason or "probability 1." in r.reason for r in cuts)
    assert Cleaner(ignore="model").clean(text).text == text


def test_a_list_that_opens_an_article_is_no_menu_without_chrome_above_it() -> None:
    # Short lines above the first prose are a menu only where a named rule knows the head of the
    # page for chrome; an article may open with its own list (ingredients, a packing list).
    items = "Tent\nSleeping bag\nStove\nHead torch\nWater filter\nMap and compass\nFirst aid kit"
    article = f"Packing list for the trip\n\n{items}\n\n" + "\n\n".join(PROSE)
    assert Cleaner().clean(article).text == article
    menu = "Home\nEvents\nGallery\nWeather\nTravel\nContact\nAbout"  # no section's name: the model's own
    page = f"Skip to content\n{menu}\n\nStorm warning for the valley\n\n" + "\n\n".join(PROSE)
    gone = {r.text.strip() for r in Cleaner().clean(page).removed if r.rule.startswith("model.")}
    assert gone == set(menu.split("\n"))


def test_the_headline_over_its_dateline_stays_below_a_menu() -> None:
    lines = linemodel.lines_of(text := "Skip\nHome\nNews\nSport\nWeather\nContact\nA headline\nMay 3, 2024\n" + PROSE[0])
    taken = linemodel.menu_runs(text, lines, [1.0] + [0.0] * 8, {line: 0.9 for line in lines[1:8]}, 0.7, 8)
    assert [text[a:b] for a, b in lines if a in taken] == ["Home", "News", "Sport", "Weather", "Contact"]


def test_the_headline_over_a_dateline_or_byline_that_the_model_lets_be_stays() -> None:
    # The article's dateline or byline right under the run scores under the threshold (it is not
    # in the run): the headline over it is the article's all the same.
    for byline in ("Posted on May 3, 2024 by Tom", "By Tom Smith", "03.05.2024 11:32"):
        text = f"Skip\nHome\nNews\nSport\nWeather\nContact\nA headline\n{byline}\n" + PROSE[0]
        lines = linemodel.lines_of(text)
        taken = linemodel.menu_runs(text, lines, [1.0] + [0.0] * 8, {line: 0.9 for line in lines[1:7]}, 0.7, 8)
        assert [text[a:b] for a, b in lines if a in taken] == ["Home", "News", "Sport", "Weather", "Contact"]
    # A menu item over a section name with a year in it is no headline over a dateline.
    text = "Skip\nHome\nNews\nSport\nWeather\nContact\nAbout us\nElections 2024\n" + PROSE[0]
    lines = linemodel.lines_of(text)
    taken = linemodel.menu_runs(text, lines, [1.0] + [0.0] * 8, {line: 0.9 for line in lines[1:7]}, 0.7, 8)
    assert "About us" in [text[a:b] for a, b in lines if a in taken]


def test_a_menu_item_scored_a_little_under_the_threshold_goes_with_the_menu() -> None:
    # A menu's items score unevenly: one under the threshold among them goes with the run; one at
    # the run's end, over the headline, stays (it is as often the article's headline).
    menu = ["Home", "Events", "Gallery", "Weather", "Travel", "Music", "Film", "Contact"]
    words = {w.lower(): 51.1 for w in menu} | {"gallery": 50.5, "contact": 50.5}  # 0.75, and 0.62 for the two
    model = linemodel.Model(-50.0, (0.0,) * len(linemodel.FEATURES), words)
    page = "Skip to content\n" + "\n".join(menu) + "\n\nStorm warning for the valley\n\n" + "\n\n".join(PROSE)
    cuts = {r.text.strip(): r.rule for r in Cleaner(line_model=model).clean(page).removed if r.rule.startswith("model.")}
    assert cuts == {item: "model.boilerplate-run" for item in menu[:-1]}


def test_a_long_menu_broken_by_weak_items_goes_up_to_the_chrome_over_it() -> None:
    # A long menu's items score unevenly: two weak items ("Spring 4", "Spring 5") break the run, and
    # only the part under them has labels enough. The labels between it and the skip link a named
    # rule cut are the same menu; without that chrome over them, or across a dated line, they stay.
    top = ["Core", "Boot", "Spring 4", "Spring 5", "Batch"]
    run = ["Home", "Events", "Gallery", "Weather", "Travel", "Music", "Film"]
    text = "Skip\n" + "\n".join(top + run) + "\n" + PROSE[0]
    lines = linemodel.lines_of(text)
    scores = {line: 0.8 for line in lines[1:13]} | {lines[3]: 0.35, lines[4]: 0.35, lines[5]: 0.5}
    taken = linemodel.menu_runs(text, lines, [1.0] + [0.0] * 13, scores, 0.7, 13)
    assert [text[a:b] for a, b in lines if a in taken] == top + run
    assert {text[a:b] for a, b in lines if a in linemodel.menu_runs(
        text, lines, [0.0] * 14, scores, 0.7, 13)} == set()  # no chrome known above: an article's list
    dated = text.replace("Spring 4", "May 3, 2024")
    lines = linemodel.lines_of(dated)
    scores = {line: 0.8 for line in lines[1:13]} | {lines[3]: 0.35, lines[4]: 0.35, lines[5]: 0.5}
    taken = linemodel.menu_runs(dated, lines, [1.0] + [0.0] * 13, scores, 0.7, 13)
    assert [dated[a:b] for a, b in lines if a in taken] == ["Batch"] + run  # a date stops the way up


def test_a_menu_whose_section_names_a_named_rule_takes_still_goes_whole() -> None:
    # "News" and "Sport" go as section names (`navigation.section-label`); the model's run still
    # counts them among its labels, so the items it scores go too.
    menu = ["Home", "News", "Sport", "Weather", "Travel", "Music", "Film", "Contact"]
    words = {w.lower(): 51.1 for w in menu} | {"contact": 50.5}  # 0.75, and 0.62 for the last
    model = linemodel.Model(-50.0, (0.0,) * len(linemodel.FEATURES), words)
    page = "Skip to content\n" + "\n".join(menu) + "\n\nStorm warning for the valley\n\n" + "\n\n".join(PROSE)
    result = Cleaner(line_model=model).clean(page)
    cuts = {r.text.strip(): r.rule for r in result.removed if r.rule != "tidy.whitespace"}
    assert cuts == {"Skip to content": "navigation.site-chrome", "News": "navigation.section-label",
                    "Sport": "navigation.section-label"} | {item: "model.boilerplate-run" for item in
                                                            ("Home", "Weather", "Travel", "Music", "Film")}
    assert result.text.startswith("Contact\n\nStorm warning for the valley")


def test_lines_a_named_rule_cut_count_in_a_run_once_its_first_label_is_in() -> None:
    text = "Skip\nHome\nNews\nSport\nWeather\nTravel\nContact\n" + PROSE[0]
    lines = linemodel.lines_of(text)
    scores = {lines[k]: 0.8 for k in (1, 4, 5, 6)}  # four labels: under MENU_LABELS alone
    among = linemodel.menu_runs(text, lines, [1.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0], scores, 0.7, 7)
    assert [text[a:b] for a, b in lines if a in among] == ["Home", "Weather", "Travel", "Contact"]
    above = linemodel.menu_runs(text, lines, [1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                                {lines[k]: 0.8 for k in (3, 4, 5, 6)}, 0.7, 7)
    assert above == set()  # cut lines above the first label (skip links) do not count


def test_a_label_between_two_cut_lines_goes_with_them() -> None:
    """jusText's context: a short label the model scores at the run's threshold (0.7), with cut lines
    right above and below it, goes; one with a figure, one of more than four words, and one with
    only one cut neighbour stay."""
    model = linemodel.Model(-50.0, (0.0,) * len(linemodel.FEATURES), {"sections": 51.1})  # 0.75

    def cuts(head: str) -> dict[str, str]:
        page = head + "\n\n" + "\n\n".join(PROSE)
        return {r.text.strip(): r.rule for r in Cleaner(line_model=model).clean(page).removed if r.rule.startswith("model.")}

    assert cuts("Skip to content\nSite sections\nSearch for:") == {"Site sections": "model.boilerplate-run"}
    for head in ("Skip to content\nSite sections 2024\nSearch for:",
                 "Skip to content\nSite sections of the county paper\nSearch for:",
                 "Skip to content\nSite sections\nStorm warning for the valley"):
        assert cuts(head) == {}, head


def test_a_list_item_among_the_items_that_stay_stays() -> None:
    """An article's short list item that the model scores high on its own stays while the items right
    above or below it stay (the same mark at the same indent); a list whose items all score high goes."""
    model = linemodel.Model(-50.0, (0.0,) * len(linemodel.FEATURES), {"sign": 55.0, "alpha": 55.0, "beta": 55.0})
    article = (PROSE[0] + "\n\nEach key can:\n\n- receive deposits,\n- spend funds,\n- sign,\n- stake.\n\n"
               + "\n\n".join(PROSE[1:]))
    assert Cleaner(line_model=model).clean(article).text == article
    numbered = article.replace("- receive", "1. receive").replace("- spend", "2. spend").replace("- sign", "3. sign")
    assert Cleaner(line_model=model).clean(numbered).text == numbered
    menu = "\n\n".join(PROSE) + "\n\n- Alpha\n- Beta\n- Alpha beta\n"
    assert Cleaner(line_model=model).clean(menu).text == "\n\n".join(PROSE) + "\n"
    # Another list's items, or items cut by a named rule, are no company.
    lines = linemodel.lines_of(text := "- sign\n  - stake\n* spend")
    assert not linemodel.in_kept_list(text, lines, 0, [0.0] * 3, set())
    assert not linemodel.in_kept_list(text, lines, 2, [0.0] * 3, set())


def test_a_list_of_quantities_is_no_menu() -> None:
    text = "Skip\nIngredients\n125 g\nFlour\n65 g\nSugar\n1\nEgg\n1 tsp\nBaking powder\n" + PROSE[0]
    lines = linemodel.lines_of(text)
    n = len(lines) - 1
    assert linemodel.menu_runs(text, lines, [1.0] + [0.0] * n, {line: 0.9 for line in lines[1:n]}, 0.7, n) == set()


def test_cleaning_the_output_again_changes_nothing() -> None:
    text = f"{MENU}\n\nStorm warning\n\n" + "\n\n".join(PROSE) + "\n\nTags\n\nweather\n\nstorms\n\nvalley\n"
    for preset in ("default", "aggressive"):
        cleaner = Cleaner(preset=preset)
        once = cleaner.clean(text)
        assert cleaner.clean(once.text).removed == ()
        assert once.restore() == text


def test_a_model_of_ones_own_is_used_and_travels_with_the_cleaner() -> None:
    import pickle

    always = linemodel.Model(50.0, (0.0,) * len(linemodel.FEATURES))
    text = "Storm warning\n\n" + "\n\n".join(PROSE)
    cleaner = Cleaner(line_model=always)
    assert cleaner.clean(text).text == "\n\n".join(PROSE)
    assert pickle.loads(pickle.dumps(cleaner)).clean(text).text == "\n\n".join(PROSE)
    assert cleaner.fingerprint() != Cleaner().fingerprint()


def test_site_groups() -> None:
    assert site_of(Labelled("a", "", source="https://www.example.com/x")) == "example.com"
    assert site_of(Labelled("b", "", source="owner/data file.csv (row 9, example.org)")) == "owner/data file.csv"
    assert site_of(Labelled("c", "")) == "c"


def _labelled(folder: Path, n_sites: int = 6) -> None:
    """Documents of several sites, each with a menu above its article and a share row below."""
    folder.mkdir()
    for site in range(n_sites):
        for k in range(3):
            text = f"{MENU}\n\nStory {site}-{k}\n\n" + "\n\n".join(PROSE) + "\n\nShare\nFacebook\nTwitter"
            doc = {"id": f"s{site}-{k}", "source": f"https://site{site}.example/{k}", "kind": "news-site",
                   "text": text, "junk": [MENU, "Share\nFacebook\nTwitter"]}
            (folder / f"s{site}-{k}.json").write_text(json.dumps(doc), encoding="utf-8")
    (folder / "negative.json").write_text(json.dumps(
        {"id": "neg", "source": "https://other.example/n", "kind": "negative", "text": "\n\n".join(PROSE), "junk": []}))


def test_training_and_leave_site_out_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("sklearn")
    from cleaner import train
    from cleaner.scoring import load_labelled

    _labelled(tmp_path / "labels")
    docs = load_labelled(tmp_path / "labels")
    folds = train.site_folds(docs, k=4)
    assert sorted(d.id for f in folds for d in f) == sorted(d.id for d in docs)
    for fold in folds:  # a site's documents never straddle two folds
        others = {site_of(d) for f in folds if f is not fold for d in f}
        assert not {site_of(d) for d in fold} & others
    out = tmp_path / "weights.json"
    assert train.main([str(tmp_path / "labels"), "--out", str(out)]) == 0
    model = linemodel.load(json.loads(out.read_text(encoding="utf-8")))
    text = f"{MENU}\n\nA new story\n\n" + "\n\n".join(PROSE)
    lines = linemodel.lines_of(text)
    by_line = {text[a:b]: p for (a, b), p in linemodel.score(text, lines, [0.0] * len(lines), model)}
    assert min(by_line[item] for item in MENU.split("\n")) > by_line["A new story"]
    assert main(["eval", str(tmp_path / "labels"), "--folds", "site", "--by", "kind", "--worst", "0"]) == 0
    printed = capsys.readouterr().out
    assert "per kind:" in printed and "negative" in printed and "19 documents: recall" in printed


def test_a_shared_cleaner_keeps_its_line_model() -> None:
    """Workers build the Cleaner from a picklable handle: a model of one's own must go with it."""
    import pickle

    from cleaner.integrations import shared

    eager = linemodel.Model(50.0, (0.0,) * len(linemodel.FEATURES))  # every line it scores is boilerplate
    cleaner = Cleaner(line_model=eager)
    handle = pickle.loads(pickle.dumps(shared(cleaner)))
    assert handle.get().line_model == eager
    text = ("Menu\n\nThe council met on Monday and agreed the budget for the coming year after a long debate.\n")
    assert handle.get().clean(text).text == cleaner.clean(text).text != Cleaner().clean(text).text


def test_a_menu_ending_in_a_named_cut_leaves_the_headline_under_it() -> None:
    # "Contact us" is a named rule's cut: right under it the headline scores higher than the model
    # was trained to see, and would run on with the menu; the run's last line over the first
    # paragraph stays.
    page = ("Skip to content\nHome\nNews\nSport\nWeather\nTravel\nBusiness\nContact us\n\n"
            "Ferry to run twice a day from May\n\n" + "\n\n".join(PROSE))
    result = Cleaner().clean(page)
    assert result.text.startswith("Ferry to run twice a day from May\n")
    assert {r.text.strip() for r in result.removed if r.rule != "tidy.whitespace"} == {
        "Skip to content", "Home", "News", "Sport", "Weather", "Travel", "Business", "Contact us"}


def test_a_headline_over_its_byline_stays_whatever_the_model_scores() -> None:
    # A model that scores every line as boilerplate: the menu goes, the headline over its byline
    # stays, and so does the byline under it.
    sure = linemodel.Model(50.0, (0.0,) * len(linemodel.FEATURES))
    page = "Skip to content\nHome\nNews\n\nFloods close the old mill road\nBy Jane Doe\n\n" + "\n\n".join(PROSE)
    result = Cleaner(line_model=sure).clean(page)
    assert "Floods close the old mill road\n" in result.text
    assert not any("Floods" in r.text for r in result.removed)
    assert {"Home", "News"} <= {r.text.strip() for r in result.removed}


# What the model never scores: text of kinds the labelled corpus does not hold.

_ARTICLE = ("The council closed the mill road on Monday after the river burst its banks overnight.\n\n"
            "Engineers will inspect the bridge on Tuesday, and the road may open again by the weekend.\n\n")


def _model_cuts(text: str) -> list[str]:
    from cleaner import Cleaner
    return [r.text.strip() for r in Cleaner().clean(text).removed if r.rule.startswith("model.")]


def test_program_code_is_never_scored() -> None:
    code = "    run() {\n      this.bundle();\n    }\n\n"
    fenced = "```\nexport default\nmain\n```\n\n"
    assert _model_cuts(_ARTICLE + code + fenced + _ARTICLE) == []


def test_a_line_of_chinese_is_never_scored() -> None:
    from cleaner import linemodel
    text = _ARTICLE + "\u524d\u8a00\n\n" + _ARTICLE  # a heading: "Foreword"
    lines = linemodel.lines_of(text)
    scored = {text[line.start : line.end] for line, _ in linemodel.score(text, lines, [0.0] * len(lines))}
    assert "\u524d\u8a00" not in scored and scored  # the lines around it are scored


def test_chinese_prose_counts_as_prose() -> None:
    from cleaner import linemodel
    sentence = "\u901a\u8fc7\u8fd9\u4e2a\u67b6\u6784\uff0c\u5b83\u5b9e\u73b0\u4e86\u5e76\u884c\u8ba1\u7b97\uff0c\u63d0\u9ad8\u4e86\u6a21\u578b\u8bad\u7ec3\u901f\u5ea6\uff0c\u540c\u65f6\u964d\u4f4e\u4e86\u6210\u672c\u3002"
    text = "Menu\n" + sentence + "\nShare\n"
    assert linemodel.prose_bounds(text, linemodel.lines_of(text)) == (1, 1)


def test_a_headline_over_a_photo_credit_and_a_section_name_stays_a_headline() -> None:
    """A headline's dateline may stand a few lines under it, past a photo's credit and the section's
    one-word name: the headline is still protected from the model and its runs."""
    from cleaner import linemodel
    prose = "The council met on Monday and agreed the budget for the coming year at last."
    text = "Menu\nThe Long Road Home\n\u00a9 Jane Roe / Agency\nColumnists\n18.11.2019 21:17\n" + prose
    lines = linemodel.lines_of(text)
    assert linemodel.is_headline(text, lines, 1, 5)
    # a line of several words between them is no credit and no section name: no dateline is in reach
    text = "Menu\nThe Long Road Home\nMore from our writers this week\n18.11.2019 21:17\n" + prose
    assert not linemodel.is_headline(text, linemodel.lines_of(text), 1, 4)


def test_chrome_words_are_read_in_the_corpus_thin_languages() -> None:
    """A sign-in or newsletter label in Polish, Czech, Swedish, Turkish, Russian or Dutch counts its
    chrome words as the English one does; an ordinary line of the same language does not."""
    from cleaner import linemodel
    chrome = linemodel.SHAPE.index("chrome_words")
    for label, prose in (("Zaloguj / Rejestracja", "Rząd przyjął budżet"), ("Přihlášení / registrace", "Vláda schválila rozpočet"),
                         ("Prenumerera på vårt nyhetsbrev", "Regeringen antog budgeten"),
                         ("Şifre / Kayıt", "Hükümet bütçeyi kabul etti"), ("Регистрация / Пароль", "Правительство приняло бюджет"),
                         ("Inloggen / Registreren", "De regering nam de begroting aan")):
        assert linemodel._shape(label)[chrome] > 0, label
        assert linemodel._shape(prose)[chrome] == 0, prose


def test_a_date_alone_above_the_article_is_its_dateline() -> None:
    """A short line with a day's date above the first prose stays, whatever the model scores it; a
    menu's item with a year in it ("Elections 2024") is no dateline."""
    from cleaner import linemodel
    prose = "The council met on Monday and agreed the budget for the coming year at last."
    for date in ("25. 11. 2019", "Posted on April 22, 2022", "03.05.2024 11:32"):
        text = "Menu\n" + date + "\n" + prose
        assert linemodel.is_headline(text, linemodel.lines_of(text), 1, 2), date
    text = "Menu\nElections 2024\n" + prose
    assert not linemodel.is_headline(text, linemodel.lines_of(text), 1, 2)


def test_a_link_to_the_authors_page_above_the_article_is_its_byline() -> None:
    """A Markdown link to an author's page above the first prose is the byline, which the model
    leaves; a link named after a network is a follow button, and a link elsewhere is not a byline."""
    from cleaner import linemodel
    prose = "The council met on Monday and agreed the budget for the coming year at last."
    for byline in ("[Jane Doe](https://medium.com/@janedoe?source=post_page---byline)",
                   "[ Jane Doe ](https://example.org/author/jane-doe/) on  Aug 12, 2024",
                   "By [Jane Doe](https://example.org/authors/jane-doe)"):
        text = "Menu\n" + byline + "\n" + prose
        assert linemodel.is_headline(text, linemodel.lines_of(text), 1, 2), byline
    for other in ("[Mastodon](https://example.social/@janedoe)", "[Home](https://example.org/)"):
        text = "Menu\n" + other + "\n" + prose
        assert not linemodel.is_headline(text, linemodel.lines_of(text), 1, 2), other


def test_a_bold_line_over_a_paragraph_is_a_subheading() -> None:
    """A line set in bold alone ("**Introduction**") right over a paragraph is the article's
    subheading, as a "## Introduction" is: the model never scores it."""
    from cleaner import linemodel
    prose = "The council met on Monday and agreed the budget for the coming year at last."
    text = prose + "\n\n**Introduction**\n\n" + prose + "\n\n## Results\n\n" + prose
    lines = linemodel.lines_of(text)
    scored = {text[line.start : line.end] for line, _ in linemodel.score(text, lines, [0.0] * len(lines))}
    assert "**Introduction**" not in scored and "## Results" not in scored


@given(st.lists(st.sampled_from([0.0, 0.3, 0.5, 1.0]), max_size=30))
def test_distances_to_the_nearest_cut(cut: list[float]) -> None:
    """`_distances` read in one walk per direction: for each line, the steps to the nearest line cut
    half or more, the edge counting, capped at 8, as a walk from that line finds them."""
    def walk(i: int, step: int) -> float:
        for d in range(1, 9):
            j = i + d * step
            if not 0 <= j < len(cut):
                return float(d)
            if cut[j] >= 0.5 and d < 8:
                return float(d)
        return 8.0

    for step in (-1, 1):
        assert linemodel._distances(cut, step) == [walk(i, step) for i in range(len(cut))]


@given(st.lists(st.sampled_from(["Share", "Menu item", "", "  ", "A line of prose."]), min_size=1, max_size=12),
       st.sampled_from(["\n", "\r\n", "\r"]))
def test_blank_gaps(parts: list[str], newline: str) -> None:
    """A blank line before and after each non-blank line, whatever the breaks, as `_blank_between` reads
    each gap (the document's edges count as blank)."""
    text = newline.join(parts)
    lines = linemodel.lines_of(text)
    gaps = linemodel._blank_gaps(text, lines)
    assert gaps[0] and gaps[-1] and len(gaps) == len(lines) + 1
    assert gaps[1:-1] == [linemodel._blank_between(text, a.end, b.start) for a, b in zip(lines, lines[1:])]
