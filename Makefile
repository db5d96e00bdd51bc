# cnstats: make run | make test | make bench
# Every target sets up .venv on a fresh machine first.
# Paths are quoted: `make run RAW="my reports" OUT="my tables"` reads and writes folders with spaces.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
RAW    ?= data/raw
OUT    ?= data/out
ARGS   ?=

.PHONY: run test bench setup clean-venv

$(VENV)/.installed: pyproject.toml
	test -x "$(PY)" || "$(PYTHON)" -m venv "$(VENV)"
	"$(PY)" -m pip install --quiet --disable-pip-version-check --upgrade pip
	"$(PY)" -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch "$@"

setup: $(VENV)/.installed

run: setup
	"$(PY)" -m pipeline run --input "$(RAW)" --output "$(OUT)" $(ARGS)

test: setup
	"$(PY)" -m pytest $(ARGS)

bench: setup
	"$(PY)" -m pipeline.bench $(ARGS)

clean-venv:
	rm -rf "$(VENV)"
