from pathlib import Path

import pytest

from checker.config import ConfigError, Settings, build_settings, find_config, load_config


def test_checker_toml_is_found_upwards_and_paths_are_relative_to_it(tmp_path):
    (tmp_path / "checker.toml").write_text('fail-on = "critical"\nglossary = "terms.tsv"\nbeam = 2\n')
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    path = find_config(nested)
    assert path == tmp_path / "checker.toml"
    values = load_config(path)
    assert values == {"fail_on": "critical", "glossary": tmp_path / "terms.tsv", "beam": 2}


def test_pyproject_tool_checker_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.checker]\nref-lang = "id"\nmajor-risk = 0.5\n')
    assert load_config(find_config(tmp_path)) == {"ref_lang": "id", "major_risk": 0.5}


def test_pyproject_without_the_table_is_not_a_config(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(tmp_path) is None or find_config(tmp_path).parent != tmp_path


def test_unknown_key_is_named(tmp_path):
    (tmp_path / "checker.toml").write_text('fail_on = "major"\nfial-on = "minor"\n')
    with pytest.raises(ConfigError, match="unknown key 'fial-on'"):
        load_config(tmp_path / "checker.toml")


@pytest.mark.parametrize("line,message", [
    ("beam = \"four\"", "'beam' must be a whole number"),
    ("aligned = 1", "'aligned' must be true or false"),
    ("fail-on = 3", "'fail-on' must be a string"),
    ("beam = [", "not valid TOML"),
])
def test_bad_values_are_clear_errors(tmp_path, line, message):
    (tmp_path / "checker.toml").write_text(line + "\n")
    with pytest.raises(ConfigError, match=message):
        load_config(tmp_path / "checker.toml")


def test_cli_options_override_the_config():
    s = build_settings({"fail_on": "critical", "beam": 2}, {"fail_on": "minor", "beam": None})
    assert (s.fail_on, s.beam) == ("minor", 2)


def test_settings_validate_values():
    with pytest.raises(ConfigError, match="fail-on"):
        Settings(fail_on="sometimes")
    with pytest.raises(ConfigError, match="thresholds"):
        Settings(minor_risk=0.9, major_risk=0.5)
    assert Settings(glossary=Path("g.tsv")).to_dict()["glossary"] == "g.tsv"
