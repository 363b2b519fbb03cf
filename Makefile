# The two set-up commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test serve evaluate bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/detente demo --db demo.db

test: $(STAMP)
	sh .ci/install-browser
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/python -m pytest -q

serve: $(STAMP)
	$(BIN)/detente serve --db demo.db

evaluate: $(STAMP)
	$(BIN)/detente evaluate all

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_coder.py
	$(BIN)/python benchmarks/bench_matcher.py
	$(BIN)/python benchmarks/bench_fusion.py
	$(BIN)/python benchmarks/eval_fusion.py

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm .pytest_cache
