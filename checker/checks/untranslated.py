"""Untranslated or code-mixed text: runs of the reference's language left in the translation."""

from __future__ import annotations

import re

from checker.checks import file_span, language
from checker.report import Finding

_LATIN_WORD = re.compile(r"[A-Za-z\u00C0-\u024F'’]+")


def _identify(text: str, candidates: tuple[str, ...]) -> str | None:
    from checker.documents import detect_language

    return detect_language(text, candidates)


def run(pair, langs, context) -> list[Finding]:
    if langs.translation == langs.reference:
        return []
    text = pair.translation.text
    words = re.findall(r"\w+", text)
    # A whole segment in the reference's language.
    if len(words) >= 8 and len(text) >= 40:
        from checker.documents import KNOWN_LANGUAGES

        candidates = tuple(dict.fromkeys((langs.translation, langs.reference, *KNOWN_LANGUAGES)))
        seen = _identify(text, candidates)
        if seen is not None and seen != langs.translation:
            return [Finding("untranslated", "major",
                            f"this segment reads as {seen}, not {langs.translation}: it was left untranslated",
                            (pair.translation.start, pair.translation.end), None, 0.85)]
    # A run of four or more words copied from the reference, not names (some lower-case words).
    t_script = language(langs.translation).get("script")
    ref_lower = pair.reference.text.lower()
    tokens = list(_LATIN_WORD.finditer(text)) if t_script == "latin" else []
    best = None
    i = 0
    while i < len(tokens):
        j = i
        while j + 1 < len(tokens) and text[tokens[j].end():tokens[j + 1].start()].strip() in ("", ",") and \
                " ".join(t.group() for t in tokens[i:j + 2]).lower() in ref_lower:
            j += 1
        run_words = [t.group() for t in tokens[i:j + 1]]
        if len(run_words) >= 4 and sum(w.islower() for w in run_words) >= 2:
            if best is None or j - i > best[1] - best[0]:
                best = (i, j)
        i = j + 1
    if t_script != "latin" and language(langs.reference).get("script") == "latin":
        for m in re.finditer(r"[A-Za-z][A-Za-z'’]*(?:[\s,]+[A-Za-z][A-Za-z'’]*){3,}", text):
            if sum(w.islower() for w in m.group().split()) >= 2:
                return [Finding("untranslated", "major", f"“{m.group()[:60]}” is left in the reference's language",
                                file_span(pair.translation, m.start(), m.end()), None, 0.7)]
    if best:
        a, b = tokens[best[0]].start(), tokens[best[1]].end()
        return [Finding("untranslated", "major", f"“{text[a:b][:60]}” is left in the reference's language",
                        file_span(pair.translation, a, b), None, 0.7)]
    return []
