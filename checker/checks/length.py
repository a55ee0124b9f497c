"""Length ratio: a segment much shorter or longer than its reference, for this language pair.

The expected ratio is learned from the document itself (the median over its aligned pairs),
leaning on a prior from the data files (characters per English character) when the document
is short.
"""

from __future__ import annotations

import math
import statistics

from checker.checks import language
from checker.report import Finding

MIN_CHARS = 25
PRIOR_WEIGHT = 5  # the prior counts as this many pairs


def _ratio(pair) -> float | None:
    t, r = len(pair.translation.text.strip()), len(pair.reference.text.strip())
    if min(t, r) < MIN_CHARS:
        return None
    return math.log(t / r)


def document_ratio(pairs, langs) -> float:
    """Expected log length ratio (translation/reference) for this document."""
    prior = math.log(language(langs.translation).get("chars_ratio", 1.0) /
                     language(langs.reference).get("chars_ratio", 1.0))
    seen = [x for x in (_ratio(p) for p in pairs if p.translation is not None and p.reference is not None)
            if x is not None]
    if not seen:
        return prior
    weight = len(seen) / (len(seen) + PRIOR_WEIGHT)
    return weight * statistics.median(seen) + (1 - weight) * prior


def run(pair, langs, context) -> list[Finding]:
    ratio = _ratio(pair)
    if ratio is None:
        return []
    deviation = ratio - context.stats.get("length", 0.0)
    if abs(deviation) < math.log(1.8):
        return []
    factor = math.exp(abs(deviation))
    shorter = deviation < 0
    severity = "major" if factor >= 2.5 else "minor"
    message = (f"the translation is {factor:.1f}× {'shorter' if shorter else 'longer'} than this article's "
               f"usual ratio to the reference: {'something may be missing' if shorter else 'something may be added'}")
    return [Finding("length", severity, message, (pair.translation.start, pair.translation.end),
                    (pair.reference.start, pair.reference.end), min(0.9, 0.3 + 0.2 * factor))]
