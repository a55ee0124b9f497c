"""Finding back-translation models offline, in the documented order, and pulling them."""

import json
import shutil

import pytest

from checker import registry
from checker.registry import ModelNotFound, list_models, load_translator, pull, resolve


@pytest.fixture
def models_dir(tmp_path):
    d = tmp_path / "models"
    d.mkdir()
    (d / "registry.toml").write_text(
        '[models.fr-en]\nid = "Helsinki-NLP/opus-mt-fr-en"\nrevision = "abc123"\n'
        '[models.en-id]\nid = "Helsinki-NLP/opus-mt-en-id"\nrevision = "def456"\n')
    return d


def test_missing_model_says_how_to_get_it(models_dir):
    with pytest.raises(ModelNotFound) as err:
        resolve("fr", "en", models_dir=models_dir)
    message = str(err.value)
    assert "checker models pull fr en" in message
    assert str(models_dir / "Helsinki-NLP--opus-mt-fr-en") in message


def test_unregistered_pair(models_dir):
    with pytest.raises(ModelNotFound, match="no MarianMT model is registered for ja→ar"):
        resolve("ja", "ar", models_dir=models_dir)


def test_models_dir_then_explicit_model_dir(models_dir, tiny_marian_dir):
    shutil.copytree(tiny_marian_dir, models_dir / "Helsinki-NLP--opus-mt-fr-en")
    [step] = resolve("fr", "en", models_dir=models_dir)
    assert step.found_in == "models dir" and step.model_id == "Helsinki-NLP/opus-mt-fr-en"
    [given] = resolve("fr", "en", model=str(tiny_marian_dir), models_dir=models_dir)
    assert given.found_in == "--model" and given.path == tiny_marian_dir


def test_pivot_through_english(models_dir, tiny_marian_dir):
    with pytest.raises(ModelNotFound, match="opus-mt-fr-en, Helsinki-NLP/opus-mt-en-id not found"):
        resolve("fr", "id", models_dir=models_dir)
    for name in ("Helsinki-NLP--opus-mt-fr-en", "Helsinki-NLP--opus-mt-en-id"):
        shutil.copytree(tiny_marian_dir, models_dir / name)
    steps = resolve("fr", "id", models_dir=models_dir)
    assert [(s.src, s.tgt) for s in steps] == [("fr", "en"), ("en", "id")]


def test_hf_cache_is_searched_offline(models_dir, tiny_marian_dir, monkeypatch):
    seen = {}

    def fake_snapshot_download(repo_id, revision=None, local_files_only=False, **kw):
        seen.update(repo_id=repo_id, revision=revision, local_files_only=local_files_only)
        return str(tiny_marian_dir)

    import huggingface_hub

    monkeypatch.setattr(huggingface_hub, "snapshot_download", fake_snapshot_download)
    [step] = resolve("fr", "en", models_dir=models_dir)
    assert step.found_in == "hf cache"
    assert seen == {"repo_id": "Helsinki-NLP/opus-mt-fr-en", "revision": "abc123", "local_files_only": True}


def test_pull_downloads_pinned_revision_into_models_dir(models_dir, monkeypatch):
    calls = []

    def fake_snapshot_download(repo_id, revision=None, local_dir=None, allow_patterns=None, **kw):
        calls.append((repo_id, revision, local_dir))
        assert "model.safetensors" in allow_patterns and "*.h5" not in allow_patterns
        return local_dir

    import huggingface_hub

    monkeypatch.setattr(huggingface_hub, "snapshot_download", fake_snapshot_download)
    [path] = pull("fr", "en", models_dir)
    assert calls == [("Helsinki-NLP/opus-mt-fr-en", "abc123", str(models_dir / "Helsinki-NLP--opus-mt-fr-en"))]
    assert json.loads((path / "checker.json").read_text())["revision"] == "abc123"


def test_list_models_shows_where_each_is(models_dir, tiny_marian_dir):
    shutil.copytree(tiny_marian_dir, models_dir / "Helsinki-NLP--opus-mt-fr-en")
    rows = {r.pair: r for r in list_models(models_dir)}
    assert rows["fr-en"].location.startswith("models dir:")
    assert rows["en-id"].location == "missing"


def test_project_registry_pins_every_pair():
    reg = registry.load_registry(None)
    assert reg["fr-en"]["id"] == "Helsinki-NLP/opus-mt-fr-en"
    assert all(e.get("revision") for e in reg.values())


def test_load_translator_from_a_directory(tiny_marian_dir, tmp_path):
    t = load_translator("fr", "en", model=str(tiny_marian_dir), models_dir=tmp_path, engine="transformers",
                        beam=1, cache_dir=tmp_path / "cache")
    assert t.translate(["la crise"])[0].text == "the crisis"
    assert t.describe()["engine"] == "transformers"


def test_not_a_model_directory(tmp_path):
    with pytest.raises(ModelNotFound, match="not a MarianMT model directory"):
        resolve("fr", "en", model=str(tmp_path), models_dir=tmp_path)
