"""Newsroom glossary: required renderings of reference terms, and forbidden ones.

File format (TSV, or CSV with a ``.csv`` name), one term per line, ``#`` starts a comment::

    reference term <TAB> required translation(s), separated by | <TAB> forbidden renderings, separated by |

The third column is optional; a line may also leave the second empty to list only forbidden
renderings. Matching ignores case; Latin-script terms match whole words.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from checker.checks import file_span
from checker.report import Finding


@dataclass(frozen=True)
class Term:
    reference: str
    required: tuple[str, ...]
    forbidden: tuple[str, ...]


def load_glossary(path: str | Path) -> list[Term]:
    """Terms of a glossary file; ``ValueError`` with a one-line reason on a bad file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValueError(f"{path}: no such glossary file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read the glossary ({exc})") from None
    delimiter = "," if path.suffix.lower() == ".csv" else "\t"
    terms = []
    for number, row in enumerate(csv.reader(text.splitlines(), delimiter=delimiter), start=1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if len(row) < 2 or not row[0].strip():
            raise ValueError(f"{path}:{number}: expected 'reference term{delimiter!r}required renderings"
                             f"[{delimiter!r}forbidden renderings]'")
        required = tuple(x.strip() for x in row[1].split("|") if x.strip())
        forbidden = tuple(x.strip() for x in row[2].split("|") if x.strip()) if len(row) > 2 else ()
        if not required and not forbidden:
            raise ValueError(f"{path}:{number}: the term {row[0].strip()!r} has no required or forbidden rendering")
        terms.append(Term(row[0].strip(), required, forbidden))
    return terms


def _find(term: str, text: str) -> re.Match | None:
    latin = re.fullmatch(r"[\w\s'’.-]+", term) and term.isascii()
    pattern = rf"(?<!\w){re.escape(term)}(?!\w)" if latin or re.match(r"[A-Za-zÀ-ÿ]", term) else re.escape(term)
    return re.search(pattern, text, re.IGNORECASE)


def run(pair, langs, context) -> list[Finding]:
    if not context.glossary:
        return []
    findings = []
    for term in context.glossary:
        for bad in term.forbidden:
            m = _find(bad, pair.translation.text)
            if m:
                findings.append(Finding("glossary", "major",
                                        f"“{m.group()}” is a forbidden rendering"
                                        + (f" of “{term.reference}”" if term.reference else "")
                                        + (f"; use {' or '.join(term.required)}" if term.required else ""),
                                        file_span(pair.translation, m.start(), m.end()), None, 0.9))
        ref = _find(term.reference, pair.reference.text)
        if ref and term.required and not any(_find(x, pair.translation.text) for x in term.required):
            findings.append(Finding("glossary", "major",
                                    f"the reference says “{ref.group()}”; the glossary requires "
                                    f"{' or '.join('“' + x + '”' for x in term.required)} in the translation",
                                    None, file_span(pair.reference, ref.start(), ref.end()), 0.85))
    return findings
