"""The report: what the checker found, as frozen dataclasses and a versioned JSON form.

The JSON produced by :meth:`Report.to_dict` is a contract read by other tools and CI; its
shape is named by :data:`SCHEMA`. Add fields freely, but rename or remove one only with a new
schema version.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Mapping

SCHEMA = "checker.report/1"

#: Severities from least to most serious. ``ok`` is only ever a segment's severity.
SEVERITIES: tuple[str, ...] = ("ok", "minor", "major", "critical")


def severity_rank(severity: str) -> int:
    """Position of ``severity`` in :data:`SEVERITIES` (``ok`` is 0)."""
    try:
        return SEVERITIES.index(severity)
    except ValueError:
        raise ValueError(f"unknown severity {severity!r}; expected one of {', '.join(SEVERITIES)}") from None


def worst_severity(severities) -> str:
    """The most serious of ``severities``; ``ok`` when there are none."""
    return max(severities, key=severity_rank, default="ok")


@dataclass(frozen=True)
class TextSpan:
    """A piece of an input file: its text and where it stands.

    ``start``/``end`` are character offsets into the file's text as given (after decoding,
    BOM excluded, line endings untouched); ``line`` is 1-based.
    """

    text: str
    start: int
    end: int
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "line": self.line}


@dataclass(frozen=True)
class Finding:
    """One thing wrong with a segment, with a reason an editor understands.

    ``span`` is a character range in the translation file, ``reference_span`` one in the
    reference file; either is ``None`` when the finding has no place on that side.
    ``confidence`` in [0, 1] says how sure the check is; ``risk.py`` weighs findings by it.
    """

    check: str
    severity: str
    message: str
    span: tuple[int, int] | None = None
    reference_span: tuple[int, int] | None = None
    confidence: float = 1.0

    def __post_init__(self) -> None:
        if self.severity == "ok":
            raise ValueError("a finding's severity is minor, major or critical")
        severity_rank(self.severity)

    def to_dict(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "severity": self.severity,
            "message": self.message,
            "span": list(self.span) if self.span is not None else None,
            "reference_span": list(self.reference_span) if self.reference_span is not None else None,
            "confidence": round(self.confidence, 4),
        }


@dataclass(frozen=True)
class Segment:
    """An aligned unit: translation sentences, the reference sentences they render, and verdicts."""

    id: int
    translation: TextSpan | None
    reference: TextSpan | None
    backtranslation: str | None
    scores: Mapping[str, float | None]
    risk: float
    severity: str
    findings: tuple[Finding, ...] = ()
    source: str | None = None  # which pair of files, in batch runs
    baselined: bool = False  # known from a baseline: reported, but does not fail the run

    def to_dict(self) -> dict[str, Any]:
        data = {
            "id": self.id,
            "translation": self.translation.to_dict() if self.translation else None,
            "reference": self.reference.to_dict() if self.reference else None,
            "backtranslation": self.backtranslation,
            "scores": {k: _round(v) for k, v in self.scores.items()},
            "risk": round(self.risk, 4),
            "severity": self.severity,
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.source is not None:
            data["source"] = self.source
        if self.baselined:
            data["baselined"] = True
        return data


@dataclass(frozen=True)
class Report:
    """Everything one check produced, with what is needed to reproduce it."""

    checker_version: str
    languages: Mapping[str, str]
    signals: Mapping[str, Mapping[str, Any]]
    signatures: Mapping[str, str]
    settings: Mapping[str, Any]
    segments: tuple[Segment, ...]
    scores: Mapping[str, float | None] = field(default_factory=dict)
    files: Mapping[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    unlisted: int = 0  # segments with nothing to report, counted but not kept (batch runs)

    @property
    def flagged(self) -> tuple[Segment, ...]:
        """Segments with a severity above ``ok``, worst first."""
        return tuple(s for s in self.ranked() if s.severity != "ok")

    @property
    def max_risk(self) -> float:
        return max((s.risk for s in self.segments), default=0.0)

    @property
    def worst(self) -> str:
        return worst_severity(s.severity for s in self.segments)

    def ranked(self) -> tuple[Segment, ...]:
        """Segments worst first: by risk, then severity, then document order."""
        return tuple(sorted(self.segments, key=lambda s: (-s.risk, -severity_rank(s.severity), s.id)))

    def summary(self) -> dict[str, Any]:
        counts = {sev: 0 for sev in SEVERITIES}
        counts["ok"] = self.unlisted
        for s in self.segments:
            counts[s.severity] += 1
        return {
            "segments": len(self.segments) + self.unlisted,
            "listed": len(self.segments),
            "baselined": sum(1 for s in self.segments if s.baselined),
            "flagged": len(self.segments) + self.unlisted - counts["ok"],
            "by_severity": counts,
            "max_risk": round(self.max_risk, 4),
            "scores": {k: _round(v) for k, v in self.scores.items()},
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "checker_version": self.checker_version,
            "files": dict(self.files),
            "languages": dict(self.languages),
            "signals": {k: dict(v) for k, v in self.signals.items()},
            "signatures": dict(self.signatures),
            "settings": dict(self.settings),
            "warnings": list(self.warnings),
            "summary": self.summary(),
            "segments": [s.to_dict() for s in self.segments],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Report":
        """Rebuild a report from its JSON form (used by renderers fed saved reports)."""
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} report (schema: {data.get('schema')!r})")

        def span(d):
            return TextSpan(d["text"], d["start"], d["end"], d["line"]) if d else None

        def pair(v):
            return tuple(v) if v is not None else None

        segments = tuple(
            Segment(
                id=s["id"],
                translation=span(s["translation"]),
                reference=span(s["reference"]),
                backtranslation=s["backtranslation"],
                scores=s["scores"],
                risk=s["risk"],
                severity=s["severity"],
                findings=tuple(
                    Finding(f["check"], f["severity"], f["message"], pair(f["span"]),
                            pair(f["reference_span"]), f.get("confidence", 1.0))
                    for f in s["findings"]
                ),
                source=s.get("source"),
                baselined=s.get("baselined", False),
            )
            for s in data["segments"]
        )
        return cls(
            checker_version=data["checker_version"],
            languages=data["languages"],
            signals=data["signals"],
            signatures=data["signatures"],
            settings=data.get("settings", {}),
            segments=segments,
            scores=data["summary"].get("scores", {}),
            files=data.get("files", {}),
            warnings=tuple(data.get("warnings", ())),
            unlisted=data["summary"]["segments"] - len(segments),
        )


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 4)
