# Shared by scripts/run and scripts/test: Debian packages, configure and build.
# shellcheck shell=bash

SFCONNECT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# What building and running needs (Debian 12 names).
BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
    qtkeychain-qt6-dev libssl-dev
    libsecret-1-0 gnome-keyring dbus fonts-dejavu-core
)
# What the headless test suite needs on top.
TEST_PACKAGES=(
    dbus xvfb xauth clang-format libsecret-tools openssl chromium chromium-driver
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "error: installing packages needs root; run as root or install sudo" >&2
        return 1
    fi
}

# Installs the packages that are missing, and nothing when all are there.
ensure_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

# configure_and_build BUILD_DIR [cmake options...]
configure_and_build() {
    local dir=$1
    shift
    if [ ! -f "$dir/build.ninja" ] || [ $# -gt 0 ]; then
        log "configuring $dir"
        mkdir -p "$dir"
        cmake -S "$SFCONNECT_ROOT" -B "$dir" -G Ninja "$@" >"$dir/configure.log" 2>&1 ||
            { cat "$dir/configure.log" >&2; return 1; }
    fi
    log "building $dir"
    cmake --build "$dir" -- -j"$(nproc)"
}
