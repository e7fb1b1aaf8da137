#!/usr/bin/env bash
# Serves out/ with deploy/nginx.conf on 127.0.0.1:PORT, in the foreground, as whoever runs it: the static export
# as the browser tests see it. Everything nginx writes goes to a temporary prefix, removed when nginx stops.
#   bash scripts/serve-nginx.sh PORT
set -euo pipefail
port=${1:?usage: serve-nginx.sh PORT}
repo=$(cd "$(dirname "$0")/.." && pwd)
nginx=$(command -v nginx || echo /usr/sbin/nginx)
for file in out/404.html deploy/security-headers.conf deploy/camera-page-headers.conf deploy/immutable-headers.conf; do
  [ -e "$repo/$file" ] || { echo "serve-nginx: $file is missing: run npm run export first" >&2; exit 1; }
done

prefix=$(mktemp -d "${TMPDIR:-/tmp}/sourcecheck-nginx.XXXXXX")
trap 'rm -rf "$prefix"' EXIT
mkdir "$prefix/tmp" "$prefix/conf"
ln -s "$repo/out" "$prefix/out"
cp "$repo"/deploy/*.conf "$prefix/conf/"
# The one change: the port, on loopback only.
sed -i "s/^\( *\)listen 8080;$/\1listen 127.0.0.1:$port;/" "$prefix/conf/nginx.conf"
grep -q "listen 127.0.0.1:$port;" "$prefix/conf/nginx.conf" || { echo 'serve-nginx: no `listen 8080;` in deploy/nginx.conf' >&2; exit 1; }

# Run as root, nginx hands requests to workers running as nobody, who cannot read a temporary folder (or the
# work tree): as root, the workers run as root too.
user=""
if [ "$(id -u)" -eq 0 ]; then user="user root root;"; fi

# Not exec: the trap removes the prefix once nginx has stopped (SIGTERM is its fast shutdown).
"$nginx" -p "$prefix/" -c conf/nginx.conf -e stderr -g "daemon off; $user pid $prefix/nginx.pid; error_log stderr warn;" &
child=$!
trap 'kill -TERM "$child" 2>/dev/null; wait "$child"; rm -rf "$prefix"' TERM INT
trap 'rm -rf "$prefix"' EXIT
wait "$child"
