"""Dates and days: month-day pairs, months, weekdays and relative days on both sides.

"8 janvier", "January 8", "8 Januari", "1月8日", "٨ يناير" all become (month 1, day 8), and so do
"Rabu (8/1)" and "1/8（水）" (``numeric_date``); days listed before or after a date share its month
("lundi 18 et mardi 19 novembre", 11月18日（月）と19日（火）). A day alone (政府は8日、,
``bare_day``) and an ambiguous relative day (Arabic اليوم, ``weak_relative_days``) answer the
other side but never call for an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from checker.checks import file_span, language
from checker.checks.numerals import ascii_digits
from checker.report import Finding

MONTH_NAMES_EN = ["", "January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]
DAY_NAMES_EN = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass(frozen=True)
class DateMention:
    kind: str  # day-month | month | weekday | relative | day (a day of the month alone: 政府は3日、) | previous-month
    value: object
    start: int
    end: int
    surface: str
    soft: bool = False  # may answer the other side but never calls for an answer (4～6月期)
    span: int = 0  # the last month of a range from January: how many months it covers (1～8月: 8)

    def describe(self) -> str:
        if self.kind == "day-month":
            month, day = self.value
            return f"{day} {MONTH_NAMES_EN[month]}"
        if self.kind == "month":
            return MONTH_NAMES_EN[self.value]
        if self.kind == "weekday":
            return DAY_NAMES_EN[self.value]
        if self.kind == "day":
            return f"day {self.value}"
        return str(self.value)


# where a day of the month starts: at a word start, or after the Arabic "and" written onto it
# ("بين 2 فبراير و15 مارس", between 2 February and 15 March)
_DAY_START = r"(?:\b|(?<=(?<![\w])[وف]))"


def _names_regex(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


# a count of years just before a month: "2年6月" is a term of two years and six months; a year
# is written in four figures, or after its era (令和6年6月) or 同 (同年)
_DURATION_YEARS = re.compile(r"(?<![\d令和平成昭同元])\d{1,2}\s*年\s*$")


@lru_cache(maxsize=None)
def _word_rules(lang: str) -> tuple[re.Pattern | None, dict[str, re.Pattern]]:
    """(``date_exceptions`` as one pattern; ``weekday_not_after``: Arabic الاثنين is Monday and
    "the two", the second after a dual) of ``lang``, compiled once."""
    data = language(lang)
    phrases = "|".join(re.escape(p) for p in sorted(data.get("date_exceptions", []), key=len, reverse=True))
    if phrases and data.get("script") != "han":
        phrases = rf"(?<![\w])(?:{phrases})(?![\w])"
    not_after = {k.lower(): re.compile(rf"(?:{v})\s+$") for k, v in data.get("weekday_not_after", {}).items()}
    return (re.compile(phrases, re.IGNORECASE) if phrases else None), not_after


def extract_dates(text: str, lang: str) -> list[DateMention]:
    """Dates, months, weekdays and relative days mentioned in ``text``."""
    data = language(lang)
    digits = ascii_digits(text)  # same length as text: offsets stay valid
    # feasts named after a weekday ("Jumat Agung", Good Friday) name no date of their own: blanked,
    # same length (the names check compares them as listed names)
    exceptions, not_after = _word_rules(lang)
    if exceptions is not None:
        digits = exceptions.sub(lambda m: " " * len(m.group()), digits)
    lower = digits.lower()
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a, b):
        return all(b <= x or a >= y for x, y in taken)

    def add(kind, value, a, b, soft=False):
        if free(a, b):
            found.append(DateMention(kind, value, a, b, text[a:b], soft))
            taken.append((a, b))

    def add_range(month: int, m, g1: int, g2: int) -> None:
        """"du 5 au 7 mai", "5月5日至7日": both days (groups ``g1`` and ``g2`` of ``m``) get the
        month; the first ends with its day, the second starts with its own ("15–28 Mei": "15",
        "28 Mei")."""
        d1, d2 = int(m.group(g1)), int(m.group(g2))
        if 1 <= month <= 12 and 1 <= d1 <= 31 and 1 <= d2 <= 31 and free(m.start(), m.end()):
            found.append(DateMention("day-month", (month, d1), m.start(), m.end(g1), text[m.start():m.end(g1)]))
            found.append(DateMention("day-month", (month, d2), m.start(g2), m.end(), text[m.start(g2):m.end()]))
            taken.append((m.start(), m.end()))

    joiners = "|".join(re.escape(j) for j in sorted(data.get("date_range_joiners", []), key=len, reverse=True))
    if joiners:
        # (the first day may go without its 日: 12月10～16日)
        for m in re.finditer(rf"(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*[日号]?\s*(?:{joiners})\s*(\d{{1,2}})\s*[日号]", digits):
            add_range(int(m.group(1)), m, 2, 3)
    # 11月29、30両日, 11月29和30日: two days of one month, the first written without its 日
    for m in re.finditer(r"(\d{1,2})\s*月\s*(\d{1,2})\s*(?:、|，|,|和|与|與|及|と)\s*(\d{1,2})\s*(?:両|两|兩)?\s*[日号]", digits):
        add_range(int(m.group(1)), m, 2, 3)
    # 4～6月, 4至6月: a range of months; 4～6月期 (the April-June quarter) is often rendered
    # "the second quarter", and 1～8月 (January-August) "the first eight months", so their
    # months answer the other side's but do not call for them
    if joiners:
        for m in re.finditer(rf"(\d{{1,2}})\s*(?:{joiners})\s*(\d{{1,2}})\s*月(?!\s*\d)(期)?", digits):
            first, last = int(m.group(1)), int(m.group(2))
            if 1 <= first <= 12 and 1 <= last <= 12 and free(m.start(), m.end()):
                cut = m.start() + len(m.group(1))
                _add_month_range(found, text, first, last, m.start(), cut, m.end(), m.group(3) is not None)
                taken.append((m.start(), m.end()))
    # 1月8日 / 1 月 8 日 (Chinese, Japanese)
    for m in re.finditer(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]", digits):
        month, day = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12 and 1 <= day <= 31:
            add("day-month", (month, day), m.start(), m.end())
    for m in re.finditer(r"(\d{1,2})\s*月(?!\s*\d)", digits):
        if _DURATION_YEARS.search(digits, 0, m.start()):
            continue  # 禁錮2年6月: two years and six months, a term, not June
        if 1 <= int(m.group(1)) <= 12:
            add("month", int(m.group(1)), m.start(), m.end())
    for m in re.finditer(r"(?<![一二三四五六七八九十百千万])([一二三四五六七八九十]{1,3})月", digits):
        from checker.checks.numerals import _cjk_value

        month = int(_cjk_value(m.group(1)))
        if 1 <= month <= 12:
            add("month", month, m.start(), m.end())
    # 政府は3日、 / 本月3日上午: a day of the month without its month (Chinese and Japanese news
    # style); it answers a full date of that day on the other side but never calls for one
    if data.get("bare_day"):
        for m in re.finditer(data["bare_day"], digits):
            if 1 <= int(m.group("d")) <= 31:
                add("day", int(m.group("d")), m.start(), m.end(), True)
    # Arabic writes proclitics onto the word: والثلاثاء ("and Tuesday")
    prefixes = "|".join(re.escape(p) for p in sorted(data.get("word_prefixes", []), key=len, reverse=True))
    prefix = rf"(?:{prefixes})?" if prefixes else ""
    months = data.get("months", {})
    ambiguous = set(data.get("ambiguous_months", []))
    if months and joiners:  # "January-August", "janvier-août": a range from January, as above
        names = _names_regex(months)
        for m in re.finditer(rf"(?<![\w])({names})\s*(?:{joiners})\s*({names})(?![\w])", lower):
            first, last = months[m.group(1)], months[m.group(2)]
            if first == 1 and last > 1 and free(m.start(), m.end()):
                _add_month_range(found, text, first, last, m.start(), m.end(1), m.end(), False)
                taken.append((m.start(), m.end()))
    if months:
        names = _names_regex(months)
        ordinal = data.get("ordinal_suffix") or ""
        day = rf"(\d{{1,2}})(?:{ordinal})?" if ordinal else r"(\d{1,2})"
        if joiners:
            for m in re.finditer(rf"{_DAY_START}{day}\s*(?:{joiners})\s*{day}\s+(?:de\s+)?({names})\b", lower):
                add_range(months[m.group(3)], m, 1, 2)
            if data.get("month_before_day"):
                for m in re.finditer(rf"\b({names})\.?\s+{day}\s*(?:{joiners})\s*{day}\b(?!\d)", lower):
                    add_range(months[m.group(1)], m, 2, 3)
        # الأول من يناير, العاشر من مارس: the day as an ordinal word (``day_ordinals``)
        day_words = {k.lower(): v for k, v in data.get("day_ordinals", {}).items()}
        if day_words:
            for m in re.finditer(rf"(?<!الأسبوع )(?<!النصف )(?<!الربع )(?<!العقد )(?<![\w]){prefix}({_names_regex(day_words)})\s+(?:من\s+)?(?:شهر\s+)?({names})(?![\w])",
                                 lower):
                add("day-month", (months[m.group(2)], day_words[m.group(1)]), m.start(), m.end())
        # "Nov. 28", "Sept. 3": an abbreviated month keeps its full stop
        # the month first only where the language writes it so ("December 13"; "fin décembre 13 de
        # ses 96 magasins" is thirteen shops); never a figure with decimals ("3.2 kilograms")
        patterns = [rf"{_DAY_START}{day}\s+(?:de\s+)?({names})\b"]
        if data.get("month_before_day"):
            patterns.append(rf"\b({names})\.?\s+{day}\b(?!\d)(?![\s\u00a0\u202f.,]\d{{3}}(?!\d))(?![.,]\d)")
        for pattern in patterns:
            for m in re.finditer(pattern, lower):
                g1, g2 = m.group(1), m.group(2)
                d, name = (g1, g2) if g1[0].isdigit() else (g2, g1)
                if 1 <= int(d) <= 31:
                    add("day-month", (months[name], int(d)), m.start(), m.end())
        for m in re.finditer(rf"(?<![\w])({names})(?![\w])", lower):
            name = m.group(1)
            if name in ambiguous and not text[m.start()].isupper() and data.get("script") == "latin" \
                    and lang == "en":
                continue  # "may" the verb, "march" the noun
            if len(name) <= 3 and not text[m.start()].isupper() and data.get("script") == "latin" \
                    and any(len(other) > len(name) and n == months[name] for other, n in months.items()):
                continue  # abbreviations count only when capitalised ("Jan", not "jan"; French "mai" is no abbreviation)
            add("month", months[name], m.start(), m.end())
    # Indonesian "minggu" is "week", "Minggu" Sunday (``ambiguous_weekdays``: only capitalised)
    ambiguous_days = {w.lower() for w in data.get("ambiguous_weekdays", [])}
    counters = set(data.get("weekday_counters", []))  # 班, 次: after 周三, a count per week
    not_before = tuple(data.get("weekday_not_before", []))
    for name, number in sorted(data.get("weekdays", {}).items(), key=lambda kv: -len(kv[0])):
        boundary = r"(?<![\w])" + prefix if data.get("script") != "han" else ""
        for m in re.finditer(boundary + re.escape(name) + (r"(?![\w])" if boundary else ""), lower):
            if name.lower() in ambiguous_days and not text[m.end() - len(name)].isupper():
                continue
            if counters and lower[m.start() - 1:m.start()] == "每" and lower[m.end():m.end() + 1] in counters:
                continue  # 每周三班: "three flights a week", not "every Wednesday"
            if any(lower.startswith(x, m.end()) for x in not_before):
                continue  # 上周一度: "last week, at one point" (一度), not Monday
            if name.lower() in not_after and not_after[name.lower()].search(lower, max(0, m.start() - 40), m.start()):
                continue  # منافسَيه الاثنين: "his two rivals", not Monday
            add("weekday", number, m.start(), m.end())
    # 火・木・土曜日: the weekdays of a list, each but the last said by its letter alone
    letters = data.get("weekday_letters", {})
    if letters:
        chars = "".join(letters)
        for m in re.finditer(rf"[{chars}](?=(?:[・、][{chars}])*[・、][{chars}]曜)", lower):
            add("weekday", letters[m.group()], m.start(), m.end())
    # Arabic اليوم is "today" and "the day": such words answer the other side but never call
    weak = {w.lower() for w in data.get("weak_relative_days", [])}
    # and 前月比, "month-on-month", "par rapport au mois précédent": the month before the one
    # named, which answers the other side's name for it but never calls
    relative = sorted(data.get("relative_days", {}).items(), key=lambda kv: -len(kv[0]))
    relative += [(phrase, None) for phrase in data.get("previous_month", [])]
    boundary = r"(?<![\w])" + prefix if data.get("script") != "han" else ""
    for name, canon in relative:
        for m in re.finditer(boundary + re.escape(name.lower()) + (r"(?![\w])" if boundary else ""), lower):
            if canon is None:
                add("previous-month", -1, m.start(), m.end(), True)
            else:
                add("relative", canon, m.start(), m.end(), name.lower() in weak)
    _numeric_dates(text, digits, data, found, free, add)
    _listed_days(text, digits, lower, data, joiners, found, free, taken)
    return sorted(found, key=lambda d: d.start)


def _add_month_range(found, text, first, last, a, cut, b, quarter) -> None:
    """The two months of a range; a quarter (4～6月期) or a range from January (1～8月, "the
    first eight months") answers but does not call, and tells the numbers check its length."""
    soft = quarter or (first == 1 and last > first)
    span = last - first + 1 if first == 1 and last > first else 0
    found.append(DateMention("month", first, a, cut, text[a:cut], soft))
    found.append(DateMention("month", last, cut, b, text[cut:b], soft, span))


# 3/3, 18/11/2024: a day and month in figures, in the order the language writes them
_NUMERIC_DATE = re.compile(r"(?<![\d/.,:])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])")
_WRAP = " ,\t(（)）"


def _numeric_dates(text, digits, data, found, free, add) -> None:
    """"Minggu (3/3)", "Senin, 18/11", "3/3（日）", "18/11/2024": a numeric date, read in the
    order of ``numeric_date`` ("dm", "md", or "either": only where a day over 12 tells), when its
    context makes it one (a year, or a weekday next to it): "3/4 of the votes" or "a 2/3 majority
    (2/3)" stay figures."""
    order = data.get("numeric_date")
    if order not in ("dm", "md", "either"):
        return
    weekdays = [(d.start, d.end) for d in found if d.kind == "weekday"]
    for m in _NUMERIC_DATE.finditer(digits):
        a, b = m.start(), m.end()
        before, after = digits[:a].rstrip(_WRAP), digits[b:]
        gap_after = len(after) - len(after.lstrip(_WRAP))
        by_weekday = any(len(before) <= e <= a or b <= s <= b + gap_after for s, e in weekdays)
        if not (m.group(3) or by_weekday):
            continue
        first, second = int(m.group(1)), int(m.group(2))
        if order == "either":  # English writes both orders: only a day over 12 tells them apart
            if (first > 12) == (second > 12):
                continue
            order_here = "dm" if first > 12 else "md"
        else:
            order_here = order
        day, month = (first, second) if order_here == "dm" else (second, first)
        # a year in four figures stays a figure, as in "18 novembre 2024" and 2024年11月18日
        end = m.end(2) if m.group(3) and len(m.group(3)) == 4 else b
        if 1 <= month <= 12 and 1 <= day <= 31 and free(a, b):
            add("day-month", (month, day), a, end)


def _listed_days(text, digits, lower, data, joiners, found, free, taken) -> None:
    """Days listed before or after a full date share its month: "les lundi 18 et mardi 19
    novembre", "17, 18 et 19 mai", 11月18日（月）と19日（火）, 11月18日（星期一）至19日."""
    if not joiners:
        return
    weekdays = _names_regex(data.get("weekdays", {}))
    ordinal = data.get("ordinal_suffix") or ""
    day = rf"(\d{{1,2}})(?:{ordinal})?" if ordinal else r"(\d{1,2})"
    weekday = rf"(?:(?:{weekdays})\s*,?\s*)?" if weekdays else ""
    before = re.compile(rf"(?<![\d.,:/])\b{day}\s*(?:,|{joiners})\s*{weekday}$")
    # (not a count of days: 10月29日（水）から4日間 is "for four days from 29 October")
    after = re.compile(rf"\s*(?:[（(][^）)\d]{{1,5}}[）)])?\s*(?:,|{joiners})\s*(\d{{1,2}})\s*[日号](?![\d間后後前ぶ連目付])")
    for d in sorted((d for d in found if d.kind == "day-month"), key=lambda d: d.start):
        month, start, end = d.value[0], d.start, d.end
        if d.surface[:1].isdigit() and not re.match(r"\d{1,2}\s*月", digits[d.start:d.end]):
            while True:  # day first: look back for more days
                m = before.search(lower, max(0, start - 40), start)
                if not m or not 1 <= int(m.group(1)) <= 31 or not free(m.start(1), m.end(1)):
                    break
                found.append(DateMention("day-month", (month, int(m.group(1))), m.start(1), m.end(1),
                                         text[m.start(1):m.end(1)]))
                taken.append((m.start(1), m.end(1)))
                start = m.start(1)
        if re.search(r"\d\s*[日号]$", digits[d.start:d.end]):
            while True:  # 月日 first: look ahead for more days
                m = after.match(digits, end)
                if not m or not 1 <= int(m.group(1)) <= 31 or not free(m.start(1), m.end()):
                    break
                found.append(DateMention("day-month", (month, int(m.group(1))), m.start(1), m.end(),
                                         text[m.start(1):m.end()]))
                taken.append((m.start(1), m.end()))
                end = m.end()


def _key(d: DateMention):
    return (d.kind, d.value)


def run(pair, langs, context) -> list[Finding]:
    t = extract_dates(pair.translation.text, langs.translation)
    r = extract_dates(pair.reference.text, langs.reference)
    findings: list[Finding] = []
    # A day-month on one side covers a bare month of the same month on the other.
    t_months = {d.value[0] for d in t if d.kind == "day-month"} | {d.value for d in t if d.kind == "month"}
    r_months = {d.value[0] for d in r if d.kind == "day-month"} | {d.value for d in r if d.kind == "month"}
    # "down 18 percent month-on-month" (前月比) names the month before July without naming June
    if any(d.kind == "previous-month" for d in t):
        t_months |= {(m - 2) % 12 + 1 for m in t_months}
    if any(d.kind == "previous-month" for d in r):
        r_months |= {(m - 2) % 12 + 1 for m in r_months}
    t_days = {d.value for d in t if d.kind == "day-month"}
    r_days = {d.value for d in r if d.kind == "day-month"}
    t_bare = {d.value for d in t if d.kind == "day"}
    r_bare = {d.value for d in r if d.kind == "day"}
    # the end of a range from January ("the first eight months" may render 1～8月) calls for its
    # month when the other side names such a range too: "janvier-juin" against يناير ومايو
    if any(d.span for d in t) and any(d.span for d in r):
        t = [replace(d, soft=False) if d.span else d for d in t]
        r = [replace(d, soft=False) if d.span else d for d in r]
    missed: set = set()  # one date said twice (يوليو/تموز) is reported once
    for d in r:
        if d.soft or _key(d) in missed:
            continue
        missing = (
            (d.kind == "day-month" and d.value not in t_days and (t_days or d.value[0] not in t_months)
             and d.value[1] not in t_bare)
            or (d.kind == "month" and d.value not in t_months)
            or (d.kind in ("weekday", "relative") and _key(d) not in {_key(x) for x in t})
        )
        if missing:
            missed.add(_key(d))
            other = [x for x in t if x.kind == d.kind or {x.kind, d.kind} <= {"day-month", "month"}]
            said = f", translation says {other[0].surface}" if other else ", translation has no such date"
            findings.append(Finding(
                "dates", "critical", f"reference says {d.describe()}{said}",
                file_span(pair.translation, other[0].start, other[0].end) if other else None,
                file_span(pair.reference, d.start, d.end), 0.9 if other else 0.7))
    reported: set = set()
    for d in t:
        if d.soft:
            continue
        extra = (
            (d.kind == "day-month" and d.value not in r_days and (r_days or d.value[0] not in r_months)
             and d.value[1] not in r_bare)
            or (d.kind == "month" and d.value not in r_months)
            or (d.kind in ("weekday", "relative") and _key(d) not in {_key(x) for x in r})
        )
        already = any(f.span == file_span(pair.translation, d.start, d.end) for f in findings) or _key(d) in reported
        if extra and not already:
            reported.add(_key(d))
            findings.append(Finding(
                "dates", "critical", f"translation says {d.surface} ({d.describe()}), which the reference does not",
                file_span(pair.translation, d.start, d.end), None, 0.7))
    return findings
