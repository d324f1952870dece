// Prints one closing line, "N passed, M failed", from the JSON reports of the unit, end-to-end (Chromium),
// Firefox and WebKit smoke runs, so CI's log ends with the plain count of what ran. A run that did not get to
// write its report (an earlier step failed) adds nothing.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of ['.tmp/unit-results.json', '.tmp/e2e-results.json', '.tmp/firefox-results.json', '.tmp/webkit-results.json']) {
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
}
console.log(`${passed} passed, ${failed} failed`);
