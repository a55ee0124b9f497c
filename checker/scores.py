"""sacrebleu scores of back-translations against the reference, with their signatures.

Settings go into the constructor (per reference language), data into method calls, and every
number comes with the sacrebleu signature that reproduces it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

# sacrebleu's 13a tokenizer does not split Chinese or Japanese; these do, with no extra package.
_BLEU_TOKENIZE = {"zh": "zh", "ja": "char"}
_TER_ASIAN = {"zh", "ja"}


@dataclass(frozen=True)
class SegmentScores:
    chrf: float
    bleu: float
    ter: float

    def as_dict(self) -> dict[str, float]:
        return {"chrf": self.chrf, "bleu": self.bleu, "ter": self.ter}


class Scorer:
    """chrF, sentence BLEU (effective order) and TER for one reference language."""

    def __init__(self, lang: str | None) -> None:
        from sacrebleu.metrics import BLEU, CHRF, TER

        tokenize = _BLEU_TOKENIZE.get(lang or "", "13a")
        self.lang = lang
        self._chrf = CHRF()
        self._bleu = BLEU(effective_order=True, tokenize=tokenize)
        self._corpus_bleu = BLEU(tokenize=tokenize)
        self._ter = TER(asian_support=(lang in _TER_ASIAN))
        self._signatures: dict[str, str] = {}

    def segment(self, hypothesis: str, reference: str) -> SegmentScores:
        """Scores of one hypothesis (a back-translation) against one reference segment."""
        if not hypothesis.strip() and not reference.strip():
            return SegmentScores(100.0, 100.0, 0.0)
        return SegmentScores(
            chrf=self._chrf.sentence_score(hypothesis, [reference]).score,
            bleu=self._bleu.sentence_score(hypothesis, [reference]).score,
            ter=self._ter.sentence_score(hypothesis, [reference]).score,
        )

    def document(self, hypotheses: Sequence[str], references: Sequence[str],
                 store: Any = None) -> tuple[list[SegmentScores], SegmentScores]:
        """Every segment's scores and the document's, reading each segment once per metric.

        The same numbers as :meth:`segment` for each pair and :meth:`corpus` for them all:
        sacrebleu's corpus score aggregates the per-segment statistics, so they are gathered
        once and aggregated both ways (sentence BLEU with effective order, corpus BLEU without).
        With ``store`` (a :class:`checker.cache.TranslationCache`), the statistics of pairs seen
        before come from it (:mod:`checker.memo`).
        """
        hypotheses, references = list(hypotheses), list(references)
        if len(hypotheses) != len(references):
            raise ValueError(f"{len(hypotheses)} hypotheses but {len(references)} references")
        if not hypotheses:
            return [], self.corpus([], [])
        chrf, bleu, ter = self._statistics(hypotheses, references, store)
        segments = [
            SegmentScores(100.0, 100.0, 0.0) if not h.strip() and not r.strip() else SegmentScores(
                chrf=self._chrf._aggregate_and_compute([c]).score,
                bleu=self._bleu._aggregate_and_compute([b]).score,
                ter=self._ter._aggregate_and_compute([t]).score)
            for h, r, c, b, t in zip(hypotheses, references, chrf, bleu, ter)]
        corpus = SegmentScores(chrf=self._chrf._aggregate_and_compute(chrf).score,
                               bleu=self._corpus_bleu._aggregate_and_compute(bleu).score,
                               ter=self._ter._aggregate_and_compute(ter).score)
        self._signatures = {"chrf": str(self._chrf.get_signature()),
                            "bleu": str(self._corpus_bleu.get_signature()),
                            "ter": str(self._ter.get_signature())}
        return segments, corpus

    def _statistics(self, hypotheses: list[str], references: list[str], store: Any):
        """sacrebleu's per-segment statistics (chrF, BLEU, TER), from ``store`` where it has them."""
        import sacrebleu

        from checker.memo import SegmentMemo

        memo = SegmentMemo(store, "sacrebleu", sacrebleu.__version__, self._bleu.tokenizer.signature(),
                           str(self._ter.asian_support), str(self._chrf.char_order), str(self._chrf.word_order))

        def compute(indices: list[int]) -> list[list[list[Any]]]:
            hyps, refs = [hypotheses[i] for i in indices], [[references[i] for i in indices]]
            per_metric = [metric._extract_corpus_statistics(hyps, refs)
                          for metric in (self._chrf, self._corpus_bleu, self._ter)]
            return [list(row) for row in zip(*per_metric)]

        def decode(i: int, stored: Any) -> list[list[Any]]:
            if not (isinstance(stored, list) and len(stored) == 3 and all(
                    isinstance(part, list) and all(isinstance(x, (int, float)) for x in part) for part in stored)):
                raise ValueError("not sacrebleu statistics")
            return stored

        rows = memo.resolve([memo.key(h, r) for h, r in zip(hypotheses, references)], compute, decode)
        for metric in (self._chrf, self._corpus_bleu, self._ter):
            metric.num_refs = 1  # what sacrebleu records when it reads the references itself
        return [row[0] for row in rows], [row[1] for row in rows], [row[2] for row in rows]

    def chrf(self, hypothesis: str, reference: str) -> float:
        """chrF alone: the cheap similarity used while aligning."""
        return self._chrf.sentence_score(hypothesis, [reference]).score

    def corpus(self, hypotheses: Sequence[str], references: Sequence[str]) -> SegmentScores:
        """Document-level scores over aligned pairs."""
        if not hypotheses:
            return SegmentScores(0.0, 0.0, 0.0)
        refs = [list(references)]
        result = SegmentScores(
            chrf=self._chrf.corpus_score(list(hypotheses), refs).score,
            bleu=self._corpus_bleu.corpus_score(list(hypotheses), refs).score,
            ter=self._ter.corpus_score(list(hypotheses), refs).score,
        )
        self._signatures = {
            "chrf": str(self._chrf.get_signature()),
            "bleu": str(self._corpus_bleu.get_signature()),
            "ter": str(self._ter.get_signature()),
        }
        return result

    def signatures(self) -> dict[str, str]:
        """sacrebleu signatures of the scores computed so far (after :meth:`corpus`)."""
        return dict(self._signatures)
