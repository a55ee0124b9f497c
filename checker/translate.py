"""Back-translation: the ``Translator`` protocol and its MarianMT (transformers) engine.

A translator turns sentences into the reference's language and, by forced decoding, says how
likely the model finds each token of a given target (the reference) for a source (the
translation): reference words the model finds unlikely point at meaning errors. torch and
transformers are imported inside the functions that need them, so the command line starts fast.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, Sequence

Span = tuple[int, int]


@dataclass(frozen=True)
class BackTranslation:
    """A model's translation of ``source``, with a word alignment back to it.

    ``alignment`` pairs, per output word, its character span in ``text`` with the character
    span in ``source`` of the source word it attended to most.
    """

    text: str
    source: str
    alignment: tuple[tuple[Span, Span], ...] = ()


@dataclass(frozen=True)
class TokenScores:
    """Forced-decoding log-probabilities of each token of ``target`` (end of sentence excluded)."""

    target: str
    spans: tuple[Span, ...]
    logprobs: tuple[float, ...]

    @property
    def mean(self) -> float | None:
        return sum(self.logprobs) / len(self.logprobs) if self.logprobs else None


class Translator(Protocol):
    model_id: str
    revision: str | None
    engine: str
    src_lang: str
    tgt_lang: str

    def translate(self, sources: Sequence[str]) -> list[BackTranslation]: ...

    def score(self, sources: Sequence[str], targets: Sequence[str]) -> list[TokenScores]: ...

    def describe(self) -> dict[str, Any]: ...


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# ---------------------------------------------------------------------------------------------
# SentencePiece pieces ↔ characters (shared by every engine that tokenises with SentencePiece)

_SPACE = "▁"


def piece_spans(pieces: Sequence[str], text: str) -> list[Span]:
    """Character span in ``text`` of each SentencePiece piece (special tokens get empty spans).

    Pieces are located left to right; a piece that cannot be found (normalisation changed it)
    gets an empty span at the current position, which keeps the mapping monotone.
    """
    spans: list[Span] = []
    pos = 0
    for piece in pieces:
        surface = piece.replace(_SPACE, " ")
        if piece.startswith("<") and piece.endswith(">"):
            spans.append((pos, pos))
            continue
        core = surface.strip()
        if not core:
            spans.append((pos, pos))
            continue
        at = text.find(core, pos)
        if at < 0 or at - pos > 2 + len(surface) - len(surface.lstrip()):
            spans.append((pos, pos))
            continue
        spans.append((at, at + len(core)))
        pos = at + len(core)
    return spans


def word_groups(pieces: Sequence[str]) -> list[list[int]]:
    """Indices of pieces grouped into words (a new word starts at a piece beginning with ▁)."""
    groups: list[list[int]] = []
    for i, piece in enumerate(pieces):
        if piece.startswith("<") and piece.endswith(">"):
            continue
        if piece.startswith(_SPACE) or not groups:
            groups.append([i])
        else:
            groups[-1].append(i)
    return groups


def align_words(attention, src_pieces: Sequence[str], src_text: str, out_pieces: Sequence[str],
                out_text: str) -> tuple[tuple[Span, Span], ...]:
    """Word alignment from an attention matrix ``[len(out_pieces)][len(src_pieces)]``: each
    output word is linked to the source word receiving most of its pieces' attention."""
    src_spans = piece_spans(src_pieces, src_text)
    out_spans = piece_spans(out_pieces, out_text)
    src_words = [g for g in word_groups(src_pieces) if src_spans[g[0]][0] < src_spans[g[-1]][1]]
    result = []
    for group in word_groups(out_pieces):
        start, end = out_spans[group[0]][0], out_spans[group[-1]][1]
        if start >= end or not src_words:
            continue
        weights = [sum(float(attention[o][s]) for o in group for s in word) for word in src_words]
        best = src_words[max(range(len(src_words)), key=weights.__getitem__)]
        result.append(((start, end), (src_spans[best[0]][0], src_spans[best[-1]][1])))
    return tuple(result)


# ---------------------------------------------------------------------------------------------
# MarianMT through transformers

class MarianTranslator:
    """MarianMT back-translation on CPU with transformers: deterministic, batched by length.

    Build it with :meth:`load` (COMET's habit: finding a model, loading it and computing are
    separate steps).
    """

    engine = "transformers"

    def __init__(self, model, tokenizer, *, model_id: str, revision: str | None, src_lang: str,
                 tgt_lang: str, beam: int = 4, batch_size: int = 16, max_length: int = 256,
                 max_tokens: int = 4096) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.model_id = model_id
        self.revision = revision
        self.src_lang = src_lang
        self.tgt_lang = tgt_lang
        self.beam = beam
        self.batch_size = batch_size
        # Marian's position table bounds input and output alike.
        self.max_length = min(max_length, int(getattr(model.config, "max_position_embeddings", max_length)))
        self.max_tokens = max_tokens

    @classmethod
    def load(cls, path: str | Path, *, src_lang: str = "", tgt_lang: str = "", model_id: str | None = None,
             revision: str | None = None, beam: int = 4, batch_size: int = 16, max_length: int = 256,
             threads: int | None = None) -> "MarianTranslator":
        """Load a MarianMT model directory offline. Prefers safetensors; never runs remote code."""
        import torch
        from transformers import MarianMTModel, MarianTokenizer

        path = Path(path)
        torch.set_num_threads(threads or available_cores())
        has_safetensors = any(path.glob("*.safetensors"))
        # Eager attention: the fused kernels do not return the cross-attention the alignment needs.
        model = MarianMTModel.from_pretrained(path, local_files_only=True, use_safetensors=has_safetensors,
                                              attn_implementation="eager")
        model.eval()
        tokenizer = MarianTokenizer.from_pretrained(path, local_files_only=True)
        return cls(model, tokenizer, model_id=model_id or path.name, revision=revision, src_lang=src_lang,
                   tgt_lang=tgt_lang, beam=beam, batch_size=batch_size, max_length=max_length)

    def describe(self) -> dict[str, Any]:
        return {"model": self.model_id, "revision": self.revision, "engine": self.engine,
                "beam": self.beam, "max_length": self.max_length, "device": "cpu"}

    # -- batching ------------------------------------------------------------------------------

    def _batches(self, lengths: Sequence[int]) -> list[list[int]]:
        from checker.batching import batches_by_tokens

        return batches_by_tokens(lengths, self.max_tokens, self.batch_size)

    def _encode(self, texts: Sequence[str]):
        return self.tokenizer(list(texts), return_tensors="pt", padding=True, truncation=True,
                              max_length=self.max_length)

    # -- translating ---------------------------------------------------------------------------

    def translate(self, sources: Sequence[str]) -> list[BackTranslation]:
        """Back-translate ``sources``; the output keeps their order. Empty sources give empty text."""
        import torch

        out: list[BackTranslation | None] = [None] * len(sources)
        todo = [i for i, s in enumerate(sources) if s.strip()]
        for i, s in enumerate(sources):
            if not s.strip():
                out[i] = BackTranslation("", s, ())
        lengths = [len(self.tokenizer.tokenize(sources[i])) for i in todo]
        with torch.inference_mode():
            for batch in self._batches(lengths):
                idx = [todo[b] for b in batch]
                texts = [sources[i] for i in idx]
                enc = self._encode(texts)
                generated = self.model.generate(**enc, num_beams=self.beam, do_sample=False,
                                                max_length=self.max_length,
                                                **({"early_stopping": True} if self.beam > 1 else {}))
                decoded = self.tokenizer.batch_decode(generated, skip_special_tokens=True)
                attention = self._cross_attention(enc, generated)
                for k, i in enumerate(idx):
                    out[i] = self._with_alignment(sources[i], decoded[k], enc, generated[k], attention[k], k)
        return out  # type: ignore[return-value]

    def _cross_attention(self, enc, generated):
        """Cross-attention of the generated tokens over the source, from one forced pass
        (simpler and sturdier than collecting it through beam search), averaged over the last
        decoder layer's heads."""
        labels = generated[:, 1:]
        decoder_input = generated[:, :-1]
        result = self.model(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"],
                            decoder_input_ids=decoder_input, output_attentions=True)
        return result.cross_attentions[-1].mean(dim=1)  # [batch, out_len, src_len]

    def _with_alignment(self, source: str, text: str, enc, generated_row, attention, k: int) -> BackTranslation:
        tok = self.tokenizer
        special = set(tok.all_special_ids)
        src_ids = [int(t) for t in enc["input_ids"][k] if int(t) != tok.pad_token_id]
        out_ids = [int(t) for t in generated_row[1:]]
        keep_out = [j for j, t in enumerate(out_ids) if t not in special]
        keep_src = [j for j, t in enumerate(src_ids) if t not in special]
        src_pieces = [tok.convert_ids_to_tokens(src_ids[j]) for j in keep_src]
        out_pieces = [tok.convert_ids_to_tokens(out_ids[j]) for j in keep_out]
        matrix = [[float(attention[o][s]) for s in keep_src] for o in keep_out]
        return BackTranslation(text, source, align_words(matrix, src_pieces, source, out_pieces, text))

    # -- forced decoding ----------------------------------------------------------------------

    def score(self, sources: Sequence[str], targets: Sequence[str]) -> list[TokenScores]:
        """Log-probability of each token of ``targets[i]`` given ``sources[i]``."""
        import torch

        if len(sources) != len(targets):
            raise ValueError("score needs one target per source")
        out: list[TokenScores | None] = [None] * len(sources)
        todo = [i for i in range(len(sources)) if sources[i].strip() and targets[i].strip()]
        for i in range(len(sources)):
            if i not in todo:
                out[i] = TokenScores(targets[i], (), ())
        lengths = [len(self.tokenizer.tokenize(sources[i])) + len(self.tokenizer.tokenize(targets[i])) for i in todo]
        tok = self.tokenizer
        with torch.inference_mode():
            for batch in self._batches(lengths):
                idx = [todo[b] for b in batch]
                enc = self._encode([sources[i] for i in idx])
                labels = tok(text_target=[targets[i] for i in idx], return_tensors="pt", padding=True,
                             truncation=True, max_length=self.max_length)["input_ids"]
                logits = self.model(**enc, labels=labels).logits.float()
                # <pad> only starts the decoder and is never generated: leave it out of the
                # distribution, as CTranslate2 does, so both engines give the same scores.
                logits[..., tok.pad_token_id] = float("-inf")
                logprobs = torch.log_softmax(logits, dim=-1)
                picked = logprobs.gather(-1, labels.unsqueeze(-1)).squeeze(-1)
                for k, i in enumerate(idx):
                    ids = [int(t) for t in labels[k]]
                    keep = [j for j, t in enumerate(ids) if t not in (tok.pad_token_id, tok.eos_token_id)]
                    pieces = [tok.convert_ids_to_tokens(ids[j]) for j in keep]
                    spans = piece_spans(pieces, targets[i])
                    out[i] = TokenScores(targets[i], tuple(spans), tuple(float(picked[k, j]) for j in keep))
        return out  # type: ignore[return-value]


class PivotTranslator:
    """Two translators in a row (source → English → target) for pairs with no direct model.

    The word alignment goes through the pivot text; forced-decoding scores use the second model
    on the pivot text, the closest thing to "the reference given the translation" available.
    """

    def __init__(self, first: Translator, second: Translator) -> None:
        self.first, self.second = first, second
        self.model_id = f"{first.model_id} + {second.model_id}"
        self.revision = None if first.revision is None and second.revision is None else \
            f"{first.revision or '?'} + {second.revision or '?'}"
        self.engine = first.engine
        self.src_lang, self.tgt_lang = first.src_lang, second.tgt_lang
        self._pivot: dict[str, BackTranslation] = {}

    def describe(self) -> dict[str, Any]:
        return {**self.first.describe(), "model": self.model_id, "revision": self.revision,
                "pivot": self.first.tgt_lang}

    def _to_pivot(self, sources: Sequence[str]) -> list[BackTranslation]:
        missing = [s for s in dict.fromkeys(sources) if s not in self._pivot]
        for s, bt in zip(missing, self.first.translate(missing)):
            self._pivot[s] = bt
        return [self._pivot[s] for s in sources]

    def translate(self, sources: Sequence[str]) -> list[BackTranslation]:
        pivots = self._to_pivot(sources)
        finals = self.second.translate([p.text for p in pivots])
        out = []
        for source, pivot, final in zip(sources, pivots, finals):
            composed = []
            for out_span, pivot_span in final.alignment:
                hits = [src for piv, src in pivot.alignment if piv[0] < pivot_span[1] and piv[1] > pivot_span[0]]
                if hits:
                    composed.append((out_span, (min(h[0] for h in hits), max(h[1] for h in hits))))
            out.append(BackTranslation(final.text, source, tuple(composed)))
        return out

    def score(self, sources: Sequence[str], targets: Sequence[str]) -> list[TokenScores]:
        return self.second.score([p.text for p in self._to_pivot(sources)], targets)
