#!/usr/bin/env bash
# Build a one-folder desktop bundle in dist/revdesk with PyInstaller.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install -q -e . pyinstaller
python3 -m PyInstaller --noconfirm --clean packaging/revdesk.spec
echo "built: dist/revdesk/revdesk"
