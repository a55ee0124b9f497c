"""Per-segment results kept in the cache file: a re-check gives the same report as a fresh
check, recomputes only the segments that changed, and recomputes when what decides a result
(languages, glossary, code) changes or a stored entry is damaged."""

import json
import sqlite3
from pathlib import Path

from checker.align import LanguagePair, SegmentPair
from checker.cache import CACHE_FILE, TranslationCache
from checker.checks import run_all
from checker.config import Settings
from checker.documents import document_from_segments, read_document
from checker.memo import TABLE, SegmentMemo, code_fingerprint
from checker.pipeline import check
from checker.scores import Scorer

REPO = Path(__file__).resolve().parents[1]

FR = ["Le président a rencontré 12 ministres le 8 janvier à Astana.",
      "Il n'a pas signé l'accord avec l'OTAN.",
      "Les prix ont augmenté de 5,2 % en 2021."]
EN = ["The president met 15 ministers on 8 January in Astana.",
      "He signed the agreement with NATO.",
      "Prices rose by 5.2% in 2021."]
LANGS = LanguagePair("fr", "en")


def _pairs(fr, en):
    t, r = document_from_segments(fr, "fr"), document_from_segments(en, "en")
    return [SegmentPair(a.span(), b.span(), (i,), (i,)) for i, (a, b) in enumerate(zip(t.sentences, r.sentences))]


def _dicts(found):
    return [[f.to_dict() for f in listed] for listed in found]


def test_stored_findings_are_those_computed(tmp_path):
    settings = Settings()
    fresh = run_all(_pairs(FR, EN), LANGS, settings)
    assert any(f.check == "numbers" for f in fresh[0]) and any(f.check == "negation" for f in fresh[1])
    store = TranslationCache(tmp_path)
    first = run_all(_pairs(FR, EN), LANGS, settings, store)
    assert store.count(TABLE) == 3
    again = run_all(_pairs(FR, EN), LANGS, settings, store)
    assert _dicts(first) == _dicts(fresh) == _dicts(again)


def test_a_sentence_met_at_another_place_gets_its_own_offsets(tmp_path):
    store = TranslationCache(tmp_path)
    run_all(_pairs(FR, EN), LANGS, Settings(), store)
    # A new first sentence shifts every later one in both files.
    fr = ["Une phrase ajoutée en tête de l'article, bien plus longue."] + FR
    en = ["A sentence added at the top of the article."] + EN
    pairs = _pairs(fr, en)
    from_store = run_all(pairs, LANGS, Settings(), store)
    assert _dicts(from_store) == _dicts(run_all(pairs, LANGS, Settings()))
    t_text = document_from_segments(fr, "fr").text
    [number] = [f for f in from_store[1] if f.check == "numbers"]
    a, b = number.span
    assert t_text[a:b] == "12"
    assert store.count(TABLE) == 4  # only the new pair was checked and stored


def test_only_changed_pairs_are_recomputed(tmp_path, monkeypatch):
    from checker.checks import numbers

    store = TranslationCache(tmp_path)
    run_all(_pairs(FR, EN), LANGS, Settings(), store)
    seen = []
    real = numbers.run
    monkeypatch.setattr(numbers, "run", lambda pair, langs, ctx: seen.append(pair.translation.text) or real(pair, langs, ctx))
    edited = FR[:2] + ["Les prix ont augmenté de 6,2 % en 2021."]
    found = run_all(_pairs(edited, EN), LANGS, Settings(), store)
    assert seen == [edited[2]]
    assert any(f.check == "numbers" and "6.2" in f.message for f in found[2])


def test_languages_and_glossary_are_part_of_the_key(tmp_path):
    store = TranslationCache(tmp_path)
    run_all(_pairs(FR, EN), LANGS, Settings(), store)
    run_all(_pairs(FR, EN), LanguagePair("fr", "id"), Settings(), store)
    assert store.count(TABLE) == 6
    glossary = tmp_path / "terms.tsv"
    glossary.write_text("agreement\taccord\tpacte\n", encoding="utf-8")
    en = EN[:1] + ["He signed the pact with NATO."] + EN[2:]
    first = run_all(_pairs(FR, en), LANGS, Settings(glossary=glossary), store)
    glossary.write_text("agreement\taccord\tpacte\npresident\tchef\t\n", encoding="utf-8")
    second = run_all(_pairs(FR, en), LANGS, Settings(glossary=glossary), store)
    assert not any(f.check == "glossary" for f in first[0])
    assert any(f.check == "glossary" for f in second[0])  # "chef" is now required


def test_a_damaged_entry_is_recomputed_and_replaced(tmp_path):
    store = TranslationCache(tmp_path)
    fresh = run_all(_pairs(FR, EN), LANGS, Settings(), store)
    conn = sqlite3.connect(tmp_path / CACHE_FILE)
    conn.execute(f"UPDATE {TABLE} SET value = ?", (json.dumps([["numbers", "not-a-severity", "x", None, None, 1]]),))
    conn.commit()
    conn.close()
    assert _dicts(run_all(_pairs(FR, EN), LANGS, Settings(), store)) == _dicts(fresh)
    assert _dicts(run_all(_pairs(FR, EN), LANGS, Settings(), store)) == _dicts(fresh)


def test_memo_context_and_code_fingerprint():
    assert SegmentMemo(None, "checks", "a").key("x", "y") != SegmentMemo(None, "checks", "b").key("x", "y")
    assert SegmentMemo(None, "checks", "a").key("x", "y") != SegmentMemo(None, "checks", "a").key("xy", "")
    assert code_fingerprint("", "checks", "data") == code_fingerprint("", "checks", "data")
    assert code_fingerprint("", "checks", "data") != code_fingerprint("checks", "data")


def test_sacrebleu_statistics_from_the_store_give_the_same_scores(tmp_path):
    hyps = ["The president met 12 ministers.", "He did not sign.", "Prices rose."]
    refs = ["The president met 15 ministers.", "He signed.", "Prices rose by 5%."]
    plain = Scorer("en")
    segments, corpus = plain.document(hyps, refs)
    store = TranslationCache(tmp_path)
    Scorer("en").document(hyps, refs, store)
    warm = Scorer("en")
    segments2, corpus2 = warm.document(hyps, refs, store)
    assert segments2 == segments and corpus2 == corpus
    assert warm.signatures() == plain.signatures()
    assert store.count(TABLE) == 3
    Scorer("zh").document(hyps, refs, store)  # another tokenizer: other statistics
    assert store.count(TABLE) == 6


def test_a_recheck_report_equals_a_fresh_one(tmp_path, tiny_translator):
    t = read_document(REPO / "seeds" / "kazakhstan.fr.txt", "fr")
    r = read_document(REPO / "seeds" / "kazakhstan.en.txt", "en")
    settings = Settings(lang="fr", ref_lang="en", embedder="none")
    fresh = check(t, r, settings, tiny_translator).to_dict()
    store = TranslationCache(tmp_path)
    first = check(t, r, settings, tiny_translator, store=store).to_dict()
    assert store.count(TABLE) > 0
    again = check(t, r, settings, tiny_translator, store=store).to_dict()
    for report in (first, again):
        assert report["segments"] == fresh["segments"]
        assert report["summary"] == fresh["summary"] and report["signatures"] == fresh["signatures"]


def test_cli_keeps_results_in_the_cache_file_unless_told_not_to(tmp_path):
    from typer.testing import CliRunner

    from checker.cli import app

    seeds = REPO / "seeds"
    args = ["check", str(seeds / "kazakhstan.fr.txt"), str(seeds / "kazakhstan.en.txt"),
            "--lang", "fr", "--ref-lang", "en", "--embedder", "none", "--backtranslation", "off",
            "--format", "json", "--fail-on", "never"]
    runner = CliRunner()
    first = runner.invoke(app, args + ["--cache-dir", str(tmp_path / "c")])
    assert first.exit_code == 0, first.output
    assert TranslationCache(tmp_path / "c").count(TABLE) > 0
    second = runner.invoke(app, args + ["--cache-dir", str(tmp_path / "c")])
    assert json.loads(second.stdout)["segments"] == json.loads(first.stdout)["segments"]
    off = runner.invoke(app, args + ["--no-cache"])
    assert off.exit_code == 0 and json.loads(off.stdout)["segments"] == json.loads(first.stdout)["segments"]


def test_a_version_3_cache_keeps_its_entries_and_gains_the_table(tmp_path):
    conn = sqlite3.connect(tmp_path / CACHE_FILE)
    conn.execute("CREATE TABLE translations (key TEXT PRIMARY KEY, value TEXT NOT NULL, created REAL NOT NULL,"
                 " used REAL NOT NULL)")
    conn.execute("INSERT INTO translations VALUES ('k', '{\"text\": \"x\"}', 0, 0)")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    store = TranslationCache(tmp_path)
    assert store.get_many("translations", ["k"]) == {"k": {"text": "x"}}
    store.put_many(TABLE, {"a": [1]})
    assert store.get_many(TABLE, ["a"]) == {"a": [1]}
