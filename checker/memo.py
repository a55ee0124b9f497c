"""Per-segment results kept between runs, so that a re-check recomputes only what changed.

A segment's fact-check findings and its sacrebleu statistics depend only on its texts, its
languages and the code and data that compute them. They are kept in the cache file's
``analyses`` table (:class:`checker.cache.TranslationCache`) under a hash of all of those: a
changed sentence, language file, check module, glossary, sacrebleu or checker version gives a
new key, and the stale entry ages out with the cache's least-recently-used rule.

Without a store (``--no-cache``) everything is computed, as before; a damaged or unreadable
entry is a miss, recomputed and overwritten.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Callable, Sequence

if TYPE_CHECKING:  # pragma: no cover
    from checker.cache import TranslationCache

TABLE = "analyses"


def _hash(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()


@lru_cache(maxsize=None)
def code_fingerprint(*packages: str) -> str:
    """One hash of the checker's version and of every file (``.py`` and ``.json``) directly in
    each named package folder (``""`` for the package itself, ``"checks"``, ``"data"``, …):
    edit a check, a module it uses or a language file, and every result it produced is stale."""
    from checker import __version__

    digest = hashlib.sha256(__version__.encode("utf-8"))
    root = resources.files("checker")
    for package in packages:
        folder = root.joinpath(package) if package else root
        for item in sorted(folder.iterdir(), key=lambda p: p.name):
            if item.is_file() and item.name.endswith((".py", ".json")):
                digest.update(f"\x1e{package}/{item.name}\x1f".encode("utf-8"))
                digest.update(item.read_bytes())
    return digest.hexdigest()


class SegmentMemo:
    """Look-ups of one kind of per-segment result (``namespace``), in ``store`` or nowhere.

    ``context`` is everything besides the segment's own texts that decides the result (a code
    fingerprint, the languages, settings); it is hashed into every key.
    """

    def __init__(self, store: "TranslationCache | None", namespace: str, *context: str) -> None:
        self.store = store
        self._prefix = _hash(namespace, *context)

    def key(self, *texts: str) -> str:
        return _hash(self._prefix, *texts)

    def resolve(self, keys: Sequence[str | None], compute: Callable[[list[int]], list[Any]],
                decode: Callable[[int, Any], Any] = lambda i, v: v,
                encode: Callable[[int, Any], Any] = lambda i, v: v) -> list[Any]:
        """The result for each key, computing (``compute(indices)``, in order) only those that
        are not stored or fail to ``decode(index, stored)``; the computed ones are stored as
        ``encode(index, result)``. A ``None`` key is never stored: it is always computed."""
        results: list[Any] = [None] * len(keys)
        found: dict[str, Any] = {}
        if self.store is not None:
            found = self.store.get_many(TABLE, [k for k in keys if k is not None])
        todo: list[int] = []
        for i, key in enumerate(keys):
            if key is not None and key in found:
                try:
                    results[i] = decode(i, found[key])
                    continue
                except (KeyError, TypeError, ValueError, IndexError):
                    pass  # written by something else: recompute and overwrite
            todo.append(i)
        if todo:
            computed = compute(todo)
            if len(computed) != len(todo):
                raise ValueError(f"computed {len(computed)} results for {len(todo)} segments")
            new: dict[str, Any] = {}
            for i, value in zip(todo, computed):
                results[i] = value
                if keys[i] is not None:
                    new[keys[i]] = encode(i, value)
            if self.store is not None and new:
                self.store.put_many(TABLE, new)
        return results
