"""The terminal report: header, flagged segments worst first with the suspect words marked, summary.

Without colour the suspect words are bracketed (``⟦crise⟧``), so the marks survive pipes, logs
and copy-paste; with colour they are underlined in the severity's colour instead.
"""

from __future__ import annotations

from checker.render.positions import marked_pieces
from checker.render.summary import (languages_label, location_label, printable, severity_counts,
                                    signal_rows, summary_line)
from checker.report import Report, Segment, TextSpan, worst_severity

OPEN, CLOSE = "⟦", "⟧"

_RESET = "\x1b[0m"
_STYLE = {
    "critical": "\x1b[1;31m",
    "major": "\x1b[31m",
    "minor": "\x1b[33m",
    "ok": "\x1b[32m",
    "dim": "\x1b[2m",
    "bold": "\x1b[1m",
}
_LABEL_WIDTH = 13  # "translation  "


def render(report: Report, *, color: bool = False, quiet: bool = False) -> str:
    """The report for a terminal; ``quiet`` gives the summary line alone."""
    paint = _painter(color)
    if quiet:
        return summary_line(report) + "\n"
    lines = _header(report, paint)
    flagged = report.flagged
    lines.append("")
    if not flagged:
        lines.append("No segment flagged.")
        lines.append("")
    for segment in flagged:
        lines.extend(_segment(segment, report, paint, color))
        lines.append("")
    lines.append(_colored_summary(report, paint))
    return "\n".join(lines) + "\n"


def _painter(color: bool):
    if not color:
        return lambda text, style: text
    return lambda text, style: f"{_STYLE[style]}{text}{_RESET}" if text else text


def _header(report: Report, paint) -> list[str]:
    title = f"Translation check {languages_label(report)}"
    lines = [paint(title, "bold") + paint(f"  (checker {report.checker_version})", "dim")]
    for role, path in report.files.items():
        lines.append(f"  {paint(f'{role:<{_LABEL_WIDTH}}', 'dim')}{printable(str(path))}")
    rows = signal_rows(report)
    if rows:
        lines.append("Signals")
        width = max(len(label) for label, _, _ in rows) + 2
        for label, status, detail in rows:
            style = {"ok": "ok", "unavailable": "minor", "off": "dim"}.get(status or "", "dim")
            text = paint(status, style) if status else ""
            if detail:
                text = f"{text}: {printable(detail)}" if text else printable(detail)
            lines.append(f"  {label:<{width}}{text}")
    if report.signatures:
        lines.append("Signatures")
        for name, signature in report.signatures.items():
            lines.append(f"  {name:<6}{printable(signature)}")
    if report.warnings:
        lines.append("Warnings")
        lines.extend(f"  ! {printable(w)}" for w in report.warnings)
    return lines


def _segment(segment: Segment, report: Report, paint, color: bool) -> list[str]:
    head = [paint(f"{segment.severity:<8}", segment.severity), f"risk {segment.risk:.2f}",
            f"#{segment.id}", printable(location_label(report, segment))]
    checks = sorted({f.check for f in segment.findings})
    if checks:
        head.append(paint("[" + ", ".join(checks) + "]", "dim"))
    if segment.baselined:
        head.append(paint("(baselined)", "dim"))
    lines = ["  ".join(head)]
    findings = list(segment.findings)
    lines.append(_side("translation", segment.translation,
                       [(f.span, f) for f in findings], paint, color))
    lines.append(_side("reference", segment.reference,
                       [(f.reference_span, f) for f in findings], paint, color))
    if segment.backtranslation is not None:
        lines.append(_labelled("back", printable(segment.backtranslation), paint))
    for finding in findings:
        lines.append(f"  {paint('•', finding.severity)} {paint(finding.severity, finding.severity)} "
                     f"{finding.check}: {printable(finding.message)}")
    return lines


def _side(label: str, span: TextSpan | None, spans, paint, color: bool) -> str:
    if span is None:
        return _labelled(label, paint("(nothing)", "dim"), paint)
    out = []
    for piece, covering in marked_pieces(span.text, span.start, spans):
        piece = printable(piece)
        if not covering:
            out.append(piece)
        elif color:
            style = _STYLE[worst_severity(f.severity for f in covering)]
            out.append("\n".join(f"\x1b[4m{style}{part}{_RESET}" if part else part for part in piece.split("\n")))
        else:
            out.append(f"{OPEN}{piece}{CLOSE}")
    return _labelled(label, "".join(out), paint)


def _labelled(label: str, text: str, paint) -> str:
    indent = "\n  " + " " * _LABEL_WIDTH
    return "  " + paint(f"{label:<{_LABEL_WIDTH}}", "dim") + text.replace("\n", indent)


def _colored_summary(report: Report, paint) -> str:
    line = summary_line(report)
    counts = severity_counts(report)
    return paint(line, next((s for s in ("critical", "major", "minor") if counts.get(s)), "ok"))
