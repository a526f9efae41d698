# Two commands do all the set-up on a fresh machine with python3 and make:
#   make demo   create .venv, install copydesk, parse the seed article
#   make test   lint, type check, test suite, docs build (-W) and doctests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEED   := seeds/000_8b8a93bd28dc7ebf.txt

.PHONY: demo test lint typecheck pytest docs doctest clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/copydesk parse $(SEED)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests benchmarks docs
	$(BIN)/ruff format --check src tests benchmarks docs

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy --strict src

pytest: $(VENV)/.installed-dev
	$(BIN)/python -m pytest

docs: $(VENV)/.installed-dev
	$(BIN)/sphinx-build -W --keep-going -q -b html docs docs/_build/html

doctest: $(VENV)/.installed-dev
	$(BIN)/sphinx-build -W --keep-going -q -b doctest docs docs/_build/doctest

test: lint typecheck pytest docs doctest

clean:
	rm -rf $(VENV) docs/_build .pytest_cache .mypy_cache .ruff_cache .hypothesis
