"""A short Markdown table for a pull-request comment: the summary, then the worst flagged segments.

Document text is escaped for GitHub-flavoured Markdown: table pipes, emphasis, links, HTML,
entities, math and emoji markers are backslash-escaped, and ``@name`` / ``#123`` get an
invisible word joiner so an article cannot mention people or link issues.
"""

from __future__ import annotations

import re

from checker.render.summary import (FLAG_SEVERITIES, languages_label, printable, signal_rows,
                                    suspect_words)
from checker.report import Report, Segment, severity_rank

#: Flagged segments listed in the table; the rest are counted.
LIMIT = 10
REASON_LIMIT = 160

ICONS = {"critical": "🔴", "major": "🟠", "minor": "🟡"}

# What GitHub Markdown would read as syntax inside a table cell: code, emphasis, links and
# images ([ and ]), HTML and autolinks (<), entities (&), strikethrough (~), math ($), emoji
# short codes (:name:) and the cell separator (|).
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$]|:(?=\w))")
_REFERENCE = re.compile(r"([@#])(?=\w)")


def escape(text: str) -> str:
    """``text`` as inline Markdown that renders as the same characters, on one line."""
    text = " ".join(printable(text).split())
    text = _SPECIAL.sub(r"\\\1", text)
    return _REFERENCE.sub("\\1\u2060", text)


def render(report: Report, limit: int = LIMIT) -> str:
    """The comment: a heading with the verdict, one line of context, and the table."""
    summary = report.summary()
    counts = summary["by_severity"]
    flagged = report.flagged
    lines = []
    if flagged:
        parts = ", ".join(f"{counts[s]} {s}" for s in FLAG_SEVERITIES if counts.get(s))
        lines.append(f"### Translation check: {summary['flagged']} of {summary['segments']} segments flagged ({parts})")
    else:
        lines.append(f"### Translation check: no segment flagged in {summary['segments']}")
    context = [f"max risk {summary['max_risk']:.2f}", escape(languages_label(report))]
    for label, status, detail in signal_rows(report):
        if status in ("unavailable", "off"):
            context.append(escape(f"{label} {status}"))
    if summary.get("baselined"):
        context.append(f"{summary['baselined']} baselined")
    lines += ["", " · ".join(context)]
    if flagged:
        lines += ["", "| Severity | Line | Risk | Reason | Suspect words |", "|---|---:|---:|---|---|"]
        for segment in flagged[:limit]:
            lines.append(_row(report, segment))
        if len(flagged) > limit:
            rest = len(flagged) - limit
            lines += ["", f"…and {rest} more flagged segment{'s' if rest != 1 else ''} in the full report."]
    return "\n".join(lines) + "\n"


def _row(report: Report, segment: Segment) -> str:
    severity = f"{ICONS[segment.severity]} {segment.severity}" + (" (baselined)" if segment.baselined else "")
    if segment.translation is not None:
        line = str(segment.translation.line)
    elif segment.reference is not None:
        line = f"ref. {segment.reference.line}"
    else:
        line = "–"
    if segment.source is not None:
        line = f"{escape(segment.source)}:{line}"
    findings = sorted(segment.findings, key=lambda f: (-severity_rank(f.severity), -f.confidence))
    reason = escape(_clip(findings[0].message)) if findings else ""
    if len(findings) > 1:
        reason += f" (+{len(findings) - 1} more)"
    words = ", ".join(f"“{escape(_clip(w, 40))}”" for w in suspect_words(segment)) or "–"
    return f"| {severity} | {line} | {segment.risk:.2f} | {reason} | {words} |"


def _clip(text: str, limit: int = REASON_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
