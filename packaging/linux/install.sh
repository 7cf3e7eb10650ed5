#!/bin/sh
# Install BonusDesk for the current user from the unpacked archive (no root needed):
#   ./install.sh            install into ~/.local (menu entry, icons, `bonusdesk` command)
#   ./install.sh --uninstall
# The program files are copied to ~/.local/lib/bonusdesk; claim folders are never touched.
set -eu

APP_ID=io.bonusdesk.BonusDesk
SRC=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
LIB=$HOME/.local/lib/bonusdesk
BIN=$HOME/.local/bin

refresh() {
    # Menus and icon caches pick the change up sooner; harmless when the tools are absent.
    command -v update-desktop-database >/dev/null 2>&1 &&
        update-desktop-database -q "$DATA/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 &&
        gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$LIB"
    rm -f "$BIN/bonusdesk" "$BIN/bonusdesk-cli" "$DATA/applications/$APP_ID.desktop" \
        "$DATA/metainfo/$APP_ID.metainfo.xml"
    find "$DATA/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    refresh
    echo "BonusDesk removed (your claim folders are untouched)."
    exit 0
fi

mkdir -p "$LIB" "$BIN" "$DATA/applications" "$DATA/metainfo"
# Copy into a fresh folder then swap it in, so an interrupted install leaves the old one.
rm -rf "$LIB.new"
cp -a "$SRC" "$LIB.new"
rm -rf "$LIB"
mv "$LIB.new" "$LIB"
ln -sf "$LIB/bonusdesk" "$BIN/bonusdesk"
ln -sf "$LIB/bonusdesk-cli" "$BIN/bonusdesk-cli"
cp -a "$SRC/share/icons" "$DATA/"
cp "$SRC/share/metainfo/$APP_ID.metainfo.xml" "$DATA/metainfo/"
# Menus do not always search ~/.local/bin: point the entry at the installed binary.
sed "s|^Exec=bonusdesk|Exec=$LIB/bonusdesk|" "$SRC/share/applications/$APP_ID.desktop" \
    > "$DATA/applications/$APP_ID.desktop"
refresh
echo "BonusDesk installed: find it in your applications menu, or run $BIN/bonusdesk"
