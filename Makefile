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
	$(BIN)/mypy
	$(BIN)/pytest

bench: setup
	$(BIN)/python -m bench

lint: setup
	$(BIN)/ruff check .
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

prometheus:
	@command -v promtool >/dev/null 2>&1 || { \
	  echo "Installing Prometheus (Debian package) for the dashboard and rule tests"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq --no-install-recommends prometheus >/dev/null; }

clean:
	rm -rf $(VENV) .newswatch deploy/kafka/libs .pytest_cache .mypy_cache .ruff_cache
