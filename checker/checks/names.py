"""Names and acronyms: people, places and organisations must survive translation.

Proper nouns are capitalised words in the middle of a sentence (or all-capital acronyms) that
are not common capitalised words of the language (titles, months…, from the data file).
Matching is transliteration-tolerant: accents folded and fuzzy similarity via rapidfuzz, so
"Noursoultan Nazarbaïev" matches "Nursultan Nazarbayev". Names that are *translated* rather than
transliterated (countries and their adjectives, major cities, organisations: "Birmanie" /
"Myanmar" / "缅甸", "WHO" / "Organisasi Kesehatan Dunia") come from the ``entities`` table of
the data files, keyed by a concept id shared by all languages, and are compared as concepts in
every language pair. Other names are only checked between Latin-script sides: in Chinese,
Japanese or Arabic a person's name is transliterated into another script, which this check
cannot verify; but a name those sides keep in Latin letters ("BRICS", "iPhone") must be on the
Latin-script side.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from checker.checks import at_sentence_start, concepts, file_span, language, marks_span, strip_marks
from checker.checks.quotes import titles
from checker.report import Finding

# A word; an elided article or preposition before a capital ("d'Al-Hilal", "l'Ukraine") is a
# word of its own, so that the name after it is seen.
_WORD = re.compile(r"[a-zà-ÿ]{1,3}['’](?=[A-ZÀ-Ý])|(?<![\w])[^\W\d_][\w'’-]*", re.UNICODE)
_ROMAN_ORDINAL = re.compile(r"[IVXLC]+(?:e|er|re|ème|th|st|nd|rd)")


def fold(text: str) -> str:
    """Lower case, accents removed: the form names are compared in."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().replace("’", "'")


@lru_cache(maxsize=None)
def _common_words(lang: str) -> frozenset[str]:
    """Capitalised words of ``lang`` that are not names (titles, months, weekdays…), and those of
    English, whose names of events and bodies other languages quote ("Bali Ocean Summit")."""
    data = language(lang)
    words = set(data.get("capitalized_common", [])) | set(data.get("months", {})) | set(data.get("weekdays", {}))
    if lang != "en":
        words |= set(language("en").get("capitalized_common", []))
    return frozenset(fold(w) for w in words)


@lru_cache(maxsize=None)
def _entity_patterns(langs: tuple[str, ...]) -> list[tuple[re.Pattern, str, str, bool]]:
    """Regular expressions for the entity names of ``langs`` (longest first), their concept, and
    a substring every match contains (lower-cased when the pattern ignores case), so that the
    hundreds of patterns are run only where their name can occur."""
    entries = []
    for lang in langs:
        data = language(lang)
        prefixes = tuple(sorted(data.get("word_prefixes", []), key=len, reverse=True))
        for concept, forms in data.get("entities", {}).items():
            for form in forms:
                entries.append((form, concept, data.get("script"), prefixes))
            if data.get("script") == "arabic":
                # the nisba adjective of a place, when the list gives only its name: تايوان →
                # تايواني (Taiwanese), تايلاند → تايلاندي
                for form in forms:
                    stem = form[2:] if form.startswith("ال") else form
                    stem = stem[:-1] if stem.endswith(("ا", "ة")) else stem
                    if " " not in stem and not form.endswith("ي") and len(stem) >= 4 and stem + "ي" not in forms:
                        entries.append((stem + "ي", concept, data.get("script"), prefixes))
    entries.sort(key=lambda e: -len(e[0]))
    out = []
    for form, concept, script, prefixes in entries:
        letters = [c for c in form if c.isalpha()]
        needle = form
        if script == "han" or any("\u3040" <= c <= "\u9fff" for c in form):
            if re.fullmatch(r"[\u30a1-\u30fa\u30fc]+", form):
                # a katakana name is a whole katakana word: タイ is not in タイヤ (tyre)
                pattern = re.compile(r"(?<![\u30a1-\u30fa\u30fc])" + re.escape(form) + r"(?![\u30a1-\u30fa\u30fc])")
            else:
                pattern = re.compile(re.escape(form))
            flags = 0
        else:
            if script == "arabic" and not form.endswith("ي"):
                # the article goes before a nisba adjective (الإندونيسية), not before a name:
                # السيول is "the torrents", not Seoul
                prefixes = tuple(p for p in prefixes if not (p.endswith("ال") or p == "لل"))
            alternation = "|".join(re.escape(p) for p in prefixes)
            before = rf"(?<![\w])(?:{alternation})?" if alternation else r"(?<![\w])"
            # acronyms match only in capitals: "US" is not the pronoun "us", "AS" not "as"
            flags = 0 if letters and all(c.isupper() for c in letters) and len(letters) <= 6 else re.IGNORECASE
            # Arabic: a nisba adjective takes the feminine and plural endings (نيجيري → نيجيرية,
            # نيجيريين), and li- before al- is written lil- (الأمم المتحدة → للأمم المتحدة).
            ending = "(?:ة|ين|ون|ان|ات|اً|ا)?" if script == "arabic" and form.endswith("ي") else ""
            body = re.escape(form)
            if script == "latin" and flags and form[0].isupper():
                # "Antara" the agency, not "antara" (between): a capitalised name keeps its capital
                body = f"(?-i:{re.escape(form[0])})" + re.escape(form[1:])
            variants = [before + body + ending]
            if script == "arabic" and form.startswith("ال") and len(form) > 3:
                variants.append(r"(?<![\w])[وف]?لل" + re.escape(form[2:]) + ending)
                needle = form[1:]
            pattern = re.compile("(?:" + "|".join(variants) + r")(?![\w])", flags)
        folded = bool(flags & re.IGNORECASE)
        out.append((pattern, concept, needle.lower() if folded else needle, folded))
    return out


_KANA_AFTER = re.compile(r"[・･]([\u30a0-\u30ff]+)")
_KANA_BEFORE = re.compile(r"([\u30a0-\u30ff]+)[・･]$")


@lru_cache(maxsize=None)
def _acronym_patterns() -> list:
    """The Latin acronyms among the listed forms (BMKG, KPK, UNHCR), looked for in every language:
    an Arabic or Chinese text keeps them as they are."""
    return [p for p in _entity_patterns(("en", "fr", "id")) if not p[3] and p[2].isascii() and p[2].isupper()]


def _in_person_name(text: str, a: int, b: int, lang: str) -> bool:
    """Whether the katakana name at ``[a, b)`` is joined by a middle dot to a katakana word that
    is no listed name: マルタ・コワルチク is a person (Marta), インドネシア・バリ州 two places."""
    if not re.fullmatch(r"[\u30a0-\u30ff]+", text[a:b]):
        return False
    for m in (_KANA_AFTER.match(text, b), _KANA_BEFORE.search(text, 0, a)):
        if m is not None and not entity_mentions(m.group(1), lang):
            return True
    return False


@lru_cache(maxsize=None)
def _own_patterns(lang: str) -> frozenset[str]:
    return frozenset(p.pattern for p, *_ in _entity_patterns((lang,)) + _acronym_patterns())


def entity_mentions(text: str, lang: str, other: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, concept) of listed names in ``text``. Names of ``other`` count too: text left
    in the reference's language ("Share", a copied disclaimer) names things in that language."""
    return list(_mentions(text, lang, other)[0])


def _in_names(text: str, lang: str, other: str | None = None) -> frozenset[str]:
    """Concepts whose listed form ``text`` writes only inside a person's name (フィクリ・ラマダン):
    not named here, but a side that names the concept with the same word (فكري رمضان) may be
    naming the person."""
    return _mentions(text, lang, other)[1]


@lru_cache(maxsize=4096)
def _mentions(text: str, lang: str, other: str | None) -> tuple[tuple[tuple[int, int, str], ...], frozenset[str]]:
    found: list[tuple[int, int, str]] = []
    blocked: list[tuple[int, int, str]] = []
    original = text
    text, kept = strip_marks(text)  # Arabic vowel marks: "عُمان" is "عمان"
    lowered = text.lower()
    patterns = _entity_patterns((lang,) + ((other,) if other and other != lang else ())) + _acronym_patterns()
    own = _own_patterns(lang)
    # phrases that hold a listed name and name nothing (``entity_exceptions``: جوز الهند, "nut of
    # India", is the coconut) block it as a person's name does, with no concept
    exceptions = _entity_exceptions(lang)
    if exceptions is not None:
        blocked.extend((m.start(), m.end(), "") for m in exceptions.finditer(text))
    for pattern, concept, needle, folded in patterns:
        if needle not in (lowered if folded else text):
            continue
        for m in pattern.finditer(text):
            if pattern.pattern not in own and " " not in m.group() and at_sentence_start(text, m.start()):
                continue  # "Chili prices rose": the other language's "Chili" (Chile) is a word here
            if all(m.end() <= a or m.start() >= b for a, b, _ in found + blocked):
                if _in_person_name(text, m.start(), m.end(), lang):
                    blocked.append((m.start(), m.end(), concept))  # マルタ・コワルチク: Marta, not Malta
                else:
                    found.append((m.start(), m.end(), concept))
    if kept is not None:
        found = [(*marks_span(kept, len(original), a, b), c) for a, b, c in found]
    return tuple(sorted(found)), frozenset(c for *_, c in blocked if c)


@lru_cache(maxsize=None)
def _entity_exceptions(lang: str) -> re.Pattern | None:
    """The ``entity_exceptions`` of ``lang`` as one pattern of whole words (of any characters in
    Chinese and Japanese)."""
    data = language(lang)
    phrases = data.get("entity_exceptions", [])
    if not phrases:
        return None
    if data.get("script") == "han":  # no spaces: 5位タイ (tied fifth) holds no Thailand
        return re.compile("|".join(re.escape(p) for p in phrases))
    return re.compile("|".join(rf"(?<![\w]){re.escape(p)}(?![\w])" for p in phrases))


def _names_a_currency(text: str, a: int, b: int, lang: str) -> bool:
    """Whether the listed name at ``[a, b)`` only qualifies a currency ("US dollars", "dolar
    AS", "US$", "دولار أمريكي"): one language names the country there, another does not (美元)."""
    words = language(lang).get("currency_words", [])
    if not words:
        return False
    if language(lang).get("script") == "han":  # 欧元, 美元: no spaces, the currency follows at once
        return any(text.startswith(w, b) for w in words)
    before = re.search(r"([^\s\d]+)\s*(?:\s(?:de|du|d'|of)\s*)?$", text[:a])  # "dollars de Singapour"
    after = re.match(r"\s*([^\s\d.,;:!?)]+)", text[b:])
    folded = {w.lower() for w in words}
    return bool(before and before.group(1).lower() in folded or after and after.group(1).lower() in folded)


_BODY_WORDS = frozenset({"bank", "department", "league", "union", "council", "commission", "parliament",
                         "reserve", "cup", "ministry", "embassy"})


def _related(a: str, b: str) -> bool:
    """Whether one concept id names a body of the other ("bank-indonesia" of "indonesia",
    "bank-of-japan" of "japan"; "south-sudan" and "sudan" are two countries) or a place in it
    (``part_of``, followed up: "casablanca" of "morocco", "east-nusa-tenggara" of "nusa-tenggara"
    and of "indonesia")."""
    short, long = sorted((a, b), key=len)
    return (f"-{short}-" in f"-{long}-" and bool(_BODY_WORDS & set(long.split("-")))
            or b in _containers(a) or a in _containers(b))


@lru_cache(maxsize=None)
def _containers(concept: str) -> frozenset[str]:
    """The places ``concept`` lies in, by ``part_of``, to the top."""
    part_of = concepts()["part_of"]
    out, at = [], part_of.get(concept)
    while at is not None and at not in out:
        out.append(at)
        at = part_of.get(at)
    return frozenset(out)


def _entity_findings(pair, langs) -> tuple[list[Finding], list, list, list[tuple[int, int]], list[tuple[int, int]]]:
    """(findings, the listed names of each side accounted for here, the spans of the places each
    side names and the other does not)."""
    t_text, r_text = pair.translation.text, pair.reference.text
    t_all = entity_mentions(t_text, langs.translation, langs.reference)
    r_all = entity_mentions(r_text, langs.reference, langs.translation)
    # a name that only qualifies a currency ("dollars de Singapour", S$) is neither compared
    # here nor left for the proper-name comparison
    t_currency = [m for m in t_all if _names_a_currency(t_text, m[0], m[1], langs.translation)]
    r_currency = [m for m in r_all if _names_a_currency(r_text, m[0], m[1], langs.reference)]
    t = [m for m in t_all if m not in t_currency]
    r = [m for m in r_all if m not in r_currency]
    t_concepts, r_concepts = {c for *_, c in t}, {c for *_, c in r}
    # a name that holds another ("bank-indonesia" holds "indonesia") is not swapped for it: 印尼央行
    # against "Banque d'Indonésie" with its form missing names the same body
    # (only against names of the other side that are not on both: "Istanbul" on both sides does
    # not make "Turkey" for "Ukraine" an explanation)
    t_only = t_concepts - r_concepts - _in_names(r_text, langs.reference, langs.translation)
    r_only = r_concepts - t_concepts - _in_names(t_text, langs.translation, langs.reference)
    missing = [m for m in r if m[2] in r_only and not any(_related(m[2], c) for c in t_only)]
    added = [m for m in t if m[2] in t_only and not any(_related(m[2], c) for c in r_only)]
    missing = [m for i, m in enumerate(missing) if m[2] not in {x[2] for x in missing[:i]}]
    added = [m for i, m in enumerate(added) if m[2] not in {x[2] for x in added[:i]}]
    findings = []
    # A name on one side only is often a translator's explicitation ("the meteorology agency" →
    # "Indonesia's meteorology agency") or a dropped adjective; a name *replaced* by another is
    # not, so only replacements are findings here.
    swapped = set()
    for (a, b, c), (ta, tb, tc) in zip(missing, added):
        swapped |= {c, tc}
        findings.append(Finding("names", "critical",
                                f"reference names {r_text[a:b]}, translation names {t_text[ta:tb]}",
                                file_span(pair.translation, ta, tb), file_span(pair.reference, a, b), 0.9))
    # Only names accounted for here are taken out of the proper-name comparison: one on a single
    # side ("as reported by Reuters", dropped) is still looked for there, spelling-tolerantly.
    both = t_concepts & r_concepts | swapped
    return (findings, [m for m in t if m[2] in both] + t_currency, [m for m in r if m[2] in both] + r_currency,
            [(a, b) for a, b, c in t if c not in both and not _is_body(c)],
            [(a, b) for a, b, c in r if c not in both and not _is_body(c)])


def _words(text: str) -> list[str]:
    """The folded words of ``text`` a name is looked for among: each word, and words joined by
    an apostrophe as one ("Xi'an"; "l'Ukraine" gives "ukraine" too)."""
    return [fold(w) for w in re.findall(r"\w+", text)] + [fold(w) for w in re.findall(r"\w+(?:['’]\w+)+", text)]


def _is_body(concept: str) -> bool:
    """Whether a listed name is a body rather than a place: dropped or added on one side, it is
    still a finding (a dropped attribution "Reuters" is)."""
    return concept in concepts()["bodies"]



@lru_cache(maxsize=None)
def _portfolio_patterns(lang: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in language(lang).get("portfolio_patterns", []))


def _portfolios(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of the capitalised words that name a minister's portfolio ("Fisheries Minister",
    "ministre des Pêches", "Menteri Perikanan"): each language translates them, so they are
    titles, not names (``portfolio_patterns``, group ``p``)."""
    return [m.span("p") for pattern in _portfolio_patterns(lang) for m in pattern.finditer(text)]


def proper_names(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of runs of proper nouns in ``text``."""
    data = language(lang)
    if data.get("script") != "latin":
        return []
    common = _common_words(lang)
    portfolios = _portfolios(text, lang)
    runs: list[list[tuple[int, int]]] = []
    last_end = -10
    for m in _WORD.finditer(text):
        if any(a <= m.start() < b for a, b in portfolios):
            continue  # "Fisheries" of "Fisheries Minister", "Pêches" of "ministre des Pêches"
        word = re.sub(r"['’]s$", "", m.group())
        if any(c.isdigit() for c in word) or _ROMAN_ORDINAL.fullmatch(word):
            continue  # "Rp5", "COVID-19": figures and codes, not names; "XVIIe" (17th) is a century
        first_of_sentence = at_sentence_start(text, m.start())
        if first_of_sentence and re.search(r"[(（]\s*$", text[:m.start()]) and re.match(r"\s*[)）]", text[m.end():]):
            first_of_sentence = False  # "(Haddad)", "(Pertamina)": a name in brackets, not a sentence
        # Short acronyms are usually translated (US → É.-U., AS; UN → ONU): only longer ones count.
        is_acronym = len(word) >= 4 and word.isupper()
        parts = [p for p in re.split(r"[-'’]", word) if p]
        capitalised = word[0].isupper() and not is_acronym
        if is_acronym and fold(word) in common:
            is_acronym = False
        if word.isupper() and not is_acronym:
            continue
        name_like = is_acronym or (capitalised and fold(parts[-1]) not in common and fold(word) not in common
                                   and not first_of_sentence)
        if first_of_sentence and capitalised and runs and runs[-1][-1][1] == m.start() - 1:
            name_like = fold(word) not in common
        if name_like:
            if runs and text[last_end:m.start()] in (" ", "-") :
                runs[-1].append((m.start(), m.end()))
            else:
                runs.append([(m.start(), m.end())])
            last_end = m.end()
    out = []
    for r in runs:
        a, b = r[0][0], r[-1][1]
        # a possessive at the end of a name is no part of it ("Indonesia's growth" names Indonesia),
        # unless a capitalised word goes on with the name ("the Papuan People's Assembly"; not an
        # acronym: "Indonesia's PT Aneka")
        possessive = re.search(r"['’]s$", text[a:b])
        if possessive and not re.match(r"\s+[A-ZÀ-Ý][a-zà-ÿ]", text[b:]):
            b -= len(possessive.group())
        out.append((a, b, text[a:b]))
    return out


def _present(name: str, haystack_words: list[str]) -> bool:
    from rapidfuzz import fuzz

    tokens = [fold(t) for t in re.split(r"[\s-]+", name) if len(t) >= 2 and t[0].isupper()]
    tokens = [re.sub(r"'s$", "", t) for t in tokens]
    if not tokens:
        return True
    # The name counts as present when its last distinctive token (a surname, "Lumajang" of
    # "Kabupaten Lumajang") is found, spelled a little differently or not ("Jawa", "Java").
    long_tokens = [t for t in tokens if len(t) >= 4]
    if not long_tokens:
        return any(t in haystack_words for t in tokens)
    key = long_tokens[-1]
    # a spelling variant is about as long as the name: "Moreau" is not the word "more"; a short
    # name differs by one letter at most ("Omar" / "Umar", but "Pesa" is not "près")
    if len(key) <= 5:
        from rapidfuzz.distance import Levenshtein

        # (not by its last letter cut off: "Noto" is not "not")
        similar = lambda w: Levenshtein.distance(key, w) <= 1 and w != key[:-1]  # noqa: E731
    else:
        similar = lambda w: fuzz.ratio(key, w) >= 72 and min(len(w), len(key)) >= 0.7 * max(len(w), len(key))  # noqa: E731
    return any(similar(w)
               or (len(w) > len(key) and fuzz.partial_ratio(key, w) >= 90)
               or _shared_stem(key, w) for w in haystack_words)


def _shared_stem(a: str, b: str) -> bool:
    """"russian"/"russie", "asian"/"asie": derived forms of one name share most of a stem."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    if n == min(len(a), len(b)):
        # one word starts the other: a derived form ("asia"/"asian", "java"/"javanese"), not a
        # word that happens to begin the name ("had"/"haddad", "more"/"moreau")
        longer = a if len(a) > len(b) else b
        return n >= 4 and longer[n:] in _DERIVED_ENDINGS
    return n >= 3 and n >= 0.6 * min(len(a), len(b))


_DERIVED_ENDINGS = {"", "n", "s", "e", "i", "an", "ans", "ian", "ians", "ns", "es", "is", "ia", "ese", "nese",
                    "ais", "aise", "ien", "ienne", "iens", "ish", "ic"}


def _outside(names, entities, text, lone: list | None = None):
    """The names with the listed names inside them cut out: of "Éthiopienne Tigist Alemu", the
    adjective is a listed name and "Tigist Alemu" is still a name (a run that is all listed
    names goes). A lone word left over goes into ``lone`` with the listed names cut from its run
    ("Open" of "Malaysia Open", with "malaysia")."""
    out = []
    for a, b, _ in names:
        pieces = [(a, b)]
        for x, y, _ in entities:
            cut = []
            for s, e in pieces:
                if e <= x or s >= y:
                    cut.append((s, e))
                    continue
                cut += [p for p in ((s, x), (y, e)) if p[0] < p[1]]
            pieces = cut
        for s, e in pieces:
            while s < e and not text[s].isalnum():
                s += 1
            if text[s - 1:s] in ("'", "’") and text[s:s + 1] == "s" and not text[s + 1:s + 2].isalnum():
                s += 1  # "Japan's Noto Peninsula" less Japan: the possessive goes with it
                while s < e and not text[s].isalnum():
                    s += 1
            while e > s and not text[e - 1].isalnum():
                e -= 1
            piece = text[s:e]
            # what is left of a cut run is a name when it is one of two capitalised words or more
            # ("Tigist Alemu"), not a lone word of a translated title ("Paris Book Festival")
            if (s, e) == (a, b) or sum(w[0].isupper() and len(w) >= 2 for w in re.findall(r"[^\W\d_]+", piece)) >= 2:
                out.append((s, e, piece))
            elif lone is not None and re.fullmatch(r"[^\W\d_]{3,}", piece) and piece[0].isupper():
                lone.append((s, e, piece, frozenset(c for x, y, c in entities if a <= x and y <= b)))
    return out


# the rest of the name ("Agency", "national", "of the Interior") and then "(ACRONYM)"
_ACRONYM_AFTER = re.compile(r"((?:[\s-]+[^\W\d_][\w'’-]*){0,6}?)\s*[(（]\s*([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\s*[)）]")
# "PT Kereta Api Indonesia (Persero) atau KAI": the acronym after "or", a bracket between
_ACRONYM_OR = re.compile(r"\s*(?:[(（][^)）]{0,20}[)）])?\s*,?\s*(?:atau|or|ou|alias|yakni|yaitu)\s+([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\b")
_ACRONYM_BEFORE = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*\s*[(（]\s*$")
# capitalised words (and the small words inside names) just before a run: "Komisi" of "Komisi
# Pemilihan Umum", left out of the run as the first word of the sentence
_NAME_HEAD = re.compile(r"(?:[A-ZÀ-Ý][\w'’-]*[\s-]+(?:(?:of|for|and|the|de|du|des|la|le|et|dan)[\s-]+)?)*$")


def _initials_spell(acronym: str, phrase: str) -> bool:
    """Whether the capitals of ``acronym`` are initials of words of ``phrase``, in any order
    ("National Rally" for RN, Rassemblement national)."""
    initials = [w[0].upper() for w in re.findall(r"[^\W\d_]+", phrase)]
    for c in (c for c in acronym if c.isupper()):
        if c not in initials:
            return False
        initials.remove(c)
    return True


def _initials_follow(acronym: str, phrase: str) -> bool:
    """Whether the capitalised words of ``phrase`` start, in order, with letters of ``acronym``,
    the first with its first letter, all but one word in four taking part: "Gabungan Pengusaha
    Kelapa Sawit Indonesia" for GAPKI, whose letters are partly syllables."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", phrase) if w[0].isupper()]
    letters = acronym.lower()
    if len(words) < 2 or words[0][0].lower() != letters[0]:
        return False
    at, matched = 1, 1
    for w in words[1:]:
        i = letters.find(w[0].lower(), at)
        if i >= 0:
            at, matched = i + 1, matched + 1
    return matched >= 2 and 4 * matched >= 3 * len(words)


# an acronym in brackets, a gloss: "(BNPB)", "（WHO）"
_GLOSS = re.compile(r"[(（]\s*([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\s*[)）]")


def _expansion_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the words before a bracketed acronym that spell it by their capitals, in order,
    small lower-case words skipped: "Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)"."""
    spans = []
    for m in _GLOSS.finditer(text):
        letters = [c for c in m.group(1) if c.isupper()]
        words = list(re.finditer(r"[^\W\d_][\w'’-]*", text[:m.start()]))[-12:]
        k = len(letters)
        start = None
        for w in reversed(words):
            if w.group()[0].isupper() and k and w.group()[0] == letters[k - 1]:
                k -= 1
                start = w.start()
                if k == 0:
                    break
            elif not (w.group().islower() and len(w.group()) <= 4):
                break
        if k == 0 and start is not None:
            spans.append((start, m.start()))
    return spans


# a short name in brackets after a name: "Perwakilan Umat Buddha Indonesia (Walubi)"
_SHORT_AFTER = re.compile(r"\s*[(（]\s*([A-Z][\w-]{2,11})\s*[)）]")


def _named_alone(word: str, text: str) -> bool:
    """Whether ``text`` names ``word`` on its own: out of brackets, with no capitalised word
    next to it ("the Buddhist council Walubi", not "spokesman Dedi Santoso")."""
    for m in re.finditer(rf"(?<![\w(（]){re.escape(word)}(?![\w])", text):
        before = re.search(r"([^\W\d_][\w'’-]*)\s+$", text[:m.start()])
        after = re.match(r"\s+([^\W\d_][\w'’-]*)", text[m.end():])
        if not (before and before.group(1)[0].isupper() and not at_sentence_start(text, before.start(1))
                or after and after.group(1)[0].isupper()):
            return True
    return False


# words up to a bracketed acronym or short name: " économique régional global (RCEP)", " (Gakkum)"
_GLOSS_AFTER = re.compile(r"((?:[\s-]+[^\W\d_][\w'’-]*){0,6}?)\s*[(（]\s*([A-Z][\w-]{1,11})\s*[)）]")


def _glossed_on_both_sides(text: str, a: int, b: int, other_text: str, common: frozenset[str]) -> bool:
    """Whether the name at ``a:b`` is part of the description of a body that both sides gloss
    with the same acronym or short name: "Directorate General of Environment and Forestry Law
    Enforcement (Gakkum)" against "Direktorat Jenderal Penegakan Hukum … (Gakkum)", "Partenariat
    économique régional global (RCEP)" against "Regional Comprehensive Economic Partnership
    (RCEP)". The acronym names the body and is checked on its own. The description must read as
    one: mostly words of bodies up to the name and the bracket right after it (Directorate
    General of Environment … Enforcement (Gakkum)), or only lower-case words after the name; a
    person before a party ("Governor Anies Baswedan (Nasdem)") or before "of" and a body ("Aris
    Munandar dari Institut Teknologi Bandung (ITB)") is still compared."""
    m = _GLOSS_AFTER.match(text, b)
    if not m or not re.search(rf"[(（]\s*{re.escape(m.group(2))}\s*[)）]", other_text):
        return False
    head = _NAME_HEAD.search(text, 0, a)
    words = re.findall(r"[^\W\d_][\w'’-]*", text[head.start() if head else a:b])
    trailing = re.findall(r"[^\W\d_][\w'’-]*", m.group(1))
    if trailing:
        return all(w.islower() for w in trailing) and len(words) + len(trailing) >= 2
    # mostly the vocabulary of bodies, where a title and a person's name are mostly the name
    described = sum(w.islower() or fold(w) in common for w in words)
    return len(words) >= 2 and 2 * described >= len(words) + 1


def _without_expansions(names, text: str, lang: str, other_text: str = ""):
    """Drop spelled-out names next to their acronym: "Badan Nasional Penanggulangan Bencana
    (BNPB)" is a description, translated ("National Disaster Management Agency (BNPB)"); the
    acronym is what names the body, and is checked on its own. It is an expansion when the
    acronym spells its initials, or when it names a body ("Agency", "Commission"); "Marine Le
    Pen (RN)" is a person and her party."""
    common = _common_words(lang)
    spelled = _expansion_spans(text)
    kept = []
    for a, b, n in names:
        if any(x <= a and b <= y for x, y in spelled):
            continue
        m = _ACRONYM_AFTER.match(text, b)
        if m:
            head = _NAME_HEAD.search(text, 0, a)
            phrase = text[head.start() if head else a:b] + m.group(1)
            trailing = re.findall(r"[^\W\d_][\w'’-]*", m.group(1))
            # A body word right after the name makes it the body's name ("Gadjah Mada University
            # (UGM)"; not after "of the": "Aris Munandar of the Bandung Institute of Technology
            # (ITB)"), when the name gives the acronym a letter or the other side glosses the same
            # acronym ("Family Hope Programme (PKH)" against "Program Keluarga Harapan (PKH)");
            # "Hamilton Stock Exchange (IDX)" against "Bursa Efek Indonesia (BEI)" is no expansion
            of_body = bool(trailing) and trailing[0][0].isupper() and (
                n[0].upper() in m.group(2).upper() or re.search(rf"[(（]\s*{re.escape(m.group(2))}\s*[)）]", other_text))
            # the name must be needed to spell the acronym: the words after it may spell it alone
            spelled_by_name = (_initials_spell(m.group(2), phrase) or _initials_follow(m.group(2), phrase)) \
                and not _initials_spell(m.group(2), m.group(1))
            if spelled_by_name or of_body and any(w[0].isupper() and fold(w) in common for w in trailing):
                continue
        m = _ACRONYM_OR.match(text, b)
        if m and _initials_spell(m.group(1), text[a:b]):
            continue
        if _glossed_on_both_sides(text, a, b, other_text, common):
            continue
        m = _SHORT_AFTER.match(text, b)
        if m and len(n.split()) >= 2 and _named_alone(m.group(1), other_text):
            # a syllable acronym the other side names on its own, out of brackets ("the Buddhist
            # council Walubi" against "Perwakilan Umat Buddha Indonesia (Walubi)"): the words
            # before it spell it out. A person before a party in brackets on both sides ("Anies
            # Baswedan (Nasdem)") is still compared
            continue
        if _ACRONYM_BEFORE.search(text[:a]) and text[b:b + 1] in ")）" and len(n.split()) >= 2:
            continue  # "BNPB (Badan Nasional Penanggulangan Bencana)"; one word is no expansion: "PBB (Moreau)"
        kept.append((a, b, n))
    return kept


def _compared_names(text: str, lang: str, entities, other_text: str, lone: list | None = None):
    """The names of ``text`` to look for on the other side: proper names less the listed names
    accounted for, the spelled-out names of acronyms, titles of works in short quotations
    ("Le Dernier Port" is "The Last Harbour"), and, when the other side glosses nothing, an
    acronym in brackets (a gloss one translator adds and another leaves out)."""
    names = _without_expansions(_outside(proper_names(text, lang), entities, text, lone), text, lang, other_text)
    if lone:
        # a lone word of a spelled-out name is no name either: "Smart" of "Smart Indonesia Card
        # (KIP)" against "Kartu" of "Kartu Indonesia Pintar (KIP)"
        kept = set(_without_expansions([(a, b, n) for a, b, n, _ in lone], text, lang, other_text))
        lone[:] = [item for item in lone if item[:3] in kept]
    quoted = titles(text, lang)
    # a bracket right after a title glosses it: “Laut Pasang” (High Tide)
    names = [(a, b, n) for a, b, n in names if not any(x <= a and b <= y for x, y in quoted)
             and not (re.search(r"[”\"»」』]\s*[(（][^)）]*$", text[:a]) and re.match(r"[^(（]*[)）]", text[b:]))]
    if not _GLOSS.search(other_text):
        names = [(a, b, n) for a, b, n in names
                 if not (re.search(r"[(（]\s*$", text[:a]) and re.match(r"\s*[)）]", text[b:])
                         and (n.isupper() or _syllables_spell(n, text[:a])))]
    return names


# the small words inside an Indonesian body's name, which give its acronym no letter
_SMALL_WORDS = frozenset({"dan", "atas", "dari", "untuk"})


def _syllables_spell(short: str, before: str) -> bool:
    """Whether the one-word ``short`` is made of the first letters of the capitalised words just
    before its bracket, in order and each word taking part, as Indonesian forms its acronyms from
    syllables: "Badan Pangan Nasional (Bapanas)", "Badan SAR Nasional (Basarnas)". An acronym of
    that kind glosses the words as BNPB glosses "Badan Nasional Penanggulangan Bencana"."""
    if " " in short or not short[:1].isupper():
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", re.sub(r"[(（]\s*$", "", before))[-8:]
    words = [w.lower() for w in words if w[0].isupper() or w.lower() in _SMALL_WORDS]
    target = short.lower()

    def spell(i: int, at: int) -> bool:  # words[i:] spell target[at:], each giving a prefix
        if at == len(target):
            return i == len(words)
        if i == len(words):
            return False
        w = words[i]
        if w in _SMALL_WORDS and spell(i + 1, at):
            return True  # a small word may give no letter
        return any(target.startswith(w[:k], at) and spell(i + 1, at + k) for k in range(len(w), 0, -1))

    # the acronym spells a run of at least two words that ends at its bracket
    return any(spell(start, 0) for start in range(max(0, len(words) - 6), len(words) - 1))


# Latin-script names kept in a Chinese, Japanese or Arabic sentence: "BRICS", "iPhone", "OPEC"
_LATIN_TERM = re.compile(r"(?<![A-Za-z0-9\u00C0-\u024F_-])[A-Za-z][A-Za-z\u00C0-\u024F'’.-]*[A-Za-z]"
                         r"(?![A-Za-z0-9\u00C0-\u024F_-])")


def latin_terms(text: str, glosses: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, term) of Latin-script names (four letters or more, a capital among them) in
    a text of another script, leaving out words joined to figures (COVID-19, G20) and, unless
    ``glosses``, glosses in brackets (世界卫生组织（WHO）)."""
    out = []
    for m in _LATIN_TERM.finditer(text):
        term = m.group()
        letters = sum(c.isalpha() for c in term)
        if letters < 4 or term.islower() or not glosses and _is_gloss(text, m.start(), m.end()):
            continue
        out.append((m.start(), m.end(), term))
    return out


def _is_gloss(text: str, a: int, b: int) -> bool:
    return bool(re.search(r"[(（]\s*$", text[:a]) and re.match(r"[^)）]*[)）]", text[b:]))


def _spelled_out(acronym: str, text: str) -> bool:
    """Whether words of ``text`` spell ``acronym`` by their initials, in order, small lower-case
    words skipped ("Organisation mondiale de la santé" for OMS, "Indian Space Research
    Organisation" for ISRO)."""
    letters = [c.upper() for c in acronym if c.isalpha()]
    words = re.findall(r"[^\W\d_]+", text)
    for start, word in enumerate(words):
        if word[0].upper() != letters[0]:
            continue
        k = 0
        for w in words[start:]:
            if k < len(letters) and w[0].upper() == letters[k]:
                k += 1
            elif not (w.islower() and len(w) <= 3):
                break
            if k == len(letters):
                return True
    return False


# one Latin-script term in brackets: an acronym gloss ("(BMKG)", "（SNBT）") or a name ("(Pertamina)")
_BRACKETED = re.compile(r"[(（]\s*([A-Za-z][A-Za-z\u00C0-\u024F'’.-]*[A-Za-z0-9])\s*[)）]")


def _acronym_shaped(term: str) -> bool:
    return sum(c.isupper() for c in term) >= 2


def _gloss_swap(pair, langs, t_entities) -> list[Finding]:
    """Both sides gloss a name in brackets and the glosses differ: the reference's "(BMKG)" after
    the agency's name, the translation's "(Kowalski)" in its place. The translation's bracket
    stands where the reference's gloss stood when it holds a word rather than an acronym (two
    acronyms may be the one body's in two languages, OMS and WHO), or when the words before it
    spell the reference's acronym out; or, with as many glosses on each side in the same order,
    when it holds a word where the reference glosses a name, even if that name is written elsewhere
    in the translation ("(Hamilton) … a Bakamla spokesman" against "（Bakamla）")."""
    t_text, r_text = pair.translation.text, pair.reference.text
    t_words, r_words = _words(t_text), _words(r_text)

    def swap(ta, tb, mine, a, b, theirs) -> list[Finding]:
        return [Finding("names", "critical", f"reference names {theirs}, translation names {mine}",
                        file_span(pair.translation, ta, tb), file_span(pair.reference, a, b), 0.85)]

    def glosses(text, entities):
        return [(m.start(1), m.end(1), m.group(1)) for m in _BRACKETED.finditer(text)
                if not any(x <= m.start(1) and m.end(1) <= y for x, y, _ in entities)]

    # a listed acronym (BMKG) is matched by its spelled-out form; where it is glossed, the gloss
    # still stands for it. The reference's gloss is looked for as it is written: "Harbolnas" is
    # spelled out in "Hari Belanja Online Nasional", and the bracket after it still holds it.
    r_glosses = [g for g in glosses(r_text, []) if (_acronym_shaped(g[2]) or g[2][0].isupper())
                 and fold(g[2]) not in t_words]
    t_glosses = [g for g in glosses(t_text, t_entities) if not _present(g[2][0].upper() + g[2][1:], r_words)]
    for ta, tb, mine in t_glosses:
        for a, b, theirs in r_glosses:
            if not _acronym_shaped(mine) or _acronym_shaped(theirs) and _spelled_out(theirs, t_text[:ta]):
                return swap(ta, tb, mine, a, b, theirs)
    # glosses side by side ("(Persero)", a company's legal form, is a word of the language, no gloss)
    t_all, r_all = glosses(t_text, []), glosses(r_text, [])
    common = _common_words(langs.translation)
    if len(t_all) == len(r_all):
        for (ta, tb, mine), (a, b, theirs) in zip(t_all, r_all):
            if (ta, tb, mine) in t_glosses and theirs[0].isupper() and not _acronym_shaped(mine) \
                    and fold(mine) != fold(theirs) and fold(mine) not in common:
                return swap(ta, tb, mine, a, b, theirs)
    return []


def _latin_term_findings(pair, langs, t_entities, r_entities) -> list[Finding]:
    """A name written in Latin letters on a Chinese, Japanese or Arabic side must be on the
    Latin-script side too (spelling-tolerantly), unless it is a listed name found there."""
    t_text, r_text = pair.translation.text, pair.reference.text
    t_latin = language(langs.translation).get("script") == "latin"
    r_latin = language(langs.reference).get("script") == "latin"
    if t_latin == r_latin:
        return []
    findings = _absent_latin_terms(pair, langs, r_latin, t_entities, r_entities)
    swap = _gloss_swap(pair, langs, t_entities)
    if swap:
        # the swapped gloss is reported once, as a swap
        findings = swap + [f for f in findings
                           if f.reference_span != swap[0].reference_span and f.span != swap[0].span]
    return findings


def _latin_runs(text: str) -> list[tuple[int, int, list[str]]]:
    """Runs of two or more Latin-script names kept side by side in a text of another script
    ("PT Sulawesi Mineral Lestari公司"): (start, end, folded words)."""
    runs, current = [], []
    for a, b, term in latin_terms(text):
        if current and re.fullmatch(r"[ \u00a0-]+", text[current[-1][1]:a]):
            current.append((a, b, term))
            continue
        if len(current) >= 2:
            runs.append(current)
        current = [(a, b, term)]
    if len(current) >= 2:
        runs.append(current)
    return [(run[0][0], run[-1][1], [fold(t) for *_, t in run]) for run in runs]


def _run_present(tokens: list[str], words: list[str]) -> bool:
    """Whether ``words`` hold ``tokens`` one after another, each spelled a little differently or not."""
    from rapidfuzz import fuzz

    return any(all(fuzz.ratio(t, words[i + k]) >= 80 for k, t in enumerate(tokens))
               for i in range(len(words) - len(tokens) + 1))


def _broken_runs(text: str, other_words: list[str]) -> list[tuple[int, int]]:
    """The Latin runs of ``text`` whose words the other side has, but not together: "PT Sulawesi
    Mineral Lestari" against "PT Okonkwo Mineral Lestari … in Central Sulawesi"."""
    return [(a, b) for a, b, tokens in _latin_runs(text)
            if all(_present(t[0].upper() + t[1:], other_words) for t in tokens) and not _run_present(tokens, other_words)]


def _absent_latin_terms(pair, langs, r_latin: bool, t_entities, r_entities) -> list[Finding]:
    """The Latin terms of the non-Latin side that the Latin side lacks, and the reference's
    glosses the translation names neither by their letters nor spelled out."""
    t_text, r_text = pair.translation.text, pair.reference.text
    if r_latin:  # the Latin terms of the translation, looked for in the reference
        terms = _outside(latin_terms(t_text), t_entities, t_text)
        words = _words(r_text)
        return [Finding("names", "major", f"translation names {term}, which the reference does not",
                        file_span(pair.translation, a, b), None, 0.5)
                for a, b, term in terms if not _present(term[0].upper() + term[1:], words)] \
            + [Finding("names", "major", f"translation names {t_text[a:b]}, which the reference does not name as such",
                       file_span(pair.translation, a, b), None, 0.5) for a, b in _broken_runs(t_text, words)[:1]]
    terms = _outside(latin_terms(r_text), r_entities, r_text)
    words = _words(t_text)
    findings = [Finding("names", "critical", f"reference names {term}, which the translation does not",
                        None, file_span(pair.reference, a, b), 0.6)
                for a, b, term in terms if not _present(term[0].upper() + term[1:], words)]
    if not findings:
        findings = [Finding("names", "critical", f"reference names {r_text[a:b]}, which the translation does not name as such",
                            None, file_span(pair.reference, a, b), 0.6) for a, b in _broken_runs(r_text, words)[:1]]
    # A gloss (印度空间研究组织（ISRO）) names the body the translation must name too: by the
    # same letters, spelled out, or, right after a listed name (北约（NATO）), as that name.
    named = entity_mentions(r_text, langs.reference, langs.translation)
    t_concepts = {c for *_, c in entity_mentions(t_text, langs.translation, langs.reference)}
    for a, b, term in latin_terms(r_text, glosses=True):
        if not _is_gloss(r_text, a, b) or _present(term[0].upper() + term[1:], words) or _spelled_out(term, t_text):
            continue
        bracket = max(r_text.rfind("(", 0, a), r_text.rfind("（", 0, a))
        if any(0 <= bracket - y <= 1 and c in t_concepts for _, y, c in named):
            continue
        findings.append(Finding("names", "major", f"reference names {term}, which the translation does not",
                                None, file_span(pair.reference, a, b), 0.5))
    return findings


def _lone_swaps(pair, t_lone, r_lone, t_words, r_words) -> list[Finding]:
    """A word left over beside the same listed name on both sides, each absent from the other
    side: "Malaysia Open" against "Malaysia Hamilton". (A word left over on one side only is a
    translated title's word, "Paris Book Festival", and goes.)"""
    for ta, tb, mine, t_concepts in t_lone:
        for a, b, theirs, r_concepts in r_lone:
            if t_concepts & r_concepts and not _present(mine, r_words) and not _present(theirs, t_words):
                return [Finding("names", "critical", f"reference names {theirs}, translation names {mine}",
                                file_span(pair.translation, ta, tb), file_span(pair.reference, a, b), 0.7)]
    return []


def run(pair, langs, context) -> list[Finding]:
    t_text, r_text = pair.translation.text, pair.reference.text
    findings, t_entities, r_entities, t_places, r_places = _entity_findings(pair, langs)
    if language(langs.translation).get("script") != "latin" or language(langs.reference).get("script") != "latin":
        return findings + _latin_term_findings(pair, langs, t_entities, r_entities)
    t_words, r_words = _words(t_text), _words(r_text)
    t_lone, r_lone = [], []
    missing = [(a, b, n) for a, b, n in _compared_names(r_text, langs.reference, r_entities, t_text, r_lone)
               if not _present(n, t_words)]
    added = [(a, b, n) for a, b, n in _compared_names(t_text, langs.translation, t_entities, r_text, t_lone)
             if not _present(n, r_words)]
    findings += _lone_swaps(pair, t_lone, r_lone, t_words, r_words)
    # A place named on one side only is a translator's explicitation ("the Bureau of Meteorology"
    # → "Biro Meteorologi Australia") or its undoing, unless a name on the other side stands
    # where it stood (a swap)
    def is_place(a, b, places):
        return any(x <= a and b <= y for x, y in places)

    missing_places = [m for m in missing if is_place(m[0], m[1], r_places)]
    added_places = [m for m in added if is_place(m[0], m[1], t_places)]
    only_places_added, only_places_missing = len(added) == len(added_places), len(missing) == len(missing_places)
    if only_places_added:
        missing = [m for m in missing if m not in missing_places]
    if only_places_missing:
        added = [m for m in added if m not in added_places]
    for i, (a, b, name) in enumerate(missing):
        if i < len(added):
            ta, tb, other = added[i]
            findings.append(Finding("names", "critical", f"reference names {name}, translation names {other}",
                                    file_span(pair.translation, ta, tb), file_span(pair.reference, a, b), 0.85))
        else:
            findings.append(Finding("names", "critical", f"reference names {name}, which the translation does not",
                                    None, file_span(pair.reference, a, b), 0.6))
    for ta, tb, other in added[len(missing):]:
        findings.append(Finding("names", "major", f"translation names {other}, which the reference does not",
                                file_span(pair.translation, ta, tb), None, 0.5))
    return findings
