// Prints one closing line for the whole test run (`tests: N passed, N failed`) from the
// JSON reports of vitest and Playwright, so CI sees one count for both suites.
import { existsSync, readFileSync } from 'node:fs';

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

const unit = read('reports/unit.json');
const e2e = read('reports/e2e.json');
if (!unit || !e2e) {
  console.error('test-summary: missing reports/unit.json or reports/e2e.json');
  process.exit(1);
}
const passed = unit.numPassedTests + e2e.stats.expected;
const failed = unit.numFailedTests + e2e.stats.unexpected + e2e.stats.flaky;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.stats.skipped;
console.log(`unit ${unit.numPassedTests} passed, e2e ${e2e.stats.expected} passed`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
