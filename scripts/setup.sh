#!/usr/bin/env bash
# Install what redactor needs on a Debian/Ubuntu machine with Python 3.11+:
# system packages (apt) and a virtual environment in .venv with redactor and its test tools.
# Idempotent: a second run installs nothing new.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  poppler-utils            # pdftotext/pdftoppm: tests and self-check cross-checks
  qpdf                     # used by pikepdf-based tooling and tests (qpdf --qdf)
  ghostscript              # ocrmypdf
  tesseract-ocr tesseract-ocr-nld tesseract-ocr-osd   # OCR of scanned pages (Dutch; osd: page orientation)
  fonts-dejavu-core fonts-liberation   # fonts for samples and test fixtures
  libreoffice-writer-nogui # test fixtures: .docx → PDF
  chromium                 # test fixtures (print-to-PDF) and the review app browser test
)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
# playwright (test extra) drives the Debian chromium above; never let it download a browser
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
.venv/bin/python -m pip install -q -e ".[test]"
echo "redactor installed in .venv ($(.venv/bin/redactor --version))"
