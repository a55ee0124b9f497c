"""Where a back-translation and its reference disagree, and which words of the translation that is.

The diff runs over words of the back-translation and of the reference (characters for Chinese
and Japanese). Each disagreeing block is carried back onto the translation through the
back-translation's word alignment (from the model's cross-attention), so an editor sees the
suspect words of the text they publish, not of a machine's paraphrase of it.
"""

from __future__ import annotations

import difflib
import functools
import unicodedata
from dataclasses import dataclass
from typing import Sequence

import regex

from checker.documents import normalize_with_offsets
from checker.report import TextSpan

# Words; in scripts written without spaces every ideograph or kana is a token of its own.
_TOKEN = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}]"
    r"|(?:(?![\p{Han}\p{Hiragana}\p{Katakana}])[\p{L}\p{M}\p{N}])+(?:['’][\p{L}]+)*")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        return unicodedata.normalize("NFKC", self.text).casefold()


@dataclass(frozen=True)
class Mismatch:
    """One block where the back-translation says something other than the reference.

    Offsets are into the *normalised* texts (what the model saw); :func:`to_file_span` maps
    them to file offsets.
    """

    backtranslation_text: str
    reference_text: str
    backtranslation_span: tuple[int, int] | None
    reference_span: tuple[int, int] | None
    translation_span: tuple[int, int] | None  # in the normalised translation segment
    reference_logprob: float | None = None  # lowest log-prob of a reference token in the block
    aligned_by: str = "attention"  # attention | position | none


def tokenize(text: str) -> list[Token]:
    """Word (or ideograph) tokens of ``text`` with their character offsets."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _similar(a: str, b: str) -> bool:
    """Inflection or spelling variants, not a difference of meaning."""
    if not a or not b:
        return False
    if 2 * min(len(a), len(b)) < 0.8 * (len(a) + len(b)):  # the ratio cannot reach 0.8
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    # quick_ratio() bounds ratio() from above at a fraction of its cost.
    return matcher.quick_ratio() >= 0.8 and matcher.ratio() >= 0.8


def diff(
    backtranslation: str,
    reference: str,
    translation: str,
    alignment: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
    reference_logprobs: Sequence[tuple[tuple[int, int], float]] = (),
) -> list[Mismatch]:
    """Blocks where ``backtranslation`` departs from ``reference``, mapped onto ``translation``.

    ``alignment`` pairs character spans of back-translation words with character spans of the
    translation words they came from; ``reference_logprobs`` gives, per reference token span,
    the log-probability the model assigned to it given the translation (forced decoding).
    """
    bt_tokens = tokenize(backtranslation)
    ref_tokens = tokenize(reference)
    bt_keys, ref_keys = {t.key for t in bt_tokens}, {t.key for t in ref_tokens}
    matcher = difflib.SequenceMatcher(None, [t.key for t in bt_tokens], [t.key for t in ref_tokens],
                                      autojunk=False)
    found: list[Mismatch] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        bt_block, ref_block = bt_tokens[i1:i2], ref_tokens[j1:j2]
        bt_text = " ".join(t.text for t in bt_block)
        ref_text = " ".join(t.text for t in ref_block)
        if _similar(bt_text.casefold(), ref_text.casefold()):
            continue
        if _reordered_or_minor(bt_block, ref_block, bt_keys, ref_keys):
            continue
        bt_span = (bt_block[0].start, bt_block[-1].end) if bt_block else None
        ref_span = (ref_block[0].start, ref_block[-1].end) if ref_block else None
        translation_span, how = _map_to_translation(bt_block, bt_tokens, i1, backtranslation,
                                                    translation, alignment)
        found.append(Mismatch(
            backtranslation_text=bt_text,
            reference_text=ref_text,
            backtranslation_span=bt_span,
            reference_span=ref_span,
            translation_span=translation_span,
            reference_logprob=_lowest_logprob(ref_span, reference_logprobs),
            aligned_by=how,
        ))
    return found


def _reordered_or_minor(bt_block: list[Token], ref_block: list[Token], bt_keys: set[str],
                        ref_keys: set[str]) -> bool:
    """Blocks that are no difference of meaning: the same words in another order (each word of
    the block occurs elsewhere on the other side), or only one- and two-letter words such as
    articles and prepositions (ideographs and digits always count)."""
    if all(t.key in ref_keys for t in bt_block) and all(t.key in bt_keys for t in ref_block):
        return True
    return all(len(t.text) <= 2 and not _TOKEN_IS_DENSE.match(t.text) for t in bt_block + ref_block)


_TOKEN_IS_DENSE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{N}]")


def _lowest_logprob(span: tuple[int, int] | None,
                    logprobs: Sequence[tuple[tuple[int, int], float]]) -> float | None:
    if span is None or not logprobs:
        return None
    inside = [lp for (a, b), lp in logprobs if a < span[1] and b > span[0]]
    return min(inside) if inside else None


def _map_to_translation(block: list[Token], all_tokens: list[Token], first: int, backtranslation: str,
                        translation: str, alignment) -> tuple[tuple[int, int] | None, str]:
    """Translation characters that produced the back-translation words of ``block``."""
    if not translation:
        return None, "none"
    probe = block or all_tokens[max(first - 1, 0):first + 1]  # a pure omission: its neighbours
    if not probe:
        return None, "none"
    if alignment:
        starts, ends = [], []
        for tok in probe:
            for (a, b), (sa, sb) in alignment:
                if a < tok.end and b > tok.start:
                    starts.append(sa)
                    ends.append(sb)
        if starts:
            return (min(starts), max(ends)), "attention"
    # No alignment: the same relative position, snapped to the translation's words.
    words = tokenize(translation)
    if not words or not backtranslation:
        return None, "none"
    lo = probe[0].start / len(backtranslation)
    hi = probe[-1].end / len(backtranslation)
    chosen = [w for w in words if lo <= (w.start + w.end) / 2 / len(translation) <= hi] or \
             [min(words, key=lambda w: abs(w.start / len(translation) - lo))]
    return (chosen[0].start, chosen[-1].end), "position"


@functools.lru_cache(maxsize=4096)
def _offsets(text: str) -> tuple[int, ...]:
    """The way back from normalised to original offsets of ``text`` (a segment is mapped once
    per check for each of its findings)."""
    return tuple(normalize_with_offsets(text)[1])


def to_file_span(segment: TextSpan, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """File offsets of ``span``, given in the normalised text of ``segment``."""
    if span is None:
        return None
    back = _offsets(segment.text)
    a, b = span
    if not (0 <= a < b < len(back)):
        return None
    start = back[a]
    end = back[b - 1] + 1
    while end < len(segment.text) and unicodedata.combining(segment.text[end]):
        end += 1
    return segment.start + start, segment.start + end
