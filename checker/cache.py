"""A cache of back-translations, forced-decoding scores and sentence embeddings, in SQLite.

Back-translation dominates a check's cost, and an editor re-checks the same article after
changing a sentence or two: every sentence that has not changed is answered from here, and only
the changed ones go to the model.

The same file keeps sentence embeddings (:meth:`checker.embed.CachingEmbedder.use_store`), keyed
by the embedder's description and the text, so a re-check embeds only the sentences that changed.

An entry is keyed by what decides the model's output: model id, revision (or, for a local model
without one, a fingerprint of its files), engine, the decoding settings the translator describes
(beam, maximum length, …) and the SHA-256 of the source text (and of the target, for scores).
Settings that change only speed (threads, batch size) are left out of the key.

The file lives in the user cache directory (``platformdirs``), is opened in WAL mode with a busy
timeout, so several checks can run at once, and writes are short transactions done after the
model has run. Each table keeps at most ``max_entries`` entries (100,000 by default, some tens
of megabytes): past that, the entries used longest ago are dropped. A file that is not a database, or is damaged, is moved aside and rebuilt with a
warning; anything else the cache cannot do (a read-only directory, a lock held too long) makes
it step aside with a warning. The cache never makes a check fail.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import threading
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Sequence

if TYPE_CHECKING:  # pragma: no cover
    from checker.translate import BackTranslation, TokenScores, Translator

log = logging.getLogger(__name__)

CACHE_FILE = "backtranslations.sqlite3"
SCHEMA_VERSION = 4
# Older versions whose tables are still read the same way: opening one only adds the new tables.
_UPGRADABLE = frozenset({3})
#: Entries kept per table (back-translations, scores) before the least recently used go.
MAX_ENTRIES = 100_000
BUSY_TIMEOUT_S = 30.0
# describe() keys that change how fast a translator runs, not what it outputs.
SPEED_ONLY_KEYS = frozenset({"threads", "intra_threads", "inter_threads", "batch_size", "max_tokens",
                             "max_batch_tokens", "max_batch_sentences", "device", "cache"})
# What each table holds: JSON text, or raw bytes (float32 sentence embeddings). ``analyses``
# holds per-segment results of the checker's own code (see checker/memo.py).
_TABLES = {"translations": "json", "scores": "json", "embeddings": "bytes", "analyses": "json"}
# SQLite result codes that mean the file itself is bad (not a passing lock).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_CORRUPT, _SQLITE_NOTADB = 5, 6, 11, 26

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    created REAL NOT NULL,
    used REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS translations_used ON translations (used);
CREATE TABLE IF NOT EXISTS scores (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    created REAL NOT NULL,
    used REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS scores_used ON scores (used);
CREATE TABLE IF NOT EXISTS embeddings (
    key TEXT PRIMARY KEY,
    value BLOB NOT NULL,
    created REAL NOT NULL,
    used REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS embeddings_used ON embeddings (used);
CREATE TABLE IF NOT EXISTS analyses (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    created REAL NOT NULL,
    used REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS analyses_used ON analyses (used);
"""


class CacheWarning(UserWarning):
    """The cache could not be used as it is (rebuilt, or skipped for this run)."""


def default_cache_dir() -> Path:
    """Where the cache lives unless told otherwise: the user cache directory for this tool."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("translation-checker"))


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _is_damaged(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text


def _is_busy(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED)
    return "locked" in str(exc).lower() or "busy" in str(exc).lower()


def _warn(message: str) -> None:
    log.debug(message)  # shown once, as the warning (the command line prints it on one line)
    warnings.warn(message, CacheWarning, stacklevel=3)


@dataclass
class CacheStats:
    """How many items of this run came from the cache and how many went to the model."""

    hits: int = 0
    misses: int = 0


class TranslationCache:
    """The SQLite file: look up and store JSON values by key. Never raises for a bad file."""

    def __init__(self, directory: Path | None = None, *, max_entries: int = MAX_ENTRIES) -> None:
        if max_entries < 1:
            raise ValueError(f"max_entries must be at least 1, not {max_entries}")
        self.max_entries = max_entries
        self.directory = Path(directory) if directory is not None else default_cache_dir()
        self.path = self.directory / CACHE_FILE
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._disabled = False
        self._rebuilt = False

    # -- opening -------------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection | None:
        if self._disabled:
            return None
        if self._conn is not None:
            return self._conn
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            conn = self._connect()
        except sqlite3.Error as exc:
            if not _is_damaged(exc):
                return self._disable(f"cannot open the back-translation cache {self.path}: {exc}")
            conn = self._rebuild(exc)
        except OSError as exc:
            return self._disable(f"cannot create the back-translation cache in {self.directory}: "
                                 f"{exc.strerror or exc}")
        self._conn = conn
        return conn

    def _connect(self) -> sqlite3.Connection:
        # Two processes creating the file at once can get SQLITE_BUSY straight away (SQLite skips
        # the busy handler where waiting could deadlock), so the set-up is retried until the
        # busy timeout has passed.
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        delay = 0.01
        while True:
            try:
                return self._connect_once()
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 0.25)

    def _connect_once(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                               check_same_thread=False)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            # Reading the header is what tells a damaged or foreign file.
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                # WAL is a property of the file: set once, by whoever creates it.
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    log.debug("cache %s is in %s mode, not WAL", self.path, mode)
            conn.execute("PRAGMA synchronous = NORMAL")
            if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    version = conn.execute("PRAGMA user_version").fetchone()[0]
                    if version not in (0, SCHEMA_VERSION, *_UPGRADABLE):
                        # Written by another version of the checker: start afresh rather than misread it.
                        for table in _TABLES:
                            conn.execute(f"DROP TABLE IF EXISTS {table}")
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            conn.execute(statement)
                    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
        except BaseException:
            conn.close()
            raise
        return conn

    def _rebuild(self, cause: sqlite3.Error) -> sqlite3.Connection | None:
        """Move the damaged file aside and start an empty cache in its place."""
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
            self._conn = None
        if self._rebuilt:
            return self._disable(f"the back-translation cache {self.path} is still unusable after "
                                 f"rebuilding it ({cause}); running without it")
        self._rebuilt = True
        aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}-{os.getpid()}")
        try:
            self.path.replace(aside)
        except FileNotFoundError:
            pass  # another process moved it aside first
        except OSError as exc:
            return self._disable(f"the back-translation cache {self.path} is damaged ({cause}) and "
                                 f"cannot be moved aside ({exc.strerror or exc}); running without it")
        for suffix in ("-wal", "-shm", "-journal"):
            try:
                self.path.with_name(self.path.name + suffix).unlink()
            except OSError:
                pass
        _warn(f"the back-translation cache {self.path} was damaged ({cause}); moved it to "
              f"{aside.name} and started a new one")
        try:
            self._conn = self._connect()
        except sqlite3.Error as exc:
            return self._disable(f"cannot rebuild the back-translation cache {self.path}: {exc}")
        return self._conn

    def _disable(self, message: str) -> None:
        _warn(message)
        self._disabled = True
        return None

    def _run(self, action):
        """``action(conn)`` with the damaged-file and lock failures turned into warnings."""
        with self._lock:
            for _ in range(2):
                conn = self._open()
                if conn is None:
                    return None
                try:
                    return action(conn)
                except sqlite3.Error as exc:
                    if _is_damaged(exc):
                        if self._rebuild(exc) is None:
                            return None
                        continue  # once more, on the new file
                    _warn(f"back-translation cache {self.path}: {exc}; carrying on without it for "
                          f"this step")
                    return None
            return None

    # -- reading and writing ---------------------------------------------------------------------

    def get_many(self, table: str, keys: Sequence[str]) -> dict[str, Any]:
        """The values stored under ``keys`` (those present), decoded from JSON (bytes as stored
        for the embeddings table)."""
        if table not in _TABLES:
            raise ValueError(f"no cache table {table!r}")
        as_json = _TABLES[table] == "json"
        distinct = list(dict.fromkeys(keys))

        def read(conn: sqlite3.Connection) -> dict[str, Any]:
            found: dict[str, Any] = {}
            for chunk in _chunks(distinct, 500):
                marks = ",".join("?" * len(chunk))
                for key, value in conn.execute(
                        f"SELECT key, value FROM {table} WHERE key IN ({marks})", chunk):
                    if not as_json:
                        if isinstance(value, bytes):
                            found[key] = value
                        continue
                    try:
                        found[key] = json.loads(value)
                    except (TypeError, ValueError):
                        continue  # an unreadable row is a miss; it is overwritten below
            if found:  # what was used stays longest
                now = time.time()
                conn.execute("BEGIN IMMEDIATE")
                try:
                    conn.executemany(f"UPDATE {table} SET used = ? WHERE key = ?", [(now, k) for k in found])
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
            return found

        return self._run(read) or {}

    def put_many(self, table: str, items: dict[str, Any]) -> None:
        """Store ``items`` (key → JSON-able value; bytes for the embeddings table), in one short
        transaction."""
        if table not in _TABLES:
            raise ValueError(f"no cache table {table!r}")
        if not items:
            return
        now = time.time()
        if _TABLES[table] == "json":
            rows = [(key, json.dumps(value, ensure_ascii=False), now, now) for key, value in items.items()]
        else:
            rows = [(key, sqlite3.Binary(bytes(value)), now, now) for key, value in items.items()]

        def write(conn: sqlite3.Connection) -> None:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.executemany(f"INSERT OR REPLACE INTO {table} (key, value, created, used) VALUES (?, ?, ?, ?)",
                                 rows)
                over = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] - self.max_entries
                if over > 0:  # the least recently used go
                    conn.execute(f"DELETE FROM {table} WHERE key IN "
                                 f"(SELECT key FROM {table} ORDER BY used ASC LIMIT ?)", (over,))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

        self._run(write)

    def count(self, table: str) -> int:
        """How many entries ``table`` holds (0 when the cache is unusable)."""
        if table not in _TABLES:
            raise ValueError(f"no cache table {table!r}")
        return self._run(lambda conn: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]) or 0

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                try:
                    self._conn.close()
                except sqlite3.Error:
                    pass
                self._conn = None


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def settings_key(translator: "Translator") -> str:
    """What, besides the text, decides a translator's output, as one hash.

    Model id, revision, engine, the translator's ``fingerprint`` attribute when it has one (for
    local models without a revision: changes when the weights change) and everything
    ``describe()`` reports except the speed-only settings.
    """
    described = {k: v for k, v in dict(translator.describe()).items() if k not in SPEED_ONLY_KEYS}
    identity = {
        "model_id": translator.model_id,
        "revision": translator.revision,
        "engine": translator.engine,
        "src_lang": translator.src_lang,
        "tgt_lang": translator.tgt_lang,
        "fingerprint": getattr(translator, "fingerprint", None),
        "describe": described,
    }
    return _sha256(json.dumps(identity, sort_keys=True, default=str, ensure_ascii=False))


class CachedTranslator:
    """A :class:`~checker.translate.Translator` that answers from the cache what it can.

    Only the items missing from the cache go to ``inner``, in one call, and what it returns is
    stored. ``cache_dir=None`` means the user cache directory; ``cache`` is an open
    :class:`TranslationCache` to share instead (one connection per run). ``describe()`` is the inner
    translator's, unchanged, so a report does not depend on whether the cache was warm;
    :attr:`stats` counts hits and misses.
    """

    def __init__(self, inner: "Translator", cache_dir: Path | None = None, *,
                 max_entries: int = MAX_ENTRIES, cache: TranslationCache | None = None) -> None:
        self.inner = inner
        self.cache = cache if cache is not None else TranslationCache(cache_dir, max_entries=max_entries)
        self.stats = CacheStats()
        self._settings_key: str | None = None

    # The protocol's attributes are the inner translator's.
    @property
    def model_id(self) -> str:
        return self.inner.model_id

    @property
    def revision(self) -> str | None:
        return self.inner.revision

    @property
    def engine(self) -> str:
        return self.inner.engine

    @property
    def src_lang(self) -> str:
        return self.inner.src_lang

    @property
    def tgt_lang(self) -> str:
        return self.inner.tgt_lang

    def __getattr__(self, name: str) -> Any:
        # Anything else (beam, fingerprint, …) reads through to the inner translator.
        if name in ("inner", "cache", "stats", "_settings_key"):
            raise AttributeError(name)
        return getattr(self.inner, name)

    def describe(self) -> dict:
        return self.inner.describe()

    def _key(self, kind: str, *texts: str) -> str:
        if self._settings_key is None:
            self._settings_key = settings_key(self.inner)
        return _sha256("\x1f".join((kind, self._settings_key, *(_sha256(t) for t in texts))))

    def translate(self, sources: Sequence[str]) -> list["BackTranslation"]:
        from checker.translate import BackTranslation

        keys = [self._key("translate", s) for s in sources]
        stored = self.cache.get_many("translations", keys)
        results: dict[str, BackTranslation] = {}
        for key, source in zip(keys, sources):
            if key in stored and key not in results:
                decoded = _decode_backtranslation(stored[key], source)
                if decoded is not None:
                    results[key] = decoded
        missing = list(dict.fromkeys(s for k, s in zip(keys, sources) if k not in results))
        self.stats.hits += len(sources) - sum(1 for k in keys if k not in results)
        self.stats.misses += len(missing)
        if missing:
            fresh = self.inner.translate(missing)
            new = {}
            for source, bt in zip(missing, fresh):
                key = self._key("translate", source)
                results[key] = bt
                new[key] = {"text": bt.text,
                            "alignment": [[list(t), list(s)] for t, s in bt.alignment]}
            self.cache.put_many("translations", new)
        return [results[k] if results[k].source == s else BackTranslation(results[k].text, s, results[k].alignment)
                for k, s in zip(keys, sources)]

    def score(self, sources: Sequence[str], targets: Sequence[str]) -> list["TokenScores"]:
        if len(sources) != len(targets):
            raise ValueError(f"{len(sources)} sources but {len(targets)} targets")
        keys = [self._key("score", s, t) for s, t in zip(sources, targets)]
        stored = self.cache.get_many("scores", keys)
        results: dict[str, TokenScores] = {}
        for key, target in zip(keys, targets):
            if key in stored and key not in results:
                decoded = _decode_scores(stored[key], target)
                if decoded is not None:
                    results[key] = decoded
        missing_pairs: dict[str, tuple[str, str]] = {}
        for key, s, t in zip(keys, sources, targets):
            if key not in results:
                missing_pairs.setdefault(key, (s, t))
        self.stats.hits += sum(1 for k in keys if k in results)
        self.stats.misses += len(missing_pairs)
        if missing_pairs:
            fresh = self.inner.score([s for s, _ in missing_pairs.values()],
                                     [t for _, t in missing_pairs.values()])
            new = {}
            for key, ts in zip(missing_pairs, fresh):
                results[key] = ts
                new[key] = {"spans": [list(span) for span in ts.spans], "logprobs": list(ts.logprobs)}
            self.cache.put_many("scores", new)
        return [results[k] for k in keys]


def _decode_backtranslation(value: Any, source: str) -> "BackTranslation | None":
    from checker.translate import BackTranslation

    try:
        alignment = tuple((tuple(map(int, t)), tuple(map(int, s))) for t, s in value["alignment"])
        return BackTranslation(str(value["text"]), source, alignment)
    except (KeyError, TypeError, ValueError):
        return None


def _decode_scores(value: Any, target: str) -> "TokenScores | None":
    from checker.translate import TokenScores

    try:
        spans = tuple(tuple(map(int, span)) for span in value["spans"])
        logprobs = tuple(float(lp) for lp in value["logprobs"])
        if len(spans) != len(logprobs):
            return None
        return TokenScores(target, spans, logprobs)
    except (KeyError, TypeError, ValueError):
        return None
