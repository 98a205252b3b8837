#!/usr/bin/env bash
# The whole pipeline, as CI runs it: typecheck, lint, format, unit tests, data check, build,
# then the browser tests against that build in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }
step "typecheck";     npx tsc -p tsconfig.json --noEmit
step "lint";          npx eslint --max-warnings=0 .
step "format";        npx prettier --check . --log-level warn
step "unit tests";    npx vitest run --project unit
step "data check";    npx tsx scripts/data-check/index.ts
step "build";         npm run build --silent
step "browser";       npx tsx scripts/ensure-browser.ts
E2E_USE_EXISTING_BUILD=1 npx vitest run --project e2e
