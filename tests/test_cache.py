"""The SQLite back-translation cache: only missing items reach the model, keys follow the
settings that change the output, concurrent runs share one file, a damaged file is rebuilt."""

import subprocess
import sys
import textwrap
import threading
import warnings
from pathlib import Path

import pytest

from checker.cache import CACHE_FILE, CachedTranslator, CacheWarning, TranslationCache, default_cache_dir
from checker.translate import BackTranslation, TokenScores

REPO = Path(__file__).resolve().parents[1]


class EchoTranslator:
    """Back-translates by upper-casing; scores by length. Records every call it gets."""

    model_id = "test/echo"
    engine = "fake"
    src_lang = "fr"
    tgt_lang = "en"

    def __init__(self, revision="r1", beam=4, threads=1):
        self.revision = revision
        self.beam = beam
        self.threads = threads
        self.calls = []

    def translate(self, sources):
        self.calls.append(("translate", list(sources)))
        return [BackTranslation(s.upper(), s, (((0, len(s)), (0, len(s))),)) for s in sources]

    def score(self, sources, targets):
        self.calls.append(("score", list(sources), list(targets)))
        return [TokenScores(t, ((0, len(t) // 2), (len(t) // 2, len(t))), (-0.125 * len(s), -1 / 3))
                for s, t in zip(sources, targets)]

    def describe(self):
        return {"model": self.model_id, "revision": self.revision, "engine": self.engine,
                "beam": self.beam, "threads": self.threads}


ARTICLE = [f"Phrase numéro {i} de l'article." for i in range(50)]
REFERENCE = [f"Sentence number {i} of the article." for i in range(50)]


def test_editing_one_sentence_sends_exactly_that_sentence_to_the_model(tmp_path):
    inner = EchoTranslator()
    cached = CachedTranslator(inner, tmp_path)
    cached.translate(ARTICLE)
    cached.score(ARTICLE, REFERENCE)
    assert [c[0] for c in inner.calls] == ["translate", "score"]
    assert len(inner.calls[0][1]) == 50

    edited = list(ARTICLE)
    edited[17] = "Une phrase toute neuve."
    inner.calls.clear()
    again = CachedTranslator(inner, tmp_path)  # a later run: a new object, the same file
    out = again.translate(edited)
    scores = again.score(edited, REFERENCE)
    assert inner.calls == [("translate", ["Une phrase toute neuve."]),
                           ("score", ["Une phrase toute neuve."], [REFERENCE[17]])]
    assert [b.text for b in out] == [s.upper() for s in edited]
    assert scores[17].logprobs == (-0.125 * len("Une phrase toute neuve."), -1 / 3)
    assert (again.stats.hits, again.stats.misses) == (98, 2)


def test_cached_results_equal_fresh_ones_exactly(tmp_path):
    fresh_t = EchoTranslator().translate(ARTICLE[:3])
    fresh_s = EchoTranslator().score(ARTICLE[:3], REFERENCE[:3])
    CachedTranslator(EchoTranslator(), tmp_path).translate(ARTICLE[:3])
    CachedTranslator(EchoTranslator(), tmp_path).score(ARTICLE[:3], REFERENCE[:3])
    inner = EchoTranslator()
    cached = CachedTranslator(inner, tmp_path)
    assert cached.translate(ARTICLE[:3]) == fresh_t
    got = cached.score(ARTICLE[:3], REFERENCE[:3])
    assert got == fresh_s
    assert got[0].mean == fresh_s[0].mean
    assert inner.calls == []


def test_repeated_sources_in_one_call_are_translated_once(tmp_path):
    inner = EchoTranslator()
    out = CachedTranslator(inner, tmp_path).translate(["Oui.", "Non.", "Oui."])
    assert inner.calls == [("translate", ["Oui.", "Non."])]
    assert [b.text for b in out] == ["OUI.", "NON.", "OUI."]


def test_settings_that_change_the_output_change_the_key(tmp_path):
    CachedTranslator(EchoTranslator(beam=4, revision="r1"), tmp_path).translate(["Bonjour."])
    same = EchoTranslator(beam=4, revision="r1", threads=8)  # threads change speed, not output
    CachedTranslator(same, tmp_path).translate(["Bonjour."])
    other_beam = EchoTranslator(beam=1, revision="r1")
    CachedTranslator(other_beam, tmp_path).translate(["Bonjour."])
    other_revision = EchoTranslator(beam=4, revision="r2")
    CachedTranslator(other_revision, tmp_path).translate(["Bonjour."])
    assert same.calls == []
    assert other_beam.calls == [("translate", ["Bonjour."])]
    assert other_revision.calls == [("translate", ["Bonjour."])]


def test_a_score_is_keyed_by_source_and_target(tmp_path):
    CachedTranslator(EchoTranslator(), tmp_path).score(["Oui."], ["Yes."])
    inner = EchoTranslator()
    CachedTranslator(inner, tmp_path).score(["Oui.", "Oui."], ["Yes.", "Yes!"])
    assert inner.calls == [("score", ["Oui."], ["Yes!"])]


def test_protocol_attributes_and_description_are_the_inner_translators(tmp_path):
    inner = EchoTranslator(revision="abc")
    cached = CachedTranslator(inner, tmp_path)
    assert (cached.model_id, cached.revision, cached.engine, cached.src_lang, cached.tgt_lang) == \
        ("test/echo", "abc", "fake", "fr", "en")
    assert cached.describe() == inner.describe()
    assert cached.beam == 4  # anything else reads through


def test_a_corrupt_file_is_moved_aside_and_rebuilt_with_a_warning(tmp_path):
    (tmp_path / CACHE_FILE).write_bytes(b"this is not an SQLite database" * 100)
    inner = EchoTranslator()
    with pytest.warns(CacheWarning, match="damaged"):
        out = CachedTranslator(inner, tmp_path).translate(["Bonjour."])
    assert [b.text for b in out] == ["BONJOUR."]
    assert len(list(tmp_path.glob(CACHE_FILE + ".corrupt-*"))) == 1
    inner.calls.clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the rebuilt file works without complaint
        CachedTranslator(inner, tmp_path).translate(["Bonjour."])
    assert inner.calls == []


def test_a_file_damaged_between_runs_never_fails_a_check(tmp_path):
    CachedTranslator(EchoTranslator(), tmp_path).translate(ARTICLE)
    path = tmp_path / CACHE_FILE
    data = bytearray(path.read_bytes())
    data[0:16] = b"garbage garbage!"  # the header
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        (tmp_path / (CACHE_FILE + suffix)).unlink(missing_ok=True)
    inner = EchoTranslator()
    with pytest.warns(CacheWarning):
        scores = CachedTranslator(inner, tmp_path).score(ARTICLE[:2], REFERENCE[:2])
    assert [s.target for s in scores] == REFERENCE[:2]
    assert inner.calls == [("score", ARTICLE[:2], REFERENCE[:2])]


def test_an_unusable_directory_means_no_cache_and_a_warning(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    inner = EchoTranslator()
    cached = CachedTranslator(inner, blocker)
    with pytest.warns(CacheWarning, match="cannot create"):
        first = cached.translate(["Bonjour."])
    second = cached.translate(["Bonjour."])
    assert [b.text for b in first + second] == ["BONJOUR.", "BONJOUR."]
    assert len(inner.calls) == 2


def test_default_directory_is_the_user_cache_directory(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "translation-checker"
    assert TranslationCache().path == tmp_path / "xdg" / "translation-checker" / CACHE_FILE


def test_threads_sharing_one_cached_translator(tmp_path):
    cached = CachedTranslator(EchoTranslator(), tmp_path)
    errors = []

    def work(n):
        try:
            texts = [f"fil {n} phrase {i}" for i in range(40)]
            assert [b.text for b in cached.translate(texts)] == [t.upper() for t in texts]
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert cached.cache.count("translations") == 160


_WRITER = textwrap.dedent("""
    import sys
    from checker.cache import CachedTranslator
    from checker.translate import BackTranslation

    class Slow:
        model_id, revision, engine, src_lang, tgt_lang = "test/echo", "r1", "fake", "fr", "en"
        def translate(self, sources):
            return [BackTranslation(s.upper(), s, ()) for s in sources]
        def score(self, sources, targets):
            raise AssertionError("not used")
        def describe(self):
            return {"beam": 4}

    name, cache_dir = sys.argv[1], sys.argv[2]
    for round in range(60):
        texts = [f"{name} {round} {i}" for i in range(20)] + [f"shared {round} {i}" for i in range(20)]
        out = CachedTranslator(Slow(), cache_dir).translate(texts)
        assert [b.text for b in out] == [t.upper() for t in texts]
    print("ok")
""")


def test_two_processes_writing_at_once(tmp_path):
    procs = [subprocess.Popen([sys.executable, "-W", "error::UserWarning", "-c", _WRITER, name, str(tmp_path)],
                              cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for name in ("alpha", "beta")]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert [o[0].strip() for o in outputs] == ["ok", "ok"]
    cache = TranslationCache(tmp_path)
    assert cache.count("translations") == 60 * 20 * 3  # alpha's, beta's and the shared ones once
    assert cache._open().execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_cache_keeps_at_most_max_entries_dropping_the_least_recently_used(tmp_path, monkeypatch):
    import checker.cache as cache_module

    clock = iter(float(t) for t in range(1000))
    monkeypatch.setattr(cache_module.time, "time", lambda: next(clock))
    inner = EchoTranslator()
    cached = CachedTranslator(inner, tmp_path, max_entries=3)
    cached.translate(["un", "deux", "trois"])
    cached.translate(["un"])  # used again: now the most recent
    cached.translate(["quatre"])  # one too many: "deux", used longest ago, goes
    assert cached.cache.count("translations") == 3
    inner.calls.clear()
    cached.translate(["un", "trois", "quatre"])
    assert inner.calls == []
    cached.translate(["deux"])
    assert inner.calls == [("translate", ["deux"])]


def test_a_cache_written_by_an_older_version_is_started_afresh(tmp_path):
    import sqlite3

    conn = sqlite3.connect(tmp_path / CACHE_FILE)
    conn.execute("CREATE TABLE translations (key TEXT PRIMARY KEY, value TEXT NOT NULL, created REAL NOT NULL)")
    conn.execute("INSERT INTO translations VALUES ('k', '{}', 0)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    inner = EchoTranslator()
    cached = CachedTranslator(inner, tmp_path)
    assert cached.translate(["la crise"])[0].text == "LA CRISE"
    assert cached.cache.count("translations") == 1
    assert CachedTranslator(EchoTranslator(), tmp_path).translate(["la crise"])[0].text == "LA CRISE"


def test_max_entries_must_be_positive(tmp_path):
    with pytest.raises(ValueError, match="at least 1"):
        TranslationCache(tmp_path, max_entries=0)


def test_a_cached_translator_can_share_an_open_cache(tmp_path):
    store = TranslationCache(tmp_path)
    cached = CachedTranslator(EchoTranslator(), cache=store)
    assert cached.cache is store
    cached.translate(["la crise"])
    assert store.count("translations") == 1
