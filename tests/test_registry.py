"""Finding back-translation models offline, in the documented order, and pulling them."""

import json
import re
import shutil
from pathlib import Path

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


def _fake_hub(monkeypatch, files):
    """snapshot_download replaced by a hub holding ``files``: it writes those that the
    allow_patterns ask for into local_dir and records each call."""
    import fnmatch

    import huggingface_hub

    calls = []

    def fake_snapshot_download(repo_id, revision=None, local_dir=None, allow_patterns=None, **kw):
        calls.append((repo_id, revision, local_dir, list(allow_patterns)))
        for name in files:
            if any(fnmatch.fnmatch(name, pattern) for pattern in allow_patterns):
                Path(local_dir, name).write_text("x")
        return local_dir

    monkeypatch.setattr(huggingface_hub, "snapshot_download", fake_snapshot_download)
    return calls


MARIAN_FILES = ["config.json", "vocab.json", "source.spm", "target.spm", "tokenizer_config.json",
                "README.md", "tf_model.h5", "flax_model.msgpack"]


def test_pull_downloads_pinned_revision_into_models_dir(models_dir, monkeypatch):
    calls = _fake_hub(monkeypatch, MARIAN_FILES + ["model.safetensors", "pytorch_model.bin"])
    [path] = pull("fr", "en", models_dir)
    assert path == models_dir / "Helsinki-NLP--opus-mt-fr-en"
    assert [c[:3] for c in calls] == [("Helsinki-NLP/opus-mt-fr-en", "abc123", str(path))]
    # safetensors when the revision has them, and never the pickle, TensorFlow or Flax weights
    assert sorted(p.name for p in path.iterdir()) == ["checker.json", "config.json", "model.safetensors",
                                                       "source.spm", "target.spm", "tokenizer_config.json",
                                                       "vocab.json"]
    assert json.loads((path / "checker.json").read_text()) == {
        "model_id": "Helsinki-NLP/opus-mt-fr-en", "revision": "abc123", "pair": "fr-en"}
    [step] = resolve("fr", "en", models_dir=models_dir)
    assert (step.found_in, step.revision) == ("models dir", "abc123")


def test_pull_falls_back_to_pickled_weights_and_records_the_target_label(models_dir, monkeypatch):
    (models_dir / "registry.toml").write_text(
        '[models.en-ar]\nid = "Helsinki-NLP/opus-mt-en-ar"\nrevision = "0a1b2c"\ntarget_token = ">>ara<<"\n')
    calls = _fake_hub(monkeypatch, MARIAN_FILES + ["pytorch_model.bin"])
    [path] = pull("en", "ar", models_dir)
    assert [c[3] for c in calls][1] == ["pytorch_model.bin"]
    assert (path / "pytorch_model.bin").is_file() and not (path / "tf_model.h5").exists()
    assert json.loads((path / "checker.json").read_text())["target_token"] == ">>ara<<"
    [step] = resolve("en", "ar", models_dir=models_dir)
    assert (step.target_token, step.revision) == (">>ara<<", "0a1b2c")


def test_a_hub_id_given_as_model_uses_the_registry_pin(models_dir, tiny_marian_dir, monkeypatch):
    with pytest.raises(ModelNotFound) as err:
        resolve("fr", "en", model="Helsinki-NLP/opus-mt-fr-en", models_dir=models_dir)
    local = models_dir / "Helsinki-NLP--opus-mt-fr-en"
    assert f"hf download Helsinki-NLP/opus-mt-fr-en --local-dir {local}" in str(err.value)
    shutil.copytree(tiny_marian_dir, local)
    (local / "checker.json").unlink()
    [step] = resolve("fr", "en", model="Helsinki-NLP/opus-mt-fr-en", models_dir=models_dir)
    assert (step.found_in, step.path, step.revision) == ("models dir", local, "abc123")


def test_list_models_shows_where_each_is(models_dir, tiny_marian_dir):
    shutil.copytree(tiny_marian_dir, models_dir / "Helsinki-NLP--opus-mt-fr-en")
    rows = {r.pair: r for r in list_models(models_dir)}
    assert rows["fr-en"].location.startswith("models dir:")
    assert rows["en-id"].location == "missing"


def test_project_registry_pins_every_pair():
    reg = registry.load_registry(None)
    assert reg["fr-en"]["id"] == "Helsinki-NLP/opus-mt-fr-en"
    assert all(re.fullmatch("[0-9a-f]{40}", e["revision"]) for e in reg.values())
    # every pair among the six languages is served, directly or through English
    langs = ["id", "en", "fr", "zh", "ja", "ar"]
    assert all(registry.route(s, t, reg) for s in langs for t in langs if s != t)
    assert [p for p, e in sorted(reg.items()) if e.get("target_token")] == ["en-ar", "en-zh", "fr-ar"]


def test_load_translator_from_a_directory(tiny_marian_dir, tmp_path):
    t = load_translator("fr", "en", model=str(tiny_marian_dir), models_dir=tmp_path, engine="transformers",
                        beam=1, cache_dir=tmp_path / "cache")
    assert t.translate(["la crise"])[0].text == "the crisis"
    assert t.describe()["engine"] == "transformers"


def test_not_a_model_directory(tmp_path):
    with pytest.raises(ModelNotFound, match="not a MarianMT model directory"):
        resolve("fr", "en", model=str(tmp_path), models_dir=tmp_path)


def test_a_model_needing_a_target_label_gets_it_from_either_engine(tiny_marian_dir, tmp_path, monkeypatch):
    from checker.registry import Step, load_step

    monkeypatch.setattr(registry, "_ct2_dir", lambda step, models_dir: None)
    step = Step("fr", "en", "test/multi", "r1", tiny_marian_dir, "--model", target_token=">>eng<<")
    t = load_step(step, models_dir=tmp_path, engine="auto", beam=1)
    assert (t.engine, t.target_token) == ("transformers", ">>eng<<")
    assert t.describe()["target_token"] == ">>eng<<"  # part of the cache key


def test_the_transformers_engine_loads_its_model_on_first_use_only(tiny_marian_dir, tmp_path, monkeypatch):
    from checker.registry import Step, load_step
    from checker.translate import MarianTranslator

    monkeypatch.setattr(registry, "_ct2_dir", lambda step, models_dir: None)
    step = Step("fr", "en", "test/tiny", "fixture", tiny_marian_dir, "--model")
    lazy = load_step(step, models_dir=tmp_path, engine="transformers", beam=2)
    assert not lazy.loaded
    loaded = MarianTranslator.load(tiny_marian_dir, src_lang="fr", tgt_lang="en", model_id="test/tiny",
                                   revision="fixture", beam=2)
    assert lazy.describe() == loaded.describe()  # the cache key is the same before and after loading
    assert lazy.translate(["la crise"])[0].text == loaded.translate(["la crise"])[0].text
    assert lazy.loaded


def test_a_model_that_fails_to_load_on_first_use_says_so(tiny_marian_dir, tmp_path, monkeypatch):
    import shutil

    from checker.registry import Step, load_step
    from checker.translate import ModelLoadError

    broken = tmp_path / "broken"
    shutil.copytree(tiny_marian_dir, broken)
    (broken / "model.safetensors").write_bytes(b"not weights")
    monkeypatch.setattr(registry, "_ct2_dir", lambda step, models_dir: None)
    lazy = load_step(Step("fr", "en", "test/broken", None, broken, "--model"), models_dir=tmp_path,
                     engine="transformers")
    with pytest.raises(ModelLoadError, match="test/broken could not be loaded"):
        lazy.translate(["la crise"])


def test_a_recheck_answered_from_the_cache_never_loads_the_model(tiny_marian_dir, tmp_path, monkeypatch):
    from checker.cache import CachedTranslator
    from checker.registry import Step, load_step

    monkeypatch.setattr(registry, "_ct2_dir", lambda step, models_dir: None)
    step = Step("fr", "en", "test/tiny", "fixture", tiny_marian_dir, "--model")
    sources, refs = ["la crise", "vendredi"], ["the crisis", "Friday"]
    cold = CachedTranslator(load_step(step, models_dir=tmp_path, engine="transformers"), tmp_path / "cache")
    want = cold.translate(sources), cold.score(sources, refs)
    warm_inner = load_step(step, models_dir=tmp_path, engine="transformers")
    warm = CachedTranslator(warm_inner, tmp_path / "cache")
    assert (warm.translate(sources), warm.score(sources, refs)) == want
    assert not warm_inner.loaded
