# The two commands: `make run` (the app on its bundled articles) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

QM := translations/patient_reader_en.qm

.PHONY: run test lint bench clean bundle smoke archive

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

# Under a 6 GB address-space ceiling (tests/conftest.py; PATIENT_READER_TEST_MEMORY_GB=N changes it, 0 lifts it).
test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

# ruff on everything; mypy --strict on reader/ and ui/ (the files and the strictness are in pyproject's [tool.mypy]).
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

# The benchmark table (docs in bench/__main__.py); `make bench BENCH=startup` runs one module.
bench: $(STAMP) $(QM)
	$(PY) -m bench $(BENCH)

# The installable folder dist/patient-reader (build.spec, docs/PACKAGING.md), its .tar.xz, sizes and self-test.
# Built in its own venv, .venv-bundle: the app's dependencies and PyInstaller from pyproject's [build] extra,
# then numpy rebuilt without BLAS/LAPACK (packaging/noblas_numpy.py; once, a few minutes: the wheel stays in
# build/wheels/). The development venv keeps PyPI's numpy.
BUNDLE_VENV := .venv-bundle
BUNDLE_PY := $(BUNDLE_VENV)/bin/python
BUNDLE_STAMP := $(BUNDLE_VENV)/.installed
$(BUNDLE_STAMP): pyproject.toml packaging/noblas_numpy.py
	$(PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_PY) -m pip install --quiet --upgrade pip
	$(BUNDLE_PY) -m pip install --quiet -e '.[build]'
	$(BUNDLE_PY) packaging/noblas_numpy.py
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP) $(QM)
	$(BUNDLE_PY) packaging/trim_icu.py
	$(BUNDLE_VENV)/bin/pyinstaller --noconfirm --log-level ERROR build.spec
	$(BUNDLE_PY) packaging/make_archive.py
	$(BUNDLE_PY) packaging/measure_bundle.py

smoke: bundle
	packaging/smoke.sh

# `make bundle` writes the release archive too (bench/goals.py reads its size); kept as a name for it.
archive: bundle

clean:
	rm -rf $(VENV) $(BUNDLE_VENV) build dist .pytest_cache .mypy_cache .ruff_cache
