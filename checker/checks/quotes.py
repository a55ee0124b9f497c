"""Quotes and attribution: a quotation on one side only (dropped, invented or moved).

A quotation is speech when it is long enough (``quote_min_words`` words, default 2, or
``quote_min_chars`` characters in Chinese and Japanese, default 4); shorter quoted spans are
marks that one language sets and another does not (a term in scare quotes, « déraisonnable »,
“不合理”; Arabic sets foreign names in guillemets, «سكاي نوسا»). Each side's count of quotations
is a range, from its speech quotations to all its quoted spans, and a finding needs the two
ranges apart: a dropped or invented quotation, not a difference of typography.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.checks import file_span, language
from checker.report import Finding

_DEFAULT_PAIRS = [["\u201c", "\u201d"], ['"', '"']]

# a Latin acronym or name in brackets right after a quoted span, or closing it: the quoted words
# name a programme or a body ("希望家庭计划"（PKH）, 「国民事業融資（KUR）」), they are not speech
_GLOSS_AFTER = re.compile(r"\s*[(（][A-Za-z][\w .&'’-]{0,30}[)）]")
_GLOSS_END = re.compile(r"[(（][A-Za-z][\w .&'’-]{0,30}[)）]\s*$")
# a craft named in quotes and then called a ship, a train or a satellite: “海洋明珠”号,
# “欧洲之星”列车, 「みちびき」6号機
_HAN_CRAFT_AFTER = re.compile(r"\s*[0-9０-９]*\s*(?:号|號|轮|輪|舰|艦|丸|列车|列車|机|機)")
# a transliterated name in Chinese joins its parts with a middle dot (“塔纳维亚·阿玛”)
_HAN_PERSON = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·・][\u4e00-\u9fff]{1,8})+")
# a short name glossed in brackets inside the marks: 「ニュピ（静寂の日）」, “Nyepi（安宁日）”
_HAN_GLOSSED_NAME = re.compile(r"[^\s，。、,.!?！？（）()]{1,8}[（(][^（）()]{1,12}[）)]")


# a quoted span of at most this many characters (marks included) right after a word for a work or
# a named thing (``work_words``, ``quote_name_words``) names it: the programme "Specified Skilled
# Worker", مجموعة "تضامن السائقين", the film « Rumah Tanpa Pintu »
NAME_CHARS = 42


@lru_cache(maxsize=None)
def word_before(lang: str, keys: tuple[str, ...] = ("work_words", "quote_name_words", "quote_name_construct"),
                gap: int = 0) -> re.Pattern | None:
    """A word of the lists ``keys`` of ``lang`` (a word for a work or a named thing: "film",
    "programme", برنامج, 新作) before the end of the searched text, with up to ``gap`` words and a
    comma after it in spaced scripts ("sa nouvelle pièce, « … »"); in Arabic with a proclitic, the
    article or a possessive ending (فيلمه, his film; ``stem_before_suffix``: ة is ت in مسرحيتها).
    The Arabic nouns of ``quote_name_construct`` name what follows only without the article: شركة
    "أنيكا" is the company Aneka, البنك "لم يتخلف قط" the bank quoted."""
    data = language(lang)
    words = [w for key in keys if key != "quote_name_construct" for w in data.get(key, [])]
    construct = data.get("quote_name_construct", []) if "quote_name_construct" in keys else []
    if not words and not construct:
        return None
    arabic = data.get("script") == "arabic"

    def alternation(found: list[str]) -> str:
        forms = [re.escape(w) for w in sorted(found, key=len, reverse=True)]
        suffixes = data.get("possessive_suffixes", [])
        if suffixes:
            ending = "(?:" + "|".join(re.escape(x) for x in sorted(suffixes, key=len, reverse=True)) + ")"
            changed = data.get("stem_before_suffix", {})
            forms = [f"{w[:-1]}(?:{re.escape(w[-1])}|{re.escape(changed[w[-1]])}{ending})" if w[-1:] in changed
                     else f"{w}{ending}?" for w in forms]
        return "|".join(forms)

    heads = []
    if words:
        heads.append((r"(?:و|ف|ب|ل)?(?:ال)?" if arabic else "") + "(?:" + alternation(words) + ")")
    if construct:
        heads.append((r"(?:و|ف|ب|ل)?" if arabic else "") + "(?:" + "|".join(
            re.escape(w) for w in sorted(construct, key=len, reverse=True)) + ")")
    head = "(?:" + "|".join(heads) + ")"
    if data.get("script") == "han":  # 新作「影のない国」, 新剧“…”: the word is right before the title
        return re.compile(rf"{head}(?:の)?\s*$")
    return re.compile(rf"(?<![\w]){head},?(?:\s+\S+){{0,{gap}}}\s*$", re.IGNORECASE)


def _quoted(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, inner text) of every quoted span, the first pair of marks winning overlaps.
    A title of a work (``quote_title_pairs``: 《盐的档案》, 『雪国』), a name glossed by a Latin
    acronym in brackets (“希望家庭计划”（PKH）) or, in Chinese and Japanese, a craft named before
    the word for it (“海洋明珠”号), counts with its inner text blanked, so that it is a quoted span
    and never speech."""
    data = language(lang)
    han = data.get("script") == "han"
    spans: list[tuple[int, int, str]] = []
    pairs = [(p, False) for p in data.get("quote_pairs", _DEFAULT_PAIRS)]
    pairs += [(p, True) for p in data.get("quote_title_pairs", [])]
    head = word_before(lang)
    for (open_, close), title in pairs:
        pattern = re.escape(open_) + r"([^" + re.escape(open_ + close) + r"]+?)" + re.escape(close)
        for m in re.finditer(pattern, text):
            inner = m.group(1).strip()
            if inner and all(m.end() <= a or m.start() >= b for a, b, _ in spans):
                named = title or _GLOSS_AFTER.match(text, m.end()) is not None or _GLOSS_END.search(inner) \
                    or han and _HAN_CRAFT_AFTER.match(text, m.end()) is not None \
                    or (m.end() - m.start() <= NAME_CHARS and head is not None
                        and head.search(text, max(0, m.start() - 40), m.start()) is not None)
                spans.append((m.start(), m.end(), "" if named else inner))
    return sorted(spans)


def _is_speech(inner: str, lang: str) -> bool:
    data = language(lang)
    if re.fullmatch(r"[\u30a0-\u30ff・ー\s]+", inner):
        return False  # 「ハイクイ」: a name set off in brackets, not speech
    if data.get("script") == "han":
        if not re.search(r"[\u3040-\u309f\u3400-\u9fff]", inner):
            return False  # 「M-Pesa」, 「ラシード2」: no Chinese character or kana of speech, a name
        if data.get("quote_name_pattern") and re.fullmatch(data["quote_name_pattern"], inner):
            return False  # “天枢三号”, 「はやぶさ2号」, “乡村基金”: a named craft, model or programme
        if _HAN_PERSON.fullmatch(inner):
            return False  # “塔纳维亚·阿玛”: a person's name
        if _HAN_GLOSSED_NAME.fullmatch(inner):
            return False  # 「ニュピ（静寂の日）」: a short name and its gloss in brackets
        return len(inner) >= data.get("quote_min_chars", 4)
    words = inner.split()
    letters = set(data.get("latin_letter_names", []))
    if letters and any(a in letters and b in letters for a, b in zip(words, words[1:])):
        return False  # «بي تي كوبي نوسانتارا», «إم آر تي جاكرتا»: a name whose acronym is spelled out
    if data.get("script") == "latin" and len(words) <= 8 and all(w[:1].isupper() or len(w) <= 3 for w in words):
        return False  # "Les Marées de Joal", "The Salt Archive": a title in capitals, not speech
    return len(words) >= data.get("quote_min_words", 2)


def titles(text: str, lang: str, max_words: int = 6) -> list[tuple[int, int]]:
    """Spans of short quoted passages: titles of works and names of things ("The Last Harbour",
    « Le Dernier Port »), which each language translates."""
    # (a title in its own marks, 《十三楼》, is one whatever its length)
    return [(a, b) for a, b, inner in _quoted(text, lang) if inner == "" or 0 < len(inner.split()) <= max_words]


def quoted_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of every quoted span of ``text``, marks included, in the language's marks
    (``quote_pairs``, ``quote_title_pairs``)."""
    return [(a, b) for a, b, _ in _quoted(text, lang)]


def named_in_marks(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of the quoted spans that name a thing rather than quote anyone: a title in its own
    marks (《无月之夜》), a name glossed by a Latin acronym, a craft named before the word for it."""
    return [(a, b) for a, b, inner in _quoted(text, lang) if inner == ""]


def quotations(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of the quoted passages long enough to be speech."""
    return [(a, b) for a, b, inner in _quoted(text, lang) if _is_speech(inner, lang)]


def run(pair, langs, context) -> list[Finding]:
    t_all = _quoted(pair.translation.text, langs.translation)
    r_all = _quoted(pair.reference.text, langs.reference)
    t = [(a, b) for a, b, inner in t_all if _is_speech(inner, langs.translation)]
    r = [(a, b) for a, b, inner in r_all if _is_speech(inner, langs.reference)]
    # a quoted span too short for speech may still render the other side's quotation (a phrase
    # quoted here, a short one there), and so may a name in marks (« La maison sans porte », a title
    # there); but a quotation longer than a name is rendered by no name in marks (a title in its own
    # marks, a company or a programme named by the word before it)
    t_long = [(a, b) for a, b in t if b - a > NAME_CHARS]
    r_long = [(a, b) for a, b in r if b - a > NAME_CHARS]
    t_unnamed = [x for x in t_all if x[2] != ""]
    r_unnamed = [x for x in r_all if x[2] != ""]
    if len(r_long) > len(t_unnamed) and len(r) > len(t):
        t_all = t_unnamed
    if len(t_long) > len(r_unnamed) and len(t) > len(r):
        r_all = r_unnamed
    if len(r) > len(t_all):
        a, b = r[len(t)] if len(t) < len(r) else r[-1]
        return [Finding("quotes", "major",
                        f"the reference quotes {pair.reference.text[a:b][:60]} but the translation has "
                        f"{len(t)} quotation(s) for its {len(r)}: a quote may be dropped or paraphrased",
                        None, file_span(pair.reference, a, b), 0.7)]
    if len(t) > len(r_all):
        a, b = t[len(r)] if len(r) < len(t) else t[-1]
        return [Finding("quotes", "major",
                        f"the translation quotes {pair.translation.text[a:b][:60]}, which the reference does not "
                        f"present as a quotation", file_span(pair.translation, a, b), None, 0.6)]
    return []
