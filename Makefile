# collabnet: two commands for a fresh machine, `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: install install-test run test lint system-deps clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e .
	touch $(STAMP)

$(TEST_STAMP): $(STAMP) pyproject.toml
	$(PIP) install --quiet -e '.[test]'
	touch $(TEST_STAMP)

install-test: $(TEST_STAMP)

run: install
	$(BIN)/collabnet db upgrade
	$(BIN)/collabnet seed demo --if-empty
	$(BIN)/collabnet serve --host 127.0.0.1 --port 8050

system-deps:
	bash scripts/install-test-system-deps.sh

lint: install-test
	$(BIN)/ruff check app graph db seeds tests bench
	$(BIN)/lint-imports

test: install-test system-deps lint
	$(BIN)/python -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache
