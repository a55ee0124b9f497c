"""Negation and polarity: a "not" added or dropped reverses the meaning of a sentence.

Negators per language come from the data files; French "ne … pas" counts once, and phrases that
look negative but are not ("ne … que" = only, "不过" = but) are removed before counting.
"""

from __future__ import annotations

import re

from checker.checks import file_span, language
from checker.report import Finding


def negations(text: str, lang: str) -> list[tuple[int, int]]:
    """Character spans of the negations in ``text``."""
    data = language(lang)
    lower = text.lower().replace("’", "'")
    masked = lower
    for phrase in data.get("negation_exceptions", []):
        phrase = phrase.lower().replace("’", "'")
        if lang == "fr" and phrase.startswith("n"):
            continue
        masked = masked.replace(phrase, " " * len(phrase))
    if lang == "fr":
        # "ne … que" means "only": not a negation
        masked = re.sub(r"\b(ne|n')(\s*\w+){0,3}?\s+que?\b", lambda m: " " * len(m.group()), masked)
    spans = []
    han = data.get("script") == "han"
    for word in sorted(data.get("negators", []), key=len, reverse=True):
        w = word.lower().replace("’", "'")
        if han:
            pattern = re.escape(w)
        elif w.endswith("'"):
            pattern = rf"(?<![\w]){re.escape(w)}"
        elif w.startswith("n'"):
            pattern = rf"{re.escape(w)}(?![\w])"
        else:
            pattern = rf"(?<![\w]){re.escape(w)}(?![\w])"
        for m in re.finditer(pattern, masked):
            if all(m.end() <= a or m.start() >= b for a, b in spans):
                spans.append((m.start(), m.end()))
                masked = masked[:m.start()] + " " * (m.end() - m.start()) + masked[m.end():]
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
    return sorted(spans)


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
