"""Reading numbers in every convention: digits of all scripts, separators, CJK numerals, number words.

Used by the numbers check (and the dates check for digit folding). Each language's decimal and
thousands marks, number words and scale words come from its data file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.checks import language

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
    kind: str = "number"  # number | time | percent


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
_BEFORE = r"(?:(?<=Rp)|(?<=\$)|(?<![0-9A-Za-z.,]))"  # currency signs may touch the digits
_NUMBER = re.compile(_BEFORE + r"\d{1,3}(?:(?:[ \u00a0\u202f.,'])\d{3})+(?:[.,]\d+)?(?![\d])"
                     r"|" + _BEFORE + r"\d+(?:[.,]\d+)?")
# Chinese and Japanese mix digits and scale characters: 1万2000, 1億2430万, 83万7000.
_CJK_MIXED = re.compile(r"\d+(?:\.\d+)?[万萬亿億兆]+(?:\d+(?:\.\d+)?(?:[万萬亿億兆]+|千)?)*")
_CJK_TIME = re.compile(r"(\d{1,2})\s*[時时点點]\s*(\d{1,2})\s*分")
_PUKUL = re.compile(r"(?i)\b(?:pukul|jam)\s+(\d{1,2})[.:](\d{2})\b")
_TIME = re.compile(r"(?<!\d)([01]?\d|2[0-3])\s*(?:[:h]|\.(?=\d\d\s*(?:WIB|WITA|WIT|a\.?m|p\.?m|Uhr|heures?)))\s*([0-5]\d)(?!\d)")
_CJK_RUN = re.compile(r"[零〇一二两兩三四五六七八九十百千万萬亿億兆]+")
_CJK_SCALE_AFTER = re.compile(r"\s*([万萬亿億兆]+)")


def extract_quantities(text: str, lang: str, skip: list[tuple[int, int]] = ()) -> list[Quantity]:
    """Numbers in ``text`` with their values, ignoring the character ranges in ``skip``."""
    data = language(lang)
    decimal = data.get("decimal", ".")
    decimal = "." if decimal == "٫" else decimal
    thousands = [t if t != "٬" else "," for t in data.get("thousands", [","])]
    folded = ascii_digits(text)
    taken = list(skip)
    lowered = folded.lower()
    cjk = data.get("script") == "han"
    for phrase in data.get("number_exceptions", []):  # idioms such as "tous les deux" (both)
        # Chinese and Japanese have no spaces: 四半期 sits inside 第1四半期に, so no word boundaries
        pattern = re.escape(phrase) if cjk else rf"(?<!\w){re.escape(phrase)}(?!\w)"
        for m in re.finditer(pattern, lowered):
            taken.append((m.start(), m.end()))
    found: list[Quantity] = []

    def free(a, b):
        return all(b <= x or a >= y for x, y in taken)

    for pattern in (_CJK_TIME, _PUKUL, _TIME):
        for m in pattern.finditer(folded):
            a = m.start(1) if pattern is _PUKUL else m.start()
            if free(a, m.end()):
                found.append(Quantity(int(m.group(1)) * 60 + int(m.group(2)), a, m.end(), text[a:m.end()], "time"))
                taken.append((a, m.end()))
    for m in _CJK_MIXED.finditer(folded):
        if free(m.start(), m.end()):
            found.append(Quantity(_mixed_value(m.group()), m.start(), m.end(), text[m.start():m.end()]))
            taken.append((m.start(), m.end()))
    scales = {k.lower(): v for k, v in data.get("scale_words", {}).items()}
    scale_re = "|".join(re.escape(s) for s in sorted(scales, key=len, reverse=True))
    for m in _NUMBER.finditer(folded):
        a, b = m.start(), m.end()
        if not free(a, b):
            continue
        value = _to_float(m.group(), decimal, thousands)
        if value is None:
            continue
        end = b
        rest = folded[b:]
        if scale_re:
            sm = re.match(rf"\s*({scale_re})\b", rest, re.IGNORECASE)
            if sm:
                value *= scales[sm.group(1).lower()]
                end = b + sm.end()
        cm = _CJK_SCALE_AFTER.match(rest)
        if cm:
            value *= _large_unit(cm.group(1))
            end = b + cm.end()
        kind = "percent" if re.match(r"\s*(%|persen|pour ?cent|percent|per cent|٪)", folded[end:], re.I) else "number"
        if re.match(r"[割成]", folded[end:end + 1]):  # 3割, 三成: tenths, i.e. 30 %
            value, kind, end = value * 10, "percent", end + 1
        found.append(Quantity(value, a, end, text[a:end], kind))
        taken.append((a, end))
    if data.get("script") == "han" or lang in ("zh", "ja"):
        for m in _CJK_RUN.finditer(folded):
            # a run of unit characters alone (万隆 Bandung, 千万 "by all means") is not a quantity
            no_digit = not any(ch in _CJK_DIGITS for ch in m.group()) and m.group() != "十"
            if free(m.start(), m.end()) and not no_digit and not (len(m.group()) == 1 and m.group() in "一"):
                value = _cjk_value(m.group())
                if value:
                    end, kind = m.end(), "number"
                    if re.match(r"[割成]", folded[end:end + 1]):  # 三成 = 30 %
                        value, kind, end = value * 10, "percent", end + 1
                    found.append(Quantity(value, m.start(), end, text[m.start():end], kind))
                    taken.append((m.start(), end))
    found.extend(_number_words(text, folded, data, taken))
    return sorted(found, key=lambda q: q.start)


def _number_words(text: str, folded: str, data: dict, taken: list[tuple[int, int]]) -> list[Quantity]:
    words = {k.lower(): v for k, v in data.get("number_words", {}).items()}
    words.update({k.lower(): v for k, v in data.get("ordinal_words", {}).items()})
    scales = {k.lower(): v for k, v in data.get("scale_words", {}).items()}
    if not words and not scales:
        return []
    vague = {w.lower() for w in data.get("scale_needs_number", [])}
    vocab = sorted(set(words) | set(scales), key=len, reverse=True)
    token = "|".join(re.escape(w) for w in vocab)
    # Arabic writes proclitics and the article onto the word: الثلاثة, وعشرون
    prefixes = "|".join(re.escape(p) for p in sorted(data.get("word_prefixes", []), key=len, reverse=True))
    prefix = rf"(?:{prefixes})?" if prefixes else ""
    run = re.compile(rf"(?<![\w-]){prefix}(?:{token})(?:[\s-]+(?:and\s+|et\s+)?{prefix}(?:{token}))*(?![\w])",
                     re.IGNORECASE)
    out = []
    for m in run.finditer(folded):
        if not all(m.end() <= x or m.start() >= y for x, y in taken):
            continue
        run_words = [w.lower() for w in re.findall(token, m.group(), re.IGNORECASE)]
        if all(w in scales for w in run_words) and any(w in vague for w in run_words):
            continue  # "آلاف السكان", "millions of people": a plural scale word alone is not a figure
        total, current = 0.0, 0.0
        for w in re.findall(token, m.group(), re.IGNORECASE):
            w = w.lower()
            if w in scales:
                total += (current or 1) * scales[w]
                current = 0.0
            elif words[w] == 100 and current:
                current *= 100
            elif words[w] == 10 and current and current < 10 and data.get("language") == "id":
                current *= 10  # "dua puluh" = 20
            else:
                current += words[w]
        value = total + current
        if value:
            out.append(Quantity(value, m.start(), m.end(), text[m.start():m.end()]))
    return out


def format_value(q: Quantity) -> str:
    if q.kind == "time":
        return f"{int(q.value) // 60:02d}:{int(q.value) % 60:02d}"
    v = q.value
    text = f"{v:,.0f}" if v == int(v) else f"{v:,.4g}" if v >= 1000 else f"{v:g}"
    return text + ("%" if q.kind == "percent" else "")
