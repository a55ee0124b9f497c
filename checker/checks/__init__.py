"""Model-free fact checks that compare a translation segment with its reference, across languages.

One module per family, each with ``run(pair, langs, context) -> list[Finding]``. Language
knowledge (number words, months, negators, quote marks…) lives in ``checker/data/<lang>.json``:
adding a language is adding a file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Sequence

from checker.align import LanguagePair, SegmentPair
from checker.config import Settings
from checker.report import Finding

CHECK_NAMES = ("numbers", "dates", "names", "negation", "quotes", "untranslated", "length", "glossary")


def _data_text(name: str) -> str:
    return resources.files("checker").joinpath(f"data/{name}.json").read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def language(lang: str) -> dict[str, Any]:
    """The language-knowledge file for ``lang`` (an empty one for languages without a file)."""
    try:
        text = _data_text(lang)
    except (FileNotFoundError, OSError):
        return {"language": lang, "script": "latin", "decimal": ".", "thousands": [","], "chars_ratio": 1.0}
    return json.loads(text)


@lru_cache(maxsize=None)
def concepts() -> dict[str, Any]:
    """Knowledge about the listed names shared by all languages (``data/concepts.json``): the
    ``bodies`` (agencies, organisations, events, indicators; the other listed names are places)
    and ``part_of`` (a city, region or national body → its country)."""
    return json.loads(_data_text("concepts"))


# what may come just before the first word of a sentence (or of a quotation, a bracket, a list item)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;«»“”\"(\[—–-]\s*)$")


def at_sentence_start(text: str, a: int) -> bool:
    """Whether the word at ``a`` of ``text`` opens a sentence, where any word is capitalised."""
    return _SENTENCE_START.search(text, 0, a) is not None


@dataclass
class CheckContext:
    """What a check may need beyond one pair: settings, the glossary, document statistics."""

    settings: Settings
    glossary: Any = None
    stats: dict[str, Any] = field(default_factory=dict)


# Arabic short vowels, tanween, shadda, sukun, dagger alif and the tatweel: optional marks that
# sit inside words ("لَمْ" is "لم", "أسبوعيًا" is "أسبوعيا") and must not break word matching.
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]")


def strip_marks(text: str) -> tuple[str, list[int] | None]:
    """``text`` without optional marks, and for each kept character its offset in ``text``
    (``None`` when there was nothing to strip)."""
    if not _MARKS.search(text):
        return text, None
    kept = [i for i, c in enumerate(text) if not _MARKS.match(c)]
    return "".join(text[i] for i in kept), kept


def marks_span(kept: list[int] | None, length: int, start: int, end: int) -> tuple[int, int]:
    """Offsets in the original text of ``[start, end)`` of its :func:`strip_marks` form; a
    span's trailing marks belong to it."""
    if kept is None:
        return start, end
    a = kept[start] if start < len(kept) else length
    b = kept[end] if end < len(kept) else length
    return a, max(a, b)


def file_span(side, start: int, end: int) -> tuple[int, int] | None:
    """File offsets of ``[start, end)`` inside a pair's side (``None`` when there is no side)."""
    return (side.start + start, side.start + end) if side is not None else None


def run_all(pairs: Sequence[SegmentPair], langs: LanguagePair, settings: Settings,
            store: Any = None) -> list[list[Finding]]:
    """Findings of every check for every pair (one list per pair, in order).

    With ``store`` (a :class:`checker.cache.TranslationCache`), the findings of a pair whose
    texts, languages, glossary and check code were seen before come from it (see
    :mod:`checker.memo`); only the length check, which weighs each pair against the whole
    document, always runs.
    """
    from checker.checks import dates, glossary, length, names, negation, numbers, quotes, untranslated
    from checker.memo import SegmentMemo, code_fingerprint

    from checker.documents import InputError

    try:
        terms = glossary.load_glossary(settings.glossary) if settings.glossary else None
    except ValueError as exc:
        raise InputError(str(exc)) from None
    context = CheckContext(settings, terms)
    context.stats["length"] = length.document_ratio(pairs, langs)
    # Each of these reads nothing but the pair's two texts, the languages and the glossary.
    per_pair = (numbers, dates, names, negation, quotes, untranslated, glossary)
    both = [p.translation is not None and p.reference is not None for p in pairs]
    memo = SegmentMemo(store, "checks", code_fingerprint("", "checks", "data"), langs.translation,
                       langs.reference, repr(terms))
    keys = [memo.key(p.translation.text, p.reference.text) if ok else None for p, ok in zip(pairs, both)]

    def compute(indices: list[int]) -> list[list[Finding]]:
        out = []
        for i in indices:
            found: list[Finding] = []
            if both[i]:
                for family in per_pair:
                    found.extend(family.run(pairs[i], langs, context))
            out.append(found)
        return out

    def encode(i: int, listed: list[Finding]) -> list[list[Any]]:
        t, r = pairs[i].translation, pairs[i].reference
        return [[f.check, f.severity, f.message, _shift(f.span, -t.start), _shift(f.reference_span, -r.start),
                 f.confidence] for f in listed]

    def decode(i: int, stored: list[list[Any]]) -> list[Finding]:
        t, r = pairs[i].translation, pairs[i].reference
        return [Finding(check, severity, message, _shift(span, t.start), _shift(ref_span, r.start), float(conf))
                for check, severity, message, span, ref_span, conf in stored]

    # Stored with offsets relative to the pair's sides: a sentence met again at another place
    # in the file (an earlier one was edited) gets its own offsets back.
    found = memo.resolve(keys, compute, decode=decode, encode=encode)
    for pair, ok, listed in zip(pairs, both, found):
        if ok:
            listed.extend(length.run(pair, langs, context))
    return found


def _shift(span, by: int) -> tuple[int, int] | None:
    if span is None:
        return None
    start, end = span
    return (int(start) + by, int(end) + by)
