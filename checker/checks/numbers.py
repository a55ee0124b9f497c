"""Numbers and quantities: every value on one side must be on the other.

Values are compared as numbers, whatever the convention they are written in ("1 000,5",
"1,000.5", "三", "trois", "٣"), so a changed figure stands out and a reformatted one does not.
Day numbers inside dates are left to the dates check.

Fractions are exact shares: 四分之一, 4分の1 and "25 %" are one figure, and "a quarter", "un
quart", "seperempat", ربع answer it. Words for approximate or relative amounts ("dozens",
"hundreds of", 数十, puluhan, "twice", "doubled", 十多) carry no exact figure: they answer a figure
of the other side that they may stand for, but never call for one.
"""

from __future__ import annotations

from collections import Counter

from checker.checks import file_span, language
from checker.checks.dates import extract_dates
from checker.checks.numerals import format_value, scan_quantities
from checker.report import Finding


def _values(text: str, lang: str) -> tuple[list, list]:
    """(exact figures, approximate or relative amounts) of a side; dates left out."""
    dates = [(d.start, d.end) for d in extract_dates(text, lang)]  # 周三 (Wednesday) holds a 三
    exact, approx = scan_quantities(text, lang, dates)
    return [q for q in exact if not (q.kind == "number" and q.value == 1)], approx


def _key(q) -> tuple[str, float]:
    # Clock times compare on a 12-hour dial: "7:30 p.m." is often rendered "19.30", "晚7时30分"
    # or just "7h30", and the half of the day is not what a changed figure changes.
    if q.kind == "time":
        return ("time", round(q.value % 720, 6))
    return ("n", round(q.value, 6))


def _covers(amount, q) -> bool:
    """Whether the approximate or relative ``amount`` may stand for the figure ``q``: "a dozen"
    for 12, "hundreds" for 300, "a quarter" for 四分之一 (25 %), "25 %" or "one in four"."""
    lo, hi = round(amount.value, 6) - 1e-6, round(amount.high, 6) + 1e-6
    if any(lo <= v <= hi for v in (q.value, *q.alts)):
        return True
    percent = q.value if q.kind == "percent" else q.share
    return percent is not None and amount.high <= 1 and lo <= percent / 100 <= hi


def _keys(q) -> set:
    keys = {_key(q)} | {("n", round(v, 6)) for v in q.alts}
    if q.share is not None:
        keys.add(("n", round(q.share, 6)))
    return keys


def _pair_shares(only_r: list, only_t: list) -> tuple[list, list]:
    """A figure with two readings answers either on the other side: a ratio ("one in three",
    "un TGV sur trois") its number or its share (三分之一, "33.3 %"), a decade ("the 1960s")
    its four figures or its two (六十年代, "les années 60")."""
    if not any(q.share is not None or q.alts for q in only_r + only_t):
        return only_r, only_t
    only_t = list(only_t)
    kept_r = []
    for q in only_r:
        match = next((x for x in only_t if _keys(x) & _keys(q) and (x.kind == "time") == (q.kind == "time")), None)
        if match is not None:
            only_t.remove(match)
        else:
            kept_r.append(q)
    return kept_r, only_t


def _unsaid(values: list, other_lang: str, amounts: list) -> list:
    """Drop values the other side may leave implicit or vague: its approximate and relative
    amounts ("twice", "dozens", "a quarter", 十多; each answers one figure) and small numbers its
    grammar carries (Arabic duals: صاروخين is "two missiles" with no number word). Such words
    answer a figure but never call for one."""
    implicit = {round(float(v), 6) for v in language(other_lang).get("implicit_values", [])}
    free = list(amounts)
    kept = []
    for q in values:
        if q.kind != "time":
            match = next((a for a in free if _covers(a, q)), None)
            if match is not None:
                free.remove(match)
                continue
            if round(q.value, 6) in implicit:
                continue
        kept.append(q)
    return kept


def run(pair, langs, context) -> list[Finding]:
    t, t_amounts = _values(pair.translation.text, langs.translation)
    r, r_amounts = _values(pair.reference.text, langs.reference)
    t_count, r_count = Counter(_key(q) for q in t), Counter(_key(q) for q in r)
    only_r = [q for q in r if r_count[_key(q)] > t_count[_key(q)]]
    only_t = [q for q in t if t_count[_key(q)] > r_count[_key(q)]]
    only_r, only_t = _pair_shares(only_r, only_t)
    only_r = _unsaid(only_r, langs.translation, t_amounts)
    only_t = _unsaid(only_t, langs.reference, r_amounts)
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
