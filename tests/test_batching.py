"""Batching by token budget: sorted by length, bounded padded size, order restored."""

import random

import pytest

from checker.batching import batches_by_tokens, map_in_batches


def test_longest_first_and_padded_size_within_budget():
    assert batches_by_tokens([3, 10, 4, 9], max_tokens=20) == [[1, 3], [2, 0]]


def test_every_index_exactly_once_and_each_batch_within_budget():
    rng = random.Random(7)
    lengths = [rng.randint(1, 60) for _ in range(500)]
    batches = batches_by_tokens(lengths, max_tokens=256, max_sentences=32)
    assert sorted(i for b in batches for i in b) == list(range(500))
    for batch in batches:
        assert len(batch) <= 32
        assert len(batch) * max(lengths[i] for i in batch) <= 256
    # Sorted by length: batches never interleave (each batch's shortest ≥ the next one's longest).
    for a, b in zip(batches, batches[1:]):
        assert min(lengths[i] for i in a) >= max(lengths[i] for i in b)


def test_short_sentences_share_a_batch_long_ones_do_not():
    lengths = [2] * 10 + [50] * 4
    batches = batches_by_tokens(lengths, max_tokens=100)
    assert batches == [[10, 11], [12, 13], list(range(10))]


def test_sentence_cap_applies_even_with_budget_left():
    assert batches_by_tokens([1] * 5, max_tokens=1000, max_sentences=2) == [[0, 1], [2, 3], [4]]


def test_overlong_sentence_gets_its_own_batch():
    assert batches_by_tokens([5, 300, 5], max_tokens=64) == [[1], [0, 2]]


def test_zero_length_counts_as_one_token():
    assert batches_by_tokens([0, 0, 0], max_tokens=2) == [[0, 1], [2]]


def test_empty_input_gives_no_batches():
    assert batches_by_tokens([], max_tokens=10) == []


@pytest.mark.parametrize("kwargs", [{"max_tokens": 0}, {"max_tokens": 10, "max_sentences": 0}])
def test_bad_limits_are_rejected(kwargs):
    with pytest.raises(ValueError):
        batches_by_tokens([1, 2], **kwargs)


def test_map_in_batches_restores_the_callers_order():
    items = ["ccc", "a", "bbbbbb", "dd", "e"]
    seen_batches = []

    def run(batch):
        seen_batches.append(list(batch))
        return [s.upper() for s in batch]

    out = map_in_batches(items, [len(s) for s in items], run, max_tokens=6)
    assert out == ["CCC", "A", "BBBBBB", "DD", "E"]
    assert seen_batches == [["bbbbbb"], ["ccc", "dd"], ["a", "e"]]


def test_map_in_batches_rejects_a_run_that_loses_items():
    with pytest.raises(RuntimeError, match="2 items gave 1"):
        map_in_batches(["a", "b"], [1, 1], lambda batch: batch[:1], max_tokens=10)
