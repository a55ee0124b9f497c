"""Numbers and quantities: every value on one side must be on the other.

Values are compared as numbers, whatever the convention they are written in ("1 000,5",
"1,000.5", "三", "trois", "٣"), so a changed figure stands out and a reformatted one does not.
Day numbers inside dates are left to the dates check.
"""

from __future__ import annotations

import re
from collections import Counter

from checker.checks import file_span, language
from checker.checks.dates import extract_dates
from checker.checks.numerals import extract_quantities, format_value
from checker.report import Finding


def _values(text: str, lang: str):
    dates = [(d.start, d.end) for d in extract_dates(text, lang)]  # 周三 (Wednesday) holds a 三
    return [q for q in extract_quantities(text, lang, dates) if not (q.kind == "number" and q.value == 1)]


def _key(q) -> tuple[str, float]:
    # Clock times compare on a 12-hour dial: "7:30 p.m." is often rendered "19.30", "晚7时30分"
    # or just "7h30", and the half of the day is not what a changed figure changes.
    if q.kind == "time":
        return ("time", round(q.value % 720, 6))
    return ("n", round(q.value, 6))


def _weak_values(text: str, lang: str) -> Counter:
    """Values a side expresses without a figure ("both", "twice", "les deux", 双方): they may
    answer a number on the other side but never call for one."""
    data = language(lang)
    lower = text.lower().replace("’", "'")
    found: Counter = Counter()
    cjk = data.get("script") == "han"
    for phrase, value in data.get("weak_numbers", {}).items():
        pattern = re.escape(phrase.lower()) if cjk else rf"(?<!\w){re.escape(phrase.lower())}(?!\w)"
        found[round(float(value), 6)] += len(re.findall(pattern, lower))
    return found


def _unsaid(values: list, other_lang: str, weak: Counter) -> list:
    """Drop values the other side may leave implicit: its weak readings, and small numbers its
    grammar carries (Arabic duals: صاروخين is "two missiles" with no number word)."""
    implicit = {round(float(v), 6) for v in language(other_lang).get("implicit_values", [])}
    weak = Counter(weak)
    kept = []
    for q in values:
        key = round(q.value, 6)
        if q.kind != "time" and weak[key] > 0:
            weak[key] -= 1
            continue
        if q.kind != "time" and key in implicit:
            continue
        kept.append(q)
    return kept


def run(pair, langs, context) -> list[Finding]:
    t = _values(pair.translation.text, langs.translation)
    r = _values(pair.reference.text, langs.reference)
    t_count, r_count = Counter(_key(q) for q in t), Counter(_key(q) for q in r)
    only_r = [q for q in r if r_count[_key(q)] > t_count[_key(q)]]
    only_t = [q for q in t if t_count[_key(q)] > r_count[_key(q)]]
    only_r = _unsaid(only_r, langs.translation, _weak_values(pair.translation.text, langs.translation))
    only_t = _unsaid(only_t, langs.reference, _weak_values(pair.reference.text, langs.reference))
    findings = []
    used_t: set[int] = set()
    for q in only_r:
        same_kind = [i for i, x in enumerate(only_t) if i not in used_t and (x.kind == "time") == (q.kind == "time")]
        if same_kind:
            i = same_kind[0]
            used_t.add(i)
            x = only_t[i]
            message = f"reference says {q.surface.strip()} ({format_value(q)}), translation says {x.surface.strip()} ({format_value(x)})"
            findings.append(Finding("numbers", "critical", message, file_span(pair.translation, x.start, x.end),
                                    file_span(pair.reference, q.start, q.end), 0.95))
        else:
            findings.append(Finding("numbers", "critical",
                                    f"reference says {q.surface.strip()} ({format_value(q)}); the translation has no such number",
                                    None, file_span(pair.reference, q.start, q.end), 0.8))
    for i, x in enumerate(only_t):
        if i not in used_t:
            findings.append(Finding("numbers", "critical",
                                    f"translation says {x.surface.strip()} ({format_value(x)}); the reference has no such number",
                                    file_span(pair.translation, x.start, x.end), None, 0.8))
    return findings
