#!/usr/bin/env bash
# Install storysite in a fresh virtual environment, then build and serve the example library on 127.0.0.1:8000.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! python3 -c "import ensurepip" >/dev/null 2>&1; then  # Debian's python3 needs python3-venv for venvs
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv >/dev/null
fi
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
# storysite is now in .venv/bin, which the shell does not search: say how to run it (in English and Welsh).
cat <<HINT
storysite is installed in $PWD/.venv. To run \`storysite\` from any folder, in each new terminal run:
    . "$PWD/.venv/bin/activate"
or install it for your user once with: pipx install "$PWD"
Mae storysite wedi'i osod yn $PWD/.venv. I redeg \`storysite\` o unrhyw ffolder, ym mhob terfynell newydd rhedwch:
    . "$PWD/.venv/bin/activate"
neu gosodwch ef ar gyfer eich defnyddiwr unwaith gyda: pipx install "$PWD"

HINT
exec .venv/bin/storysite serve content "$@"
