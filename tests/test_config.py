"""Rules from TOML: loaded with the same power as Python rules, refused with file, rule and reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner, ConfigError
from cleaner.config import load_rules

GOOD = """
[[rule]]
id = "mysite.footer"
description = "Example Daily's footer"
phrases = ["Thanks for reading Example Daily", "Support independent news"]
scope = "tail"
zone = 3
remove = ["Thanks for reading Example Daily!"]
keep = ["She said thanks for reading to the class."]

[[rule]]
id = "mysite.promo"
description = "Example Daily's promo line"
pattern = 'get \\d+% off your first year'
confidence = "medium"
remove = ["Get 50% off your first year"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_good_file_loads_and_cleans(tmp_path: Path) -> None:
    rules = load_rules(write(tmp_path, GOOD))
    assert [r.id for r in rules] == ["mysite.footer", "mysite.promo"]
    cleaner = Cleaner(extend=rules)
    result = cleaner.clean("The fair opens Friday.\n\nGet 25% off your first year\n\nThanks for reading Example Daily.\n")
    assert result.text == "The fair opens Friday.\n"
    assert {r.rule for r in result.removed} >= {"mysite.footer", "mysite.promo"}
    assert Cleaner(extend=rules, ignore=["mysite"]).clean("Thanks for reading Example Daily").text != ""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[rule]\nid = 1", "not valid TOML"),
        ("", "no rules"),
        ('[[rule]]\nid = "a.b"\n', "missing field 'description'"),
        ('[[rule]]\nid = "a.b"\ndescription = "x"\n', "exactly one of 'pattern'"),
        ('[[rule]]\nid = "a.b"\ndescription = "x"\npattern = "("\n', "does not compile"),
        ('[[rule]]\nid = "a.b"\ndescription = "x"\npattern = "foo"\nscpoe = "line"\n', "unknown field 'scpoe'"),
        ('[[rule]]\nid = "a.b"\ndescription = "x"\npattern = "foo"\nscope = "everywhere"\n', "field 'scope' is 'everywhere'"),
        ('[[rule]]\nid = "a.b"\ndescription = "x"\npattern = "foo"\nzone = "3"\n', "field 'zone' must be a int"),
        ('[[rule]]\nid = "Bad Id"\ndescription = "x"\npattern = "foo"\n', "id must look like"),
        ('[[rule]]\nid = "a.b"\ndescription = "x"\npattern = "foo"\nremove = ["bar"]\n', "remove-example is not removed: 'bar'"),
        ('[[rule]]\nid = "a.b"\ndescription = "x"\npattern = "foo"\nkeep = ["foo"]\n', "keep-example loses 'foo'"),
        ('[[rule]]\nid = "a.b"\ndescription = "x"\npattern = "x*"\n', "matches the empty string"),
        ('[[rule]]\nid = "a.b"\ndescription = "x"\nphrases = []\n', "non-empty list"),
        ('[[rule]]\nid = "a.b"\ndescription = "x"\npattern = "foo"\n[[rule]]\nid = "a.b"\ndescription = "y"\npattern = "bar"\n',
         "id is used twice"),
        ('preset = "default"\n[[rule]]\nid = "a.b"\ndescription = "x"\npattern = "foo"\n', "unknown top-level key 'preset'"),
    ],
)
def test_bad_file_names_file_rule_and_problem(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_rules(path)
    assert str(path) in str(err.value)
    assert message in str(err.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read rule file"):
        load_rules(tmp_path / "nope.toml")


def test_paths_scope_rules_to_documents(tmp_path: Path) -> None:
    path = write(tmp_path, '[[rule]]\nid = "site.footer"\ndescription = "x"\nphrases = ["Thanks for visiting"]\npaths = ["siteA/*"]\n')
    cleaner = Cleaner(extend=load_rules(path))
    assert cleaner.clean("Text.\n\nThanks for visiting", "siteA/1.txt").text == "Text."
    assert cleaner.clean("Text.\n\nThanks for visiting", "siteB/1.txt").text == "Text.\n\nThanks for visiting"
    assert cleaner.clean("Text.\n\nThanks for visiting").text == "Text.\n\nThanks for visiting"


@pytest.mark.parametrize("scope", ["model", "model-run"])
def test_a_rule_file_cannot_declare_a_model_rule(tmp_path: Path, scope: str) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(f'[[rule]]\nid = "mine.lines"\ndescription = "x"\nphrases = ["Menu"]\nscope = "{scope}"\n',
                    encoding="utf-8")
    with pytest.raises(ConfigError, match=f"scope '{scope}' belongs to the built-in line model"):
        load_rules(path)


def test_a_rule_file_can_declare_a_rule_over_several_lines(tmp_path: Path) -> None:
    rules = load_rules(write(tmp_path, '''
[[rule]]
id = "mysite.quiz"
description = "The site's quiz box: its question over its two answers."
scope = "lines"
confidence = "medium"
pattern = '^Quiz of the day:[^\\n]*\\n\\s*A\\)[^\\n]*\\n\\s*B\\)[^\\n]*$'
remove = ["The fair opens Friday.\\n\\nQuiz of the day: which bridge is older?\\nA) Mill Bridge\\nB) Station Bridge"]
keep = ["Quiz of the day: which bridge is older? Nobody knew."]
'''))
    text = "The fair opens Friday.\n\nQuiz of the day: which bridge is older?\nA) Mill Bridge\nB) Station Bridge\n\nIt closes Sunday.\n"
    result = Cleaner(extend=rules).clean(text)
    assert result.text == "The fair opens Friday.\n\nIt closes Sunday.\n"
    assert [r.rule for r in result.removed if r.rule.startswith("mysite")] == ["mysite.quiz"]
