"""Line and column of a file offset, for the formats that point into files (SARIF, GitHub).

A report holds character offsets into each input file and the 1-based line of every segment,
but not the whole text, and a column needs the text from the start of its line. So a
:class:`Locator` uses the file itself when it can be read and still holds the segments' text at
their offsets; otherwise it works from the segments' own text, which gives exact positions
inside a segment and for a segment that follows another on the same line, and assumes column 1
for a segment that starts a line after anything but bare line breaks (marked ``exact=False``:
renderers then leave the column out rather than guess).

Line breaks are ``\\r\\n``, ``\\r`` and ``\\n``, as in :mod:`checker.documents`. Columns and
offsets are given both in code points (Python's unit) and in UTF-16 code units (SARIF's default
``columnKind`` and what editors and GitHub count).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from checker.report import TextSpan

_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Position:
    """Where an offset stands: 1-based line and columns, 0-based offsets."""

    offset: int
    line: int
    column: int  # code points
    utf16_column: int
    utf16_offset: int
    exact: bool = True


def _astral(text: str) -> int:
    """Characters outside the Basic Multilingual Plane: two UTF-16 code units each."""
    return sum(1 for ch in text if ord(ch) > 0xFFFF)


def _breaks(text: str) -> list[re.Match]:
    return list(_BREAK.finditer(text))


class Locator:
    """Positions of offsets in one file, from its text or from the pieces the report holds."""

    def __init__(self, text: str | None = None, pieces: Iterable[TextSpan] = ()) -> None:
        self.text = text
        self.pieces: list[TextSpan] = sorted((p for p in pieces if p is not None), key=lambda p: p.start)
        self._starts = [p.start for p in self.pieces]
        self._start_cache: dict[int, Position] = {}
        if text is not None:
            self._line_starts = [0] + [m.end() for m in _BREAK.finditer(text)]
            self._astral_at = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    @classmethod
    def for_file(cls, path: str | None, pieces: Iterable[TextSpan]) -> "Locator":
        """A locator for ``path``: its text when readable and consistent with ``pieces``."""
        pieces = [p for p in pieces if p is not None]
        text = read_text(path) if path else None
        if text is not None and not all(text[p.start:p.end] == p.text for p in pieces):
            text = None  # the file changed since the check: trust the report's own text
        return cls(text, pieces)

    def position(self, offset: int) -> Position:
        if self.text is not None:
            return self._from_text(offset)
        return self._from_pieces(offset)

    def _from_text(self, offset: int) -> Position:
        text = self.text
        offset = max(0, min(offset, len(text)))
        index = bisect.bisect_right(self._line_starts, offset) - 1
        # An offset between \r and \n belongs to the line the \r ends.
        line_start = self._line_starts[index]
        astral_before = bisect.bisect_left(self._astral_at, offset)
        astral_line = astral_before - bisect.bisect_left(self._astral_at, line_start)
        column = offset - line_start + 1
        return Position(offset, index + 1, column, column + astral_line, offset + astral_before)

    def _from_pieces(self, offset: int) -> Position:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            # Before every known piece: only the first line can be placed for sure.
            exact = not self.pieces or self.pieces[0].line == 1
            line = 1 if exact else max(1, self.pieces[0].line - 1)
            return Position(offset, line, offset + 1 if exact else 1, offset + 1 if exact else 1, offset, exact)
        piece = self.pieces[index]
        inside = min(offset - piece.start, len(piece.text))
        prefix = piece.text[:inside]
        breaks = _breaks(prefix)
        # Offsets past the piece's end lie in an unknown gap: counted as one column each.
        beyond = offset - piece.start - inside
        utf16_offset = self._utf16_offset(index) + _astral(prefix) + (offset - piece.start)
        if breaks:
            tail = prefix[breaks[-1].end():]
            column = len(tail) + 1 + beyond
            return Position(offset, piece.line + len(breaks), column, column + _astral(tail),
                            utf16_offset, True)
        start = self._piece_start(index)
        return Position(offset, piece.line, start.column + inside + beyond,
                        start.utf16_column + inside + _astral(prefix) + beyond, utf16_offset, start.exact)

    def _piece_start(self, index: int) -> Position:
        """Column of a piece's first character, from the piece before it when on the same line."""
        if index not in self._start_cache:
            self._start_cache[index] = self._compute_piece_start(index)
        return self._start_cache[index]

    def _compute_piece_start(self, index: int) -> Position:
        piece = self.pieces[index]
        if index == 0:
            if piece.line == 1:
                return Position(piece.start, 1, piece.start + 1, piece.start + 1, piece.start, True)
            return Position(piece.start, piece.line, 1, 1, piece.start,
                            _only_breaks(piece.start, piece.line - 1))
        previous = self.pieces[index - 1]
        end_line = previous.line + len(_breaks(previous.text))
        if end_line != piece.line or previous.end > piece.start:
            return Position(piece.start, piece.line, 1, 1, piece.start,
                            _only_breaks(piece.start - previous.end, piece.line - end_line))
        end = self._from_pieces_end(index - 1)
        gap = piece.start - previous.end
        return Position(piece.start, piece.line, end.column + gap, end.utf16_column + gap, piece.start, end.exact)

    def _from_pieces_end(self, index: int) -> Position:
        piece = self.pieces[index]
        breaks = _breaks(piece.text)
        if breaks:
            tail = piece.text[breaks[-1].end():]
            return Position(piece.end, piece.line + len(breaks), len(tail) + 1, len(tail) + 1 + _astral(tail),
                            piece.end, True)
        start = self._piece_start(index)
        return Position(piece.end, piece.line, start.column + len(piece.text),
                        start.utf16_column + len(piece.text) + _astral(piece.text), piece.end, start.exact)

    def _utf16_offset(self, index: int) -> int:
        """UTF-16 offset of a piece's start: its code-point offset plus the astral characters
        of the pieces before it (gaps are assumed to hold none)."""
        return self.pieces[index].start + sum(_astral(p.text) for p in self.pieces[:index])


def _only_breaks(gap: int, breaks: int) -> bool:
    """Whether a gap of ``gap`` characters holding ``breaks`` line breaks is taken to be nothing
    else: true when it is as long as that many LF (or CR) breaks or that many CRLF breaks (the
    blank lines between paragraphs). A gap of another length may hold indentation after its
    last break, so the column after it is unknown."""
    return breaks > 0 and gap in (breaks, 2 * breaks)


def read_text(path: str) -> str | None:
    """A file's text as the checker read it (UTF-8, BOM dropped, line endings kept), or None."""
    try:
        with open(Path(path), encoding="utf-8-sig", newline="") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def segment_paths(report, segment) -> tuple[str | None, str | None]:
    """The translation and reference files a segment comes from (batch runs name the translation)."""
    if segment.source is not None:
        return segment.source, None
    return report.files.get("translation"), report.files.get("reference")


class Locators:
    """One :class:`Locator` per file of a report, built on first use."""

    def __init__(self, report) -> None:
        self._report = report
        self._cache: dict[tuple[str, str | None], Locator] = {}

    def get(self, side: str, path: str | None) -> Locator:
        key = (side, path)
        if key not in self._cache:
            pieces: Sequence[TextSpan] = [
                getattr(s, side) for s in self._report.segments
                if getattr(s, side) is not None and segment_paths(self._report, s)[0 if side == "translation" else 1] == path
            ]
            self._cache[key] = Locator.for_file(path, pieces)
        return self._cache[key]


def marked_pieces(text: str, base: int, spans: Sequence[tuple[tuple[int, int] | None, object]]
                  ) -> list[tuple[str, tuple[object, ...]]]:
    """Cut ``text`` (which starts at file offset ``base``) at the edges of ``spans``.

    ``spans`` pairs a file-offset range with a payload (a finding, usually). Returns the pieces
    of ``text`` in order, each with the payloads of the spans covering it (empty when none), so
    overlapping spans come out as separate, correctly labelled pieces. Spans are clipped to the
    text; empty and missing ones are ignored.
    """
    ranges = []
    for span, payload in spans:
        if span is None:
            continue
        a, b = max(0, span[0] - base), min(len(text), span[1] - base)
        if a < b:
            ranges.append((a, b, payload))
    cuts = sorted({0, len(text), *(a for a, _, _ in ranges), *(b for _, b, _ in ranges)})
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        covering = tuple(p for s, e, p in ranges if s <= a and b <= e)
        if pieces and not covering and not pieces[-1][1]:
            pieces[-1] = (pieces[-1][0] + text[a:b], ())
        else:
            pieces.append((text[a:b], covering))
    return pieces


@dataclass(frozen=True)
class Region:
    """Where a finding points in one file: a start and an end position (equal for an insertion point)."""

    path: str | None
    start: Position
    end: Position
    text: str  # the text the region covers ("" for an insertion point)


def translation_region(report, segment, finding, locators: Locators) -> Region:
    """The finding's place in the translation file.

    Its span when it has one, else the segment's whole translation; for a sentence the
    translation left out, the insertion point after the previous translated segment of the
    same file (or before the next, or the file's start).
    """
    path = segment_paths(report, segment)[0]
    locator = locators.get("translation", path)
    span = segment.translation
    if span is not None:
        a, b = finding.span if finding.span is not None else (span.start, span.end)
        b = max(a, b)
        text = span.text[a - span.start:b - span.start] if span.start <= a <= b <= span.end else ""
        return Region(path, locator.position(a), locator.position(b), text)
    same_file = [s for s in report.segments if s.translation is not None and segment_paths(report, s)[0] == path]
    before = [s for s in same_file if s.id < segment.id]
    after = [s for s in same_file if s.id > segment.id]
    at = before[-1].translation.end if before else after[0].translation.start if after else 0
    position = locator.position(at)
    return Region(path, position, position, "")


def reference_region(report, segment, finding, locators: Locators) -> Region | None:
    """The finding's place in the reference file, when the finding and the report name one."""
    path = segment_paths(report, segment)[1]
    if finding.reference_span is None or path is None:
        return None
    locator = locators.get("reference", path)
    a, b = finding.reference_span
    span = segment.reference
    text = span.text[a - span.start:b - span.start] if span and span.start <= a <= b <= span.end else ""
    return Region(path, locator.position(a), locator.position(b), text)
