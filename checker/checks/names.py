"""Names and acronyms: people, places and organisations must survive translation.

Proper nouns are capitalised words in the middle of a sentence (or all-capital acronyms) that
are not common capitalised words of the language (titles, months…, from the data file).
Matching is transliteration-tolerant: accents folded and fuzzy similarity via rapidfuzz, so
"Noursoultan Nazarbaïev" matches "Nursultan Nazarbayev". Only Latin-script sides are checked:
in Chinese, Japanese or Arabic a name is transliterated into another script, which this check
cannot verify.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from checker.checks import file_span, language
from checker.report import Finding

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_SENTENCE_START = re.compile(r"(^|[.!?:;«»“”\"(\[—–-]\s*)$")


def fold(text: str) -> str:
    """Lower case, accents removed: the form names are compared in."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().replace("’", "'")


@lru_cache(maxsize=None)
def _common_words(lang: str) -> frozenset[str]:
    """Capitalised words of ``lang`` that are not names (titles, months, weekdays…)."""
    data = language(lang)
    words = set(data.get("capitalized_common", [])) | set(data.get("months", {})) | set(data.get("weekdays", {}))
    return frozenset(fold(w) for w in words)


def proper_names(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of runs of proper nouns in ``text``."""
    data = language(lang)
    if data.get("script") != "latin":
        return []
    common = _common_words(lang)
    runs: list[list[tuple[int, int]]] = []
    last_end = -10
    for m in _WORD.finditer(text):
        word = re.sub(r"['’]s$", "", m.group())
        first_of_sentence = bool(_SENTENCE_START.search(text[:m.start()]))
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
    return [(r[0][0], r[-1][1], text[r[0][0]:r[-1][1]]) for r in runs]


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
    return any(fuzz.ratio(key, w) >= 72 or (len(w) > len(key) and fuzz.partial_ratio(key, w) >= 90)
               or _shared_stem(key, w) for w in haystack_words)


def _shared_stem(a: str, b: str) -> bool:
    """"russian"/"russie", "asian"/"asie": derived forms of one name share most of a stem."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= 3 and n >= 0.6 * min(len(a), len(b))


def run(pair, langs, context) -> list[Finding]:
    t_text, r_text = pair.translation.text, pair.reference.text
    if language(langs.translation).get("script") != "latin" or language(langs.reference).get("script") != "latin":
        return []
    t_words = [fold(w) for w in re.findall(r"\w+", t_text)]
    r_words = [fold(w) for w in re.findall(r"\w+", r_text)]
    missing = [(a, b, n) for a, b, n in proper_names(r_text, langs.reference) if not _present(n, t_words)]
    added = [(a, b, n) for a, b, n in proper_names(t_text, langs.translation) if not _present(n, r_words)]
    findings = []
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
