#!/bin/sh
# Put revdesk in this user's application menu: its desktop entry, started from this folder,
# and its icon, under $XDG_DATA_HOME (~/.local/share). Copied beside the executable by the
# bundle's build; run it from there, and again after moving the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
case "$here" in
  *[\"\`\$\\%]*)  # a desktop entry's Exec would have to escape these; a desk PC's folder has none
    echo "install-desktop-entry: move the bundle to a folder whose path has no \" \` \$ \\ or %" >&2
    exit 2 ;;
esac
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/256x256/apps"
cp "$here/revdesk.png" "$data/icons/hicolor/256x256/apps/revdesk.png"
{
  grep -v -e '^Exec=' -e '^TryExec=' "$here/revdesk.desktop"
  printf 'TryExec=%s\nExec="%s"\n' "$here/revdesk" "$here/revdesk"
} > "$data/applications/revdesk.desktop"
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$data/applications" || true
fi
echo "installed: $data/applications/revdesk.desktop (runs $here/revdesk)"
