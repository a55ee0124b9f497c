"""Negation and polarity: a "not" added or dropped reverses the meaning of a sentence.

Negators per language come from the data files; French "ne … pas" counts once, and phrases that
look negative but are not ("ne … que" = only, "不过" = but) are removed before counting.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.checks import file_span, language, marks_span, strip_marks
from checker.report import Finding


def negations(text: str, lang: str) -> list[tuple[int, int]]:
    """Character spans of the negations in ``text``."""
    stripped, kept = strip_marks(text)  # Arabic vowel marks: "لَمْ" is "لم"
    spans = _negations(stripped, lang)
    return [marks_span(kept, len(text), a, b) for a, b in spans] if kept is not None else spans


# "non-governmental", "non-pemerintah": a prefix that makes a word, not a negation of the clause
# (非政府, غير حكومية carry none either)
_NON_PREFIX = re.compile(r"(?<![\w-])non-(?=\w)")


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[re.Pattern | None, tuple[re.Pattern, ...], re.Pattern | None]:
    """(listed exceptions, exception constructions, negators) of ``lang`` as compiled patterns,
    built once per language."""
    data = language(lang)
    han = data.get("script") == "han"
    # Arabic writes "and"/"so" onto the negator: ولم, ولا, فلن
    procl = "|".join(re.escape(p) for p in data.get("negation_proclitics", []))
    procl = rf"(?:{procl})?" if procl else ""

    def alternation(words):
        return "|".join(re.escape(w.lower().replace("’", "'")) for w in sorted(words, key=len, reverse=True))

    exceptions = data.get("negation_exceptions", [])
    listed = None
    if exceptions:
        # longest first: 少なくない ("not a few", i.e. many) before 少な; in spaced scripts from a
        # word start: "no doubt" is not inside "piano doubts"; ولا سيما is لا سيما
        listed = re.compile(alternation(exceptions) if han else rf"(?<![\w]){procl}(?:{alternation(exceptions)})")
    parts = []
    for word in sorted(data.get("negators", []), key=len, reverse=True):
        w = word.lower().replace("’", "'")
        if han:
            parts.append(re.escape(w))
        elif w.endswith("'"):
            parts.append(rf"(?<![\w]){re.escape(w)}")
        elif w.startswith("n'"):
            parts.append(rf"{re.escape(w)}(?![\w])")
        else:
            parts.append(rf"(?<![\w]){procl}{re.escape(w)}(?![\w])")
    negators = re.compile("|".join(f"(?:{p})" for p in parts)) if parts else None
    constructions = tuple(re.compile(p) for p in data.get("negation_exception_patterns", []))
    return listed, constructions, negators


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


# "ne … que" means "only": not a negation
# (but "ne … pas … que" is a negation followed by a clause: "n'ont pas indiqué que")
_FR_ONLY = re.compile(r"\b(ne|n')(\s*(?!(?:pas|plus|jamais|rien|personne|aucune?|guère|point)\b)\w+){0,3}?\s+que?\b")


def _negations(text: str, lang: str) -> list[tuple[int, int]]:
    data = language(lang)
    lower = text.lower().replace("’", "'")
    masked = lower
    listed, constructions, negators = _patterns(lang)
    # constructions that look negative and are not, too varied for a phrase list: "n'avait
    # d'autre choix que" (had to), "ne doit pas dépasser" (at most)
    for pattern in constructions:
        masked = pattern.sub(_blank, masked)
    if listed is not None:
        masked = listed.sub(_blank, masked)
    if data.get("script") == "latin":
        masked = _NON_PREFIX.sub(_blank, masked)
    if lang == "fr":
        masked = _FR_ONLY.sub(_blank, masked)
    spans = [(m.start(), m.end()) for m in negators.finditer(masked)] if negators is not None else []
    if lang == "fr":
        # "ne … pas/jamais/rien": the second word belongs to the same negation
        cancel = data.get("negation_cancel_after", [])
        expletive_after = data.get("negation_expletive_after", [])
        kept = []
        ne_positions = [a for a, b in spans if lower[a:b] in ("ne", "n'")]
        for a, b in spans:
            word = lower[a:b]
            if word in cancel and any(0 < a - p < 40 for p in ne_positions):
                continue
            if word == "ne" and any(x in lower[max(0, a - 60):a] for x in expletive_after):
                continue  # "à moins que … ne": the expletive ne negates nothing
            kept.append((a, b))
        spans = kept
        spans = _french_pronoun_negation(lower, spans, data)
    return sorted(spans)


_CLAUSE_END = re.compile(r"[,;:.!?«»\"“”()]|\b(?:mais|et|ou|car)\b")


def _french_pronoun_negation(lower: str, spans: list[tuple[int, int]], data: dict) -> list[tuple[int, int]]:
    """"Aucune décision n'a été prise", "personne n'a été blessé": the negative word and the ne
    after it are one negation; "ne … ni … ni" counts its two ni. "Personne" and "rien" without a ne in their clause are nouns
    ("une personne", "pour rien") and negate nothing."""
    absorb = set(data.get("negation_absorb_ne", []))
    need_ne = set(data.get("negation_need_ne", []))

    def same_clause(a: int, b: int) -> bool:
        lo, hi = min(a, b), max(a, b)
        return not _CLAUSE_END.search(lower[lo:hi])

    ne_spans = [(a, b) for a, b in spans if lower[a:b] in ("ne", "n'")]
    kept = []
    for a, b in spans:
        word = lower[a:b]
        if word in ("ne", "n'") and any(lower[x:y] in absorb and x < a and same_clause(y, a) for x, y in spans):
            continue  # the ne completes a negative word before it
        if word in ("ne", "n'") and any(lower[x:y] == "ni" and x > b and same_clause(b, x) for x, y in spans):
            continue  # "n'était ni libre ni équitable": two negations, like "neither … nor"
        if word in need_ne and not any(same_clause(a, x) for x, _ in ne_spans):
            continue
        kept.append((a, b))
    return kept


def run(pair, langs, context) -> list[Finding]:
    t = negations(pair.translation.text, langs.translation)
    r = negations(pair.reference.text, langs.reference)
    if len(t) == len(r):
        return []
    if len(t) > len(r):
        a, b = t[len(r)] if len(r) < len(t) else t[-1]
        word = pair.translation.text[a:b]
        return [Finding("negation", "critical",
                        f"the translation has {len(t)} negation(s) (“{word}”…) where the reference has {len(r)}: "
                        f"check that the meaning is not reversed", file_span(pair.translation, a, b),
                        file_span(pair.reference, *r[0]) if r else None, 0.7)]
    a, b = r[len(t)]
    word = pair.reference.text[a:b]
    return [Finding("negation", "critical",
                    f"the reference says “{word}” ({len(r)} negation(s)) but the translation has {len(t)}: "
                    f"check that the meaning is not reversed",
                    file_span(pair.translation, *t[0]) if t else None, file_span(pair.reference, a, b), 0.7)]
