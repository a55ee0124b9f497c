import pytest

from checker.report import Finding
from checker.risk import SegmentSignals, assess, chrf_probability, robust_z, severity_for


def test_a_segment_far_below_its_article_ranks_first():
    chrfs = [72, 68, 75, 70, 71, 69, 40, 74]
    out = assess([SegmentSignals(chrf=c) for c in chrfs])
    order = sorted(range(len(out)), key=lambda i: -out[i].risk)
    assert order[0] == 6
    assert out[6].severity in ("major", "critical")
    assert all(out[i].severity == "ok" for i in range(len(out)) if i != 6)


def test_findings_raise_risk_by_severity_and_combine():
    crit = assess([SegmentSignals(findings=[Finding("numbers", "critical", "x")])])[0]
    minor = assess([SegmentSignals(findings=[Finding("length", "minor", "x")])])[0]
    both = assess([SegmentSignals(findings=[Finding("length", "minor", "x"), Finding("quotes", "major", "y")])])[0]
    none = assess([SegmentSignals()])[0]
    assert none.risk == 0 and none.severity == "ok"
    assert crit.severity == "critical" and crit.risk > both.risk > minor.risk > 0
    assert both.findings[0].check == "quotes"  # strongest finding first


def test_repeated_findings_of_one_check_do_not_stack():
    one = assess([SegmentSignals(findings=[Finding("length", "minor", "x")])])[0]
    two = assess([SegmentSignals(findings=[Finding("length", "minor", "x"), Finding("length", "minor", "y")])])[0]
    assert one.risk == pytest.approx(two.risk)


def test_low_confidence_finding_counts_less():
    sure = assess([SegmentSignals(findings=[Finding("names", "major", "x", confidence=1.0)])])[0]
    unsure = assess([SegmentSignals(findings=[Finding("names", "major", "x", confidence=0.3)])])[0]
    assert unsure.risk < sure.risk


def test_calibration_helpers():
    assert robust_z([10, 10, 10], 10, floor=1) == 0
    assert robust_z([70, 71, 72, 73], 40, floor=6) > 4
    assert chrf_probability(20, []) > 0.8 and chrf_probability(80, []) < 0.05
    assert severity_for(0.9, 0.35, 0.6, 0.85) == "critical"
    assert severity_for(0.5, 0.35, 0.6, 0.85) == "minor"
    assert severity_for(0.1, 0.35, 0.6, 0.85) == "ok"
