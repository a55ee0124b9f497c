"""The CTranslate2 engine: conversion, and the same answers as the transformers engine."""

import json
import os
import shutil

import pytest

ctranslate2 = pytest.importorskip("ctranslate2")
pytest.importorskip("transformers")

from checker.translate import MarianTranslator  # noqa: E402
from checker.translate_ct2 import (  # noqa: E402
    METADATA_FILE,
    ConversionError,
    CTranslate2Translator,
    available_cores,
    convert,
    convert_model,
    read_metadata,
)

# The Marian tokenizer asks for sacremoses, which it does not use for tokenising.
pytestmark = pytest.mark.filterwarnings("ignore:Recommended. pip install sacremoses")

# In the toy model's lexicon (scripts/build_tiny_marian.py), so it translates them word for word.
FR = ["respectant le droit à la crise", "le ministre a annoncé cinq millions pour la police",
      "la crise", "vendredi", "les manifestations pacifiques ont commencé jeudi.",
      "le gouvernement a exhorté les citoyens à quitter la ville", "",
      "la police et l'armée sont dans la capitale"]
EN = ["respecting the right to protest", "the minister announced five million for the police",
      "the crisis", "Friday", "the peaceful protests started on Thursday.",
      "the government urged the citizens to leave the city", "nothing",
      "the police and the army are in the capital"]


@pytest.fixture(scope="module")
def tiny_int8(tiny_marian_dir, tmp_path_factory):
    """The committed toy model, converted as `checker models convert` does (int8)."""
    return convert_model(tiny_marian_dir, models_dir=tmp_path_factory.mktemp("models"))


@pytest.fixture(scope="module")
def tiny_float32(tiny_marian_dir, tmp_path_factory):
    return convert(tiny_marian_dir, tmp_path_factory.mktemp("f32") / "tiny-float32", quantization=None)


@pytest.fixture(scope="module")
def random_int8(random_marian_dir, tmp_path_factory):
    return convert_model(random_marian_dir, models_dir=tmp_path_factory.mktemp("models"),
                         model_id="test/random-marian", revision="0123abc")


@pytest.fixture(scope="module")
def random_float32(random_marian_dir, tmp_path_factory):
    return convert(random_marian_dir, tmp_path_factory.mktemp("f32") / "random-float32", quantization=None)


# -- conversion ----------------------------------------------------------------------------------


def test_convert_model_writes_beside_the_models_with_metadata(random_marian_dir, random_int8):
    assert random_int8.name == "random-marian-ct2-int8"
    names = {p.name for p in random_int8.iterdir()}
    assert {"model.bin", "shared_vocabulary.json", "source.spm", "target.spm", "vocab.json",
            "tokenizer_config.json", METADATA_FILE} <= names
    meta = read_metadata(random_int8)
    assert (meta["source_model"], meta["revision"]) == ("test/random-marian", "0123abc")
    assert meta["quantization"] == "int8"
    assert meta["ctranslate2_version"] == ctranslate2.__version__
    assert (meta["src_lang"], meta["tgt_lang"]) == ("fr", "en")
    assert meta["forced_eos"] is True
    # A zero <pad> row (as in opus-mt): CTranslate2 starts from a zero vector and drops <pad>.
    assert meta["keeps_pad"] is False
    shared = json.loads((random_int8 / "shared_vocabulary.json").read_text())
    marian_vocab = json.loads((random_marian_dir / "vocab.json").read_text())
    assert shared == sorted(marian_vocab, key=marian_vocab.get)[:-1]


def test_a_model_trained_with_transformers_keeps_its_pad_embedding(tiny_marian_dir, tiny_int8):
    meta = read_metadata(tiny_int8)
    assert meta["keeps_pad"] is True
    assert "<pad>" in json.loads((tiny_int8 / "shared_vocabulary.json").read_text())
    # Identity read from the model folder's checker.json when not given.
    recorded = json.loads((tiny_marian_dir / "checker.json").read_text())
    assert (meta["source_model"], meta["revision"]) == (recorded["model_id"], recorded["revision"])


def test_convert_model_defaults_beside_the_source(random_marian_dir, tmp_path):
    copy = tmp_path / "opus-mt-xx-yy"
    shutil.copytree(random_marian_dir, copy)
    (copy / "checker.json").unlink(missing_ok=True)
    out = convert_model(copy)
    assert out == tmp_path / "opus-mt-xx-yy-ct2-int8"
    assert read_metadata(out)["source_model"] == "opus-mt-xx-yy"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["opus-mt-xx-yy", "opus-mt-xx-yy-ct2-int8"]


def test_an_existing_conversion_is_kept_unless_forced(random_marian_dir, random_int8):
    before = (random_int8 / "model.bin").stat().st_mtime_ns
    with pytest.raises(ConversionError, match="already exists"):
        convert_model(random_marian_dir, models_dir=random_int8.parent)
    assert (random_int8 / "model.bin").stat().st_mtime_ns == before


def test_pad_not_last_is_refused_with_a_reason(random_marian_dir, tmp_path):
    bad = tmp_path / "bad"
    shutil.copytree(random_marian_dir, bad)
    vocab = json.loads((bad / "vocab.json").read_text())
    pad_id = vocab["<pad>"]
    other = next(k for k, v in vocab.items() if v == 2)
    vocab["<pad>"], vocab[other] = 2, pad_id
    (bad / "vocab.json").write_text(json.dumps(vocab))
    with pytest.raises(ConversionError, match="<pad> must be the last"):
        convert(bad, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_directory_without_a_marian_model_is_refused(tmp_path):
    with pytest.raises(ConversionError, match="missing config.json"):
        convert(tmp_path, tmp_path / "out")


# -- the same answers as the transformers engine -------------------------------------------------


@pytest.mark.parametrize("beam", [1, 4])
@pytest.mark.parametrize("kind", ["int8", "float32"])
def test_toy_model_back_translations_equal_transformers(tiny_marian_dir, tiny_int8, tiny_float32, beam, kind):
    # The last sentence ("l'armée" is not in the toy lexicon) runs to max_length: both engines
    # must cut it at the same token.
    reference = MarianTranslator.load(tiny_marian_dir, src_lang="fr", tgt_lang="en", beam=beam, max_length=64)
    ct2 = CTranslate2Translator(tiny_int8 if kind == "int8" else tiny_float32, beam=beam, compute_type=kind,
                                max_length=64)
    # int8 weights: the same words wherever the model is sure of them; in the babbling tail of
    # the runaway sentence near-ties may go the other way, so it is compared in float32 only.
    sentences = FR if kind == "float32" else FR[:-1]
    want, got = reference.translate(sentences), ct2.translate(sentences)
    assert [b.text for b in got] == [b.text for b in want]
    assert got[0].text == "respecting the right to the crisis"
    assert [b.alignment for b in got] == [b.alignment for b in want]
    assert {got[0].text[a:b]: got[0].source[c:d] for (a, b), (c, d) in got[0].alignment}["crisis"] == "crise"


def test_random_model_greedy_back_translations_equal_transformers(random_marian_dir, random_int8, random_float32):
    # Random weights never say </s>: every output runs to max_length, cut at the same token.
    reference = MarianTranslator.load(random_marian_dir, beam=1, max_length=20)
    want = reference.translate(FR)
    for folder, kind in ((random_float32, "float32"), (random_int8, "int8")):
        got = CTranslate2Translator(folder, beam=1, max_length=20, compute_type=kind).translate(FR)
        assert [b.text for b in got] == [b.text for b in want]
        assert [b.alignment for b in got] == [b.alignment for b in want]


def test_toy_model_scores_equal_transformers(tiny_marian_dir, tiny_int8, tiny_float32):
    want = MarianTranslator.load(tiny_marian_dir, max_length=64).score(FR, EN)
    exact = CTranslate2Translator(tiny_float32, compute_type="float32", max_length=64).score(FR, EN)
    quantised = CTranslate2Translator(tiny_int8, max_length=64).score(FR, EN)
    for w, f32, i8 in zip(want, exact, quantised):
        assert f32.spans == i8.spans == w.spans
        assert f32.logprobs == pytest.approx(w.logprobs, abs=1e-4)
        if w.logprobs:
            assert i8.mean == pytest.approx(w.mean, rel=0.02, abs=0.02)  # int8 weights: close, not equal
    # The glass-box signal survives quantisation: "protest" is the unlikely word.
    by_word = {EN[0][a:b]: lp for (a, b), lp in zip(quantised[0].spans, quantised[0].logprobs)}
    assert by_word["protest"] < -3.0 < by_word["right"]


def test_random_model_scores_differ_from_transformers_only_by_pad(random_marian_dir, random_float32):
    """CTranslate2 drops <pad> (a zero row) from the softmax; transformers keeps its logit of 0.
    Masking it in transformers gives CTranslate2's numbers exactly."""
    import torch
    from transformers import MarianMTModel, MarianTokenizer

    tok = MarianTokenizer.from_pretrained(random_marian_dir)
    model = MarianMTModel.from_pretrained(random_marian_dir).eval()
    got = CTranslate2Translator(random_float32, compute_type="float32").score(FR[:2], EN[:2])
    plain = MarianTranslator.load(random_marian_dir).score(FR[:2], EN[:2])
    batch = tok(FR[:2], return_tensors="pt", padding=True)
    labels = tok(text_target=EN[:2], return_tensors="pt", padding=True).input_ids
    with torch.inference_mode():
        logits = model(**batch, labels=labels).logits
        logits[..., model.config.pad_token_id] = float("-inf")
        masked = logits.log_softmax(-1).gather(-1, labels.unsqueeze(-1)).squeeze(-1)
    for k, (g, p) in enumerate(zip(got, plain)):
        n = len(g.logprobs)
        assert g.logprobs == pytest.approx(masked[k, :n].tolist(), abs=1e-4)
        assert g.logprobs == pytest.approx(p.logprobs, abs=0.05)


def test_empty_inputs_give_empty_results_like_transformers(tiny_int8):
    ct2 = CTranslate2Translator(tiny_int8)
    [bt] = ct2.translate(["  "])
    assert (bt.text, bt.source, bt.alignment) == ("", "  ", ())
    [scores] = ct2.score(["la crise"], [""])
    assert scores.logprobs == () and scores.spans == () and scores.mean is None


# -- behaviour -----------------------------------------------------------------------------------


def test_fixed_output_length_with_min_and_max(random_int8):
    # max_length as transformers counts it: the start token and the forced </s> take two places.
    ct2 = CTranslate2Translator(random_int8, beam=4, min_length=7, max_length=9)
    ct2.translate(FR)
    assert ct2.tokens_generated == 7 * (len(FR) - 1)  # the empty source is not translated


def test_batching_keeps_the_order(tiny_int8):
    ct2 = CTranslate2Translator(tiny_int8, beam=2, batch_size=2, max_batch_tokens=24)
    many = FR * 3
    out = ct2.translate(many)
    assert [b.source for b in out] == many
    assert [b.text for b in out[:8]] == [b.text for b in out[8:16]] == [b.text for b in out[16:]]
    one_by_one = [ct2.translate([s])[0].text for s in FR]
    assert one_by_one == [b.text for b in out[:8]]


def test_model_loads_on_first_use_only(tiny_int8):
    ct2 = CTranslate2Translator(tiny_int8)
    assert not ct2.loaded
    assert ct2.translate([]) == [] and ct2.score([], []) == []
    assert not ct2.loaded
    ct2.translate(["la crise"])
    assert ct2.loaded


def test_identity_comes_from_the_conversion_metadata(random_int8):
    ct2 = CTranslate2Translator(random_int8, beam=2)
    assert (ct2.model_id, ct2.revision, ct2.engine, ct2.src_lang, ct2.tgt_lang) == \
        ("test/random-marian", "0123abc", "ctranslate2", "fr", "en")
    d = ct2.describe()
    assert (d["model"], d["revision"], d["engine"], d["beam"], d["compute_type"], d["max_length"]) == \
        ("test/random-marian", "0123abc", "ctranslate2", 2, "int8", 128)  # cut to the model's positions
    assert ct2.fingerprint is None  # a pinned revision identifies the weights
    given = CTranslate2Translator(random_int8, model_id="x/y", revision=None, src_lang="de", tgt_lang="it")
    assert (given.model_id, given.revision, given.src_lang, given.tgt_lang) == ("x/y", "0123abc", "de", "it")


def test_fingerprint_follows_the_weights_when_there_is_no_revision(random_float32):
    ct2 = CTranslate2Translator(random_float32)
    assert ct2.revision is None
    before = ct2.fingerprint
    assert before and CTranslate2Translator(random_float32).fingerprint == before
    os.utime(random_float32 / "model.bin", ns=(1, 1))
    assert CTranslate2Translator(random_float32).fingerprint != before


def test_threads_default_to_the_cores_available(random_int8):
    ct2 = CTranslate2Translator(random_int8)
    assert ct2.threads == available_cores() == len(os.sched_getaffinity(0))
    two = CTranslate2Translator(random_int8, threads=2)
    assert (two.inter_threads, two.intra_threads) == (2, 1)  # one batch per core
    sixteen = CTranslate2Translator(random_int8, threads=16)
    assert (sixteen.inter_threads, sixteen.intra_threads) == (4, 4)
    chosen = CTranslate2Translator(random_int8, threads=4, intra_threads=2)
    assert (chosen.inter_threads, chosen.intra_threads) == (2, 2)


def test_batches_are_shared_evenly_between_workers(random_int8):
    ct2 = CTranslate2Translator(random_int8, threads=2, batch_size=16)
    assert [ct2._sentences_per_batch(n) for n in (1, 2, 20, 32, 50, 100)] == [1, 1, 10, 16, 13, 13]
    assert [len(b) for b in ct2._batches([5] * 50)] == [13, 13, 13, 11]


def test_a_folder_that_is_not_converted_is_refused(random_marian_dir):
    with pytest.raises(FileNotFoundError, match="checker models convert"):
        CTranslate2Translator(random_marian_dir)


# -- models serving several target languages ------------------------------------------------------

@pytest.fixture(scope="module")
def labelled_marian_dir(random_marian_dir, tmp_path_factory):
    """The random model with two of its pieces turned into target-language labels, as in the
    opus-mt models that translate into several languages (opus-mt-en-ar wants >>ara<<)."""
    out = tmp_path_factory.mktemp("labelled") / "random-multi"
    shutil.copytree(random_marian_dir, out)
    vocab = json.loads((out / "vocab.json").read_text(encoding="utf-8"))
    pieces = [p for p in vocab if p not in ("</s>", "<unk>", "<pad>")]
    renamed = {pieces[-1]: ">>ara<<", pieces[-2]: ">>eng<<"}
    vocab = {renamed.get(p, p): i for p, i in vocab.items()}
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    return out


def test_both_engines_put_the_target_label_in_front_and_agree(labelled_marian_dir, tmp_path):
    converted = convert(labelled_marian_dir, tmp_path / "multi-float32", quantization=None)
    reference = MarianTranslator.load(labelled_marian_dir, beam=1, max_length=20, target_token=">>ara<<")
    ct2 = CTranslate2Translator(converted, beam=1, max_length=20, compute_type="float32", target_token=">>ara<<")
    assert ct2.target_token == reference.target_token == ">>ara<<"
    assert ct2.describe()["target_token"] == ">>ara<<"
    model, tokenizer = ct2._load()
    assert ct2._source_pieces(tokenizer, ["la crise"])[0][0] == ">>ara<<"
    want, got = reference.translate(FR), ct2.translate(FR)
    assert [b.text for b in got] == [b.text for b in want]
    assert [b.alignment for b in got] == [b.alignment for b in want]
    # the label is not a word of the source: no back-translated word is aligned to it
    for bt in got:
        assert all(0 <= a < b <= len(bt.source) for _, (a, b) in bt.alignment)
    scores_want, scores_got = reference.score(FR, EN), ct2.score(FR, EN)
    assert [s.spans for s in scores_got] == [s.spans for s in scores_want]


def test_the_target_label_defaults_from_the_target_language_and_is_checked(labelled_marian_dir, tmp_path):
    converted = convert(labelled_marian_dir, tmp_path / "multi-int8", quantization="int8")
    assert CTranslate2Translator(converted, tgt_lang="ar").target_token == ">>ara<<"
    assert CTranslate2Translator(converted, tgt_lang="en").target_token == ">>eng<<"
    assert CTranslate2Translator(converted, tgt_lang="ja").target_token is None
    with pytest.raises(ValueError, match="no target label >>jpn<<"):
        CTranslate2Translator(converted, target_token=">>jpn<<")
