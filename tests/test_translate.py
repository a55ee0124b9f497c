"""MarianMT back-translation on the committed toy model: output, alignment, forced decoding."""

import os

import pytest

from checker.translate import BackTranslation, PivotTranslator, TokenScores, align_words, piece_spans


def test_toy_model_translates_word_for_word(tiny_translator):
    [bt] = tiny_translator.translate(["respectant le droit à la crise"])
    assert bt.text == "respecting the right to the crisis"
    assert bt.source == "respectant le droit à la crise"


def test_alignment_points_crisis_at_crise(tiny_translator):
    [bt] = tiny_translator.translate(["respectant le droit à la crise"])
    pairs = {bt.text[a:b]: bt.source[c:d] for (a, b), (c, d) in bt.alignment}
    assert pairs["crisis"] == "crise"
    assert pairs["right"] == "droit"


def test_forced_decoding_finds_the_unlikely_reference_word(tiny_translator):
    [ts] = tiny_translator.score(["respectant le droit à la crise"], ["respecting the right to protest"])
    by_word = {}
    for (a, b), lp in zip(ts.spans, ts.logprobs):
        by_word.setdefault(ts.target[a:b], []).append(lp)
    assert min(by_word["protest"]) < -3.0
    assert all(lp > -0.7 for w in ("respecting", "right") for lp in by_word[w])
    [good] = tiny_translator.score(["respectant le droit à la crise"], ["respecting the right to the crisis"])
    assert good.mean > ts.mean


def test_batches_keep_the_order_and_empty_inputs(tiny_translator):
    sources = ["le ministre a annoncé cinq millions pour la police", "", "la crise", "vendredi"]
    out = tiny_translator.translate(sources)
    assert [b.text for b in out] == ["the minister has announced five millions for the police", "",
                                     "the crisis", "Friday"]
    one_by_one = [tiny_translator.translate([s])[0] for s in sources]
    assert one_by_one == out  # text and alignment independent of batching
    assert tiny_translator.translate(sources) == out  # and deterministic


def test_describe_names_model_and_engine(tiny_translator):
    d = tiny_translator.describe()
    assert d == {"model": "tiny-marian-fr-en", "revision": "fixture", "engine": "transformers",
                 "beam": 2, "max_length": 128, "device": "cpu"}


def test_random_model_loads_and_runs(random_marian_dir):
    from checker.translate import MarianTranslator

    t = MarianTranslator.load(random_marian_dir, beam=1, max_length=8)
    out = t.translate(["le chat", "la crise est longue"])
    assert len(out) == 2 and all(isinstance(b, BackTranslation) for b in out)
    [scores] = t.score(["le chat"], ["the cat"])
    assert len(scores.logprobs) == len(scores.spans) > 0 and all(lp <= 0 for lp in scores.logprobs)


def test_piece_spans_and_word_alignment_helpers():
    text = "the crisis"
    pieces = ["▁the", "▁cri", "sis", "</s>"]
    assert piece_spans(pieces, text) == [(0, 3), (4, 7), (7, 10), (10, 10)]
    attention = [[0.9, 0.1, 0.0], [0.1, 0.2, 0.7], [0.0, 0.3, 0.7]]
    src = "la crise x"
    result = align_words(attention, ["▁la", "▁crise", "▁x"], src, ["▁the", "▁cri", "sis"], text)
    assert [(text[a:b], src[c:d]) for (a, b), (c, d) in result] == [("the", "la"), ("crisis", "x")]


class _Fake:
    engine = "fake"
    revision = None

    def __init__(self, table, src, tgt):
        self.table, self.src_lang, self.tgt_lang, self.model_id = table, src, tgt, f"fake-{src}-{tgt}"

    def describe(self):
        return {"model": self.model_id, "engine": "fake"}

    def translate(self, sources):
        out = []
        for s in sources:
            words = s.split()
            text = " ".join(self.table[w] for w in words)
            spans_s, spans_t, pos_s, pos_t = [], [], 0, 0
            for w in words:
                spans_s.append((pos_s, pos_s + len(w)))
                spans_t.append((pos_t, pos_t + len(self.table[w])))
                pos_s += len(w) + 1
                pos_t += len(self.table[w]) + 1
            out.append(BackTranslation(text, s, tuple(zip(spans_t, spans_s))))
        return out

    def score(self, sources, targets):
        return [TokenScores(t, ((0, len(t)),), (-1.0,)) for t in targets]


def test_pivot_composes_alignment_through_english():
    fr_en = _Fake({"la": "the", "crise": "crisis"}, "fr", "en")
    en_id = _Fake({"the": "itu", "crisis": "krisis"}, "en", "id")
    pivot = PivotTranslator(fr_en, en_id)
    [bt] = pivot.translate(["la crise"])
    assert bt.text == "itu krisis" and bt.source == "la crise"
    assert {bt.text[a:b]: bt.source[c:d] for (a, b), (c, d) in bt.alignment} == {"itu": "la", "krisis": "crise"}
    assert pivot.describe()["pivot"] == "en"
    assert pivot.score(["la crise"], ["krisis itu"])[0].target == "krisis itu"


def test_words_of_unspaced_scripts_are_single_pieces():
    # SentencePiece marks only the sentence start in Chinese; each piece must still be a word.
    src = "中国政府"
    result = align_words([[0.9, 0.1], [0.2, 0.8]], ["▁中国", "政府"], src, ["▁China", "▁government"],
                         "China government")
    assert [(a, src[c:d]) for (a, _), (c, d) in result] == [(0, "中国"), (6, "政府")]


def _copy_with_vocab(src_dir, dst_dir, rename):
    """A copy of a model whose vocab.json has some pieces renamed (ids unchanged)."""
    import json
    import shutil

    shutil.copytree(src_dir, dst_dir)
    vocab = json.loads((dst_dir / "vocab.json").read_text(encoding="utf-8"))
    by_id = {i: p for p, i in vocab.items()}
    for token_id, piece in rename.items():
        del vocab[by_id[token_id]]
        vocab[piece] = token_id
    (dst_dir / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    return dst_dir


def test_target_label_goes_before_each_source_and_out_of_the_alignment(random_marian_dir, tmp_path):
    from checker.translate import MarianTranslator

    label_id = 50
    model_dir = _copy_with_vocab(random_marian_dir, tmp_path / "multi", {label_id: ">>ara<<"})
    t = MarianTranslator.load(model_dir, src_lang="fr", tgt_lang="ar", beam=1, max_length=8)
    assert t.target_token == ">>ara<<"  # found from the target language
    assert t.describe()["target_token"] == ">>ara<<"
    assert int(t._encode(["la crise"])["input_ids"][0][0]) == label_id
    [bt] = t.translate(["la crise"])
    assert bt.alignment and {span for _, span in bt.alignment} <= {(0, 2), (3, 8)}
    with pytest.raises(ValueError, match="no target label >>cmn_Hans<<"):
        MarianTranslator.load(model_dir, tgt_lang="zh", target_token=">>cmn_Hans<<")


def test_source_pieces_come_from_the_source_vocabulary(random_marian_dir, tmp_path):
    import json

    from checker.translate import MarianTranslator

    # Separate vocabularies (as in some Tatoeba models): the target vocabulary gives every
    # ordinary id the next id's piece, so reading source ids with it would name wrong pieces.
    model_dir = _copy_with_vocab(random_marian_dir, tmp_path / "separate", {})
    vocab = json.loads((model_dir / "vocab.json").read_text(encoding="utf-8"))
    piece_of = {i: p for p, i in vocab.items()}
    ordinary = sorted(i for p, i in vocab.items() if not p.startswith("<"))
    target_vocab = {piece_of[i]: i for i in vocab.values() if i not in ordinary}
    target_vocab.update({piece_of[nxt]: i for i, nxt in zip(ordinary, ordinary[1:] + ordinary[:1])})
    (model_dir / "target_vocab.json").write_text(json.dumps(target_vocab, ensure_ascii=False), encoding="utf-8")
    config = json.loads((model_dir / "tokenizer_config.json").read_text(encoding="utf-8"))
    config.update(separate_vocabs=True, target_vocab_file="target_vocab.json")
    (model_dir / "tokenizer_config.json").write_text(json.dumps(config), encoding="utf-8")

    t = MarianTranslator.load(model_dir, beam=1, max_length=8)
    crise = vocab["▁crise"]
    assert t._source_piece(crise) == "▁crise"
    assert t.tokenizer.convert_ids_to_tokens(crise) != "▁crise"
    [bt] = t.translate(["la crise"])
    assert bt.alignment and {span for _, span in bt.alignment} <= {(0, 2), (3, 8)}


def test_pickled_weights_load_only_through_the_weights_only_unpickler(random_marian_dir, tmp_path):
    import shutil

    import torch
    from safetensors.torch import load_file

    from checker.translate import MarianTranslator

    as_bin = tmp_path / "bin"
    shutil.copytree(random_marian_dir, as_bin)
    torch.save(load_file(as_bin / "model.safetensors"), as_bin / "pytorch_model.bin")
    (as_bin / "model.safetensors").unlink()
    plain = MarianTranslator.load(random_marian_dir, beam=1, max_length=8).translate(["la crise est longue"])
    assert MarianTranslator.load(as_bin, beam=1, max_length=8).translate(["la crise est longue"]) == plain

    # A pickle that would run code when unpickled is refused, and the code never runs.
    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self):
            return (os.mkdir, (str(marker),))

    torch.save({"model.shared.weight": Payload()}, as_bin / "pytorch_model.bin")
    with pytest.raises(Exception):
        MarianTranslator.load(as_bin, beam=1)
    assert not marker.exists()


def test_empty_pairs_are_not_scored(tiny_translator):
    scores = tiny_translator.score(["", "la crise", "la crise"], ["the crisis", "  ", "the crisis"])
    assert [s.logprobs for s in scores[:2]] == [(), ()]
    assert scores[0].mean is None and scores[2].mean is not None
    assert [scores[2].target[a:b] for a, b in scores[2].spans][-1] == "crisis"


def test_fixture_builder_is_reproducible_and_lays_out_the_vocab_like_opus_mt(tmp_path, tiny_marian_dir):
    import hashlib
    import json

    from build_tiny_marian import build_trained

    first = build_trained(tmp_path / "a", steps=3)
    second = build_trained(tmp_path / "b", steps=3)
    meta = json.loads((first / "checker.json").read_text())
    assert meta["model_id"] == "tiny-marian-fr-en"
    assert meta["revision"] == json.loads((second / "checker.json").read_text())["revision"]
    assert meta["revision"] == hashlib.sha256((first / "model.safetensors").read_bytes()).hexdigest()[:12]
    assert "--steps 3\n" in (first / "README.md").read_text()
    vocab = json.loads((first / "vocab.json").read_text())
    config = json.loads((first / "config.json").read_text())
    assert (vocab["</s>"], vocab["<unk>"], vocab["<pad>"]) == (0, 1, len(vocab) - 1)
    assert config["pad_token_id"] == config["decoder_start_token_id"] == config["vocab_size"] - 1

    # The committed fixture's recorded revision is the hash of its weights.
    committed = json.loads((tiny_marian_dir / "checker.json").read_text())
    weights = (tiny_marian_dir / "model.safetensors").read_bytes()
    assert committed == {**committed, "model_id": "tiny-marian-fr-en",
                         "revision": hashlib.sha256(weights).hexdigest()[:12]}
