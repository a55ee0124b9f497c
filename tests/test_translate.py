"""MarianMT back-translation on the committed toy model: output, alignment, forced decoding."""

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
    one_by_one = [tiny_translator.translate([s])[0].text for s in sources]
    assert one_by_one == [b.text for b in out]  # deterministic, independent of batching


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
