#!/usr/bin/env bash
# Installs what the one-machine cluster needs from Debian when it is missing: MariaDB with the
# Galera 4 library, rsync (Galera's state transfer) and HAProxy. The packages' own services are
# not started: cluster.sh runs its own server processes on loopback ports.
set -euo pipefail
missing=()
[ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
[ -f /usr/lib/galera/libgalera_smm.so ] || missing+=(galera-4)
command -v rsync >/dev/null || missing+=(rsync)
command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing Debian's ${missing[*]} for the cluster ..."
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
# Debian's way to keep package scripts from starting services (exit code 101: "not allowed").
policy=/usr/sbin/policy-rc.d
placed_policy=false
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod 755 "$policy"
    placed_policy=true
fi
cleanup() { if $placed_policy; then $sudo rm -f "$policy"; fi; }
trap cleanup EXIT
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
/usr/sbin/mariadbd --version
/usr/sbin/haproxy -v | head -1
