"""Model-free fact checks that compare a translation segment with its reference, across languages.

One module per family, each with ``run(pair, langs, context) -> list[Finding]``. Language
knowledge (number words, months, negators, quote marks…) lives in ``checker/data/<lang>.json``:
adding a language is adding a file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Sequence

from checker.align import LanguagePair, SegmentPair
from checker.config import Settings
from checker.report import Finding

CHECK_NAMES = ("numbers", "dates", "names", "negation", "quotes", "untranslated", "length", "glossary")


@lru_cache(maxsize=None)
def language(lang: str) -> dict[str, Any]:
    """The language-knowledge file for ``lang`` (an empty one for languages without a file)."""
    try:
        text = resources.files("checker").joinpath(f"data/{lang}.json").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {"language": lang, "script": "latin", "decimal": ".", "thousands": [","], "chars_ratio": 1.0}
    return json.loads(text)


@dataclass
class CheckContext:
    """What a check may need beyond one pair: settings, the glossary, document statistics."""

    settings: Settings
    glossary: Any = None
    stats: dict[str, Any] = field(default_factory=dict)


def file_span(side, start: int, end: int) -> tuple[int, int] | None:
    """File offsets of ``[start, end)`` inside a pair's side (``None`` when there is no side)."""
    return (side.start + start, side.start + end) if side is not None else None


def run_all(pairs: Sequence[SegmentPair], langs: LanguagePair, settings: Settings) -> list[list[Finding]]:
    """Findings of every check for every pair (one list per pair, in order)."""
    from checker.checks import dates, glossary, length, names, negation, numbers, quotes, untranslated

    from checker.documents import InputError

    try:
        terms = glossary.load_glossary(settings.glossary) if settings.glossary else None
    except ValueError as exc:
        raise InputError(str(exc)) from None
    context = CheckContext(settings, terms)
    context.stats["length"] = length.document_ratio(pairs, langs)
    families = (numbers, dates, names, negation, quotes, untranslated, length, glossary)
    out: list[list[Finding]] = []
    for pair in pairs:
        found: list[Finding] = []
        if pair.translation is not None and pair.reference is not None:
            for family in families:
                found.extend(family.run(pair, langs, context))
        out.append(found)
    return out
