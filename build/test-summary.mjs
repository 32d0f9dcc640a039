// Reads the log of `npm test` and prints one closing line, "N passed, N failed", adding up the
// unit tests (vitest), the fidelity harness's targets (`npm run test:fidelity`) and the end-to-end
// tests (Playwright). Used by .ci/run.
import { readFileSync } from 'node:fs';

const log = readFileSync(process.argv[2] ?? '/dev/stdin', 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
for (const line of log.split('\n')) {
  const unit = /^\s*Tests\s+(?:(\d+) failed\s*\|\s*)?(\d+) passed/.exec(line);
  if (unit) {
    failed += Number(unit[1] ?? 0);
    passed += Number(unit[2]);
    continue;
  }
  const fidelity = /^fidelity targets: (\d+) met, (\d+) missed/.exec(line);
  if (fidelity) {
    passed += Number(fidelity[1]);
    failed += Number(fidelity[2]);
    continue;
  }
  const e2ePassed = /^\s+(\d+) passed \(/.exec(line);
  if (e2ePassed) passed += Number(e2ePassed[1]);
  const e2eFailed = /^\s+(\d+) failed$/.exec(line);
  if (e2eFailed) failed += Number(e2eFailed[1]);
}
console.log(`Tests: ${passed} passed, ${failed} failed`);
