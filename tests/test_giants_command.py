"""The `giants` command group: `giants analyze` is the `analyze` command, completion is on,
help reads FILE / NAME / N and ends with examples."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from giants.cli import app, giants_app

runner = CliRunner()

TEXT = ("Lumen Robotics, a private maker of warehouse robots based in Hangzhou, was valued at "
        "2 billion yuan after a funding round, its founder said on Monday.\n")


@pytest.fixture()
def story(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_giants_analyze_gives_the_same_json_as_analyze(story):
    via_group = runner.invoke(giants_app, ["analyze", "--format", "json", str(story)], prog_name="giants")
    direct = runner.invoke(app, ["--format", "json", str(story)], prog_name="analyze")
    assert via_group.exit_code == 0 and direct.exit_code == 0, via_group.stderr + direct.stderr
    assert json.loads(via_group.stdout) == json.loads(direct.stdout)


def test_giants_analyze_usage_error_matches_analyze():
    via_group = runner.invoke(giants_app, ["analyze"], prog_name="giants")
    direct = runner.invoke(app, [], prog_name="analyze")
    assert via_group.exit_code == direct.exit_code == 2
    assert via_group.stderr == direct.stderr


def test_giants_version_and_unknown_subcommand():
    from giants import __version__

    assert runner.invoke(giants_app, ["--version"]).stdout.strip() == f"giants {__version__}"
    bad = runner.invoke(giants_app, ["analyse-typo"], prog_name="giants")
    assert bad.exit_code == 2 and "No such command" in bad.stderr


def test_help_metavars_and_examples():
    text = runner.invoke(giants_app, ["analyze", "--help"], prog_name="giants").stdout
    for option, metavar in (("--rates", "FILE"), ("--bodies", "FILE"), ("--taxonomy", "FILE"),
                            ("--from-file", "FILE"), ("--model", "NAME"), ("--workers", "N"),
                            ("--max-bytes", "N")):
        assert f"{option} {metavar}" in text, option
    assert "<str>" not in text and "<int" not in text and "list[str]" not in text
    assert "Examples:" in text and "giants analyze -f json" in text
    plain = runner.invoke(app, ["--help"], prog_name="analyze").stdout
    assert "  analyze -f json" in plain and "giants analyze" not in plain


@pytest.mark.parametrize("words, cword, expected", [
    ("giants an", "1", "analyze"),
    ("giants analyze --form", "2", "--format"),   # "--fo" also completes --force (analyze --db)
    ("giants analyze --max-b", "2", "--max-bytes"),
])
def test_shell_completion_completes_commands_and_options(words, cword, expected):
    env = {"_GIANTS_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": cword}
    result = runner.invoke(giants_app, [], env=env, prog_name="giants")
    assert result.exit_code == 0
    assert result.stdout.split() == [expected]


def test_completion_offers_no_option_that_does_not_exist():
    env = {"_GIANTS_COMPLETE": "complete_bash", "COMP_WORDS": "giants analyze --zz", "COMP_CWORD": "2"}
    assert runner.invoke(giants_app, [], env=env, prog_name="giants").stdout.split() == []


def test_completion_script_is_shown_and_install_option_exists():
    result = runner.invoke(giants_app, ["--show-completion", "bash"], prog_name="giants")
    assert result.exit_code == 0
    assert "_giants_completion" in result.stdout and "_GIANTS_COMPLETE=complete_bash" in result.stdout
    assert "--install-completion" in runner.invoke(giants_app, ["--help"], prog_name="giants").stdout


def test_analyze_entry_point_completes_too():
    env = {"_ANALYZE_COMPLETE": "complete_bash", "COMP_WORDS": "analyze --work", "COMP_CWORD": "1"}
    assert runner.invoke(app, [], env=env, prog_name="analyze").stdout.split() == ["--workers"]
