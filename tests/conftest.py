"""Shared fixtures. No test may reach the network: the hub is switched off before anything loads."""

import os
import sys
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
sys.path.insert(0, str(ROOT / "scripts"))


@pytest.fixture(scope="session")
def tiny_marian_dir() -> Path:
    """The committed toy French→English MarianMT (trained word for word)."""
    path = FIXTURES / "tiny-marian-fr-en"
    assert (path / "model.safetensors").is_file(), "run `make fixtures` to build the tiny model"
    return path


@pytest.fixture(scope="session")
def random_marian_dir(tmp_path_factory) -> Path:
    """A random-weight MarianMT (d_model 16, two layers), built once per session."""
    from build_tiny_marian import build_random

    return build_random(tmp_path_factory.mktemp("models") / "random-marian")


@pytest.fixture(scope="session")
def tiny_translator(tiny_marian_dir):
    from checker.translate import MarianTranslator

    return MarianTranslator.load(tiny_marian_dir, src_lang="fr", tgt_lang="en", beam=2,
                                 model_id="tiny-marian-fr-en", revision="fixture")


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path, monkeypatch):
    """Back-translation caches of tests go to a temporary folder, never the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
