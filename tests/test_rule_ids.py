"""A rule's id is its own: a taken id is an error naming both places; fields are checked on load."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner, Rule, check_rule
from cleaner.cli import main
from cleaner.config import load_rules
from cleaner.errors import ConfigError, RuleError

RULE_TOML = '[[rule]]\nid = "{id}"\ndescription = "A footer."\nphrases = ["{phrase}"]\nremove = ["{phrase}"]\n'


def write(path: Path, rule_id: str, phrase: str = "Thanks for reading the Daily") -> Path:
    path.write_text(RULE_TOML.format(id=rule_id, phrase=phrase), encoding="utf-8")
    return path


def test_a_user_rule_with_a_built_in_id_is_an_error_naming_both() -> None:
    mine = Rule(id="backlink.read-original", description="Mine.", pattern=r"Thanks\ for\ reading")
    with pytest.raises(RuleError, match=r"'backlink.read-original' is defined twice: in the built-in catalog and in extend="):
        Cleaner(extend=[mine])


def test_two_user_rules_with_one_id_are_an_error_naming_both() -> None:
    a = Rule(id="mysite.footer", description="A.", pattern="aaa", source="a.toml")
    b = Rule(id="mysite.footer", description="B.", pattern="bbb", source="b.toml")
    with pytest.raises(RuleError, match=r"'mysite.footer' is defined twice: in a.toml and in b.toml"):
        Cleaner(extend=[a, b])


def test_cli_config_taking_a_catalog_id_stops_with_both_places(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("News.\n\nThanks for reading the Daily\n", encoding="utf-8")
    config = write(tmp_path / "mine.toml", "backlink.read-original")
    assert main(["clean", str(src), "--dry-run", "-q", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert "'backlink.read-original' is defined twice" in err and "built-in catalog" in err and str(config) in err


def test_cli_two_config_files_with_one_id_stop_with_both_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("News.\n\nThanks for reading the Daily\n", encoding="utf-8")
    one = write(tmp_path / "one.toml", "mysite.footer")
    two = write(tmp_path / "two.toml", "mysite.footer", "Support the Daily today")
    assert main(["clean", str(src), "--dry-run", "-q", "--config", str(one), "--config", str(two)]) == 2
    err = capsys.readouterr().err
    assert f"in {one} and in {two}" in err


@pytest.mark.parametrize("zone", ["-1", "true"])
def test_a_negative_zone_is_an_error_naming_file_rule_and_field(tmp_path: Path, zone: str) -> None:
    path = tmp_path / "zone.toml"
    path.write_text('[[rule]]\nid = "mysite.footer"\ndescription = "A footer."\nphrases = ["Thanks for reading"]\n'
                    f'scope = "tail"\nzone = {zone}\nremove = ["Thanks for reading"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"{path}: rule 'mysite.footer': field 'zone' is"):
        load_rules(path)


def test_a_negative_zone_in_python_is_refused() -> None:
    with pytest.raises(RuleError, match="field 'zone' is -2"):
        check_rule(Rule(id="mysite.top", description="Top.", pattern="Menu", scope="head", zone=-2))


def test_one_name_given_as_a_string_is_one_name() -> None:
    text = "Some news.\n\nSource link\n\nLeave a Comment\n"
    assert Cleaner(select="backlink").clean(text).text == Cleaner(select=["backlink"]).clean(text).text
    assert Cleaner(select="backlink").rules == Cleaner(select=["backlink"]).rules
    assert Cleaner(ignore="engagement").rules == Cleaner(ignore=["engagement"]).rules


@pytest.mark.parametrize("how", ["ignore", "select"])
def test_tidy_whitespace_cannot_be_ignored_and_the_error_says_why(how: str) -> None:
    from cleaner.errors import UnknownRuleError

    with pytest.raises(UnknownRuleError, match="'tidy.whitespace' cannot be selected or ignored: it is not a rule"):
        Cleaner(**{how: ["tidy.whitespace"]})


def test_cli_ignore_tidy_whitespace_says_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text("News.\n\nSource link\n", encoding="utf-8")
    assert main(["clean", str(src), "--dry-run", "-q", "--ignore", "tidy.whitespace"]) == 2
    assert "whitespace a cut leaves" in capsys.readouterr().err
