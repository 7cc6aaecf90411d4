#!/usr/bin/env bash
# Installs everything and runs every check: typecheck, lint, unit and app tests, data integrity,
# build, end-to-end tests in Debian's Chromium. Ends with a plain "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
export NPM_CONFIG_AUDIT=false NPM_CONFIG_FUND=false NPM_CONFIG_UPDATE_NOTIFIER=false
step() { echo; echo "=== $1 ($(date +%T))"; }

step "system dependencies"
if ! [ -x "$CHROME_PATH" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium fonts-liberation fonts-noto-cjk >/dev/null
  else
    echo "Chromium is missing at $CHROME_PATH. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH." >&2
    exit 1
  fi
fi
# LibreOffice and poppler: the brief's export test opens the .pptx and .docx in LibreOffice (src/features/brief/office-export.test.ts).
if ! command -v soffice >/dev/null || ! command -v pdftotext >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq libreoffice-impress libreoffice-writer poppler-utils >/dev/null
  else
    echo "LibreOffice (soffice) or poppler-utils is missing. Install them (Debian/Ubuntu: sudo apt-get install libreoffice-impress libreoffice-writer poppler-utils)." >&2
    exit 1
  fi
fi
"$CHROME_PATH" --version 2>/dev/null || true
soffice --version 2>/dev/null || true
node --version; npm --version

step "npm ci";      npm ci --no-audit --no-fund
rm -rf .ci-out && mkdir -p .ci-out
step "typecheck";   npx tsc --noEmit -p .
step "lint";        npx eslint . --max-warnings=0
step "import cycles"; npm run --silent lint:cycles
step "format";      npx prettier --check .
step "unit and app tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=.ci-out/vitest.json || true
step "data check";  npm run --silent data:check
step "data report"; npm run --silent data:report
step "build";       npx vite build
step "e2e (Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME=.ci-out/e2e.json npx playwright test --reporter=list,json || true

step "summary"
node -e '
const fs = require("fs");
const read = (f) => { try { return JSON.parse(fs.readFileSync(f, "utf8")) } catch { return null } };
const v = read(".ci-out/vitest.json"), e = read(".ci-out/e2e.json");
const problems = [];
if (!v) problems.push("vitest wrote no report");
if (!e) problems.push("playwright wrote no report");
const vs = v || { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, numFailedTestSuites: 0 };
const es = (e && e.stats) || { expected: 0, unexpected: 0, flaky: 0, skipped: 0 };
if (v && (vs.numFailedTestSuites || 0) > 0) problems.push(`${vs.numFailedTestSuites} unit test file(s) failed to run`);
if (e && (e.errors || []).length) problems.push(`playwright errors: ${e.errors.map((x) => (x.message || "").split("\n")[0]).join(" | ")}`);
if (e && es.expected + es.unexpected + (es.flaky || 0) === 0) problems.push("no e2e test ran");
if (v && vs.numPassedTests + vs.numFailedTests === 0) problems.push("no unit test ran");
const passed = vs.numPassedTests + es.expected;
const failed = vs.numFailedTests + es.unexpected + (es.flaky || 0) + problems.length;
const skipped = vs.numPendingTests + vs.numTodoTests + es.skipped;
console.log(`unit/app: ${vs.numPassedTests} passed, ${vs.numFailedTests} failed; e2e: ${es.expected} passed, ${es.unexpected + (es.flaky || 0)} failed`);
for (const p of problems) console.log(`problem: ${p}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed || !passed ? 1 : 0);'
