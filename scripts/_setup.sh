# Shared set-up for scripts/start and scripts/test (sourced, not run).
# Installs missing Debian packages when run as root on Debian/Ubuntu, then makes
# .venv with BonusDesk and its Python dependencies. Safe to run again: it only
# installs what is missing.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

# Libraries Qt's xcb platform plugin needs at run time.
QT_DEBS="libgl1 libegl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0
 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libx11-6"

ensure_debs() {
    # $@: Debian package names
    missing=""
    if ! command -v dpkg-query >/dev/null 2>&1; then
        return 0  # not Debian: the README lists what to install by hand
    fi
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing="$missing $pkg"
        fi
    done
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "bonusdesk setup: installing Debian packages:$missing"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        # shellcheck disable=SC2086
        apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
        echo "bonusdesk setup: please install these packages (as root):$missing" >&2
    fi
}

pick_python() {
    for py in python3.13 python3.12 python3.11 python3; do
        if command -v "$py" >/dev/null 2>&1 &&
           "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$py"
            return 0
        fi
    done
    echo "bonusdesk setup: Python 3.11 or newer is required" >&2
    return 1
}

ensure_venv() {
    # $1: pip extras, e.g. "[test]" or ""
    PY=$(pick_python)
    if ! "$PY" -c 'import venv, ensurepip' >/dev/null 2>&1; then
        ensure_debs python3-venv
    fi
    if [ ! -x .venv/bin/python ]; then
        "$PY" -m venv .venv
        .venv/bin/python -m pip install -q --upgrade pip
    fi
    .venv/bin/python -m pip install -q -e ".$1"
    .venv/bin/python -m bonusdesk.ui.i18n --compile
}
