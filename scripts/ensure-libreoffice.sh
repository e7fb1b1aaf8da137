#!/usr/bin/env bash
# The CSV test opens the gradebook export in a real spreadsheet, Debian's LibreOffice Calc; a fresh machine does not have it.
set -euo pipefail
if command -v soffice >/dev/null; then exit 0; fi
echo "Installing Debian's libreoffice-calc-nogui for the CSV test…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libreoffice-calc-nogui >/dev/null
