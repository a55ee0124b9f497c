"""Quotes and attribution: a quotation on one side only (dropped, invented or moved)."""

from __future__ import annotations

import re

from checker.checks import file_span, language
from checker.report import Finding


def quotations(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of quoted passages of at least two words (or four characters in CJK)."""
    spans = []
    pairs = language(lang).get("quote_pairs", [["\u201c", "\u201d"], ['"', '"']])
    for open_, close in pairs:
        pattern = re.escape(open_) + r"([^" + re.escape(open_ + close) + r"]{4,}?)" + re.escape(close)
        for m in re.finditer(pattern, text):
            inner = m.group(1).strip()
            if re.fullmatch(r"[\u30a0-\u30ff・ー\s]+", inner):
                continue  # 「ハイクイ」: a name set off in brackets, not speech
            if (len(inner.split()) >= 2 or (language(lang).get("script") == "han" and len(inner) >= 4)) and \
                    all(m.end() <= a or m.start() >= b for a, b in spans):
                spans.append((m.start(), m.end()))
    return sorted(spans)


def run(pair, langs, context) -> list[Finding]:
    t = quotations(pair.translation.text, langs.translation)
    r = quotations(pair.reference.text, langs.reference)
    if len(t) == len(r):
        return []
    if len(r) > len(t):
        a, b = r[len(t)]
        return [Finding("quotes", "major",
                        f"the reference quotes {pair.reference.text[a:b][:60]} but the translation has "
                        f"{len(t)} quotation(s) for its {len(r)}: a quote may be dropped or paraphrased",
                        None, file_span(pair.reference, a, b), 0.7)]
    a, b = t[len(r)]
    return [Finding("quotes", "major",
                    f"the translation quotes {pair.translation.text[a:b][:60]}, which the reference does not "
                    f"present as a quotation", file_span(pair.translation, a, b), None, 0.6)]
