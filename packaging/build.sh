#!/usr/bin/env bash
# Build the one-folder desktop bundle with PyInstaller: dist/revdesk/revdesk and, beside it,
# everything the station needs at run time, for a machine with no Python.
#   bash packaging/build.sh [--dist DIR] [--work DIR]     (defaults: dist, build)
# From a clean clone it first installs revdesk with its `bundle` extra (PyInstaller) when
# any of them is missing from this Python; set PYTHON to build with another one.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
dist=dist
work=build
while (($#)); do
  case "$1" in
    --dist) dist=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "usage: bash packaging/build.sh [--dist DIR] [--work DIR]" >&2; exit 2 ;;
  esac
done

# The spec analyses this tree's revdesk (its folder comes first), so only the dependencies
# and PyInstaller must be installed: install nothing when they all are (a developer's
# environment, CI after .ci/run's install).
if ! "$python" - <<'PY'
import importlib.metadata as metadata
import re
import sys
import tomllib

with open("pyproject.toml", "rb") as file:
    project = tomllib.load(file)["project"]
missing = []
for requirement in [*project["dependencies"], *project["optional-dependencies"]["bundle"]]:
    name = re.match(r"[A-Za-z0-9_.-]+", requirement).group(0)
    try:
        metadata.version(name)
    except metadata.PackageNotFoundError:
        missing.append(name)
if missing:
    print("build: installing revdesk[bundle], missing:", *missing)
sys.exit(1 if missing else 0)
PY
then
  "$python" -m pip install -q -e '.[bundle]'
fi

start=$SECONDS
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/revdesk.spec
echo "built: $dist/revdesk/revdesk ($(du -sh "$dist/revdesk" | cut -f1), $((SECONDS - start)) s)"
