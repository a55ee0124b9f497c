"""Sentence alignment of a translation with its reference.

Produces :class:`SegmentPair` objects: the unit every later stage (scores, checks, spans, risk)
works on.
"""

from __future__ import annotations

from dataclasses import dataclass

from checker.report import TextSpan


@dataclass(frozen=True)
class LanguagePair:
    """ISO 639-1 codes of the translation and of the reference."""

    translation: str
    reference: str


@dataclass(frozen=True)
class SegmentPair:
    """Translation sentences aligned with the reference sentences they render.

    Either side may be ``None`` (a sentence with no counterpart: an addition or an omission).
    ``translation_ids`` / ``reference_ids`` index the documents' sentences.
    ``backtranslation`` is the translation rendered back into the reference language, when a
    model ran. Spans' ``text`` is exactly the file's characters, so offsets found in it plus
    ``span.start`` are file offsets.
    """

    translation: TextSpan | None
    reference: TextSpan | None
    translation_ids: tuple[int, ...] = ()
    reference_ids: tuple[int, ...] = ()
    backtranslation: str | None = None
    similarity: float | None = None
