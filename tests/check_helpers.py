"""Running one fact check on a one-sentence pair, as the check tests do."""

from checker.align import LanguagePair, SegmentPair
from checker.checks.numerals import extract_quantities
from checker.documents import document_from_segments


def one_sentence_pair(translation: str, reference: str, t_lang: str, r_lang: str):
    """The segment pair of two one-sentence documents, and its languages."""
    t = document_from_segments([translation], t_lang)
    r = document_from_segments([reference], r_lang)
    return SegmentPair(t.sentences[0].span(), r.sentences[0].span()), LanguagePair(t_lang, r_lang)


def run_check(module, translation: str, reference: str, t_lang: str, r_lang: str):
    """The findings of the check ``module`` (``checker.checks.numbers``, …) on the pair."""
    pair, langs = one_sentence_pair(translation, reference, t_lang, r_lang)
    return module.run(pair, langs, None)


def quantity_values(text: str, lang: str, digits: int = 3):
    """(value, kind) of every quantity the number reader finds in ``text``."""
    return [(round(q.value, digits), q.kind) for q in extract_quantities(text, lang)]


def implicit_kinds(text: str, lang: str) -> list[str]:
    """The classes of the implicit negations the negation check finds in ``text``, in order."""
    from checker.checks.negation import implicit_negations

    return [kind for *_, kind in implicit_negations(text, lang)]
