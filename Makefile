# Two commands for a fresh machine: `make demo` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV ?= .venv
TORCH_VERSION ?= 2.13.0
TORCH_SPEC ?= torch==$(TORCH_VERSION)
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install browser demo test eval bench fixtures screenshot clean

install: $(STAMP)

# The HTML report is tested in a real headless browser: Debian's Chromium.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian's chromium for the HTML report tests"; \
	    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium not installed and cannot install it here: browser tests will be skipped"; fi; }

$(STAMP): pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# torch first and pinned: an unpinned torch would pull a multi-GB CUDA build.
	$(BIN)/python -m pip install --quiet "$(TORCH_SPEC)"
	$(BIN)/python -m pip install --quiet -e ".[marian,ctranslate2,dev]"
	touch $(STAMP)

demo: install
	$(BIN)/checker check seeds/kazakhstan.fr.txt seeds/kazakhstan.en.txt --lang fr --ref-lang en --fail-on never

test: install browser
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/checker eval

bench: install
	$(BIN)/python -m bench

fixtures: install
	$(BIN)/python scripts/build_tiny_marian.py

# A picture of the HTML review page of the seed article's check, for humans to look at.
screenshot: install browser
	mkdir -p out
	$(BIN)/checker check seeds/kazakhstan.fr.txt seeds/kazakhstan.en.txt --lang fr --ref-lang en --fail-on never -f json -o out/seed-report.json
	$(BIN)/python scripts/screenshot_report.py out/seed-report.json -o out/report-screenshot.png --html out/report-screenshot.html

clean:
	rm -rf $(VENV) build *.egg-info
