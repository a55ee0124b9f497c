"""The command line: exit codes, outputs and errors, driven through typer's CliRunner."""

import json

import pytest
from typer.testing import CliRunner

from checker.cli import app

runner = CliRunner()
OFFLINE = ["--backtranslation", "off", "--embedder", "none"]


@pytest.fixture
def pair(tmp_path):
    t = tmp_path / "a.fr.txt"
    r = tmp_path / "a.en.txt"
    t.write_text("Le ministre est arrivé jeudi.\n\nLa réunion a duré trois heures.\n", encoding="utf-8")
    r.write_text("The minister arrived on Thursday.\n\nThe meeting lasted three hours.\n", encoding="utf-8")
    return t, r


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_clean_translation_exits_0_with_json_report(pair):
    t, r = pair
    result = run("check", t, r, "--lang", "fr", "--ref-lang", "en", "--format", "json", *OFFLINE)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "checker.report/1"
    assert data["languages"] == {"translation": "fr", "reference": "en"}
    assert data["signals"]["backtranslation"]["status"] == "off"
    assert data["summary"]["segments"] == 2 and data["summary"]["flagged"] == 0


def test_changed_number_exits_1(tmp_path):
    t = tmp_path / "b.fr.txt"
    r = tmp_path / "b.en.txt"
    t.write_text("La réunion a duré cinq heures.\n", encoding="utf-8")
    r.write_text("The meeting lasted three hours.\n", encoding="utf-8")
    result = run("check", t, r, "--lang", "fr", "--ref-lang", "en", "--format", "json", *OFFLINE)
    assert result.exit_code == 1, result.output
    seg = json.loads(result.stdout)["segments"][0]
    assert seg["severity"] == "critical"
    assert any(f["check"] == "numbers" for f in seg["findings"])
    # --fail-on never reports the same but does not fail
    assert run("check", t, r, "--lang", "fr", "--ref-lang", "en", "--fail-on", "never", *OFFLINE).exit_code == 0


def test_missing_input_is_exit_2_with_one_line(pair, tmp_path):
    t, _ = pair
    result = run("check", t, tmp_path / "nope.txt", *OFFLINE)
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "nope.txt: no such file" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("args,message", [
    (["--format", "pdf"], "unknown format"),
    (["--fail-on", "sometimes"], "fail-on must be one of"),
    (["--beam", "0"], "beam must be at least 1"),
])
def test_bad_options_are_exit_2(pair, args, message):
    t, r = pair
    result = run("check", t, r, *args, *OFFLINE)
    assert result.exit_code == 2
    assert message in result.stderr


def test_required_backtranslation_without_model_is_exit_3(pair, tmp_path):
    t, r = pair
    result = run("check", t, r, "--lang", "fr", "--ref-lang", "en", "--backtranslation", "required",
                 "--models-dir", tmp_path / "empty", "--embedder", "none")
    assert result.exit_code == 3
    assert "checker models pull fr en" in result.stderr


def test_output_is_written_atomically_and_never_over_an_input(pair, tmp_path):
    t, r = pair
    out = tmp_path / "report.json"
    result = run("check", t, r, "--lang", "fr", "--ref-lang", "en", "-f", "json", "-o", out, *OFFLINE)
    assert result.exit_code == 0
    assert json.loads(out.read_text())["summary"]["segments"] == 2
    assert not list(tmp_path.glob(".report.json.*"))  # no temporary file left behind
    before = r.read_text()
    clash = run("check", t, r, "-o", r, *OFFLINE)
    assert clash.exit_code == 2 and r.read_text() == before


def test_language_detection_is_reported_on_stderr(pair):
    t, r = pair
    result = run("check", t, r, "--format", "json", *OFFLINE)
    assert result.exit_code == 0
    assert "translation language detected as 'fr'" in result.stderr
    assert json.loads(result.stdout)["languages"] == {"translation": "fr", "reference": "en"}


def test_unknown_config_key_is_exit_2(pair, tmp_path):
    t, r = pair
    cfg = tmp_path / "checker.toml"
    cfg.write_text('colour = "blue"\n')
    result = run("check", t, r, "--config", cfg, *OFFLINE)
    assert result.exit_code == 2 and "unknown key 'colour'" in result.stderr


def test_jsonl_input(tmp_path):
    p = tmp_path / "p.jsonl"
    p.write_text(json.dumps({"translation": "La réunion a duré cinq heures.",
                             "reference": "The meeting lasted three hours."}) + "\n", encoding="utf-8")
    result = run("check", p, "--lang", "fr", "--ref-lang", "en", "-f", "json", *OFFLINE)
    assert result.exit_code == 1
    seg = json.loads(result.stdout)["segments"][0]
    assert seg["translation"]["text"] == "La réunion a duré cinq heures."


def test_batch_directory_and_baseline(tmp_path):
    (tmp_path / "x.fr.txt").write_text("La réunion a duré cinq heures.\n", encoding="utf-8")
    (tmp_path / "x.en.txt").write_text("The meeting lasted three hours.\n", encoding="utf-8")
    (tmp_path / "y.fr.txt").write_text("Le ministre est arrivé jeudi.\n", encoding="utf-8")
    (tmp_path / "y.en.txt").write_text("The minister arrived on Thursday.\n", encoding="utf-8")
    common = ["--lang", "fr", "--ref-lang", "en", *OFFLINE]
    result = run("check", tmp_path, *common, "-f", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["summary"]["segments"] == 2 and data["summary"]["flagged"] == 1
    assert data["segments"][0]["source"].endswith("x.fr.txt")
    base = tmp_path / "baseline.json"
    assert run("baseline", tmp_path, *common, "-o", base).exit_code == 0
    again = run("check", tmp_path, *common, "--baseline", base)
    assert again.exit_code == 0, again.output


def test_back_translation_with_a_local_model_points_at_crise(tmp_path, tiny_marian_dir):
    t = tmp_path / "s.fr.txt"
    r = tmp_path / "s.en.txt"
    t.write_text("respectant le droit à la crise\n", encoding="utf-8")
    r.write_text("respecting the right to protest\n", encoding="utf-8")
    args = ["check", t, r, "--lang", "fr", "--ref-lang", "en", "--aligned", "--model", tiny_marian_dir,
            "--backtranslation", "required", "--engine", "transformers", "--embedder", "none", "-f", "json",
            "--cache-dir", tmp_path / "cache"]
    result = run(*args)
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert data["signals"]["backtranslation"]["status"] == "ok"
    seg = data["segments"][0]
    assert seg["backtranslation"] == "respecting the right to the crisis"
    spans = [f["span"] for f in seg["findings"] if f["check"] == "backtranslation-mismatch"]
    text = t.read_text(encoding="utf-8")
    assert any("crise" in text[a:b] for a, b in spans)
    again = run(*args)  # second run answers from the cache, same report
    assert json.loads(again.stdout)["segments"] == data["segments"]


def test_unloadable_model_is_one_line_not_a_traceback(pair, tmp_path):
    t, r = pair
    bad = tmp_path / "bad-model"
    bad.mkdir()
    (bad / "config.json").write_text("{not json")
    (bad / "model.safetensors").write_bytes(b"")
    common = [t, r, "--lang", "fr", "--ref-lang", "en", "--model", bad, "--embedder", "none"]
    required = run("check", *common, "--backtranslation", "required")
    assert required.exit_code == 3 and "could not be loaded" in required.stderr
    assert "Traceback" not in required.output
    auto = run("check", *common, "-f", "json")
    assert auto.exit_code == 0
    assert json.loads(auto.stdout)["signals"]["backtranslation"]["status"] == "unavailable"


def test_weights_that_fail_when_first_loaded_are_one_line_not_a_traceback(pair, tmp_path, tiny_marian_dir):
    import shutil

    t, r = pair
    bad = tmp_path / "bad-weights"
    shutil.copytree(tiny_marian_dir, bad)
    (bad / "model.safetensors").write_bytes(b"not weights")  # config and tokenizer are fine
    common = [t, r, "--lang", "fr", "--ref-lang", "en", "--model", bad, "--embedder", "none",
              "--engine", "transformers", "--no-cache"]
    required = run("check", *common, "--backtranslation", "required")
    assert required.exit_code == 3 and "could not be loaded" in required.stderr
    assert "Traceback" not in required.output
    auto = run("check", *common, "-f", "json")
    assert auto.exit_code == 0, auto.output
    assert "could not be loaded" in auto.stderr
    data = json.loads(auto.stdout)
    assert data["signals"]["backtranslation"]["status"] == "unavailable"
    assert "could not be loaded" in data["signals"]["backtranslation"]["reason"]
