# tipoff — two set-up commands: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DIR ?= .demo
DEMO_REPORTS ?= 5000

.PHONY: demo test check venv install install-dev lint typecheck bench serve-demo clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

venv: $(BIN)/python

install: venv
	$(BIN)/pip install -q -e .

install-dev: venv
	$(BIN)/pip install -q -e '.[dev]'

## make demo: install, build a demo database from the simulator, serve it on 127.0.0.1
demo: install
	$(BIN)/tipoff demo --dir $(DEMO_DIR) --reports $(DEMO_REPORTS)

## make test: install dev dependencies and run the whole suite
test: install-dev
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

## make check: lint, formatting and types (CI runs it before make test)
check: install-dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy src

lint: check

bench: install-dev
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) $(DEMO_DIR) build *.egg-info .pytest_cache
