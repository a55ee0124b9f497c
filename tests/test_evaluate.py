"""The development evaluation: perturbations inject the error they name, metrics are right."""

import json
import random

import pytest

from checker.evaluate import Example, auroc, evaluate, perturb, recall_at_fpr


def ex(tl, rl, t, r):
    return Example("x", tl, rl, t, r)


@pytest.mark.parametrize("error,example,check", [
    ("number", ex("fr", "en", "La police a arrêté 300 personnes.", "Police arrested 300 people."), "300"),
    ("number", ex("ar", "en", "اعتقلت الشرطة ٣٠٠ شخص.", "Police arrested 300 people."), "٣٠٠"),
    ("negation", ex("fr", "en", "Le ministre n'a pas signé.", "The minister did not sign."), "n'a pas"),
    ("negation", ex("en", "fr", "The minister has signed.", "Le ministre a signé."), "has signed"),
    ("name", ex("fr", "en", "Wendy Sherman a rencontré les diplomates.", "Wendy Sherman met the diplomats."), "Sherman"),
    ("date", ex("fr", "en", "Ils se sont réunis le 5 janvier.", "They met on 5 January."), "5 janvier"),
    ("quote", ex("fr", "en", "Il a dit : « La situation est calme ».", "He said: “The situation is calm”."), "«"),
])
def test_perturbations_change_what_they_name(error, example, check):
    out = perturb(example, error, random.Random(0))
    assert out is not None and out.error == error
    assert out.translation != example.translation and out.reference == example.reference
    assert check not in out.translation


def test_no_handle_means_no_perturbation():
    plain = ex("fr", "en", "Il pleut.", "It rains.")
    assert perturb(plain, "number", random.Random(0)) is None
    assert perturb(plain, "quote", random.Random(0)) is None


def test_auroc_and_recall_at_fpr():
    assert auroc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]) == 1.0
    assert auroc([0, 1], [0.5, 0.5]) == 0.5
    assert auroc([1, 1], [0.1, 0.2]) is None
    labels = [0] * 20 + [1] * 4
    scores = [i / 100 for i in range(20)] + [0.5, 0.6, 0.05, 0.7]
    assert recall_at_fpr(labels, scores, 0.05) == 0.75


def test_small_devset_end_to_end(tmp_path):
    rows = [
        {"id": "1", "translation_lang": "fr", "reference_lang": "en",
         "translation": "Le 8 janvier, la police n'a pas arrêté 300 manifestants à Almaty.",
         "reference": "On 8 January, police did not arrest 300 protesters in Almaty."},
        {"id": "2", "translation_lang": "id", "reference_lang": "en",
         "translation": "Presiden Joko Widodo tidak menghadiri rapat pada Kamis, 5 Januari.",
         "reference": "President Joko Widodo did not attend the meeting on Thursday, 5 January."},
    ]
    path = tmp_path / "dev.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    result = evaluate(path, seed=0, embedder=None)
    assert result["pairs"] == 2
    for error in ("number", "negation", "date", "name"):
        row = result["types"][error]
        assert row["n"] >= 1 and row["recall"] == 1.0 and row["fpr"] == 0.0, (error, row)
        assert row["auroc_without_embeddings"] == 1.0


def test_devset_figures_hold():
    """The figures of docs/evaluation.md, as floors: numbers, dates and names meet the recall
    goal; false-positive rates are pinned where they stand today (the 3 % goal is met by dates
    only, see docs/evaluation.md)."""
    result = evaluate(None, seed=0, embedder=None, with_risk=False)
    assert result["pairs"] >= 300
    floors = {"number": (0.95, 0.08), "date": (0.95, 0.03), "name": (0.95, 0.05), "negation": (0.90, 0.08)}
    for error, (recall, fpr) in floors.items():
        row = result["types"][error]
        assert row["recall"] >= recall and row["fpr"] <= fpr, (error, row)


def test_a_dropped_french_negation_leaves_a_positive_sentence():
    from checker.checks.negation import negations
    from checker.evaluate import _drop_french_negation

    for text, expected in [
        ("Aucun blessé n'est à déplorer, selon la police.", "un blessé est à déplorer, selon la police."),
        ("Il n'est pas venu plus tard, a-t-il dit.", "Il est venu plus tard, a-t-il dit."),
        ("Le ministre n'a jamais confirmé ces informations.", "Le ministre a confirmé ces informations."),
    ]:
        a, b = negations(text, "fr")[0]
        dropped = _drop_french_negation(text, a, b)
        assert dropped == expected
        assert not negations(dropped, "fr")



@pytest.mark.parametrize("seed", range(5))
def test_a_changed_month_keeps_the_proclitic_written_onto_it(seed):
    # ويونيو is "and June": the month changes, the "and" stays ("بين يناير ومايو", never "ينايرمايو")
    from checker.checks import language

    months = set(language("ar")["months"])
    text = "جمعت العينات بين يناير ويونيو."
    out = perturb(ex("ar", "fr", text, "entre janvier et juin"), "date", random.Random(seed))
    old, new = text.rstrip(".").split(), out.translation.rstrip(".").split()
    assert len(new) == len(old) and new != old
    assert new[4].startswith("و") and new[4][1:] in months and new[3] in months
