"""The shipped pre-commit hook definition, run by pre-commit itself on a throwaway repository."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True)


@pytest.fixture
def hook_repo(tmp_path):
    """A copy of this project whose hook file is committed, so pre-commit can clone it."""
    if not shutil.which("git") or not (BIN / "pre-commit").exists():
        pytest.skip("git and pre-commit are needed")
    src = tmp_path / "hooks"
    src.mkdir()
    shutil.copy(ROOT / ".pre-commit-hooks.yaml", src)
    _git(src, "init", "-q")
    _git(src, "-c", "user.email=t@example.org", "-c", "user.name=t", "add", ".")
    _git(src, "-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-qm", "hooks")
    rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=src, capture_output=True, text=True).stdout.strip()
    return src, rev


def _run_hook(tmp_path, hook_repo, translation_text):
    src, rev = hook_repo
    work = tmp_path / "newsroom"
    (work / "articles").mkdir(parents=True)
    (work / "articles" / "story.fr.txt").write_text(translation_text, encoding="utf-8")
    (work / "articles" / "story.en.txt").write_text("The meeting lasted three hours.\n", encoding="utf-8")
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {src}\n  rev: {rev}\n  hooks:\n  - id: translation-checker\n"
        f"    args: [articles/, --lang, fr, --ref-lang, en, --backtranslation, 'off', --embedder, none, --quiet]\n")
    _git(work, "init", "-q")
    _git(work, "add", ".")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
           "PRE_COMMIT_HOME": str(tmp_path / "pc-cache")}
    return subprocess.run([str(BIN / "pre-commit"), "run", "--all-files"], cwd=work, env=env,
                          capture_output=True, text=True, timeout=300)


def test_hook_passes_a_faithful_translation(tmp_path, hook_repo):
    result = _run_hook(tmp_path, hook_repo, "La réunion a duré trois heures.\n")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout


def test_hook_fails_a_changed_number(tmp_path, hook_repo):
    result = _run_hook(tmp_path, hook_repo, "La réunion a duré cinq heures.\n")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Failed" in result.stdout and "critical" in result.stdout
