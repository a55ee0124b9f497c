"""What every format says the same way: the summary line, the signals, and safe display text."""

from __future__ import annotations

import re
from typing import Any, Mapping

from checker.report import SEVERITIES, Report, Segment

#: Severities worst first, without ``ok``: the order counts and filters are shown in.
FLAG_SEVERITIES: tuple[str, ...] = tuple(reversed(SEVERITIES[1:]))

_SIGNAL_LABELS = {"backtranslation": "back-translation"}

# C0/C1 controls (tab and newline excepted) and the bidi controls that can reorder what a
# terminal or a web page shows: printed as escapes so a document cannot drive the display.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with control characters shown as escapes (``\\x1b``, ``\\u202e``); CR LF and CR
    become LF so a line break shows as one."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text)


def severity_counts(report: Report) -> dict[str, int]:
    return dict(report.summary()["by_severity"])


def summary_line(report: Report) -> str:
    """``21 segments, 3 flagged (1 critical, 2 major), max risk 0.91``."""
    summary = report.summary()
    counts = summary["by_severity"]
    parts = [f"{counts[s]} {s}" for s in FLAG_SEVERITIES if counts.get(s)]
    flagged = f"{summary['flagged']} flagged" + (f" ({', '.join(parts)})" if parts else "")
    noun = "segment" if summary["segments"] == 1 else "segments"
    line = f"{summary['segments']} {noun}, {flagged}, max risk {summary['max_risk']:.2f}"
    if summary.get("baselined"):
        line += f", {summary['baselined']} baselined"
    return line


def signal_label(name: str) -> str:
    return _SIGNAL_LABELS.get(name, name)


def describe_signal(info: Mapping[str, Any]) -> tuple[str | None, str]:
    """A signal's status (None when it has none) and a short description of what ran or why not."""
    status = info.get("status")
    if status in ("unavailable", "off") or info.get("reason"):
        return status, str(info.get("reason") or ("turned off" if status == "off" else ""))
    details = []
    for key, value in info.items():
        if key in ("status", "reason") or value is None or value == "":
            continue
        if isinstance(value, (list, tuple)):
            value = ", ".join(str(v) for v in value)
        elif isinstance(value, Mapping):
            value = ", ".join(f"{k}={v}" for k, v in value.items())
        elif key == "revision" and isinstance(value, str) and len(value) > 12:
            value = value[:12]
        details.append(str(value) if key in ("name", "model", "method", "names") else f"{key} {value}")
    return status, "; ".join(details)


def signal_rows(report: Report) -> list[tuple[str, str | None, str]]:
    """(label, status, description) for each signal in the report, in the report's order."""
    rows = []
    for name, info in report.signals.items():
        status, detail = describe_signal(info if isinstance(info, Mapping) else {"value": info})
        rows.append((signal_label(name), status, detail))
    return rows


def location_label(report: Report, segment: Segment) -> str:
    """``line 5`` (or ``file.fr.md:5`` in batch runs; ``reference line 7`` for an omission)."""
    if segment.translation is not None:
        line = f"line {segment.translation.line}"
    elif segment.reference is not None:
        line = f"reference line {segment.reference.line}"
    else:
        line = "no line"
    if segment.source is not None:
        return f"{segment.source}, {line}"
    return line


def suspect_words(segment: Segment) -> list[str]:
    """The translation text the findings point at, in document order, without repeats."""
    if segment.translation is None:
        return []
    base, text = segment.translation.start, segment.translation.text
    found: list[tuple[int, str]] = []
    for finding in segment.findings:
        if finding.span is None:
            continue
        a, b = max(0, finding.span[0] - base), min(len(text), finding.span[1] - base)
        if a < b and (b - a) < len(text):  # a span over the whole segment names no words
            found.append((a, text[a:b]))
    seen, words = set(), []
    for _, word in sorted(found):
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def languages_label(report: Report) -> str:
    langs = report.languages
    return f"{langs.get('translation', '?')} → {langs.get('reference', '?')}"
