"""Many translation/reference pairs in one run: finding the pairs, and merging their reports.

Pairs come from a naming convention (``article.fr.md`` ↔ ``article.id.md``) or a manifest
(TOML or CSV). They are yielded one at a time and each report is folded into the running total
straight away, so memory does not grow with the number of files: segments with nothing to
report are counted, not kept.
"""

from __future__ import annotations

import csv
import glob
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from checker.documents import InputError
from checker.report import Report, Segment

DEFAULT_PATTERN = "{name}.{lang}.{ext}"


@dataclass(frozen=True)
class FilePair:
    translation: Path
    reference: Path
    lang: str | None = None
    ref_lang: str | None = None


def is_batch(path: str) -> bool:
    """A directory or a glob pattern means many files."""
    return Path(path).is_dir() or any(ch in path for ch in "*?[")


def _pattern_regex(pattern: str, lang: str) -> re.Pattern[str]:
    if "{name}" not in pattern or "{lang}" not in pattern:
        raise InputError(f"naming pattern {pattern!r} needs both {{name}} and {{lang}}")
    parts = re.split(r"(\{name\}|\{lang\}|\{ext\})", pattern)
    regex = ""
    for part in parts:
        if part == "{name}":
            regex += r"(?P<name>.+?)"
        elif part == "{lang}":
            regex += re.escape(lang)
        elif part == "{ext}":
            regex += r"(?P<ext>[^.]+)"
        else:
            regex += re.escape(part)
    return re.compile(regex + r"\Z")


def pairs_by_name(source: str, reference_dir: Path | None, lang: str | None, ref_lang: str | None,
                  pattern: str = DEFAULT_PATTERN) -> Iterator[FilePair]:
    """Translation files under ``source`` (a directory or glob) named by ``pattern`` with ``lang``,
    each paired with the file of the same name in ``ref_lang`` (in ``reference_dir`` or beside it).
    """
    if not lang or not ref_lang:
        raise InputError("batch mode pairs files by language: give --lang and --ref-lang (or set them in the config)")
    match = _pattern_regex(pattern, lang)
    if Path(source).is_dir():
        candidates = sorted(p for p in Path(source).rglob("*") if p.is_file())
    else:
        candidates = sorted(Path(p) for p in glob.glob(source, recursive=True) if Path(p).is_file())
    found = False
    for path in candidates:
        m = match.match(path.name)
        if not m:
            continue
        ref_name = pattern.replace("{name}", m.group("name")).replace("{lang}", ref_lang)
        if "{ext}" in pattern:
            ref_name = ref_name.replace("{ext}", m.group("ext"))
        ref_path = (reference_dir or path.parent) / ref_name
        if not ref_path.is_file():
            raise InputError(f"{path}: no reference {ref_path} (pattern {pattern!r})")
        found = True
        yield FilePair(path, ref_path, lang, ref_lang)
    if not found:
        raise InputError(f"no translation files matching {pattern.replace('{lang}', lang)!r} in {source}")


def pairs_from_manifest(path: Path) -> Iterator[FilePair]:
    """Pairs listed in a TOML (``[[pair]]`` tables) or CSV (header: translation, reference,
    lang, ref_lang) manifest; relative paths are relative to the manifest."""
    base = path.parent
    try:
        if path.suffix.lower() == ".toml":
            import tomllib

            with path.open("rb") as handle:
                rows = tomllib.load(handle).get("pair", [])
            if not isinstance(rows, list):
                raise InputError(f"{path}: expected [[pair]] tables")
        else:
            with path.open(newline="", encoding="utf-8-sig") as handle:
                rows = list(csv.DictReader(handle))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except Exception as exc:  # TOML syntax errors
        raise InputError(f"{path}: not a valid manifest ({exc})") from None
    if not rows:
        raise InputError(f"{path}: the manifest lists no pairs")
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or not row.get("translation") or not row.get("reference"):
            raise InputError(f"{path}: entry {number} needs 'translation' and 'reference'")
        unknown = set(row) - {"translation", "reference", "lang", "ref_lang"}
        if unknown:
            raise InputError(f"{path}: entry {number} has unknown field '{sorted(unknown)[0]}'")
        yield FilePair(base / row["translation"], base / row["reference"],
                       row.get("lang") or None, row.get("ref_lang") or None)


class ReportMerger:
    """Folds per-file reports into one, keeping only segments worth listing."""

    def __init__(self) -> None:
        self._segments: list[Segment] = []
        self._unlisted = 0
        self._first: Report | None = None
        self._languages: set[tuple[str, str]] = set()
        self._warnings: list[str] = []
        self._files = 0

    def add(self, report: Report, source: str) -> None:
        import dataclasses

        self._first = self._first or report
        self._files += 1
        self._languages.add((report.languages["translation"], report.languages["reference"]))
        self._warnings.extend(f"{source}: {w}" for w in report.warnings)
        for seg in report.segments:
            if seg.severity == "ok" and not seg.findings:
                self._unlisted += 1
                continue
            self._segments.append(dataclasses.replace(seg, id=len(self._segments), source=source))

    def report(self) -> Report:
        if self._first is None:
            raise InputError("no pairs to check")
        first = self._first
        langs = (dict(zip(("translation", "reference"), next(iter(self._languages))))
                 if len(self._languages) == 1 else {"translation": "mixed", "reference": "mixed"})
        return Report(
            checker_version=first.checker_version, languages=langs, signals=first.signals,
            signatures=first.signatures, settings=first.settings, segments=tuple(self._segments),
            scores={}, files={"batch": f"{self._files} file pairs"}, warnings=tuple(self._warnings),
            unlisted=self._unlisted)


def iter_pairs(source: str, reference: str | None, lang: str | None, ref_lang: str | None,
               pattern: str, manifest: Path | None) -> Iterable[FilePair]:
    if manifest is not None:
        return pairs_from_manifest(manifest)
    return pairs_by_name(source, Path(reference) if reference else None, lang, ref_lang, pattern)
