"""Renderers: one module per output format, each ``render(report, ...) -> str``.

Modules are imported when their format is asked for, so ``checker --help`` stays fast.
"""

from __future__ import annotations

import importlib

from checker.report import Report

#: Output formats, the first being the default.
FORMATS: tuple[str, ...] = ("text", "json", "html", "sarif", "github", "markdown")


def render(report: Report, fmt: str, *, color: bool = False, quiet: bool = False) -> str:
    """``report`` in format ``fmt`` (one of :data:`FORMATS`).

    ``color`` (ANSI colours) and ``quiet`` (the summary line only) apply to the text format;
    the other formats are files for machines or browsers and ignore them.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    module = importlib.import_module(f"checker.render.{fmt}")
    if fmt == "text":
        return module.render(report, color=color, quiet=quiet)
    return module.render(report)
