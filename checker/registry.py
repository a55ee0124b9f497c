"""Language pair → back-translation model: which one, where it is, how to get it.

The registry data lives in ``models/registry.toml`` (model id and pinned revision per pair).
A model is found, in this order, at ``--model`` (a directory, or a Hugging Face id), in
``models/<org>--<name>/``, then in the Hugging Face cache, all without the network;
``checker models pull`` downloads it where a network exists. Pairs with no direct model pivot
through English. Models trained for several target languages get their target label
(``>>ara<<``) from the registry. Weights load as safetensors where present; never with remote code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PIVOT = "en"
#: Files a MarianMT directory needs; weights are matched separately.
MODEL_FILES = ["config.json", "generation_config.json", "vocab.json", "source.spm", "target.spm",
               "tokenizer_config.json", "special_tokens_map.json", "target_vocab.json"]
WEIGHT_FILES = ["model.safetensors", "pytorch_model.bin"]
_PACKAGED_REGISTRY = Path(__file__).resolve().parents[1] / "models" / "registry.toml"


class ModelNotFound(LookupError):
    """No usable model for a language pair on this machine; the message says how to get one."""


@dataclass(frozen=True)
class Step:
    """One model of a back-translation route: ``src`` → ``tgt``."""

    src: str
    tgt: str
    model_id: str
    revision: str | None
    path: Path | None = None
    found_in: str = "missing"  # --model | models dir | hf cache | missing
    #: Label put before each source for models with several target languages (``>>ara<<``).
    target_token: str | None = None


@dataclass(frozen=True)
class ModelRow:
    """One line of ``checker models list``."""

    pair: str
    model_id: str
    revision: str
    location: str


def local_name(model_id: str) -> str:
    """Folder name for a hub id under ``models/``."""
    return model_id.replace("/", "--")


def load_registry(models_dir: Path | None = None) -> dict[str, dict[str, str]]:
    """``{"fr-en": {"id": …, "revision": …}, …}`` from ``<models_dir>/registry.toml`` when there
    is one, else the project's ``models/registry.toml``."""
    import tomllib

    for candidate in ([Path(models_dir) / "registry.toml"] if models_dir else []) + [_PACKAGED_REGISTRY]:
        if candidate.is_file():
            with candidate.open("rb") as handle:
                return tomllib.load(handle).get("models", {})
    return {}


def route(src: str, tgt: str, registry: dict[str, dict[str, str]]) -> list[tuple[str, str, dict[str, str]]]:
    """The registry entries that take ``src`` to ``tgt``: one direct model or two via English."""
    if f"{src}-{tgt}" in registry:
        return [(src, tgt, registry[f"{src}-{tgt}"])]
    if src != PIVOT and tgt != PIVOT and f"{src}-{PIVOT}" in registry and f"{PIVOT}-{tgt}" in registry:
        return [(src, PIVOT, registry[f"{src}-{PIVOT}"]), (PIVOT, tgt, registry[f"{PIVOT}-{tgt}"])]
    return []


def is_model_dir(path: Path) -> bool:
    """Whether ``path`` holds a MarianMT model (a config and weights)."""
    return path.is_dir() and (path / "config.json").is_file() and any((path / w).is_file() for w in WEIGHT_FILES)


def _from_hf_cache(model_id: str, revision: str | None) -> Path | None:
    """The cached snapshot of ``model_id``, offline; ``None`` when it is not cached."""
    try:
        from huggingface_hub import snapshot_download

        path = Path(snapshot_download(model_id, revision=None if revision in (None, "main") else revision,
                                      local_files_only=True))
    except Exception:  # not cached, no hub library, or a broken cache entry: all mean "not here"
        return None
    return path if is_model_dir(path) else None


def _metadata(path: Path) -> dict[str, Any]:
    try:
        return json.loads((path / "checker.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def find(src: str, tgt: str, entry: dict[str, str], models_dir: Path) -> Step:
    """Where the registry's model for ``src``→``tgt`` is on this machine (``found_in`` missing if nowhere)."""
    model_id, revision, token = entry["id"], entry.get("revision"), entry.get("target_token")
    local = Path(models_dir) / local_name(model_id)
    if is_model_dir(local):
        meta = _metadata(local)
        return Step(src, tgt, model_id, meta.get("revision", revision), local, "models dir",
                    meta.get("target_token", token))
    cached = _from_hf_cache(model_id, revision)
    if cached is not None:
        return Step(src, tgt, model_id, revision, cached, "hf cache", token)
    return Step(src, tgt, model_id, revision, target_token=token)


def resolve(src: str, tgt: str, *, model: str | None = None, models_dir: Path = Path("models")) -> list[Step]:
    """The model(s) to back-translate ``src`` into ``tgt``, found offline, or :class:`ModelNotFound`."""
    if model:
        given = Path(model)
        if given.exists():
            if not is_model_dir(given):
                raise ModelNotFound(f"{model} is not a MarianMT model directory (needs config.json and weights)")
            meta = _metadata(given)
            return [Step(src, tgt, meta.get("model_id", given.name), meta.get("revision"), given, "--model",
                         meta.get("target_token"))]
        # A hub id: the registry's entry for it, when it has one, knows its revision and label.
        known = next((e for e in load_registry(models_dir).values() if e.get("id") == model), {"id": model})
        step = find(src, tgt, known, models_dir)
        if step.path is None:
            local = Path(models_dir) / local_name(model)
            raise ModelNotFound(f"model {model} is not in {local} nor in the Hugging Face cache; download it "
                                f"where the hub is reachable (hf download {model} --local-dir {local}) "
                                f"or pass its directory with --model")
        return [step]
    entries = route(src, tgt, load_registry(models_dir))
    if not entries:
        raise ModelNotFound(f"no MarianMT model is registered for {src}→{tgt} (nor via English); "
                            f"add one to models/registry.toml or pass a directory with --model")
    steps = [find(s, t, e, models_dir) for s, t, e in entries]
    missing = [s for s in steps if s.path is None]
    if missing:
        names = ", ".join(s.model_id for s in missing)
        raise ModelNotFound(f"{names} not found offline (looked in {models_dir}/ and the Hugging Face cache); "
                            f"run `checker models pull {src} {tgt}` where the hub is reachable, or copy the "
                            f"model directory to {Path(models_dir) / local_name(missing[0].model_id)}")
    return steps


def pull(src: str, tgt: str, models_dir: Path = Path("models")) -> list[Path]:
    """Download the registry's model(s) for ``src``→``tgt`` into ``models_dir`` (needs the network).

    Each model is fetched at its pinned revision into ``models_dir/<org>--<name>/`` with only the
    files MarianMT needs: safetensors weights when the revision has them, else
    ``pytorch_model.bin`` (never both, never TensorFlow or Flax weights). A ``checker.json``
    beside them records id, revision, pair and target label.
    """
    from huggingface_hub import snapshot_download

    entries = route(src, tgt, load_registry(models_dir))
    if not entries:
        raise ModelNotFound(f"no MarianMT model is registered for {src}→{tgt} (nor via English)")
    paths = []
    for s, t, entry in entries:
        target = Path(models_dir) / local_name(entry["id"])
        revision = entry.get("revision") or "main"
        target.mkdir(parents=True, exist_ok=True)
        snapshot_download(entry["id"], revision=revision, local_dir=str(target),
                          allow_patterns=MODEL_FILES + [WEIGHT_FILES[0]])
        if not (target / WEIGHT_FILES[0]).is_file():
            # Most opus-mt revisions predate safetensors; their pickle is read weights-only.
            snapshot_download(entry["id"], revision=revision, local_dir=str(target),
                              allow_patterns=WEIGHT_FILES[1:])
        meta = {"model_id": entry["id"], "revision": revision, "pair": f"{s}-{t}"}
        if entry.get("target_token"):
            meta["target_token"] = entry["target_token"]
        (target / "checker.json").write_text(json.dumps(meta, indent=2) + "\n")
        paths.append(target)
    return paths


def list_models(models_dir: Path = Path("models")) -> list[ModelRow]:
    """Every registered pair with where its model was found (or ``missing``)."""
    rows = []
    for pair, entry in sorted(load_registry(models_dir).items()):
        src, tgt = pair.split("-", 1)
        step = find(src, tgt, entry, models_dir)
        rows.append(ModelRow(pair, entry["id"], step.revision or "-",
                             f"{step.found_in}: {step.path}" if step.path else "missing"))
    return rows


def _ct2_dir(step: Step, models_dir: Path) -> Path | None:
    """A CTranslate2 conversion of ``step``'s model, if one was made (``checker models convert``)."""
    try:
        from checker.translate_ct2 import converted_dir_name, is_converted
    except ImportError:
        return None
    for folder in (Path(models_dir), step.path.parent if step.path else None):
        if folder is None:
            continue
        for name in (local_name(step.model_id), step.path.name if step.path else None):
            if name:
                candidate = folder / converted_dir_name(name)
                if is_converted(candidate):
                    return candidate
    return None


def _engine_available(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def load_step(step: Step, *, models_dir: Path, engine: str = "auto", beam: int = 4, batch_size: int = 16,
              threads: int | None = None):
    """A translator for one step with the engine asked for (``auto``: CTranslate2 when a
    converted model exists and the library is installed, else transformers)."""
    ct2 = _ct2_dir(step, models_dir) if engine in ("auto", "ctranslate2") else None
    if engine == "ctranslate2" and (ct2 is None or not _engine_available("ctranslate2")):
        raise ModelNotFound(f"no CTranslate2 model for {step.model_id}; make one with "
                            f"`checker models convert {step.path}`")
    if ct2 is not None and _engine_available("ctranslate2"):
        from checker.translate_ct2 import CTranslate2Translator

        return CTranslate2Translator(ct2, model_id=step.model_id, revision=step.revision, src_lang=step.src,
                                     tgt_lang=step.tgt, beam=beam, threads=threads, batch_size=batch_size,
                                     target_token=step.target_token)
    if not (_engine_available("torch") and _engine_available("transformers")):
        raise ModelNotFound("the transformers engine needs torch and transformers (pip install '.[marian]')")
    from checker.translate import MarianTranslator

    # Loaded on first use: a re-check answered wholly from the cache never imports torch.
    return MarianTranslator.lazy(step.path, src_lang=step.src, tgt_lang=step.tgt, model_id=step.model_id,
                                 revision=step.revision, beam=beam, batch_size=batch_size, threads=threads,
                                 target_token=step.target_token)


def load_translator(src: str, tgt: str, *, model: str | None = None, models_dir: Path = Path("models"),
                    engine: str = "auto", beam: int = 4, batch_size: int = 16, threads: int | None = None,
                    cache_dir: Path | None = None, use_cache: bool = True, store=None):
    """A ready translator for ``src``→``tgt`` (pivoting through English when needed), wrapped in
    the back-translation cache unless ``use_cache`` is false (``store``: an open
    :class:`~checker.cache.TranslationCache` to use); :class:`ModelNotFound` otherwise."""
    from checker.translate import PivotTranslator

    steps = resolve(src, tgt, model=model, models_dir=models_dir)
    loaded = [load_step(s, models_dir=models_dir, engine=engine, beam=beam, batch_size=batch_size,
                        threads=threads) for s in steps]
    translator = loaded[0] if len(loaded) == 1 else PivotTranslator(*loaded)
    if use_cache:
        from checker.cache import CachedTranslator

        translator = CachedTranslator(translator, cache_dir, cache=store)
    return translator

