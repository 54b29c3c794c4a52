#!/bin/sh
# Install the Guichet bundle for the current user (no root needed), or remove it with --uninstall.
#   ./install-linux.sh                 copies this folder to ~/.local/opt/guichet, adds the menu entry and the icon,
#                                      and links ~/.local/bin/guichet
#   ./install-linux.sh --uninstall     removes the program, the menu entry and the icon; the desk's data
#                                      (~/.local/share/Guichet: database, backups) and settings are kept
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/opt/guichet"
apps="$prefix/applications"
icons="$prefix/icons/hicolor/256x256/apps"

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$target"
  rm -f "$HOME/.local/bin/guichet" "$apps/guichet.desktop" "$icons/guichet.png"
  echo "Guichet removed. The desk's data is kept in $prefix/Guichet."
  exit 0
fi

if [ "$here" != "$target" ]; then
  rm -rf "$target"
  mkdir -p "$(dirname "$target")"
  cp -a "$here" "$target"
fi
mkdir -p "$HOME/.local/bin" "$apps" "$icons"
ln -sf "$target/guichet" "$HOME/.local/bin/guichet"
cp "$target/guichet.png" "$icons/guichet.png"
sed "s|^Exec=.*|Exec=\"$target/guichet\"|" "$target/guichet.desktop" > "$apps/guichet.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" >/dev/null 2>&1 || true
echo "Guichet installed in $target; it is in the Office menu, or run: guichet"
