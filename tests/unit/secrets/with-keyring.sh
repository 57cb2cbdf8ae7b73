#!/bin/sh
# Runs a command against the real system keychain: a private D-Bus session with its own unlocked
# GNOME Keyring in a temporary HOME, so tests never touch the user's keyring
# (ARCHITECTURE.md, "Real keychain in tests").
#   with-keyring.sh COMMAND [ARGS...]
set -eu
root=$(mktemp -d "${TMPDIR:-/tmp}/torget-keyring.XXXXXX")
cleanup() { rm -rf "$root"; }
trap cleanup EXIT INT TERM
mkdir -p "$root/home" "$root/runtime"
chmod 700 "$root/runtime"
export HOME="$root/home" XDG_RUNTIME_DIR="$root/runtime"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
# --unlock returns before the daemon owns org.freedesktop.secrets; without the wait a keychain call
# in that gap can start a second, locked keyring.
status=0
dbus-run-session -- sh -c 'printf testpass | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
    gdbus wait --session --timeout 10 org.freedesktop.secrets && exec "$@"' sh "$@" || status=$?
exit "$status"
