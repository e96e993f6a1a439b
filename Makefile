# tidings — make setup | demo | test | lint | bench | fuzz
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: setup system-deps demo test lint bench fuzz clean docs-figures docs-figures-check

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[all,dev]'
	touch $@

system-deps:
	bash scripts/system-deps.sh

demo: setup
	$(BIN)/tidings extract --date 2022-10-16 --format table examples/seed-article.txt
	@echo "tidings is installed in $(VENV): '. $(VENV)/bin/activate' puts the tidings command on the path (or run $(BIN)/tidings)"

test: setup system-deps
	$(BIN)/python -m pytest -q

# ruff lint + format check on everything, mypy on src/ (configured in pyproject.toml)
lint: setup
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy

bench: setup
	$(BIN)/python bench/run.py

# Property tests with 400-3000 examples each (CI: 25-60), 100 kill -9 trials per backend (CI: 20 + 5),
# a 30 s 50-client load test (CI: 5 s) and a 1 GB JSONL file (CI: 30 MB); -s prints the figures.
fuzz: setup
	TIDINGS_FUZZ=1 $(BIN)/python -m pytest -q -s -m fuzz tests

# The figures in docs/store.md (columns table, Wikinews counts) come from scripts/docs_figures.py.
docs-figures: setup
	$(BIN)/python scripts/docs_figures.py

docs-figures-check: setup
	$(BIN)/python scripts/docs_figures.py --check

clean:
	rm -rf $(VENV) build dist *.egg-info test-output .pytest_cache
