import pytest

from checker.scores import Scorer


def test_identical_text_scores_perfectly():
    s = Scorer("en").segment("The embassy raised its security.", "The embassy raised its security.")
    assert s.chrf == pytest.approx(100.0)
    assert s.bleu == pytest.approx(100.0)
    assert s.ter == pytest.approx(0.0)


def test_a_changed_word_lowers_every_score():
    s = Scorer("en").segment("respecting the right to the crisis", "respecting the right to protest")
    assert 30 < s.chrf < 90 and s.bleu < 70 and s.ter > 0


def test_chinese_is_tokenised_so_bleu_sees_words():
    s = Scorer("zh").segment("美国敦促哈萨克斯坦", "美国敦促哈萨克斯坦")
    assert s.bleu == pytest.approx(100.0)


def test_corpus_scores_carry_sacrebleu_signatures():
    scorer = Scorer("en")
    result = scorer.corpus(["a b c d e", "f g h"], ["a b c d e", "f g x"])
    sig = scorer.signatures()
    assert result.chrf < 100
    assert sig["chrf"].startswith("nrefs:1|") and "version:" in sig["chrf"]
    assert "tok:13a" in sig["bleu"] and "tok:tercom" in sig["ter"]
    zh = Scorer("zh")
    zh.corpus(["美国敦促"], ["美国敦促"])
    assert "tok:zh" in zh.signatures()["bleu"] and "asian:yes" in zh.signatures()["ter"]


@pytest.mark.parametrize("lang, pairs", [
    ("en", [("respecting the right to the crisis", "respecting the right to protest"),
            ("The embassy raised its security.", "The embassy raised its security."),
            ("", ""), ("five million", ""), ("a b c d e", "f g h"),
            ("The minister said on Thursday that 12 people died .", "On Thursday the minister said 12 died.")]),
    ("zh", [("美国敦促哈萨克斯坦", "美国敦促哈萨克斯坦和平解决危机"), ("周四", "星期四"), ("", "")]),
    ("ja", [("米国は平和的な解決を求めた", "米国は危機の平和的解決を求めた")]),
])
def test_document_scores_equal_segment_and_corpus_scores_exactly(lang, pairs):
    hyps, refs = [h for h, _ in pairs], [r for _, r in pairs]
    one_by_one = Scorer(lang)
    want_segments = [one_by_one.segment(h, r) for h, r in pairs]
    want_corpus = one_by_one.corpus(hyps, refs)
    scorer = Scorer(lang)
    segments, corpus = scorer.document(hyps, refs)
    assert segments == want_segments
    assert corpus == want_corpus
    assert scorer.signatures() == one_by_one.signatures()
