# Two entry points for a fresh machine (see README): `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SAMPLE ?= samples/nb_tilbudsbrev_master.pdf

.PHONY: install demo test test-fast lint samples bench wheel-check

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,ocr]'
	touch $@

install: $(VENV)/.installed

# Exit codes 0, 1 and 3 are verdicts (compliant, not compliant, incomplete); 2 and 4 are real failures.
demo: install
	$(VENV)/bin/offercheck check $(SAMPLE); status=$$?; case $$status in 0|1|3) ;; *) exit $$status;; esac

# Everything, the slow tests included (what CI and the README run).
test: install
	$(PY) -m pytest
	$(VENV)/bin/offercheck rules test

# While editing: everything but the tests marked slow (subprocesses, every sample end to end, OCR, wheel builds,
# batches with worker processes); under a minute on two cores.
test-fast: install
	$(PY) -m pytest -m "not slow"

# mypy is strict through [tool.mypy] in pyproject.toml.
lint: install
	$(VENV)/bin/ruff check analyzer tests samples benchmarks
	$(VENV)/bin/ruff format --check analyzer tests samples benchmarks
	$(VENV)/bin/mypy

# The wheel, installed into a fresh venv outside the checkout, checks a sample like the editable install does.
wheel-check: install
	VENV=$(VENV) PYTHON=$(PYTHON) scripts/check_wheel.sh

samples: install
	$(PY) samples/build_samples.py
