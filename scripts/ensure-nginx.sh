#!/usr/bin/env bash
# The browser tests serve the static export with Debian's nginx and deploy/nginx.conf, as a district would;
# a fresh machine does not have it. The tests start nginx themselves, on a port of their own, as the current user.
set -euo pipefail
if command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; then exit 0; fi
echo "Installing Debian's nginx for the browser tests…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
# Without a service manager the package's install script would start its own nginx on port 80 and leave it
# running: policy-rc.d's 101 ("action forbidden") tells it not to, and goes when the install is done.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
  trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >/dev/null
