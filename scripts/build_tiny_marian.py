"""Build tiny MarianMT models offline, for tests and benchmarks.

Two kinds, the way transformers' own Marian tests do it (a SentencePiece tokenizer trained on a
few lines and a small ``MarianConfig``):

* ``build_random(out_dir)``: random weights, built in a second; for plumbing tests.
* ``build_trained(out_dir)``: trained for about a minute on a synthetic word-for-word
  French→English corpus drawn from a small news lexicon, so it translates literally
  ("respectant le droit à la crise" → "respecting the right to the crisis"). The committed
  fixture ``tests/fixtures/tiny-marian-fr-en/`` was made with::

      .venv/bin/python scripts/build_tiny_marian.py      # or: make fixtures

  which trains the fixed number of steps it was trained with (``--seconds N`` trains for a
  wall-clock budget instead; the weights then depend on the machine's speed).

Vocabulary layout follows the real opus-mt models: ``</s>`` 0, ``<unk>`` 1, the pieces, and
``<pad>`` last (the decoder start token); CTranslate2's Marian converter relies on that.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

FIXTURE_DIR = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "tiny-marian-fr-en"
#: Optimiser steps of the committed fixture (about a minute on two CPU cores).
FIXTURE_STEPS = 3022

# French → English, one word each, so the toy corpus is word-for-word and monotone.
LEXICON = """
le the|la the|les the|un a|une a|des some|de of|du of|à to|au to|aux to|et and|ou or|mais but
en in|dans in|sur on|avec with|pour for|par by|contre against|sans without|après after|avant before
pendant during|entre between|selon according|vers towards|chez at|sous under
respectant respecting|droit right|droits rights|crise crisis|manifestation protest|manifestations protests
pacifique peaceful|pacifiques peaceful|résolution resolution|résolutions resolutions|solution solution
paix peace|guerre war|gouvernement government|ministre minister|président president|pays country
ambassade embassy|ambassadeur ambassador|consulat consulate|personnel staff|employés employees
famille family|membres members|citoyens citizens|police police|policiers officers|armée army
sécurité security|aide aid|alliance alliance|militaire military|violence violence|violentes violent
élection election|vote vote|loi law|tribunal court|juge judge|prison prison|journal newspaper
journaliste journalist|médias media|liberté freedom|institutions institutions|soutien support
plein full|nouveau new|nouvelle new|ancien former|grand large|petit small|long long|court short
premier first|dernier last|prochain next|important important|difficile difficult|possible possible
nécessaire necessary|dangereuse dangerous|limitée limited|politique political|économique economic
prix prices|carburant fuel|pétrole oil|gaz gas|marché market|banque bank|argent money|dette debt
ville city|capitale capital|région region|frontière border|route road|aéroport airport|port port
jour day|semaine week|mois month|année year|matin morning|soir evening|nuit night|heure hour
lundi Monday|mardi Tuesday|mercredi Wednesday|jeudi Thursday|vendredi Friday|samedi Saturday|dimanche Sunday
janvier January|février February|mars March|avril April|mai May|juin June|juillet July|août August
deux two|trois three|quatre four|cinq five|six six|sept seven|huit eight|neuf nine|dix ten
cent hundred|mille thousand|millions millions
a has|ont have|est is|sont are|était was|sera will|peut can|doit must|veut wants|fait makes
dit says|déclaré declared|annoncé announced|exhorté urged|demandé asked|refusé refused|réaffirmé reaffirmed
plaidé advocated|approuvé approved|envoyé sent|discuté discussed|décidé decided|commencé started
quitter leave|partir leave|rester stay|trouver find|soutenir support|renforcer strengthen|protéger protect
surveiller monitor|évacuer evacuate|commenter comment|opérer operate|garder guard|fournir provide
situation situation|terrain ground|mission mission|capacité capacity|décision decision|courriel email
réunion meeting|accord agreement|appel call|discours speech|rapport report|enquête investigation
non not|pas not|jamais never|aucun no|tous all|plusieurs several|chaque each|autre other|même same
il he|elle she|ils they|nous we|qui who|que that|ce this|cette this|son his|leur their
""".split("|")


def lexicon() -> list[tuple[str, str]]:
    """The (French, English) word pairs of the toy lexicon."""
    pairs = []
    for entry in LEXICON:
        for item in entry.split("\n"):
            words = item.split()
            if len(words) == 2:
                pairs.append((words[0], words[1]))
    return pairs


def corpus(n: int, seed: int = 0) -> list[tuple[str, str]]:
    """Random word sequences and their word-for-word translations."""
    rng = random.Random(seed)
    words = lexicon()
    fixed = [("respectant le droit à la crise", "respecting the right to the crisis"),
             ("le droit de manifestation", "the right of protest")]
    out = list(fixed)
    while len(out) < n:
        picked = [rng.choice(words) for _ in range(rng.randint(2, 9))]
        if len(picked) > 4 and rng.random() < 0.3:
            picked.insert(rng.randint(2, len(picked) - 2), (",", ","))
        end = rng.choice(["", ".", "."])
        french = " ".join(f for f, _ in picked).replace(" ,", ",") + end
        english = " ".join(e for _, e in picked).replace(" ,", ",") + end
        out.append((french, english))
    return out


def _tokenizer_files(lines: list[str], folder: Path, vocab_size: int) -> dict[str, int]:
    """A SentencePiece model shared by both sides, and the Marian vocab with <pad> last."""
    import sentencepiece as spm

    text = folder / "corpus.txt"
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(text), model_prefix=str(folder / "sp"), vocab_size=vocab_size, model_type="unigram",
        character_coverage=1.0, pad_id=-1, unk_id=1, bos_id=-1, eos_id=0, eos_piece="</s>",
        unk_piece="<unk>", hard_vocab_limit=False, minloglevel=2, num_threads=1,
        normalization_rule_name="identity")
    proc = spm.SentencePieceProcessor(model_file=str(folder / "sp.model"))
    vocab = {proc.id_to_piece(i): i for i in range(proc.get_piece_size())}
    vocab["<pad>"] = len(vocab)
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    shutil.copy(folder / "sp.model", folder / "source.spm")
    shutil.copy(folder / "sp.model", folder / "target.spm")
    return vocab


def _build(lines: list[str], vocab_size: int, d_model: int, layers: int, heads: int, ffn: int, seed: int):
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    work = Path(tempfile.mkdtemp(prefix="tiny-marian-"))
    vocab = _tokenizer_files(lines, work, vocab_size)
    tokenizer = MarianTokenizer(vocab=str(work / "vocab.json"), source_spm=str(work / "source.spm"),
                                target_spm=str(work / "target.spm"), source_lang="fr", target_lang="en")
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab), d_model=d_model, encoder_layers=layers, decoder_layers=layers,
        encoder_attention_heads=heads, decoder_attention_heads=heads, encoder_ffn_dim=ffn,
        decoder_ffn_dim=ffn, max_position_embeddings=128, pad_token_id=pad, eos_token_id=0,
        decoder_start_token_id=pad, forced_eos_token_id=0, share_encoder_decoder_embeddings=True,
        scale_embedding=True, dropout=0.0, attention_dropout=0.0, activation_dropout=0.0)
    torch.manual_seed(seed)
    model = MarianMTModel(config)
    shutil.rmtree(work)
    return model, tokenizer


def _save(model, tokenizer, out_dir: Path, model_id: str, note: str) -> str:
    """Weights (safetensors), tokenizer files and ``checker.json``; returns the revision."""
    out_dir.mkdir(parents=True, exist_ok=True)
    model.generation_config.max_length = 64
    model.generation_config.num_beams = 1
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    # A content hash stands in for a hub commit: the same weights always get the same revision.
    digest = hashlib.sha256((out_dir / "model.safetensors").read_bytes()).hexdigest()[:12]
    (out_dir / "checker.json").write_text(json.dumps(
        {"model_id": model_id, "revision": digest, "note": note}, indent=2) + "\n")
    return digest


def write_model_card(out_dir: str | Path, *, steps: int, seconds: float, revision: str) -> None:
    """The fixture's README.md: what the toy is, how it was made, and that it is not a translator."""
    words = len(lexicon())
    Path(out_dir, "README.md").write_text(f"""# tiny-marian-fr-en (a toy, not a translator)

A MarianMT model (d_model 64, 2+2 layers, ~200 k parameters) trained for {steps} steps
({seconds:.0f} s on a 2-core CPU) on a synthetic French→English corpus of random word sequences
drawn from a {words}-word news lexicon, translated word for word. It exists so tests can run the
whole back-translation path offline: it renders "respectant le droit à la crise" as
"respecting the right to the crisis" and finds "protest" unlikely after it. It knows nothing
outside its lexicon.

- model id: `tiny-marian-fr-en`, revision `{revision}` (first 12 hex digits of the SHA-256 of
  `model.safetensors`; also in `checker.json`)
- vocabulary: one SentencePiece model for both sides; `</s>` 0, `<unk>` 1, `<pad>` last, as in
  the opus-mt models (CTranslate2's converter relies on that)

Rebuild:

    .venv/bin/python scripts/build_tiny_marian.py tests/fixtures/tiny-marian-fr-en --steps {steps}

(`make fixtures` runs the same with the default number of steps.)

With torch 2.13 (CPU) the rebuilt `model.safetensors` is byte-identical (same revision); the
`.spm` files differ only where SentencePiece records the path of its temporary training file.
Another PyTorch version may give slightly different weights: tests assert behaviour, not bytes.
""", encoding="utf-8")


def build_random(out_dir: str | Path, *, seed: int = 0) -> Path:
    """A random-weight MarianMT (d_model 16, two layers) with a tokenizer trained on a few lines."""
    lines = [s for pair in corpus(200, seed) for s in pair]
    model, tokenizer = _build(lines, vocab_size=120, d_model=16, layers=2, heads=2, ffn=32, seed=seed)
    _save(model, tokenizer, Path(out_dir), "tiny-marian-random", "random weights: for plumbing tests only")
    return Path(out_dir)


def build_trained(out_dir: str | Path, *, steps: int = FIXTURE_STEPS, seconds: float | None = None,
                  seed: int = 0) -> Path:
    """A toy French→English MarianMT trained to translate word for word.

    Trains for ``steps`` optimiser steps (reproducible: same seed, same PyTorch, same weights),
    or, when ``seconds`` is given, for that wall-clock budget instead.
    """
    import torch

    torch.manual_seed(seed)
    torch.set_num_threads(2)
    pairs = corpus(6000, seed)
    model, tokenizer = _build([s for p in pairs for s in p], vocab_size=700, d_model=64, layers=2, heads=4,
                              ffn=128, seed=seed)
    model.train()
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
    rng = random.Random(seed)
    start, step = time.time(), 0
    while (time.time() - start < seconds) if seconds is not None else (step < steps):
        batch = [pairs[0], pairs[1]] + rng.sample(pairs, 62)
        enc = tokenizer([f for f, _ in batch], text_target=[e for _, e in batch], return_tensors="pt",
                        padding=True)
        labels = enc["labels"].masked_fill(enc["labels"] == tokenizer.pad_token_id, -100)
        loss = model(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"], labels=labels).loss
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        step += 1
        if step % 200 == 0:
            print(f"step {step} loss {loss.item():.3f}", file=sys.stderr)
    model.eval()
    elapsed = time.time() - start
    revision = _save(model, tokenizer, Path(out_dir), "tiny-marian-fr-en",
                     f"toy word-for-word fr→en model: {step} steps of training on a synthetic corpus; "
                     f"not a real translator")
    write_model_card(out_dir, steps=step, seconds=elapsed, revision=revision)
    print(f"trained {step} steps in {elapsed:.0f} s", file=sys.stderr)
    return Path(out_dir)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, nargs="?", default=FIXTURE_DIR,
                        help=f"where to write the model (default: {FIXTURE_DIR})")
    parser.add_argument("--random", action="store_true", help="random weights instead of training")
    parser.add_argument("--steps", type=int, default=FIXTURE_STEPS, help="optimiser steps (default: the fixture's)")
    parser.add_argument("--seconds", type=float, default=None, help="train for this long instead of --steps")
    args = parser.parse_args()
    if args.random:
        path = build_random(args.out_dir)
    else:
        path = build_trained(args.out_dir, seconds=args.seconds, steps=args.steps)
    print(path)


if __name__ == "__main__":
    main()
