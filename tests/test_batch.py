import json

import pytest

from checker.baseline import apply_baseline, baseline_json, load_baseline, segment_key
from checker.batch import ReportMerger, is_batch, pairs_by_name, pairs_from_manifest
from checker.documents import InputError
from checker.report import Finding, Report, Segment, TextSpan


def seg(i, sev, text="t"):
    return Segment(id=i, translation=TextSpan(text, 0, len(text), 1), reference=TextSpan("r", 0, 1, 1),
                   backtranslation=None, scores={}, risk=0.9 if sev != "ok" else 0.0, severity=sev,
                   findings=(Finding("numbers", sev, "m"),) if sev != "ok" else ())


def report(*segments):
    return Report("0.1.0", {"translation": "fr", "reference": "id"}, {"backtranslation": {"status": "off"}},
                  {}, {}, tuple(segments))


def test_pairs_by_naming_convention(tmp_path):
    for name in ("a.fr.md", "a.id.md", "b.fr.txt", "b.id.txt", "c.en.md"):
        (tmp_path / name).write_text("x")
    pairs = list(pairs_by_name(str(tmp_path), None, "fr", "id"))
    assert [(p.translation.name, p.reference.name) for p in pairs] == [("a.fr.md", "a.id.md"), ("b.fr.txt", "b.id.txt")]
    globbed = list(pairs_by_name(str(tmp_path / "*.md"), None, "fr", "id"))
    assert [p.translation.name for p in globbed] == ["a.fr.md"]
    assert is_batch(str(tmp_path)) and is_batch("x/*.md") and not is_batch("x/a.md")


def test_custom_pattern_and_missing_reference(tmp_path):
    (tmp_path / "fr_story.txt").write_text("x")
    (tmp_path / "id_story.txt").write_text("x")
    pairs = list(pairs_by_name(str(tmp_path), None, "fr", "id", "{lang}_{name}.txt"))
    assert [p.reference.name for p in pairs] == ["id_story.txt"]
    (tmp_path / "fr_other.txt").write_text("x")
    with pytest.raises(InputError, match="no reference"):
        list(pairs_by_name(str(tmp_path), None, "fr", "id", "{lang}_{name}.txt"))
    with pytest.raises(InputError, match="--lang and --ref-lang"):
        list(pairs_by_name(str(tmp_path), None, None, "id"))


def test_manifest_toml_and_csv(tmp_path):
    (tmp_path / "m.toml").write_text('[[pair]]\ntranslation = "a.fr.txt"\nreference = "a.id.txt"\nlang = "fr"\n')
    (tmp_path / "m.csv").write_text("translation,reference,lang,ref_lang\na.fr.txt,a.id.txt,fr,id\n")
    t = list(pairs_from_manifest(tmp_path / "m.toml"))
    c = list(pairs_from_manifest(tmp_path / "m.csv"))
    assert t[0].translation == tmp_path / "a.fr.txt" and t[0].lang == "fr" and t[0].ref_lang is None
    assert c[0].reference == tmp_path / "a.id.txt" and c[0].ref_lang == "id"
    (tmp_path / "bad.csv").write_text("translation,reference,colour\na,b,red\n")
    with pytest.raises(InputError, match="unknown field 'colour'"):
        list(pairs_from_manifest(tmp_path / "bad.csv"))


def test_merger_keeps_flagged_segments_and_counts_the_rest():
    merger = ReportMerger()
    merger.add(report(seg(0, "ok"), seg(1, "critical")), "a.fr.txt")
    merger.add(report(seg(0, "ok"), seg(1, "ok"), seg(2, "minor")), "b.fr.txt")
    merged = merger.report()
    assert [(s.id, s.source, s.severity) for s in merged.segments] == [(0, "a.fr.txt", "critical"), (1, "b.fr.txt", "minor")]
    summary = merged.summary()
    assert summary["segments"] == 5 and summary["flagged"] == 2 and summary["by_severity"]["ok"] == 3


def test_baseline_round_trip_marks_known_segments(tmp_path):
    first = report(seg(0, "critical", "old problem"), seg(1, "ok"))
    path = tmp_path / "baseline.json"
    path.write_text(baseline_json(first))
    keys = load_baseline(path)
    assert keys == {segment_key(first.segments[0])}
    later = report(seg(0, "critical", "old problem"), seg(1, "major", "new problem"))
    marked = apply_baseline(later, keys)
    assert [s.baselined for s in marked.segments] == [True, False]
    assert json.loads(marked.to_json())["summary"]["baselined"] == 1


def test_bad_baseline_file(tmp_path):
    (tmp_path / "b.json").write_text('{"schema": "other"}')
    with pytest.raises(InputError, match="checker.baseline/1"):
        load_baseline(tmp_path / "b.json")
    with pytest.raises(InputError, match="no such baseline"):
        load_baseline(tmp_path / "missing.json")
