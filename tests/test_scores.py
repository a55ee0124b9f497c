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
