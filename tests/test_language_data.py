"""The language data files: each parses, names its own language, and holds only keys that some
check reads (a misspelt key would otherwise switch a feature off without a word)."""

import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "checker" / "data"
CODE = Path(__file__).resolve().parents[1] / "checker"
FILES = sorted(p for p in DATA.glob("*.json") if p.stem != "concepts")


def _code_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in CODE.rglob("*.py"))


def test_there_is_a_file_for_each_supported_language():
    assert {p.stem for p in FILES} >= {"id", "en", "fr", "zh", "ja", "ar"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_a_file_names_its_language_and_script(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["language"] == path.stem
    assert data["script"] in {"latin", "han", "arabic"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_key_is_read_by_the_code(path):
    code = _code_text()
    data = json.loads(path.read_text(encoding="utf-8"))
    unread = [key for key in data if key != "language" and not re.search(rf"[\"']{re.escape(key)}[\"']", code)]
    assert not unread, f"{path.name}: keys no code reads: {unread}"


def test_concept_knowledge_names_listed_concepts():
    concepts = json.loads((DATA / "concepts.json").read_text(encoding="utf-8"))
    ids = set(json.loads((DATA / "en.json").read_text(encoding="utf-8"))["entities"])
    for path in FILES:  # every language lists the same concepts
        assert set(json.loads(path.read_text(encoding="utf-8"))["entities"]) == ids, path.name
    assert set(concepts["bodies"]) <= ids
    assert set(concepts["part_of"]) <= ids and set(concepts["part_of"].values()) <= ids
