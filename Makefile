# The two commands: `make run` (the app on its bundled articles) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

QM := translations/patient_reader_en.qm

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The English interface: compiled from the committed .ts at set-up (binaries are never committed).
$(QM): translations/patient_reader_en.ts $(STAMP)
	$(PY) tools/update_translations.py --release

run: $(STAMP) $(QM)
	$(PY) -m ui $(ARGS)

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy reader

bench: $(STAMP)
	$(PY) -m bench

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
