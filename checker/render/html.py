"""The review page: one self-contained HTML file for an editor.

Every segment shows translation, reference and back-translation side by side, the suspect words
highlighted in both texts with the reason on hover (``title``) and on keyboard focus (the marks
are focusable and described by their finding). The page sorts by risk or document order, filters
by severity and check, and ``j``/``k`` move between flagged segments.

Safety: all report text goes through :func:`html.escape` (quotes included) and the page carries a
Content-Security-Policy that admits only its own style sheet and script, by hash, so even a
rendering mistake could not run a document's ``<script>`` or ``onerror=``. Nothing is loaded
from the network. The page is rendered in full on the server side; the script only sorts,
filters and navigates, so it reads fine without it.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape as _escape

from checker.render.positions import marked_pieces
from checker.render.summary import (FLAG_SEVERITIES, languages_label, location_label, signal_rows,
                                    summary_line)
from checker.report import SEVERITIES, Finding, Report, Segment, TextSpan, worst_severity


def esc(value) -> str:
    """Text for HTML content or a quoted attribute value."""
    return _escape(str(value), quote=True)


def render(report: Report) -> str:
    """The whole page as a string."""
    ranked = report.ranked()
    rank = {segment.id: i for i, segment in enumerate(ranked)}
    checks = sorted({f.check for s in report.segments for f in s.findings})
    body = "\n".join([
        _header(report),
        _toolbar(report, checks),
        '<main id="segments" aria-label="Segments">',
        *(_segment(report, segment, rank[segment.id]) for segment in ranked),
        "</main>" if report.segments else '<p class="empty">The report has no segments.</p></main>',
        _footer(report),
    ])
    csp = ("default-src 'none'; "
           f"style-src '{_hash(STYLE)}'; script-src '{_hash(SCRIPT)}'; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    flagged = report.summary()["flagged"]
    title = f"Translation check {languages_label(report)}: {flagged} flagged"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{esc(title)}</title>\n"
        f"<style>{STYLE}</style>\n</head>\n<body>\n{body}\n"
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )


def _hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


# ---------------------------------------------------------------------------------------- header

def _header(report: Report) -> str:
    summary = report.summary()
    counts = summary["by_severity"]
    files = "".join(
        f'<div class="file"><span class="file-role">{esc(role)}</span> <code>{esc(path)}</code></div>'
        for role, path in report.files.items())
    cards = [
        _card(summary["segments"], "segments", "segments"),
        _card(summary["flagged"], "flagged", "flagged" if summary["flagged"] else "clean"),
        *(_card(counts.get(s, 0), s, f"sev-{s}" if counts.get(s) else "zero") for s in FLAG_SEVERITIES),
        _card(f"{summary['max_risk']:.2f}", "max risk", "max-risk"),
    ]
    if summary.get("baselined"):
        cards.append(_card(summary["baselined"], "baselined", "baselined"))
    for name, value in report.scores.items():
        if value is not None:
            cards.append(_card(f"{value:.1f}", _score_label(name), "score"))
    signals = "".join(
        f'<tr><th scope="row">{esc(label)}</th>'
        f'<td>{_status(status)}</td><td>{esc(detail) if detail else ""}</td></tr>'
        for label, status, detail in signal_rows(report))
    signatures = "".join(f"<dt>{esc(name)}</dt><dd><code>{esc(sig)}</code></dd>"
                         for name, sig in report.signatures.items())
    warnings = "".join(f"<li>{esc(w)}</li>" for w in report.warnings)
    parts = [
        '<header class="page-head">',
        '<div class="title-row"><h1>Translation check</h1>'
        f'<span class="langs">{esc(languages_label(report))}</span>'
        f'<span class="version">checker {esc(report.checker_version)}</span></div>',
        f'<div class="files">{files}</div>' if files else "",
        f'<div class="cards">{"".join(cards)}</div>',
        f'<p class="summary-line" id="summary-line">{esc(summary_line(report))}</p>',
        '<div class="meta">',
        f'<section class="signals"><h2>Signals</h2><table>{signals}</table></section>' if signals else "",
        '<section class="signatures"><h2>Signatures</h2>'
        + (f"<dl>{signatures}</dl>" if signatures else '<p class="muted">No corpus scores (no back-translation).</p>')
        + "</section>",
        "</div>",
        f'<section class="warnings" role="note"><h2>Warnings</h2><ul>{warnings}</ul></section>' if warnings else "",
        "</header>",
    ]
    return "\n".join(p for p in parts if p)


def _card(value, label: str, kind: str) -> str:
    return f'<div class="card {esc(kind)}"><span class="num">{esc(value)}</span><span class="lbl">{esc(label)}</span></div>'


def _score_label(name: str) -> str:
    return {"chrf": "chrF", "bleu": "BLEU", "ter": "TER"}.get(name, name)


def _status(status: str | None) -> str:
    if not status:
        return ""
    return f'<span class="status status-{esc(status)}">{esc(status)}</span>'


# --------------------------------------------------------------------------------------- toolbar

def _toolbar(report: Report, checks: list[str]) -> str:
    counts = report.summary()["by_severity"]
    listed = {s: sum(1 for seg in report.segments if seg.severity == s) for s in SEVERITIES}
    boxes = "".join(
        f'<label class="chip sev-{s}"><input type="checkbox" name="severity" value="{s}" checked> '
        f'{s} <span class="count">{listed[s]}</span></label>'
        for s in (*FLAG_SEVERITIES, "ok") if listed[s] or counts.get(s))
    options = "".join(f'<option value="{esc(c)}">{esc(c)}</option>' for c in checks)
    return (
        '<nav class="toolbar" aria-label="Sort, filter and move between segments">'
        '<label class="field">Sort <select id="sort">'
        '<option value="risk">highest risk first</option>'
        '<option value="risk-asc">lowest risk first</option>'
        '<option value="order">document order</option></select></label>'
        f'<fieldset id="severity-filter" class="field"><legend>Severity</legend>{boxes}</fieldset>'
        f'<label class="field">Check <select id="check"><option value="">all checks</option>{options}</select></label>'
        '<span class="nav-buttons">'
        '<button type="button" id="prev" aria-keyshortcuts="k" title="Previous flagged segment">'
        '↑ previous <kbd>k</kbd></button>'
        '<button type="button" id="next" aria-keyshortcuts="j" title="Next flagged segment">'
        '↓ next <kbd>j</kbd></button>'
        "</span>"
        f'<span id="shown" class="shown" aria-live="polite">{len(report.segments)} of {len(report.segments)} shown</span>'
        "</nav>"
    )


# -------------------------------------------------------------------------------------- segments

def _segment(report: Report, segment: Segment, rank: int) -> str:
    sid = f"seg-{segment.id}"
    findings = list(segment.findings)
    fid = {id(f): f"{sid}-f{i}" for i, f in enumerate(findings)}
    checks = sorted({f.check for f in findings})
    flagged = segment.severity != "ok"
    classes = f"seg sev-{esc(segment.severity)}" + (" flagged" if flagged else "") + (" baselined" if segment.baselined else "")
    langs = report.languages
    tags = "".join(f'<span class="tag">{esc(c)}</span>' for c in checks)
    if segment.baselined:
        tags += '<span class="tag baselined-tag" title="Listed in the baseline: reported, does not fail the run">baselined</span>'
    width = int(round(max(0.0, min(1.0, segment.risk)) * 20)) * 5
    head = (
        f'<header class="seg-head"><span class="badge sev-{esc(segment.severity)}">{esc(segment.severity)}</span>'
        f'<h2 id="{sid}-title">Segment {segment.id}</h2>'
        f'<span class="loc">{esc(location_label(report, segment))}</span>'
        f'<span class="risk" title="risk {segment.risk:.4f}"><span class="bar"><span class="fill w{width} sev-{esc(segment.severity)}"></span></span>'
        f'<span class="risk-num">risk {segment.risk:.2f}</span></span>'
        f'<span class="tags">{tags}</span></header>'
    )
    cols = (
        '<div class="cols">'
        + _column("Translation", langs.get("translation"), segment.translation,
                  [(f.span, f) for f in findings], fid, "nothing in the translation")
        + _column("Reference", langs.get("reference"), segment.reference,
                  [(f.reference_span, f) for f in findings], fid, "nothing in the reference")
        + _backtranslation(report, segment)
        + "</div>"
    )
    items = "".join(
        f'<li id="{fid[id(f)]}" class="finding sev-{esc(f.severity)}"><span class="badge sev-{esc(f.severity)}">{esc(f.severity)}</span> '
        f'<span class="check">{esc(f.check)}</span> <span class="msg">{esc(f.message)}</span>'
        f'<span class="conf">confidence {f.confidence:.2f}</span></li>'
        for f in findings)
    scores = "".join(f'<span class="score"><span class="k">{esc(_score_label(k))}</span> {v:.1f}</span>'
                     if k != "logprob" else f'<span class="score"><span class="k">log-prob</span> {v:.2f}</span>'
                     for k, v in segment.scores.items() if isinstance(v, (int, float)))
    foot = f'<ol class="findings">{items}</ol>' if items else ""
    if scores:
        foot += f'<div class="scores">{scores}</div>'
    return (
        f'<article id="{sid}" class="{classes}" tabindex="-1" aria-labelledby="{sid}-title" '
        f'data-risk="{segment.risk:.4f}" data-rank="{rank}" data-order="{segment.id}" '
        f'data-severity="{esc(segment.severity)}" data-checks="{esc(" ".join(checks))}">'
        f"{head}{cols}{foot}</article>"
    )


def _column(title: str, lang: str | None, span: TextSpan | None, spans, fid, missing: str) -> str:
    label = f"<h3>{esc(title)}{_lang_tag(lang)}</h3>"
    if span is None:
        return f'<section class="col">{label}<p class="text missing">{esc(missing)}</p></section>'
    pieces = []
    for piece, covering in marked_pieces(span.text, span.start, spans):
        if not covering:
            pieces.append(esc(piece))
            continue
        findings: list[Finding] = list(covering)
        severity = worst_severity(f.severity for f in findings)
        reason = "\n".join(f"{f.severity} · {f.check}: {f.message}" for f in findings)
        ids = " ".join(fid[id(f)] for f in findings)
        pieces.append(
            f'<mark class="hl sev-{esc(severity)}" tabindex="0" title="{esc(reason)}" data-tip="{esc(reason)}" '
            f'data-findings="{ids}" aria-describedby="{ids}">{esc(piece)}</mark>')
    lang_attr = f' lang="{esc(lang)}"' if lang else ""
    return (f'<section class="col">{label}<p class="text"{lang_attr} dir="auto">{"".join(pieces)}</p>'
            f'<span class="where">line {span.line}</span></section>')


def _lang_tag(lang: str | None) -> str:
    return f' <span class="lang">{esc(lang)}</span>' if lang else ""


def _backtranslation(report: Report, segment: Segment) -> str:
    lang = report.languages.get("reference")
    label = f"<h3>Back-translation{_lang_tag(lang)}</h3>"
    if segment.backtranslation is None:
        status = report.signals.get("backtranslation", {}).get("status") if isinstance(
            report.signals.get("backtranslation"), dict) else None
        why = {"off": "back-translation turned off", "unavailable": "back-translation unavailable"}.get(
            status or "", "no back-translation")
        if segment.translation is None:
            why = "nothing to back-translate"
        return f'<section class="col back">{label}<p class="text missing">{esc(why)}</p></section>'
    lang_attr = f' lang="{esc(lang)}"' if lang else ""
    return (f'<section class="col back">{label}<p class="text"{lang_attr} dir="auto">'
            f"{esc(segment.backtranslation)}</p></section>")


def _footer(report: Report) -> str:
    settings = ", ".join(f"{k}={v}" for k, v in report.settings.items() if v is not None)
    return (f'<footer class="page-foot"><p>{esc(summary_line(report))}</p>'
            + (f'<details><summary>Settings</summary><p><code>{esc(settings)}</code></p></details>' if settings else "")
            + "</footer>")


STYLE = """
:root{--bg:#f5f6f8;--card:#fff;--text:#1c2024;--muted:#5f6b7a;--border:#dde1e6;--accent:#2557d6;
--critical:#b42318;--critical-bg:#fdecea;--major:#c4460a;--major-bg:#fff1e5;--minor:#946200;--minor-bg:#fff8d6;
--ok:#17803d;--ok-bg:#e6f6ec;--serif:Charter,"Bitstream Charter","Iowan Old Style",Georgia,"DejaVu Serif",serif;
--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#111418;--card:#1a1e24;--text:#e6e9ed;--muted:#9aa4b2;--border:#2e353e;
--accent:#7aa2ff;--critical:#ff7b72;--critical-bg:#3b1a1a;--major:#ffa657;--major-bg:#3a2414;--minor:#e3b341;
--minor-bg:#332a10;--ok:#56d364;--ok-bg:#12301c}}
*{box-sizing:border-box}
html{scroll-padding-top:5.5rem}
body{margin:0;background:var(--bg);color:var(--text);font:15px/1.5 var(--sans)}
.page-head,.toolbar,main,.page-foot{max-width:1440px;margin:0 auto;padding-left:24px;padding-right:24px}
.page-head{padding-top:24px;padding-bottom:8px}
.title-row{display:flex;align-items:baseline;gap:14px;flex-wrap:wrap}
h1{font-size:26px;margin:0;letter-spacing:-.01em}
.langs{font-size:18px;font-weight:600;color:var(--accent)}
.version{color:var(--muted);font-size:13px}
.files{display:flex;gap:24px;flex-wrap:wrap;margin:6px 0 0;color:var(--muted);font-size:13px}
.file-role{text-transform:uppercase;letter-spacing:.06em;font-size:11px;font-weight:600}
code{font:12.5px/1.4 ui-monospace,"SFMono-Regular","DejaVu Sans Mono",Menlo,monospace;overflow-wrap:anywhere}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:18px 0 10px}
.card{background:var(--card);border:1px solid var(--border);border-radius:10px;padding:10px 16px;min-width:104px;
display:flex;flex-direction:column}
.card .num{font-size:24px;font-weight:700;line-height:1.15;font-variant-numeric:tabular-nums}
.card .lbl{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
.card.score .lbl{text-transform:none;letter-spacing:0;font-weight:600}
.card.sev-critical{border-color:var(--critical);background:var(--critical-bg)}.card.sev-critical .num{color:var(--critical)}
.card.sev-major{border-color:var(--major);background:var(--major-bg)}.card.sev-major .num{color:var(--major)}
.card.sev-minor{border-color:var(--minor);background:var(--minor-bg)}.card.sev-minor .num{color:var(--minor)}
.card.zero .num{color:var(--muted)}.card.clean .num{color:var(--ok)}
.summary-line{margin:4px 0 14px;color:var(--muted)}
.meta{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px}
@media (max-width:900px){.meta{grid-template-columns:1fr}}
.meta section,.warnings{background:var(--card);border:1px solid var(--border);border-radius:10px;padding:12px 16px}
h2{font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0 0 8px}
.signals table{border-collapse:collapse;width:100%;font-size:13.5px}
.signals th{text-align:left;font-weight:600;padding:3px 12px 3px 0;white-space:nowrap;vertical-align:top}
.signals td{padding:3px 12px 3px 0;vertical-align:top;color:var(--muted)}
.status{display:inline-block;border-radius:999px;padding:0 8px;font-size:12px;font-weight:600}
.status-ok{background:var(--ok-bg);color:var(--ok)}
.status-unavailable{background:var(--minor-bg);color:var(--minor)}
.status-off{background:var(--bg);color:var(--muted);border:1px solid var(--border)}
dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:4px 12px;font-size:13px}dt{font-weight:600}dd{margin:0}
.muted{color:var(--muted);margin:0;font-size:13.5px}
.warnings{margin-top:16px;border-color:var(--minor);background:var(--minor-bg)}.warnings ul{margin:0;padding-left:20px}
.toolbar{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;align-items:center;gap:10px 16px;
padding-top:10px;padding-bottom:10px;background:var(--bg);border-bottom:1px solid var(--border);font-size:13.5px}
.field{display:flex;align-items:center;gap:6px;border:0;margin:0;padding:0}
fieldset.field legend{float:left;margin-right:6px;padding:0}
select,button{font:inherit;color:inherit;background:var(--card);border:1px solid var(--border);border-radius:6px;padding:3px 8px}
button{cursor:pointer}button:hover{border-color:var(--accent)}
#check{max-width:13em}
.chip{display:inline-flex;align-items:center;gap:4px;border:1px solid var(--border);border-radius:999px;padding:1px 9px;
background:var(--card);cursor:pointer}
.chip .count{color:var(--muted);font-variant-numeric:tabular-nums}
.nav-buttons{display:flex;gap:6px}
.shown{color:var(--muted);margin-left:auto}
button kbd{margin-left:4px}
kbd{font:12px ui-monospace,monospace;border:1px solid var(--border);border-bottom-width:2px;border-radius:4px;padding:0 5px;background:var(--card)}
main{padding-top:16px;padding-bottom:24px;display:flex;flex-direction:column;gap:14px}
.seg{background:var(--card);border:1px solid var(--border);border-left:5px solid var(--border);border-radius:10px;
padding:14px 18px 12px;outline:none}
.seg.sev-critical{border-left-color:var(--critical)}.seg.sev-major{border-left-color:var(--major)}
.seg.sev-minor{border-left-color:var(--minor)}.seg.sev-ok{border-left-color:var(--ok)}
.seg.current,.seg:focus-visible{box-shadow:0 0 0 3px color-mix(in srgb,var(--accent) 35%,transparent)}
.seg-head{display:flex;flex-wrap:wrap;align-items:center;gap:8px 14px;margin-bottom:10px}
.seg-head h2{font-size:15px;text-transform:none;letter-spacing:0;color:var(--text);margin:0}
.loc{color:var(--muted);font-size:13px}
.badge{display:inline-block;border-radius:5px;padding:1px 8px;font-size:12px;font-weight:700;text-transform:uppercase;
letter-spacing:.04em}
.badge.sev-critical{background:var(--critical);color:#fff}.badge.sev-major{background:var(--major);color:#fff}
.badge.sev-minor{background:var(--minor-bg);color:var(--minor);border:1px solid var(--minor)}
.badge.sev-ok{background:var(--ok-bg);color:var(--ok)}
.risk{display:inline-flex;align-items:center;gap:8px;font-size:13px;font-variant-numeric:tabular-nums}
.bar{display:inline-block;width:90px;height:7px;border-radius:4px;background:var(--bg);border:1px solid var(--border);overflow:hidden}
.fill{display:block;height:100%;background:var(--muted)}
.fill.sev-critical{background:var(--critical)}.fill.sev-major{background:var(--major)}
.fill.sev-minor{background:var(--minor)}.fill.sev-ok{background:var(--ok)}
""" + "".join(f".w{w}{{width:{w}%}}" for w in range(0, 101, 5)) + """
.tags{display:flex;gap:6px;flex-wrap:wrap;margin-left:auto}
.tag{font:12px ui-monospace,monospace;background:var(--bg);border:1px solid var(--border);border-radius:5px;padding:0 6px}
.baselined-tag{font-family:var(--sans);color:var(--muted)}
.cols{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:14px}
@media (max-width:900px){.cols{grid-template-columns:1fr}}
.col{position:relative;background:var(--bg);border-radius:8px;padding:8px 12px 6px;min-width:0}
.col.back{background:transparent;border:1px dashed var(--border)}
.col h3{margin:0 0 4px;font-size:11.5px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
.lang{font-weight:400;text-transform:none;background:var(--card);border:1px solid var(--border);border-radius:4px;padding:0 4px;margin-left:4px}
.text{margin:0;font:16px/1.55 var(--serif);white-space:pre-wrap;overflow-wrap:anywhere}
.text.missing{font:italic 14px/1.5 var(--sans);color:var(--muted)}
.where{display:block;text-align:right;font-size:11.5px;color:var(--muted)}
mark.hl{position:relative;color:inherit;border-radius:3px;padding:0 1px;cursor:help;border-bottom:2px solid}
mark.hl.sev-critical{background:var(--critical-bg);border-color:var(--critical)}
mark.hl.sev-major{background:var(--major-bg);border-color:var(--major)}
mark.hl.sev-minor{background:var(--minor-bg);border-color:var(--minor)}
mark.hl:focus{outline:2px solid var(--accent);outline-offset:1px}
mark.hl.linked{outline:2px solid var(--accent)}
mark.hl:focus::after{content:attr(data-tip);position:absolute;left:0;top:calc(100% + 6px);z-index:10;width:max-content;
max-width:min(460px,80vw);white-space:pre-wrap;background:var(--text);color:var(--card);font:13px/1.4 var(--sans);
padding:6px 9px;border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.25)}
.findings{list-style:none;margin:10px 0 0;padding:0;display:flex;flex-direction:column;gap:5px;font-size:14px}
.finding{display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}
.finding.linked .msg{text-decoration:underline;text-decoration-color:var(--accent)}
.check{font:12.5px ui-monospace,monospace;color:var(--muted)}
.msg{flex:1 1 420px}
.conf{color:var(--muted);font-size:12px;font-variant-numeric:tabular-nums}
.scores{display:flex;gap:14px;margin-top:8px;font-size:12.5px;color:var(--muted);font-variant-numeric:tabular-nums}
.scores .k{font-weight:600}
.empty{color:var(--muted)}
.page-foot{color:var(--muted);font-size:13px;padding-bottom:32px}
[hidden]{display:none!important}
@media print{.toolbar{display:none}.seg{break-inside:avoid}}
"""

SCRIPT = """
(function () {
  "use strict";
  var list = document.getElementById("segments");
  if (!list) { return; }
  var segments = Array.prototype.slice.call(list.querySelectorAll("article.seg"));
  var sortSelect = document.getElementById("sort");
  var checkSelect = document.getElementById("check");
  var boxes = Array.prototype.slice.call(document.querySelectorAll("#severity-filter input"));
  var shown = document.getElementById("shown");
  var current = null;

  function number(el, key) { return parseFloat(el.getAttribute("data-" + key)) || 0; }

  function sortSegments() {
    var mode = sortSelect ? sortSelect.value : "risk";
    var key = mode === "order" ? "order" : "rank";
    var sign = mode === "risk-asc" ? -1 : 1;
    segments.slice().sort(function (a, b) { return sign * (number(a, key) - number(b, key)); })
      .forEach(function (el) { list.appendChild(el); });
  }

  function filterSegments() {
    var severities = {};
    boxes.forEach(function (box) { severities[box.value] = box.checked; });
    var check = checkSelect ? checkSelect.value : "";
    var count = 0;
    segments.forEach(function (el) {
      var severity = el.getAttribute("data-severity");
      var checks = (el.getAttribute("data-checks") || "").split(" ");
      var visible = severities[severity] !== false && (!check || checks.indexOf(check) >= 0);
      el.hidden = !visible;
      if (visible) { count += 1; }
    });
    if (shown) { shown.textContent = count + " of " + segments.length + " shown"; }
  }

  function flaggedInView() {
    return Array.prototype.slice.call(list.querySelectorAll("article.seg.flagged:not([hidden])"));
  }

  function move(step) {
    var flagged = flaggedInView();
    if (!flagged.length) { return; }
    var index = flagged.indexOf(current);
    if (index < 0) {
      index = step > 0 ? 0 : flagged.length - 1;
    } else {
      index = Math.min(flagged.length - 1, Math.max(0, index + step));
    }
    if (current) { current.classList.remove("current"); }
    current = flagged[index];
    current.classList.add("current");
    current.focus({preventScroll: true});
    current.scrollIntoView({block: "start"});
  }

  function link(event, on) {
    var mark = event.target;
    if (!mark || !mark.getAttribute || !mark.classList.contains("hl")) { return; }
    var ids = (mark.getAttribute("data-findings") || "").split(" ");
    var article = mark.closest("article");
    if (!article) { return; }
    ids.forEach(function (id) {
      if (!id) { return; }
      article.querySelectorAll("mark.hl").forEach(function (other) {
        if ((" " + other.getAttribute("data-findings") + " ").indexOf(" " + id + " ") >= 0) {
          other.classList.toggle("linked", on);
        }
      });
      var item = document.getElementById(id);
      if (item) { item.classList.toggle("linked", on); }
    });
  }

  if (sortSelect) { sortSelect.addEventListener("change", sortSegments); }
  if (checkSelect) { checkSelect.addEventListener("change", filterSegments); }
  boxes.forEach(function (box) { box.addEventListener("change", filterSegments); });
  var next = document.getElementById("next");
  var prev = document.getElementById("prev");
  if (next) { next.addEventListener("click", function () { move(1); }); }
  if (prev) { prev.addEventListener("click", function () { move(-1); }); }
  list.addEventListener("mouseover", function (e) { link(e, true); });
  list.addEventListener("mouseout", function (e) { link(e, false); });
  list.addEventListener("focusin", function (e) {
    link(e, true);
    var article = e.target && e.target.closest ? e.target.closest("article.seg") : null;
    if (article && article.classList.contains("flagged") && article !== current) {
      if (current) { current.classList.remove("current"); }
      current = article;
      current.classList.add("current");
    }
  });
  list.addEventListener("focusout", function (e) { link(e, false); });
  document.addEventListener("keydown", function (e) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) { return; }
    var tag = e.target && e.target.tagName;
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA" || (e.target && e.target.isContentEditable)) { return; }
    if (e.key === "j" || e.key === "n") { move(1); e.preventDefault(); }
    else if (e.key === "k" || e.key === "p") { move(-1); e.preventDefault(); }
  });
  sortSegments();
  filterSegments();
  document.documentElement.setAttribute("data-ready", "true");
})();
"""
