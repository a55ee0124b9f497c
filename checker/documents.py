"""Reading input files into documents of sentences that keep their place in the file.

Offsets are character offsets into the file's text as given: decoded as UTF-8, a leading BOM
removed, line endings and composition left untouched. Processing uses an NFC-normalised,
``\\n``-only copy; every sentence found there is mapped back to the original characters, so a
finding can always point at the exact place an editor will see.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from checker.report import TextSpan

#: Languages the checker has language knowledge for; others still work with fewer checks.
KNOWN_LANGUAGES = ("id", "en", "fr", "zh", "ja", "ar")

FORMATS = ("auto", "text", "markdown", "aligned", "jsonl")


class InputError(ValueError):
    """An input file cannot be read or does not have the expected form."""


@dataclass(frozen=True)
class Sentence:
    """One unit of a document: a sentence, a heading, a list item or a boilerplate line."""

    text: str  # exactly the file's characters between start and end
    start: int
    end: int
    line: int
    kind: str = "sentence"  # sentence | heading | list-item | boilerplate | line

    @property
    def normalized(self) -> str:
        """NFC text with runs of white space folded, for comparison and models."""
        return normalize_text(self.text)

    def span(self) -> TextSpan:
        return TextSpan(self.text, self.start, self.end, self.line)


@dataclass(frozen=True)
class Document:
    """A file's text, its language and its sentences in order."""

    text: str
    lang: str | None
    sentences: tuple[Sentence, ...]
    path: str | None = None

    def span(self, first: int, last: int) -> TextSpan:
        """The file text covering sentences ``first`` to ``last`` inclusive."""
        a, b = self.sentences[first], self.sentences[last]
        return TextSpan(self.text[a.start:b.end], a.start, b.end, a.line)

    def with_lang(self, lang: str | None) -> "Document":
        return Document(self.text, lang, self.sentences, self.path)


def normalize_text(text: str) -> str:
    """NFC, no-break spaces kept as spaces, white space runs folded: the form models see."""
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"\s+", " ", text).strip()


def read_text(path: str | Path) -> str:
    """Read a file as UTF-8 (BOM allowed). Raises :class:`InputError` with a one-line reason."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, expected a file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (invalid byte at offset {exc.start})") from None


# ---------------------------------------------------------------------------------------------
# Normalised view with a map back to original offsets

def _normalized_view(text: str) -> tuple[str, list[int]]:
    """NFC, ``\\r\\n``→``\\n`` copy of ``text`` and, per character of it (plus one past the end),
    the original offset it came from."""
    out: list[str] = []
    origin: list[int] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] == "\r":
            # CRLF and lone CR both become one newline at the CR's place.
            out.append("\n")
            origin.append(i)
            i += 2 if i + 1 < n and text[i + 1] == "\n" else 1
            continue
        j = i + 1
        # A cluster: a base character and the combining marks after it, normalised together.
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        norm = unicodedata.normalize("NFC", cluster) if not cluster.isascii() else cluster
        out.append(norm)
        origin.extend([i] * len(norm))
        i = j
    origin.append(n)
    return "".join(out), origin


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """:func:`normalize_text` of ``text`` and, for each of its characters plus one past the end,
    the offset in ``text`` it came from: the way back from what models see to the file."""
    view, origin = _normalized_view(text)
    out: list[str] = []
    back: list[int] = []
    pending_space: int | None = None
    for ch, at in zip(view, origin):
        if ch.isspace():
            if out and pending_space is None:
                pending_space = at
            continue
        if pending_space is not None:
            out.append(" ")
            back.append(pending_space)
            pending_space = None
        out.append(ch)
        back.append(at)
    end = len(text)
    if back:
        # one past the last kept character, in the original
        last = back[-1]
        end = last + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
    back.append(end)
    return "".join(out), back


def _original_range(origin: list[int], text: str, a: int, b: int) -> tuple[int, int]:
    """Original [start, end) of normalised [a, b)."""
    start = origin[a]
    end = origin[b] if b < len(origin) else len(text)
    # ``origin[b]`` is where the next normalised character came from: the end of this range.
    return start, end


# ---------------------------------------------------------------------------------------------
# Splitting

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S")
_LIST_ITEM = re.compile(r"^\s{0,3}(?:[-*+•]|\d{1,3}[.)])\s+\S")
_BOILERPLATE = re.compile(r"^\s*[\w\s'’-]{1,30}:\s*$")  # a lone label such as "Partager:"
_PROTECTED_DOT = re.compile(
    r"\b(?:Jl|Dr|Prof|Ir|Drs|Hj|H|No|Mr|Mrs|Ms|St|M|Mme|Mlle|Me|Mgr|etc|vs|Sen|Rep|Gen|Jr|Sr|Kol|Brigjen|Kompol|Bpk|Sdr)\.(?=\s)"
)

# an ideographic full stop (or ！？) and any closing marks after it, right before a figure
_CJK_STOP_BEFORE_FIGURE = re.compile(r"[。！？][」』）\"”’]*(?=[0-9０-９])")


def _split_paragraph(text: str, lang: str | None) -> list[tuple[int, int]]:
    """Sentence ranges within one paragraph of normalised text."""
    from sentencex import segment

    # sentencex may miss abbreviations in some languages (Indonesian "Jl."): join them back.
    pieces: list[tuple[int, int]] = []
    pos = 0
    for piece in segment(lang or "en", text):
        start = text.find(piece, pos)
        if start < 0:  # the splitter changed the text; fall back to the whole paragraph
            return [(0, len(text))]
        pos = start + len(piece)
        pieces.append((start, pos))
    merged: list[tuple[int, int]] = []
    for a, b in pieces:
        if merged and _PROTECTED_DOT.search(text[merged[-1][0]:merged[-1][1]].rstrip()[-8:] + " "):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    # sentencex keeps a sentence that starts with a figure on the one before it in Chinese and
    # Japanese ("空港は閉鎖された。12便が欠航した。"); an ideographic full stop is never a decimal point
    out: list[tuple[int, int]] = []
    for a, b in merged:
        for m in _CJK_STOP_BEFORE_FIGURE.finditer(text, a, b):
            out.append((a, m.end()))
            a = m.end()
        if a < b:
            out.append((a, b))
    return out


def _trimmed(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if a < b else None


def split_sentences(text: str, lang: str | None, *, markdown: bool = False) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences; headings, list items and lone labels are units of their own."""
    norm, origin = _normalized_view(text)
    units: list[tuple[int, int, str]] = []
    in_fence = False
    para_start: int | None = None
    pos = 0

    def flush(end: int) -> None:
        nonlocal para_start
        if para_start is None:
            return
        block = norm[para_start:end]
        for a, b in _split_paragraph(block, lang):
            r = _trimmed(norm, para_start + a, para_start + b)
            if r:
                units.append((r[0], r[1], "sentence"))
        para_start = None

    for raw_line in norm.split("\n"):
        start, end = pos, pos + len(raw_line)
        pos = end + 1
        line = raw_line.strip()
        if markdown and line.startswith("```"):
            flush(start)
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if not line:
            flush(start)
            continue
        kind = None
        if markdown and _HEADING.match(raw_line):
            kind = "heading"
        elif _LIST_ITEM.match(raw_line) and (markdown or para_start is None):
            kind = "list-item"
        elif _BOILERPLATE.match(raw_line) and para_start is None:
            kind = "boilerplate"
        if kind:
            flush(start)
            r = _trimmed(norm, start, end)
            if r:
                units.append((r[0], r[1], kind))
            continue
        if para_start is None:
            para_start = start
    flush(len(norm))

    sentences = []
    for a, b, kind in units:
        s, e = _original_range(origin, text, a, b)
        sentences.append(Sentence(text[s:e], s, e, text.count("\n", 0, s) + 1, kind))
    return tuple(sentences)


def split_lines(text: str) -> tuple[Sentence, ...]:
    """One segment per line (sacrebleu-style line-aligned files); empty lines are kept as units."""
    sentences = []
    pos = 0
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the final newline ends the last line, it does not start another
    for number, line in enumerate(lines, start=1):
        body = line[:-1] if line.endswith("\r") else line
        sentences.append(Sentence(body, pos, pos + len(body), number, "line"))
        pos += len(line) + 1
    return tuple(sentences)


# ---------------------------------------------------------------------------------------------
# Language identification

def detect_language(text: str, candidates: Sequence[str] = KNOWN_LANGUAGES) -> str | None:
    """Best guess among ``candidates`` (ISO 639-1), or ``None`` for text with no letters."""
    if not re.search(r"\w", text):
        return None
    allowed = set(candidates)
    for lang, _ in _identifier().rank(text[:20000]):
        if lang in allowed:
            return lang
    return None


_IDENTIFIER = None
#: Where py3langid's model is kept unpacked (``None``: unpack it in memory at every start). Its
#: package ships it LZMA-compressed, and unpacking costs about 0.4 s per run; the command line
#: points this at the cache directory unless told ``--no-cache``.
UNPACKED_MODEL_DIR: Path | None = None


def _identifier():
    """py3langid's model, loaded once per process (ranking all its languages, so that any set of
    candidates can be chosen from without loading it again)."""
    global _IDENTIFIER
    if _IDENTIFIER is None:
        _IDENTIFIER = _load_unpacked(UNPACKED_MODEL_DIR) if UNPACKED_MODEL_DIR is not None else None
        if _IDENTIFIER is None:
            from py3langid.langid import _load_identifier

            _IDENTIFIER = _load_identifier(norm_probs=False)
    return _IDENTIFIER


def _load_unpacked(directory: Path):
    """py3langid's identifier from an unpacked copy of its model in ``directory`` (written on
    first use, atomically); ``None`` when that cannot be done, and the packed model is used."""
    import logging
    import lzma
    import os
    import shutil
    import tempfile

    try:
        import numpy as np
        from py3langid import langid, modelio

        packed = Path(langid.MODEL_DIR) / langid.MODEL_FILE
        stat = packed.stat()
        unpacked = Path(directory) / f"langid-{stat.st_size}-{int(stat.st_mtime)}.npz"
        if not unpacked.is_file():
            unpacked.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=unpacked.parent, suffix=".part")
            try:
                with os.fdopen(fd, "wb") as out, lzma.open(packed) as src:
                    shutil.copyfileobj(src, out, length=1 << 20)
                os.replace(tmp, unpacked)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        with np.load(unpacked, allow_pickle=False) as data:
            return langid.LanguageIdentifier(
                np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(),
                modelio._to_array(data["nextmove"]), data["out_feat"].tolist(), norm_probs=False,
                tk_row=modelio._to_array(data["nextmove_row"]))
    except Exception as exc:  # a read-only cache, another py3langid layout…: the packed model
        logging.getLogger(__name__).debug("language model not unpacked (%s): using the packed one", exc)
        return None


# ---------------------------------------------------------------------------------------------
# Reading

def guess_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in (".md", ".markdown"):
        return "markdown"
    if suffix == ".jsonl":
        return "jsonl"
    return "text"


def read_document(path: str | Path, lang: str | None = None, fmt: str = "auto") -> Document:
    """Read ``path`` into a :class:`Document`. ``fmt``: text, markdown or aligned (one per line)."""
    if fmt not in FORMATS:
        raise InputError(f"unknown input format {fmt!r}")
    text = read_text(path)
    if fmt == "auto":
        fmt = guess_format(path)
    if fmt == "jsonl":
        raise InputError(f"{path}: JSONL holds both sides; read it with read_jsonl_pair")
    if fmt == "aligned":
        sentences = split_lines(text)
    else:
        sentences = split_sentences(text, lang, markdown=fmt == "markdown")
    return Document(text, lang, sentences, str(path))


def read_jsonl_pair(path: str | Path, lang: str | None = None,
                    ref_lang: str | None = None) -> tuple[Document, Document]:
    """Read a JSONL file whose lines hold ``translation`` and ``reference`` fields.

    Each side becomes a document whose offsets point into the JSONL file itself, at the
    string's characters where it is written without escapes, else at its line.
    """
    text = read_text(path)
    sides: dict[str, list[Sentence]] = {"translation": [], "reference": []}
    pos = 0
    for number, line in enumerate(text.split("\n"), start=1):
        line_start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(record, dict) or not all(isinstance(record.get(k), str) for k in sides):
            raise InputError(f"{path}:{number}: expected an object with string fields "
                             f"'translation' and 'reference'")
        for key, items in sides.items():
            value = record[key]
            encoded = json.dumps(value, ensure_ascii=False)[1:-1]
            at = line.find(encoded) if encoded == value else -1
            if at >= 0:
                items.append(Sentence(value, line_start + at, line_start + at + len(value), number, "line"))
            else:
                items.append(Sentence(value, line_start, line_start + len(line.rstrip("\r")), number, "line"))
    return (Document(text, lang, tuple(sides["translation"]), str(path)),
            Document(text, ref_lang, tuple(sides["reference"]), str(path)))


def document_from_segments(segments: Sequence[str], lang: str | None = None,
                           path: str | None = None) -> Document:
    """An in-memory line-aligned document, one segment per line (used by evaluation and tests)."""
    for seg in segments:
        if "\n" in seg or "\r" in seg:
            raise InputError("a segment of a line-aligned document cannot contain a line break")
    text = "".join(seg + "\n" for seg in segments)
    return Document(text, lang, split_lines(text), path)
