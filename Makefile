# cnstats: make run | make test | make bench
# Every target sets up .venv on a fresh machine first.
# Paths are quoted: `make run RAW="my reports" OUT="my tables"` reads and writes folders with spaces.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
RAW    ?= data/raw
OUT    ?= data/out
ARGS   ?=

.PHONY: run test bench setup compile clean-venv

# The install also compiles the hot path with mypyc when it can (setup.py, pipeline/native.py), and, as
# root on Debian, installs the antiword program that old Word (.doc) files are read with.
$(VENV)/.installed: pyproject.toml setup.py
	test -x "$(PY)" || "$(PYTHON)" -m venv "$(VENV)"
	"$(PY)" -m pip install --quiet --disable-pip-version-check --upgrade pip
	"$(PY)" -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@command -v antiword >/dev/null || [ "$$(id -u)" != 0 ] || ! command -v apt-get >/dev/null \
	    || timeout 180 sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq antiword' \
	    || echo "note: antiword is not installed: old Word (.doc) files will be rejected until it is (apt-get install antiword)"
	touch "$@"

setup: $(VENV)/.installed

# After editing a compiled module (pipeline/native.py lists them), rebuild them; until then the
# package runs as pure Python and says so. CNSTATS_PURE=1 make compile removes nothing, compiles nothing.
compile: setup
	"$(PY)" -m pip install --quiet --disable-pip-version-check --no-deps -e .

run: setup
	"$(PY)" -m pipeline run --input "$(RAW)" --output "$(OUT)" $(ARGS)

test: setup
	"$(PY)" -m pytest $(ARGS)

bench: setup
	"$(PY)" -m pipeline.bench $(ARGS)

clean-venv:
	rm -rf "$(VENV)"
