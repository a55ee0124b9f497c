from checker.report import TextSpan
from checker.spans import diff, to_file_span, tokenize


def test_mismatch_maps_through_alignment_onto_the_translation():
    bt = "respecting the right to the crisis"
    ref = "respecting the right to protest"
    tr = "respectant le droit à la crise"
    # per back-translation word, the translation word it came from
    words_bt = [(0, 10), (11, 14), (15, 20), (21, 23), (24, 27), (28, 34)]
    words_tr = [(0, 10), (11, 13), (14, 19), (20, 21), (22, 24), (25, 30)]
    alignment = list(zip(words_bt, words_tr))
    found = diff(bt, ref, tr, alignment)
    assert len(found) == 1
    m = found[0]
    assert m.backtranslation_text == "the crisis" and m.reference_text == "protest"
    assert tr[m.translation_span[0]:m.translation_span[1]] == "la crise"
    assert m.aligned_by == "attention"


def test_inflections_are_not_mismatches():
    assert diff("the protesters gathered", "the protester gathered", "x y z") == []


def test_reference_logprob_of_the_block_is_its_lowest_token():
    ref = "respecting the right to protest"
    lps = [((0, 10), -0.1), ((11, 14), -0.2), ((15, 20), -0.1), ((21, 23), -0.3), ((24, 31), -9.0)]
    m = diff("respecting the right to the crisis", ref, "respectant le droit à la crise", (), lps)[0]
    assert m.reference_logprob == -9.0
    assert m.aligned_by == "position"


def test_cjk_tokens_are_characters():
    assert [t.text for t in tokenize("美国 USA 2022年")] == ["美", "国", "USA", "2022", "年"]


def test_file_span_from_normalised_offsets():
    text = "Il a dit :\r\n  la crise\u00a0 est là"
    seg = TextSpan(text, 100, 100 + len(text), 3)
    norm_start = "Il a dit : la ".__len__()
    span = to_file_span(seg, (norm_start, norm_start + len("crise")))
    assert text[span[0] - 100:span[1] - 100] == "crise"
    assert to_file_span(seg, None) is None
