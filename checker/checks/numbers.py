"""Numbers and quantities: every value on one side must be on the other.

Values are compared as numbers, whatever the convention they are written in ("1 000,5",
"1,000.5", "三", "trois", "٣"), so a changed figure stands out and a reformatted one does not.
Day numbers inside dates are left to the dates check.

Fractions are exact shares: 四分之一, 4分の1 and "25 %" are one figure, and "a quarter", "un
quart", "seperempat", ربع answer it. Words for approximate or relative amounts ("dozens",
"hundreds of", 数十, puluhan, "twice", "doubled", 十多) carry no exact figure: they answer a figure
of the other side that they may stand for, but never call for one.

Clock times compare on a 12-hour dial, and a whole hour answers the same hour said as a bare
number ("23.00" or "11 p.m." against "vers 23 heures"); "midnight" and "noon" answer 0:00 and
12:00. Figures inside codes (G20, F-16) answer a figure but call only against the same code with
another figure. A small ordinal word ("second term", kelima) left alone calls for nothing when the
other side has no figure left to stand against it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from checker.checks import file_span, language
from checker.checks.dates import extract_dates
from checker.checks.numerals import Quantity, ascii_digits, format_value, scan_quantities
from checker.checks.quotes import titles
from checker.report import Finding


# the year after the day and month of a numeric date: the "/2024" of "6/2/2024"
_NUMERIC_YEAR = re.compile(r"/\d{4}\b")


def _values(text: str, lang: str) -> tuple[list, list]:
    """(exact figures, approximate or relative amounts) of a side; dates left out. "One" is no
    figure: "a percentage point" answers "1 %" as "a man" answers "1 man"."""
    mentions = extract_dates(text, lang)
    dates = [(d.start, d.end) for d in mentions]  # 周三 (Wednesday) holds a 三
    exact, approx = scan_quantities(text, lang, dates)
    # the year of a numeric date ("Selasa (6/2/2024)") answers the year of 2024年2月6日 but never
    # calls for one: a translation that spells the date out often leaves it out
    years = {d.end + 1 for d in mentions if d.kind == "day-month" and _NUMERIC_YEAR.match(text, d.end)}
    exact = [replace(q, soft=True) if q.start in years else q for q in exact]
    # a number word inside a title (《第九交响曲》, "the Ninth Symphony") is translated with the
    # title; figures in titles and names ("H3", « NOVA 7 ») are kept as they are
    quoted = titles(text, lang)
    if quoted:
        exact = [replace(q, soft=True) if any(a <= q.start and q.end <= b for a, b in quoted)
                 and not any(c.isdigit() for c in q.surface) else q for q in exact]
    # a range of months from January (1～8月, "January-August") answers "the first eight months"
    approx = approx + [Quantity(d.span, d.start, d.end, d.surface, "approx", d.span) for d in mentions if d.span]
    return [q for q in exact if not (q.kind in ("number", "percent") and q.value == 1)], approx


# Figures inside names and codes: G20, COP29, MH17, F-16, A320. The other side may spell the
# name out ("the Group of 20", مجموعة العشرين), so such a figure answers one but never calls for one.
_CODE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]+)-?([0-9\uff10-\uff19]+)(?![A-Za-z0-9]|[.,]\d)")


# a figure before its letter: 5G, 4G, 3D (a network generation, a format), not 30M or 4K (amounts)
_CODE_AFTER = re.compile(r"(?<![A-Za-z0-9.,])([0-9\uff10-\uff19]{1,2})([GD])(?![A-Za-z0-9])")


def _codes(text: str) -> list[tuple[str, float, int, int]]:
    """(letters, figure, start, end) of each code in ``text``: ("G", 20) for G20, ("·G", 5) for 5G."""
    return [(m.group(1).upper(), float(ascii_digits(m.group(2))), m.start(), m.end()) for m in _CODE.finditer(text)
            if m.group(1)[0].isupper()] + \
        [("·" + m.group(2), float(ascii_digits(m.group(1))), m.start(), m.end()) for m in _CODE_AFTER.finditer(text)]


# Letters before a figure that make no name: currencies ("Rp500", "US$"), quarters and halves
# of a year (Q3, H1, which the other side says in words and must answer)
_NOT_CODES = {"RP", "RM", "RS", "US", "USD", "EUR", "GBP", "JPY", "CNY", "IDR", "SGD", "HK", "HKD", "AUD",
              "CAD", "Q", "H", "S", "T", "K", "M", "B", "X"}


def _in_own_code(values: list, codes: list) -> list:
    """Drop the figures written inside a name or code of their own side (COVID-19, G20, F-16)
    that found no answer: the other side may leave the figure out (新冠, "the coronavirus") or
    name the thing otherwise; a code with another figure is :func:`_changed_codes`' finding."""
    spans = [(a, b) for c, _, a, b in codes if c not in _NOT_CODES]
    return [q for q in values if not any(a <= q.start and q.end <= b for a, b in spans)]


def _changed_codes(pair, t_codes: list, r_codes: list) -> list[Finding]:
    """A code written on both sides with another figure: G20 against G46, F-16 against F-35. A
    code the other side leaves out (COVID-19 as 新冠) is no finding."""
    findings = []
    r_set, t_set = {(c, v) for c, v, _, _ in r_codes}, {(c, v) for c, v, _, _ in t_codes}
    for c, v, a, b in t_codes:
        others = [x for x in r_codes if x[0] == c and (c, x[1]) not in t_set]
        if (c, v) not in r_set and others:
            x = others[0]
            findings.append(Finding("numbers", "critical",
                                    f"reference says {pair.reference.text[x[2]:x[3]]}, translation says "
                                    f"{pair.translation.text[a:b]}", file_span(pair.translation, a, b),
                                    file_span(pair.reference, x[2], x[3]), 0.9))
    return findings


# a code that mixes letters and figures in one word: H5N1, nOPV2, B40, A320neo, MH17
_MIXED_CODE = re.compile(r"(?<![\w.-])(?=[A-Za-z0-9-]*[0-9])[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9](?![\w-])")


def _mixed_codes(text: str) -> dict[str, tuple[str, int, int]]:
    """{shape: (code, start, end)} of the codes of ``text`` that mix letters and figures, by their
    shape with each run of figures as "#" (H5N1: "h#n#")."""
    out: dict[str, tuple[str, int, int]] = {}
    for m in _MIXED_CODE.finditer(text):
        out.setdefault(re.sub(r"[0-9]+", "#", m.group().lower()), (m.group().lower(), m.start(), m.end()))
    return out


def _changed_mixed_codes(pair, known: list[Finding]) -> list[Finding]:
    """A code of one shape written on both sides with other figures: H5N1 against H5N6, nOPV2
    against nOPV3 (figures inside such a code are no amounts, so nothing else compares them)."""
    t, r = _mixed_codes(pair.translation.text), _mixed_codes(pair.reference.text)
    t_all = {c for c, _, _ in t.values()}
    r_all = {c for c, _, _ in r.values()}
    findings = []
    for shape, (code, a, b) in t.items():
        other = r.get(shape)
        if other is None or code in r_all or other[0] in t_all:
            continue
        if any(f.span and f.span[0] <= pair.translation.start + a < f.span[1] for f in known):
            continue  # G20 against G46: already said
        findings.append(Finding("numbers", "critical",
                                f"reference says {pair.reference.text[other[1]:other[2]]}, translation says "
                                f"{pair.translation.text[a:b]}", file_span(pair.translation, a, b),
                                file_span(pair.reference, other[1], other[2]), 0.9))
    return findings


def _surplus(mine: list, other: list) -> list:
    """The figures of ``mine`` that ``other`` does not match one for one: of "the two cities …
    2 hours" against "2 jam", one 2 only. The other side's figures are taken to match the
    plainest of equal ones, so a soft one (a numeral inside a name, a small ordinal) is what is
    left over."""
    other_count, mine_count = Counter(_key(q) for q in other), Counter(_key(q) for q in mine)
    left = []
    for key, n in mine_count.items():
        surplus = n - other_count[key]
        if surplus > 0:
            group = sorted((q for q in mine if _key(q) == key), key=lambda q: not (q.soft or q.ordinal))
            left += group[:surplus]
    return sorted(left, key=lambda q: q.start)


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
    # English says an ordinal with the article of a fraction: "a third straight meeting" is the
    # "troisième", 第三次 of the other side, and reads also as "a third" (33 %); "a fourth
    # consecutive match" is also the 4 of "４試合連続"
    if (q.ordinal or amount.ordinal) and 0 < amount.value == amount.high < 1 and abs(1 / amount.value - q.value) < 1e-4:
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


def _pair_clock(only_r: list, only_t: list) -> tuple[list, list]:
    """A whole hour on one side answers the same hour said as a bare number on the other, on
    either dial: "23.00" or "11 p.m." and "vers 23 heures", "11 o'clock" (a duration such as "24
    heures" stays a number when the other side has no clock time)."""
    def hour(x, q) -> bool:
        return (x.kind == "time" and x.value % 60 == 0 and q.kind == "number" and q.value == int(q.value)
                and 0 <= q.value <= 24 and int(q.value) % 12 == int(x.value // 60) % 12)

    only_t = list(only_t)
    kept_r = []
    for q in only_r:
        match = next((x for x in only_t if hour(x, q) or hour(q, x)), None)
        if match is not None:
            only_t.remove(match)
        else:
            kept_r.append(q)
    return kept_r, only_t


def _ones(text: str, lang: str) -> int:
    """How many times ``text`` says a bare "one" (a figure 1, which calls for nothing)."""
    mentions = extract_dates(text, lang)
    exact, _ = scan_quantities(text, lang, [(d.start, d.end) for d in mentions])
    return sum(1 for q in exact if q.kind == "number" and q.value == 1)


def _one_oclock(values: list, ones: int) -> list:
    """Drop one o'clock times the other side answers with a bare "one", which is no figure there:
    "1 p.m." against "الواحدة" left without its "بعد الظهر", or a score's "2-1" read as an hour
    before the "مساء" of "مساء الجمعة" (Friday evening)."""
    kept = []
    for q in values:
        if ones and q.kind == "time" and q.value % 720 == 60:
            ones -= 1
        else:
            kept.append(q)
    return kept


def _pair_duration(only_r: list, only_t: list, r_lang: str, t_lang: str) -> tuple[list, list]:
    """A duration written as a clock time on one side ("2 h 17", "1:05:30") answers its hours
    and minutes said as two numbers on the other ("2 jam 17 menit", 2時間17分)."""
    def pair(times: list, numbers: list, numbers_lang: str) -> tuple[list, list]:
        numbers = list(numbers)
        implicit = {float(v) for v in language(numbers_lang).get("implicit_values", [])}
        kept = []
        for x in times:
            hours, minutes = int(x.value // 60), int(x.value % 60)
            h = next((q for q in numbers if q.kind == "number" and q.value == hours), None) if x.kind == "time" else None
            if h is None and (hours <= 1 or hours in implicit) and x.kind == "time":
                # "1 jam 45 menit": one is no figure, and "ساعتان و16 دقيقة" says two hours by
                # the dual alone: only the minutes stand
                h = x
            m = next((q for q in numbers if q.kind == "number" and q.value == minutes and q is not h), None) \
                if h is not None and minutes else None
            if m is not None:
                if h is not x:
                    numbers.remove(h)
                numbers.remove(m)
            else:
                kept.append(x)
        return kept, numbers

    only_r, only_t = pair(only_r, only_t, t_lang)
    only_t, only_r = pair(only_t, only_r, r_lang)
    return only_r, only_t


def _pair_fractions(only_r: list, only_t: list) -> tuple[list, list]:
    """A share on one side (五分之二, "40 percent") answers the two figures of a proportion said
    with two numbers on the other, close together in either order: "two in five", "dua dari
    lima", "deux sur cinq", "اثنان من كل خمسة", 5人に2人."""
    def pair(shares: list, numbers: list) -> tuple[list, list]:
        numbers = list(numbers)
        kept = []
        for x in shares:
            share = x.value if x.kind == "percent" else x.share
            found = None
            if share is not None and 0 < share < 100:
                found = next(((a, b) for a in numbers for b in numbers
                              if a is not b and a.kind == b.kind == "number" and 0 < a.value < b.value <= 1000
                              and a.value == int(a.value) and b.value == int(b.value)
                              and max(a.end, b.end) - min(a.start, b.start) <= 30
                              and abs(100 * a.value / b.value - share) < 0.05), None)
            if found is None:
                kept.append(x)
            else:
                numbers.remove(found[0])
                numbers.remove(found[1])
        return kept, numbers

    only_r, only_t = pair(only_r, only_t)
    only_t, only_r = pair(only_t, only_r)
    return only_r, only_t


def _clock_words(text: str, lang: str) -> list[float]:
    """Minutes past midnight, on a 12-hour dial, of the words for an hour in ``text``: "midnight",
    "noon", minuit, 正午, منتصف الليل (``clock_words`` of the data file)."""
    data = language(lang)
    words = data.get("clock_words", {})
    lowered = text.lower()
    found = []
    for word, minutes in words.items():
        pattern = re.escape(word.lower())
        if data.get("script") != "han":
            pattern = rf"(?<![\w]){pattern}(?![\w])"
        found.extend(float(minutes) % 720 for _ in re.finditer(pattern, lowered))
    return found


def _said_as_word(values: list, words: list) -> list:
    """Drop clock times the other side says as a word: "00.00" or 午前0時 against "midnight"."""
    words = list(words)
    kept = []
    for q in values:
        if q.kind == "time" and q.value % 720 in words:
            words.remove(q.value % 720)
        else:
            kept.append(q)
    return kept


def _pair_amounts(t_amounts: list, r_amounts: list) -> tuple[list, list]:
    """Approximate amounts that answer each other ("hundreds" and "centaines", 数万 and 数万) are
    spent: neither may then stand for a figure of the other side, or "hundreds of homes" would
    cover a changed "932 mm"."""
    free_r = list(r_amounts)
    kept_t = []
    for a in t_amounts:
        match = next((b for b in free_r if a.value <= b.high + 1e-6 and b.value <= a.high + 1e-6), None)
        if match is not None:
            free_r.remove(match)
        else:
            kept_t.append(a)
    return kept_t, free_r


def _unsaid(values: list, other_lang: str, amounts: list, codes: list = ()) -> tuple[list, list]:
    """Drop values the other side may leave implicit or vague: its approximate and relative
    amounts ("twice", "dozens", "a quarter", 十多; each answers one figure) and small numbers its
    grammar carries (Arabic duals: صاروخين is "two missiles" with no number word). Such words
    answer a figure but never call for one."""
    implicit = {round(float(v), 6) for v in language(other_lang).get("implicit_values", [])}
    free = list(amounts)
    codes = [round(v, 6) for v in codes]
    kept = []
    for q in values:
        if q.kind != "time" and round(q.value, 6) in codes:
            codes.remove(round(q.value, 6))
            continue
        match = next((a for a in free if _covers(a, q)), None) if q.kind != "time" else None
        if match is not None:
            if match.high != 0:  # "goalless", "nul et vierge", "tanpa gol" answer both zeros of "0-0"
                free.remove(match)
            continue
        if q.kind != "time" and ({round(q.value, 6)} | {round(v, 6) for v in q.alts}) & implicit:
            continue
        kept.append(q)
    return kept, free


def run(pair, langs, context) -> list[Finding]:
    t, t_amounts = _values(pair.translation.text, langs.translation)
    r, r_amounts = _values(pair.reference.text, langs.reference)
    only_r, only_t = _surplus(r, t), _surplus(t, r)
    only_r, only_t = _pair_shares(only_r, only_t)
    only_r, only_t = _pair_clock(only_r, only_t)
    only_r, only_t = _pair_duration(only_r, only_t, langs.reference, langs.translation)
    only_r, only_t = _pair_fractions(only_r, only_t)
    if any(q.kind == "time" and q.value % 720 == 60 for q in only_r):
        only_r = _one_oclock(only_r, _ones(pair.translation.text, langs.translation))
    if any(q.kind == "time" and q.value % 720 == 60 for q in only_t):
        only_t = _one_oclock(only_t, _ones(pair.reference.text, langs.reference))
    only_r = _said_as_word(only_r, _clock_words(pair.translation.text, langs.translation))
    only_t = _said_as_word(only_t, _clock_words(pair.reference.text, langs.reference))
    t_codes, r_codes = _codes(pair.translation.text), _codes(pair.reference.text)
    t_amounts, r_amounts = _pair_amounts(t_amounts, r_amounts)
    only_r, t_unused = _unsaid(only_r, langs.translation, t_amounts, [v for _, v, _, _ in t_codes])
    only_t, r_unused = _unsaid(only_t, langs.reference, r_amounts, [v for _, v, _, _ in r_codes])
    only_r, only_t = _in_own_code(only_r, r_codes), _in_own_code(only_t, t_codes)
    # A small ordinal word ("second term", "kelima", "للمرة الثالثة") is often rendered without a
    # figure (连任, "lagi", "once more"): left alone it answers nothing and calls for nothing, but
    # it still stands against a different figure left on the other side.
    # So is a numeral inside a name (森本健二) or a marked small ordinal figure (2期目, 第2).
    # An exact amount left unused (4～6月期 read as quarter 2) stands against them; a vague one
    # ("dozens" against 数十) does not.
    if not [a for a in t_unused if a.value == a.high] and not [x for x in only_t if x.kind != "time"]:
        only_r = [q for q in only_r if not (q.ordinal or q.soft)]
    if not [a for a in r_unused if a.value == a.high] and not [q for q in only_r if q.kind != "time"]:
        only_t = [x for x in only_t if not (x.ordinal or x.soft)]
    findings = _changed_codes(pair, t_codes, r_codes)
    findings += _changed_mixed_codes(pair, findings)
    used_t: set[int] = set()
    for q in only_r:
        same_kind = [i for i, x in enumerate(only_t) if i not in used_t and (x.kind == "time") == (q.kind == "time")]
        if not same_kind and (q.kind == "time" or q.value == int(q.value) and q.value <= 24):
            # an hour against a clock time: "3 heures" against 4点
            same_kind = [i for i, x in enumerate(only_t) if i not in used_t and {x.kind, q.kind} == {"time", "number"}
                         and (x.kind == "time" or x.value == int(x.value) and x.value <= 24)]
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
