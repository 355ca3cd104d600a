# newswatch: `make run` (the demo on a local Kafka) and `make test` (the whole suite) set up everything
# they need on a fresh clone: the virtualenv in .venv/, the package, the Kafka jars, Prometheus.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
KAFKA_STAMP := deploy/kafka/libs/.pom-sha256

.PHONY: run test bench lint setup kafka-jars prometheus clean

run: setup
	$(BIN)/newswatch demo

test: setup prometheus
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest

bench: setup
	$(BIN)/python -m bench

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

setup: $(STAMP) $(KAFKA_STAMP)

$(STAMP): pyproject.toml requirements/lock.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "newswatch needs Python 3.11 or newer (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements/lock.txt -e '.[dev]'
	touch $(STAMP)

$(KAFKA_STAMP): deploy/kafka/pom.xml | $(STAMP)
	$(BIN)/newswatch kafka fetch

# The dashboard and alerting-rule tests run a real Prometheus. As root, make installs Debian's package;
# anyone else is told what to install (no sudo behind their back).
prometheus:
	@command -v promtool >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Prometheus (Debian package) for the dashboard and rule tests"; \
	    apt-get update -qq && apt-get install -y -qq --no-install-recommends prometheus >/dev/null; \
	  else \
	    echo "make test needs Prometheus (promtool and prometheus on PATH) for the dashboard and rule tests."; \
	    echo "Install it, then run make test again: on Debian or Ubuntu 'sudo apt-get install prometheus';"; \
	    echo "elsewhere unpack a release from https://prometheus.io/download/ and put its folder on PATH."; \
	    exit 1; \
	  fi; }

clean:
	rm -rf $(VENV) .newswatch deploy/kafka/libs .pytest_cache .mypy_cache .ruff_cache
