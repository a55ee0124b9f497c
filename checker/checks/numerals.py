"""Reading numbers in every convention: digits of all scripts, separators, CJK numerals, number words.

Used by the numbers check (and the dates check for digit folding). Each language's decimal and
thousands marks, number words and scale words come from its data file.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from checker.checks import at_sentence_start, language, marks_span, strip_marks

_DIGIT_FOLD = {}
for _zero in (0x0660, 0x06F0, 0xFF10, 0x0966):  # Arabic-Indic, Extended Arabic-Indic, full-width, Devanagari
    for _i in range(10):
        _DIGIT_FOLD[_zero + _i] = str(_i)
# U+FF0C "，" is Chinese punctuation, not a digit separator: folding it made "，95%" part of
# the number before it.
_DIGIT_FOLD.update({0x066B: ".", 0x066C: ",", 0xFF0E: ".", 0xFF05: "%", 0x066A: "%", 0xFF1A: ":"})

_CJK_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
               "七": 7, "八": 8, "九": 9}
_CJK_SMALL = {"十": 10, "百": 100, "千": 1000}
_CJK_LARGE = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12}


def ascii_digits(text: str) -> str:
    """``text`` with every script's digits and number marks as ASCII, character for character."""
    return text.translate(_DIGIT_FOLD)


@dataclass(frozen=True)
class Quantity:
    value: float
    start: int
    end: int
    surface: str
    kind: str = "number"  # number | time | percent | approx
    high: float | None = None  # approx: the amount lies in [value, high]
    share: float | None = None  # "one in three": the number 3, also the share 33.3 %
    alts: tuple = ()  # other readings of the same words: "the 1960s" is 1960 or "the sixties", 60
    ordinal: bool = False  # a small ordinal: a word ("fifth", "kedua", الثالثة) or a marked figure (2期目, 第2, 2nd)
    soft: bool = False  # may go unsaid on the other side: a numeral inside a name (森本健二's 二)

    def __post_init__(self) -> None:
        # a figure read from a mantissa and a scale carries float noise (8.3 × 10⁹ is
        # 8300000000.000001, 83 × 10⁸ is 8300000000.0): twelve significant digits make them one
        for name in ("value", "high", "share"):
            v = getattr(self, name)
            if isinstance(v, float) and v == v and abs(v) != float("inf"):
                object.__setattr__(self, name, float(f"{v:.12g}"))
        object.__setattr__(self, "alts", tuple(float(f"{v:.12g}") if isinstance(v, float) else v for v in self.alts))


def _to_float(raw: str, decimal: str, thousands: list[str]) -> float | None:
    s = raw.replace("\u00a0", " ").replace("\u202f", " ").replace("'", "")
    has_dot, has_comma = "." in s, "," in s
    if has_dot and has_comma:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
    elif has_dot or has_comma:
        mark = "." if has_dot else ","
        groups = s.split(mark)
        if len(groups) > 2 or (all(len(g) == 3 for g in groups[1:]) and mark != decimal and mark in thousands + [","]):
            dec = "," if mark == "." else "."  # the mark groups thousands
        elif len(groups) == 2 and len(groups[1]) == 3 and mark in thousands and mark != decimal:
            dec = "," if mark == "." else "."
        else:
            dec = mark
    else:
        dec = "."
    other = "," if dec == "." else "."
    s = s.replace(" ", "").replace(other, "")
    if dec == ",":
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def _large_unit(chars: str) -> float:
    """Product of consecutive large units: 万亿 is 10^4 × 10^8 = 10^12 (a Chinese trillion)."""
    value = 1.0
    for ch in chars:
        value *= _CJK_LARGE[ch]
    return value


def _mixed_value(s: str) -> float:
    """Value of digits mixed with CJK scale characters (1万2000 = 12000, 1.2万 = 12000, 1.2万亿 = 1.2 × 10^12)."""
    total, section = 0.0, 0.0
    for number, scale in re.findall(r"(\d+(?:\.\d+)?)([万萬亿億兆]+|千?)", s):
        value = float(number)
        if scale and scale[0] in _CJK_LARGE:
            total += (section + value) * _large_unit(scale)
            section = 0.0
        elif scale == "千":
            section += value * 1000
        else:
            section += value
    return total + section


def _cjk_value(s: str) -> float | None:
    total, section, digit = 0.0, 0.0, None
    for ch in s:
        if ch in _CJK_DIGITS:
            digit = (digit or 0) * 10 + _CJK_DIGITS[ch] if digit is not None and ch != "两" else _CJK_DIGITS[ch]
        elif ch in _CJK_SMALL:
            section += (digit if digit is not None else 1) * _CJK_SMALL[ch]
            digit = None
        elif ch in _CJK_LARGE:
            section += digit or 0
            total += (section or 1) * _CJK_LARGE[ch]
            section, digit = 0.0, None
    return total + section + (digit or 0)


# Digits may follow Chinese or Japanese characters directly ("了500万"), so only Latin letters,
# digits and separators before them mean "part of another token".
# currency signs and codes may touch the digits: Rp5.000, US$3, RM10,000, Rs500, KSh200, Tk50
# (a dimension or a band, "2x45 MHz", "3x3": a figure after the "x" counts as the one before)
_BEFORE = r"(?:(?<=Rp)|(?<=RM)|(?<=Rs)|(?<=Sh)|(?<=Tk)|(?<=\$)|(?<=\d[xX])|(?<![0-9A-Za-z.,]))"
_NUMBER = re.compile(_BEFORE + r"\d{1,3}(?:(?:[ \u00a0\u202f.,'])\d{3})+(?:[.,]\d+)?(?![\d])"
                     r"|" + _BEFORE + r"\d+(?:[.,]\d+)?")
# Chinese and Japanese mix digits and scale characters: 1万2000, 1億2430万, 83万7000.
_CJK_MIXED = re.compile(r"\d+(?:\.\d+)?[万萬亿億兆]+(?:\d+(?:\.\d+)?(?:[万萬亿億兆]+|千)?)*")
_CJK_TIME = re.compile(r"(\d{1,2})\s*[時时点點]\s*(\d{1,2})\s*分")
_CJK_WORD_TIME = re.compile(r"([零〇一二两三四五六七八九十]{1,3})\s*[時时点點]\s*([零〇一二三四五六七八九十]{1,3})\s*分")
_PUKUL = re.compile(r"(?i)\b(?:pukul|jam)\s+(\d{1,2})[.:](\d{2})\b")
_TIME = re.compile(r"(?<!\d)([01]?\d|2[0-3])\s*(?:[:h]|\.(?=\d\d\s*(?:WIB|WITA|WIT|a\.?m|p\.?m|Uhr|heures?)))\s*([0-5]\d)(?!\d)"
                   r"(?!\s*(?:min|mn)\b|\s*['’′])")  # "2 h 17 min", "2h17'": a duration, not a time
# 三点五 (3.5), but not the clock time 三点五十分 (3:50)
_CJK_DECIMAL = r"(?:[点點][零〇一二三四五六七八九]+(?![零〇一二三四五六七八九十]*[分刻]))?"
# (not from a scale character: 古纳万九年 is Gunawan and nine years, not 10,009)
_CJK_RUN = re.compile(r"(?![万萬亿億兆])[零〇一二两兩三四五六七八九十百千万萬亿億兆]+" + _CJK_DECIMAL)
_CJK_SCALE_AFTER = re.compile(r"\s*([万萬亿億兆]+)")
_PERCENT_AFTER = re.compile(r"\s*(%|persen|pour ?cent|percent|per cent|٪|في الما?ئة|في المئة|بالما?ئة|بالمئة)", re.IGNORECASE)


def extract_quantities(text: str, lang: str, skip: list[tuple[int, int]] = ()) -> list[Quantity]:
    """Exact numbers in ``text`` with their values, ignoring the character ranges in ``skip``.

    Words for approximate or relative amounts ("a dozen", "hundreds of", "twice", "a quarter",
    数十, 十多) are not read as exact figures; :func:`approximate_quantities` gives them."""
    return scan_quantities(text, lang, skip)[0]


def approximate_quantities(text: str, lang: str, skip: list[tuple[int, int]] = ()) -> list[Quantity]:
    """Approximate or relative amounts in ``text`` (kind ``approx``, ``value``..``high``)."""
    return scan_quantities(text, lang, skip)[1]


def scan_quantities(text: str, lang: str, skip: list[tuple[int, int]] = ()) -> tuple[list[Quantity], list[Quantity]]:
    """(exact quantities, approximate amounts) of ``text``, offsets in ``text``."""
    stripped, kept = strip_marks(text)
    if kept is None:
        return _scan(text, lang, list(skip))
    # Arabic vowel marks inside a word ("وستُشغَّل", "ألفًا"): read the text without them
    inner = [(bisect.bisect_left(kept, a), bisect.bisect_left(kept, b)) for a, b in skip]
    exact, approx = _scan(stripped, lang, inner)

    def back(q: Quantity) -> Quantity:
        a, b = marks_span(kept, len(text), q.start, q.end)
        return replace(q, start=a, end=b, surface=text[a:b])

    return [back(q) for q in exact], [back(q) for q in approx]


@dataclass(frozen=True)
class _Tables:
    """A language's number vocabulary as compiled patterns (built once per language: the checks
    run per segment, and recompiling hundreds of patterns each time was most of their cost)."""

    exceptions: re.Pattern | None
    amounts: re.Pattern | None  # listed approximate and relative amounts, group "p"
    amount_values: dict
    scales: dict
    scale_after: re.Pattern | None  # a scale word after digits: "8 triliun"
    scale_next: re.Pattern | None  # a scale word after a fraction word: "half a million"
    units: re.Pattern | None
    unit_values: dict
    ratios: tuple
    words_run: re.Pattern | None
    words_token: re.Pattern | None
    word_before: re.Pattern | None  # a number word just before: "five millions"
    decade_after: re.Pattern | None  # "s" of "1960s", 年代
    decade_before: re.Pattern | None  # "années" of "années 60"
    century_before: re.Pattern | None  # 世纪 of 二十世纪六十年代
    fiscal_quarter: re.Pattern | None
    ordinal_figures: tuple  # 2期目, 第2次: a figure (group n) that counts terms or rounds
    clock_before: re.Pattern | None  # "pukul", "الساعة" just before an hour: a clock time
    clock_after: re.Pattern | None  # "p.m.", 時, 点 just after an hour: a clock time
    range_joiner: re.Pattern | None  # "and", "à", "～" between the two figures of a range
    scale_remainder: re.Pattern | None  # "و400" after "12 ألفاً": the rest of the figure
    minor_unit: re.Pattern | None  # "37銭" after "4万1250円": hundredths
    unit_alternatives: re.Pattern | None  # キロワット after a figure: it also reads in another unit
    unit_factors: dict
    ordinal_words: frozenset  # "third" of "a third": the amount also reads as an ordinal
    scale_unit_prefix: re.Pattern | None  # 兆 of 兆瓦: "mega" of a unit, not a trillion
    seconds_fraction: re.Pattern | None  # 10秒08: hundredths after the unit (groups s, f)
    half_after: re.Pattern | None  # "et demi", "and a half", 時間半 after a whole number
    year_month: tuple | None  # (between, after): "3 tahun 6 bulan", 3年6月, a duration in years and months


def _alternation(phrases) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=None)
def _tables(lang: str) -> _Tables:
    data = language(lang)
    han = data.get("script") == "han"
    prefixes = _alternation(data.get("word_prefixes", []))
    prefix = rf"(?:{prefixes})?" if prefixes else ""

    suffixes = _alternation(data.get("number_suffixes", []))
    suffix = rf"(?:{suffixes})?" if suffixes else ""

    def listed(phrases, with_prefix: bool) -> re.Pattern | None:
        if not phrases:
            return None
        # Chinese and Japanese have no spaces: 四半期 sits inside 第1四半期に, so no word
        # boundaries; Arabic writes proclitics onto the word (الربع, بالضعف), Indonesian
        # enclitics after it (sepertiganya, "a third of them")
        if han:
            return re.compile(rf"(?P<p>{_alternation(phrases)})")
        return re.compile(rf"(?<![\w]){prefix if with_prefix else ''}(?P<p>{_alternation(phrases)})"
                          rf"{suffix if with_prefix else ''}(?![\w])")

    amounts = {k.lower().replace("’", "'"): v for k, v in data.get("weak_numbers", {}).items()}
    amount_values = {k: (float(v[0]), float(v[1])) if isinstance(v, list) else (float(v), float(v))
                     for k, v in amounts.items()}
    scales = {k.lower(): v for k, v in data.get("scale_words", {}).items()}
    scale_re = _alternation(scales)
    units = {k.lower(): v for k, v in data.get("unit_multipliers", {}).items()}
    words = {k.lower() for k in data.get("number_words", {})} | {k.lower() for k in data.get("ordinal_words", {})}
    vocab = (words | set(scales) | {k.lower() for k in data.get("fraction_words", {})}
             | {k.lower() for k in data.get("number_multipliers", {})} | {k.lower() for k in data.get("number_teens", {})})
    token = _alternation(vocab)
    run = None
    if words or scales:
        # Indonesian enclitics after the last word: "gelar ketiganya" (her third title)
        run = re.compile(rf"(?<![\w-]){prefix}(?:{token})(?:[\s-]+(?:and\s+|et\s+)?{prefix}(?:{token}))*{suffix}(?![\w])",
                         re.IGNORECASE)
    return _Tables(
        exceptions=listed(data.get("number_exceptions", []), False),
        amounts=listed(amounts, True), amount_values=amount_values, scales=scales,
        # "8 triliun", "45.7-million-cubic-metre"
        scale_after=re.compile(rf"(?:\s*|-)({scale_re})\b", re.IGNORECASE) if scale_re else None,
        scale_next=re.compile(rf"[\s-]*(?:an?\s+)?(?:{scale_re})(?!\w)") if scale_re else None,
        units=re.compile(rf"[\s-]*({_alternation(units)})" + ("" if han else r"(?![\w])")) if units else None,
        unit_values=units,
        ratios=tuple(re.compile(p) for p in data.get("ratio_patterns", [])),
        words_run=run, words_token=re.compile(token, re.IGNORECASE) if token else None,
        word_before=re.compile(rf"(?<![\w-])(?:{_alternation(words)})[\s-]+$", re.IGNORECASE) if words and not han else None,
        decade_after=_optional(data.get("decade_after")), decade_before=_optional(data.get("decade_before")),
        century_before=_optional(data.get("century_before")), fiscal_quarter=_optional(data.get("fiscal_quarter")),
        ordinal_figures=tuple(re.compile(p) for p in data.get("ordinal_figures", [])),
        clock_before=_optional(rf"(?:{data['clock_before']})\s*$" if data.get("clock_before") else None),
        clock_after=_optional(data.get("clock_after")),
        range_joiner=re.compile(rf"\s*(?:{_alternation(data['date_range_joiners'])})\s*", re.IGNORECASE)
        if data.get("date_range_joiners") else None,
        scale_remainder=_optional(data.get("scale_remainder")), minor_unit=_optional(data.get("minor_unit_after")),
        unit_alternatives=re.compile(rf"\s*({_alternation(data['unit_alternatives'])})")
        if data.get("unit_alternatives") else None, unit_factors=data.get("unit_alternatives", {}),
        ordinal_words=frozenset(k.lower() for k in data.get("ordinal_words", {})),
        scale_unit_prefix=_optional(data.get("scale_unit_prefix")), seconds_fraction=_optional(data.get("seconds_fraction")),
        half_after=_optional(data.get("half_after")),
        year_month=(_optional(data["year_month"]["between"]), _optional(data["year_month"]["after"]))
        if data.get("year_month") else None)


def _optional(pattern: str | None) -> re.Pattern | None:
    return re.compile(pattern, re.IGNORECASE) if pattern else None


_DIGIT_BEFORE = re.compile(r"\d\s*$")


def _approximate_words(folded: str, tables: _Tables, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Listed words for amounts without a figure ("weak_numbers" of the data file): relative
    ("twice", "both", "a quarter") and approximate ("a dozen", "hundreds of", "puluhan")."""
    found: list[Quantity] = []
    if tables.amounts is None:
        return found
    lowered = folded.lower().replace("’", "'")
    for m in tables.amounts.finditer(lowered):
        a, b = m.start(), m.end()
        lo, hi = tables.amount_values[m.group("p")]
        if not all(b <= x or a >= y for x, y in taken):
            continue
        run = tables.words_run.match(lowered, a) if tables.words_run is not None else None
        if run is not None and run.end() > b:
            continue  # "kedua belas" (the twelve) is a number word run, not "kedua" (both)
        if _DIGIT_BEFORE.search(lowered, max(0, a - 4), a) or (
                tables.word_before is not None and tables.word_before.search(lowered, max(0, a - 30), a)):
            continue  # "3 millions", "cinq millions": a figure's scale word, not "millions of"
        if tables.scale_next is not None and hi <= 1 and tables.scale_next.match(lowered, b):
            continue  # "half a million", "setengah juta": a figure, read with the number words
        # "a third" ends in an ordinal word: also "a third straight win", "a fourth consecutive match"
        ordinal = lowered[a:b].split()[-1] in tables.ordinal_words if lowered[a:b].split() else False
        found.append(Quantity(lo, a, b, folded[a:b], "approx", hi, ordinal=ordinal))
        taken.append((a, b))
    return found


def _fraction_value(s: str) -> float | None:
    s = s.strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    return _cjk_decimal_value(s) or None


def _cjk_decimal_value(s: str) -> float | None:
    """Value of Chinese numerals with decimals read digit by digit: 三点五 = 3.5."""
    whole, _, decimals = s.replace("點", "点").partition("点")
    value = _cjk_value(whole) if whole else 0.0
    if decimals:
        value = (value or 0.0) + float("0." + "".join(str(_CJK_DIGITS[c]) for c in decimals if c in _CJK_DIGITS))
    return value


# 四分之一 (zh), 4分の1 (ja), 百分之五十 (zh, 50 %): read as percentages, so that 四分之一 and
# "25 %" are the same figure and "a quarter" (0.25) can answer them.
_CJK_FRACTION = re.compile(r"(\d+(?:\.\d+)?|[零〇一二两兩三四五六七八九十百千万]+)\s*分\s*[之の]\s*"
                           r"(\d+(?:\.\d+)?|[零〇一二两兩三四五六七八九十百千]+" + _CJK_DECIMAL + ")")
# 十多人, 20余年, 300多万, 十几岁: a figure and more, an approximate amount
_CJK_MORE = re.compile(r"\s*(?:多|余|餘|几|幾|数|来)([万萬亿億兆]*)")


def _scan(text: str, lang: str, skip: list[tuple[int, int]]) -> tuple[list[Quantity], list[Quantity]]:
    data = language(lang)
    decimal = data.get("decimal", ".")
    decimal = "." if decimal == "٫" else decimal
    thousands = [t if t != "٬" else "," for t in data.get("thousands", [","])]
    folded = ascii_digits(text)
    tables = _tables(lang)
    if tables.scale_unit_prefix is not None:
        # 兆 of 55兆瓦 is "mega" of a unit (55 megawatts), not a trillion: blanked, same length
        folded = tables.scale_unit_prefix.sub(lambda m: " " * len(m.group()), folded)
    taken = list(skip)
    lowered = folded.lower()
    cjk = data.get("script") == "han"
    found: list[Quantity] = []

    def free(a, b):
        return all(b <= x or a >= y for x, y in taken)

    # idioms such as "tous les deux" (both), 四半期 (a quarter year), masked once CJK fractions and
    # clock times in words are read
    idioms = list(tables.exceptions.finditer(lowered)) if tables.exceptions is not None else []
    if cjk or lang in ("zh", "ja"):  # before the idioms: 三分之一 holds 之一 ("one of")
        # but an idiom that holds the start of the fraction wins: 四分之一决赛 is a quarter-final,
        # 百万分之35 is 35 parts per million
        for m in _CJK_FRACTION.finditer(folded):
            if free(m.start(), m.end()) and not any(i.start() <= m.start() < i.end() for i in idioms):
                whole, part = _fraction_value(m.group(1)), _fraction_value(m.group(2))
                if whole and part is not None:
                    found.append(Quantity(100 * part / whole, m.start(), m.end(), text[m.start():m.end()], "percent"))
                    taken.append((m.start(), m.end()))
    found.extend(_ratios(text, lowered, data, tables, taken))
    # an idiom that is no amount of its own holds none: 車両 (a vehicle) holds the 両 of 両国 (both)
    approx = [q for q in _approximate_words(folded, tables, taken)
              if not any(i.start() <= q.start and q.end <= i.end() and i.group() not in tables.amount_values
                         for i in idioms)]
    if cjk or lang in ("zh", "ja"):  # 十一点五十分 (11:50), before the idiom 十分 ("very") takes it
        for m in _CJK_WORD_TIME.finditer(folded):
            hour, minute = _cjk_value(m.group(1)), _cjk_value(m.group(2))
            if hour is not None and minute is not None and hour <= 24 and minute < 60 and free(m.start(), m.end()):
                found.append(Quantity(hour * 60 + minute, m.start(), m.end(), text[m.start():m.end()], "time"))
                taken.append((m.start(), m.end()))
    taken.extend(i.span() for i in idioms)  # before the figures in digits and words
    for pattern in (_CJK_TIME, _PUKUL, _TIME):
        for m in pattern.finditer(folded):
            a = m.start(1) if pattern is _PUKUL else m.start()
            if int(m.group(1)) > 24 or int(m.group(2)) > 59:
                continue  # "pukul 71.00" is no time of day: read as a figure, it stands out
            if free(a, m.end()):
                found.append(Quantity(int(m.group(1)) * 60 + int(m.group(2)), a, m.end(), text[a:m.end()], "time"))
                taken.append((a, m.end()))
    found.extend(_clock_range_ends(found, text, folded, tables, taken))
    if tables.seconds_fraction is not None:
        # 10秒08, "10 s 08": seconds, and hundredths written after the unit
        for m in tables.seconds_fraction.finditer(folded):
            if free(m.start(), m.end()):
                value = int(m.group("s")) + int(m.group("f")) / 10 ** len(m.group("f"))
                found.append(Quantity(value, m.start(), m.end(), text[m.start():m.end()]))
                taken.append((m.start(), m.end()))
    scaled: dict[int, tuple[float, float]] = {}  # start of a figure with a scale word: (raw number, scale)
    for m in _CJK_MIXED.finditer(folded):
        if free(m.start(), m.end()):
            found.append(Quantity(_mixed_value(m.group()), m.start(), m.end(), text[m.start():m.end()]))
            taken.append((m.start(), m.end()))
            simple = re.fullmatch(r"(\d+(?:\.\d+)?)([万萬亿億兆]+)", m.group())
            if simple:
                scaled[m.start()] = (float(simple.group(1)), _large_unit(simple.group(2)))
    for m in _NUMBER.finditer(folded):
        a, b = m.start(), m.end()
        if not free(a, b):
            continue
        value = _to_float(m.group(), decimal, thousands)
        if value is None:
            continue
        end, raw = b, value
        if tables.scale_after is not None:
            sm = tables.scale_after.match(folded, b)
            if sm:
                scale = tables.scales[sm.group(1).lower()]
                value *= scale
                end = sm.end()
                rest = tables.scale_remainder.match(folded, end) if tables.scale_remainder is not None else None
                if rest is not None and tables.scale_after.match(folded, rest.end()) is not None:
                    rest = None  # "بين 5 ملايين و50 مليون": the 50 has a scale of its own
                if rest is not None:  # "12 ألفاً و400" is 12,400
                    extra = _to_float(rest.group("n"), decimal, thousands) or 0
                    extra *= tables.scales.get((rest.group("s") or "").lower(), 1)
                    if 0 < extra < scale:
                        value, end = value + extra, rest.end()
        cm = _CJK_SCALE_AFTER.match(folded, b)
        if cm:
            value *= _large_unit(cm.group(1))
            end = cm.end()
        if value != raw and raw:
            scaled[a] = (raw, value / raw)
        kind = "percent" if _PERCENT_AFTER.match(folded, end) else "number"
        if folded[end:end + 1] in ("割", "成"):  # 3割, 三成: tenths, i.e. 30 %
            value, kind, end = value * 10, "percent", end + 1
        found.append(Quantity(value, a, end, text[a:end], kind))
        taken.append((a, end))
    found.extend(_roman_numerals(text, data, taken))
    if cjk or lang in ("zh", "ja"):
        for m in _CJK_RUN.finditer(folded):
            # a run of unit characters alone (万隆 Bandung, 千万 "by all means") is not a quantity
            no_digit = not any(ch in _CJK_DIGITS for ch in m.group()) and m.group() != "十"
            lone_one = m.group() == "一" and folded[m.end():m.end() + 1] not in ("成", "割")  # 一成 = 10 %
            if free(m.start(), m.end()) and not no_digit and not lone_one:
                value = _cjk_decimal_value(m.group())
                if value:
                    end, kind = m.end(), "number"
                    if folded[end:end + 1] in ("割", "成"):  # 三成 = 30 %
                        value, kind, end = value * 10, "percent", end + 1
                    found.append(Quantity(value, m.start(), end, text[m.start():end], kind))
                    taken.append((m.start(), end))
    found.extend(_number_words(text, folded, data, tables, taken, scaled))
    found, halves = _and_a_half(found, folded, tables)
    # the half of "two and a half", ونصف, is no amount of its own
    approx = [x for x in approx if not any(a <= x.start and x.end <= b for a, b in halves)]
    found = _years_and_months(found, text, folded, tables)
    found = _units(found, text, folded, tables)
    found = _scale_remainders(found, text, folded, data)
    found = _decades(found, text, folded, tables)
    found = _year_ranges(found, folded)
    found = _era_years(found, folded, data)
    found = _clock_hours(found, text, folded, tables)
    found = _shared_scales(found, folded, scaled, tables)
    found = _marked_ordinals(found, folded, tables)
    if cjk or lang in ("zh", "ja"):
        found = _name_numerals(found, folded, skip, tuple(data.get("name_followers", [])))
    found = _soft_numerals(found, folded, data)
    found = _restated_counts(found, folded, data)
    found = _minor_and_alternative_units(found, text, folded, tables)
    found = _offset_readings(found, folded, data)
    approx.extend(_fiscal_quarters(text, folded, tables))
    if cjk or lang in ("zh", "ja"):
        found, more = _cjk_approximate(found, text, folded)
        approx.extend(more)
    return sorted(found, key=lambda q: q.start), sorted(approx, key=lambda q: q.start)


_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")  # up to 39: L and C start names (LIV Golf, XL, CV)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _and_a_half(found: list[Quantity], folded: str,
                tables: _Tables) -> tuple[list[Quantity], list[tuple[int, int]]]:
    """A whole number and a half said after it ("six mois et demi", "two and a half", 2時間半;
    the ``half_after`` pattern of the data file, matched right after the number): 6.5, also
    read as the whole number, which a language that leaves the half to a word of its own says.
    Also returns where the halves are said."""
    if tables.half_after is None:
        return found, []
    out, halves = [], []
    for q in found:
        m = tables.half_after.match(folded, q.end)
        if m and q.kind == "number" and q.value == int(q.value) and q.value < 1000:
            q = replace(q, value=q.value + 0.5, alts=(*q.alts, q.value))
            halves.append((q.end, m.end()))
        out.append(q)
    return out, halves


_HOUR_MINUTE = re.compile(r"([01]?\d|2[0-3])[.:]([0-5]\d)(?!\d|[.,]\d)")


def _clock_range_ends(found: list[Quantity], text: str, folded: str, tables: _Tables,
                      taken: list[tuple[int, int]]) -> list[Quantity]:
    """The second end of a range of clock times written without its marker ("pukul 06.30 hingga
    16.30", "antara pukul 05.00 dan 08.15"): a time too, not the decimal 16.3."""
    if tables.range_joiner is None:
        return []
    out = []
    for q in [q for q in found if q.kind == "time"]:
        joiner = tables.range_joiner.match(folded, q.end)
        m = _HOUR_MINUTE.match(folded, joiner.end()) if joiner else None
        if m and all(m.end() <= x or m.start() >= y for x, y in taken):
            out.append(Quantity(int(m.group(1)) * 60 + int(m.group(2)), m.start(), m.end(), text[m.start():m.end()], "time"))
            taken.append(m.span())
    return out


def _years_and_months(found: list[Quantity], text: str, folded: str, tables: _Tables) -> list[Quantity]:
    """A duration in years and months ("tiga tahun enam bulan", 懲役3年6月, "three years and six
    months"; the ``year_month`` patterns: what lies between the two figures, and what follows the
    months) is one figure, in years (3.5, as 三年半 or "three and a half years" say it) or in
    months (42)."""
    if tables.year_month is None:
        return found
    between, after = tables.year_month
    found = sorted(found, key=lambda q: q.start)
    out, skip = [], False
    for years, months in zip(found, found[1:] + [None]):
        if skip:
            skip = False
            continue
        m = after.match(folded, months.end) if months is not None else None
        if m and years.kind == months.kind == "number" and years.value == int(years.value) and years.value < 100 \
                and months.value == int(months.value) and 0 < months.value < 12 \
                and between.fullmatch(folded, years.end, months.start):
            # also read in months: "1 tahun 3 bulan" is the "15 months" of another language
            years = replace(years, value=years.value + months.value / 12, end=m.end(), surface=text[years.start:m.end()],
                            alts=(*years.alts, years.value * 12 + months.value))
            skip = True
        out.append(years)
    return out


def _roman_value(s: str) -> int:
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN_VALUES[ch]
        total += -v if i + 1 < len(s) and _ROMAN_VALUES[s[i + 1]] > v else v
    return total


def _roman_numerals(text: str, data: dict, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Roman numerals, where the language writes them (``roman_numerals`` of the data file: the
    suffixes that may follow one, as a pattern): "XIIe siècle", "World War II", "Felipe VI",
    "abad ke-XIX". Capitals only, and a single letter only with a suffix ("Ve République"): "I",
    "V" and "X" alone are words and names."""
    if "roman_numerals" not in data:
        return []
    suffix = data["roman_numerals"]
    pattern = rf"(?<![\w])([IVX]+)(?P<s>{suffix})?(?![\w])" if suffix else r"(?<![\w])([IVX]+)(?P<s>)(?![\w])"
    out = []
    for m in re.finditer(pattern, text):
        numeral = m.group(1)
        if not _ROMAN.fullmatch(numeral) or (len(numeral) < 2 and not m.group("s")):
            continue
        if all(m.end() <= x or m.start() >= y for x, y in taken):
            # part of a name ("Angkasa Pura II", "Felipe VI"), which another language may write otherwise
            out.append(Quantity(float(_roman_value(numeral)), m.start(), m.end(), text[m.start():m.end()], soft=True))
            taken.append((m.start(), m.end()))
    return out


def _ratios(text: str, lowered: str, data: dict, tables: _Tables, taken: list[tuple[int, int]]) -> list[Quantity]:
    """"one in three", "un TGV sur trois", "satu dari lima", 3人に1人: the number n that may
    also be rendered as the share 1/n ("a third", 三分之一, 33 %); ``ratio_patterns`` of the data
    file, the divisor in group ``n``."""
    words = data.get("number_words", {})
    out = []
    for pattern in tables.ratios:
        for m in pattern.finditer(lowered):
            raw = m.group("n")
            n = float(raw) if raw.isdigit() else words.get(raw) or (_cjk_value(raw) if re.fullmatch(
                r"[一二三四五六七八九十百]+", raw) else None)
            if n and 2 <= n <= 1000 and all(m.end() <= x or m.start() >= y for x, y in taken):
                out.append(Quantity(n, m.start(), m.end(), text[m.start():m.end()], "number", share=100 / n))
                taken.append((m.start(), m.end()))
    return out


def _decades(found: list[Quantity], text: str, folded: str, tables: _Tables) -> list[Quantity]:
    """Decades: "the 1960s", "les années 60", "tahun 1960-an", 六十年代 are one decade written
    with four figures or two; each reads as both. 二十世纪六十年代 (the 60s of the 20th century)
    is 1960."""
    if tables.decade_after is None and tables.decade_before is None:
        return found
    out: list[Quantity] = []
    for q in sorted(found, key=lambda q: q.start):
        v = q.value
        if q.kind != "number" or v != int(v) or v % 10 or not (10 <= v <= 90 or 1000 <= v <= 2090):
            out.append(q)
            continue
        after = tables.decade_after.match(folded, q.end) if tables.decade_after is not None else None
        before = tables.decade_before.search(folded, 0, q.start) if tables.decade_before is not None else None
        if not after and not before:
            out.append(q)
            continue
        end = after.end() if after else q.end
        century = tables.century_before.search(folded, 0, q.start) if tables.century_before is not None else None
        if v < 100 and century and out and out[-1].end == century.start() and out[-1].kind == "number":
            prev = out.pop()  # 二十世纪六十年代
            year = (prev.value - 1) * 100 + v
            out.append(replace(prev, value=year, end=end, surface=text[prev.start:end], alts=(v,)))
            continue
        alts = (1900 + v,) if v < 100 else ((v % 100,) if v % 100 else ())
        out.append(replace(q, end=end, surface=text[q.start:end], alts=alts))
    return out


_YEAR_BEFORE = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)\s*(?:[-–—/~〜～]|\s+to\s+)\s*$")


def _year_ranges(found: list[Quantity], folded: str) -> list[Quantity]:
    """A range of years whose second year keeps only its last two figures ("2026-27",
    "2026〜27年度", "1998/99") also reads the whole year: it answers "2026-2027" on the other side."""
    out = []
    for q in found:
        if q.kind == "number" and not q.alts and q.end - q.start == 2 and folded[q.start:q.end].isdigit():
            m = _YEAR_BEFORE.search(folded, max(0, q.start - 12), q.start)
            if m:
                first = int(m.group(1))
                year = first // 100 * 100 + int(q.value)
                year += 100 if year <= first else 0  # "1999-00"
                if 0 < year - first <= 10:
                    q = replace(q, alts=(float(year),))
        out.append(q)
    return out


def _era_years(found: list[Quantity], folded: str, data: dict) -> list[Quantity]:
    """A year of an era (令和8年, 平成30年度) also reads as the same year counted from the common
    era: it answers "2026" (``era_years`` of the data file: era name → the year before its first)."""
    eras = data.get("era_years")
    if not eras:
        return found
    before = re.compile(rf"(?:{_alternation(eras)})\s*$")
    out = []
    for q in found:
        if q.kind == "number" and not q.alts and q.value == int(q.value) and 1 <= q.value < 100:
            m = before.search(folded, max(0, q.start - 4), q.start)
            if m:
                q = replace(q, alts=(float(eras[m.group().strip()] + q.value),))
        out.append(q)
    return out


def _shared_scales(found: list[Quantity], folded: str, scaled: dict, tables: _Tables) -> list[Quantity]:
    """"between 30 and 40 million", "30 à 40 millions", "antara 30 dan 40 juta", "30～4000万": the
    first figure of a range shares the scale word of the second, so 30 also reads 30 million."""
    if tables.range_joiner is None or not scaled:
        return found
    out = sorted(found, key=lambda q: q.start)
    for i in range(len(out) - 1):
        q, nxt = out[i], out[i + 1]
        if q.kind != "number" or q.start in scaled or nxt.start not in scaled or q.alts:
            continue
        raw, scale = scaled[nxt.start]
        if 0 < q.value < raw and tables.range_joiner.fullmatch(folded, q.end, nxt.start):
            out[i] = replace(q, alts=(q.value * scale,))
    return out


def _clock_hours(found: list[Quantity], text: str, folded: str, tables: _Tables) -> list[Quantity]:
    """An hour said without minutes is a clock time when the language marks it as one: "11 p.m.",
    "pukul 23", "الساعة الحادية عشرة", 午後11時, 晚上十一点 (``clock_before`` and ``clock_after`` of
    the data file; a group ``half`` or ``quarter`` of ``clock_after`` adds 30 or 15 minutes: 11時半,
    الثالثة والنصف). It then compares with "23.00" or "7:30" on the other side, on a 12-hour dial."""
    if tables.clock_before is None and tables.clock_after is None:
        return found
    lowered = folded.lower()
    out = []
    for q in found:
        v = q.value
        if q.kind != "number" or v != int(v) or not 0 <= v <= 24:
            out.append(q)
            continue
        after = tables.clock_after.match(lowered, q.end) if tables.clock_after is not None else None
        if tables.clock_after is not None and (after is None or not any(after.groupdict().values())):
            # الثامنة والنصف (مساء): the half hour read with the number words
            after = _fraction_of_hour(tables.clock_after, lowered, q) or after
        before = tables.clock_before.search(lowered, max(0, q.start - 40), q.start) \
            if tables.clock_before is not None else None
        if after is None and before is None:
            out.append(q)
            continue
        marks = after.groupdict() if after is not None else {}
        if before is not None:  # "half past three", "a quarter to four"
            marks = {**{k: v for k, v in before.groupdict().items() if v}, **{k: v for k, v in marks.items() if v}}
        minutes = 30 if marks.get("half") else 15 if marks.get("quarter") else -15 if marks.get("quarter_to") else 0
        end = after.end() if after is not None else q.end
        # an hour said with an ordinal (الساعة الثالثة, "the third hour") is a time, not a small
        # ordinal that may go unsaid
        out.append(replace(q, value=(v * 60 + minutes) % 1440, kind="time", end=end, surface=text[q.start:end], ordinal=False))
    return out


def _fraction_of_hour(clock_after: re.Pattern, lowered: str, q: Quantity) -> re.Match | None:
    """الثالثة والنصف: a half or quarter hour read with the number words, at the end of the run."""
    for i in range(q.start + 1, q.end):
        if lowered[i - 1].isspace() and not lowered[i].isspace():
            m = clock_after.match(lowered, i, q.end)
            if m and m.end() == q.end and any(m.groupdict().get(g) for g in ("half", "quarter")):
                return m
    return None


def _marked_ordinals(found: list[Quantity], folded: str, tables: _Tables) -> list[Quantity]:
    """A small figure that counts a term or a round (2期目, 第2次政権, 第二届, "3 期目") is an
    ordinal like "second term": often rendered without a figure (连任, "re-elected", "his new
    government"); ``ordinal_figures`` of the data file, the figure in group ``n``. Ordinals of
    quarters and places (第1四半期, "first") stay figures: the other side says them."""
    if not tables.ordinal_figures:
        return found
    marked = {m.span("n") for p in tables.ordinal_figures for m in p.finditer(folded)}
    return [replace(q, ordinal=True) if q.kind == "number" and (q.start, q.end) in marked and q.value <= 10 else q
            for q in found]


_HAN = re.compile(r"[\u3400-\u9fff]")
_KANA_COUNTERS = "つかカケヶヵ"


def _name_numerals(found: list[Quantity], folded: str, skip, followers: tuple = ()) -> list[Quantity]:
    """A lone numeral character at the end of a run of Han characters, with no counter after it,
    is part of a name: 森本健二（もりもと・けんじ）, 健二周二 (Kenji, on Tuesday), 李四说. Chinese and
    Japanese count with a counter (三人, 五个, 三つ), so such a numeral may stand unsaid."""
    out = []
    for q in found:
        if q.kind == "number" and q.end - q.start == 1 and folded[q.start] in "二三四五六七八九" and q.start > 0 \
                and _HAN.match(folded[q.start - 1]) and folded[q.start - 1] not in "第零〇一二两三四五六七八九十百千万亿億":
            nxt = folded[q.end:q.end + 1]
            in_date = any(a == q.end for a, _ in skip)
            # or a title after the name (``name_followers``): 森田健二領事, 森本健二駐インドネシア大使
            if not nxt or in_date or (not _HAN.match(nxt) and nxt not in _KANA_COUNTERS and not nxt.isdigit()) \
                    or any(folded.startswith(w, q.end) for w in followers):
                q = replace(q, soft=True)
        out.append(q)
    return out


def _restated_counts(found: list[Quantity], folded: str, data: dict) -> list[Quantity]:
    """A count said again later in the text with a counter of the same kind (``restated_counters``,
    lists of interchangeable counters): 大学生3人 … 3人が現場に ("the three"), 两名登山者 … 二人周日:
    the other side says it once, or as "they"; the repetition may go unsaid."""
    groups = data.get("restated_counters", [])
    if not groups:
        return found

    def group(q: Quantity) -> int | None:
        after = folded[q.end:q.end + 2]
        return next((i for i, counters in enumerate(groups) if any(after.startswith(c) for c in counters)), None)

    out, seen = [], set()
    for q in sorted(found, key=lambda x: x.start):
        g = group(q) if q.kind == "number" else None
        if g is not None and (g, q.value) in seen:
            q = replace(q, soft=True)
        elif g is not None:
            seen.add((g, q.value))
        out.append(q)
    return out


def _minor_and_alternative_units(found: list[Quantity], text: str, folded: str, tables: _Tables) -> list[Quantity]:
    """Hundredths written after the unit (4万1250円37銭 is 41,250.37 yen: ``minor_unit_after``),
    and units that also read in another one (2億1200万キロワット is 212 gigawatts:
    ``unit_alternatives``, the factor to the other unit)."""
    if tables.minor_unit is None and tables.unit_alternatives is None:
        return found
    out, absorbed = [], []
    for q in found:
        if tables.minor_unit is not None and q.kind == "number" and (m := tables.minor_unit.match(folded, q.end)):
            absorbed.append((q.end, m.end()))
            q = replace(q, value=q.value + int(m.group("n")) / 100, end=m.end(), surface=text[q.start:m.end()])
        if tables.unit_alternatives is not None and q.kind == "number" and (m := tables.unit_alternatives.match(folded, q.end)):
            factors = tables.unit_factors[m.group(1)]
            factors = factors if isinstance(factors, list) else [factors]
            q = replace(q, alts=q.alts + tuple(q.value * float(f) for f in factors))
        out.append(q)
    return [q for q in out if not any(a <= q.start and q.end <= b for a, b in absorbed)]


def _offset_readings(found: list[Quantity], folded: str, data: dict) -> list[Quantity]:
    """Figures counted from an offset (``minute_offsets``: pattern with group ``n`` → offset):
    後半43分, the 43rd minute of the second half, also reads as the 88th minute."""
    offsets = data.get("minute_offsets", {})
    if not offsets:
        return found
    marked = {m.span("n"): offset for pattern, offset in offsets.items() for m in re.finditer(pattern, folded)}
    return [replace(q, alts=q.alts + (q.value + marked[(q.start, q.end)],)) if (q.start, q.end) in marked else q
            for q in found]


def _soft_numerals(found: list[Quantity], folded: str, data: dict) -> list[Quantity]:
    """Numerals that restate a count the sentence already gives (``soft_numeral_patterns``, the
    numeral in group 1): 在锡尔赫特和苏纳姆甘杰两县 ("in the two districts of Sylhet and
    Sunamganj") names two districts, and another language names them without the two."""
    patterns = data.get("soft_numeral_patterns", [])
    if not patterns:
        return found
    spans = {m.span(1) for p in patterns for m in re.finditer(p, folded)}
    return [replace(q, soft=True) if (q.start, q.end) in spans else q for q in found]


def _fiscal_quarters(text: str, folded: str, tables: _Tables) -> list[Quantity]:
    """4～6月期 (the April-June quarter) may be rendered "the second quarter": the months are
    the dates check's, the quarter's number an amount that answers a 2."""
    out = []
    if tables.fiscal_quarter is None:
        return out
    for m in tables.fiscal_quarter.finditer(folded):
        first, last = int(m.group("a")), int(m.group("b"))
        if (last - first) % 12 == 2 and last % 3 == 0:
            out.append(Quantity(last // 3, m.start(), m.end(), text[m.start():m.end()], "approx", last // 3))
    return out


def _units(found: list[Quantity], text: str, folded: str, tables: _Tables) -> list[Quantity]:
    """Counts of a unit worth several: "two decades" is 20 (years), "tiga dasawarsa" 30."""
    if tables.units is None:
        return found
    lowered = folded.lower()
    out = []
    for q in found:
        m = tables.units.match(lowered, q.end) if q.kind == "number" else None
        if m:
            end = m.end()
            q = replace(q, value=q.value * tables.unit_values[m.group(1)], end=end, surface=text[q.start:end])
        out.append(q)
    return out


def _scale_remainders(found: list[Quantity], text: str, folded: str, data: dict) -> list[Quantity]:
    """"مليون و418 ألف", "1 juta 418 ribu": a round amount of millions (or more) and a smaller one
    of thousands right after it (``scale_remainder_joiner`` between them) are one figure, 1,418,000
    ("Rp2 juta dan 500 orang" is two)."""
    joiner = data.get("scale_remainder_joiner")
    if not joiner:
        return found
    pattern = re.compile(joiner)
    out = sorted(found, key=lambda q: q.start)
    merged: list[Quantity] = []
    for q in out:
        prev = merged[-1] if merged else None
        if prev is not None and prev.kind == q.kind == "number" and not prev.alts and not q.alts \
                and pattern.fullmatch(folded, prev.end, q.start):
            # (a whole number of its largest scale, and a remainder of the scale below it: "86,5
            # triliun dan 1,3 juta nasabah" are two amounts)
            scale = next((s for s in (1e12, 1e9, 1e6) if prev.value >= s), None)
            if scale is not None and prev.value % scale == 0 and scale / 1000 <= q.value < scale \
                    and q.value % 1000 == 0:
                merged[-1] = replace(prev, value=prev.value + q.value, end=q.end, surface=text[prev.start:q.end])
                continue
        merged.append(q)
    return merged


def _cjk_approximate(found: list[Quantity], text: str, folded: str) -> tuple[list[Quantity], list[Quantity]]:
    """十多人, 20余年, 300多万, 十几岁: a figure followed by "and more" is an approximate amount,
    from the figure up to the next step of its leading digit."""
    exact, approx = [], []
    for q in found:
        m = _CJK_MORE.match(folded[q.end:]) if q.kind == "number" and q.value >= 10 else None
        if m is None:
            exact.append(q)
            continue
        unit = _large_unit(m.group(1)) if m.group(1) else 1.0
        step = 10 ** int(math.log10(q.value) + 1e-9)
        end = q.end + m.end()
        approx.append(Quantity(q.value * unit, q.start, end, text[q.start:end], "approx", (q.value + step) * unit))
    return exact, approx


def _number_words(text: str, folded: str, data: dict, tables: _Tables, taken: list[tuple[int, int]],
                  scaled: dict) -> list[Quantity]:
    words = {k.lower(): v for k, v in data.get("number_words", {}).items()}
    ordinals = {k.lower(): v for k, v in data.get("ordinal_words", {}).items()}
    words.update(ordinals)
    scales = {k.lower(): v for k, v in data.get("scale_words", {}).items()}
    fractions = {k.lower(): v for k, v in data.get("fraction_words", {}).items()}
    multipliers = {k.lower(): v for k, v in data.get("number_multipliers", {}).items()}
    teens = {k.lower(): v for k, v in data.get("number_teens", {}).items()}
    bound = {w.lower() for w in data.get("number_words_need_number", [])}
    if not words and not scales:
        return []
    vague = {w.lower() for w in data.get("scale_needs_number", [])}
    # Arabic writes proclitics and the article onto the word: الثلاثة, وعشرون
    out = []
    # words already read (a listed amount, a date, an idiom) end a run; a fraction word that ends
    # one is the half said after a number ("dua setengah tahun"), read by ``half_after``
    # "a four-to-three vote": the words on both sides of "-to-" are numbers of their own
    blanked = list(re.sub(r"(?<=[a-z])-to-(?=[a-z])", " to ", folded, flags=re.IGNORECASE))
    for x, y in taken:
        blanked[x:y] = "\x00" * (y - x)
    both = {k.lower(): float(v) for k, v in data.get("fraction_number_words", {}).items()}
    for m in tables.words_run.finditer("".join(blanked)):
        for a, b in _range_parts(m, tables.words_token, words):
            tokens = list(tables.words_token.finditer(folded, a, b))
            if len(tokens) > 1 and tokens[-1].group().lower() in fractions:
                b = tokens[-2].end()  # "tiga setengah": three, and the half said after it
                tokens.pop()
            run_words = [t.group().lower() for t in tokens]
            if _capitalised_mid_sentence(text, a, data):
                continue  # "kembali ke Lima", "Formula One": a name, not a number word
            if all(w in scales for w in run_words) and any(w in vague for w in run_words):
                continue  # "آلاف السكان", "millions of people": a plural scale word alone is not a figure
            if len(run_words) == 1 and words.get(run_words[0]) == 100 and _DIGIT_BEFORE.search(folded, max(0, a - 4), a):
                continue  # "40 cents": after a figure, a unit (of a currency), not a hundred
            value = _words_value(run_words, words, scales, fractions, multipliers, teens, bound)
            if value:
                ordinal = len(run_words) == 1 and run_words[0] in ordinals and value <= 10
                # Arabic خمس is "five" and "a fifth" (الخُمس): the number, also the share 1/n
                share = 100 / value if len(run_words) == 1 and both.get(run_words[0]) == value else None
                kind = "percent" if _PERCENT_AFTER.match(folded, b) else "number"  # "seventy-five percent"
                out.append(Quantity(value, a, b, text[a:b], kind, ordinal=ordinal, share=share))
                if run_words[-1] in scales and value != scales[run_words[-1]]:
                    scaled[a] = (value / scales[run_words[-1]], scales[run_words[-1]])
    return out


def _capitalised_mid_sentence(text: str, a: int, data: dict) -> bool:
    """Whether the word at ``a`` is capitalised inside a sentence of a Latin-script language,
    where a number word is written in small letters and a capital makes it part of a name."""
    return data.get("script") == "latin" and text[a].isupper() and not at_sentence_start(text, a)


_RANGE_JOIN = re.compile(r"[\s-]+(?:and\s+|et\s+|و(?:ال)?)|\s*و(?:ال)?", re.IGNORECASE)


def _range_parts(m: re.Match, token: re.Pattern, words: dict) -> list[tuple[int, int]]:
    """A run of number words split where "and" joins two numbers of one order, a range and not a
    sum: "between thirty and forty million", "entre deux et trois millions", "ثلاثين وأربعين" (but
    "vingt et un", "one hundred and five", خمسة وعشرون are one number). Ten joins nothing with
    "and": "السابعة والعاشرة" is seven and ten, not 17 (سبعة عشر)."""
    tokens = list(token.finditer(m.string, m.start(), m.end()))
    parts, start = [], m.start()

    def order(t: re.Match) -> int:
        v = words.get(t.group().lower())
        return 1 if v is not None and 1 <= v <= 9 and v == int(v) else \
            3 if v == 10 else 2 if v is not None and 20 <= v <= 90 and v % 10 == 0 else 0

    for t1, t2 in zip(tokens, tokens[1:]):
        o1, o2 = order(t1), order(t2)
        # two units or two tens side by side are two numbers in every language, joined or not:
        # "three ninth-graders" is three pupils of the ninth grade, "السارونغ الواحد ثلاثة أشهر"
        # one sarong and three months
        if o1 and o1 == o2 and o1 in (1, 2) or \
                o1 and o2 and (o1 == o2 or 3 in (o1, o2)) and _RANGE_JOIN.fullmatch(m.string, t1.end(), t2.start()):
            parts.append((start, t1.end()))
            start = t2.start()
    parts.append((start, m.end()))
    return parts


def _words_value(run_words, words, scales, fractions, multipliers, teens, bound) -> float:
    """Value of a run of number words: "two hundred fifty", "dua ratus lima puluh", "dua belas"
    (2 + 10), "vingt-cinq", "half a million". Indonesian puluh/ratus/belas need a number before
    them: "belas kasihan" is mercy, not 10."""
    total, section, pending = 0.0, 0.0, None
    for i, w in enumerate(run_words):
        if w in fractions:
            if i + 1 < len(run_words) and run_words[i + 1] in scales:
                pending = (pending or 0) + fractions[w]
            continue  # "half" alone is a relative amount, not a figure
        if w in scales:
            base = section + (pending or 0)
            total += (base or 1) * scales[w]
            section, pending = 0.0, None
        elif w in teens:
            if pending is None or pending >= 10:
                continue
            section += pending + teens[w]
            pending = None
        elif w in multipliers or (not multipliers and words.get(w) == 100 and (section or pending)):
            factor = multipliers.get(w, 100)
            if w in bound and pending is None and not section:
                continue
            base = section + (pending or 0)
            if base and base < factor:
                section = base * factor  # "twenty-five hundred", "tiga ratus"
            else:
                section += (pending or 1) * factor  # "a hundred", "seratus lima puluh"
            pending = None
        elif w in words:
            if w in bound and pending is None and not section:
                continue
            if pending is not None:
                section += pending
            pending = words[w]
    return total + section + (pending or 0)


def format_value(q: Quantity) -> str:
    if q.kind == "time":
        return f"{int(q.value) // 60:02d}:{int(q.value) % 60:02d}"
    v = q.value
    text = f"{v:,.0f}" if v == int(v) else f"{v:,.4g}" if v >= 1000 else f"{v:g}"
    return text + ("%" if q.kind == "percent" else "")
