"""Batching by token budget, shared by the translation engines.

A batch costs what its longest sentence costs times the number of sentences (everything is
padded to the longest), so sentences are sorted by length first: neighbours have similar
lengths and little is spent on padding. Batches are closed by a token budget rather than a
sentence count, so a batch of short sentences can be large and one of long sentences small.
The batches are lists of the caller's indices, so results can be put back in the order given.
"""

from __future__ import annotations

from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def batches_by_tokens(lengths: Sequence[int], max_tokens: int,
                      max_sentences: int | None = None) -> list[list[int]]:
    """Indices of ``lengths`` grouped into batches, longest sentences first.

    A batch's cost is ``len(batch) * max(length in batch)`` (the padded size); it stays within
    ``max_tokens`` and holds at most ``max_sentences`` sentences (no limit when ``None``). A
    sentence longer than ``max_tokens`` on its own gets a batch of its own rather than being
    dropped. Equal lengths keep their original order, so the result is deterministic.

    >>> batches_by_tokens([3, 10, 4, 9], max_tokens=20)
    [[1, 3], [2, 0]]
    """
    if max_tokens < 1:
        raise ValueError(f"max_tokens must be at least 1, not {max_tokens}")
    if max_sentences is not None and max_sentences < 1:
        raise ValueError(f"max_sentences must be at least 1, not {max_sentences}")
    # Longest first: the largest padded batch runs first, so running out of memory shows at once.
    order = sorted(range(len(lengths)), key=lambda i: (-max(int(lengths[i]), 1), i))
    batches: list[list[int]] = []
    current: list[int] = []
    longest = 0
    for i in order:
        length = max(int(lengths[i]), 1)
        widest = max(longest, length)
        full = max_sentences is not None and len(current) >= max_sentences
        if current and (full or widest * (len(current) + 1) > max_tokens):
            batches.append(current)
            current, widest = [], length
        current.append(i)
        longest = widest
    if current:
        batches.append(current)
    return batches


def map_in_batches(items: Sequence[T], lengths: Sequence[int],
                   run: Callable[[list[T]], Sequence[R]], max_tokens: int,
                   max_sentences: int | None = None) -> list[R]:
    """``run`` applied batch by batch (see :func:`batches_by_tokens`), results in the order of ``items``.

    ``run`` receives a list of items and must return one result per item, in the same order.
    """
    if len(items) != len(lengths):
        raise ValueError(f"{len(items)} items but {len(lengths)} lengths")
    results: list[R | None] = [None] * len(items)
    for batch in batches_by_tokens(lengths, max_tokens, max_sentences):
        out = run([items[i] for i in batch])
        if len(out) != len(batch):
            raise RuntimeError(f"a batch of {len(batch)} items gave {len(out)} results")
        for i, result in zip(batch, out):
            results[i] = result
    return results  # type: ignore[return-value]
