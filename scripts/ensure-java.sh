#!/usr/bin/env bash
# The Nu HTML Checker (vnu-jar) in the browser tests is a Java program; a fresh machine may have no Java.
set -euo pipefail
if command -v java >/dev/null; then exit 0; fi
echo "Installing Debian's default-jre-headless for the HTML checker…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq default-jre-headless >/dev/null
