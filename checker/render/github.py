"""GitHub Actions workflow commands: annotations on the translation's lines in a pull request.

``::error`` for the findings of critical and major segments, ``::warning`` for minor ones and
``::notice`` for baselined segments (reported, not failing). Values are escaped as the Actions
toolkit does (``%``, CR and LF in messages; also ``:`` and ``,`` in properties), so no document
text can end an annotation early or inject a command of its own.
"""

from __future__ import annotations

from checker.render.positions import Locators, translation_region
from checker.render.summary import describe_signal, signal_label, summary_line
from checker.report import Report

COMMANDS = {"critical": "error", "major": "error", "minor": "warning"}


def escape_data(text: str) -> str:
    """A command's message: ``%``, CR and LF percent-encoded."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value: as :func:`escape_data`, plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties) -> str:
    """``::name key=value,…::message`` with everything escaped; properties that are None are left out."""
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items()
                     if value is not None)
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def render(report: Report) -> str:
    """One annotation per finding of each flagged segment, worst first, then notes and the summary."""
    locators = Locators(report)
    lines = []
    for segment in report.flagged:
        name = "notice" if segment.baselined else COMMANDS[segment.severity]
        for finding in segment.findings:
            region = translation_region(report, segment, finding, locators)
            start, end = region.start, region.end
            # Columns only on one line, as GitHub wants; endColumn is the column after the span.
            columns = start.exact and end.exact and start.line == end.line
            baselined = ", baselined" if segment.baselined else ""
            title = f"{finding.check} ({segment.severity}, risk {segment.risk:.2f}{baselined})"
            lines.append(command(
                name, finding.message,
                file=region.path,
                line=start.line if region.path else None,
                endLine=end.line if region.path and end.line != start.line else None,
                col=start.utf16_column if region.path and columns else None,
                endColumn=end.utf16_column if region.path and columns and end.utf16_column > start.utf16_column else None,
                title=title,
            ))
    for warning in report.warnings:
        lines.append(command("warning", warning, title="translation checker"))
    for key, info in report.signals.items():
        if isinstance(info, dict) and info.get("status") == "unavailable":
            _, reason = describe_signal(info)
            lines.append(command("notice", reason or "no reason given", title=f"{signal_label(key)} unavailable"))
    lines.append(command("notice", summary_line(report), title="translation check"))
    return "\n".join(lines) + "\n"
