"""Combining a segment's signals into one risk in [0, 1], a severity and findings with reasons.

Each signal becomes the probability that it alone reveals a mistranslation; the segment's risk
is their noisy-OR (one strong signal is enough, several weak ones add up). Model-based signals
are calibrated against the document itself, because absolute chrF or log-probability levels
vary with the language pair and the model, while a mistranslated sentence stands out from the
rest of its own article.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field
from typing import Sequence

from checker.report import Finding

#: How much one finding of each severity alone suggests a mistranslation (times its confidence).
FINDING_WEIGHT = {"minor": 0.4, "major": 0.7, "critical": 0.92}


@dataclass
class SegmentSignals:
    """What the pipeline measured for one segment, before calibration."""

    chrf: float | None = None  # back-translation vs reference, 0–100
    logprob: float | None = None  # mean log-prob of reference tokens given the translation
    findings: list[Finding] = field(default_factory=list)


@dataclass(frozen=True)
class Assessment:
    risk: float
    severity: str
    findings: tuple[Finding, ...]
    contributions: dict[str, float]


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


class DocumentScale:
    """The median and robust spread (MAD × 1.4826) of one document's values of a signal,
    computed once and used for every segment and finding of that document."""

    __slots__ = ("n", "median", "mad")

    def __init__(self, values: Sequence[float]) -> None:
        self.n = len(values)
        if self.n < 3:
            self.median = self.mad = 0.0
            return
        self.median = statistics.median(values)
        self.mad = statistics.median(abs(v - self.median) for v in values) * 1.4826

    def z(self, value: float, *, floor: float) -> float:
        """How many robust standard deviations ``value`` lies *below* the median."""
        if self.n < 3:
            return 0.0
        return (self.median - value) / max(self.mad, floor)


def _scale(document: "Sequence[float] | DocumentScale") -> DocumentScale:
    return document if isinstance(document, DocumentScale) else DocumentScale(document)


def robust_z(values: "Sequence[float] | DocumentScale", value: float, *, floor: float) -> float:
    """How many robust standard deviations ``value`` lies *below* the median of ``values``."""
    return _scale(values).z(value, floor=floor)


def chrf_probability(chrf: float, document: "Sequence[float] | DocumentScale") -> float:
    """Back-translation chrF → probability of a meaning error.

    Absolute part: below ~35 a back-translation rarely renders the same meaning. Relative part:
    far below the article's typical chrF.
    """
    absolute = _sigmoid((35.0 - chrf) / 6.0)
    relative = _sigmoid(1.6 * (robust_z(document, chrf, floor=6.0) - 2.5))
    return max(absolute, relative) * 0.9


def logprob_probability(logprob: float, document: "Sequence[float] | DocumentScale") -> float:
    """Mean reference log-prob far below the article's typical value → likely a meaning error."""
    return _sigmoid(1.6 * (robust_z(document, logprob, floor=0.25) - 2.5)) * 0.85


def severity_for(risk: float, minor: float, major: float, critical: float) -> str:
    if risk >= critical:
        return "critical"
    if risk >= major:
        return "major"
    if risk >= minor:
        return "minor"
    return "ok"


def assess(signals: Sequence[SegmentSignals], *, minor: float = 0.35, major: float = 0.6,
           critical: float = 0.85) -> list[Assessment]:
    """Risk, severity and findings for every segment of one document."""
    chrfs = DocumentScale([s.chrf for s in signals if s.chrf is not None])
    logprobs = DocumentScale([s.logprob for s in signals if s.logprob is not None])
    out = []
    for s in signals:
        parts: dict[str, float] = {}
        if s.chrf is not None:
            parts["backtranslation"] = chrf_probability(s.chrf, chrfs)
        if s.logprob is not None:
            parts["logprob"] = logprob_probability(s.logprob, logprobs)
        for f in s.findings:
            key = f"finding:{f.check}"
            parts[key] = max(parts.get(key, 0.0), FINDING_WEIGHT[f.severity] * f.confidence)
        keep = 1.0
        for p in parts.values():
            keep *= 1.0 - min(max(p, 0.0), 1.0)
        risk = 1.0 - keep
        findings = sorted(s.findings, key=lambda f: -FINDING_WEIGHT[f.severity] * f.confidence)
        out.append(Assessment(risk, severity_for(risk, minor, major, critical), tuple(findings), parts))
    return out
