#!/usr/bin/env bash
# Installs the Debian packages the tests need where their command is missing, since a fresh machine (CI's among
# them) has none of them and no test tool may download its own:
#   bash scripts/ensure-debian.sh COMMAND PACKAGE [COMMAND PACKAGE …]
# e.g. chromium chromium (the browser tests), nginx nginx (the static export behind the shipped config), java
# default-jre-headless (the Nu HTML Checker), soffice libreoffice-calc-nogui (the CSV opened in a real spreadsheet),
# zbarimg zbar-tools (a QR code read by a reader that is not the app's), xmllint libxml2-utils and unzip unzip (the
# LMS exports checked by tools that are not ours).
# A COMMAND with a slash is a path, and may be a glob: PostgreSQL's server is off PATH, in a folder named after its
# version (scripts/with-postgres.sh asks for '/usr/lib/postgresql/*/bin/initdb' postgresql).
set -euo pipefail
missing=()
while [ $# -ge 2 ]; do
  command="$1" package="$2"
  shift 2
  if [[ $command == */* ]]; then
    compgen -G "$command" >/dev/null || missing+=("$package")
  # nginx lives in /usr/sbin, which is not on every user's PATH.
  elif ! command -v "$command" >/dev/null && [ ! -x "/usr/sbin/$command" ]; then missing+=("$package"); fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian's ${missing[*]} for the tests…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
# Without a service manager a package's install script (nginx's) would start its own server on port 80 and leave
# it running: policy-rc.d's 101 ("action forbidden") tells it not to, and goes when the install is done.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
  trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
