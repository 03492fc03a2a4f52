"""A missing dependency is an environment error: one line, exit 3, naming what to install."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from giants.errors import DependencyError, missing_dependency

FIXTURES = Path(__file__).parent / "fixtures"

# Runs the `analyze` entry point with some modules made unimportable (None in sys.modules
# makes `import x` raise ImportError, as when the package was never installed).
BLOCK_AND_RUN = (
    "import sys\n"
    "for name in sys.argv[1].split(','):\n"
    "    sys.modules[name] = None\n"
    "sys.argv = ['analyze'] + sys.argv[2:]\n"
    "from giants.cli import main\n"
    "main()\n"
)


def run_without(blocked: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", BLOCK_AND_RUN, blocked, *args],
                          capture_output=True, text=True, timeout=180)


def test_missing_html_cleaner_fails_a_page_with_exit_3_and_one_line():
    proc = run_without("lxml_html_clean", "--format", "json", str(FIXTURES / "news_article.html"))
    assert proc.returncode == 3, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("analyze: error: E004")
    assert "pip install lxml_html_clean" in lines[0]
    assert "Traceback" not in proc.stderr


def test_missing_html_cleaner_also_stops_show_text():
    proc = run_without("lxml_html_clean", "--show-text", str(FIXTURES / "news_article.html"))
    assert proc.returncode == 3
    assert "pip install lxml_html_clean" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_missing_spacy_is_exit_3_not_an_internal_error(tmp_path):
    story = tmp_path / "a.txt"
    story.write_text("Acme Robotics, a private firm in Wuhan, raised 300 million yuan on Monday. " * 2)
    proc = run_without("spacy", "--format", "json", str(story))
    assert proc.returncode == 3, proc.stderr
    assert "pip install spacy" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_plain_text_does_not_need_the_html_cleaner(tmp_path):
    story = tmp_path / "a.txt"
    story.write_text("Acme Robotics, a private firm in Wuhan, raised 300 million yuan on Monday. " * 2)
    proc = run_without("lxml_html_clean", "--format", "json", str(story))
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("exc, package", [
    (ModuleNotFoundError("No module named 'babel'", name="babel"), "babel"),
    (ModuleNotFoundError("No module named 'babel.numbers'", name="babel.numbers"), "babel"),
    (ModuleNotFoundError("No module named 'text_to_num'", name="text_to_num"), "text2num"),
    (ModuleNotFoundError("No module named 'currency_converter'", name="currency_converter"), "CurrencyConverter"),
    (ImportError("lxml.html.clean module is now a separate project lxml_html_clean.\n"
                 "Install lxml[html-clean] or lxml_html_clean directly."), "lxml_html_clean"),
])
def test_message_names_the_pip_package(exc, package):
    err = missing_dependency(exc)
    assert isinstance(err, DependencyError) and err.exit_code == 3
    assert f"pip install {package}" in str(err)
    assert "\n" not in str(err)


def test_unknown_module_asks_for_a_reinstall():
    err = missing_dependency(ModuleNotFoundError("No module named 'zzq'", name="zzq"))
    assert "pip install -e ." in str(err) and "zzq" in str(err)
    assert "pip install zzq" not in str(err)
