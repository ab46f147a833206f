#!/usr/bin/env bash
# Install storysite in a fresh virtual environment, then build and serve the example library on 127.0.0.1:8000.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
exec .venv/bin/storysite serve content "$@"
