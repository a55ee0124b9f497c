"""SARIF 2.1.0, for code-scanning dashboards and editors.

One rule per check; one result per finding of a flagged segment, located in the translation file
(line/column and offset/length, in UTF-16 code units as the run's ``columnKind`` says), with the
reference passage as a related location. A segment's severity gives the level (critical → error,
major → warning, minor → note): it is the segment that is judged and fails a run. Baselined
segments carry an external suppression, so dashboards show them as accepted.
"""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from checker.render.positions import Locators, Region, reference_region, translation_region
from checker.render.summary import describe_signal, signal_label, summary_line
from checker.report import Report

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

LEVELS = {"critical": "error", "major": "warning", "minor": "note"}

RULES = {
    "backtranslation-mismatch": "The back-translation says something the reference does not: the "
                                "translation may have changed the meaning.",
    "omission": "A sentence of the reference has no counterpart in the translation.",
    "addition": "A sentence of the translation has no counterpart in the reference.",
}


def render(report: Report) -> str:
    """The report as a SARIF 2.1.0 log (indented JSON with a final newline)."""
    return json.dumps(sarif_log(report), ensure_ascii=False, indent=2) + "\n"


def sarif_log(report: Report) -> dict[str, Any]:
    """The SARIF log as a dict."""
    checks = {f.check for s in report.segments for f in s.findings}
    listed = report.signals.get("checks", {}).get("names", []) if isinstance(report.signals.get("checks"), dict) else []
    rule_ids = sorted(checks | {str(n) for n in listed} | set(RULES))
    index = {rule: i for i, rule in enumerate(rule_ids)}
    locators = Locators(report)

    results = []
    for segment in report.flagged:
        for finding in segment.findings:
            results.append(_result(report, segment, finding, index, locators))

    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "translation-checker",
            "version": report.checker_version,
            "semanticVersion": report.checker_version,
            "rules": [_rule(rule) for rule in rule_ids],
        }},
        "invocations": [{
            "executionSuccessful": True,
            "toolExecutionNotifications": _notifications(report),
        }],
        "columnKind": "utf16CodeUnits",
        "results": results,
        "properties": {
            "languages": dict(report.languages),
            "signals": {k: dict(v) for k, v in report.signals.items()},
            "signatures": dict(report.signatures),
            "summary": report.summary(),
            "summaryLine": summary_line(report),
        },
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def _rule(rule: str) -> dict[str, Any]:
    description = RULES.get(rule, f"Findings of the {rule} check.")
    return {
        "id": rule,
        "name": "".join(part.capitalize() for part in rule.replace("_", "-").split("-")),
        "shortDescription": {"text": description},
        "defaultConfiguration": {"level": "warning"},
        "properties": {"tags": ["translation", "quality"]},
    }


def _result(report, segment, finding, index, locators) -> dict[str, Any]:
    from checker.baseline import segment_key

    result: dict[str, Any] = {
        "ruleId": finding.check,
        "ruleIndex": index[finding.check],
        "level": LEVELS[segment.severity],
        "kind": "fail",
        "message": {"text": finding.message},
    }
    where = translation_region(report, segment, finding, locators)
    if where.path is not None:
        result["locations"] = [{"physicalLocation": _physical(where)}]
    related = reference_region(report, segment, finding, locators)
    if related is not None:
        result["relatedLocations"] = [{
            "id": 1,
            "physicalLocation": _physical(related),
            "message": {"text": "the reference passage"},
        }]
    result["partialFingerprints"] = {"translationSegment/v1": f"{segment_key(segment)}:{finding.check}"}
    result["properties"] = {
        "segment": segment.id,
        "severity": segment.severity,
        "findingSeverity": finding.severity,
        "risk": round(segment.risk, 4),
        "confidence": round(finding.confidence, 4),
    }
    if segment.baselined:
        result["baselineState"] = "unchanged"
        result["suppressions"] = [{"kind": "external", "status": "accepted",
                                   "justification": "listed in the checker baseline"}]
    return result


def _physical(region: Region) -> dict[str, Any]:
    start, end = region.start, region.end
    text_region: dict[str, Any] = {"startLine": start.line, "endLine": end.line}
    if start.exact and end.exact:
        # endColumn is the column after the region's last character (SARIF 3.30.8).
        text_region.update(startColumn=start.utf16_column, endColumn=end.utf16_column)
    text_region.update(charOffset=start.utf16_offset, charLength=end.utf16_offset - start.utf16_offset)
    if region.text:
        text_region["snippet"] = {"text": region.text}
    return {"artifactLocation": {"uri": file_uri(region.path)}, "region": text_region}


def file_uri(path: str) -> str:
    """A URI reference for ``path``: relative paths stay relative (forward slashes, percent-encoded)."""
    pure = PurePath(path)
    if pure.is_absolute():
        return "file:///" + quote(pure.as_posix().lstrip("/"))
    return quote(pure.as_posix())


def _notifications(report: Report) -> list[dict[str, Any]]:
    notes = [{"level": "warning", "message": {"text": w}} for w in report.warnings]
    for name, info in report.signals.items():
        if isinstance(info, dict) and info.get("status") == "unavailable":
            _, reason = describe_signal(info)
            notes.append({"level": "note",
                          "message": {"text": f"{signal_label(name)} unavailable" + (f": {reason}" if reason else "")}})
    return notes
