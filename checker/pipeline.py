"""The one function that wires the stages: documents in, a ranked report out.

Models are handed in (never imported here at module level), so tests can pass tiny ones and
the command line stays fast to start.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Sequence

from checker import __version__
from checker.align import LanguagePair, SegmentPair
from checker.config import Settings
from checker.documents import Document, InputError, detect_language, normalize_text
from checker.report import Finding, Report, Segment
from checker.risk import SegmentSignals, assess
from checker.scores import Scorer
from checker.spans import Mismatch, diff, to_file_span

if TYPE_CHECKING:  # pragma: no cover
    from checker.risk import DocumentScale
    from checker.cache import TranslationCache
    from checker.embed import Embedder
    from checker.translate import BackTranslation, Translator


@dataclass(frozen=True)
class _PairBackTranslation:
    """A pair's back-translation with its word alignment, offsets into the pair's normalised text."""

    text: str
    alignment: tuple[tuple[tuple[int, int], tuple[int, int]], ...]


def resolve_languages(translation: Document, reference: Document,
                      settings: Settings) -> tuple[LanguagePair, list[str]]:
    """Languages from the settings, else detected; a disagreement is a warning, not an error."""
    warnings: list[str] = []
    codes = {}
    for side, doc, given in (("translation", translation, settings.lang),
                             ("reference", reference, settings.ref_lang)):
        sample = " ".join(s.text for s in doc.sentences)
        detected = detect_language(sample)
        if given:
            if detected and detected != given and len(sample) >= 200:
                warnings.append(f"{side} is given as '{given}' but reads as '{detected}'")
            codes[side] = given
        elif detected:
            codes[side] = detected
            warnings.append(f"{side} language detected as '{detected}' (set it with "
                            f"{'--lang' if side == 'translation' else '--ref-lang'})")
        else:
            raise InputError(f"cannot tell the {side}'s language: it has no text; "
                             f"give it with {'--lang' if side == 'translation' else '--ref-lang'}")
    return LanguagePair(codes["translation"], codes["reference"]), warnings


def back_translate(translator: "Translator", texts: Sequence[str]) -> list["BackTranslation"]:
    """Back-translate each distinct text once, in the order given."""
    distinct = list(dict.fromkeys(texts))
    done = dict(zip(distinct, translator.translate(distinct)))
    return [done[t] for t in texts]


def _join_backtranslations(parts: Sequence["BackTranslation"]) -> _PairBackTranslation:
    """One back-translation for a segment made of several sentences, offsets shifted to match
    the segment's normalised text (sentences joined by one space)."""
    text_parts: list[str] = []
    alignment = []
    t_off = s_off = 0
    for bt in parts:
        for (a, b), (sa, sb) in bt.alignment:
            alignment.append(((a + t_off, b + t_off), (sa + s_off, sb + s_off)))
        text_parts.append(bt.text)
        t_off += len(bt.text) + 1
        s_off += len(bt.source) + 1
    return _PairBackTranslation(" ".join(text_parts), tuple(alignment))


def _link(translation: Document, reference: Document, settings: Settings,
          back: Sequence["BackTranslation"] | None, embedder: "Embedder | None"):
    """Sentence links between the documents, and how they were found."""
    from checker import align

    n_t, n_r = len(translation.sentences), len(reference.sentences)
    if settings.aligned:
        if n_t != n_r:
            raise InputError(f"line-aligned input needs the same number of lines on both sides "
                             f"(translation {n_t}, reference {n_r})")
        return [((i,), (i,)) for i in range(n_t)], "lines"
    t_texts = [s.normalized for s in translation.sentences]
    r_texts = [s.normalized for s in reference.sentences]
    scorers, names = [], []
    if back is not None:
        scorers.append(align.chrf_scorer([b.text for b in back], r_texts))
        names.append("chrf")
    if embedder is not None:
        scorers.append(align.embedding_scorer(embedder, t_texts, r_texts))
        names.append("embeddings")
    if not scorers:
        scorers.append(align.length_scorer(t_texts, r_texts))
        names.append("length")
    score = scorers[0] if len(scorers) == 1 else align.combined_scorer(*scorers)
    return align.align(n_t, n_r, score), "+".join(names)


def check(translation: Document, reference: Document, settings: Settings,
          translator: "Translator | None" = None, embedder: "Embedder | None" = None, *,
          translator_error: str | None = None, store: "TranslationCache | None" = None) -> Report:
    """Check ``translation`` against ``reference`` and return the report, worst segments flagged.

    ``translator`` back-translates into the reference language (``None``: no back-translation,
    for the reason ``translator_error``); ``embedder`` gives cross-lingual sentence embeddings;
    ``store`` keeps per-segment results (fact-check findings, sacrebleu statistics) between
    runs, so that a re-check recomputes only the segments that changed (:mod:`checker.memo`).
    """
    from checker import checks as fact_checks

    langs, warnings = resolve_languages(translation, reference, settings)
    translation, reference = translation.with_lang(langs.translation), reference.with_lang(langs.reference)

    back = None
    if translator is not None:
        back = back_translate(translator, [s.normalized for s in translation.sentences])
    links, align_method = _link(translation, reference, settings, back, embedder)

    pairs: list[SegmentPair] = []
    pair_bts: list[_PairBackTranslation | None] = []
    for t_ids, r_ids in links:
        t_span = (translation.sentences[t_ids[0]].span() if len(t_ids) == 1
                  else translation.span(t_ids[0], t_ids[-1])) if t_ids else None
        r_span = (reference.sentences[r_ids[0]].span() if len(r_ids) == 1
                  else reference.span(r_ids[0], r_ids[-1])) if r_ids else None
        pbt = _join_backtranslations([back[i] for i in t_ids]) if back is not None and t_ids else None
        pairs.append(SegmentPair(t_span, r_span, tuple(t_ids), tuple(r_ids),
                                 pbt.text if pbt else None))
        pair_bts.append(pbt)

    scorer = Scorer(langs.reference)
    signals = [SegmentSignals() for _ in pairs]
    seg_scores: list[dict[str, float | None]] = [
        {"chrf": None, "bleu": None, "ter": None, "logprob": None} for _ in pairs]
    # sacrebleu scores of each back-translation against its reference, and of the document.
    scored = [i for i, (pair, pbt) in enumerate(zip(pairs, pair_bts))
              if pbt is not None and pair.reference is not None]
    doc_scores: dict[str, float | None] = {"chrf": None, "bleu": None, "ter": None}
    signatures: dict[str, str] = {}
    if scored:
        per_segment, document = scorer.document([pair_bts[i].text for i in scored],
                                                [normalize_text(pairs[i].reference.text) for i in scored], store)
        for i, result in zip(scored, per_segment):
            seg_scores[i].update(result.as_dict())
            signals[i].chrf = result.chrf
        doc_scores.update(document.as_dict())
        signatures = scorer.signatures()

    # Glass box: how likely the model finds each reference token, given the translation.
    token_logprobs: list[list[tuple[tuple[int, int], float]]] = [[] for _ in pairs]
    if translator is not None:
        both = [i for i, p in enumerate(pairs) if p.translation is not None and p.reference is not None]
        if both:
            scored = translator.score([normalize_text(pairs[i].translation.text) for i in both],
                                      [normalize_text(pairs[i].reference.text) for i in both])
            for i, ts in zip(both, scored):
                token_logprobs[i] = list(zip(ts.spans, ts.logprobs))
                seg_scores[i]["logprob"] = signals[i].logprob = ts.mean

    from checker.risk import DocumentScale

    # The article's typical levels, against which each disagreement is weighed.
    token_scale = DocumentScale([lp for tl in token_logprobs for _, lp in tl])
    chrf_scale = DocumentScale([s.chrf for s in signals if s.chrf is not None])
    for i, (pair, pbt) in enumerate(zip(pairs, pair_bts)):
        signals[i].findings.extend(_structural_findings(pair, translation, reference))
        if pbt is not None and pair.reference is not None:
            mismatches = diff(pbt.text, normalize_text(pair.reference.text),
                              normalize_text(pair.translation.text), pbt.alignment, token_logprobs[i])
            signals[i].findings.extend(
                _mismatch_finding(pair, m, token_scale, signals[i].chrf, chrf_scale)
                for m in mismatches)
            signals[i].findings[:] = [f for f in signals[i].findings if f is not None]

    for i, found in enumerate(fact_checks.run_all(pairs, langs, settings, store)):
        signals[i].findings.extend(found)

    embed_signal: dict[str, Any]
    if embedder is not None:
        from checker import drift

        for i, result in enumerate(drift.assess(pairs, embedder, langs)):
            if result is not None:
                seg_scores[i]["similarity"] = result.cosine
                if result.finding is not None:
                    signals[i].findings.append(result.finding)
        embed_signal = {"status": "ok", **embedder.describe()}
    else:
        embed_signal = {"status": "off" if settings.embedder == "none" else "unavailable"}

    assessments = assess(signals, minor=settings.minor_risk, major=settings.major_risk,
                         critical=settings.critical_risk)
    segments = tuple(
        Segment(id=i, translation=pair.translation, reference=pair.reference,
                backtranslation=pair.backtranslation, scores=seg_scores[i], risk=a.risk,
                severity=a.severity, findings=a.findings)
        for i, (pair, a) in enumerate(zip(pairs, assessments))
    )

    if translator is not None:
        bt_signal: dict[str, Any] = {"status": "ok", **translator.describe()}
    elif settings.backtranslation == "off":
        bt_signal = {"status": "off"}
    else:
        bt_signal = {"status": "unavailable", "reason": translator_error or "no translation model given"}

    return Report(
        checker_version=__version__,
        languages={"translation": langs.translation, "reference": langs.reference},
        signals={
            "backtranslation": bt_signal,
            "embeddings": embed_signal,
            "alignment": {"method": align_method},
            "checks": {"status": "ok", "names": list(fact_checks.CHECK_NAMES)},
        },
        signatures=signatures,
        settings=settings.to_dict(),
        segments=segments,
        scores=doc_scores,
        files={k: v for k, v in (("translation", translation.path), ("reference", reference.path)) if v},
        warnings=tuple(warnings),
    )


def _structural_findings(pair: SegmentPair, translation: Document, reference: Document) -> list[Finding]:
    """Sentences with no counterpart on the other side."""
    if pair.translation is None and pair.reference is not None:
        return [Finding("omission", "major",
                        f"the reference says “{_clip(pair.reference.text)}” and the translation has "
                        f"nothing for it", None, (pair.reference.start, pair.reference.end), 0.9)]
    if pair.reference is None and pair.translation is not None:
        kinds = {translation.sentences[i].kind for i in pair.translation_ids}
        if kinds == {"boilerplate"}:
            return [Finding("addition", "minor",
                            f"“{_clip(pair.translation.text)}” is page boilerplate with no counterpart "
                            f"in the reference", (pair.translation.start, pair.translation.end), None, 0.8)]
        return [Finding("addition", "major",
                        f"“{_clip(pair.translation.text)}” has no counterpart in the reference",
                        (pair.translation.start, pair.translation.end), None, 0.9)]
    return []


def _mismatch_finding(pair: SegmentPair, m: Mismatch, document_logprobs: "DocumentScale",
                      chrf: float | None, document_chrfs: "DocumentScale") -> Finding | None:
    """A back-translation/reference disagreement, as a finding when the evidence says meaning."""
    from checker.risk import chrf_probability, robust_z

    if m.reference_logprob is not None:
        # The model itself finds the reference's words unlikely for this translation.
        z = robust_z(document_logprobs, m.reference_logprob, floor=0.5)
        p = max(1 / (1 + math.exp(-1.6 * (z - 2.5))), 1 / (1 + math.exp(m.reference_logprob + 7.0))) * 0.9
    elif chrf is not None:
        # No scores from the model: weak evidence, shown to explain a low chrF.
        p = chrf_probability(chrf, document_chrfs) * 0.5
    else:
        return None
    if p < 0.2:
        return None
    said = f"“{m.backtranslation_text}”" if m.backtranslation_text else "nothing"
    meant = f"“{m.reference_text}”" if m.reference_text else "nothing"
    span = to_file_span(pair.translation, m.translation_span)
    where = f" (translation: “{pair.translation.text[span[0] - pair.translation.start:span[1] - pair.translation.start]}”)" if span else ""
    message = f"back-translation says {said} where the reference says {meant}{where}"
    return Finding("backtranslation-mismatch", "major" if p >= 0.5 else "minor", message, span,
                   to_file_span(pair.reference, m.reference_span), round(p, 4))


def _clip(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
