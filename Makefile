# Two commands (README "Quick start"): `make run` starts the app, `make test` runs everything CI runs.
# Each creates the virtualenv when it is missing and installs what it needs; VENV chooses where it lives.

PYTHON ?= python3
VENV ?= .venv
PORT ?= 8501
# Only this machine can reach the app unless told otherwise (`make run HOST=0.0.0.0`); in production nginx
# (deploy/nginx/) stands in front.
HOST ?= 127.0.0.1
BIN := $(abspath $(VENV))/bin
# make test installs chromium, so the browser tests must run: a missing browser is a failure, not a skip.
export PREVENTIEKAART_REQUIRE_BROWSER ?= 1
# It installs postgresql too: the register's tests on PostgreSQL must run, not skip.
export PREVENTIEKAART_REQUIRE_POSTGRES ?= 1

.PHONY: run test system-packages

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Stamps: reinstall only when a requirements file changed.
$(VENV)/.installed-run: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install -q -r requirements-dev.txt
	touch $@

# serve.py: app.py behind Streamlit's server with the app's own HTTP routes (/ready).
run: $(VENV)/.installed-run
	$(BIN)/python -m streamlit run serve.py --server.address $(HOST) --server.port $(PORT)

# Debian's chromium (browser tests, PNG downloads; no browser download from the internet), nginx (the
# reverse-proxy test runs it in front of the app) and postgresql (a throw-away server for the register's
# tests: initdb/pg_ctl in a temporary folder) and Noto Color Emoji (emoji in the PDF report; OFL), each installed
# only when missing.
system-packages:
	@MISSING=""; \
	[ -x /usr/bin/chromium ] || MISSING="$$MISSING chromium"; \
	command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || MISSING="$$MISSING nginx"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || MISSING="$$MISSING postgresql"; \
	[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || MISSING="$$MISSING fonts-noto-color-emoji"; \
	if [ -n "$$MISSING" ]; then \
		SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO="sudo"; \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$MISSING >/dev/null; \
	fi

# Lint, format check, layer contract, types, the whole test suite (browser tests included), quick benchmark.
test: $(VENV)/.installed-dev system-packages
	PATH="$(BIN):$$PATH" ruff check .
	PATH="$(BIN):$$PATH" ruff format --check .
	PATH="$(BIN):$$PATH" lint-imports
	PATH="$(BIN):$$PATH" mypy
	PATH="$(BIN):$$PATH" python -m pytest
	PATH="$(BIN):$$PATH" python -m tools bench --json --quick
