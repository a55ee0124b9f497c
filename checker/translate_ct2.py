"""Back-translation with CTranslate2: the same :class:`~checker.translate.Translator` protocol as
the transformers engine, several times faster on a CPU.

A MarianMT directory is converted once (:func:`convert_model`, ``checker models convert``) into
``models/<name>-ct2-int8/``: CTranslate2's ``model.bin`` with int8 weights, the Marian tokenizer
files (so the folder stands on its own) and ``checker-ct2.json`` saying what it was made from.

The tokenizer is the model's own :class:`~transformers.MarianTokenizer` (SentencePiece), so both
engines see exactly the same pieces; translating takes only the tokenizer from transformers and
never imports torch (converting does, once). The model loads on first use, so a run answered
entirely from the cache never loads it. Word alignment and token spans come from the helpers in
:mod:`checker.translate`, so both engines report them the same way.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import logging
import math
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Sequence

from checker.batching import batches_by_tokens
from checker.translate import (
    BackTranslation,
    TokenScores,
    align_words,
    available_cores,
    target_token_for,
    vocabulary_labels,
    piece_spans,
)

log = logging.getLogger(__name__)

METADATA_FILE = "checker-ct2.json"
METADATA_FORMAT = "checker.ct2/1"
# What MarianTokenizer reads; copied next to model.bin so the converted folder stands alone.
TOKENIZER_FILES = ("source.spm", "target.spm", "vocab.json", "target_vocab.json",
                   "tokenizer_config.json", "special_tokens_map.json")
# Marian's position table when a conversion does not say (opus-mt models have 512 positions).
MAX_INPUT_TOKENS = 512
# Scoring holds a batch's full output distribution (tokens × vocabulary floats) at once: with
# opus-mt's 59,514 words that is 238 KB a token, so score batches are capped by this budget.
SCORE_BATCH_BYTES = 96 * 1024 * 1024
# Beyond this many parallel workers, more cores go to threads within each worker instead (more
# workers would each hold their own buffers for little gain on a document's few batches).
MAX_WORKERS = 4


class ConversionError(RuntimeError):
    """A MarianMT directory could not be turned into a CTranslate2 model."""


# ---------------------------------------------------------------------------------------------
# Conversion


def converted_dir_name(name: str, quantization: str = "int8") -> str:
    """The folder a converted model gets beside its original: ``<name>-ct2-<quantization>``."""
    return f"{name}-ct2-{quantization or 'float32'}"


def is_converted(path: str | Path) -> bool:
    """Whether ``path`` holds a CTranslate2 model this module can load."""
    path = Path(path)
    return (path / "model.bin").is_file() and (path / "source.spm").is_file() and (path / "vocab.json").is_file()


def read_metadata(path: str | Path) -> dict[str, Any]:
    """``checker-ct2.json`` of a converted model (empty when absent or unreadable)."""
    try:
        data = json.loads((Path(path) / METADATA_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _check_marian_dir(marian_dir: Path) -> dict[str, Any]:
    missing = [f for f in ("config.json", "vocab.json", "source.spm", "target.spm")
               if not (marian_dir / f).is_file()]
    if missing:
        raise ConversionError(f"{marian_dir} is not a MarianMT model directory (missing {', '.join(missing)})")
    try:
        config = json.loads((marian_dir / "config.json").read_text(encoding="utf-8"))
        vocab = json.loads((marian_dir / "vocab.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConversionError(f"{marian_dir}: cannot read config.json / vocab.json ({exc})") from None
    if config.get("model_type") != "marian":
        raise ConversionError(f"{marian_dir} holds a {config.get('model_type')!r} model, not MarianMT")
    # CTranslate2's Marian converter drops <pad> from the end of the vocabulary (it starts the
    # decoder from a zero vector instead); elsewhere it would drop a real word.
    if vocab.get("<pad>") != max(vocab.values(), default=-1):
        raise ConversionError(f"{marian_dir}: <pad> must be the last entry of vocab.json for "
                              f"CTranslate2's Marian converter")
    return config


def convert(marian_dir: str | Path, out_dir: str | Path, quantization: str | None = "int8", *,
            force: bool = False, metadata: dict[str, Any] | None = None) -> Path:
    """Convert the MarianMT model in ``marian_dir`` into a CTranslate2 model in ``out_dir``.

    ``quantization`` is CTranslate2's weight type (``int8``, ``int8_float32``, ``float16``, …;
    ``None`` keeps float32). The tokenizer files are copied along and ``checker-ct2.json`` is
    written with ``metadata`` plus the quantization and the ctranslate2 version. The folder
    appears whole or not at all (built beside it, then renamed). An existing ``out_dir`` is
    replaced only with ``force``.
    """
    import ctranslate2

    marian_dir, out_dir = Path(marian_dir), Path(out_dir)
    config = _check_marian_dir(marian_dir)
    if out_dir.exists() and not force:
        raise ConversionError(f"{out_dir} already exists (convert again with force)")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        target = work / "model"
        converter = _converter_class()(str(marian_dir))
        try:
            converter.convert(str(target), quantization=quantization, force=True)
        except Exception as exc:  # the converter raises many kinds; say which model failed
            raise ConversionError(f"CTranslate2 could not convert {marian_dir}: {exc}") from exc
        for name in TOKENIZER_FILES:
            if (marian_dir / name).is_file():
                shutil.copy2(marian_dir / name, target / name)
        info = dict(metadata or {})
        info.update({"format": METADATA_FORMAT, "quantization": quantization or "float32",
                     "max_positions": int(config.get("max_position_embeddings") or MAX_INPUT_TOKENS),
                     "forced_eos": _forces_eos(marian_dir, config),
                     "keeps_pad": converter.keeps_pad,
                     "ctranslate2_version": ctranslate2.__version__,
                     "converted_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")})
        (target / METADATA_FILE).write_text(json.dumps(info, indent=2, ensure_ascii=False) + "\n",
                                            encoding="utf-8")
        if out_dir.exists():
            shutil.rmtree(out_dir)
        os.replace(target, out_dir)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out_dir


def convert_model(marian_dir: str | Path, *, models_dir: str | Path | None = None, name: str | None = None,
                  model_id: str | None = None, revision: str | None = None,
                  src_lang: str | None = None, tgt_lang: str | None = None,
                  quantization: str = "int8", force: bool = False) -> Path:
    """Convert a MarianMT directory into ``<models_dir>/<name>-ct2-<quantization>/`` and return it.

    ``models_dir`` defaults to the folder holding ``marian_dir`` (the converted model sits beside
    the original) and ``name`` to its folder name. ``model_id``/``revision`` say which Hugging
    Face model it is (recorded in ``checker-ct2.json``); they default to the model folder's
    ``checker.json``, then (the id) to the folder name.
    """
    marian_dir = Path(marian_dir)
    try:  # what the registry (or the fixture builder) recorded about this model
        known = json.loads((marian_dir / "checker.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    model_id = model_id or known.get("model_id")
    revision = revision or known.get("revision")
    base = Path(models_dir) if models_dir is not None else marian_dir.parent
    out = base / converted_dir_name(name or marian_dir.name, quantization)
    langs = _tokenizer_langs(marian_dir)
    metadata = {
        "source_model": model_id or marian_dir.name,
        "revision": revision,
        "source_dir": str(marian_dir.resolve()),
        "src_lang": src_lang or langs[0],
        "tgt_lang": tgt_lang or langs[1],
    }
    return convert(marian_dir, out, quantization, force=force, metadata=metadata)


def _forces_eos(marian_dir: Path, config: dict[str, Any]) -> bool:
    """Whether transformers ends a translation that reaches the length limit with ``</s>``
    (``forced_eos_token_id``, set in every opus-mt model): it then keeps one token fewer."""
    try:
        generation = json.loads((marian_dir / "generation_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        generation = {}
    value = generation.get("forced_eos_token_id", config.get("forced_eos_token_id"))
    return value is not None


def _tokenizer_langs(model_dir: Path) -> tuple[str | None, str | None]:
    try:
        cfg = json.loads((model_dir / "tokenizer_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, None
    return cfg.get("source_lang"), cfg.get("target_lang")


def _converter_class():
    """CTranslate2's transformers converter, adjusted in two ways for the checker (built on first
    use, so importing this module stays light)."""
    import ctranslate2
    import numpy as np
    from ctranslate2.converters import transformers as ct2_transformers

    base_loader = ct2_transformers.MarianMTLoader

    class MarianLoader(base_loader):
        """CTranslate2 starts Marian's decoder from a zero vector and drops ``<pad>``, which is
        right for models trained by Marian itself (their ``<pad>`` row is zero). A model trained
        or fine-tuned with transformers has learned a ``<pad>`` row (tied to the output layer),
        so there the decoder starts from ``<pad>``'s embedding, as in transformers, and ``<pad>``
        stays in the vocabulary (the translator never lets it be generated)."""

        keeps_pad = False

        def get_model_spec(self, model):
            pad = model.config.pad_token_id
            weights = model.get_input_embeddings().weight
            self.keeps_pad = pad is not None and bool(weights[pad].abs().max() > 0)
            if not self.keeps_pad:
                return super().get_model_spec(model)
            model.config.normalize_before = False
            model.config.normalize_embedding = False
            return ct2_transformers.BartLoader.get_model_spec(self, model)

        def set_decoder(self, spec, decoder):
            if self.keeps_pad:
                ct2_transformers.BartLoader.set_decoder(self, spec, decoder)
            else:
                super().set_decoder(spec, decoder)

        def set_config(self, config, model, tokenizer):
            super().set_config(config, model, tokenizer)
            if self.keeps_pad:
                config.decoder_start_token = tokenizer.pad_token

        def get_vocabulary(self, model, tokenizer):
            if self.keeps_pad:
                return ct2_transformers.BartLoader.get_vocabulary(self, model, tokenizer)
            return super().get_vocabulary(model, tokenizer)

    class Converter(ctranslate2.converters.TransformersConverter):
        """Also returns, as alignment, the cross-attention of the last decoder layer averaged
        over all its heads (CTranslate2's default is the first head only), as the transformers
        engine computes it."""

        keeps_pad = False

        def _load(self):
            loader = MarianLoader()
            registered = ct2_transformers._MODEL_LOADERS.get("MarianConfig")
            ct2_transformers._MODEL_LOADERS["MarianConfig"] = loader
            try:
                spec = super()._load()
            finally:
                ct2_transformers._MODEL_LOADERS["MarianConfig"] = registered
            self.keeps_pad = loader.keeps_pad
            decoder = getattr(spec, "decoder", None)
            if decoder is not None and hasattr(decoder, "alignment_heads"):
                decoder.alignment_heads = np.dtype("int16").type(0)  # 0: all heads
            return spec

    return Converter



# ---------------------------------------------------------------------------------------------
# The translator


class CTranslate2Translator:
    """Back-translates and scores with a CTranslate2 model (see :func:`convert_model`).

    ``beam`` 1 is greedy search. ``max_length`` bounds a translation as in transformers'
    ``generate(max_length=...)`` (the decoder's start token and a forced ``</s>`` count), so both
    engines stop a runaway translation at the same token; ``min_length`` is the least number of
    tokens generated (for benchmarks that need a fixed output length). ``threads``
    defaults to the cores available. They run as parallel workers, one batch each, with one
    thread per worker: on a CPU, batches side by side beat splitting each (small) matrix product
    across cores. Above :data:`MAX_WORKERS` workers, each worker gets more threads instead
    (``intra_threads`` overrides). Batches come from :func:`~checker.batching.batches_by_tokens`:
    at most ``max_batch_tokens`` padded source tokens and ``batch_size`` sentences, smaller when
    that keeps every worker busy.
    """

    engine = "ctranslate2"

    def __init__(self, model_dir: str | Path, *, model_id: str | None = None, revision: str | None = None,
                 src_lang: str | None = None, tgt_lang: str | None = None, beam: int = 4,
                 max_length: int = 256, min_length: int = 0, threads: int | None = None,
                 intra_threads: int | None = None, compute_type: str = "int8",
                 batch_size: int = 16, max_batch_tokens: int = 2048,
                 target_token: str | None = None) -> None:
        self.model_dir = Path(model_dir)
        if not is_converted(self.model_dir):
            raise FileNotFoundError(f"{self.model_dir} is not a converted CTranslate2 model "
                                    f"(convert it with `checker models convert`)")
        meta = read_metadata(self.model_dir)
        langs = _tokenizer_langs(self.model_dir)
        self.model_id = model_id or meta.get("source_model") or self.model_dir.name
        self.revision = revision if revision is not None else meta.get("revision")
        self.src_lang = src_lang or meta.get("src_lang") or langs[0] or ""
        self.tgt_lang = tgt_lang or meta.get("tgt_lang") or langs[1] or ""
        self.quantization = meta.get("quantization")
        # Models serving several target languages want a label such as >>ara<< in front of
        # every source, as with the transformers engine (checker.translate.MarianTranslator).
        self.target_token = target_token_for(vocabulary_labels(self.model_dir), target_token, self.tgt_lang,
                                             self.model_id)
        # Marian's position table bounds both the input and the output.
        self.max_positions = int(meta.get("max_positions") or MAX_INPUT_TOKENS)
        if beam < 1:
            raise ValueError(f"beam must be at least 1, not {beam}")
        if max_length < 2 or min_length < 0:
            raise ValueError(f"need max_length >= 2 and min_length >= 0 (got {max_length}, {min_length})")
        self.beam = beam
        self.max_length = min(max_length, self.max_positions)
        self.min_length = min_length
        # ``max_length`` as transformers' generate() reads it, so that both engines cut a runaway
        # translation at the same token: the decoder's start token counts, and where the model
        # forces it (every opus-mt model does) the last place goes to </s>.
        self._max_decoding = max(1, self.max_length - 1 - (1 if meta.get("forced_eos") else 0))
        self._min_decoding = min(self.min_length, self._max_decoding)
        # A model that kept <pad> (see _converter_class) must never generate it.
        self._suppress = [["<pad>"]] if meta.get("keeps_pad") else None
        self.threads = threads or available_cores()
        self.intra_threads = intra_threads or max(1, self.threads // MAX_WORKERS)
        self.inter_threads = max(1, self.threads // self.intra_threads)
        self.compute_type = compute_type
        self.batch_size = batch_size
        self.max_batch_tokens = max_batch_tokens
        self._model = None
        self._tokenizer = None
        self.tokens_generated = 0  # by translate(), all calls together (for benchmarks and logs)

    # -- loading ---------------------------------------------------------------------------------

    def _load(self):
        if self._model is None:
            import ctranslate2

            self._tokenizer = load_tokenizer(self.model_dir)
            self._model = ctranslate2.Translator(
                str(self.model_dir), device="cpu", compute_type=self.compute_type,
                inter_threads=self.inter_threads, intra_threads=self.intra_threads)
            log.debug("loaded %s (%s, %d×%d threads)", self.model_dir, self.compute_type,
                      self.inter_threads, self.intra_threads)
        return self._model, self._tokenizer

    @property
    def loaded(self) -> bool:
        return self._model is not None

    @property
    def fingerprint(self) -> str | None:
        """For a model without a revision: changes when its weights file does (cache key)."""
        if self.revision:
            return None
        st = (self.model_dir / "model.bin").stat()
        return hashlib.sha256(f"{self.model_dir.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()[:16]

    def describe(self) -> dict:
        described = {"model": self.model_id, "revision": self.revision, "engine": self.engine,
                     "compute_type": self.compute_type, "quantization": self.quantization,
                     "beam": self.beam, "max_length": self.max_length, "min_length": self.min_length,
                     "threads": self.threads, "device": "cpu"}
        if self.target_token:
            described["target_token"] = self.target_token
        return described

    # -- tokens ------------------------------------------------------------------------------------

    # Inputs are cut at max_length tokens (</s> included), as the transformers engine cuts them.

    def _source_pieces(self, tokenizer, texts: Sequence[str]) -> list[list[str]]:
        if self.target_token:
            texts = [f"{self.target_token} {t}" for t in texts]
        ids = tokenizer(list(texts), truncation=True, max_length=self.max_length)["input_ids"]
        return [tokenizer.convert_ids_to_tokens(seq) for seq in ids]

    def _target_pieces(self, tokenizer, texts: Sequence[str]) -> list[list[str]]:
        ids = tokenizer(text_target=list(texts), truncation=True, max_length=self.max_length)["input_ids"]
        # CTranslate2 adds the end token itself when scoring.
        return [tokenizer.convert_ids_to_tokens([i for i in seq if i != tokenizer.eos_token_id])
                for seq in ids]

    def _sentences_per_batch(self, n: int) -> int:
        """At most ``batch_size``, and even across the workers: 50 sentences on 2 workers with
        batches of 16 run as 4 batches of 13 (2 rounds), not 16+16 then 16+2."""
        rounds = math.ceil(n / (self.inter_threads * self.batch_size)) if n else 1
        return max(1, math.ceil(n / (self.inter_threads * rounds)))

    def _batches(self, lengths: Sequence[int], max_tokens: int | None = None) -> list[list[int]]:
        return batches_by_tokens(lengths, max_tokens or self.max_batch_tokens,
                                 self._sentences_per_batch(len(lengths)))

    # -- the protocol ------------------------------------------------------------------------------

    def translate(self, sources: Sequence[str]) -> list[BackTranslation]:
        """Back-translations of ``sources``, in order, each with its word alignment. Empty
        sources give empty text (as with the transformers engine)."""
        results: list[BackTranslation | None] = [
            None if s.strip() else BackTranslation("", s, ()) for s in sources]
        todo = [i for i, r in enumerate(results) if r is None]
        if not todo:
            return results  # type: ignore[return-value]
        model, tokenizer = self._load()
        special = set(tokenizer.all_special_tokens)
        src_pieces = self._source_pieces(tokenizer, [sources[i] for i in todo])
        # Submit every batch before collecting any, so the workers run batches side by side.
        pending = []
        for batch in self._batches([len(p) for p in src_pieces]):
            pending.append((batch, model.translate_batch(
                [src_pieces[b] for b in batch], beam_size=self.beam, num_hypotheses=1,
                max_decoding_length=self._max_decoding, min_decoding_length=self._min_decoding,
                max_input_length=self.max_positions, suppress_sequences=self._suppress,
                return_attention=True, asynchronous=True)))
        for batch, handles in pending:
            for b, handle in zip(batch, handles):
                res = handle.result()
                i = todo[b]
                out_pieces = list(res.hypotheses[0])
                self.tokens_generated += len(out_pieces)
                text = tokenizer.decode(tokenizer.convert_tokens_to_ids(out_pieces), skip_special_tokens=True)
                # The transformers engine's word alignment: special tokens left out, the rest
                # through checker.translate.align_words.
                keep_src = [j for j, p in enumerate(src_pieces[b]) if p not in special]
                keep_out = [j for j, p in enumerate(out_pieces) if p not in special]
                attention = res.attention[0] if res.attention else []
                matrix = [[float(attention[o][j]) for j in keep_src] for o in keep_out]
                alignment = align_words(matrix, [src_pieces[b][j] for j in keep_src], sources[i],
                                        [out_pieces[j] for j in keep_out], text)
                results[i] = BackTranslation(text, sources[i], alignment)
        return results  # type: ignore[return-value]

    def score(self, sources: Sequence[str], targets: Sequence[str]) -> list[TokenScores]:
        """Forced decoding: the log-probability of each token of ``targets[i]`` given ``sources[i]``
        (``</s>`` left out). An empty source or target gets no scores."""
        if len(sources) != len(targets):
            raise ValueError(f"{len(sources)} sources but {len(targets)} targets")
        results: list[TokenScores | None] = [
            None if s.strip() and t.strip() else TokenScores(t, (), ()) for s, t in zip(sources, targets)]
        todo = [i for i, r in enumerate(results) if r is None]
        if not todo:
            return results  # type: ignore[return-value]
        model, tokenizer = self._load()
        src_pieces = self._source_pieces(tokenizer, [sources[i] for i in todo])
        tgt_pieces = self._target_pieces(tokenizer, [targets[i] for i in todo])
        lengths = [max(len(s), len(t) + 1) for s, t in zip(src_pieces, tgt_pieces)]
        budget = max(1, min(self.max_batch_tokens, SCORE_BATCH_BYTES // (4 * max(1, len(tokenizer)))))
        pending = []
        for batch in self._batches(lengths, budget):
            pending.append((batch, model.score_batch(
                [src_pieces[b] for b in batch], [tgt_pieces[b] for b in batch],
                max_input_length=self.max_positions, asynchronous=True)))
        for batch, handles in pending:
            for b, handle in zip(batch, handles):
                res = handle.result()
                i = todo[b]
                logprobs = tuple(float(x) for x in res.log_probs[:len(tgt_pieces[b])])  # </s> left out
                results[i] = TokenScores(targets[i], tuple(piece_spans(tgt_pieces[b], targets[i])), logprobs)
        return results  # type: ignore[return-value]


def load_tokenizer(model_dir: str | Path):
    """The Marian tokenizer of ``model_dir``, built from its files (never from the hub)."""
    import warnings

    from transformers import MarianTokenizer

    model_dir = Path(model_dir)
    try:
        cfg = json.loads((model_dir / "tokenizer_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cfg = {}
    kwargs = {k: cfg[k] for k in ("source_lang", "target_lang", "separate_vocabs", "unk_token",
                                  "eos_token", "pad_token", "model_max_length") if k in cfg}
    target_vocab = model_dir / "target_vocab.json"
    if target_vocab.is_file():
        kwargs["target_vocab_file"] = str(target_vocab)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Recommended: pip install sacremoses")
        return MarianTokenizer(source_spm=str(model_dir / "source.spm"), target_spm=str(model_dir / "target.spm"),
                               vocab=str(model_dir / "vocab.json"), **kwargs)
