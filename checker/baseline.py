"""Baselines: the segments already flagged when a team adopts the checker on an archive.

Segments are recognised by a hash of their content (translation and reference text, white space
folded), so a baseline survives edits elsewhere in the file and line shifts. A baselined segment
is still reported, but does not fail the run.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

from checker.documents import InputError, normalize_text
from checker.report import Report, Segment

SCHEMA = "checker.baseline/1"


def segment_key(segment: Segment) -> str:
    """Content hash of a segment: the same text on both sides gives the same key."""
    t = normalize_text(segment.translation.text) if segment.translation else ""
    r = normalize_text(segment.reference.text) if segment.reference else ""
    return hashlib.sha256(f"{t}\x1f{r}".encode("utf-8")).hexdigest()[:20]


def baseline_json(report: Report) -> str:
    """The baseline file for the flagged segments of ``report``."""
    entries = [
        {
            "key": segment_key(s),
            "severity": s.severity,
            "checks": sorted({f.check for f in s.findings}),
            "source": s.source or report.files.get("translation"),
            "line": s.translation.line if s.translation else None,
            "text": (s.translation or s.reference).text[:120] if (s.translation or s.reference) else "",
        }
        for s in report.flagged
    ]
    return json.dumps({"schema": SCHEMA, "entries": entries}, ensure_ascii=False, indent=2) + "\n"


def load_baseline(path: Path) -> set[str]:
    """Keys of a baseline file; :class:`InputError` with one line when it is not one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such baseline file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a readable baseline ({exc})") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("entries"), list):
        raise InputError(f"{path}: not a {SCHEMA} file (write one with 'checker baseline')")
    return {e["key"] for e in data["entries"] if isinstance(e, dict) and isinstance(e.get("key"), str)}


def apply_baseline(report: Report, keys: set[str]) -> Report:
    """``report`` with the segments found in the baseline marked as baselined."""
    segments = tuple(dataclasses.replace(s, baselined=True) if s.severity != "ok" and segment_key(s) in keys else s
                     for s in report.segments)
    return dataclasses.replace(report, segments=segments)
