#!/usr/bin/env bash
# Set up and redact the sample dossier: outputs in out/samples/publish and out/samples/internal.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/redactor run samples/pdf --out out/samples --matter DEMO-2024-01 \
  --staff samples/staff.csv --officials samples/officials.csv "$@"
