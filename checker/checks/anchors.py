"""Clauses of the two sides of a pair, matched by the figures and names they share.

A figure said once on each side ("12,200 rupiah", "Rp12.200", 1万2200ルピア), or a listed name
(ASEAN, 马来西亚, ماليزيا), ties the clause that holds it on one side to the clause that holds it
on the other, whatever the word order: the nearest thing to a clause alignment that needs no
model. The negation check uses it to tell a
"not" that the other side renders by a word elsewhere in the sentence ("unprecedented", "lack
of") from a "not" added to, or dropped from, a clause whose counterpart says nothing negative.

Clauses end at punctuation (commas, semicolons, colons, sentence ends, in every script), not at
a separator between digits, and at a conjunction that opens a clause with no comma before it
(``clause_conjunctions``: sehingga, tandis que); a comma after a Japanese topic (工場は、,
``clause_continuations``) ends none. Chinese and Japanese set a comma (，、) between the parts of one
clause as often as between clauses, so on their side the match widens to the clauses on either
side of the one with the figure, but not to one that holds a figure of another clause of the first
side (期限を守らなければ…15％ renders "faute de quoi … 15 %", whatever sits next to it). An
aside of a few words set off by commas in any script ("…, or 0.81 percent, unresolved") widens
the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from checker.checks import language
from checker.checks.dates import extract_dates
from checker.checks.names import entity_mentions
from checker.checks.numerals import extract_quantities

_CLAUSE_END = re.compile(r"[,;:،؛，；：、.!?。！？\n]")

# a clause matched across the two sides covers a like share of each; past this ratio the two
# are not one clause rendered twice (a long English clause against a short French aside)
_SHARE_RATIO = 2.0

# a clause of at most this many words is an aside ("or 0.81 percent", "soit 12 %")
_ASIDE_WORDS = 3


@dataclass(frozen=True)
class Match:
    """A clause of one side (``start``..``end``) matched to a region of the other (``other_start``
    ..``other_end``: its clause, widened in Chinese and Japanese) by the ``figures`` both hold."""

    start: int
    end: int
    other_start: int
    other_end: int
    figures: tuple[str, ...]


@lru_cache(maxsize=None)
def _clause_words(lang: str) -> re.Pattern | None:
    """The conjunctions that open a clause of their own with no comma before them
    (``clause_conjunctions``: "sehingga", "tandis que", بينما), as a pattern of ``lang``."""
    words = language(lang).get("clause_conjunctions", []) if lang else []
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<=\s)(?:{alternation})(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1024)
def clauses(text: str, lang: str = "") -> tuple[tuple[int, int], ...]:
    """``[start, end)`` of each clause of ``text``, its closing punctuation included, and in
    ``lang`` a new clause at a conjunction that opens one ("… selama 14 jam sehingga nasabah tidak
    dapat …": the outage and what it left are two clauses, as in "… for 14 hours, leaving …")
    (cached: each negation of a pair asks again)."""
    ends = [(m.start(), m.end(), m.group()) for m in _CLAUSE_END.finditer(text)]
    words = _clause_words(lang)
    if words is not None:
        ends += [(m.start(), m.start(), "") for m in words.finditer(text)]
    # a comma after a topic (``clause_continuations``: 工場は、) sets off the subject of the clause
    # that follows, not a clause of its own
    going_on = tuple(language(lang).get("clause_continuations", [])) if lang else ()
    out, start = [], 0
    for a, b, mark in sorted(ends):
        if mark and mark in ",." and 0 < a < len(text) - 1 and text[a - 1].isdigit() and text[a + 1].isdigit():
            continue  # "12,200", "3.85"
        if mark and going_on and text.endswith(going_on, 0, b):
            continue
        if not mark and not text[start:a].strip():
            continue  # a conjunction right after a comma opens the clause the comma opened
        out.append((start, b))
        start = b
    if start < len(text):
        out.append((start, len(text)))
    return tuple(out) or ((0, len(text)),)


def _index(spans: tuple[tuple[int, int], ...], pos: int) -> int:
    return next((i for i, (a, b) in enumerate(spans) if a <= pos < b), len(spans) - 1)


@lru_cache(maxsize=1024)
def _figures(text: str, lang: str) -> tuple[tuple[object, int, str], ...]:
    """(key, position, surface) of what ties clauses: the exact figures of ``text`` (numerals inside
    names left out) and its listed names (countries, bodies: one key in every language)."""
    # a weekday holds no figure: 周三 (Wednesday), الاثنين (Monday, "the two")
    days = [(d.start, d.end) for d in extract_dates(text, lang) if d.kind in ("weekday", "relative")]
    out: list[tuple[object, int, str]] = [(round(q.value, 6), q.start, q.surface)
                                          for q in extract_quantities(text, lang, days) if not q.soft]
    return tuple(out + [(("name", concept), a, text[a:b]) for a, b, concept in entity_mentions(text, lang)])


def matched_clause(text: str, lang: str, pos: int, other: str, other_lang: str) -> Match | None:
    """The region of ``other`` that renders the clause of ``text`` at ``pos``, when figures or
    listed names tie them: those of that clause said exactly once on each side, all in one clause
    of ``other`` (else the one nearest to ``pos``, a figure rather than a name, decides), which
    covers a like share of its text. ``None`` when nothing ties the clause."""
    mine, theirs = clauses(text, lang), clauses(other, other_lang)
    here = _index(mine, pos)
    figures, other_figures = _figures(text, lang), _figures(other, other_lang)
    count, other_count = Counter(v for v, *_ in figures), Counter(v for v, *_ in other_figures)
    held = {v: (p, s) for v, p, s in figures if _index(mine, p) == here and count[v] == 1 and other_count[v] == 1}
    if not held:
        return None
    where = {_index(theirs, p) for v, p, _ in other_figures if v in held}
    if len(where) != 1:
        # spread over several clauses there ("96,000 students from 1,150 universities" against
        # two clauses): the figure nearest to ``pos`` decides, a figure before a name (said once
        # on each side, it sits in one clause)
        nearest = min(held, key=lambda v: (isinstance(v, tuple), abs(held[v][0] - pos)))
        held = {nearest: held[nearest]}
        where = {_index(theirs, p) for v, p, _ in other_figures if v == nearest}
    there = where.pop()
    share = (mine[here][1] - mine[here][0]) / max(1, len(text))
    other_share = (theirs[there][1] - theirs[there][0]) / max(1, len(other))
    if not 1 / _SHARE_RATIO <= share / other_share <= _SHARE_RATIO:
        return None
    # an aside of a few words ("…, or 0.81 percent, unresolved") is no clause of its own: its
    # neighbours say what it belongs to
    aside = len(other[theirs[there][0]:theirs[there][1]].split()) <= _ASIDE_WORDS
    widen = 1 if language(other_lang).get("script") == "han" or aside else 0
    lo, hi = max(0, there - widen), min(len(theirs) - 1, there + widen)
    # a neighbouring clause that holds a figure of another clause of ``text`` renders that clause
    elsewhere = {_index(theirs, p) for v, p, _ in other_figures
                 if other_count[v] == 1 and count[v] == 1 and any(w == v and _index(mine, q) != here for w, q, _ in figures)}
    if lo < there and lo in elsewhere:
        lo = there
    if hi > there and hi in elsewhere:
        hi = there
    return Match(mine[here][0], mine[here][1], theirs[lo][0], theirs[hi][1], tuple(s for _, s in held.values()))
