"""Back-translation: the ``Translator`` protocol and its MarianMT (transformers) engine.

A translator turns sentences into the reference's language and, by forced decoding, says how
likely the model finds each token of a given target (the reference) for a source (the
translation): reference words the model finds unlikely point at meaning errors. torch and
transformers are imported inside the functions that need them, so the command line starts fast.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Protocol, Sequence

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


class ModelLoadError(RuntimeError):
    """A model found on disk could not be loaded when it was first needed."""


class LazyTranslator:
    """A translator whose model is loaded on first use.

    Its identity (model, revision, engine, languages, ``describe()``) is read from the model's
    files without importing torch, so a check whose every sentence is in the back-translation
    cache never loads the model at all. A failure to load surfaces as :class:`ModelLoadError`.
    """

    def __init__(self, load: "Callable[[], Translator]", *, model_id: str, revision: str | None, engine: str,
                 src_lang: str, tgt_lang: str, description: dict[str, Any]) -> None:
        self._load_fn = load
        self._inner: Translator | None = None
        self.model_id, self.revision, self.engine = model_id, revision, engine
        self.src_lang, self.tgt_lang = src_lang, tgt_lang
        self._description = dict(description)
        self.beam = description.get("beam")
        self.target_token = description.get("target_token")
        self.fingerprint = None  # identity comes from model id and revision

    @property
    def loaded(self) -> bool:
        return self._inner is not None

    def describe(self) -> dict[str, Any]:
        return dict(self._description)

    def _get(self) -> "Translator":
        if self._inner is None:
            try:
                inner = self._load_fn()
            except Exception as exc:  # whatever the library raises for bad files
                first = str(exc).splitlines()[0] if str(exc) else ""
                raise ModelLoadError(f"{self.model_id} could not be loaded ({type(exc).__name__}: {first})") from exc
            if inner.describe() != self._description:  # the cache key must not change on loading
                raise ModelLoadError(f"{self.model_id}: loaded settings {inner.describe()} differ from those "
                                     f"read from its files {self._description}")
            self._inner = inner
        return self._inner

    def translate(self, sources: Sequence[str]) -> list[BackTranslation]:
        return self._get().translate(sources)

    def score(self, sources: Sequence[str], targets: Sequence[str]) -> list[TokenScores]:
        return self._get().score(sources, targets)


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
        if _is_special(piece):
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


# Han, kana, CJK punctuation and full-width forms: scripts written without spaces between words.
_UNSPACED = re.compile("[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff9f]")


def word_groups(pieces: Sequence[str]) -> list[list[int]]:
    """Indices of pieces grouped into words.

    A new word starts at a piece beginning with ▁. In scripts written without spaces (Chinese,
    Japanese) SentencePiece marks only the start of the sentence, which would make the whole
    sentence one "word"; there each piece is a word of its own instead.
    """
    groups: list[list[int]] = []
    unspaced_before = False
    for i, piece in enumerate(pieces):
        if _is_special(piece):
            continue
        unspaced = bool(_UNSPACED.search(piece))
        if piece.startswith(_SPACE) or not groups or unspaced or unspaced_before:
            groups.append([i])
        else:
            groups[-1].append(i)
        unspaced_before = unspaced
    return groups


def _is_special(piece: str) -> bool:
    """``</s>``, ``<pad>``, ``<unk>`` and target-language labels such as ``>>ara<<``."""
    return (piece.startswith("<") and piece.endswith(">")) or (piece.startswith(">>") and piece.endswith("<<"))


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

# Target-language labels that multilingual-target opus-mt models expect in front of the source
# (``>>ara<<`` for opus-mt-en-ar), tried in order when the model has labels and none was given.
_TARGET_LABELS = {"ar": (">>ara<<",), "zh": (">>cmn_Hans<<", ">>cmn<<", ">>zho<<"), "ja": (">>jpn<<",),
                  "id": (">>ind<<",), "fr": (">>fra<<",), "en": (">>eng<<",)}


def default_target_token(labels: Sequence[str], tgt_lang: str) -> str | None:
    """The label a multilingual-target model needs for ``tgt_lang``; ``None`` when it has none."""
    if not labels:
        return None
    return next((t for t in _TARGET_LABELS.get(tgt_lang, ()) if t in labels), None)


def _marian_description(model_id: str, revision: str | None, beam: int, max_length: int,
                        target_token: str | None) -> dict[str, Any]:
    described = {"model": model_id, "revision": revision, "engine": MarianTranslator.engine,
                 "beam": beam, "max_length": max_length, "device": "cpu"}
    if target_token:
        described["target_token"] = target_token
    return described


def target_token_for(labels: Sequence[str], target_token: str | None, tgt_lang: str, model_id: str) -> str | None:
    """The label to put in front of every source: the one asked for (which the model must know,
    when it lists labels), else the one for ``tgt_lang``; ``ValueError`` for an unknown label."""
    if target_token is not None and labels and target_token not in labels:
        raise ValueError(f"{model_id} has no target label {target_token}; it knows {', '.join(labels[:12])}")
    return target_token or default_target_token(labels, tgt_lang)


def vocabulary_labels(model_dir: Path) -> list[str]:
    """Target-language labels (``>>ara<<``) in a model's ``vocab.json``, as MarianTokenizer lists
    them in ``supported_language_codes``."""
    try:
        vocab = json.loads((Path(model_dir) / "vocab.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [piece for piece in vocab if piece.startswith(">>") and piece.endswith("<<")]


class MarianTranslator:
    """MarianMT back-translation on CPU with transformers: deterministic, batched by length.

    Build it with :meth:`load` (COMET's habit: finding a model, loading it and computing are
    separate steps). ``target_token`` (e.g. ``">>ara<<"``) is put in front of every source for
    models that serve several target languages; the alignment and the scores leave it out.
    """

    engine = "transformers"

    def __init__(self, model, tokenizer, *, model_id: str, revision: str | None, src_lang: str,
                 tgt_lang: str, beam: int = 4, batch_size: int = 16, max_length: int = 256,
                 max_tokens: int = 4096, target_token: str | None = None) -> None:
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
        labels = list(getattr(tokenizer, "supported_language_codes", None) or [])
        self.target_token = target_token_for(labels, target_token, tgt_lang, model_id)
        # Source ids are read with the source vocabulary: with separate vocabularies (some
        # Tatoeba models) the tokenizer's id→piece table is the target one.
        encoder = getattr(tokenizer, "encoder", None)
        self._source_pieces = {i: p for p, i in encoder.items()} if isinstance(encoder, dict) else None

    @classmethod
    def load(cls, path: str | Path, *, src_lang: str = "", tgt_lang: str = "", model_id: str | None = None,
             revision: str | None = None, beam: int = 4, batch_size: int = 16, max_length: int = 256,
             threads: int | None = None, target_token: str | None = None) -> "MarianTranslator":
        """Load a MarianMT model directory offline and make a translator of it.

        Weights are read from safetensors when the directory has them; ``pytorch_model.bin`` is
        read only with PyTorch's weights-only unpickler. Remote code is never run.
        """
        import torch
        from transformers import MarianMTModel, MarianTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # a check's stderr has one-line notes, not progress bars
        path = Path(path)
        torch.set_num_threads(threads or available_cores())
        has_safetensors = any(path.glob("*.safetensors"))
        # Eager attention: the fused kernels do not return the cross-attention the alignment needs.
        model = MarianMTModel.from_pretrained(path, local_files_only=True, use_safetensors=has_safetensors,
                                              weights_only=True, attn_implementation="eager")
        model.eval()
        tokenizer = MarianTokenizer.from_pretrained(path, local_files_only=True)
        return cls(model, tokenizer, model_id=model_id or path.name, revision=revision, src_lang=src_lang,
                   tgt_lang=tgt_lang, beam=beam, batch_size=batch_size, max_length=max_length,
                   target_token=target_token)

    def describe(self) -> dict[str, Any]:
        """Model, revision, engine and decoding settings, for the report and the cache key."""
        return _marian_description(self.model_id, self.revision, self.beam, self.max_length, self.target_token)

    @classmethod
    def lazy(cls, path: str | Path, *, src_lang: str = "", tgt_lang: str = "", model_id: str | None = None,
             revision: str | None = None, beam: int = 4, batch_size: int = 16, max_length: int = 256,
             threads: int | None = None, target_token: str | None = None) -> LazyTranslator:
        """What :meth:`load` gives, loaded only when first asked to translate or score; its
        description comes from ``config.json`` and ``vocab.json`` alone."""
        path = Path(path)
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        positions = config.get("max_position_embeddings")
        limit = min(max_length, int(positions)) if positions else max_length
        model_id = model_id or path.name
        token = target_token_for(vocabulary_labels(path), target_token, tgt_lang, model_id)
        return LazyTranslator(
            lambda: cls.load(path, src_lang=src_lang, tgt_lang=tgt_lang, model_id=model_id, revision=revision,
                             beam=beam, batch_size=batch_size, max_length=max_length, threads=threads,
                             target_token=target_token),
            model_id=model_id, revision=revision, engine=cls.engine, src_lang=src_lang, tgt_lang=tgt_lang,
            description=_marian_description(model_id, revision, beam, limit, token))

    # -- batching ------------------------------------------------------------------------------

    def _batches(self, lengths: Sequence[int]) -> list[list[int]]:
        from checker.batching import batches_by_tokens

        return batches_by_tokens(lengths, self.max_tokens, self.batch_size)

    def _encode(self, texts: Sequence[str]):
        if self.target_token:
            texts = [f"{self.target_token} {t}" for t in texts]
        return self.tokenizer(list(texts), return_tensors="pt", padding=True, truncation=True,
                              max_length=self.max_length)

    def _source_piece(self, token_id: int) -> str:
        if self._source_pieces is not None and token_id in self._source_pieces:
            return self._source_pieces[token_id]
        return self.tokenizer.convert_ids_to_tokens(token_id)

    # -- translating ---------------------------------------------------------------------------

    def translate(self, sources: Sequence[str]) -> list[BackTranslation]:
        """Back-translate ``sources``; the output keeps their order. Empty sources give empty text
        without running the model."""
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
                enc = self._encode([sources[i] for i in idx])
                # early_stopping means something only to beam search (greedy warns about it).
                search = {"num_beams": self.beam, "early_stopping": True} if self.beam > 1 else {"num_beams": 1}
                generated = self.model.generate(**enc, do_sample=False, max_length=self.max_length, **search)
                decoded = self.tokenizer.batch_decode(generated, skip_special_tokens=True)
                attention = self._cross_attention(enc, generated)
                for k, i in enumerate(idx):
                    out[i] = self._with_alignment(sources[i], decoded[k], enc["input_ids"][k], generated[k],
                                                  attention[k])
        return out  # type: ignore[return-value]

    def _cross_attention(self, enc, generated):
        """Cross-attention of the generated tokens over the source, from one forced pass
        (simpler and sturdier than collecting it through beam search), averaged over the last
        decoder layer's heads: ``[batch, generated - 1, source]``, row j for generated[j + 1]."""
        result = self.model(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"],
                            decoder_input_ids=generated[:, :-1], output_attentions=True)
        return result.cross_attentions[-1].mean(dim=1)

    def _with_alignment(self, source: str, text: str, input_ids, generated_row, attention) -> BackTranslation:
        tok = self.tokenizer
        special = set(tok.all_special_ids)
        src_ids = [int(t) for t in input_ids]
        out_ids = [int(t) for t in generated_row[1:]]  # generated[0] is the decoder start (<pad>)
        keep_src = [j for j, t in enumerate(src_ids) if t not in special]
        keep_out = [j for j, t in enumerate(out_ids) if t not in special]
        src_pieces = [self._source_piece(src_ids[j]) for j in keep_src]
        out_pieces = tok.convert_ids_to_tokens([out_ids[j] for j in keep_out])
        matrix = [[float(attention[o][s]) for s in keep_src] for o in keep_out]
        return BackTranslation(text, source, align_words(matrix, src_pieces, source, out_pieces, text))

    # -- forced decoding ----------------------------------------------------------------------

    def score(self, sources: Sequence[str], targets: Sequence[str]) -> list[TokenScores]:
        """Log-probability of each token of ``targets[i]`` given ``sources[i]`` (forced decoding).

        A pair with an empty side gets no tokens (``mean`` is ``None``) without running the model.
        """
        import torch

        if len(sources) != len(targets):
            raise ValueError("score needs one target per source")
        out: list[TokenScores | None] = [None] * len(sources)
        todo = [i for i in range(len(sources)) if sources[i].strip() and targets[i].strip()]
        for i in range(len(sources)):
            if not (sources[i].strip() and targets[i].strip()):
                out[i] = TokenScores(targets[i], (), ())
        tok = self.tokenizer
        lengths = [len(tok.tokenize(sources[i])) + len(tok.tokenize(targets[i])) for i in todo]
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
                    pieces = tok.convert_ids_to_tokens([ids[j] for j in keep])
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
