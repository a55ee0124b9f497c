"""The JSON report (``checker.report/1``), the contract other tools read."""

from __future__ import annotations

from checker.report import Report


def render(report: Report) -> str:
    """The report as indented JSON, UTF-8 text kept as is, with a final newline."""
    return report.to_json(indent=2) + "\n"
