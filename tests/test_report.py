import json
from importlib import resources

import jsonschema
import pytest

from checker.report import SCHEMA, Finding, Report, Segment, TextSpan, worst_severity


def make_report():
    seg = lambda i, risk, sev, findings=(): Segment(  # noqa: E731
        id=i, translation=TextSpan(f"t{i}", i * 10, i * 10 + 2, i + 1),
        reference=TextSpan(f"r{i}", i * 10, i * 10 + 2, i + 1) if i != 2 else None,
        backtranslation=None, scores={"chrf": None, "bleu": None, "ter": None, "logprob": None},
        risk=risk, severity=sev, findings=findings)
    return Report(
        checker_version="0.1.0", languages={"translation": "fr", "reference": "en"},
        signals={"backtranslation": {"status": "unavailable", "reason": "no model"}},
        signatures={}, settings={"fail_on": "major"},
        segments=(seg(0, 0.1, "ok"), seg(1, 0.9, "critical", (Finding("numbers", "critical", "8 vs 5", (10, 11), (10, 11)),)),
                  seg(2, 0.7, "major", (Finding("addition", "major", "extra", (20, 22)),))),
        scores={"chrf": None, "bleu": None, "ter": None})


def test_json_matches_the_published_schema():
    schema = json.loads(resources.files("checker").joinpath("schemas/report.schema.json").read_text())
    data = json.loads(make_report().to_json())
    jsonschema.validate(data, schema)
    assert data["schema"] == SCHEMA
    assert data["summary"] == {"segments": 3, "listed": 3, "baselined": 0, "flagged": 2, "max_risk": 0.9,
                               "by_severity": {"ok": 1, "minor": 0, "major": 1, "critical": 1},
                               "scores": {"chrf": None, "bleu": None, "ter": None}}
    assert data["segments"][2]["reference"] is None
    assert data["segments"][1]["findings"][0]["span"] == [10, 11]


def test_round_trip_through_json():
    report = make_report()
    again = Report.from_dict(json.loads(report.to_json()))
    assert again.to_dict() == report.to_dict()


def test_ranked_worst_first_and_flagged():
    report = make_report()
    assert [s.id for s in report.ranked()] == [1, 2, 0]
    assert [s.id for s in report.flagged] == [1, 2]
    assert report.worst == "critical"
    assert worst_severity([]) == "ok"


def test_findings_reject_unknown_severities():
    with pytest.raises(ValueError):
        Finding("x", "ok", "m")
    with pytest.raises(ValueError):
        Finding("x", "fatal", "m")


def test_other_schema_versions_are_refused():
    with pytest.raises(ValueError, match="checker.report/1"):
        Report.from_dict({"schema": "checker.report/0"})
